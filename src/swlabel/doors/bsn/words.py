"""The words that say a number is a BSN or another kind of number, and the label in front of
a number (see :mod:`swlabel.doors.bsn.context`)."""

from __future__ import annotations

import re
from functools import lru_cache


class _Lazy:
    """A regular expression compiled on first use. The context rules are needed only for a
    number that passes the 11-proef, which most dossiers never have, and compiling them all
    costs more than scanning a small dossier."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled


_SEPARATORS_AND_COMMA = re.compile(r"[-., ]")


# -- Context words ----------------------------------------------------------------------------

_BSN_WORDS = r"""
    bsn(?:'?s)?(?:[-\s]?(?:n?ummers?|nrs?\.?))?
  | burger[-\s]?service[-\s]?(?:nummers?|nrs?\.?)
  | sofi[-\s]?(?:nummers?|nrs?\.?)
  | citizen[-\s]service[-\s]numbers?
"""
# Words that name another kind of number. Besides the list in the domain notes: RSIN / fiscaal
# nummer (an organisation's number, 9 digits, same 11-proef), every other compound on -nummer or
# -nr, counts and sizes, and dates.
_OTHER_WORDS = r"""
    kvk\w* | kamer\s+van\s+koophandel | handelsregister\w*
  | agb\w* | uzi\w* | big
  | rsin | anbi | fiscaal\w*
  | iban\w* | bic | swift | (?:bank)?rekening\w* | giro\w* | account\w*
  | factu(?:ur|ren)\w* | invoice\w* | nota
  | telefoon\w* | tel\.? | telnr | mobiel\w* | mob | gsm | fax\w* | phone\w* | whatsapp
  | btw\w* | vat
  | postcode\w* | zip | huisnummer\w* | huisnr | postbus
  | order\w* | artikel\w* | art\.?
  | bedrag\w* | prijs\w* | kosten | totaal\w* | subtotaal | saldo | aantal | som | euro?'?s? | €
  | begroting\w* | budget\w* | subsidie\w* | omzet\w* | lasten | baten | uitgaven | inkomsten
  | salaris\w* | loon | bezoekers | deelnemers
  | [^\W\d_]*datum | date | versie | version
  | isbn | issn | ean | sku | kenmerk\w* | referentie\w* | ref
  | amount | price | total | count | size | timeout | limit | max | min | port | bytes | seed
  | hash | checksum | timestamp | epoch
  | [^\W\d_]{2,}[-_]?(?:nummers?|nrs?\.?) | [^\W\d_]{2,}[-_]id
  | (?:klant|order|dossier|registratie|lid|personeels|referentie|factuur|telefoon|huis
     |rekening|artikel|zaak|polis|cli[eë]nt|relatie|debiteur|crediteur|contract|pas
     |document|paspoort|rijbewijs|id)\s+(?:nummers?|nrs?\.?)
"""
# A word counts only as a whole word: "bsn" in "client_bsn" counts, "tel" in "hotel" does not.
# The BSN words come first, so "burgerservicenummer" is never taken for just another -nummer.
_KEYWORD_SOURCE = rf"(?<![^\W\d_])(?:(?P<bsn>{_BSN_WORDS})|(?P<other>{_OTHER_WORDS}))(?![^\W\d_])"
_KEYWORD = _Lazy(_KEYWORD_SOURCE, re.IGNORECASE | re.VERBOSE)
# The same for text in lower case: its words are written in lower case.
_KEYWORD_LOWER = _Lazy(_KEYWORD_SOURCE, re.VERBOSE)

_NEUTRAL, _BSN, _OTHER = 0, 1, 2


# Every context word holds a letter or is the euro sign; most texts a number is judged by (other
# numbers, delimiters, spaces) hold neither.
_WORDISH = re.compile(r"[^\W\d_]|€")


def _wordish(text: str) -> bool:
    """Whether TEXT holds a letter or the euro sign, as _WORDISH finds them. In ASCII text a
    letter is what upper and lower case write differently: two loops in C, where the
    expression takes a step per character (the text around a number in a table of numbers)."""
    if text.isascii():
        return text.upper() != text.lower()
    return _WORDISH.search(text) is not None


def _classify(text: str) -> int:
    return _classify_words(text) if _wordish(text) else _NEUTRAL


@lru_cache(maxsize=4096)
def _classify_words(text: str) -> int:
    # An explicit BSN word wins over any other word in the same label. The words are looked
    # for as _KEYWORD.finditer would, but only where a word starts: every context word starts
    # with a letter (or is the euro sign) that follows no letter, and trying the long
    # expression at every other character cost five times as much.
    if text.isalpha() and text.isascii():
        # One word of ASCII letters (a name in a client list): a context word in it starts at
        # its start and is the whole word (none ends before a letter), so one match decides.
        match = _KEYWORD_LOWER.compiled.match(text.lower())
        if match is None:
            return _NEUTRAL
        return _BSN if match.lastgroup == "bsn" else _OTHER
    found = _NEUTRAL
    if text.isascii() or not any(trap in text for trap in _CASE_TRAPS):
        # Text in lower case is matched as the expression ignoring case would, at a third of
        # the cost (one case of each letter), unless it holds one of the four letters that
        # match an ASCII letter ignoring case without being it in lower case.
        text = text.lower()
        keyword = _KEYWORD_LOWER.compiled
    else:
        keyword = _KEYWORD.compiled
    end = 0
    for start in _WORD_STARTS.finditer(text):
        if start.start() < end:
            continue  # inside the word found just before (finditer goes on after it)
        match = keyword.match(text, start.start())
        if match is None:
            continue
        if match.lastgroup == "bsn":
            return _BSN
        found = _OTHER
        end = match.end()
    return found


# The letters that match an ASCII letter when case is ignored, yet are not one in lower case
# (dotted and dotless i, long s, the Kelvin sign): every other character's lower case is one
# character of the same kind (letter, digit, space), so lowering a text keeps its matches.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")
# Where a context word may start: a letter or the euro sign that follows no letter.
_WORD_STARTS = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]|€)")


# A label ends at an earlier value (a number of 3 or more digits, or one masked already) or at
# the end of a sentence, so in "BSN: 123456782, KvK: 12345672" the KvK number has its own label.
# Values listed one after the other ("BSN's: 123456782, 111222333") share the label in front.
_LABEL_CUT = _Lazy(
    r"(?P<value>[0-9*]+(?:[-., ][0-9*]+)*)|(?<=[a-zà-ÿ]{3})[.!?](?=\s+(?:[A-Z0-9]|$))"
)
_LIST_GLUE = _Lazy(r"[\s,;/&+()\"'`]*(?:(?:en|of|and|or)[\s,;/&+()\"'`]+)?", re.I)
_LABEL_WINDOW = 40
_LABEL_STEPS = 8


def _label_text(text: str) -> str:
    end = len(text)
    for _ in range(_LABEL_STEPS):
        start = max(0, end - _LABEL_WINDOW)
        # Widen the window to a word start, or a long word like burgerservicenummer is cut in two.
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        label = text[start:end]
        cuts = [
            cut
            for cut in _LABEL_CUT.compiled.finditer(label)
            if cut.lastgroup != "value" or len(_SEPARATORS_AND_COMMA.sub("", cut.group())) >= 3
        ]
        if not cuts:
            return label
        last = cuts[-1]
        rest = label[last.end() :]
        if last.lastgroup != "value" or not _LIST_GLUE.compiled.fullmatch(rest):
            return rest
        end = start + last.start()
    return ""
