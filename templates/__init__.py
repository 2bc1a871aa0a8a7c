# Makes templates/ the package swlabel.templates, so importlib.resources finds the templates.
