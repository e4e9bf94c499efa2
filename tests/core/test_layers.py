"""The layer rule from DESIGN.md: core/ and exporters/ never import Qt; arrows only go down.

Two independent checks: a static scan of every source file with `ast` (catches imports
inside functions and `importlib.import_module("PySide6...")`), and a fresh interpreter
that really imports every core/exporters module and then looks at sys.modules.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
_IMPORT_FUNCS = {"import_module", "__import__", "find_spec"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package_files(package: str) -> list[Path]:
    folder = ROOT / package
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def imported_names(source: str, module: str = "", is_package: bool = False) -> set[str]:
    """Every module name `source` imports, statically or through an import function."""
    names: set[str] = set()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = [] if not node.level else module.split(".")[: None if is_package else -1]
            if node.level > 1:
                base = base[: max(0, len(base) - (node.level - 1))]
            target = ".".join([*base, *([node.module] if node.module else [])])
            if target:
                names.add(target)
            names.update(".".join(filter(None, [target, a.name])) for a in node.names)
        elif isinstance(node, ast.Call):
            func = node.func
            fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if fname in _IMPORT_FUNCS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    names.add(first.value)
    return names


def _roots(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names if n}


def _violations(package: str, forbidden: set[str]) -> list[str]:
    found = []
    for path in _package_files(package):
        module = _module_name(path)
        names = imported_names(path.read_text(encoding="utf-8"), module,
                               path.name == "__init__.py")
        bad = sorted(_roots(names) & forbidden)
        if bad:
            found.append(f"{path.relative_to(ROOT)} imports {', '.join(bad)}")
    return found


# --- the checker itself catches every way of importing Qt ---------------------------

@pytest.mark.parametrize("source", [
    "import PySide6",
    "import PySide6.QtCore as qc",
    "from PySide6 import QtWidgets",
    "from PySide6.QtGui import QImage",
    "def render():\n    from PySide6.QtGui import QPainter\n",
    "import importlib\nimportlib.import_module('PySide6.QtGui')",
    "from importlib import import_module\nimport_module('PySide6')",
    "__import__('PySide6.QtCore')",
    "import shiboken6",
])
def test_checker_sees_qt_import(source: str) -> None:
    assert "PySide6" in _roots(imported_names(source)) or "shiboken6" in _roots(
        imported_names(source))


def test_checker_ignores_plain_strings_and_other_imports() -> None:
    source = 'import sqlite3\nLABEL = "PySide6 tidak dipakai di sini"\nprint("import PySide6")'
    assert _roots(imported_names(source)) == {"sqlite3"}


def test_checker_resolves_relative_imports() -> None:
    assert "widgets.gui" in imported_names("from ..gui import window", "widgets.sub.canvas")
    assert "gui" in imported_names("from .. import gui", "widgets.post_list")
    assert "gui.app" in imported_names("from ..gui.app import run", "widgets.post_list")
    assert "widgets.counter" in imported_names("from .counter import X", "widgets", True)


# --- the rule, statically -----------------------------------------------------------

@pytest.mark.parametrize("package", ["core", "exporters"])
def test_core_and_exporters_never_import_qt(package: str) -> None:
    assert _package_files(package), f"{package}/ has no modules?"
    assert _violations(package, QT_ROOTS) == []


def test_core_imports_nothing_above_it() -> None:
    assert _violations("core", {"gui", "widgets", "exporters", "cli", "main"}) == []


def test_exporters_never_import_gui_or_widgets() -> None:
    assert _violations("exporters", {"gui", "widgets", "cli", "main"}) == []


def test_widgets_never_import_gui() -> None:
    found = []
    for path in _package_files("widgets"):
        module = _module_name(path)
        names = imported_names(path.read_text(encoding="utf-8"), module,
                               path.name == "__init__.py")
        if any(n == "gui" or n.startswith("gui.") for n in names):
            found.append(str(path.relative_to(ROOT)))
    assert found == []


# --- the rule, for real: import everything in a fresh interpreter -----------------------

def test_importing_every_core_and_exporters_module_loads_no_qt(tmp_path: Path) -> None:
    modules = [_module_name(p) for pkg in ("core", "exporters") for p in _package_files(pkg)]
    assert "core.store" in modules and "core.posts" in modules
    script = textwrap.dedent(
        f"""
        import importlib, sys
        failed = []
        for name in {modules!r}:
            try:
                importlib.import_module(name)
            except Exception as exc:
                failed.append(f"{{name}}: {{exc!r}}")
        qt = sorted(m for m in sys.modules if m.split(".")[0] in {sorted(QT_ROOTS)!r})
        print("QT=" + ",".join(qt))
        print("FAILED=" + " | ".join(failed))
        """
    )
    env = dict(os.environ, WARTA_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert lines["FAILED"] == "", f"modules that do not import: {lines['FAILED']}"
    assert lines["QT"] == "", f"Qt loaded by core/exporters: {lines['QT']}"
