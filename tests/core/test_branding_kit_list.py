"""The cached kit list (`brand --list`): the same as a fresh read, rebuilt when damaged,
read afresh when anything in a kit folder changes."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from core.branding import catalog
from core.branding.catalog import list_kits, shipped_kits_dir, user_kits_dir
from core.branding.kit_list import cache_file, kit_summaries, summary


@pytest.fixture
def loads(monkeypatch) -> list[int]:
    """Counts the full kit loads (catalog.list_kits) the list makes."""
    calls: list[int] = []
    real = catalog.list_kits

    def counted():
        calls.append(1)
        return real()

    monkeypatch.setattr(catalog, "list_kits", counted)
    return calls


def fresh() -> list[dict]:
    return [summary(entry) for entry in list_kits()]


def user_copy(kit_id: str = "cimahi"):
    target = user_kits_dir() / kit_id
    shutil.copytree(shipped_kits_dir() / "cimahi", target)
    return target


def test_the_cached_list_is_the_fresh_list_and_the_second_read_loads_no_kit(loads):
    first = kit_summaries()
    assert first == fresh() and first[0]["id"] == "cimahi" and first[0]["templates"]
    assert cache_file().is_file() and len(loads) == 1
    assert kit_summaries() == first
    assert len(loads) == 1  # served from the cache


@pytest.mark.parametrize("damage", [b"", b"{\"format\": 1, \"kits\": [", b"\xff\xfe\x00",
                                    b"[1, 2]", b"{\"format\": 1, \"extra\": [3], \"kits\": []}",
                                    b"{\"format\": 1, \"extra\": \"x\", \"kits\": 5}"])
def test_a_damaged_cache_is_rebuilt_silently(loads, damage):
    expected = kit_summaries()
    cache_file().write_bytes(damage)
    assert kit_summaries() == expected
    assert len(loads) == 2
    assert json.loads(cache_file().read_text(encoding="utf-8"))["kits"] == expected
    assert kit_summaries() == expected and len(loads) == 2  # the rebuilt file serves again


def test_a_changed_kit_file_is_read_again(loads):
    folder = user_copy()
    first = kit_summaries()
    assert first[0]["source"] == "user" and first == fresh()
    data = json.loads((folder / "kit.json").read_text(encoding="utf-8"))
    data["name"] = "Kota Cimahi (logo asli)"
    (folder / "kit.json").write_text(json.dumps(data), encoding="utf-8")
    assert kit_summaries()[0]["name"] == "Kota Cimahi (logo asli)"
    logo = next((folder / "logos").iterdir())
    os.utime(logo, ns=(logo.stat().st_atime_ns, logo.stat().st_mtime_ns + 5_000_000_000))
    calls = len(loads)
    assert kit_summaries() == fresh() and len(loads) == calls + 1


def test_a_new_or_removed_kit_is_seen(loads):
    kit_summaries()
    folder = user_copy("cimahi-2027")
    data = json.loads((folder / "kit.json").read_text(encoding="utf-8"))
    data["id"] = "cimahi-2027"
    (folder / "kit.json").write_text(json.dumps(data), encoding="utf-8")
    assert [k["id"] for k in kit_summaries()] == ["cimahi", "cimahi-2027"]
    shutil.rmtree(folder)
    assert [k["id"] for k in kit_summaries()] == ["cimahi"]


def test_a_broken_kit_is_never_served_from_the_cache(loads):
    broken = user_kits_dir() / "rusak"
    broken.mkdir()
    (broken / "kit.json").write_text("{", encoding="utf-8")
    listed = {k["id"]: k for k in kit_summaries()}
    assert "JSON tidak sah" in listed["rusak"]["error"]
    assert not cache_file().exists()
    assert kit_summaries() == fresh()
    assert len(loads) == 2


def test_an_unwritable_cache_only_costs_a_full_load(loads, monkeypatch):
    from core import safe_write

    def refuse(*_args, **_kwargs):
        raise safe_write.WriteError("disk penuh")

    monkeypatch.setattr(safe_write, "write_text", refuse)
    assert kit_summaries() == fresh()
    assert kit_summaries() == fresh() and len(loads) == 2
