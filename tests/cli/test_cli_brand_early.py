"""`warta brand` decodes each render thread's first photo early (issue 15): once the kit
has loaded on a first run, before it loads on the next run with the same kit, template
and formats (core.branding.batch_needs). The files come out the same either way, and
stale remembered sizes are never used for a render."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import cli
import cli.brand
from core.branding import batch_needs, imageio, load_kit, prefetch
from core.branding.kit_dirs import kit_folder
from tests.core.test_branding_veil import busy_photo

FORMATS = ["portrait", "square"]


@pytest.fixture
def photos(tmp_path) -> list[str]:
    return [str(busy_photo(tmp_path / "besar.jpg", size=(1500, 1000))),
            str(busy_photo(tmp_path / "miring.jpg", size=(1200, 900), orientation=6)),
            str(busy_photo(tmp_path / "kecil.jpg", size=(900, 600)))]


def _brand(capsys, photos: list[str], out: Path, *extra: str) -> dict[str, bytes]:
    argv = ["brand", *photos, "--template", "band-bottom", "--title", "Rapat Pleno",
            "--department", "Diskominfo", "--city", "Cimahi", "--jobs", "2", "-o", str(out)]
    for f in FORMATS:
        argv += ["--format", f]
    assert cli.main(argv + list(extra)) == 0
    capsys.readouterr()
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


KIT = ("(kit loaded)", "", True)


@pytest.fixture
def decodes(monkeypatch) -> list[tuple[str, str, bool]]:
    """(file, thread, kit loaded yet) of every decode, ("(prefetch) files", "", kit loaded
    yet) where a prefetch was asked for, KIT where the kit loaded."""
    seen: list[tuple[str, str, bool]] = []
    real_load, real_open = cli.brand.load_kit, imageio.open_photo

    def load(ref):
        kit = real_load(ref)
        seen.append(KIT)
        return kit

    def opened(path, needs=()):
        seen.append((Path(path).name, threading.current_thread().name, KIT in seen))
        return real_open(path, needs)

    class Watched(prefetch.Prefetch):
        def __init__(self, paths, needs) -> None:
            if paths:  # asked for on this thread: before or after the kit loaded
                seen.append(("(prefetch) " + " ".join(sorted(Path(p).name for p in paths)),
                             "", KIT in seen))
            super().__init__(paths, needs)

    monkeypatch.setattr(cli.brand, "load_kit", load)
    monkeypatch.setattr(prefetch, "Prefetch", Watched)
    monkeypatch.setattr(prefetch, "open_photo", opened)
    monkeypatch.setattr("core.branding.renderer.open_photo", opened)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    return seen


def test_the_next_run_decodes_before_the_kit_loads_and_writes_the_same(
        capsys, tmp_path, photos, warta_home, decodes):
    assert batch_needs.recall("cimahi", "band-bottom", FORMATS) is None
    first = _brand(capsys, photos, tmp_path / "a")
    assert ("(prefetch) besar.jpg miring.jpg", "", True) in decodes  # after the kit
    early = [name for name, thread, _ in decodes if "early" in thread]
    assert sorted(early) == ["besar.jpg", "miring.jpg"]
    assert len(decodes) == 2 + 3  # each photo once: the two prefetched ones were taken
    assert batch_needs.recall("cimahi", "band-bottom", FORMATS) == \
        prefetch.decode_needs(load_kit("cimahi").template("band-bottom"), FORMATS)
    decodes.clear()
    second = _brand(capsys, photos, tmp_path / "b")
    assert decodes[0] == ("(prefetch) besar.jpg miring.jpg", "", False)  # before it
    early = [name for name, thread, _ in decodes if "early" in thread]
    assert sorted(early) == ["besar.jpg", "miring.jpg"]
    assert len(decodes) == 2 + 3
    assert second == first and len(first) == 6


def test_remembered_sizes_are_for_that_kit_file_template_and_formats(warta_home):
    batch_needs.remember("cimahi", "band-bottom", FORMATS, [(1080, 1350, "cover")])
    assert batch_needs.recall("cimahi", "band-bottom", FORMATS) == [(1080, 1350, "cover")]
    assert batch_needs.recall("cimahi", "band-bottom", ["portrait"]) is None
    assert batch_needs.recall("cimahi", "band-top", FORMATS) is None
    assert batch_needs.recall("tidak-ada", "band-bottom", FORMATS) is None
    kit_json = kit_folder("cimahi") / "kit.json"
    st = kit_json.stat()
    try:  # the kit file changed: its sizes may have too
        os.utime(kit_json, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert batch_needs.recall("cimahi", "band-bottom", FORMATS) is None
    finally:
        os.utime(kit_json, ns=(st.st_atime_ns, st.st_mtime_ns))
    batch_needs._path().write_bytes(b"rusak")
    assert batch_needs.recall("cimahi", "band-bottom", FORMATS) is None


def test_stale_remembered_sizes_are_decoded_but_never_rendered(
        capsys, tmp_path, photos, warta_home, decodes):
    plain = _brand(capsys, photos, tmp_path / "a")
    batch_needs.remember("cimahi", "band-bottom", FORMATS, [(64, 64, "cover")])
    decodes.clear()
    stale = _brand(capsys, photos, tmp_path / "b")
    assert stale == plain
    assert decodes[0] == ("(prefetch) besar.jpg miring.jpg", "", False)  # wasted, not used
    assert ("(prefetch) besar.jpg miring.jpg", "", True) in decodes  # at the real sizes
    assert len(decodes) == 3 + 2 + 3  # two prefetches, the kit; two first photos twice
    assert batch_needs.recall("cimahi", "band-bottom", FORMATS) != [(64, 64, "cover")]
