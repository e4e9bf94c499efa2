"""Pengaturan > Report: page setup with Tata Naskah Dinas defaults, saved at once."""

from __future__ import annotations

import pytest

from core.actions import laporan as actions
from core.report_page import PageSetup
from gui.pengaturan.report_page_tab import ReportPageTab


@pytest.fixture
def tab(qapp_id, qtbot, store):
    t = ReportPageTab(store)
    qtbot.addWidget(t)
    return t


def test_defaults_are_a4_arial_12_with_tnd_margins(tab) -> None:
    assert tab.current() == PageSetup() == PageSetup("A4", 20, 20, 30, 20, "Arial", 12)


def test_choices_are_saved_and_defaults_restore(tab, store) -> None:
    tab.paper.setCurrentIndex(tab.paper.findData("F4"))
    tab.font.setCurrentText("Bookman Old Style")
    tab.margins["left"].setValue(25)
    saved = actions.page_setup(store)
    assert (saved.paper, saved.font, saved.left_mm) == ("F4", "Bookman Old Style", 25)
    assert saved.size_mm == (215, 330)
    from PySide6.QtWidgets import QPushButton

    tab.findChild(QPushButton, "report_page_defaults").click()
    assert actions.page_setup(store) == PageSetup()


def test_bad_values_are_refused_with_a_message(store) -> None:
    with pytest.raises(ValueError, match="margin kiri"):
        actions.save_page_setup(store, PageSetup(left_mm=60))
    with pytest.raises(ValueError, match="kertas"):
        actions.save_page_setup(store, PageSetup(paper="A3"))
