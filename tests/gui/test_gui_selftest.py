"""`--selftest` is what the installer build runs on the frozen app: it must pass on a good
install and fail (non-zero) when translations, icons, fonts or Qt itself complain."""

from __future__ import annotations

import fontpkg
import pytest
from PySide6.QtCore import QTranslator, qWarning

from core.version import __version__
from gui import app as gui_app
from gui import selftest_checks
from gui.i18n import install_translators


@pytest.fixture
def indonesian(qapp):
    """The app with Warta's Indonesian translation, removed again afterwards."""
    translators = install_translators(qapp, "id")
    yield qapp
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def untranslated(qapp):
    """The app with no translator at all, whatever earlier tests installed."""
    installed = qapp.findChildren(QTranslator)
    for translator in installed:
        qapp.removeTranslator(translator)
    yield qapp
    for translator in installed:
        qapp.installTranslator(translator)


def test_selftest_passes_with_indonesian_ui(indonesian, capsys):
    assert gui_app.selftest("id") == 0
    assert f"Warta {__version__}: selftest OK" in capsys.readouterr().out


def test_selftest_fails_when_the_translation_is_not_loaded(untranslated, capsys):
    # what a bundle without resources/translations/warta_id.qm looks like
    assert gui_app.selftest("id") == 1
    err = capsys.readouterr().err
    assert "terjemahan Indonesia tidak termuat" in err
    assert "warta_id.qm" in err


def test_english_selftest_does_not_ask_for_indonesian(untranslated):
    assert gui_app.selftest("en") == 0


def test_selftest_fails_when_poppins_cannot_be_found(indonesian, monkeypatch, capsys):
    def missing(*_args, **_kwargs):
        raise fontpkg.FamilyNotInstalled("poppins")

    monkeypatch.setattr(fontpkg, "path", missing)
    assert gui_app.selftest("id") == 1
    assert "font Poppins 400 tidak ditemukan" in capsys.readouterr().err


def test_selftest_fails_when_icons_are_missing(indonesian, monkeypatch, tmp_path, capsys):
    import gui.main_window

    monkeypatch.setattr(gui.main_window, "resources_dir", lambda: tmp_path)
    assert gui_app.selftest("id") == 1
    assert "ikon SVG tidak dapat dimuat" in capsys.readouterr().err


def test_qt_warnings_are_collected_and_the_old_handler_comes_back(qapp, capsys):
    with selftest_checks.qt_warnings() as warned:
        qWarning("QWidget::setLayout: Attempting to set QLayout on Jendela Konten")
    assert warned == ["QWidget::setLayout: Attempting to set QLayout on Jendela Konten"]
    assert "Qt: QWidget::setLayout" in capsys.readouterr().err


def test_library_checks_write_word_and_excel(tmp_path):
    assert selftest_checks.library_problems(tmp_path) == []
    assert (tmp_path / "selftest.docx").stat().st_size > 0
    assert (tmp_path / "selftest.xlsx").stat().st_size > 0


def test_library_checks_notice_a_missing_fast_jpeg_decoder(tmp_path, monkeypatch):
    from core.branding import jpeg_scaled

    monkeypatch.setattr(jpeg_scaled, "_DISABLED", True)
    assert selftest_checks.library_problems(tmp_path) == [
        "pembaca JPEG cepat (simplejpeg) tidak termuat: dimatikan"]
