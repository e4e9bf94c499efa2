"""fontpkg references are resolved once and remembered in the data folder (start-up speed)."""

from __future__ import annotations

import json

import fontpkg
import pytest

from core.branding import fonts

SPEC = "fontpkg:Poppins:700"


def test_resolved_path_is_remembered_and_reused(warta_home, monkeypatch):
    first = fonts.fontpkg_path(SPEC)
    assert first.is_file()
    cache = warta_home / "cache" / "fontpkg-paths.json"
    assert json.loads(cache.read_text(encoding="utf-8")) == {SPEC: str(first)}

    def no_scan(*args, **kwargs):
        raise AssertionError("fontpkg consulted although the answer is cached")

    monkeypatch.setattr(fontpkg, "path", no_scan)
    assert fonts.fontpkg_path(SPEC) == first


def test_stale_or_damaged_cache_is_resolved_again(warta_home, tmp_path):
    cache = warta_home / "cache" / "fontpkg-paths.json"
    cache.parent.mkdir(parents=True)
    cache.write_text(json.dumps({SPEC: str(tmp_path / "gone.ttf")}), encoding="utf-8")
    assert fonts.fontpkg_path(SPEC) == fonts._resolve_fontpkg(SPEC)
    cache.write_text("{not json", encoding="utf-8")
    assert fonts.fontpkg_path(SPEC).is_file()
    assert json.loads(cache.read_text(encoding="utf-8"))[SPEC].endswith(".ttf")


def test_missing_package_still_explains(warta_home):
    with pytest.raises(ValueError, match="tidak terpasang"):
        fonts.fontpkg_path("fontpkg:Comic Neue:700")
