"""The regular expressions a start compiles, kept compiled in the cache folder.

`warta check` and the GUI's checker compile about 270 patterns at every start: the rule
modules' `re` patterns, spylls' (one per affix condition) and those built from the rule
data; the GUI also the caption counters' `regex` patterns (the third-party module parses
in pure Python, ~30 ms). Both modules turn a pattern into a list of integers (its
"code") that their C part makes a pattern object of; compiling is all the Python work
before that. This module keeps those lists in <data folder>/cache/regex/patterns.marshal:

- `preload()` (core.checks does it before its rule modules load) makes each stored
  pattern with the C part and puts it in the module's own cache of compiled patterns,
  under the key `re.compile`/`regex.compile` look up first, so every call site, Warta's
  or spylls', finds it compiled: the same code gives the same pattern object. The
  `regex` patterns wait until `regex` is imported (`preload_regex()`, which the caption
  modules call after importing it): `warta check` never imports it (~13 ms).
- `save()` (after `warta check`, and after the GUI's warm-up) adds the patterns compiled
  since, so a changed rule or glossary only costs one start its compile.
- `warta brand` keeps its own file (cli._PATTERNS, ~50 patterns of the kit loader, the
  renderer, json, logging and Pillow: ~5 ms of compiling at every batch's start), so a
  batch neither reads the checker's ~270 patterns nor adds its own to them.

The file is keyed by the format, the Python version and `_sre.MAGIC`, its `regex` part by
the `regex` version and default syntax version (the code formats); another one rebuilds
it. A
missing, stale or damaged file, an unusable data folder, or module internals other than
expected fall back to compiling as usual: the cache only ever costs the start it is
written in.
"""

from __future__ import annotations

import sys
import threading

from core import disk_cache

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

FORMAT = 2  # 2: the regex part keyed on its own ("regex_key"), so a check never imports regex
NAME = "patterns.marshal"
MAX_ENTRIES = 1500  # per module; beyond that only the patterns of the running process are kept

_loaded: dict[str, set[tuple[str, int]]] = {"re": set(), "regex": set()}
_preloaded = False
_pending_regex: list[tuple[Any, Any]] = []  # (regex key, entries) read but not yet put
_lock = threading.Lock()


_log = disk_cache.LazyLogger(__name__)  # logging only when there is something to say


