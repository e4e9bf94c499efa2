"""The Word report read back with python-docx: layout facts a reader relies on."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.shared import Mm
from PIL import Image

from core.report import month_report
from exporters.base import ExportCancelled, clean_text
from exporters.docx_report import DocxReport


def _all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def test_demo_report_has_every_chapter_and_the_signature(demo_report, tmp_path) -> None:
    path = DocxReport(demo_report).export(tmp_path / "laporan.docx")
    doc = Document(str(path))
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    text = _all_text(doc)
    for needle in ("PEMERINTAH KOTA CIMAHI", "DINAS KOMUNIKASI DAN INFORMATIKA KOTA CIMAHI",
                   "LAPORAN PENGELOLAAN MEDIA SOSIAL", "PERIODE NOVEMBER 2025",
                   "I. PENDAHULUAN", "Undang-Undang Nomor 14 Tahun 2008", "II. REKAPITULASI",
                   # issue 12: the list of uploads is Lampiran I, photos Lampiran II (when
                   # there are any), chapter III is the analysis and Kendala is IV
                   "LAMPIRAN I", "DAFTAR UNGGAHAN", "III. ANALISIS",
                   "IV. KENDALA DAN TINDAK LANJUT", "V. SIMPULAN DAN SARAN", "VI. PENUTUP",
                   "Mengetahui,", "Kepala Dinas Komunikasi dan Informatika",
                   "NIP. 19700512 199503 1 004", "NIP. 19920315 201903 2 007",
                   "Drs. Haryanto Wibisono, M.Si.", "Koneksi kantor terputus dua hari.",
                   "Tindak lanjut: pasang jaringan cadangan.", "engagement rate",
                   "1 November 2025"):
        assert needle in text, needle
    assert "Jl. Rd. Demang Hardjakusumah" in text  # kop address
    assert "142.948" in text  # total reach, Indonesian grouping


def test_post_table_repeats_its_header_and_links_are_clickable(demo_report, tmp_path) -> None:
    path = DocxReport(demo_report).export(tmp_path / "laporan.docx")
    doc = Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "No"
                 and t.rows[0].cells[4].text == "Tautan")
    assert len(table.rows) == len(demo_report.rows) + 1
    assert table.rows[0]._tr.trPr.xml.count("tblHeader") == 1
    links = [r for r in doc.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert {r.target_ref for r in links} == {r.url for r in demo_report.rows}
    footer = doc.sections[0].footer.paragraphs[0]
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml
    assert footer.text.startswith("Halaman") and " dari " in footer.text
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())  # logo + chart


def test_photos_are_downscaled_into_a_captioned_grid(store, photos, tmp_path) -> None:
    photos(store, 6, size=(4000, 3000))
    data = month_report(store, 2025, 11)
    path = DocxReport(data).export(tmp_path / "laporan.docx")
    doc = Document(str(path))
    pictures = [s for s in doc.inline_shapes]
    assert len(pictures) >= 6 + 1  # photos + chart (+ logo)
    with zipfile.ZipFile(path) as z:
        jpegs = [n for n in z.namelist()
                 if n.startswith("word/media/") and n.endswith((".jpg", ".jpeg"))]
        sizes = [Image.open(io.BytesIO(z.read(n))).size for n in jpegs]
    assert len(jpegs) == 6 and all(max(s) <= 1200 for s in sizes)
    captions = [p.text for t in doc.tables for r in t.rows for c in r.cells
                for p in c.paragraphs if p.text.startswith("Gambar ")]
    assert len(captions) == 6 and "Foto: Tim Dokumentasi" in captions[0]
    assert "LAMPIRAN II" in [p.text for p in doc.paragraphs]


def test_control_characters_are_stripped_and_emoji_kept(store, hard_cases, nasty_title,
                                                        tmp_path) -> None:
    hard_cases(store, 60)
    data = month_report(store, 2025, 11)
    path = DocxReport(data).export(tmp_path / "laporan.docx")
    text = _all_text(Document(str(path)))
    assert " ".join(clean_text(nasty_title).split())[:30] in text and "🇮🇩🎉" in text
    assert "\x00" not in text and "\x07" not in text
    # issue 12: a post's internal note is not an obstacle; Kendala is the PIC's text only
    assert "Sinyal lemah di lokasi" not in text


def test_cancel_writes_nothing(demo_report, tmp_path) -> None:
    target = tmp_path / "laporan.docx"
    with pytest.raises(ExportCancelled):
        DocxReport(demo_report).export(target, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_empty_period_still_makes_a_complete_document(store, tmp_path) -> None:
    data = month_report(store, 2024, 1)
    doc = Document(str(DocxReport(data).export(tmp_path / "kosong.docx")))
    text = _all_text(doc)
    assert "Tidak ada unggahan yang terbit pada periode ini." in text
    assert "PERIODE JANUARI 2024" in text and "Mengetahui," in text
