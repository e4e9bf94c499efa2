"""One helper for every user-file write: temp file in the same folder, then a rename.

A target that cannot be replaced (open in Excel on Windows, read-only folder, full
disk) raises WriteError with an Indonesian message and leaves the old file untouched.
Bytes are flushed, fsynced and their size verified before the rename, so a disk that
fills up mid-write never replaces a good file with a truncated one. Every rename in
the app goes through `replace`, which rides out the brief locks antivirus scanners
and OneDrive take on a freshly written file.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image


def _read_umask() -> int:
    """The process umask (POSIX has no getter; read once at import, before worker threads)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()

# Windows error codes (OSError.winerror). A sharing/lock violation or "access denied" on a
# rename is usually an antivirus scan or OneDrive upload holding the new file for a moment.
_TRANSIENT_WINERRORS = {5, 32, 33}  # ACCESS_DENIED, SHARING_VIOLATION, LOCK_VIOLATION
_BLOCKED_WINERRORS = {225, 226}  # ERROR_VIRUS_INFECTED, ERROR_VIRUS_DELETED
_TOO_LONG_WINERRORS = {206}  # ERROR_FILENAME_EXCED_RANGE
REPLACE_DELAYS = (0.02, 0.05, 0.1, 0.2, 0.4)  # ~0.8 s in all, then the lock is real
MAX_PATH = 260  # Windows without long-path support
STALE_TEMP_AGE = 3600.0  # seconds; younger temp files may belong to a running save
# Our temp names: "." + target name + "." + 8 random characters + ".tmp" (tempfile's
# alphabet: what mkstemp made before _new_temp, so older leftovers are still swept).
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
_TEMP_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
# tempfile's own flags for mkstemp (os.open makes the descriptor non-inheritable)
_TEMP_FLAGS = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_BINARY", 0))
_TEMP_TRIES = 100
_swept: set[str] = set()


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


def _winerror(exc: OSError) -> int | None:
    return getattr(exc, "winerror", None)


def _is_transient(exc: OSError) -> bool:
    """A lock worth waiting out: a PermissionError that is not an antivirus verdict."""
    if not isinstance(exc, PermissionError):
        return False
    code = _winerror(exc)
    return code is None or code in _TRANSIENT_WINERRORS


