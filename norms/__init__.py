# Makes norms/ the package swlabel.norms, so importlib.resources finds the bundled norm sets.
