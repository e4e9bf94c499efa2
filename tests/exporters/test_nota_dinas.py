"""The optional Nota Dinas cover: one page, the eight fields, key figures, signature."""

from __future__ import annotations

import pytest
from docx import Document

import cli
from core.actions import laporan
from core.demo import DEMO_PROFILE, fill_demo
from core.report import month_report
from core.store import open_store
from exporters.docx_nota import NotaDinasDocx


def test_cover_has_the_fields_figures_and_signature(demo_report, tmp_path) -> None:
    nota = laporan.cover_letter(demo_report, number="000.2/123-Diskominfo",
                                nature="Segera", copies=["Sekretaris", "Arsip"])
    path = laporan.export_cover(demo_report, nota, tmp_path / "n" / "nota.docx",
                                NotaDinasDocx)
    doc = Document(str(path))
    fields = {r.cells[0].text: r.cells[2].text for r in doc.tables[1].rows}
    assert list(fields) == ["Yth.", "Dari", "Tembusan", "Tanggal", "Nomor", "Sifat",
                            "Lampiran", "Hal"]
    assert fields["Yth."] == "Kepala Dinas Komunikasi dan Informatika Kota Cimahi"
    assert fields["Tembusan"] == "1. Sekretaris\n2. Arsip"
    assert fields["Nomor"] == "000.2/123-Diskominfo" and fields["Sifat"] == "Segera"
    assert fields["Hal"] == "Laporan Pengelolaan Media Sosial Periode November 2025"
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "NOTA DINAS" in body and "142.948" in body
    sign = doc.tables[2].rows[0].cells[1].text.splitlines()
    assert sign[-3:] == [DEMO_PROFILE.pic_name, "Penata Muda (III/a)",
                         "NIP. 19920315 201903 2 007"]
    assert doc.core_properties.author == DEMO_PROFILE.pic_name
    with pytest.raises(ValueError, match="sifat"):
        laporan.cover_letter(demo_report, nature="Kilat")


def test_cli_writes_the_cover_beside_the_report(tmp_path, capsys) -> None:
    store = open_store()
    fill_demo(store, 2025, 11)
    store.close()
    nota = tmp_path / "nota.docx"
    assert cli.main(["report", "--bulan", "2025-11", "--nota-dinas", str(nota),
                     "--tembusan", "Arsip", "--sifat", "Penting"]) == 0
    assert f"Tersimpan: {nota}" in capsys.readouterr().out
    fields = {r.cells[0].text: r.cells[2].text for r in Document(str(nota)).tables[1].rows}
    assert fields["Tembusan"] == "Arsip" and fields["Sifat"] == "Penting"


def test_cover_file_is_named_after_the_report(store, tmp_path) -> None:
    data = month_report(store, 2025, 11)
    assert laporan.cover_file(data, tmp_path).name == \
        "Nota Dinas Laporan Medsos Diskominfo 2025-11.docx"
