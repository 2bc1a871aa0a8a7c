"""The context words (doors.bsn.words): the classifier's shortcuts say what the one regular
expression, run over the whole text ignoring case, says."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from swlabel.doors.bsn import words as bsn_words

# Pieces of labels: context words and parts of them, names, the letters that match an ASCII
# letter only when case is ignored, separators.
PIECES = [
    "bsn", "BSN", "bsn's", "bsn-nummer", "burger", "service", "nummer", "burgerservicenummer",
    "sofi", "nr", "nrs.", "kvk", "KvK-nummer", "kamer", "van", "koophandel", "tel", "tel.",
    "hotel", "datum", "geboortedatum", "klant", "id", "-id", "_id", "art", "Martens", "eur",
    "euro's", "€", "Piet", "Jansen", "Özkan", "İnci", "ı", "ſ", "K", "ß", "factuur", "nota",
    "notaris", "som", "Sommer", "min", "max", "ref", "zip", "iban", "big", "Bigot", " ", "  ",
    "\t", "-", "_", ".", "'", ":", ",", "/", "1", "12",
]  # fmt: skip


def _by_the_expression(text: str) -> int:
    found = bsn_words._NEUTRAL
    for match in bsn_words._KEYWORD.compiled.finditer(text):
        if match.lastgroup == "bsn":
            return bsn_words._BSN
        found = bsn_words._OTHER
    return found


@settings(max_examples=3000, deadline=None)
@example("Piet")
@example("BSN")
@example("Bsnnummer")
@example("KVKnummer")
@example("Klantnr")
@example("Geboortedatum")
@example("Euros")
@example("Tel")
@example("Hotel")
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join))
def test_the_classifier_says_what_the_expression_says(text: str) -> None:
    assert bsn_words._classify(text) == _by_the_expression(text)
    assert bsn_words._classify_words.__wrapped__(text) == _by_the_expression(text)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=122), max_size=14))
def test_one_word_of_ascii_letters_is_classified_as_the_expression_says(text: str) -> None:
    # The shortcut for one word of ASCII letters (a name in a client list), on any such word.
    assert bsn_words._classify(text) == _by_the_expression(text)
