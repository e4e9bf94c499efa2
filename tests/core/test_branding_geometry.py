"""Boxes, safe areas, bleed and cover/contain crops."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.branding.formats import FORMATS
from core.branding.geometry import (
    Box,
    Length,
    Rect,
    bleed,
    canvas_rect,
    contain_rect,
    cover_crop,
    parse_length,
    resolve_box,
    safe_rect,
)


def box(*values) -> Box:
    return Box(*(parse_length(v) for v in values))


def test_lengths_in_percent_px_and_plain_numbers():
    assert parse_length("4%") == Length(4, "%")
    assert parse_length("120px") == Length(120, "px")
    assert parse_length(120) == Length(120, "px")
    assert parse_length(" 7.5 % ") == Length(7.5, "%")


def test_story_safe_area_keeps_250px_clear_top_and_bottom():
    story = FORMATS["story"]
    assert safe_rect(story) == Rect(0, 250, 1080, 1670)
    assert safe_rect(story, 0.5) == Rect(0, 125, 540, 835)
    assert safe_rect(FORMATS["square"]) == canvas_rect(FORMATS["square"])


def test_percent_boxes_follow_the_area_and_px_boxes_scale():
    area = Rect(0, 250, 1080, 1670)
    assert resolve_box(box("10%", "50%", "80%", "10%"), area) == Rect(108, 960, 972, 1102)
    px_box = box("40px", "0%", "120px", "60px")
    assert resolve_box(px_box, area, scale=0.5) == Rect(20, 250, 80, 280)


def test_band_touching_safe_edges_bleeds_to_canvas_but_inner_edges_stay():
    canvas, area = Rect(0, 0, 1080, 1920), Rect(0, 250, 1080, 1670)
    band = resolve_box(box("0%", "78%", "100%", "22%"), area)
    assert bleed(band, area, canvas) == Rect(0, band.top, 1080, 1920)
    inner = resolve_box(box("10%", "10%", "20%", "20%"), area)
    assert bleed(inner, area, canvas) == inner


def test_cover_crop_centres_on_focus_and_stays_inside():
    # 6000x4000 into a 4:5 portrait: 3200 wide crop
    assert cover_crop((6000, 4000), (1080, 1350), (0.5, 0.5)) == (1400.0, 0.0, 4600.0, 4000.0)
    assert cover_crop((6000, 4000), (1080, 1350), (0.0, 0.5))[0] == 0.0
    assert cover_crop((6000, 4000), (1080, 1350), (1.0, 0.5))[2] == 6000.0
    assert cover_crop((6000, 4000), (1080, 1350), (0.7, 0.5))[0] == 6000 * 0.7 - 1600


def test_contain_rect_aligns_inside_the_box():
    area = Rect(100, 100, 300, 200)
    assert contain_rect((400, 400), area, "left", "top") == Rect(100, 100, 200, 200)
    assert contain_rect((400, 400), area, "right") == Rect(200, 100, 300, 200)
    assert contain_rect((400, 400), area) == Rect(150, 100, 250, 200)


@given(
    src=st.tuples(st.integers(1, 9000), st.integers(1, 9000)),
    dst=st.tuples(st.integers(1, 2000), st.integers(1, 2000)),
    focus=st.tuples(st.floats(-1, 2), st.floats(-1, 2)),
)
def test_cover_crop_is_inside_the_source_with_the_target_aspect(src, dst, focus):
    left, top, right, bottom = cover_crop(src, dst, focus)
    assert -1e-6 <= left <= right <= src[0] + 1e-6
    assert -1e-6 <= top <= bottom <= src[1] + 1e-6
    w, h = right - left, bottom - top
    assert abs(w * dst[1] - h * dst[0]) <= max(w, h) * max(dst) * 1e-6 + 1e-6
    assert abs(w - src[0]) < 1e-6 or abs(h - src[1]) < 1e-6  # as big as the source allows
