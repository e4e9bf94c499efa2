"""The log of unexpected errors: <data folder>/logs/warta.log, so a failure in the
windowed Warta.exe (no console, sys.stderr is None) is not lost.

Only what is needed to find the bug goes in: the time, the kind of error and its
traceback, with the user's home folder shortened to "~". No captions or settings.
The file rotates (RotatingFileHandler), so it never grows past a few hundred kB.
`doctor` prints its path and the last errors.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

TYPE_CHECKING = False  # not typing's: importing typing costs the CLI's start ~10 ms
if TYPE_CHECKING:
    import logging
    from typing import IO

# logging, its handlers and traceback are imported on the first record: installing the
# hooks is on every start's path (`warta count` must start fast), an error is not.

LOGGER_NAME = "warta"
LOG_NAME = "warta.log"
FAULT_NAME = "faults.log"  # faulthandler writes raw text here on a hard crash
MAX_BYTES = 256_000
BACKUPS = 2
_HEADER = "GALAT"  # first word of every error record, what last_errors() looks for

ErrorListener = Callable[[str], None]
_listeners: list[ErrorListener] = []
_fault_file: IO[str] | None = None


def logs_dir() -> Path:
    from core import paths

    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_path() -> Path:
    from core import paths

    return paths.data_dir() / "logs" / LOG_NAME


def logger() -> logging.Logger:
    """Warta's logger, writing to the rotating log file (opened on the first record)."""
    import logging
    from logging.handlers import RotatingFileHandler

    log = logging.getLogger(LOGGER_NAME)
    target = os.path.abspath(log_path())
    if not any(getattr(h, "baseFilename", None) == target for h in log.handlers):
        for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
            log.removeHandler(old)  # another data folder (tests, selftest): follow it
            old.close()
        logs_dir()
        handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def scrub(text: str) -> str:
    """The home folder (it carries the user's name) shortened to '~'."""
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


def format_error(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    import traceback

    return scrub("".join(traceback.format_exception(exc_type, exc, tb))).rstrip()


def log_error(details: str, where: str = "") -> None:
    """Write one error record; a log that cannot be written must not raise again."""
    with contextlib.suppress(Exception):
        logger().error("%s %s\n%s", _HEADER, where or "-", details)


def log_warning(message: str) -> None:
    with contextlib.suppress(Exception):
        logger().warning("%s", scrub(message))


def on_error(listener: ErrorListener) -> None:
    """Also tell `listener` the details of each uncaught error (the GUI shows a box)."""
    _listeners.append(listener)


def _report(details: str, where: str) -> None:
    log_error(details, where)
    if sys.stderr is not None:
        with contextlib.suppress(Exception):
            print(details, file=sys.stderr)
    for listener in list(_listeners):
        with contextlib.suppress(Exception):
            listener(details)


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _report(format_error(exc_type, exc, tb), "main")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    _report(format_error(args.exc_type, args.exc_value, args.exc_traceback), f"thread {name}")


def install(faults: bool = True) -> None:
    """Route uncaught exceptions (main thread and others) to the log (the file is only
    created by the first error); with `faults`, faulthandler writes a hard crash's
    stacks to logs/faults.log."""
    global _fault_file
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    if faults and _fault_file is None:
        with contextlib.suppress(OSError):
            _fault_file = open(logs_dir() / FAULT_NAME, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(file=_fault_file, all_threads=True)


def uninstall() -> None:
    """Undo install() (tests)."""
    global _fault_file
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _listeners.clear()
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
    for handler in list(logger().handlers):
        logger().removeHandler(handler)
        handler.close()


def last_errors(limit: int = 3) -> list[str]:
    """The last `limit` error records of the log (newest last), each as its text."""
    try:
        text = log_path().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    records: list[list[str]] = []
    for line in text.splitlines():
        if f" ERROR {_HEADER} " in line:
            records.append([line])
        elif records and not _starts_record(line):
            records[-1].append(line)
    return ["\n".join(r) for r in records[-limit:]]


def _starts_record(line: str) -> bool:
    """'2026-12-06 10:00:00,123 WARNING ...': a new record of any level."""
    return len(line) > 24 and line[4] == "-" and line[10] == " " and line[13] == ":"
