"""Proof that a real office suite opens the files: LibreOffice headless converts a hard,
big month (500 extra posts, 5,000-character captions, control characters, emoji,
formula-like titles, photos) to PDF; the PDF text and page count are checked.
One conversion per format, both running at once, each with its own LibreOffice profile.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from core.report import month_report
from exporters.docx_report import DocxReport
from exporters.xlsx_report import XlsxReport

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                       reason="LibreOffice (soffice) or poppler-utils not installed"),
]


def _convert_all(files: list[Path], out: Path) -> list[Path]:
    procs = []
    for f in files:
        profile = Path("/tmp") / f"lo-warta-{uuid.uuid4().hex}"
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
               "--convert-to", "pdf", "--outdir", str(out / f.suffix[1:]), str(f)]
        procs.append((subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE),
                      profile))
    for proc, profile in procs:
        try:
            proc.communicate(timeout=110)
        finally:
            shutil.rmtree(profile, ignore_errors=True)
    return [out / f.suffix[1:] / (f.stem + ".pdf") for f in files]


def _pdf(path: Path) -> tuple[str, int]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text, text.count("\f")


def test_big_hard_month_converts_to_pdf(store, photos, hard_cases, tmp_path) -> None:
    hard_cases(store, 500)
    photos(store, 8, size=(1600, 1200))
    data = month_report(store, 2025, 11, issues="Listrik padam 🙏 \x03di kantor.")
    assert data.totals.uploads > 550
    docx = DocxReport(data).export(tmp_path / "laporan.docx")
    xlsx = XlsxReport(data).export(tmp_path / "laporan.xlsx")
    docx_pdf, xlsx_pdf = _convert_all([docx, xlsx], tmp_path / "pdf")
    assert docx_pdf.is_file(), "LibreOffice could not open the Word report"
    assert xlsx_pdf.is_file(), "LibreOffice could not open the Excel report"

    text, pages = _pdf(docx_pdf)
    flat = " ".join(text.split())
    for needle in ("LAPORAN PENGELOLAAN MEDIA SOSIAL", "PERIODE NOVEMBER 2025",
                   # issue 12: the list of uploads is Lampiran I after the signatures
                   "DAFTAR UNGGAHAN PERIODE NOVEMBER 2025", "VI. PENUTUP", "Mengetahui,",
                   "Kegiatan Kelurahan", "instagram.com/p/Kel00499", "Listrik padam",
                   "NIP. 19920315 201903 2 007"):
        assert needle in flat, needle
    numbers = re.findall(r"Halaman (\d+) dari (\d+)", flat)
    assert numbers and {int(total) for _, total in numbers} == {pages}
    # issue 12: the first page (with the kop) carries no number; numbers start on page 2
    assert [int(n) for n, _ in numbers] == list(range(2, pages + 1))
    assert 15 <= pages <= 80  # 560 rows of the post list fit about 20-25 per page
    # the header row of the post list repeats on the following pages
    assert flat.count("No Tanggal Platform Judul Tautan") >= pages - 8

    text, pages = _pdf(xlsx_pdf)
    flat = " ".join(text.split())
    assert "LAPORAN PENGELOLAAN MEDIA SOSIAL" in flat and "Kel00499" in flat
    assert "Kepatuhan Cek Sebelum Unggah" in flat
    assert pages >= 5
