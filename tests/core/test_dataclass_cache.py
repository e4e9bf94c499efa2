"""The dataclasses' generated functions come from the cache folder and are the functions
`exec` would make; a damaged, stale or unwritable cache only means compiling as usual."""

from __future__ import annotations

import dataclasses
import marshal
from dataclasses import InitVar, dataclass, field
from pathlib import Path

import pytest

from core import dataclass_cache
from tests.core.fresh_start import run_start


@pytest.fixture
def fresh(warta_home):
    """A clean cache state in the test's data folder; dataclasses as it was after."""
    dataclass_cache.uninstall()
    saved = (dict(dataclass_cache._codes), set(dataclass_cache._stored),
             set(dataclass_cache._used))
    for part in (dataclass_cache._codes, dataclass_cache._stored, dataclass_cache._used):
        part.clear()
    yield warta_home
    dataclass_cache.uninstall()
    for part, old in zip((dataclass_cache._codes, dataclass_cache._stored,
                          dataclass_cache._used), saved, strict=True):
        part.clear()
        part.update(old)
    if "exec" in vars(dataclasses):  # never leak a patched dataclasses into other tests
        del dataclasses.exec


def make_classes():
    """Dataclasses using what Warta's use: defaults, factories, frozen, order, slots,
    keyword-only fields, __post_init__ with an InitVar, a field left out of repr."""

    @dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 0

    @dataclass(slots=True)
    class Bag:
        name: str
        items: list[str] = field(default_factory=list)
        secret: str = field(default="", repr=False)

    @dataclass(kw_only=True)
    class Options:
        level: int = 1
        tags: tuple[str, ...] = ()

    @dataclass
    class Scaled:
        value: float
        factor: InitVar[float] = 2.0
        scaled: float = field(init=False, default=0.0)

        def __post_init__(self, factor: float) -> None:
            self.scaled = self.value * factor

    return Point, Bag, Options, Scaled


def behaviour(classes) -> list:
    Point, Bag, Options, Scaled = classes  # noqa: N806 - classes
    out = [repr(Point(1, 2)), Point(1) == Point(1, 0), Point(1, 2) < Point(2, 0),
           hash(Point(3, 4)) == hash(Point(3, 4)), repr(sorted([Point(2), Point(1, 5)]))]
    try:
        Point(1).x = 5
    except dataclasses.FrozenInstanceError as exc:
        out.append(type(exc).__name__)
    bag = Bag("a")
    bag.items.append("x")
    out += [repr(bag), Bag("b").items, Bag("a", ["x"], "s") == bag, hasattr(bag, "__dict__")]
    out += [repr(Options(level=3)), Options() == Options(level=1)]
    try:
        Options(3)  # keyword-only
    except TypeError:
        out.append("kw_only")
    out += [Scaled(1.5).scaled, Scaled(1.5, 4.0).scaled, repr(Scaled(2.0))]
    for cls in classes:
        out.append([(f.name, f.default is dataclasses.MISSING, f.init, f.repr)
                    for f in dataclasses.fields(cls)])
    return out


def test_classes_made_with_the_cache_behave_as_without(fresh):
    usual = behaviour(make_classes())
    assert dataclass_cache.install("test")
    first = behaviour(make_classes())  # compiled now, kept
    assert dataclass_cache._codes
    again = behaviour(make_classes())  # from the kept code
    assert usual == first == again


def generated_code(classes) -> list:
    """The code of every function dataclasses wrote for the classes."""
    out = []
    for cls in classes:
        for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
            fn = vars(cls).get(name)
            code = getattr(fn, "__code__", None)
            if code is not None and code.co_filename == "<string>":
                out.append((cls.__name__, name, code.co_code, code.co_consts, code.co_names,
                            code.co_varnames, code.co_freevars, code.co_flags))
    return out


def test_the_code_is_what_dataclasses_own_exec_compiles(fresh):
    usual = generated_code(make_classes())
    assert len(usual) > 8
    dataclass_cache.install("test")
    assert generated_code(make_classes()) == usual  # compiled by the cache
    assert generated_code(make_classes()) == usual  # taken from it


def test_install_once_and_uninstall(fresh):
    assert dataclass_cache.install("test")
    assert not dataclass_cache.install("test")
    assert dataclasses.exec is dataclass_cache.cached_exec
    dataclass_cache.uninstall()
    assert "exec" not in vars(dataclasses)


def test_save_writes_only_what_is_new(fresh):
    dataclass_cache.install("test")
    make_classes()
    assert dataclass_cache.save()
    assert not dataclass_cache.save()  # nothing compiled since
    path = fresh / "cache" / dataclass_cache.FOLDER / dataclass_cache.file_name("test")
    key, value = marshal.loads(path.read_bytes())
    assert key == dataclass_cache._key()
    assert set(value) == set(dataclass_cache._codes)


# A fresh interpreter per start: what dataclasses compiled, and what the classes do
_START = """
import json, sys
from core import dataclass_cache
misses = []
real = compile
def counting(*args, **kwargs):
    misses.append(args[0])
    return real(*args, **kwargs)
dataclass_cache.compile = counting  # the module's own name for the builtin
dataclass_cache.install("test")
import datetime as dt
from core.model import Post, Variant
post = Post(id=3, title="Rapat", activity_date=dt.date(2025, 11, 10))
shown = [repr(post), post == Post(id=3, title="Rapat", activity_date=dt.date(2025, 11, 10)),
         repr(Variant(platform="x", text="halo"))]
saved = dataclass_cache.save()
print(json.dumps({"misses": len(misses), "shown": shown, "saved": saved}))
"""


def start(home: Path) -> dict:
    return run_start(_START, home)


def test_the_second_start_compiles_nothing_and_makes_the_same(tmp_path):
    first = start(tmp_path)
    assert first["saved"] and first["misses"] > 10
    second = start(tmp_path)
    assert second["shown"] == first["shown"]
    assert second["misses"] == 0 and not second["saved"]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "stale", "not code", "readonly"])
def test_a_damaged_stale_or_unwritable_cache_only_means_compiling(tmp_path, damage,
                                                                  damage_cache):
    first = start(tmp_path)
    path = tmp_path / "cache" / dataclass_cache.FOLDER / dataclass_cache.file_name("test")
    damage_cache(path, damage, lambda value: {text: "oops" for text in value})
    again = start(tmp_path)
    assert again["shown"] == first["shown"]
    assert again["misses"] == first["misses"]  # compiled as usual
    if damage != "readonly":  # (root writes a read-only folder anyway)
        assert again["saved"]
        assert start(tmp_path)["misses"] == 0  # rebuilt


def test_a_save_that_cannot_write_says_so(fresh, monkeypatch):
    dataclass_cache.install("test")
    make_classes()
    monkeypatch.setattr(dataclass_cache.disk_cache, "write_marshal", lambda *a: False)
    assert not dataclass_cache.save()
    monkeypatch.setattr(dataclass_cache.disk_cache, "cache_path",
                        lambda *a: (_ for _ in ()).throw(OSError("no data folder")))
    assert not dataclass_cache.save()
