"""PySide6's per-module "does it use PySide6?" test, answered from the file's bytes."""

from __future__ import annotations

import inspect
import json
import sys
import types

import gui  # noqa: F401 - installs the hook
from core import model
from gui import pyside_import_hook, theme


def pyside_answer(module: types.ModuleType) -> bool:
    """PySide6's own test (shibokensupport.feature._mod_uses_pyside)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_installed_once_by_the_gui_package():
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside in pyside_import_hook._INSTALLED
    assert pyside_import_hook.install() is False  # a second install changes nothing


def test_same_answer_as_pyside(tmp_path):
    feature = sys.modules["shibokensupport.feature"]
    extension = sys.modules["PySide6.QtCore"]  # a compiled module: no .py source
    for module in (theme, model, json, sys, extension, pyside_import_hook):
        assert feature._mod_uses_pyside(module) is pyside_answer(module), module


def test_a_module_imported_later_is_registered(tmp_path, monkeypatch):
    (tmp_path / "warta_uses_qt.py").write_text("from PySide6.QtCore import Qt\n")
    (tmp_path / "warta_plain.py").write_text("X = 'Qt tanpa nama pustaka'\n")
    # not monkeypatch.syspath_prepend: it imports pkg_resources when another test left a
    # stand-in of it in sys.modules, which fails depending on test order
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    for name in ("warta_uses_qt", "warta_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    feature = sys.modules["shibokensupport.feature"]
    uses = __import__("warta_uses_qt")  # an import statement: PySide6 looks at it
    plain = __import__("warta_plain")
    assert feature._mod_uses_pyside(uses) is True
    assert feature._mod_uses_pyside(plain) is False
    assert feature.pyside_feature_dict.get("warta_uses_qt") == 0
    assert feature.pyside_feature_dict.get("warta_plain") == -1


def test_the_standard_library_is_answered_by_name(tmp_path):
    """A standard library module's file is not read: it never names PySide6."""
    source = tmp_path / "json_stand_in.py"
    source.write_text("import PySide6\n")
    stdlib_named = types.ModuleType("json.stand_in")
    stdlib_named.__file__ = str(source)
    other = types.ModuleType("warta_stand_in")
    other.__file__ = str(source)
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside(stdlib_named) is False
    assert feature._mod_uses_pyside(other) is True
    for module in (inspect, json, types):
        assert feature._mod_uses_pyside(module) is pyside_answer(module) is False
