"""How a batch's renders are scheduled (issue 15, `warta brand` end to end): photos are
handed out longest first, the calling thread takes them from the front of the queue like
the pool's threads, and each render thread's first photo can be decoded before the batch
starts (core.branding.prefetch) without changing a byte of the outputs."""

from __future__ import annotations

import threading
from concurrent.futures import Executor, Future
from pathlib import Path

import pytest
from PIL import Image

from core import media_export
from core.branding import RenderError, imageio, load_kit, prefetch
from core.branding.formats import get_format
from core.branding.layer_boxes import photo_needs
from core.branding.photo_cost import dispatch_order, render_cost
from tests.core.test_branding_veil import busy_photo

FIELDS = {"title": "Rapat Pleno", "date": "12 November 2025", "location": "Cimahi"}


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    """Three photos of different render costs, a broken one and a missing one."""
    small = tmp_path / "kecil.jpg"
    Image.new("RGB", (600, 400), (30, 90, 60)).save(small)
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 bukan foto")
    return {"small": small,
            "big": busy_photo(tmp_path / "besar.jpg", size=(1800, 1200)),
            "sideways": busy_photo(tmp_path / "miring.jpg", size=(1800, 1200), orientation=6),
            "broken": broken, "missing": tmp_path / "hilang.jpg"}


def test_costs_grow_with_bytes_pixels_and_a_sideways_photo(photos):
    assert render_cost(photos["sideways"]) > render_cost(photos["big"]) > \
        render_cost(photos["small"]) > 0
    assert render_cost(photos["broken"]) == render_cost(photos["missing"]) == 0
    assert render_cost(None) == 0


def test_several_threads_take_the_longest_first_one_keeps_the_pics_order(photos):
    paths = [str(photos[k]) for k in ("small", "broken", "big", "missing", "sideways")]
    assert dispatch_order(paths, 2) == [4, 2, 0, 1, 3]  # ties (0 and 0) keep their order
    assert dispatch_order(paths, 1) == [0, 1, 2, 3, 4]
    assert dispatch_order([str(photos["small"]), str(photos["small"])], 4) == [0, 1]


class Queued(Future):
    """A job in a pool's queue; cancelled, it is dropped at once (as a pool thread would
    when it reached it)."""

    def cancel(self) -> bool:
        queued = not self.done()
        if not super().cancel():
            return False
        if queued:
            self.set_running_or_notify_cancel()
        return True


class IdlePool(Executor):
    """A pool whose threads never come: the calling thread must take every job itself."""

    def __init__(self) -> None:
        self.queued: list[Future] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future = Queued()
        self.queued.append(future)
        return future


def _jobs(photos, out: Path, names) -> list[media_export.RenderJob]:
    return [media_export.RenderJob(name, str(photos[name]), {"square": out / f"{name}.jpg"})
            for name in names]


def test_the_calling_thread_takes_jobs_from_the_front_longest_first(photos, tmp_path):
    pool = IdlePool()
    batch = _jobs(photos, tmp_path, ["small", "broken", "big", "sideways"])
    done = list(media_export.render_batch(load_kit("cimahi"), "band-bottom", batch, FIELDS,
                                          80, jobs=2, pool=pool))
    assert [key for key, _ in done] == ["sideways", "big", "small", "broken"]
    assert [res["ok"] for _, res in done] == [True, True, True, False]
    assert all(f.cancelled() for f in pool.queued)  # each taken from the pool's queue


def test_a_cancel_still_drops_the_rest_of_the_queue(photos, tmp_path):
    pool = IdlePool()
    got = []
    batch = _jobs(photos, tmp_path, ["small", "big", "sideways"])
    for key, _ in media_export.render_batch(load_kit("cimahi"), "band-bottom", batch, FIELDS,
                                            80, jobs=2, cancelled=lambda: len(got) >= 1,
                                            pool=pool):
        got.append(key)
    assert got == ["sideways"]
    assert (tmp_path / "sideways.jpg").is_file()
    assert not (tmp_path / "big.jpg").exists() and not (tmp_path / "small.jpg").exists()
    assert all(f.cancelled() for f in pool.queued)


def _needs(template_id: str = "band-bottom", formats=("portrait", "square")):
    template = load_kit("cimahi").template(template_id)
    return [n for f in formats for n in photo_needs(template, get_format(f))]


