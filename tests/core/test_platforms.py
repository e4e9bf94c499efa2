"""The platform facts table: complete, sourced, and overridable where the PIC may change it."""

from __future__ import annotations

import pytest

from core.model import PLATFORM_IDS
from core.platforms import (
    FACT_FIELDS,
    IMAGE_FORMATS,
    PLATFORMS,
    X_WEIGHTING,
    Unit,
    collaborator_cap,
    hashtag_cap,
    platform,
    platform_for_host,
)


def test_every_platform_of_the_model_has_facts_in_model_order():
    assert tuple(PLATFORMS) == PLATFORM_IDS


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_every_fact_has_a_one_line_source_note(pid):
    p = PLATFORMS[pid]
    for fact in FACT_FIELDS:
        note = p.source(fact)
        assert note.strip(), f"{pid}.{fact} has no source note"
        assert "\n" not in note


def test_known_limits_and_units():
    assert (PLATFORMS["instagram"].caption.limit, PLATFORMS["instagram"].caption.unit) == (
        2200, Unit.UTF16)
    assert PLATFORMS["x"].caption.limit == 280
    assert PLATFORMS["x"].caption.unit is Unit.X_WEIGHTED
    assert PLATFORMS["threads"].caption.limit == 500
    yt = PLATFORMS["youtube"]
    assert (yt.caption.limit, yt.caption.unit) == (5000, Unit.UTF8)
    assert yt.title is not None and yt.title.limit == 100
    assert set(yt.caption.forbidden_chars) == {"<", ">"}
    assert PLATFORMS["instagram"].feed_cut == 125


def test_instagram_hashtag_cap_defaults_to_five_and_a_setting_overrides_it():
    assert hashtag_cap("instagram") == 5
    assert hashtag_cap("instagram", {"instagram": 30}) == 30
    assert hashtag_cap("facebook", {"instagram": 30}) is None
    assert collaborator_cap("instagram") == 5


def test_unknown_platform_names_the_known_ones():
    with pytest.raises(KeyError, match="instagram"):
        platform("friendster")


def test_x_weighting_is_twitter_text_v3():
    assert X_WEIGHTING.max_weighted_length == 280
    assert X_WEIGHTING.scale == 100
    assert X_WEIGHTING.default_weight == 200
    assert X_WEIGHTING.transformed_url_length == 23
    assert X_WEIGHTING.ranges == (
        (0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100))


def test_image_formats_sizes_and_story_safe_zone():
    sizes = {k: (f.width, f.height) for k, f in IMAGE_FORMATS.items()}
    assert sizes == {
        "square": (1080, 1080), "portrait": (1080, 1350), "story": (1080, 1920),
        "landscape": (1600, 900), "youtube": (1280, 720),
    }
    story = IMAGE_FORMATS["story"]
    assert story.safe_box == (0, 250, 1080, 1670)
    assert story.aspect == "9:16"
    for p in PLATFORMS.values():
        assert set(p.image_formats) <= set(IMAGE_FORMATS)


@pytest.mark.parametrize(("host", "pid"), [
    ("www.instagram.com", "instagram"), ("fb.watch", "facebook"), ("m.facebook.com", "facebook"),
    ("twitter.com", "x"), ("x.com", "x"), ("vm.tiktok.com", "tiktok"), ("youtu.be", "youtube"),
    ("www.threads.net", "threads"), ("threads.com", "threads"), ("cimahikota.go.id", None),
    ("notinstagram.com", None),
])
def test_platform_for_host(host, pid):
    assert platform_for_host(host) == pid
