"""`warta import-metrics`: the Laporan page's CSV import from the command line."""

from __future__ import annotations

import json

import cli
from core import posts
from core.demo import fill_demo
from core.store import open_store


def _demo_link() -> tuple[int, str, int | None]:
    store = open_store()
    fill_demo(store, 2025, 11)
    v = next(v for p in posts.list_posts(store) for v in posts.list_variants(store, p.id)
             if v.published_url and v.platform == "instagram")
    store.close()
    return v.id, v.published_url, v.reach


def _reach(variant_id: int) -> int | None:
    store = open_store()
    try:
        return next(v.reach for p in posts.list_posts(store)
                    for v in posts.list_variants(store, p.id) if v.id == variant_id)
    finally:
        store.close()


def _csv(tmp_path, text: str):
    path = tmp_path / "insights.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_dry_run_lists_every_row_and_writes_nothing(tmp_path, capsys) -> None:
    vid, url, reach = _demo_link()
    path = _csv(tmp_path, f"Permalink;Jangkauan;Suka\n{url};7.654;3\n"
                          "https://www.instagram.com/p/BUKAN/;1;1\n")
    code = cli.main(["import-metrics", str(path), "--platform", "instagram", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 2  # one row was not used
    assert "baris 2: cocok (tautan)" in out and "7.654" in out
    assert "baris 3: tidak dipakai" in out and "tidak cocok" in out
    assert "uji coba" in out
    assert _reach(vid) == reach


def test_import_writes_and_exits_zero_when_every_row_is_used(tmp_path, capsys) -> None:
    vid, url, _reach_before = _demo_link()
    path = _csv(tmp_path, f"Permalink,Reach\n{url},1234\n")
    assert cli.main(["import-metrics", str(path)]) == 0
    assert "1 unggahan diperbarui; 0 baris tidak dipakai." in capsys.readouterr().out
    assert _reach(vid) == 1234


def test_json_report_per_row(tmp_path, capsys) -> None:
    vid, url, _ = _demo_link()
    path = _csv(tmp_path, f"Tautan;Jangkauan;Suka;Tanggal\n{url};99999999999999999999;3;\n"
                          ";5;;1 Januari 99999999999999999999\n")
    code = cli.main(["import-metrics", str(path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 2 and report["tidak_dipakai"] == 1 and report["diperbarui"] == 1
    first, second = report["baris"]
    assert first["dipakai"] and first["variant_id"] == vid and first["metrik"] == {"likes": 3}
    assert any("terlalu besar" in p for p in first["masalah"])
    assert not second["dipakai"] and second["alasan"]
    assert any("tidak dikenali" in p for p in second["masalah"])


def test_unreadable_file_and_bad_platform_are_clear_errors(tmp_path, capsys) -> None:
    assert cli.main(["import-metrics", str(tmp_path / "tidak-ada.csv")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    empty = _csv(tmp_path, "\n\n")
    assert cli.main(["import-metrics", str(empty)]) == 1
    assert "kosong" in capsys.readouterr().err
    try:
        code = cli.main(["import-metrics", str(empty), "--platform", "myspace"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    assert "myspace" in capsys.readouterr().err
