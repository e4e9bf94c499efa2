"""One Warta per data folder: an OS file lock on warta.lock, released when the process dies.

The OS drops the lock when the process ends, even on a crash or SIGKILL, so a stale
lock never blocks the next start.
"""

from __future__ import annotations

import os
from pathlib import Path

from core import paths


class AlreadyRunning(RuntimeError):
    """Another Warta holds the data folder."""


class InstanceLock:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (paths.data_dir() / "warta.lock")
        self._fh = None

    def acquire(self) -> None:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the process lifetime
        try:
            _lock(fh)
        except OSError as exc:
            fh.close()
            raise AlreadyRunning(
                "Warta sudah terbuka pada folder data ini. Gunakan jendela Warta yang sudah "
                "terbuka (lihat taskbar), atau tutup dulu lalu buka kembali."
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows CI
    import msvcrt

    def _lock(fh) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
