"""The findings panel groups one problem across targets; the chip and checklist show state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from core.checks import ChecklistItem, Finding, Target
from widgets.checklist_panel import ChecklistPanel, tick_text
from widgets.findings_panel import FindingsPanel, SummaryChip, group_findings

T = Target.parse  # the stored text form reads as the typed target


def _f(target: str, rule: str = "akurasi.ejaan_baku", severity: str = "warning",
       matched: str = "Walikota", category: str = "Akurasi") -> Finding:
    return Finding(rule, severity, category, f"Ejaan tidak baku: “{matched}”.", 0,
                   len(matched), ("Wali Kota",), Target.parse(target), matched)


def test_one_problem_in_caption_and_versions_is_one_row() -> None:
    rows = group_findings([_f("variant:x"), _f("caption"), _f("variant:instagram"),
                           _f("caption", "nada.seru", matched="!!!", category="Nada")])
    assert len(rows) == 2
    assert rows[0].finding.target == T("caption")
    assert rows[0].targets == (T("caption"), T("variant:instagram"), T("variant:x"))
    assert rows[1].category == "Nada"


def test_panel_lists_categories_and_names_the_places(qapp_id, qtbot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_findings([_f("caption"), _f("variant:instagram"),
                        _f("field:title", "kepatuhan.nik", "error", "3277010101010001",
                           "Kepatuhan")], ignored=2)
    assert panel.summary_text() == "1 galat, 1 peringatan"
    heads = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    assert heads == ["Akurasi (1)", "Kepatuhan (1)"]
    where = panel.where_text(panel.rows()[0])
    assert "Keterangan utama" in where and "Instagram" in where
    assert panel.ignored_button.isVisibleTo(panel)
    seen = []
    panel.activated.connect(seen.append)
    panel.select_step(1)
    panel.select_step(1)
    assert [r.category for r in seen] == ["Akurasi", "Kepatuhan"]


def test_chip_counts_and_clean_state(qapp_id, qtbot) -> None:
    chip = SummaryChip()
    qtbot.addWidget(chip)
    chip.set_findings([_f("caption", severity="error"), _f("caption")])
    assert chip.counts == {"error": 1, "warning": 1}
    assert chip.accessibleName() == "1 galat, 1 peringatan"
    chip.set_findings([])
    assert chip.counts == {} and chip.kind == "ok"


def test_chip_keeps_its_width_whatever_it_shows(qapp_id, qtbot) -> None:
    """The caption header's width decides the Konten split: "Memeriksa…" at start and
    the result after it must ask for the same room (the pill is drawn inside it)."""
    chip = SummaryChip()
    qtbot.addWidget(chip)
    widths = {"checking": chip.sizeHint().width()}
    chip.set_findings([])
    widths["ok"] = chip.sizeHint().width()
    chip.set_findings([_f("caption", severity="error")])
    widths["one error"] = chip.sizeHint().width()
    chip.set_findings([_f("caption", severity=s) for s in ("error", "warning", "info")])
    widths["three kinds"] = chip.sizeHint().width()
    assert len(set(widths.values())) == 1, widths
    assert chip.minimumSizeHint() == chip.sizeHint()


def test_chip_pill_sits_right_and_only_it_clicks(qapp_id, qtbot) -> None:
    chip = SummaryChip()
    qtbot.addWidget(chip)
    chip.set_findings([])  # "✓ OK": the narrowest pill
    chip.resize(chip.sizeHint())
    pill = chip.pill_rect()
    assert pill.right() == chip.width() - 1 and pill.left() > 10
    image = chip.grab().toImage()
    y = chip.height() // 2
    assert image.pixelColor(2, y) != image.pixelColor(pill.center().x() + pill.width() // 3, y)
    clicks = []
    chip.clicked.connect(lambda: clicks.append(1))
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
    assert clicks == []
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton, pos=pill.center())
    assert clicks == [1]


def test_checklist_shows_who_ticked_and_when(qapp_id, qtbot) -> None:
    class Tick:
        ticked_by = "Rina"
        ticked_at = dt.datetime(2025, 11, 12, 9, 15)

    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    items = [ChecklistItem("sumber", "Sumber sudah dicek"), ChecklistItem("atasan", "Disetujui")]
    panel.set_items(items, {"sumber": Tick()})
    assert panel.boxes["sumber"].isChecked() and not panel.boxes["atasan"].isChecked()
    assert panel.stamp_text("sumber").endswith("Rina, 12/11/2025 09.15")
    assert tick_text("Rina", None) == "Rina"
    toggled = []
    panel.toggled.connect(lambda i, on: toggled.append((i, on)))
    panel.boxes["atasan"].click()
    assert toggled == [("atasan", True)]
    assert [i.id for i in panel.open_items()] == ["atasan"]
