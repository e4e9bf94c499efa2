"""First start asks for the official logo when the letterhead would show the sample."""

from __future__ import annotations

from PIL import Image
from PySide6.QtWidgets import QMessageBox

from core.report_sources import city_logo, logo_is_placeholder, placeholder_logo_slot
from gui.logo_step import LogoStep


def _answer(monkeypatch, role):
    def click(box):
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
    monkeypatch.setattr(QMessageBox, "exec", click)


def test_later_changes_nothing(qapp_id, store, monkeypatch) -> None:
    _answer(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    assert placeholder_logo_slot(store) == ("cimahi", "city")
    assert not LogoStep(store).ask(choose=lambda: "unused")
    assert logo_is_placeholder(store, city_logo(store))


def test_chosen_logo_replaces_the_sample(qapp_id, store, monkeypatch, tmp_path) -> None:
    _answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    official = tmp_path / "logo kota.png"
    Image.new("RGBA", (300, 360), (0, 90, 60, 255)).save(official)
    assert LogoStep(store).ask(choose=lambda: str(official))
    assert placeholder_logo_slot(store) is None
    assert not logo_is_placeholder(store, city_logo(store))
    assert not LogoStep(store).ask(choose=lambda: "unused")  # asked once only
