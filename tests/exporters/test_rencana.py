"""Rencana Konten: Word and Excel read back (rows, dates as dates, formula-safe text,
signature labels), and LibreOffice opens both."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from docx import Document
from openpyxl import load_workbook

from core import posts
from core.actions import kalender
from core.model import Post, Status
from exporters.rencana import export_rencana


@pytest.fixture
def planned(store):
    """The demo month (November 2025) plus a planned, formula-like post."""
    post = posts.create_post(store, Post(title="=SUM(A1) Lomba Kebersihan",
                                         activity_date=dt.date(2025, 11, 27),
                                         status=Status.SIAP_DITINJAU,
                                         platforms=["instagram", "x"]))
    kalender.set_planned_time(store, post.id, "x", dt.datetime(2025, 11, 27, 19, 30))
    return kalender.rencana(store, 2025, 11)


def test_word_plan_lists_every_post_with_schedule_and_approval(planned, tmp_path):
    (docx,) = export_rencana(planned, docx=tmp_path / "rencana")
    assert docx.suffix == ".docx"
    doc = Document(str(docx))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "RENCANA KONTEN MEDIA SOSIAL" in text and "BULAN NOVEMBER 2025" in text
    plan = doc.tables[1]  # after the kop
    assert [c.text for c in plan.rows[0].cells][:3] == ["No.", "Hari, Tgl.", "Materi Konten"]
    body = [[c.text for c in row.cells] for row in plan.rows[1:]]
    assert len(body) == len(planned.rows)
    row = next(r for r in body if r[2].startswith("=SUM"))
    assert row[1] == "Kamis, 27 Nov" and row[5] == "X 19.30" and row[6] == "Siap Ditinjau"
    peringatan = doc.tables[2]
    assert "Hari Pahlawan" in [c.text for row in peringatan.rows for c in row.cells]
    signature = "\n".join(c.text for c in doc.tables[-1].rows[0].cells)
    assert "Menyetujui," in signature and "Yang mengajukan," in signature
    assert doc.sections[0].page_width > doc.sections[0].page_height  # landscape


def test_excel_plan_has_real_dates_and_text_that_stays_text(planned, tmp_path):
    (xlsx,) = export_rencana(planned, xlsx=tmp_path / "rencana.xlsx")
    wb = load_workbook(xlsx)
    ws = wb["Rencana Konten"]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(planned.rows)
    mine = next(r for r in rows if str(r[3]).startswith("=SUM"))
    assert mine[1] == dt.datetime(2025, 11, 27) and mine[6] == "X 19.30"
    assert ws["D4"].data_type == "s" and ws.print_title_rows == "$3:$3"
    assert "Hari Pahlawan" in [r[1] for r in wb["Hari Peringatan"].iter_rows(values_only=True)]


def test_empty_month_says_so(store, tmp_path):
    data = kalender.rencana(store, 2030, 2)
    docx, xlsx = export_rencana(data, docx=tmp_path / "a.docx", xlsx=tmp_path / "a.xlsx")
    assert "Belum ada konten" in "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Belum ada konten" in str(load_workbook(xlsx)["Rencana Konten"]["A4"].value)


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or poppler-utils not installed")
def test_libreoffice_opens_both(planned, tmp_path, libreoffice_text):
    files = export_rencana(planned, docx=tmp_path / "r.docx", xlsx=tmp_path / "r.xlsx")
    for f in files:
        text = libreoffice_text(f, tmp_path)  # asserts LibreOffice could open it
        assert "Lomba Kebersihan" in text
