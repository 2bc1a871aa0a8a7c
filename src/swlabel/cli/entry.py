"""The console script, and what a signal does to a run.

Ctrl-C (SIGINT) and a cancelled CI job or ``timeout`` (SIGTERM) raise :class:`Interrupted`
wherever the run is, so that every ``finally`` and the writer's clean-up run (no temporary file
is left behind), and the run ends with a message and exit code 130 or 143. It derives from
BaseException and not from KeyboardInterrupt, so that no library turns it into a silent exit
code on the way (Typer does that with KeyboardInterrupt). The handlers are installed before
anything heavy is imported, so even an interruption during start-up gives the message, not a
traceback.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

_SIGNALS = (signal.SIGINT, signal.SIGTERM)
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class Interrupted(BaseException):
    """The run was interrupted by SIGNUM."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return EXIT_TERMINATED if self.signum == signal.SIGTERM else EXIT_INTERRUPTED


def _raise(signum: int, _frame: FrameType | None) -> None:
    # The run is ending: a second Ctrl-C must not cut short its message or its clean-up (the
    # writer removing its temporary file). The handlers come back when interruptible() ends.
    for other in _SIGNALS:
        signal.signal(other, signal.SIG_IGN)
    raise Interrupted(signum)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted while inside; the old handlers come back after.
    Only the main thread can set handlers; elsewhere (a program running us in a thread) the
    caller's handling stays."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is _raise  # already inside (the console script)
    ):
        yield
        return
    previous = {signum: signal.signal(signum, _raise) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def language_in(args: Sequence[str]) -> str | None:
    """--lang as given on the command line, read before the app exists (for the help text)."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def run() -> int:
    """The ``swlabel`` console script."""
    # A run is one short process that builds many objects which live until it ends, from its
    # imports on (Typer, pydantic, the models), with hardly a reference cycle among them. The
    # cyclic collector would walk them again and again: during the imports alone a quarter of
    # the floor's whole time on the example. main() keeps it off during the run; here it is
    # off from the start. Reference counting still frees everything else.
    gc.disable()
    with interruptible():
        try:
            from swlabel.cli.app import main
        except Interrupted as interrupted:
            # Too early for the catalogues: the one sentence in both languages.
            language = language_in(sys.argv[1:]) or os.environ.get("SWLABEL_LANG")
            english = language == "en"
            sys.stderr.write("swlabel: interrupted.\n" if english else "swlabel: onderbroken.\n")
            return interrupted.exit_code
        code = main()
    # The process ends here, and Python's last act would be one more cyclic collection over
    # every object the run made and never collected (the modules, the models' schemas, the
    # dossier): a sixth of check's time on the example (#14). Frozen, they are left to the end
    # of the process; reference counting still frees what the modules hold, and atexit runs.
    gc.freeze()
    return code
