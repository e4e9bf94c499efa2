"""A 1366x768 laptop at 125 % leaves about 1093x566 logical pixels: the first-start
dialog and the main window must fit it, and the main window opens maximised there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from core.model import Profile
from gui import screen_fit

SMALL = QSize(1093, 566)


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: SMALL)
    return SMALL


def _fits(widget) -> bool:
    frame = screen_fit.FRAME
    return (widget.width() + frame.width() <= SMALL.width()
            and widget.height() + frame.height() <= SMALL.height()
            and widget.minimumHeight() + frame.height() <= SMALL.height()
            and widget.minimumWidth() + frame.width() <= SMALL.width())


def test_first_start_dialog_fits_a_small_screen(qapp_id, qtbot, small_screen):
    from gui.pengaturan.profile_dialog import ProfileDialog

    dialog = ProfileDialog(Profile())
    qtbot.addWidget(dialog)
    assert _fits(dialog), dialog.size()
    assert dialog.width() == 620  # the width had room: unchanged


def test_main_window_fits_and_opens_maximised_on_a_small_screen(qapp_id, qtbot, store,
                                                                small_screen):
    from gui.main_window import USUAL_SIZE, MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    assert _fits(window), (window.size(), window.minimumSize())
    screen_fit.show_fitted(window, *USUAL_SIZE)
    assert window.isMaximized()


def test_main_window_keeps_its_size_on_a_large_screen(qapp_id, qtbot, store, monkeypatch):
    from gui.main_window import USUAL_SIZE, MainWindow

    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(1920, 1040))
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == USUAL_SIZE
    assert window.minimumSize() == QSize(1024, 640)
    screen_fit.show_fitted(window, *USUAL_SIZE)
    assert not window.isMaximized()


def test_metrics_import_dialog_fits_a_small_screen(qapp_id, qtbot, small_screen):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(640, 600)
    assert screen_fit.fit_to_screen(dialog, 1000, 640) == QSize(1000, 526)
    assert _fits(dialog)


def test_every_window_gets_the_app_icon(qapp_id, qtbot):
    """make_app sets the icon app-wide, so the first-start dialog has it too."""
    import inspect

    from PySide6.QtWidgets import QDialog

    from gui.app import install_app_icon, make_app

    assert "install_app_icon(app)" in inspect.getsource(make_app)
    app = qapp_id
    install_app_icon(app)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    assert not app.windowIcon().isNull()
    assert not dialog.windowIcon().pixmap(32, 32).isNull()


def test_file_dialogs_start_in_pictures_or_documents(qapp_id, tmp_path, monkeypatch):
    from pathlib import Path

    from gui import start_dirs

    monkeypatch.chdir(tmp_path)
    for folder in (start_dirs.pictures_dir(), start_dirs.documents_dir()):
        assert Path(folder).is_dir() and Path(folder) != tmp_path
    assert Path(start_dirs.in_documents("kit.zip")).parent == Path(start_dirs.documents_dir())
