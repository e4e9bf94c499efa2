"""Main window as a newcomer meets it: Indonesian, fits 1366x768, honest placeholders."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from core.demo import fill_demo
from gui.main_window import PAGES
from widgets.reflow import Arrangements

ENGLISH_WORDS = re.compile(
    r"\b(New|Delete|Duplicate|Search|Save|Title|Date|Location|Category|Notes|Settings|"
    r"Report|All|Ready|Undo|File|Edit|Help|Full name|Position|Superior|City)\b")


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
    return [t for t in texts if t]


@pytest.mark.parametrize("page", PAGES)
def test_visible_labels_are_indonesian(main_window, store, page):
    fill_demo(store, 2025, 11)
    main_window.konten.reload()
    main_window.show_page(page)
    texts = visible_texts(main_window)
    texts += [a.text() for a in main_window.menuBar().actions()]
    english = [t for t in texts if ENGLISH_WORDS.search(t.replace("&", ""))]
    assert not english, f"English text on page {page}: {english}"
    assert any(t in texts for t in ("Konten", "Media", "Laporan", "Pengaturan"))


def test_konten_labels_expected(main_window):
    texts = visible_texts(main_window)
    for expected in ("Konten baru", "Duplikat", "Hapus", "Semua status", "Semua bulan"):
        assert expected in texts
    menus = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert menus == ["Berkas", "Sunting", "Bantuan"]


@pytest.mark.parametrize("page", PAGES)
def test_fits_office_laptop_without_clipping(main_window, store, qtbot, page):
    """At 1366x728 (1366x768 minus taskbar) every visible control gets its minimum size."""
    fill_demo(store, 2025, 11)
    main_window.konten.reload()
    main_window.resize(1366, 728)
    main_window.show_page(page)
    _wait_for_arrangements(main_window, qtbot)
    assert main_window.width() <= 1366 and main_window.height() <= 728
    win_rect = main_window.rect()
    for w in main_window.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, QAbstractButton | QLineEdit | QComboBox):
            continue
        hint = w.minimumSizeHint()
        assert w.width() >= hint.width() - 1, f"{w.objectName() or w} squeezed: {w.width()}"
        top_left = w.mapTo(main_window, w.rect().topLeft())
        if w.window() is main_window and not _inside_scroll_area(w):
            assert win_rect.contains(top_left), f"{w.objectName() or w} outside the window"


def _wait_for_arrangements(window: QWidget, qtbot) -> None:
    """Until every shown reflowing part has chosen its arrangement and laid it out: a
    fixed short wait measured a header still in its first, one-row arrangement on a busy
    machine."""
    qtbot.waitUntil(lambda: all(a.settled for a in window.findChildren(Arrangements)
                                if a.widget.isVisible()))
    for _ in range(3):  # a reflow's new layout settles over a few passes
        QApplication.processEvents()


def _inside_scroll_area(w: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def test_placeholder_page_is_honest(qapp_id, qtbot):
    """A capability that is not built yet says so and offers no fake controls."""
    from gui.placeholder import PlaceholderPage

    page = PlaceholderPage("Media", "Pustaka media akan ada di sini.")
    qtbot.addWidget(page)
    labels = [w.text() for w in page.findChildren(QLabel)]
    assert "Belum tersedia" in labels
    assert not page.findChildren(QLineEdit) and not page.findChildren(QAbstractButton)


def test_about_shows_version(main_window):
    from core.version import __version__

    assert f"Warta {__version__}" in main_window.about_text()
    assert "Folder data" in main_window.about_text()


def test_sidebar_shortcuts_switch_pages(main_window, qtbot):
    from PySide6.QtCore import Qt

    for i, page in enumerate(PAGES, start=1):
        qtbot.keyClick(main_window, getattr(Qt.Key, f"Key_{i}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_page() == page
        assert main_window.nav_buttons[page].isChecked()


def test_logo_warning_leads_to_pengaturan_merek(main_window):
    main_window.laporan.open_brand_settings.emit()
    assert main_window.current_page() == "pengaturan"
    assert main_window.pengaturan.tabs.currentWidget() is main_window.pengaturan.brand
