"""The exporter base class: atomic writes, a clear message for a locked target, suffixes."""

from __future__ import annotations

import os

import pytest

from core.safe_write import WriteError
from exporters.base import Exporter, clean_text, shorten
from exporters.docx_report import DocxReport
from exporters.xlsx_report import XlsxReport


def test_every_report_exporter_derives_from_the_base() -> None:
    assert issubclass(DocxReport, Exporter) and issubclass(XlsxReport, Exporter)


@pytest.mark.parametrize("cls", [DocxReport, XlsxReport])
def test_target_open_in_another_program_keeps_the_old_file(cls, demo_report, tmp_path,
                                                          monkeypatch) -> None:
    target = tmp_path / f"laporan{cls.suffix}"
    target.write_bytes(b"versi lama")

    def locked(src, dst):  # what Windows does while Word/Excel holds the file
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(WriteError, match="sedang dibuka di program lain"):
        cls(demo_report).export(target)
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left


def test_missing_suffix_is_added(demo_report, tmp_path) -> None:
    assert XlsxReport(demo_report).export(tmp_path / "laporan").name == "laporan.xlsx"


def test_clean_text_and_shorten() -> None:
    assert clean_text("A\x00B\x1fC\tD\nE 🇮🇩") == "ABC\tD\nE 🇮🇩"
    assert clean_text(None) == ""
    assert shorten("Rapat   koordinasi satu data kota", 20) == "Rapat koordinasi\u2026"
