"""One helper for every user-file write: temp file in the same folder, then os.replace.

A target that cannot be replaced (open in Excel on Windows, read-only folder, full
disk) raises WriteError with an Indonesian message and leaves the old file untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def _read_umask() -> int:
    """The process umask (POSIX has no getter; read once at import, before worker threads)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _give_usual_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes 0600 files; give the result the target's mode, or the umask default."""
    if os.name == "nt":
        return
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_UMASK
    os.chmod(tmp, mode)


class WriteError(OSError):
    """A user file could not be written; `str()` is a message for the user."""


def _message(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return (
            f"Disk penuh: {target.name} tidak dapat disimpan. "
            "Kosongkan ruang disk lalu coba lagi."
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return (
            f"{target} tidak dapat ditulis. Jika berkas sedang dibuka di program lain "
            "(misalnya Word atau Excel), tutup dulu lalu coba lagi; atau pilih folder lain."
        )
    if exc.errno == errno.ENOENT:
        return f"Folder {target.parent} tidak ada. Pilih folder lain."
    return f"{target.name} tidak dapat disimpan: {exc.strerror or exc}."


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temp path next to `target`; on success it replaces `target` atomically."""
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise WriteError(_message(target, exc)) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        _give_usual_mode(tmp, target)  # after writing: a read-only mode must not block it
        os.replace(tmp, target)
    except OSError as exc:
        raise WriteError(_message(target, exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `target` atomically (fsync before rename)."""
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_text(target: str | os.PathLike[str], text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def write_with(target: str | os.PathLike[str], writer: Callable[[Path], None]) -> None:
    """Let `writer` fill a temp path (e.g. a docx/xlsx saver), then move it into place."""
    with atomic_path(target) as tmp:
        writer(tmp)
