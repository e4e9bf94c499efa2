"""`warta report`: period arguments, summary, files written, clear errors and exit codes."""

from __future__ import annotations

import pytest
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


def test_empty_period_stops_unless_allowed(tmp_path, capsys) -> None:
    _demo()
    target = tmp_path / "kosong.docx"
    assert cli.main(["report", "--bulan", "2024-01", "--docx", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Tidak ada konten yang terbit pada periode Januari 2024" in err
    assert "--boleh-kosong" in err and not target.exists()
    assert cli.main(["report", "--bulan", "2024-01", "--docx", str(target),
                     "--boleh-kosong"]) == 0
    assert target.is_file()


def test_sample_logo_and_missing_kendala_are_warned_on_stderr(tmp_path, capsys) -> None:
    _demo()
    target = tmp_path / "laporan.docx"
    assert cli.main(["report", "--bulan", "2025-11", "--docx", str(target)]) == 0
    err = capsys.readouterr().err
    assert "peringatan: Logo pada kop laporan masih logo contoh" in err
    assert "Pengaturan > Merek" in err
    assert "peringatan: Kendala dan Tindak Lanjut untuk periode ini belum diisi" in err
    assert cli.main(["report", "--bulan", "2025-11", "--docx", str(target), "--kendala",
                     "Jaringan terputus."]) == 0
    assert "Kendala" not in capsys.readouterr().err


def test_paper_f4_is_215_by_330(tmp_path, capsys) -> None:
    from docx.shared import Mm

    _demo()
    target = tmp_path / "f4.docx"
    assert cli.main(["report", "--bulan", "2025-11", "--docx", str(target), "--kertas",
                     "F4"]) == 0
    section = Document(str(target)).sections[0]
    assert abs(section.page_width - Mm(215)) < Mm(1) and abs(section.page_height - Mm(330)) \
        < Mm(1)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["report", "--bulan", "2025-11", "--kertas", "A3"])
    assert exit_info.value.code == 2
    assert "pilihan tidak sah: 'A3'" in capsys.readouterr().err


def test_doctor_lists_the_sample_logo(capsys) -> None:
    _demo()
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "[PERHATIAN] Logo kop laporan: masih logo contoh" in out
