"""Reading the organisation's files into validated models: YAML, front matter, the norm set,
and the dossier as one value. Meldingen found while reading are data; nothing is printed."""