def re_args(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile after the pattern (Python 3.11+)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # named opcodes are ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for group_name, index in groupindex.items():
        indexgroup[index] = group_name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


# --------------------------------------------------------------------------- load

def preload(name: str = NAME) -> int:
    """Put the patterns stored in file `name` in `re`'s cache, and in `regex`'s if it is
    imported (else `preload_regex` does it later); how many (0 without a usable file).
    Only the first call of a process reads a file."""
    global _preloaded
    with _lock:
        if _preloaded:
            return 0
        _preloaded = True
        try:
            path = disk_cache.cache_path("regex", name)
            key = _key()
        except Exception:  # noqa: BLE001 - no data folder or other internals: compile as usual
            _log.debug("pattern cache unavailable", exc_info=True)
            return 0
        found = disk_cache.read_marshal(path, key)
        stored = found[0] if found is not None else None
        if not isinstance(stored, dict):
            return 0
        try:
            count = _put_re(stored.get("re", ()))
        except Exception:  # noqa: BLE001 - other module internals than expected
            _log.debug("pattern cache %s unusable", path, exc_info=True)
            return 0
        if stored.get("regex"):
            _pending_regex[:] = [(stored.get("regex_key"), stored["regex"])]
    return count + (preload_regex() if "regex" in sys.modules else 0)


def preload_regex() -> int:
    """Put the stored `regex` patterns in regex's cache; how many. For a module about to
    compile `regex` patterns, after `import regex`: only once `preload` has read the
    file (a start without the checker, `warta count`, reads nothing for it)."""
    with _lock:
        if not _pending_regex:
            return 0
        stored_key, entries = _pending_regex.pop()
        try:
            if stored_key != regex_key():
                return 0
            return _put_regex(entries)
        except Exception:  # noqa: BLE001 - other module internals than expected
            _log.debug("regex part of the pattern cache unusable", exc_info=True)
            return 0


def _made(entries: Any, make: Any) -> list[tuple[str, int, Any]]:
    """(pattern, flags, compiled) of the entries that compile; one with wrong contents is
    left out (compiled as usual, then replaced by `save`)."""
    out = []
    for entry in entries:
        try:
            pattern, flags, args = entry
            out.append((pattern, flags, make(pattern, args)))
        except Exception:  # noqa: BLE001 - a well-formed file with wrong contents
            _log.debug("cached pattern unusable", exc_info=True)
    return out


def _put_re(entries: Any) -> int:
    import _sre
    import re

    made = [((str, p, f), c) for p, f, c in _made(entries, lambda p, a: _sre.compile(p, *a))]
    room = max(0, re._MAXCACHE - len(re._cache))
    for key, compiled in made[:room]:
        re._cache.setdefault(key, compiled)
        _loaded["re"].add(key[1:])
    return min(len(made), room)


def _put_regex(entries: Any) -> int:
    if not entries:
        return 0
    import regex
    from regex import _main, _regex

    made = _made(entries, lambda _p, args: _regex.compile(*args))
    room = max(0, _main._MAXCACHE - len(_main._cache) - 1)
    with _main._cache_lock:
        for pattern, flags, compiled in made[:room]:
            _main._cache.setdefault(
                (pattern, str, flags, frozenset(), regex.DEFAULT_VERSION, None), compiled)
            _main._named_args.setdefault((pattern, str, flags), frozenset())
            _main._locale_sensitive.setdefault((str, pattern), False)
            _loaded["regex"].add((pattern, flags))
    return min(len(made), room)


# --------------------------------------------------------------------------- save

def save(name: str = NAME) -> bool:
    """Add the patterns compiled since `preload` to file `name`; True when it was written.
    Best effort: a read-only or full data folder only costs the next start its compiles."""
    try:
        path = disk_cache.cache_path("regex", name)
        key = _key()
        with _lock:
            new_re = _compiled_re() - _loaded["re"]
            new_regex = _compiled_regex() - _loaded["regex"]
            if not new_re and not new_regex:
                return False
            found = disk_cache.read_marshal(path, key)
            stored = found[0] if found is not None and isinstance(found[0], dict) else {}
            stored_regex, stored_regex_key = stored.get("regex", []), stored.get("regex_key")
            if "regex._main" in sys.modules:  # else the stored part is kept as it is
                current_key = regex_key()
                if stored_regex_key != current_key:
                    stored_regex, stored_regex_key = [], current_key
            value = {"re": _merged(stored.get("re", []), new_re, _compiled_re(), re_args),
                     "regex": _merged(stored_regex, new_regex, _compiled_regex(), regex_args),
                     "regex_key": stored_regex_key}
            if not disk_cache.write_marshal(path, key, value):
                _log.debug("pattern cache %s not written", path, exc_info=True)
                return False
            _loaded["re"] |= new_re
            _loaded["regex"] |= new_regex
            return True
    except Exception:  # noqa: BLE001 - a cache must never break what it speeds up
        _log.debug("pattern cache not saved", exc_info=True)
        return False


def _merged(stored: Any, new: set[tuple[str, int]], current: set[tuple[str, int]],
            args_of: Any) -> list[tuple[str, int, tuple]]:
    """The stored entries plus the new ones; only the process's own when that grows too
    big (patterns built from text the user changed pile up otherwise)."""
    kept = [e for e in stored if isinstance(e, (list, tuple)) and len(e) == 3
            and (e[0], e[1]) not in new]  # an entry that did not load is made again
    if len(kept) + len(new) > MAX_ENTRIES:
        kept = [e for e in kept if (e[0], e[1]) in current]
    out = list(kept)
    for pattern, flags in sorted(new):
        try:
            out.append((pattern, int(flags), args_of(pattern, flags)))
        except Exception:  # noqa: BLE001 - this one pattern is compiled as usual
            _log.debug("pattern %r not cached", pattern, exc_info=True)
    return out[:MAX_ENTRIES]


def _compiled_re() -> set[tuple[str, int]]:
    """(pattern, flags) of the str patterns in `re`'s cache."""
    import re

    return {(key[1], key[2]) for key in list(re._cache)
            if len(key) == 3 and key[0] is str and isinstance(key[2], int)}


def _compiled_regex() -> set[tuple[str, int]]:
    """(pattern, flags) of the str patterns in `regex`'s cache that need no named list
    and no locale (the only ones `preload` can put back)."""
    main = sys.modules.get("regex._main")
    if main is None:
        return set()
    return {(key[0], key[2]) for key in list(main._cache)
            if len(key) == 6 and key[1] is str and key[3] == frozenset() and key[5] is None
            and isinstance(key[2], int) and not key[2] & main.LOCALE
            and main._locale_sensitive.get((str, key[0])) is False}


class _Capture:
    """Stands in for regex's C module while one pattern compiles, to keep what is passed
    to its `compile` (in the saving thread only; other threads pass straight through)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self._thread = threading.get_ident()
        self.args: tuple | None = None

    def compile(self, *args: Any) -> Any:
        if threading.get_ident() == self._thread:
            self.args = args
        return self._real.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def regex_args(pattern: str, flags: int) -> tuple:
    """What regex's compiler passes to its C module's `compile` for this pattern."""
    from regex import _main

    capture = _Capture(_main._regex)
    with _main._cache_lock:
        _main._regex = capture
        try:
            _main._compile(pattern, flags, False, {}, False)
        finally:
            _main._regex = capture._real
    if capture.args is None:
        raise ValueError("regex did not compile")
    return _plain(capture.args)


def _plain(value: Any) -> Any:
    """The value with flag enums as plain ints (marshal takes exact types only)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def _key() -> str:
    import _sre

    return f"{FORMAT}\0{sys.version}\0{_sre.MAGIC}"


def regex_key() -> str:
    """What the stored `regex` code is valid for (imports regex)."""
    import regex

    return f"{regex.__version__}\0{int(regex.DEFAULT_VERSION)}"
