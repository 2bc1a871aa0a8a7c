"""The command line: the process entry point and the Typer app."""
