"""Small helpers shared by CLI commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def read_text_arg(value: str) -> str:
    """Read text from a file path, or from standard input when `value` is '-'.

    utf-8-sig: Windows Notepad may save UTF-8 with a BOM, which must not end up as an
    invisible first character of a caption.
    """
    if value == "-":
        return _read_stdin()
    return Path(value).read_text(encoding="utf-8-sig")


def _read_stdin() -> str:
    """Piped text is UTF-8 whatever the console code page (cp1252 on Indonesian Windows)."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # already text (tests, embedded use)
        return sys.stdin.read()
    text = raw.read().decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as text-mode reading does


def write_out(text: str) -> None:
    """Print UTF-8 even when stdout is a pipe with a Windows code page (emoji survive)."""
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "")
    buffer = getattr(stream, "buffer", None)
    if encoding.startswith("utf8") or buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def fail(message: str, code: int = 1) -> int:
    """Print an Indonesian error message to stderr and return `code`."""
    print(f"galat: {message}", file=sys.stderr)
    return code


def usage_errors_exit_1(parser: argparse.ArgumentParser) -> None:
    """For commands whose exit code 2 means "some items failed": a usage error exits 1."""

    def usage_error(message: str) -> None:
        parser.print_usage(sys.stderr)
        parser.exit(1, f"{parser.prog}: galat: {message}\n")

    parser.error = usage_error  # type: ignore[method-assign]
