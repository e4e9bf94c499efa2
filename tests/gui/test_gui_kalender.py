"""The Kalender page: holidays and posts on their days, drag with undo, keyboard, and the
reminder banner's "Buat konten"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from core import posts
from core.actions import kalender
from core.model import Category, Post, Status
from widgets.month_grid import POST_MIME, DayCell, PostChip


def _cell(page, date: dt.date) -> DayCell:
    QApplication.processEvents()  # new labels and chips show on the next event loop turn
    return next(c for c in page.grid.cells if c.isVisible() and c.date == date)


def _texts(cell: DayCell) -> list[str]:
    return [w.text() for w in cell.findChildren(QLabel) if w.isVisibleTo(cell)]


def test_august_2026_shows_17_agustus_and_posts_on_their_days(main_window, store, qtbot):
    post = posts.create_post(store, Post(title="Lomba Agustusan", status=Status.DISETUJUI,
                                         activity_date=dt.date(2026, 8, 12)))
    main_window.show_page("kalender")
    page = main_window.kalender
    page.show_date(dt.date(2026, 8, 1))
    assert page.month_label.text() == "Agustus 2026"
    assert "Hari Kemerdekaan Republik Indonesia" in _texts(_cell(page, dt.date(2026, 8, 17)))
    chips = _cell(page, dt.date(2026, 8, 12)).findChildren(PostChip)
    assert [c.post.post_id for c in chips if c.isVisibleTo(page)] == [post.id]


def _drop(cell: DayCell, post_id: int) -> None:
    mime = QMimeData()
    mime.setData(POST_MIME, str(post_id).encode())
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    cell.dropEvent(event)


def test_drag_a_post_to_another_day_and_undo(main_window, store, qtbot):
    post = posts.create_post(store, Post(title="Rapat", activity_date=dt.date(2026, 8, 10)))
    main_window.show_page("kalender")
    page = main_window.kalender
    page.show_date(dt.date(2026, 8, 10))
    _drop(_cell(page, dt.date(2026, 8, 14)), post.id)
    assert posts.get_post(store, post.id).activity_date == dt.date(2026, 8, 14)
    assert post.id in [c.post.post_id for c in _cell(page, dt.date(2026, 8, 14))
                       .findChildren(PostChip) if c.isVisibleTo(page)]
    main_window.undo_stack.undo()
    assert posts.get_post(store, post.id).activity_date == dt.date(2026, 8, 10)
    main_window.undo_stack.redo()
    assert posts.get_post(store, post.id).activity_date == dt.date(2026, 8, 14)


def test_a_published_post_is_not_moved_and_the_pic_is_told(main_window, store, qtbot,
                                                         monkeypatch):
    told = []
    monkeypatch.setattr("gui.kalender.page.QMessageBox.information",
                        lambda *a: told.append(a[2]))
    post = posts.create_post(store, Post(title="Terbit", activity_date=dt.date(2026, 8, 10),
                                         status=Status.TERBIT))
    main_window.show_page("kalender")
    page = main_window.kalender
    page.show_date(dt.date(2026, 8, 10))
    _drop(_cell(page, dt.date(2026, 8, 11)), post.id)
    assert posts.get_post(store, post.id).activity_date == dt.date(2026, 8, 10)
    assert told and "sudah terbit" in told[0]
    assert main_window.undo_stack.count() == 0


def test_keyboard_moves_the_day_and_the_month(main_window, qtbot):
    main_window.show_page("kalender")
    page = main_window.kalender
    page.show_date(dt.date(2026, 8, 31))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Left)
    assert page.current == dt.date(2026, 8, 30)
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)  # 6 September: the page follows the month
    assert page.current == dt.date(2026, 9, 6) and page.month_label.text() == "September 2026"
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    assert page.month_label.text() == "Oktober 2026"


def test_double_click_a_day_makes_a_post_on_it_and_opens_it(main_window, store, qtbot):
    main_window.show_page("kalender")
    page = main_window.kalender
    page.show_date(dt.date(2026, 8, 20))
    qtbot.mouseDClick(_cell(page, dt.date(2026, 8, 20)), Qt.MouseButton.LeftButton)
    made = [p for p in posts.list_posts(store) if p.activity_date == dt.date(2026, 8, 20)]
    assert len(made) == 1
    assert main_window.current_page() == "konten"
    assert main_window.konten.selected_id() == made[0].id


def test_reminder_banner_buat_konten_makes_the_commemoration_post(main_window, store, qtbot):
    soon = dt.date.today() + dt.timedelta(days=3)
    kalender.add_own_day(store, "Hari Jadi Dinas", (soon.month, soon.day), "Perwal No. 7")
    main_window.refresh_reminders()
    banner = main_window.reminders
    assert banner.isVisible()
    assert any("Hari Jadi Dinas" in label.text() for label in banner.findChildren(QLabel))
    mark_index = [m.name for m in banner.marks].index("Hari Jadi Dinas")
    buttons = [b for b in banner.findChildren(QPushButton) if b.objectName() == "reminder_create"]
    if mark_index < len(buttons):
        buttons[mark_index].click()
    else:  # more than three reminders today: the same signal the button sends
        banner.create_requested.emit(banner.marks[mark_index])
    made = [p for p in posts.list_posts(store) if p.title.startswith("Hari Jadi Dinas")]
    assert len(made) == 1
    assert made[0].category is Category.PERINGATAN_HARI_BESAR and made[0].activity_date == soon
    assert "Perwal No. 7" in made[0].notes
    assert main_window.current_page() == "konten"
    assert "Hari Jadi Dinas" not in [m.name for m in banner.marks]


def test_schedule_dialog_plans_and_clears_platform_times(qapp_id, qtbot):
    from gui.kalender.schedule_dialog import ScheduleDialog

    planned = {"x": dt.datetime(2026, 8, 11, 19, 30)}
    dialog = ScheduleDialog("Rapat", dt.date(2026, 8, 10), ["instagram", "x"], planned)
    qtbot.addWidget(dialog)
    tick_ig, edit_ig = dialog.rows["instagram"]
    assert not tick_ig.isChecked() and not edit_ig.isEnabled()
    assert dialog.values() == {"instagram": None, "x": dt.datetime(2026, 8, 11, 19, 30)}
    tick_ig.setChecked(True)  # defaults to the day at 09.00
    dialog.rows["x"][0].setChecked(False)
    assert dialog.values() == {"instagram": dt.datetime(2026, 8, 10, 9, 0), "x": None}


def test_content_plan_button_writes_word_and_excel(main_window, store, qtbot, tmp_path,
                                                   monkeypatch):
    posts.create_post(store, Post(title="Rapat Evaluasi", activity_date=dt.date(2026, 8, 5)))
    target = tmp_path / "Rencana.docx"
    monkeypatch.setattr("gui.kalender.page.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    page = main_window.kalender
    page.show_date(dt.date(2026, 8, 5))
    page.rencana_button.click()
    qtbot.waitUntil(lambda: target.with_suffix(".xlsx").is_file(), timeout=10000)
    assert target.is_file()


def test_days_dialog_hides_a_day_and_adds_an_own_day(main_window, store, qtbot):
    from gui.kalender.days_dialog import DaysDialog

    dialog = DaysDialog(store)
    qtbot.addWidget(dialog)
    items = {dialog.days.item(i).data(Qt.ItemDataRole.UserRole): dialog.days.item(i)
             for i in range(dialog.days.count())}
    items["hari-kartini"].setCheckState(Qt.CheckState.Unchecked)
    dialog.name.setText("HUT Dinas")
    dialog.day.setValue(15)
    dialog.month.setValue(3)
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "Tambah hari milik unit"
         ).click()
    from core.kalender import peringatan
    from core.profile import load_profile

    shown = {d.name for d in peringatan.commemorations(store, load_profile(store))}
    assert "Hari Kartini" not in shown and "HUT Dinas" in shown
    assert dialog.changed


def test_konten_list_shows_the_planned_time(main_window, store, qtbot):
    from widgets.post_list import PLANNED_ROLE

    post = posts.create_post(store, Post(title="Rapat", activity_date=dt.date(2026, 8, 10),
                                         platforms=["instagram", "x"]))
    kalender.set_planned_time(store, post.id, "x", dt.datetime(2026, 8, 11, 19, 30))
    kalender.set_planned_time(store, post.id, "instagram", dt.datetime(2026, 8, 12, 8, 0))
    page = main_window.konten
    page.reload(select_id=post.id)
    index = page.model.index(page.model.row_of(post.id))
    assert index.data(PLANNED_ROLE) == "Jadwal 11 Agu 19.30"  # the earliest one
