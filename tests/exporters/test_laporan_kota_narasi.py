"""The city report's campaign part: Word gets "C. Amplifikasi Narasi" (a row per
campaign: units, posts, reach, interactions, not yet) and Excel an "Amplifikasi Narasi"
sheet (a row per campaign and unit); neither appears when no campaign ran."""

from __future__ import annotations

import datetime as dt

from docx import Document
from openpyxl import load_workbook

from core.actions import rekap
from core.rekap.amplifikasi import Amplification, UnitShare
from exporters.laporan_kota import export_city_report

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
TITLE = '=HYPERLINK("http://contoh.id") Cimahi Bebas Plastik'


def _campaign() -> Amplification:
    return Amplification("NRS-2026-11-ab12cd34", TITLE, *NOV,
                         units=[UnitShare("Dinas Kesehatan", 2, 1500, 90)],
                         silent=["Dinas Pendidikan"], missing=["Inspektorat", "Dinas Sosial"])


def test_word_and_excel_show_each_campaign(store, tmp_path):
    data = rekap.city_report(store, *NOV)
    data.board.campaigns = [_campaign()]
    docx, xlsx = tmp_path / "kota.docx", tmp_path / "kota.xlsx"
    export_city_report(data, docx=docx, xlsx=xlsx)
    doc = Document(str(docx))
    assert any(p.text == "C. Amplifikasi Narasi" for p in doc.paragraphs)
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    assert ["1", TITLE, "Dinas Kesehatan", "2", "1.500", "90", "3"] in rows
    wb = load_workbook(xlsx)
    ws = wb["Amplifikasi Narasi"]
    body = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[1]]
    assert body[0] == (TITLE, "NRS-2026-11-ab12cd34", "Dinas Kesehatan", "Mengamplifikasi",
                       2, 1500, 90)
    assert [r[3] for r in body[1:]] == ["Mengirim paket tanpa narasi ini",
                                        "Belum mengirim paket", "Belum mengirim paket"]
    assert ws.cell(row=4, column=1).data_type == "s"  # a formula-like title stays text


def test_no_campaign_no_section(store, tmp_path):
    data = rekap.city_report(store, *NOV)
    assert data.board.campaigns == []
    docx, xlsx = tmp_path / "kota.docx", tmp_path / "kota.xlsx"
    export_city_report(data, docx=docx, xlsx=xlsx)
    assert not any("Amplifikasi" in p.text for p in Document(str(docx)).paragraphs)
    assert "Amplifikasi Narasi" not in load_workbook(xlsx).sheetnames
