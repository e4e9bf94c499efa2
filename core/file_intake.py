"""Taking in a file the user pointed at (a photo to import, a logo): regular files only,
size-capped before and during the copy, copied in chunks that honour cancel.

Why: a path from a file dialog, a drop or a script can be anything. A FIFO named
`y.jpg` blocks a plain open() forever; a symlink to /dev/zero never ends; a file may
grow while it is copied. Opening without blocking and checking the opened descriptor
(not the path, which can change in between) closes all three holes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024
MAX_PHOTO_BYTES = 200 * 1024 * 1024  # a 100-megapixel PNG is about this size
MAX_LOGO_BYTES = 20 * 1024 * 1024

Cancelled = Callable[[], bool]

# Bidirectional controls: they make "gpj.exe" look like "exe.jpg" in a file list.
BIDI_CONTROLS = dict.fromkeys(
    (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)))


class IntakeError(Exception):
    """The file cannot be taken in; `str()` is a message for the user (Indonesian)."""


class IntakeCancelled(Exception):
    """The user stopped the copy; whatever was written is removed by the caller."""


def strip_bidi(text: str) -> str:
    """`text` without bidirectional control characters (U+202E and friends)."""
    return text.translate(BIDI_CONTROLS)


def display_name(path: str | os.PathLike[str]) -> str:
    """The file's name as the user should read it: NFC, no bidi controls, and bytes that
    are not valid UTF-8 (a name from an old flash drive) shown as U+FFFD instead of
    lone surrogates, which SQLite, Qt and the console cannot take."""
    raw = os.fsencode(Path(path).name or os.fspath(path))
    name = raw.decode("utf-8", "replace")
    return strip_bidi(unicodedata.normalize("NFC", name)) or "(tanpa nama)"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


@contextlib.contextmanager
def open_regular(path: str | os.PathLike[str], max_bytes: int,
                 name: str | None = None) -> Iterator[tuple[BinaryIO, int]]:
    """Open `path` for reading only if it is a regular file of at most `max_bytes`:
    yields (binary file, size). Never blocks on a FIFO or a device."""
    name = name or display_name(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise IntakeError(read_error(name, exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IntakeError(f"{name} adalah folder; pilih berkas di dalamnya.")
        if not stat.S_ISREG(info.st_mode):
            raise IntakeError(f"{name}: bukan berkas biasa (pipa, perangkat, atau soket), "
                              "jadi tidak diambil. Pilih berkasnya sendiri.")
        if info.st_size > max_bytes:
            raise IntakeError(f"{name}: berkas terlalu besar ({_mb(info.st_size)}; batas "
                              f"{_mb(max_bytes)}). Perkecil dulu berkasnya.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh, info.st_size


def read_error(name: str, exc: OSError) -> str:
    """A user message for an OSError met while reading `name`."""
    if exc.errno == errno.ENOSPC:
        return f"{name}: ruang disk penuh. Kosongkan ruang disk lalu coba lagi."
    if isinstance(exc, FileNotFoundError):
        return f"{name}: berkas tidak ditemukan (dipindah atau flashdisk dicabut?)."
    if isinstance(exc, PermissionError):
        return f"{name}: berkas tidak boleh dibaca (izin akses ditolak)."
    if isinstance(exc, IsADirectoryError):
        return f"{name} adalah folder; pilih berkas di dalamnya."
    return f"{name}: berkas tidak dapat dibaca ({exc.strerror or exc})."


def copy_regular(src: str | os.PathLike[str], dst: str | os.PathLike[str], *,
                 max_bytes: int, name: str | None = None,
                 cancelled: Cancelled | None = None) -> tuple[str, int]:
    """Copy regular file `src` to `dst` in chunks, hashing as it goes: (sha256 hex,
    bytes). Stops with IntakeError past `max_bytes` (the file may grow while read) and
    with IntakeCancelled when `cancelled()` turns true; `dst` is then left for the
    caller to remove. The copy is flushed to disk before returning."""
    import hashlib  # here: reading a brand kit or a photo needs no hashing (start-up)

    name = name or display_name(src)
    digest = hashlib.sha256()
    total = 0
    with open_regular(src, max_bytes, name) as (fin, size), open(dst, "wb") as fout:
        while True:
            # asked between chunks only: a small file is copied in one go
            if total and size > CHUNK and cancelled is not None and cancelled():
                raise IntakeCancelled(name)
            try:
                chunk = fin.read(CHUNK)
            except OSError as exc:
                raise IntakeError(read_error(name, exc)) from None
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:
                raise IntakeError(f"{name}: berkas terlalu besar (lebih dari "
                                  f"{_mb(max_bytes)}). Perkecil dulu berkasnya.")
            digest.update(chunk)
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    return digest.hexdigest(), total


def read_regular(path: str | os.PathLike[str], *, max_bytes: int,
                 name: str | None = None) -> bytes:
    """The whole content of a small regular file (a logo), with the same checks."""
    name = name or display_name(path)
    with open_regular(path, max_bytes, name) as (fh, _size):
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise IntakeError(read_error(name, exc)) from None
    if len(data) > max_bytes:
        raise IntakeError(f"{name}: berkas terlalu besar (lebih dari {_mb(max_bytes)}).")
    return data
