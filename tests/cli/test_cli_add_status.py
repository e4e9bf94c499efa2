"""`add` makes the versions the editor makes (so the report knows the platforms), and
`status` passes the same gates as the editor."""

from __future__ import annotations

import pytest
from docx import Document
from openpyxl import load_workbook

import cli
from core import check_records, posts
from core.model import PLATFORM_IDS, Status
from core.platforms import PLATFORMS
from core.store import open_store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _docx_text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_added_terbit_post_is_reported_under_its_real_platforms(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "add", "--title", "Rapat Satu Data", "--date", "2025-11-12",
                         "--status", "Terbit")
    assert code == 0, err
    post_id = int(out)
    assert "Sudah disetujui atasan" in err  # what was passed over is said, and recorded
    docx, xlsx = tmp_path / "lap.docx", tmp_path / "lap.xlsx"
    code, _, err = run(capsys, "report", "--bulan", "2025-11", "--docx", str(docx),
                       "--xlsx", str(xlsx))
    assert code == 0, err

    sheet = load_workbook(xlsx)["Unggahan"]
    header = [c.value for c in sheet[1]]
    col = header.index("Platform")
    names = [row[col] for row in sheet.iter_rows(min_row=2, values_only=True) if row[col]]
    assert names == [PLATFORMS[p].name for p in PLATFORM_IDS]
    assert "—" not in names
    text = _docx_text(docx)
    for pid in PLATFORM_IDS:
        assert PLATFORMS[pid].name in text
    assert "Belum dicentang: " in text and "Sudah disetujui atasan" in text
    book = load_workbook(xlsx)
    cells = [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c]
    assert any(c.startswith("Belum dicentang: ") and "Sudah disetujui atasan sebelum "
               "diunggah" in c for c in cells)
    store = open_store()
    try:
        (override,) = check_records.list_overrides(store, post_id)
        assert "warta add" in override.reason
    finally:
        store.close()


def test_add_platform_option_is_repeatable_and_checked(capsys) -> None:
    code, out, err = run(capsys, "add", "--title", "Imbauan", "--date", "2025-11-12",
                         "--platform", "x", "--platform", "Instagram")
    assert code == 0, err
    store = open_store()
    try:
        post = posts.get_post(store, int(out))
        assert post.platforms == ["instagram", "x"]
        assert [v.platform for v in posts.list_variants(store, post.id)] == ["instagram", "x"]
    finally:
        store.close()
    code, out, err = run(capsys, "add", "--title", "Imbauan", "--date", "2025-11-12",
                         "--platform", "myspace")
    assert code == 1 and out == "" and "platform 'myspace' tidak dikenal" in err


def test_add_with_a_reason_records_it(capsys) -> None:
    code, out, err = run(capsys, "add", "--title", "Rapat", "--date", "2025-11-12",
                         "--status", "Disetujui", "--alasan", "Disetujui lisan oleh Sekdis.")
    assert code == 0, err
    store = open_store()
    try:
        (override,) = check_records.list_overrides(store, int(out))
        assert override.reason == "Disetujui lisan oleh Sekdis."
    finally:
        store.close()


def test_status_refuses_without_a_reason_then_records_one(capsys) -> None:
    post_id = int(run(capsys, "add", "--title", "Rapat", "--date", "2025-11-12",
                      "--platform", "x")[1])
    code, out, err = run(capsys, "status", str(post_id), "terbit")
    assert code == 1 and out == ""
    assert "Sudah disetujui atasan sebelum diunggah" in err and "--alasan" in err
    code, out, err = run(capsys, "status", str(post_id), "Terbit", "--alasan",
                         "Atasan menyetujui lewat telepon.")
    assert code == 0, err
    assert "Terbit" in out
    store = open_store()
    try:
        assert posts.get_post(store, post_id).status is Status.TERBIT
        (override,) = check_records.list_overrides(store, post_id)
        assert override.reason == "Atasan menyetujui lewat telepon."
    finally:
        store.close()


@pytest.mark.parametrize(("argv", "expected"), [
    (["status", "99", "Terbit"], "#99 tidak ditemukan"),
    (["status", "1", "Selesai"], "status 'Selesai' tidak dikenal"),
])
def test_status_bad_input(capsys, argv, expected) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1 and expected in err
