"""Big regular expressions loaded in their compiled form from the cache folder.

The link finder's regexes (core/captions/urls.py) hold every top-level domain: Python's
`re` parses and compiles them in pure Python, ~50-80 ms at each start, on the way to the
Konten page's first counts. What `re` builds is a list of integers (the "code") that
`_sre.compile` turns into a pattern; that list is kept in <data folder>/cache/regex/, so
later starts skip the parse and the code generation (about 1 ms).

The file is keyed by the pattern, its flags, the Python version and `_sre.MAGIC` (the
code format), so another pattern or Python rebuilds it. A missing, stale or corrupt file,
an unusable data folder, or a Python whose `re` internals differ fall back to
`re.compile`: the cache only ever costs the start it is written in.

`compile_made` is for a pattern that costs time to write out (the link finder's, from
~1,500 domain names): keyed by what it is made from (`source`, e.g. the bytes of the
modules that make it) instead of the pattern itself, it keeps the pattern in the file,
so a start finds it without making it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from core import disk_cache
from core.pattern_cache import re_args as _compile_args

TYPE_CHECKING = False  # not typing's: `warta count` loads this module
if TYPE_CHECKING:
    from collections.abc import Callable

_log = disk_cache.LazyLogger(__name__)  # logging only when there is something to say

FORMAT = 1


def compile_cached(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from <data>/cache/regex/<name>.marshal when it holds
    this pattern's compiled code."""
    try:
        import _sre

        key = _key(pattern, flags, _sre.MAGIC)
        path = _cache_file(name)
    except Exception:  # noqa: BLE001 - no data folder or another `re`: compile as usual
        _log.debug("regex cache unavailable", exc_info=True)
        return re.compile(pattern, flags)
    stored = _read(path, key)
    if stored is not None:
        try:
            return _sre.compile(pattern, *stored)
        except Exception:  # noqa: BLE001 - a well-formed file with wrong contents
            _log.debug("regex cache %s unusable; rebuilding", path, exc_info=True)
    return _compile_new(name, path, key, pattern, flags, keep_pattern=False)


def compile_made(name: str, source: str | None, make: Callable[[], str],
                 flags: int = 0) -> re.Pattern[str]:
    """`re.compile(make(), flags)`, where `source` says everything `make()` depends on:
    from <data>/cache/regex/<name>.marshal when it holds the pattern made from the same
    source, without calling `make`. `source` None: `compile_cached` as usual."""
    if source is None:
        return compile_cached(name, make(), flags)
    try:
        import _sre

        key = _key(source, flags, _sre.MAGIC, kind="made")
        path = _cache_file(name)
    except Exception:  # noqa: BLE001 - no data folder or another `re`: compile as usual
        _log.debug("regex cache unavailable", exc_info=True)
        return re.compile(make(), flags)
    found = disk_cache.read_marshal(path, key)
    stored = found[0] if found is not None else None
    if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], str) \
            and isinstance(stored[1], tuple) and len(stored[1]) == 5:
        try:
            return _sre.compile(stored[0], *stored[1])
        except Exception:  # noqa: BLE001 - a well-formed file with wrong contents
            _log.debug("regex cache %s unusable; rebuilding", path, exc_info=True)
    return _compile_new(name, path, key, make(), flags, keep_pattern=True)


def _compile_new(name: str, path: Path, key: str, pattern: str, flags: int, *,
                 keep_pattern: bool) -> re.Pattern[str]:
    """Compile as `re` does and store the code (with the pattern when `keep_pattern`)."""
    import _sre

    try:
        args = _compile_args(pattern, flags)
        compiled = _sre.compile(pattern, *args)
    except Exception:  # noqa: BLE001 - `re` internals other than expected
        _log.debug("regex cache cannot compile %s", name, exc_info=True)
        return re.compile(pattern, flags)
    _write(path, key, (pattern, args) if keep_pattern else args)
    return compiled


def _key(pattern: str, flags: int, magic: int, kind: str = "") -> str:
    text = f"{FORMAT}{kind}\0{sys.version}\0{magic}\0{flags}\0{pattern}"
    return disk_cache.new_digest(text.encode("utf-8", "surrogatepass")).hexdigest()


def _cache_file(name: str) -> Path:
    return disk_cache.cache_path("regex", f"{name}.marshal")


def _read(path: Path, key: str) -> tuple | None:
    found = disk_cache.read_marshal(path, key)
    args = found[0] if found is not None else None
    return args if isinstance(args, tuple) and len(args) == 5 else None


def _write(path: Path, key: str, args: tuple) -> None:
    """Best effort: a read-only or full data folder only costs the next start its compile."""
    if not disk_cache.write_marshal(path, key, args):
        _log.debug("regex cache %s not written", path, exc_info=True)
