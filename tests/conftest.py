"""Test-wide setup: no screen, and a fresh data folder (WARTA_HOME) for every test."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# What runs while test modules are imported (core.checks loads its cached patterns from the
# data folder) finds a throw-away folder, never the user's; each test then gets its own.
os.environ["WARTA_HOME"] = tempfile.mkdtemp(prefix="warta-tests-")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def warta_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own empty data folder, never the user's."""
    home = tmp_path_factory.mktemp("warta_home")
    monkeypatch.setenv("WARTA_HOME", str(home))
    return home


@pytest.fixture
def store(warta_home):
    """An open, migrated store in the test's data folder."""
    from core.store import open_store

    s = open_store()
    yield s
    s.close()


@pytest.fixture(scope="session")
def warm_dictionary():
    """Load the checks' rules and dictionary once for the whole session (the app does it
    at start-up)."""
    from core.checks import warm_up

    warm_up()


@pytest.fixture(scope="session")
def qapp_id(qapp):
    """The QApplication with Warta's theme and Indonesian translation, as users see it."""
    from gui.i18n import install_translators
    from gui.theme import apply_theme

    install_translators(qapp, "id")
    apply_theme(qapp)
    return qapp


@pytest.fixture
def main_window(qapp_id, qtbot, store):
    """The main window on the test's store (no first-start dialog)."""
    from gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.konten  # noqa: B018 (built after the first paint; tests want it now)
    yield window
    window.konten.editor.flush()
