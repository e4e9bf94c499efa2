"""Word lists the checker parses from resources/, kept parsed in <data folder>/cache/checks.

Parsing the word-frequency table (30,000 lines) took ~20 ms of every `warta check` that
suggests a correction, and the English and frequent-word lists a few more; marshal reads
them back in a few. Each file is keyed by the source file's bytes (BLAKE2b,
core.disk_cache.new_digest), the parser's
code, the cache format and the Python version (marshal), so a changed list or parser is
parsed again. A missing, damaged or stale file is rebuilt silently; a cache that cannot be
written only costs the next start the parse.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from core import disk_cache

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

FORMAT = 1


def cache_dir() -> Path:
    return disk_cache.cache_path("checks", "")


def parsed(name: str, source: Path, parse: Callable[[str], Any], kind: type,
           folder: Path | None = None) -> Any:
    """parse(text of `source`), from <cache>/<name>.marshal when it was made from the same
    bytes by the same parser. Raises OSError/UnicodeDecodeError as reading `source` does;
    the value, of type `kind`, must be marshal-able (dicts, frozensets, strings, numbers)."""
    data = source.read_bytes()
    key = _key(data, parse)
    try:
        cache = (folder or cache_dir()) / f"{name}.marshal"
    except OSError:  # no usable data folder: parse every time
        return parse(data.decode("utf-8"))
    stored = _read(cache, key)
    if stored is not None and isinstance(stored[0], kind):
        return stored[0]
    value = parse(data.decode("utf-8"))
    _write(cache, key, value)
    return value


def _key(data: bytes, parse: Callable[[str], Any]) -> str:
    digest = disk_cache.new_digest(data)
    disk_cache.add_code(digest, parse.__code__)
    digest.update(f"|{FORMAT}|{sys.version_info[:2]}".encode())
    return digest.hexdigest()


def _read(cache: Path, key: str) -> tuple[Any] | None:
    return disk_cache.read_marshal(cache, key)


def _write(cache: Path, key: str, value: Any) -> None:
    disk_cache.write_marshal(cache, key, value)
