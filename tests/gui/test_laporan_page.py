"""The Laporan page: summary, spreadsheet-like metrics entry, followers, CSV import, export."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from core import posts
from core.demo import fill_demo
from core.followers import follower_entries
from core.metrics_import import read_csv
from core.report_notes import load_issues
from core.store import open_store
from gui.laporan.import_dialog import ImportDialog
from gui.laporan.page import LaporanPage


@pytest.fixture
def store():
    s = open_store()
    fill_demo(s, 2025, 11)
    yield s
    s.close()


@pytest.fixture
def page(qapp_id, qtbot, store):
    p = LaporanPage(store, QUndoStack())
    qtbot.addWidget(p)
    p.confirm = lambda check: True  # the export questions have their own tests
    p.set_period(dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    return p


def _variant(store, variant_id):
    row = store.execute("SELECT * FROM variants WHERE id = ?", (variant_id,)).fetchone()
    return dict(row)


def test_summary_shows_the_period_before_export(page) -> None:
    assert page.figures["posts"].text() == "18"
    assert page.figures["reach"].text() == "142.948"
    assert page.figures["engagement"].text().endswith("%")
    assert page.platform_table.rowCount() == 6
    assert page.platform_table.item(0, 0).text() == "Instagram"
    assert "November 2025" in page.coverage.text()
    assert page.metrics_model.rowCount() == 58


def test_typed_metric_is_saved_and_undoable(page, store) -> None:
    model = page.metrics_model
    reach_col = [c.key for c in model.columns].index("reach")
    vid = model.rows[0]["variant_id"]
    before = _variant(store, vid)["reach"]
    assert model.setData(model.index(0, reach_col), "12.345")
    assert _variant(store, vid)["reach"] == 12345
    assert model.data(model.index(0, reach_col)) == "12.345"
    assert page.figures["reach"].text() != "142.948"  # summary follows
    page.undo_stack.undo()
    assert _variant(store, vid)["reach"] == before
    assert not model.setData(model.index(0, reach_col), "banyak")
    assert _variant(store, vid)["reach"] == before
    assert "banyak" in page.metrics_error.text()


def test_paste_block_from_excel_is_one_undo_step(page, store) -> None:
    view, model = page.metrics_view, page.metrics_model
    reach_col = [c.key for c in model.columns].index("reach")
    view.setCurrentIndex(model.index(2, reach_col))
    ids = [model.rows[r]["variant_id"] for r in (2, 3)]
    view.paste("1.234\t2.345\t56\r\n7.890\t8.901\t12\r\n")
    got = [(_variant(store, i)["reach"], _variant(store, i)["impressions"],
            _variant(store, i)["likes"]) for i in ids]
    assert got == [(1234, 2345, 56), (7890, 8901, 12)]
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert _variant(store, ids[0])["reach"] != 1234


def test_enter_moves_down_and_delete_clears(qtbot, page, store) -> None:
    view, model = page.metrics_view, page.metrics_model
    likes = [c.key for c in model.columns].index("likes")
    view.setCurrentIndex(model.index(0, likes))
    view.selectionModel().select(model.index(0, likes),
                                 view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _variant(store, model.rows[0]["variant_id"])["likes"] is None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.currentIndex().row() == 1


def test_followers_are_saved_for_start_and_end(page, store) -> None:
    model = page.followers_model
    assert model.rowCount() == 6
    model.request([(0, 3, "12.000"), (0, 4, "12.480")])
    entry = follower_entries(store, dt.date(2025, 11, 1), dt.date(2025, 11, 30))[0]
    assert (entry.start, entry.end) == (12000, 12480)
    assert model.value(0, 5) == 480
    assert page.figures["followers"].text() == "+480"


def test_issue_text_survives_a_reload(page, store) -> None:
    page.issues.setPlainText("Kuota internet kantor habis pada minggu ketiga.")
    page.save_issues()
    page.reload()
    assert page.issues.toPlainText().startswith("Kuota internet")
    assert load_issues(store, page.department_name(), dt.date(2025, 11, 1),
                       dt.date(2025, 11, 30)).startswith("Kuota")


def test_csv_import_updates_metrics_and_reports_left_out_rows(page, store, tmp_path) -> None:
    model = page.metrics_model
    ig = next(r for r in model.rows if r["platform"] == "Instagram")
    csv_text = ("Permalink;Tanggal;Jangkauan;Suka\n"
                f"{ig['published_url']}?igsh=abc;;9.876;54\n"
                "https://www.instagram.com/p/BUKANKITA/;;1;1\n")
    dialog = ImportDialog(store, read_csv(csv_text.encode("utf-8-sig")), "ig.csv", page)
    assert dialog.source_key() == "campuran"
    dialog.source.setCurrentIndex(dialog.source.findData("instagram"))
    assert dialog.mapping()["url"] == 0 and dialog.mapping()["reach"] == 2
    assert "1 of 2" in dialog.summary.text() or "1 dari 2" in dialog.summary.text()
    assert dialog.preview_table.rowCount() == 2
    dialog.do_import()
    page.finish_import(dialog, True)
    assert _variant(store, ig["variant_id"])["reach"] == 9876
    assert "BUKANKITA" not in page.metrics_error.text()
    assert "baris 3" in page.metrics_error.text()  # the row left out is listed
    page.undo_stack.undo()
    assert _variant(store, ig["variant_id"])["reach"] == ig["reach"]
    mapping = store.execute("SELECT mapping FROM import_mappings WHERE source = 'instagram'")
    assert "Permalink" in mapping.fetchone()[0]


def test_export_both_then_open_file_and_folder(qtbot, page, tmp_path) -> None:
    opened = []
    page.open_url = opened.append
    page.folder.setText(str(tmp_path / "Laporan"))
    task = page.export()
    assert task is not None and page.cancel_button.isVisibleTo(page)
    assert not page.export_button.isEnabled()  # no second export while one runs
    with qtbot.waitSignal(task.signals.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: page.task is None, timeout=5000)
    names = sorted(p.name for p in (tmp_path / "Laporan").iterdir())
    assert names == ["Laporan Medsos Diskominfo 2025-11.docx",
                     "Laporan Medsos Diskominfo 2025-11.xlsx"]
    assert page.open_file_button.isVisibleTo(page)
    page.open_file()
    page.open_folder()
    assert [u.toLocalFile() for u in opened] == [
        str(tmp_path / "Laporan" / "Laporan Medsos Diskominfo 2025-11.docx"),
        str(tmp_path / "Laporan")]


def test_locked_target_gives_a_clear_message(qtbot, page, tmp_path, monkeypatch) -> None:
    page.want_docx.setChecked(False)
    page.folder.setText(str(tmp_path))

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    task = page.export()
    with qtbot.waitSignal(task.signals.failed, timeout=30000):
        pass
    qtbot.waitUntil(lambda: page.task is None, timeout=5000)
    assert "sedang dibuka di program lain" in page.result.text()
    assert not page.open_file_button.isVisibleTo(page)


def test_deleted_post_disappears_after_reload(page, store) -> None:
    post_id = page.data.rows[0].post_id
    posts.delete_post(store, post_id)
    page.reload()
    assert all(r.post_id != post_id for r in page.data.rows)


def test_summary_follows_posts_published_elsewhere(qapp_id, qtbot, store):
    """Publishing a post in Konten then opening Laporan shows it without a restart."""
    from core import posts
    from core.model import Status
    from gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("laporan")
    window.laporan.set_period(dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    before = int(window.laporan.figures["posts"].text())
    draft = next(p for p in posts.list_posts(store) if p.status is not Status.TERBIT
                 and p.activity_date.month == 11)
    window.show_page("konten")
    posts.update_post(store, replace(draft, status=Status.TERBIT))
    window.show_page("laporan")
    assert int(window.laporan.figures["posts"].text()) == before + 1


def test_csv_file_is_read_off_the_ui_thread_then_imported(page, store, tmp_path,
                                                          monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    warnings: list[str] = []
    monkeypatch.setattr("gui.laporan.import_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    dialog, accepted = ImportDialog.run(store, tmp_path / "tidak-ada.csv", page)
    assert (dialog, accepted) == (None, False) and "tidak ditemukan" in warnings[0]

    ig = next(r for r in page.metrics_model.rows if r["platform"] == "Instagram")
    path = tmp_path / "ig.csv"
    path.write_text(f"Permalink;Jangkauan\n{ig['published_url']};99999999999999999999\n"
                    f"{ig['published_url']};4.321\n", encoding="utf-16")
    monkeypatch.setattr("gui.laporan.import_dialog.MATCH_ON_WORKER", 0)  # match on the worker too
    monkeypatch.setattr(ImportDialog, "exec",
                        lambda self: (self.do_import(), QDialog.DialogCode.Accepted)[1])
    page.import_csv(str(path))
    assert _variant(store, ig["variant_id"])["reach"] == 4321
    assert "baris 2" in page.metrics_error.text()  # the row left out, and why
    assert "terlalu besar" in page.metrics_error.text()


def test_a_post_dated_9999_does_not_stop_the_page(qapp_id, qtbot, store) -> None:
    """Issue 16 item 2: month bounds of December 9999 used to build year 10000."""
    from core.model import Post, Status

    post = posts.create_post(store, Post(title="Salah ketik", status=Status.TERBIT,
                                         activity_date=dt.date(2025, 12, 1)))
    # the editor and the CLI now refuse such a year; an older database may still hold one
    store.execute("UPDATE posts SET activity_date = '9999-12-01' WHERE id = ?", (post.id,))
    page = LaporanPage(store, QUndoStack())
    qtbot.addWidget(page)
    assert page.month.currentData() == "9999-12"
    assert page.period() == (dt.date(9999, 12, 1), dt.date(9999, 12, 31))
    assert page.figures["posts"].text() == "1"


def test_conclusion_draft_is_editable_and_kept_per_period(page, store) -> None:
    from core.report_notes import load_conclusion

    draft = page.conclusion.toPlainText()
    assert draft.startswith("Simpulan:") and "58 unggahan" in draft
    page.save_conclusion()
    assert load_conclusion(store, page.data.department, *page.period()) == ""  # still draft
    page.conclusion.setPlainText("Simpulan:\n1. Capaian sesuai rencana kerja.")
    page.save_conclusion()
    page.reload()
    assert page.conclusion.toPlainText() == "Simpulan:\n1. Capaian sesuai rencana kerja."
    page.redraft_conclusion()
    assert page.conclusion.toPlainText() == draft
    assert load_conclusion(store, page.data.department, *page.period()) == ""


def test_export_asks_about_missing_obstacles_and_the_sample_logo(page, tmp_path) -> None:
    from core.actions.laporan import ExportConcern

    asked = []
    page.confirm = lambda check: asked.append(check.concern) or False
    page.folder.setText(str(tmp_path))
    assert page.export() is None and list(tmp_path.iterdir()) == []
    assert asked == [ExportConcern.NO_ISSUES]
    page.confirm = lambda check: asked.append(check.concern) or check.concern is \
        ExportConcern.NO_ISSUES
    assert page.export() is None
    assert asked[-1] is ExportConcern.PLACEHOLDER_LOGO


def test_empty_period_is_named_before_export(page, tmp_path) -> None:
    from core.actions.laporan import ExportConcern

    asked = []
    page.confirm = lambda check: asked.append(check) or False
    page.folder.setText(str(tmp_path))
    page.set_period(dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert page.export() is None
    assert asked[0].concern is ExportConcern.EMPTY_PERIOD and "Januari 2024" in asked[0].message


def test_logo_warning_button_opens_pengaturan_merek(page, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from core.actions.laporan import ExportCheck, ExportConcern

    opened = []
    page.open_brand_settings.connect(lambda: opened.append(True))

    def click_brand(box):
        button = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        button.click()

    monkeypatch.setattr(QMessageBox, "exec", click_brand)
    assert not page._confirm(ExportCheck(ExportConcern.PLACEHOLDER_LOGO, "logo"))
    assert opened == [True]


def test_nota_dinas_cover_is_written_beside_the_report(qtbot, page, tmp_path) -> None:
    from docx import Document

    page.want_docx.setChecked(False)
    page.want_xlsx.setChecked(False)
    assert not page.export_button.isEnabled()
    page.want_cover.setChecked(True)
    assert page.export_button.isEnabled() and page.cover_box.isVisibleTo(page)
    page.cover_number.setText("000.2/45")
    page.cover_copies.setText("Sekretaris; Arsip")
    page.folder.setText(str(tmp_path))
    task = page.export()
    with qtbot.waitSignal(task.signals.finished, timeout=30000):
        pass
    path = tmp_path / "Nota Dinas Laporan Medsos Diskominfo 2025-11.docx"
    fields = {r.cells[0].text: r.cells[2].text for r in Document(str(path)).tables[1].rows}
    assert fields["Nomor"] == "000.2/45" and fields["Tembusan"] == "1. Sekretaris\n2. Arsip"
