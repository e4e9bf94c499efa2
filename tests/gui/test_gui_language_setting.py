"""The `ui_language` setting chooses the interface language at start (--lang wins)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.i18n import switch_language


def test_switch_language_drops_the_old_translators_and_back(qapp_id):
    try:
        switch_language(qapp_id, "en")
        assert QCoreApplication.translate("KontenPage", "New post") == "New post"
    finally:
        switch_language(qapp_id, "id")
    assert QCoreApplication.translate("KontenPage", "New post") == "Konten baru"
