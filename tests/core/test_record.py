"""core/record.py: the plain value classes of the check path behave as the dataclasses
they replaced (equality, hash, repr, frozen, replace, copy and pickle)."""

from __future__ import annotations

import copy
import pickle
import threading
from pathlib import Path

import pytest

from core.captions.urls import UrlSpan
from core.checks.checklist import ChecklistItem
from core.checks.config import Config
from core.checks.context import CheckContext, CheckSettings
from core.checks.finding import CAPTION, Finding, Target
from core.checks.glossary import Term
from core.checks.text import Doc, Token
from core.record import FrozenInstanceError


def _finding(**changes: object) -> Finding:
    values = {"rule_id": "nada.x", "severity": "warning", "category": "Nada", "message": "m",
              "start": 1, "end": 4, **changes}
    return Finding(**values)  # type: ignore[arg-type]


def test_equality_and_hash_follow_the_fields():
    a, b = _finding(), _finding()
    assert a == b and hash(a) == hash(b) and a is not b
    assert a != _finding(end=5)
    assert a != ("nada.x", "warning")  # another class is never equal
    assert len({a, b, _finding(matched="x")}) == 2
    assert Target.variant("x", "title") == Target("variant", platform="x", field="title")


def test_defaults_and_repr_as_the_dataclass_wrote_them():
    f = _finding()
    assert (f.suggestions, f.target, f.matched) == ((), CAPTION, "")
    assert repr(Target.of_field("title")) == (
        "Target(kind='field', platform='', field='title', photo='')")
    assert repr(f).startswith("Finding(rule_id='nada.x', severity='warning', category='Nada'")
    assert ChecklistItem("a", "A").when == {}
    assert CheckSettings().hashtag_caps == {} and CheckSettings().disabled_rules == frozenset()
    assert CheckContext() == CheckContext(CAPTION, None, None, None, None)


def test_frozen_fields_cannot_change():
    f = _finding()
    with pytest.raises(FrozenInstanceError):
        f.start = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del f.end  # type: ignore[misc]
    with pytest.raises(AttributeError):  # slots: no stray attributes either
        f.other = 1  # type: ignore[attr-defined]
    assert f.start == 1


def test_replace_copies_with_changes_and_refuses_unknown_fields():
    f = _finding()
    g = f.replace(suggestions=("a", "b"))
    assert g.suggestions == ("a", "b") and f.suggestions == () and g.rule_id == f.rule_id
    with pytest.raises(TypeError):
        f.replace(colour="red")


def test_copy_and_pickle_rebuild_equal_records():
    doc = Doc("Rapat di Cimahi.")
    token = doc.tokens[0]
    span = UrlSpan(0, 8, "x.go.id", False, 8)
    for value in (_finding(target=Target.of_photo(3)), token, span, Term("Satu Data")):
        assert copy.copy(value) == value
        assert copy.deepcopy(value) == value
        assert pickle.loads(pickle.dumps(value)) == value
    assert isinstance(token, Token)


def test_mutable_records_take_assignment_and_have_no_hash():
    cfg = Config({}, {}, [], ())
    cfg.problems = ["x"]
    assert cfg.problems == ["x"] and cfg.cache == {}
    assert isinstance(cfg.lock, type(threading.Lock()))
    with pytest.raises(TypeError):
        hash(cfg)


def test_term_keeps_its_cached_words():
    term = Term("Rapat Koordinasi")
    assert term.words == ("Rapat", "Koordinasi")
    assert term.words is term.words  # computed once (functools.cached_property)


# ---------------------------------------------------------------- the brand path's records


def test_layer_kinds_put_their_fields_after_the_common_ones():
    """As dataclass subclasses did: the common fields first (positional order, replace,
    repr), each kind's own after them with their defaults; a kind is never equal to
    another kind with the same common fields."""
    from core.branding.geometry import FULL_BOX
    from core.branding.kit import Layer, PhotoLayer, RectLayer, TextLayer

    text = TextLayer("text", FULL_BOX, 0.5, None, False, "{title}", "heading")
    assert text._fields[:5] == Layer._fields and text._fields[5:7] == ("value", "font")
    assert (text.opacity, text.value, text.size_max, text.color, text.line_height) == (
        0.5, "{title}", 40, (255, 255, 255, 255), 1.15)
    moved = text.replace(value="{date}", opacity=1.0)
    assert isinstance(moved, TextLayer) and moved.value == "{date}" and moved.font == "heading"
    assert moved.opacity == 1.0 and text.opacity == 0.5
    assert repr(PhotoLayer("photo", FULL_BOX)).startswith(
        "PhotoLayer(type='photo', box=Box(x=Length(value=0, unit='%')")
    assert PhotoLayer("x", FULL_BOX) != RectLayer("x", FULL_BOX) != Layer("x", FULL_BOX)
    assert hash(RectLayer("rect", FULL_BOX)) == hash(RectLayer("rect", FULL_BOX))
    with pytest.raises(FrozenInstanceError):
        text.value = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        text.replace(fill=(0, 0, 0, 255))  # a rect layer's field


def test_a_loaded_kit_copies_and_pickles_to_an_equal_kit():
    from core.branding import load_kit

    kit = load_kit("cimahi")
    for value in (kit, kit.templates[0], *kit.templates[0].layers):
        assert copy.copy(value) == value
        assert pickle.loads(pickle.dumps(value)) == value
    assert kit.replace(name="Lain") != kit and kit.replace(name="Lain").templates == kit.templates
    with pytest.raises(TypeError):  # dict fields, as the frozen dataclass had
        hash(kit)


def test_default_lists_and_maps_are_new_for_each_record():
    """What `field(default_factory=...)` gave: no two records share a default list."""
    from PIL import Image

    from core.branding.imageio import Photo
    from core.branding.renderer import RenderResult
    from core.media_export import ExportResult
    from core.platforms import Platform, TextLimit, Unit

    a, b = ExportResult(Path("a")), ExportResult(Path("a"))
    a.warnings.append("x")
    assert b.warnings == [] and a.written is not b.written and a.failed is not b.failed
    assert a != b and ExportResult(Path("a")) == b
    assert RenderResult(None, (1, 1)).warnings is not RenderResult(None, (1, 1)).warnings
    image = Image.new("RGB", (4, 3))
    photo = Photo(image, (4, 3))
    assert photo.warnings == [] and photo.warnings is not Photo(image, (4, 3)).warnings
    upright = photo.upright()  # replace(): the same warnings list, as dataclasses.replace
    assert upright.warnings is photo.warnings and upright.orientation == 1
    limit = TextLimit(10, Unit.UTF16)
    assert Platform("p", "P", limit, None, None, None, None, None, (), ()).sources == {}
    with pytest.raises(TypeError):
        hash(photo)  # mutable: no hash
