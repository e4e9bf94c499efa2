"""Installed kits: the shipped Cimahi kit, user kits, and replacing the placeholder logo."""

from __future__ import annotations

import hashlib

import pytest
from PIL import Image

from core.branding import FORMAT_IDS, render_image
from core.branding.catalog import (
    list_kits,
    load_kit,
    remove_user_kit,
    replace_logo,
    shipped_kits_dir,
    user_kits_dir,
)
from core.branding.errors import KitError, LogoError

FIELDS = {"title": "Gerakan Cimahi Bersih Sampah di Seluruh Kelurahan Dimulai Hari Ini",
          "date": "Sabtu, 15 November 2025", "location": "Alun-alun Cimahi",
          "department": "Dinas Lingkungan Hidup", "city": "Cimahi"}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_shipped_cimahi_kit_has_four_templates_for_every_format():
    kit = load_kit("cimahi")
    assert kit.source == "shipped" and kit.name == "Pemerintah Kota Cimahi"
    assert set(kit.template_ids) >= {"band-bottom", "bar-top", "framed", "announcement"}
    for template in kit.templates:
        assert set(template.formats) == set(FORMAT_IDS), template.id
    assert not kit.template("announcement").needs_photo
    assert kit.colors["primary"][:3] == (0x0B, 0x6E, 0x4F)
    assert kit.colors["accent"][:3] == (0xF2, 0xC1, 0x4E)
    assert "city" in kit.placeholder_logos
    assert all("fontpkg:" in spec for spec in kit.font_specs.values())  # no copied fonts


@pytest.mark.parametrize("template_id", ["band-bottom", "bar-top", "framed", "announcement"])
def test_every_cimahi_template_renders_in_every_format(template_id):
    kit = load_kit("cimahi")
    for format_id in FORMAT_IDS:
        res = render_image(kit, template_id, format_id, None, FIELDS, scale=0.2)
        assert len(res.image.getcolors(1 << 16) or range(300)) > 20  # not a blank canvas
        assert any("Logo kota" in w and "masih logo contoh" in w for w in res.warnings)
        assert not any("dipotong" in w for w in res.warnings), (template_id, format_id)


def test_list_kits_shows_the_shipped_kit():
    entries = {e.id: e for e in list_kits()}
    assert entries["cimahi"].source == "shipped" and entries["cimahi"].kit is not None


def test_replace_logo_makes_a_user_copy_and_leaves_the_shipped_kit_alone(tmp_path):
    shipped_logo = shipped_kits_dir() / "cimahi" / "logos" / "city.png"
    before = digest(shipped_logo)
    Image.new("RGBA", (300, 300), (200, 20, 20, 255)).save(tmp_path / "logo resmi.png")
    kit = replace_logo("cimahi", "city", tmp_path / "logo resmi.png")
    assert kit.source == "user" and kit.root == user_kits_dir() / "cimahi"
    assert "city" not in kit.placeholder_logos
    assert digest(shipped_logo) == before
    assert load_kit("cimahi").source == "user"
    entry = next(e for e in list_kits() if e.id == "cimahi")
    assert entry.overrides_shipped and entry.source == "user"
    res = render_image(kit, "announcement", "square", None, FIELDS, scale=0.25)
    assert not any("masih logo contoh" in w for w in res.warnings)
    assert (200, 20, 20) in {c for _, c in res.image.getcolors(1 << 16)}
    remove_user_kit("cimahi")
    assert load_kit("cimahi").source == "shipped"


def test_replace_logo_converts_other_images_and_refuses_non_images(tmp_path):
    Image.new("RGB", (2600, 650), (0, 0, 200)).save(tmp_path / "logo.jpg")
    kit = replace_logo("cimahi", "city", tmp_path / "logo.jpg")
    with Image.open(kit.logos["city"]) as im:
        assert im.format == "PNG" and im.size == (2048, 512)
    (tmp_path / "logo.png").write_text("bukan gambar")
    with pytest.raises(LogoError, match="bukan gambar yang dikenali"):
        replace_logo("cimahi", "city", tmp_path / "logo.png")
    with pytest.raises(LogoError, match="tidak punya logo 'dinas'"):
        replace_logo("cimahi", "dinas", tmp_path / "logo.jpg")


def test_load_kit_by_path_and_unknown_id(tmp_path):
    kit = load_kit(shipped_kits_dir() / "cimahi")
    assert kit.id == "cimahi" and kit.source == "path"
    with pytest.raises(KitError, match="kit 'bandung' tidak ditemukan.*Kit yang ada: cimahi"):
        load_kit("bandung")


def test_broken_user_kit_is_listed_with_its_error():
    broken = user_kits_dir() / "rusak"
    broken.mkdir()
    (broken / "kit.json").write_text("{", encoding="utf-8")
    entry = next(e for e in list_kits() if e.id == "rusak")
    assert entry.kit is None and "JSON tidak sah" in entry.error
