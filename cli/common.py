"""Small helpers shared by CLI commands."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:  # argparse itself only where a parser is built (`check`'s plain start)
    import argparse

_BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def configure_streams() -> None:
    """UTF-8 on stdout and stderr whatever the console code page, once per run.

    A redirected or piped stdout on Windows is cp1252: an emoji in a file name or a
    caption crashed the command halfway through a batch. Characters that still cannot
    be written (a lone surrogate from an odd file name) become '?' instead of an error.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, LookupError):
                reconfigure(encoding="utf-8", errors="replace")


def decode_text(data: bytes) -> str:
    """Text of a file the user gave us: UTF-8 with or without BOM (Notepad), or UTF-16
    with BOM (PowerShell 5.1's `>`). Line ends become \\n, as text-mode reading does.
    Raises UnicodeDecodeError for anything else (the caller says what to do)."""
    text = data.decode("utf-16" if data.startswith(_BOMS_UTF16) else "utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_arg(value: str) -> str:
    """Read text from a file path, or from standard input when `value` is '-' (see
    decode_text for the encodings accepted)."""
    if value == "-":
        return _read_stdin()
    return decode_text(Path(value).read_bytes())


def _read_stdin() -> str:
    """Piped text is decoded by us, whatever the console code page (cp1252 on Windows)."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # already text (tests, embedded use)
        return sys.stdin.read()
    return decode_text(raw.read())


def expand_wildcards(patterns: list[str]) -> list[str]:
    """`foto/*.jpg` as the user meant it: Windows' cmd and PowerShell pass wildcards
    through literally (a POSIX shell has already expanded them, so there this only sees
    patterns that matched nothing). A name that exists as written is kept (a file may be
    called `[1].jpg`); a pattern that matches nothing is kept too, so the command
    reports it as missing."""
    files: list[str] = []
    for pattern in patterns:
        if Path(pattern).exists():
            files.append(pattern)
            continue
        import glob  # here: only for a name that does not exist (most runs never need it)

        if not glob.has_magic(pattern):
            files.append(pattern)
            continue
        matches = sorted(glob.glob(pattern))
        files.extend(matches or [pattern])
    return files


def require_utf8(value: str, what: str) -> str:
    """`value` unchanged, or ValueError when the shell passed bytes that are not UTF-8
    (Python keeps them as lone surrogates, which no file or database can store)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{what} berisi karakter yang bukan UTF-8 (teks dari terminal atau "
                         "berkas dengan pengodean lain); ketik ulang atau simpan sebagai "
                         "UTF-8") from None
    return value


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
