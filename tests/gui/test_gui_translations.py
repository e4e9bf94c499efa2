"""Every GUI string has an Indonesian translation, and the compiled .qm is up to date."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from gui import i18n


def test_no_unfinished_translations():
    assert i18n.unfinished() == {}


def test_every_gui_module_with_strings_has_a_ts_file():
    for src in i18n.source_files():
        assert i18n.ts_for(src).exists(), f"run 'uv run python -m gui.i18n update' for {src}"


def test_ts_files_match_the_source(tmp_path):
    """lupdate on a copy finds no new string: nobody forgot to run the update."""
    for src in i18n.source_files():
        ts = i18n.ts_for(src)
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([i18n._tool("lupdate"), "-no-obsolete", "-silent", "-target-language",
                        "id", str(src), "-ts", str(copy)], check=True)
        text = copy.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, f"untranslated strings in {src}"


def test_qm_is_compiled_from_current_ts(tmp_path):
    fresh = i18n.release(out=tmp_path / "fresh.qm")
    assert fresh.read_bytes() == Path(i18n.qm_path()).read_bytes(), (
        "warta_id.qm is stale: run 'uv run python -m gui.i18n release'")


def test_translator_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import install_translators

    translators = install_translators(qapp, "id")
    try:
        assert QCoreApplication.translate("KontenPage", "New post") == "Konten baru"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_qt_standard_buttons_and_menus_are_indonesian(qapp_id):
    """Qt has no Indonesian catalogue of its own; ours covers what users meet."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

    sb = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(sb.Yes | sb.No | sb.Cancel | sb.Save | sb.Close | sb.Discard)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"&Ya", "&Tidak", "Batal", "Simpan", "Tutup", "Buang"}
    for widget in (QLineEdit(), QPlainTextEdit()):
        menu = widget.createStandardContextMenu()
        labels = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert labels == ["&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus",
                          "Pilih Semua"]
