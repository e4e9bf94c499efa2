"""Text fitting: shrink within the size range, wrap, ellipsis at the minimum, no overflow."""

from __future__ import annotations

import fontpkg
from hypothesis import given, settings
from hypothesis import strategies as st

from core.branding.fields import fill, format_date_id, parse_date
from core.branding.fonts import get_font
from core.branding.text_layout import ELLIPSIS, drawable_text, has_glyph, layout_text, wrap

BOLD = str(fontpkg.path("Poppins", 700))
TITLE = "Wali Kota Cimahi Resmikan Mal Pelayanan Publik di Cimahi Tengah"


def test_short_text_uses_the_largest_size():
    block = layout_text("Rapat Koordinasi", BOLD, 900, 200, 64, 30, max_lines=2)
    assert block.size == 64 and block.lines == ("Rapat Koordinasi",) and not block.truncated


def test_long_title_shrinks_then_wraps_into_two_lines():
    block = layout_text(TITLE, BOLD, 950, 160, 64, 30, max_lines=2)
    assert 30 <= block.size < 64 and len(block.lines) == 2
    assert " ".join(block.lines) == TITLE and not block.truncated
    assert block.height <= 160


def test_too_long_text_is_cut_with_ellipsis_at_the_minimum_size():
    text = " ".join([TITLE] * 6)
    block = layout_text(text, BOLD, 600, 120, 60, 28, max_lines=2)
    assert block.size == 28 and len(block.lines) == 2 and block.truncated
    assert block.lines[-1].endswith(ELLIPSIS)
    font = get_font(BOLD, 28)
    assert all(font.getlength(line) <= 600 for line in block.lines)


def test_box_too_low_for_one_line_goes_below_minimum_rather_than_overflow():
    block = layout_text(TITLE, BOLD, 900, 20, 64, 30)
    assert block.below_min and block.height <= 20 and block.lines


def test_long_word_like_url_is_broken_to_fit():
    font = get_font(BOLD, 40)
    lines = wrap("https://cimahikota.go.id/berita/peresmian-mal-pelayanan-publik", font, 300)
    assert len(lines) > 1 and all(font.getlength(line) <= 300 for line in lines)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="latin-1", exclude_categories=["Cc"]), max_size=120),
    width=st.integers(40, 900),
    height=st.integers(10, 400),
    sizes=st.tuples(st.integers(6, 80), st.integers(6, 80)).map(sorted),
    max_lines=st.one_of(st.none(), st.integers(1, 5)),
)
def test_text_never_overflows_its_box(text, width, height, sizes, max_lines):
    size_min, size_max = sizes
    block = layout_text(text, BOLD, width, height, size_max, size_min, max_lines)
    font = get_font(BOLD, block.size)
    assert block.height <= height or not block.lines
    if max_lines is not None:
        assert len(block.lines) <= max_lines
    for line in block.lines:
        assert font.getlength(line) <= width or len(line) == 1


def test_fields_fill_and_dangling_separators_vanish():
    fields = {"title": "Posyandu Keliling", "date": "12 November 2025", "location": "Cibeber"}
    assert fill("{date} | {location}", fields) == "12 November 2025 | Cibeber"
    assert fill("{date} | {location}", {**fields, "date": ""}) == "Cibeber"
    assert fill("{date} | {location} | {city}", {**fields, "location": ""}) == \
        "12 November 2025"
    assert fill("{date} | {location} | {city}", {**fields, "location": "", "city": "Cimahi"}) \
        == "12 November 2025 | Cimahi"
    assert fill("{{ {title} }}", fields) == "{ Posyandu Keliling }"


def test_fill_does_not_evaluate_attribute_access():
    assert fill("{title.__class__}", {"title": "x"}) == "{title.__class__}"


def test_indonesian_dates():
    assert format_date_id(parse_date("2025-11-12")) == "12 November 2025"
    assert format_date_id(parse_date("2025-08-17"), weekday=True) == "Minggu, 17 Agustus 2025"


def test_emoji_and_missing_glyphs_are_removed_not_drawn_as_boxes():
    text, removed = drawable_text("HUT Kota Cimahi ke-24 🎉🇮🇩 Meriah! ❤️ 1️⃣", BOLD)
    assert text == "HUT Kota Cimahi ke-24 Meriah! 1"
    assert "🎉" in removed and "❤" in removed
    assert has_glyph(BOLD, "é") and has_glyph(BOLD, "…") and not has_glyph(BOLD, "中")


def test_the_missing_glyph_is_drawn_once_per_font(monkeypatch):
    """A first render asks about every character of its fields: the font's empty box,
    which each is compared with, is drawn once, not once per character."""
    from core.branding import text_layout

    drawn = []
    real = text_layout._glyph_signature
    monkeypatch.setattr(text_layout, "_glyph_signature",
                        lambda font, char: drawn.append(char) or real(font, char))
    text_layout.has_glyph.cache_clear()
    text_layout._missing_signature.cache_clear()
    text, removed = drawable_text("Rapat Pleno 中 di Balai Kota", BOLD)
    assert (text, removed) == ("Rapat Pleno di Balai Kota", ["中"])
    assert drawn.count(text_layout._MISSING_PROBE) == 1
    assert sorted(c for c in drawn if c != text_layout._MISSING_PROBE) == sorted(
        set("RapatPlenodiBlaiKt中"))


WORD = st.text(alphabet="abcdeghijklmnoprstuwyAÉKMS0123", min_size=1, max_size=8)
FIELD = st.sampled_from(["title", "date", "location", "department", "city"])


@given(st.lists(st.one_of(WORD, FIELD.map(lambda f: "{" + f + "}")), min_size=1, max_size=8),
       st.fixed_dictionaries({f: WORD for f in ("title", "date", "location", "department",
                                                  "city")}))
def test_fill_replaces_every_field_exactly(parts, fields):
    expected = " ".join(fields[p[1:-1]] if p.startswith("{") else p for p in parts)
    assert fill(" ".join(parts), fields) == expected


@given(st.text(max_size=80), st.dictionaries(FIELD, st.text(max_size=30)))
def test_fill_never_fails_on_any_text(value, fields):
    assert isinstance(fill(value, fields), str)
