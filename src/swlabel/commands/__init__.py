"""One module per command; each function does the work and returns an exit code."""
