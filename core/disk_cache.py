"""What every start-up cache in <data folder>/cache shares: where its file lives, how a
keyed marshal file is read and written, and how the code that made it is fingerprinted.

The caches (parsed spelling dictionary, parsed word lists, compiled link regexes) are
only ever a shortcut: a missing, damaged or stale file reads as None and is rebuilt; a
file that cannot be written (read-only or full data folder) only costs the next start.
Imports stay builtin-only: the CLI's `count` reaches this on its way to its first link.
"""

from __future__ import annotations

import gc
import marshal
from pathlib import Path
from types import CodeType

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any


def cache_path(folder: str, name: str) -> Path:
    """<data folder>/cache/<folder>/<name>; OSError when there is no usable data folder."""
    from core import paths

    return paths.data_dir() / "cache" / folder / name


def read_marshal(path: Path, key: str) -> tuple[Any] | None:
    """(value,) when the file at `path` is whole and was written for `key`, else None.

    The cyclic garbage collector is paused while marshal builds the value: tens of
    thousands of new strings, sets and dicts and no garbage, so collections only walk
    them again (they tripled the spelling dictionary's load)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    collecting = gc.isenabled()
    gc.disable()
    try:
        stored_key, value = marshal.loads(data)
    except Exception:  # truncated or damaged: EOFError, ValueError, TypeError
        return None
    finally:
        if collecting:
            gc.enable()
    return (value,) if stored_key == key else None


def write_marshal(path: Path, key: str, value: Any) -> bool:
    """Best effort: write (key, value); False when the folder is read-only or full."""
    from core import safe_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        safe_write.write_bytes(path, marshal.dumps((key, value)))
    except Exception:  # noqa: BLE001 - a cache must never break what it speeds up
        return False
    return True


def new_digest(data: bytes = b"") -> Any:
    """A 256-bit BLAKE2b digest for cache keys, without importing hashlib: hashlib loads
    OpenSSL first (~4 ms of every `warta check`); CPython's own BLAKE2 module is the one
    hashlib.blake2b hands out anyway."""
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python: the same function through hashlib
        from hashlib import blake2b
    return blake2b(data, digest_size=32)


class LazyLogger:
    """logging.getLogger(name), imported on the first record: the check path otherwise
    never needs the logging package (~3 ms)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        import logging

        return getattr(logging.getLogger(self._name), attr)


def add_code(digest: Any, code: CodeType) -> None:
    """Feed a function's bytecode and constants to `digest`, nested functions included by
    their own code (their repr holds a memory address that changes every run)."""
    digest.update(code.co_code)
    for const in code.co_consts:
        if isinstance(const, CodeType):
            add_code(digest, const)
        else:
            digest.update(repr(const).encode())
