"""`warta brand`: good photos are written, bad ones reported and skipped, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

import cli
from core.model import Profile
from core.profile import save_profile
from core.store import open_store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def photos(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "foto kegiatan"
    folder.mkdir()
    good = folder / "Rapat Pleno – Balai Kota.jpg"
    Image.new("RGB", (640, 480), (40, 120, 90)).save(good)
    png = folder / "posyandu.png"
    Image.new("RGBA", (500, 500), (200, 100, 50, 255)).save(png)
    text = folder / "catatan.jpg"
    text.write_text("notulen rapat", encoding="utf-8")
    empty = folder / "kosong.jpg"
    empty.write_bytes(b"")
    return {"good": good, "png": png, "text": text, "empty": empty}


def test_good_inputs_written_bad_ones_reported_exit_2(capsys, tmp_path, photos):
    out = tmp_path / "hasil"
    code, stdout, stderr = run(
        capsys, "brand", str(photos["good"]), str(photos["text"]), str(photos["png"]),
        str(photos["empty"]), "--template", "band-bottom", "--format", "portrait",
        "--format", "story", "--title", "Rapat Pleno Penetapan APBD 2026",
        "--date", "2025-11-12", "--location", "Balai Kota Cimahi", "-o", str(out))
    assert code == 2
    written = sorted(p.name for p in out.iterdir())
    assert written == [
        "Rapat Pleno – Balai Kota_pita-bawah_potret.jpg",
        "Rapat Pleno – Balai Kota_pita-bawah_story.jpg",
        "posyandu_pita-bawah_potret.jpg",
        "posyandu_pita-bawah_story.jpg",
    ]
    with Image.open(out / "posyandu_pita-bawah_story.jpg") as im:
        assert im.size == (1080, 1920)
    assert "GAGAL catatan.jpg: catatan.jpg bukan berkas gambar" in stderr
    assert "GAGAL kosong.jpg: Berkas foto kosong (0 byte)" in stderr
    assert "Selesai: 2 foto berhasil, 2 gagal." in stdout
    assert "Traceback" not in stderr


def test_all_good_exit_0_json_report_and_all_template_formats(capsys, tmp_path, photos):
    out = tmp_path / "hasil"
    code, stdout, _ = run(capsys, "brand", str(photos["good"]), "--template", "framed",
                          "--title", "Festival Kuliner", "--json", "-o", str(out))
    assert code == 0
    report = json.loads(stdout)
    assert report["succeeded"] == 1 and report["failed"] == 0
    outputs = report["results"][0]["outputs"]
    assert [o["format"] for o in outputs] == ["square", "portrait", "story", "landscape",
                                               "youtube"]
    assert all(Path(o["path"]).is_file() for o in outputs)
    assert any(w.startswith("Logo kota di kit") and "masih logo contoh" in w
               and "Pengaturan > Merek" in w for w in report["results"][0]["warnings"])


def test_same_stem_twice_does_not_overwrite(capsys, tmp_path, photos):
    other = tmp_path / "lain"
    other.mkdir()
    twin = other / photos["png"].name
    Image.new("RGB", (300, 300), (0, 0, 0)).save(twin)
    out = tmp_path / "hasil"
    code, _, _ = run(capsys, "brand", str(photos["png"]), str(twin), "--template", "bar-top",
                     "--format", "square", "-o", str(out))
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "posyandu-2_bilah-atas_persegi.jpg", "posyandu_bilah-atas_persegi.jpg"]


def test_text_only_template_needs_no_photo(capsys, tmp_path):
    code, _, _ = run(capsys, "brand", "--template", "announcement", "--format", "youtube",
                     "--title", "Pelayanan KTP Tutup Sementara", "-o", str(tmp_path / "h"))
    assert code == 0
    assert (tmp_path / "h" / "Kartu pengumuman_kartu-pengumuman_thumbnail-youtube.jpg").is_file()


def test_parallel_jobs_give_the_same_files(capsys, tmp_path, photos):
    out = tmp_path / "paralel"
    code, _, stderr = run(capsys, "brand", str(photos["good"]), str(photos["png"]),
                          str(photos["text"]), "--template", "band-bottom", "--format",
                          "square", "--jobs", "2", "-o", str(out))
    assert code == 2 and "GAGAL catatan.jpg" in stderr
    assert len(list(out.iterdir())) == 2


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--template", "tidak-ada"], "Templat 'tidak-ada' tidak ada di kit 'cimahi'"),
        (["--template", "band-bottom", "--format", "tiktok"], "tidak mendukung format tiktok"),
        (["--template", "band-bottom", "--date", "12-11-2025"], "tanggal '12-11-2025' tidak sah"),
        (["--template", "band-bottom", "--quality", "0"], "kualitas 0 harus 1-100"),
        (["--template", "band-bottom", "--quality", "tinggi"], "nilai int tidak sah"),
        (["--template", "band-bottom", "--focus", "2,0"], "harus di antara 0 dan 1"),
        (["--template", "band-bottom", "--kit", "bandung"], "kit 'bandung' tidak ditemukan"),
        ([], "pilih templat dengan --template"),
    ],
)
def test_usage_errors_exit_1(capsys, tmp_path, photos, extra, message):
    code, _, stderr = run(capsys, "brand", str(photos["good"]), *extra, "-o", str(tmp_path / "h"))
    assert code == 1
    assert message in stderr


def test_missing_files_or_output_folder_is_a_usage_error(capsys, tmp_path, photos):
    code, _, stderr = run(capsys, "brand", "--template", "band-bottom", "-o", str(tmp_path))
    assert code == 1 and "minimal satu foto" in stderr
    code, _, stderr = run(capsys, "brand", str(photos["good"]), "--template", "band-bottom")
    assert code == 1 and "-o FOLDER" in stderr


def test_department_and_city_come_from_the_profile(capsys, tmp_path, photos, monkeypatch):
    store = open_store()
    save_profile(store, Profile(pic_name="Rina", dept_name="Dinas Kesehatan", city="Cimahi"))
    store.close()
    seen = {}
    import core.media_export as media_export  # `warta brand` renders through it

    real = media_export.render_set
    monkeypatch.setattr(media_export, "render_set",
                        lambda *a, **k: seen.update(a[4]) or real(*a, **k))
    code, _, _ = run(capsys, "brand", str(photos["good"]), "--template", "bar-top",
                     "--format", "square", "-o", str(tmp_path / "h"))
    assert code == 0 and seen["department"] == "Dinas Kesehatan" and seen["city"] == "Cimahi"
    run(capsys, "brand", str(photos["good"]), "--template", "bar-top", "--format", "square",
        "--department", "Dinas Perhubungan", "-o", str(tmp_path / "h"))
    assert seen["department"] == "Dinas Perhubungan"


def test_list_shows_kits_templates_and_formats(capsys):
    code, stdout, _ = run(capsys, "brand", "--list")
    assert code == 0
    assert "cimahi  Pemerintah Kota Cimahi (bawaan)" in stdout
    assert "band-bottom" in stdout and "announcement" in stdout and "(tanpa foto)" in stdout
    assert "area aman: 250 px atas, 250 px bawah" in stdout
    code, stdout, _ = run(capsys, "brand", "--list", "--json")
    data = json.loads(stdout)
    kit = next(k for k in data["kits"] if k["id"] == "cimahi")
    assert {t["id"] for t in kit["templates"]} >= {"band-bottom", "bar-top", "framed",
                                                    "announcement"}
    assert {f["id"] for f in data["formats"]} == {"square", "portrait", "story", "landscape",
                                                   "youtube"}


def test_brand_never_overwrites_an_input_in_the_output_folder(tmp_path, capsys):
    from PIL import Image

    a, b = tmp_path / "a.jpg", tmp_path / "a_pita-bawah_persegi.jpg"  # a's own output name
    Image.new("RGB", (300, 300), (200, 0, 0)).save(a)
    Image.new("RGB", (300, 300), (0, 0, 200)).save(b)
    before = b.read_bytes()
    code, _, _ = run(capsys, "brand", str(a), str(b), "--template", "band-bottom",
                     "--format", "square", "-o", str(tmp_path), "--jobs", "1")
    assert code == 0
    assert b.read_bytes() == before  # the input is untouched, not branded twice
    assert (tmp_path / "a-2_pita-bawah_persegi.jpg").is_file()
    assert (tmp_path / "a_pita-bawah_persegi_pita-bawah_persegi.jpg").is_file()