def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str], *,
            sleep: Callable[[float], None] | None = None) -> None:
    """os.replace, retried with a short backoff while another process briefly holds the
    file (antivirus, OneDrive, the search indexer); a lock that outlasts ~0.8 s is real
    and its PermissionError is raised."""
    for delay in (*REPLACE_DELAYS, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            if delay is None or not _is_transient(exc):
                raise
            (sleep or time.sleep)(delay)


def _too_long(target: Path, exc: OSError) -> bool:
    """The path (or the temp name next to it) is longer than the system allows. Windows
    reports that as "path not found" although the folder exists."""
    if exc.errno == errno.ENAMETOOLONG or _winerror(exc) in _TOO_LONG_WINERRORS:
        return True
    if exc.errno == errno.ENOENT and len(str(target)) + 14 >= MAX_PATH:
        with contextlib.suppress(OSError):
            return target.parent.is_dir()
    return False


def _message(target: Path, exc: OSError, creating: bool = False) -> str:
    """An Indonesian sentence for `exc`; `creating`: the temp file itself could not be made
    (so no other program can have it open)."""
    if exc.errno == errno.ENOSPC:
        return (
            f"Disk penuh: {target.name} tidak dapat disimpan. "
            "Kosongkan ruang disk lalu coba lagi."
        )
    if _too_long(target, exc):
        return (
            f"Jalur terlalu panjang ({len(str(target))} karakter): {target.name} tidak dapat "
            f"disimpan di {target.parent}. Pilih folder yang lebih dekat ke akar drive "
            "(misalnya C:\\Warta) atau perpendek nama folder."
        )
    if _winerror(exc) in _BLOCKED_WINERRORS:
        return (
            f"{target.name} tidak dapat disimpan: antivirus atau Keamanan Windows memblokirnya. "
            "Minta bagian TI mengizinkan Warta, atau pilih folder lain."
        )
    if creating and (isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM)):
        return (
            f"Folder {target.parent} tidak dapat ditulis oleh Warta. Jika Keamanan Windows "
            "menampilkan \"Akses folder terkontrol\" (Controlled Folder Access), izinkan Warta "
            "di Perlindungan ransomware atau minta bagian TI; atau pilih folder lain."
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return (
            f"{target} tidak dapat ditulis. Jika berkas sedang dibuka di program lain "
            "(misalnya Word atau Excel), tutup dulu lalu coba lagi; atau pilih folder lain."
        )
    if exc.errno == errno.ENOENT:
        return f"Folder {target.parent} tidak ada. Pilih folder lain."
    return f"{target.name} tidak dapat disimpan: {exc.strerror or exc}."


def sweep_stale_temps(folder: Path, max_age: float = STALE_TEMP_AGE) -> list[Path]:
    """Delete temp files of ours (".<name>.<8 chars>.tmp") older than `max_age` seconds:
    what a killed save left behind. Each folder is swept once per process."""
    key = os.path.abspath(folder)
    if key in _swept:
        return []
    _swept.add(key)
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not _TEMP_NAME.match(entry.name):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and \
                        now - entry.stat(follow_symlinks=False).st_mtime > max_age:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _new_temp(folder: Path, name: str) -> Path:
    """A new empty file ".<name>.<8 random characters>.tmp" in `folder`, made the way
    tempfile.mkstemp makes one (created exclusively, mode 0600, not inherited, not through
    a symlink; another name when one is taken) without importing tempfile, whose random
    and shutil are ~3 ms of every `brand` start."""
    for _ in range(_TEMP_TRIES):
        chars = "".join(_TEMP_CHARS[b % len(_TEMP_CHARS)] for b in os.urandom(8))
        path = folder / f".{name}.{chars}.tmp"
        try:
            fd = os.open(path, _TEMP_FLAGS, 0o600)
        except FileExistsError:
            continue
        except PermissionError:  # Windows says this of a folder with the chosen name
            if os.name == "nt" and folder.is_dir() and os.access(folder, os.W_OK):
                continue
            raise
        os.close(fd)
        return Path(os.path.abspath(path))
    raise FileExistsError(errno.EEXIST, "No usable temporary file name found", str(folder))


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temp path next to `target`; on success it replaces `target` atomically."""
    target = Path(target)
    sweep_stale_temps(target.parent)
    try:
        tmp = _new_temp(target.parent, target.name)
    except OSError as exc:
        raise WriteError(_message(target, exc, creating=True)) from exc
    try:
        yield tmp
        _give_usual_mode(tmp, target)  # after writing: a read-only mode must not block it
        replace(tmp, target)
    except OSError as exc:
        raise WriteError(_message(target, exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _open(path: Path) -> IO[bytes]:
    """The file object bytes are written through (a seam for short-write tests)."""
    return open(path, "wb")


def _no_space(path: Path, written: int, expected: int) -> OSError:
    return OSError(errno.ENOSPC, f"only {written} of {expected} bytes written", str(path))


def _write_verified(tmp: Path, data: bytes) -> None:
    """Write all of `data`, flush, fsync, then check the file really holds it all: a full
    disk must never pass for a finished save."""
    view = memoryview(data)
    with _open(tmp) as fh:
        done = 0
        while done < len(view):
            n = fh.write(view[done:])
            if not n:  # a raw file that accepts nothing more
                raise _no_space(tmp, done, len(data))
            done += n
        fh.flush()
        os.fsync(fh.fileno())
    size = tmp.stat().st_size
    if size != len(data):
        raise _no_space(tmp, size, len(data))


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `target` atomically (fsync and size check before rename)."""
    with atomic_path(target) as tmp:
        _write_verified(tmp, data)


def write_text(target: str | os.PathLike[str], text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def encode_image(image: Image.Image, fmt: str, **params: Any) -> bytes:
    """Encode in memory: Pillow's optimize/progressive paths ignore short file writes.
    Pillow sizes the buffer of an optimised/progressive JPEG from the pixel count; a
    photo that compresses worse than that ("Suspension not allowed here") is encoded
    again as a plain baseline JPEG rather than failing."""
    try:
        return _encode(image, fmt, params)
    except OSError:
        if fmt.upper() != "JPEG" or not (params.get("optimize") or params.get("progressive")):
            raise
        return _encode(image, fmt, {**params, "optimize": False, "progressive": False})


def _encode(image: Image.Image, fmt: str, params: dict[str, Any]) -> bytes:
    if fmt.upper() == "JPEG" and (data := _encode_through_pipe(image, fmt, params)):
        return data
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def _encode_through_pipe(image: Image.Image, fmt: str, params: dict[str, Any]) -> bytes | None:
    """The JPEG encoded with the GIL released: into memory Pillow holds the GIL for the
    whole encode (~30 ms a photo, stalling the other render threads and the GUI), into
    a file descriptor it lets go. A pipe is that descriptor, drained into memory by a
    thread, so the bytes are still checked and written by write_bytes. None when this
    path gives no whole JPEG (no pipe or thread to be had, a broken pipe, an encoder
    error, a write cut short by a signal, which Pillow does not notice): the caller
    then encodes in memory, which reports a real encoder error itself."""
    try:
        read_fd, write_fd = _pipe()
    except OSError:
        return None
    chunks: list[bytes] = []
    drain = threading.Thread(target=_drain, args=(read_fd, chunks), name="warta-encode",
                             daemon=True)
    try:
        drain.start()
    except RuntimeError:  # no thread to be had
        os.close(read_fd)
        os.close(write_fd)
        return None
    try:
        with open(write_fd, "wb", buffering=0) as sink:
            image.save(sink, fmt, **params)
    except OSError:
        return None
    finally:
        drain.join()  # the closed write end ends the drain
    data = b"".join(chunks)
    return data if data.endswith(b"\xff\xd9") else None


PIPE_BYTES = 1 << 20  # holds a branded photo's JPEG (~0.2-0.6 MB) in one go


def _pipe() -> tuple[int, int]:
    """(read, write) descriptors of a pipe with room for a whole output JPEG: the drain
    needs the GIL once per read, and a busy Python thread can make it wait up to 5 ms
    each time, so few reads (Linux' 64 KB default: 4 for a photo; Windows' 4 KB: 50)
    keep the encoder from waiting on it. Binary on Windows (no line-end translation)."""
    if os.name == "nt":
        import msvcrt

        try:
            import _winapi

            read_h, write_h = _winapi.CreatePipe(None, PIPE_BYTES)
            read_fd = msvcrt.open_osfhandle(read_h, os.O_RDONLY)
            write_fd = msvcrt.open_osfhandle(write_h, os.O_WRONLY)
        except (ImportError, AttributeError, TypeError, OSError):
            read_fd, write_fd = os.pipe()  # the default buffer: slower, still correct
        msvcrt.setmode(read_fd, os.O_BINARY)
        msvcrt.setmode(write_fd, os.O_BINARY)
        return read_fd, write_fd
    import fcntl

    read_fd, write_fd = os.pipe()
    if hasattr(fcntl, "F_SETPIPE_SZ"):  # Linux; macOS pipes grow to 64 KB by themselves
        with contextlib.suppress(OSError):  # above the system's pipe-max-size: keep 64 KB
            fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    return read_fd, write_fd


def _drain(read_fd: int, chunks: list[bytes]) -> None:
    """Read the pipe to its end (if this fails, closing the read end makes the
    encoder's next write fail instead of wait)."""
    with open(read_fd, "rb", buffering=0) as source:
        while chunk := source.read(1 << 20):
            chunks.append(chunk)


def write_image(target: str | os.PathLike[str], image: Image.Image, fmt: str,
                **params: Any) -> None:
    """Encode `image` (Pillow format name and save options) and write it safely."""
    write_bytes(target, encode_image(image, fmt, **params))


def _fsync_path(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def write_with(target: str | os.PathLike[str], writer: Callable[[Path], None]) -> None:
    """Let `writer` fill a temp path (e.g. a docx/xlsx saver), fsync it, then move it
    into place."""
    with atomic_path(target) as tmp:
        writer(tmp)
        _fsync_path(tmp)
