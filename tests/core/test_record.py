"""core/record.py: the plain value classes of the check path behave as the dataclasses
they replaced (equality, hash, repr, frozen, replace, copy and pickle)."""

from __future__ import annotations

import copy
import pickle
import threading

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
