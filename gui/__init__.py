"""The GUI package. Its first import (main.py's `from gui import start_gc`) comes before
PySide6's: the compiled patterns of the cache folder are put in place first
(core/pattern_cache.py), so shiboken's signature support, which compiles its big
patterns as PySide6 loads (~30 ms in pure Python), the GUI's own modules and, once it
loads, the checker find theirs compiled."""

from core import pattern_cache

pattern_cache.preload()

from gui.pyside_import_hook import install as _install_import_hook  # noqa: E402 - after

_install_import_hook()  # before the GUI's own imports: each one is looked at once
