"""Windows' 260-character paths: generated names are shortened so the whole path (and
safe_write's temporary file beside it) fits; reserved device names are refused."""

from __future__ import annotations

import pytest

from core import long_paths
from core.long_paths import MAX_PATH, TEMP_ROOM, cap_folder_name, fits, path_length
from core.media_export import output_paths
from core.media_names import post_folder_name, safe_name


def _base(tmp_path, length: int):
    """A folder whose absolute path is `length` characters (like a deep OneDrive path)."""
    used = path_length(tmp_path) + 1
    return tmp_path / ("d" * (length - used))


def test_long_photo_names_are_cut_so_every_output_path_fits(tmp_path):
    out_dir = _base(tmp_path, 150)
    stems = ["Rapat Koordinasi Penanganan Stunting Tingkat Kota Cimahi " * 3, "posyandu"]
    plans = output_paths(stems, "band-bottom", ["portrait", "story"], out_dir)
    for plan in plans:
        for path in plan.values():
            assert fits(path), path_length(path)
            assert path_length(path) + TEMP_ROOM <= MAX_PATH - 1
    assert plans[1]["story"].name == "posyandu_band-bottom_story.jpg"  # short: untouched
    assert plans[0]["story"].name.startswith("Rapat Koordinasi")


def test_equal_long_stems_still_get_distinct_names(tmp_path):
    out_dir = _base(tmp_path, 180)
    stems = ["Foto kegiatan peresmian gedung baru " * 4 + tail for tail in ("A", "B", "C")]
    plans = output_paths(stems, "band-bottom", ["square"], out_dir)
    names = [p["square"].name.casefold() for p in plans]
    assert len(set(names)) == 3
    assert all(fits(p["square"]) for p in plans)


def test_post_folder_leaves_room_for_the_files(tmp_path):
    root = _base(tmp_path, 170)
    name = post_folder_name(None, "Sosialisasi " * 12)
    folder = root / cap_folder_name(root, name)
    assert path_length(folder) + 1 + long_paths.FILE_ROOM <= MAX_PATH - 1
    assert folder.name.startswith(name[:10])


def test_a_250_character_base_folder_cannot_fit_and_says_so(tmp_path, monkeypatch):
    """No name can save a 250-character folder: names stop at MIN_STEM and Windows
    users are told the path is too long, not that the folder does not exist."""
    out_dir = _base(tmp_path, 250)
    plan = output_paths(["DSC_0042 rapat pleno"], "band-bottom", ["square"], out_dir)[0]
    assert plan["square"].name == "DSC_0042_band-bottom_persegi.jpg"
    assert not fits(plan["square"])
    assert long_paths.too_long_message(plan["square"]) is None  # Linux: no limit
    monkeypatch.setattr(long_paths, "on_windows", lambda: True)
    message = long_paths.too_long_message(plan["square"])
    assert message is not None and "terlalu panjang" in message and "260" in message


def test_export_refuses_a_too_long_folder_before_rendering(store, tmp_path, monkeypatch):
    from PIL import Image

    from core.media_export import ExportItem, ExportRequest, export_branded
    from core.media_files import MediaError

    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (64, 64)).save(photo)
    out_dir = _base(tmp_path, 250)
    monkeypatch.setattr(long_paths, "on_windows", lambda: True)
    request = ExportRequest(kit="cimahi", template_id="band-bottom", formats=["square"],
                            fields={"title": "Rapat"}, out_dir=out_dir,
                            items=[ExportItem(photo, "foto")])
    with pytest.raises(MediaError, match="terlalu panjang"):
        export_branded(store, request)
    assert not list(out_dir.glob("*.jpg"))


@pytest.mark.parametrize("name", ["con.foto", "CON.jpg", "nul.tar.gz", "COM¹", "lpt³.txt",
                                  "Aux .txt", "conin$", "COM9.png"])
def test_reserved_device_names_are_refused_with_extensions(name):
    assert safe_name(name) == "Tanpa judul"


@pytest.mark.parametrize("name", ["Conference", "console.log", "com10", "Nulisan", "auxiliary"])
def test_names_that_only_start_like_devices_are_kept(name):
    assert safe_name(name) == name
