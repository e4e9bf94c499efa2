"""`warta report`: period arguments, summary, files written, clear errors and exit codes."""

from __future__ import annotations

from docx import Document
from openpyxl import load_workbook

import cli
from core.demo import fill_demo
from core.store import open_store


def _demo() -> None:
    store = open_store()
    fill_demo(store, 2025, 11)
    store.close()


def test_report_writes_both_files(tmp_path, capsys) -> None:
    _demo()
    docx, xlsx = tmp_path / "lap.docx", tmp_path / "lap.xlsx"
    code = cli.main(["report", "--from", "2025-11-01", "--to", "2025-11-30",
                     "--docx", str(docx), "--xlsx", str(xlsx)])
    out = capsys.readouterr().out
    assert code == 0
    assert "periode November 2025" in out and "142.948" in out
    assert "LAPORAN PENGELOLAAN MEDIA SOSIAL" in [p.text for p in Document(str(docx)).paragraphs]
    assert load_workbook(xlsx)["Unggahan"].max_row == 60  # 58 uploads + header + SUBTOTAL


def test_bad_dates_and_missing_folder_are_clear_errors(tmp_path, capsys) -> None:
    assert cli.main(["report", "--from", "2025-11-31", "--to", "2025-11-30"]) == 2
    assert "--from harus tanggal TTTT-BB-HH" in capsys.readouterr().err
    assert cli.main(["report", "--from", "2025-11-30", "--to", "2025-11-01"]) == 2
    assert "--to tidak boleh sebelum --from" in capsys.readouterr().err
    assert cli.main(["report", "--from", "2025-11-01"]) == 2
    assert "bersama" in capsys.readouterr().err
    assert cli.main(["report", "--bulan", "2025-11",
                     "--docx", str(tmp_path / "tidak-ada" / "a.docx")]) == 2
    assert "tidak ada" in capsys.readouterr().err


def test_month_shortcut_without_files_prints_the_summary(capsys) -> None:
    _demo()
    assert cli.main(["report", "--bulan", "2025-11"]) == 0
    assert "Instagram" in capsys.readouterr().out
