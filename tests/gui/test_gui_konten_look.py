"""Issue 14 item 8: the Konten editor's small looks (date picker, tags, Cek tab, chip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QTableView, QToolButton


def _open_popup(qtbot, edit: QDateEdit) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8,
                                                                 edit.height() // 2))
    qtbot.waitUntil(lambda: edit.calendarWidget().isVisible(), timeout=2000)


def _light_pixels(button: QToolButton) -> int:
    """Near-white pixels where the button sits on the navigation bar, as drawn."""
    bar = button.parentWidget()
    image = bar.grab(button.geometry()).toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightnessF() > 0.85)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen popup
def test_date_popup_month_readable_and_last_week_shown(qapp_id, qtbot) -> None:
    edit = QDateEdit(QDate(2026, 11, 26))  # November 2026 has six week rows
    edit.setCalendarPopup(True)
    qtbot.addWidget(edit)
    edit.show()
    _open_popup(qtbot, edit)
    calendar = edit.calendarWidget()
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    # light text on the green bar: today the words are dark on dark green
    assert _light_pixels(month) > 20 and _light_pixels(year) > 20
    view = calendar.findChild(QTableView)
    rows = view.model().rowCount()
    last = rows - 1
    assert view.rowViewportPosition(last) + view.rowHeight(last) <= view.viewport().height()
    calendar.window().hide()


LONG_TAGS = ("#CimahiKota #DiskominfoCimahi #SP4NLAPOR #PelayananPublik #CimahiSmartCity "
             "#LaporPak")


def test_hashtag_field_shows_every_tag_whole(main_window, qtbot) -> None:
    from core.captions.hashtags import parse_hashtags

    field = main_window.konten.editor.hashtags
    field.edit.setText(LONG_TAGS)
    field.edit.textEdited.emit(LONG_TAGS)
    qtbot.waitUntil(lambda: field.chips_box.height() >= field.chips_box.minimumHeight() > 0)
    assert field.edit.width() >= field.width() - 2  # the field has the whole row
    assert [c.text().split()[0] for c in field.chips] == parse_hashtags(LONG_TAGS)
    box = field.chips_box.rect()
    for widget in (*field.chips, field.default_button, field.sets_button):
        assert widget.width() >= widget.sizeHint().width()
        assert box.contains(widget.geometry()), widget.text()


def test_hashtag_chip_removes_its_tag_undoably(qapp_id, qtbot) -> None:
    from widgets.hashtag_field import HashtagField

    field = HashtagField()
    qtbot.addWidget(field)
    field.set_text(LONG_TAGS)
    with qtbot.waitSignal(field.changed):
        field.chips[1].click()  # ✕ removes the tag, through the field's own undo
    assert field.text() == "#CimahiKota #SP4NLAPOR #PelayananPublik #CimahiSmartCity #LaporPak"
    field.edit.undo()
    assert field.text() == LONG_TAGS


def test_cek_tab_gives_the_findings_most_of_the_height(main_window, qtbot) -> None:
    checks = main_window.konten.checks
    checks.show_panel()
    qtbot.waitUntil(lambda: checks.splitter.height() > 100)
    findings, checklist = checks.splitter.sizes()
    assert findings >= 0.7 * (findings + checklist)
    assert checks.findings.view.height() >= 0.6 * checks.splitter.height()


def _finding(severity: str):
    from core.checks.finding import Finding, Target

    return Finding(f"akurasi.{severity}", severity, "Akurasi", f"Temuan {severity}.", 0, 4,
                   (), Target.parse("caption"), "Kata")


@pytest.mark.parametrize("severities, tint", [
    (("error", "info"), "red"), (("warning", "info"), "amber"), (("info",), "green"),
    ((), "green")])
def test_summary_chip_is_coloured_by_the_worst_severity(qapp_id, qtbot, severities,
                                                        tint) -> None:
    from widgets.findings_panel import SummaryChip

    chip = SummaryChip()
    qtbot.addWidget(chip)
    chip.set_findings([_finding(s) for s in severities])
    chip.resize(chip.sizeHint())
    image = chip.grab().toImage()
    bg = QColor(image.pixel(image.width() - 5, image.height() // 2))
    r, g, b = bg.red(), bg.green(), bg.blue()
    if tint == "red":
        assert r > g + 10 and r > b + 10
    elif tint == "amber":
        assert r > b + 20 and g > b + 20 and r >= g
    else:
        assert g > r + 5 and g > b + 5  # info is no longer blue: it does not block


def test_empty_post_does_not_say_it_passed(main_window, qtbot) -> None:
    page = main_window.konten
    page.new_post()
    checks = page.checks
    qtbot.waitUntil(lambda: checks._result is not None and checks.runner.is_current(),
                    timeout=10000)
    assert not checks.chip.counts
    assert checks.chip.kind != "ok"
    assert checks.chip.accessibleName() == "Belum ada teks"
    assert "Lolos" not in checks.chip.text()
    assert checks.findings.summary.text() == "Belum ada teks"
    checks.show_panel()
    view = checks.findings.view
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 100)
    note = view.model().index(0, 0)
    assert note.data().startswith("Belum ada teks keterangan")
    rect = view.visualRect(note)
    assert view.fontMetrics().horizontalAdvance(note.data()) > rect.width()  # one line: cut
    assert rect.height() >= 2 * view.fontMetrics().height()  # so it wraps
    page.editor.caption.setPlainText("Warga Cimahi dapat mengurus KTP di kecamatan.")
    qtbot.waitUntil(lambda: checks.chip.accessibleName() != "Belum ada teks", timeout=10000)
