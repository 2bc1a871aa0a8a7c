"""What the dossier means: coverage, the audit cycle, interviews, revisions, diff and history.
Pure functions of loaded models and dates; no output, no language."""
