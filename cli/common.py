"""Small helpers shared by CLI commands."""

from __future__ import annotations

import sys
from pathlib import Path


def read_text_arg(value: str) -> str:
    """Read text from a file path, or from standard input when `value` is '-'.

    utf-8-sig: Windows Notepad may save UTF-8 with a BOM, which must not end up as an
    invisible first character of a caption.
    """
    if value == "-":
        return sys.stdin.read()
    return Path(value).read_text(encoding="utf-8-sig")


def fail(message: str, code: int = 1) -> int:
    """Print an Indonesian error message to stderr and return `code`."""
    print(f"galat: {message}", file=sys.stderr)
    return code
