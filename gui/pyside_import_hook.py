"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 (its `__feature__` support) looks at each newly imported module once to see
whether it uses PySide6: it reads the module's whole source with inspect.getsource (file,
encoding detection, linecache) and searches it for "PySide6". Warta's start imports ~230
modules after PySide6, and those reads took 30-40 ms of the Konten page's start. The same
question is answered here by searching the file's bytes (the name is ASCII, so bytes and
text agree), and for the standard library (~40 of those modules) by the name alone: it
never names PySide6. Modules without a .py file get PySide6's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature, the module patched

_INSTALLED: list[Callable[[ModuleType], bool]] = []  # the test put in PySide6's place


def mentions_pyside(module: ModuleType, original: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source mentions PySide6, as PySide6's own test says."""
    names = vars(module)  # vars: gui.i18n takes a get-attr call for a string
    name = names.get("__name__")
    if isinstance(name, str) and name.partition(".")[0] in sys.stdlib_module_names:
        return False  # the standard library: no file to read
    path = names.get("__file__")
    if not isinstance(path, str) or not path.endswith(".py"):
        return original(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Put the byte search in PySide6's place; False (nothing changed) where this PySide6
    has no such test."""
    feature = sys.modules.get("shibokensupport.feature")
    original = vars(feature).get("_mod_uses_pyside") if feature is not None else None
    if not callable(original) or original in _INSTALLED:
        return False

    def fast(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    _INSTALLED.append(fast)
    feature._mod_uses_pyside = fast
    return True