def test_a_prefetched_photo_is_decoded_on_its_own_thread_and_handed_out_once(
        photos, monkeypatch):
    threads = []
    real = imageio.open_photo

    def watched(path, needs=()):
        threads.append((Path(path).name, threading.current_thread().name))
        return real(path, needs)

    monkeypatch.setattr(prefetch, "open_photo", watched)
    needs = _needs()
    with prefetch.Prefetch([str(photos["big"])], needs) as early:
        photo = early.open(str(photos["big"]), needs)
        again = early.open(str(photos["big"]), needs)  # a second time: decoded again
        early.open(str(photos["big"]), needs[:1])  # other needs: its own decode
    assert photo is not again and photo.image.size == again.image.size
    assert threads[0] == ("besar.jpg", "warta-early_0")
    assert [t for _, t in threads[1:]] == [threading.current_thread().name] * 2


def test_prefetched_photos_give_the_same_bytes_and_the_same_errors(photos, tmp_path):
    kit = load_kit("cimahi")
    names = ["sideways", "big", "small", "broken", "missing"]
    formats = ("portrait", "square")

    def run(out: Path, early: prefetch.Prefetch | None) -> dict:
        out.mkdir()
        batch = [media_export.RenderJob(n, str(photos[n]), {f: out / f"{n}_{f}.jpg"
                                                           for f in formats})
                 for n in names]
        return dict(media_export.render_batch(kit, "band-bottom", batch, FIELDS, 88, jobs=2,
                                              prefetch=early))

    plain = run(tmp_path / "biasa", None)
    files = [str(photos[n]) for n in names]
    needs = prefetch.decode_needs(kit.template("band-bottom"), formats)
    with prefetch.first_photos(files, needs, 5) as early:
        assert set(early._ready) == set(files)  # every thread's first photo (5 threads)
        ahead = run(tmp_path / "awal", early)
        assert early._ready == {}  # each one taken by its render
    assert {k: (r["ok"], r["error"]) for k, r in ahead.items()} == \
        {k: (r["ok"], r["error"]) for k, r in plain.items()}
    assert "rusak.jpg" in ahead["broken"]["error"] and "hilang.jpg" in ahead["missing"]["error"]
    for path in (tmp_path / "biasa").iterdir():
        assert (tmp_path / "awal" / path.name).read_bytes() == path.read_bytes()


def test_first_photos_are_the_first_of_each_thread_and_none_without_a_photo(photos):
    kit = load_kit("cimahi")
    files = [str(photos[k]) for k in ("small", "big", "sideways")]
    needs = prefetch.decode_needs(kit.template("band-bottom"), ["square", "square"])
    assert needs == _needs(formats=("square",))  # what render_set asks: once a format
    with prefetch.first_photos(files, needs, 2) as early:
        assert list(early._ready) == [files[2], files[1]]
        assert early.needs == tuple(needs)
    with prefetch.first_photos(files, needs, 1) as early:
        assert list(early._ready) == [files[0]]  # one thread: the PIC's order
    no_photo = next(t for t in kit.templates if not t.needs_photo)
    assert prefetch.decode_needs(no_photo, list(no_photo.formats)) == []
    with prefetch.first_photos(files, [], 2) as early:
        assert early._ready == {}


def test_leaving_drops_decodes_not_started_and_waits_for_the_rest(photos, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = imageio.open_photo

    def slow(path, needs=()):
        started.set()
        release.wait(5)
        return real(path, needs)

    monkeypatch.setattr(prefetch, "open_photo", slow)
    early = prefetch.Prefetch([str(photos["big"])], _needs())
    assert started.wait(5)
    closer = threading.Thread(target=early.close)
    closer.start()
    closer.join(0.05)
    assert closer.is_alive()  # waits for the running decode
    release.set()
    closer.join(5)
    assert not closer.is_alive()


def test_a_prefetched_bad_photo_raises_its_render_error(photos):
    needs = _needs()
    with prefetch.Prefetch([str(photos["broken"])], needs) as early, \
            pytest.raises(RenderError, match="rusak.jpg"):
        early.open(str(photos["broken"]), needs)


def test_a_prefetched_batch_makes_no_cyclic_garbage(photos, tmp_path):
    """`warta brand` runs with the collector paused (cli.brand): prefetched photos, good
    or failing, must leave nothing that only it could free."""
    import gc

    kit = load_kit("cimahi")
    names = ["big", "broken", "missing"]
    files = [str(photos[n]) for n in names]
    needs = prefetch.decode_needs(kit.template("band-bottom"), ["square"])

    def run(out: Path) -> list:
        out.mkdir()
        with prefetch.first_photos(files, needs, 3) as early:
            return list(media_export.render_batch(kit, "band-bottom", _jobs(photos, out, names),
                                                  FIELDS, 80, jobs=2, prefetch=early))

    run(tmp_path / "a")  # first use: imports and caches
    gc.collect()
    gc.disable()
    try:
        results = run(tmp_path / "b")
        found = gc.collect()
    finally:
        gc.enable()
    assert [res["ok"] for _, res in sorted(results)] == [True, False, False]
    assert found == 0
