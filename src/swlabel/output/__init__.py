"""The edge where results become text for a reader: check's formats, the dossier's view model
and templates, json and csv, the calendar, the terminal views and the scaffolded files."""
