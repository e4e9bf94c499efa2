"""Brand kit loading: a valid kit loads, and each mistake is named with its JSON path."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from core.branding.errors import KitError
from core.branding.geometry import Length, parse_length
from core.branding.kit import PhotoLayer, RectLayer, TextLayer, load_kit_folder


def base_kit() -> dict:
    return {
        "id": "uji",
        "name": "Kit Uji Diskominfo",
        "colors": {"primary": "#0B6E4F", "accent": "#F2C14E"},
        "fonts": {"heading": "fontpkg:Poppins:700"},
        "logos": {"city": "logos/city.png"},
        "templates": [
            {"id": "pita", "name": "Pita", "formats": ["square", "story"],
             "layers": [
                 {"type": "photo", "fit": "cover"},
                 {"type": "rect", "box": ["0%", "78%", "100%", "22%"], "fill": "primary",
                  "opacity": 0.9, "radius": "10px"},
                 {"type": "logo", "key": "city", "box": ["4%", "4%", "120px", 120]},
                 {"type": "text", "value": "{title} — {city}", "box": ["6%", "80%", "88%", "11%"],
                  "font": "heading", "size": [64, 34], "color": "#FFFFFF", "max_lines": 2},
             ]},
        ],
    }


def write_kit(root: Path, data: dict, *, logo: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "kit.json").write_text(json.dumps(data), encoding="utf-8")
    if logo:
        (root / "logos").mkdir(exist_ok=True)
        Image.new("RGBA", (40, 40), (255, 0, 0, 255)).save(root / "logos" / "city.png")
    return root


def problems_of(tmp_path: Path, data: dict) -> list[str]:
    with pytest.raises(KitError) as info:
        load_kit_folder(write_kit(tmp_path / "kit", data))
    return info.value.problems


def test_valid_kit_loads_with_typed_layers(tmp_path):
    kit = load_kit_folder(write_kit(tmp_path / "kit", base_kit()))
    assert kit.id == "uji" and kit.template_ids == ("pita",)
    photo, rect, logo, text = kit.template("pita").layers
    assert isinstance(photo, PhotoLayer) and photo.bleed
    assert isinstance(rect, RectLayer) and rect.fill == (11, 110, 79, 255)
    assert rect.radius == Length(10, "px")
    assert logo.box.w == Length(120, "px") and logo.box.h == Length(120, "px")
    assert isinstance(text, TextLayer) and (text.size_max, text.size_min) == (64, 34)
    assert kit.fonts["heading"].name == "Poppins-Bold.ttf"
    assert kit.template("pita").needs_photo


def test_undefined_font_is_named_with_its_json_path(tmp_path):
    data = base_kit()
    data["templates"][0]["layers"][3]["font"] = "judul"
    problems = problems_of(tmp_path, data)
    assert problems == ["templates[0].layers[3]: font 'judul' belum didefinisikan di \"fonts\" "
                        "(yang ada: heading)"]


def test_all_problems_are_collected_not_just_the_first(tmp_path):
    data = base_kit()
    data["colors"]["primary"] = "hijau"
    data["templates"][0]["formats"] = ["square", "tiktok"]
    data["templates"][0]["layers"][2]["key"] = "kota"
    data["templates"][0]["layers"][3]["value"] = "{judul}"
    data["templates"][0]["layers"][1]["colour"] = "accent"
    problems = "\n".join(problems_of(tmp_path, data))
    assert "colors.primary: 'hijau' bukan kode hex" in problems
    assert "templates[0].formats[1]: format 'tiktok' tidak dikenal" in problems
    assert "templates[0].layers[2]: logo 'kota' belum didefinisikan" in problems
    assert "templates[0].layers[3].value: kolom {judul} tidak dikenal" in problems
    assert "templates[0].layers[1]: kunci 'colour' tidak dikenal" in problems
    assert "templates[0].layers[1].fill: warna 'primary' tidak didefinisikan" in problems


def test_typo_gets_a_suggestion_and_underscore_keys_are_comments(tmp_path):
    data = base_kit()
    data["_catatan"] = "komentar untuk desainer"
    data["templates"][0]["layers"][3]["max_line"] = 2
    assert problems_of(tmp_path, data) == [
        "templates[0].layers[3]: kunci 'max_line' tidak dikenal (maksudnya 'max_lines'?)"]


@pytest.mark.parametrize(
    ("rel", "message"),
    [
        ("../luar.png", "keluar dari folder kit"),
        ("/etc/logo.png", "absolut"),
        ("C:/logo.png", "absolut"),
        ("logos\\city.png", "memakai '\\\\'"),
        ("logos/tidak-ada.png", "tidak ditemukan"),
    ],
)
def test_asset_paths_must_stay_inside_the_kit(tmp_path, rel, message):
    data = base_kit()
    data["logos"]["city"] = rel
    problems = problems_of(tmp_path, data)
    assert len(problems) == 1 and problems[0].startswith("logos.city: ")
    assert message.replace("\\\\", "\\") in problems[0]


def test_symlink_pointing_outside_is_refused(tmp_path):
    outside = tmp_path / "rahasia.png"
    Image.new("RGB", (4, 4)).save(outside)
    root = write_kit(tmp_path / "kit", base_kit())
    (root / "logos" / "city.png").unlink()
    os.symlink(outside, root / "logos" / "city.png")
    with pytest.raises(KitError, match="menunjuk ke luar folder kit"):
        load_kit_folder(root)


def test_logo_must_really_be_a_png(tmp_path):
    root = write_kit(tmp_path / "kit", base_kit())
    Image.new("RGB", (4, 4)).save(root / "logos" / "city.png", "JPEG")
    with pytest.raises(KitError, match="logos.city: 'logos/city.png' bukan berkas PNG"):
        load_kit_folder(root)


def test_font_file_inside_kit_is_checked(tmp_path):
    data = base_kit()
    data["fonts"]["body"] = "fonts/Body.ttf"
    root = write_kit(tmp_path / "kit", data)
    (root / "fonts").mkdir()
    (root / "fonts" / "Body.ttf").write_text("bukan font")
    with pytest.raises(KitError, match="fonts.body: 'fonts/Body.ttf' bukan berkas font"):
        load_kit_folder(root)


def test_unknown_font_package_is_reported(tmp_path):
    data = base_kit()
    data["fonts"]["heading"] = "fontpkg:Comic Neue:700"
    assert problems_of(tmp_path, data) == [
        "fonts.heading: paket font 'Comic Neue' tidak terpasang (dibutuhkan oleh "
        "'fontpkg:Comic Neue:700')"]


@pytest.mark.parametrize(
    ("box", "message"),
    [
        (["0%", "90%", "100%", "20%"], "y + tinggi = 110% melewati 100%"),
        (["0%", "0%", "100%"], "harus daftar 4 nilai"),
        (["0%", "-5px", "10%", "10%"], "tidak boleh negatif"),
        (["0%", "0%", "satu", "10%"], "tidak dikenali"),
        (["0%", "0%", "0%", "10%"], "lebar dan tinggi harus lebih dari 0"),
        (["0px", "0px", "100000px", "10%"], "lebih dari 2000px"),
    ],
)
def test_bad_boxes(tmp_path, box, message):
    data = base_kit()
    data["templates"][0]["layers"][1]["box"] = box
    problems = problems_of(tmp_path, data)
    assert len(problems) == 1 and problems[0].startswith("templates[0].layers[1].box")
    assert message in problems[0]


def test_text_layer_rules(tmp_path):
    data = base_kit()
    layer = data["templates"][0]["layers"][3]
    layer.update({"size": [20, 40], "align": "justify", "max_lines": 0, "value": "{title"})
    problems = "\n".join(problems_of(tmp_path, data))
    assert "templates[0].layers[3].size: [20, 40] harus [maks, min]" in problems
    assert "templates[0].layers[3].align: 'justify' tidak dikenal" in problems
    assert "templates[0].layers[3].max_lines: harus bilangan bulat 1-20" in problems
    assert "templates[0].layers[3].value: kurung kurawal tunggal" in problems


def test_rect_needs_fill_or_gradient_and_gradient_is_checked(tmp_path):
    data = base_kit()
    data["templates"][0]["layers"][1] = {"type": "rect", "gradient": {
        "from": "primary", "to": "accent", "direction": "diagonal"}}
    assert problems_of(tmp_path, data) == [
        "templates[0].layers[1].gradient.direction: 'diagonal' tidak dikenal; pilih vertical, "
        "horizontal"]
    data["templates"][0]["layers"][1] = {"type": "rect"}
    assert problems_of(tmp_path, data) == [
        "templates[0].layers[1]: isi salah satu: 'fill' (warna) atau 'gradient'"]


def test_layer_formats_must_belong_to_the_template(tmp_path):
    data = base_kit()
    data["templates"][0]["layers"][1]["formats"] = ["portrait"]
    assert problems_of(tmp_path, data) == [
        "templates[0].layers[1].formats: format 'portrait' tidak ada di formats template"]


def test_duplicate_template_ids_and_bad_kit_id(tmp_path):
    data = base_kit()
    data["id"] = "Kit Uji!"
    data["templates"].append(data["templates"][0])
    problems = "\n".join(problems_of(tmp_path, data))
    assert "id: 'Kit Uji!' tidak sah" in problems
    assert "templates[1].id: id 'pita' dipakai dua kali" in problems


def test_broken_json_names_line_and_column(tmp_path):
    root = tmp_path / "kit"
    root.mkdir()
    (root / "kit.json").write_text('{\n  "id": "uji",\n  "name": "x",,\n}', encoding="utf-8")
    with pytest.raises(KitError, match="kit.json baris 3 kolom 15: JSON tidak sah"):
        load_kit_folder(root)


def test_missing_kit_json_and_non_object(tmp_path):
    (tmp_path / "kosong").mkdir()
    with pytest.raises(KitError, match="kit.json tidak ada"):
        load_kit_folder(tmp_path / "kosong")
    root = tmp_path / "daftar"
    root.mkdir()
    (root / "kit.json").write_text("[1, 2]")
    with pytest.raises(KitError, match="harus berupa objek JSON"):
        load_kit_folder(root)


def test_nan_is_not_accepted(tmp_path):
    root = tmp_path / "nan"
    root.mkdir()
    (root / "kit.json").write_text('{"id": "x", "name": "x", "version": NaN, "templates": []}')
    with pytest.raises(KitError, match="NaN"):
        load_kit_folder(root)


@given(st.one_of(st.text(max_size=12), st.integers(), st.floats(allow_nan=False), st.none()))
def test_parse_length_accepts_or_explains(value):
    try:
        length = parse_length(value)
    except ValueError as exc:
        assert "ukuran" in str(exc)
    else:
        assert length.unit in ("%", "px")


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 200) | st.sampled_from(
        ["primary", "#FFF", "4%", "120px", "{title}", "photo", "text", "rect", "square", "x"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["type", "box", "fill", "value", "font", "size", "id",
                                       "name", "formats", "layers", "key", "fit", "gradient"]),
                      children, max_size=5),
    max_leaves=20,
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(templates=JSONISH)
def test_any_json_gives_a_kit_or_a_kit_error(tmp_path, templates):
    data = base_kit()
    data["templates"] = templates
    root = write_kit(tmp_path / "acak", data)
    try:
        load_kit_folder(root)
    except KitError as exc:
        assert exc.problems and all(isinstance(p, str) for p in exc.problems)
