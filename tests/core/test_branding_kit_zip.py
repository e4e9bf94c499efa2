"""Kit .zip import/export: a round trip works; every unsafe archive is refused clearly."""

from __future__ import annotations

import stat
import zipfile

import pytest

from core.branding import kit_zip
from core.branding.catalog import load_kit, shipped_kits_dir, user_kits_dir
from core.branding.errors import KitError, KitExistsError
from core.branding.kit_zip import export_kit_zip, import_kit_zip


def cimahi_zip(tmp_path, kit_id: str = "cimahi-diskominfo", prefix: str = ""):
    """The shipped kit re-labelled, as a designer would send it."""
    src = shipped_kits_dir() / "cimahi"
    path = tmp_path / f"{kit_id}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        text = (src / "kit.json").read_text(encoding="utf-8")
        zf.writestr(prefix + "kit.json", text.replace('"id": "cimahi"', f'"id": "{kit_id}"'))
        zf.write(src / "logos" / "city.png", prefix + "logos/city.png")
    return path


def add_entries(path, entries):
    with zipfile.ZipFile(path, "a") as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


def test_export_then_import_round_trip(tmp_path):
    out = export_kit_zip("cimahi", tmp_path / "kit cimahi.zip")
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["kit.json", "logos/city.png"]
    with pytest.raises(KitExistsError, match="sudah ada"):
        import_kit_zip(out)
    kit = import_kit_zip(out, replace=True)
    assert kit.source == "user" and kit.root == user_kits_dir() / "cimahi"
    assert load_kit("cimahi").source == "user"


def test_import_zip_with_kit_inside_one_folder(tmp_path):
    kit = import_kit_zip(cimahi_zip(tmp_path, "dinkes", prefix="dinkes-kit/"))
    assert kit.id == "dinkes" and (user_kits_dir() / "dinkes" / "kit.json").is_file()
    assert not [p for p in user_kits_dir().iterdir() if p.name.startswith(".")]


def test_load_kit_straight_from_a_zip_path(tmp_path):
    kit = load_kit(cimahi_zip(tmp_path, "dishub"))
    assert kit.id == "dishub" and kit.source == "path"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../../luar.txt", "keluar dari folder kit"),
        ("/etc/passwd", "path absolut"),
        ("C:/Windows/win.ini", "path absolut"),
        ("logos\\..\\..\\luar.txt", "keluar dari folder kit"),
    ],
)
def test_path_traversal_and_absolute_entries_are_refused(tmp_path, name, message):
    path = add_entries(cimahi_zip(tmp_path), [(zipfile.ZipInfo(name), b"x")])
    with pytest.raises(KitError, match=message):
        import_kit_zip(path)
    assert not (tmp_path.parent / "luar.txt").exists()
    assert not (user_kits_dir() / "cimahi-diskominfo").exists()


def test_symlink_entry_is_refused(tmp_path):
    link = zipfile.ZipInfo("logos/tautan.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = add_entries(cimahi_zip(tmp_path), [(link, "/etc/passwd")])
    with pytest.raises(KitError, match="symlink tidak diperbolehkan"):
        import_kit_zip(path)


def test_too_many_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(kit_zip, "MAX_ENTRIES", 5)
    path = add_entries(cimahi_zip(tmp_path), [(f"extra/{i}.txt", b"x") for i in range(5)])
    with pytest.raises(KitError, match="terlalu banyak berkas di zip \\(7; batas 5\\)"):
        import_kit_zip(path)


def test_total_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(kit_zip, "MAX_TOTAL_BYTES", 200_000)
    path = add_entries(cimahi_zip(tmp_path), [("extra/besar.bin", bytes(range(256)) * 1000)])
    with pytest.raises(KitError, match="isi zip terlalu besar setelah diekstrak"):
        import_kit_zip(path)


def test_zip_bomb_ratio_is_refused(tmp_path):
    bomb = zipfile.ZipInfo("extra/nol.bin")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    path = add_entries(cimahi_zip(tmp_path), [(bomb, b"\0" * (3 * 1024 * 1024))])
    with pytest.raises(KitError, match="rasio kompresi mencurigakan .* zip bomb"):
        import_kit_zip(path)


def test_encrypted_entry_is_refused(tmp_path):
    path = add_entries(cimahi_zip(tmp_path), [("rahasia.txt", b"x")])
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last central entry is rahasia.txt
    data[central + 8] |= 0x1  # general purpose flag: encrypted
    path.write_bytes(bytes(data))
    with pytest.raises(KitError, match="terenkripsi"):
        import_kit_zip(path)


def test_not_a_zip_and_no_kit_json(tmp_path):
    (tmp_path / "kit.zip").write_text("ini bukan zip")
    with pytest.raises(KitError, match="bukan arsip .zip yang sah"):
        import_kit_zip(tmp_path / "kit.zip")
    with zipfile.ZipFile(tmp_path / "kosong.zip", "w") as zf:
        zf.writestr("README.txt", "kit")
    with pytest.raises(KitError, match="kit.json tidak ditemukan di dalam zip"):
        import_kit_zip(tmp_path / "kosong.zip")


def test_invalid_kit_in_zip_is_not_installed(tmp_path):
    path = tmp_path / "salah.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("kit.json", '{"id": "salah", "name": "Salah", "templates": []}')
    with pytest.raises(KitError, match="templates: harus daftar templat"):
        import_kit_zip(path)
    assert not (user_kits_dir() / "salah").exists()
