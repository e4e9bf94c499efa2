"""The functions `@dataclass` writes, kept compiled in the cache folder.

For every dataclass, Python's `dataclasses` writes the source of `__init__`, `__repr__`,
`__eq__` (and more) as text and runs it with `exec`, which parses and compiles it each
time: at Warta's start (the GUI before the Konten page has settled) ~430 such functions
took ~40 ms, about a tenth of the start's CPU time; `warta check` and the first-check
worker pay their share too. The text is the same from one start to the next, so is its
compiled code.

`install()` (main.py, before the first dataclass) gives the `dataclasses` module an
`exec` of its own that looks the text up in the code stored in <data folder>/cache/code/
(one file per program: the GUI, the worker, the CLI) and compiles only what is not there,
exactly as `exec` compiles a string (file name "<string>", no inherited `__future__`
flags), so the function made is the one `exec` would make. `save()` (after the GUI's
warm-up, a CLI command, the worker's answer) adds the code compiled since. A file is
keyed by the format and the Python version (the code format); a missing, stale or
damaged file, or an unusable data folder, only means compiling as usual. Nothing but
`dataclasses`' own `exec` changes; a Python whose `dataclasses` does not call `exec` is
left as it is.
"""

from __future__ import annotations

import builtins
import sys
import threading
from types import CodeType
from typing import Any

from core import disk_cache

FORMAT = 1
FOLDER = "code"
MAX_ENTRIES = 3000  # beyond that only the code of the running process is kept

_codes: dict[str, CodeType] = {}  # text -> code: stored ones and those compiled since
_stored: set[str] = set()  # the texts the file held (or was last saved with)
_used: set[str] = set()  # the texts this process ran
_lock = threading.Lock()
_installed: list[Any] = []  # the `exec` put into `dataclasses` (one install per process)
_scope: list[str] = []  # whose file: "gui", "worker", a CLI command

_log = disk_cache.LazyLogger(__name__)


def _key() -> str:
    return f"dataclass-code/{FORMAT}/{sys.version}/{sys.implementation.cache_tag}"


def compiled(text: str) -> CodeType:
    """The code of `text` as `exec(text)` in the dataclasses module compiles it."""
    code = _codes.get(text)
    if code is None:
        code = compile(text, "<string>", "exec", dont_inherit=True)
        with _lock:
            _codes[text] = code
    _used.add(text)
    return code


def cached_exec(source: Any, /, *args: Any, **kwargs: Any) -> None:
    """`exec` for the dataclasses module: a string runs as its cached compiled code."""
    if isinstance(source, str):
        source = compiled(source)
    builtins.exec(source, *args, **kwargs)


def file_name(scope: str) -> str:
    """One file per program (the GUI, the worker, each CLI command): each reads only the
    code of the classes it makes (`count` makes a tenth of the GUI's)."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in scope)[:40] or "other"
    return f"dataclass-{safe}.marshal"


def install(scope: str) -> bool:
    """Read the code stored for `scope` and let `dataclasses` use it; False (nothing
    changed) when installed already or where `dataclasses` has its own `exec`."""
    import dataclasses

    if _installed or "exec" in vars(dataclasses):
        return False
    _scope[:] = [scope]
    _load()
    dataclasses.exec = cached_exec  # a module global shadows the builtin for its code
    _installed.append(cached_exec)
    return True


def uninstall() -> None:
    """Give `dataclasses` the builtin `exec` back (tests)."""
    import dataclasses

    if _installed and vars(dataclasses).get("exec") is _installed[0]:
        del dataclasses.exec
    _installed.clear()
    _scope.clear()


def _load() -> int:
    """Put the stored code in the lookup; how many entries (0 without a usable file)."""
    try:
        path = disk_cache.cache_path(FOLDER, file_name(_scope[0]))
    except Exception:  # noqa: BLE001 - no usable data folder: compile as usual
        _log.debug("dataclass code cache unavailable", exc_info=True)
        return 0
    found = disk_cache.read_marshal(path, _key())
    stored = found[0] if found is not None else None
    if not isinstance(stored, dict):
        return 0
    good = {text: code for text, code in stored.items()
            if isinstance(text, str) and isinstance(code, CodeType)}
    with _lock:
        for text, code in good.items():
            _codes.setdefault(text, code)
        _stored.update(good)
    return len(good)


def save() -> bool:
    """Add the code compiled since the file was read; True when it was written. Best
    effort: a read-only or full data folder only costs the next start its compiles."""
    try:
        with _lock:
            new = set(_codes) - _stored
            if not new or not _scope:
                return False
            keep = set(_codes)
            if len(keep) > MAX_ENTRIES:  # texts of other programs' classes pile up
                keep = _used | new
            value = {text: _codes[text] for text in sorted(keep)[:MAX_ENTRIES]}
        path = disk_cache.cache_path(FOLDER, file_name(_scope[0]))
        if not disk_cache.write_marshal(path, _key(), value):
            _log.debug("dataclass code cache %s not written", path)
            return False
        with _lock:
            _stored.update(value)
        return True
    except Exception:  # noqa: BLE001 - a cache must never break what it speeds up
        _log.debug("dataclass code cache not saved", exc_info=True)
        return False
