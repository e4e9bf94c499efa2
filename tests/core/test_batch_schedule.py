"""How a batch's renders are scheduled (issue 15, `warta brand` end to end): photos are
handed out longest first, and the calling thread takes them from the front of the queue
like the pool's threads."""

from __future__ import annotations

from concurrent.futures import Executor, Future
from pathlib import Path

import pytest
from PIL import Image

from core import media_export
from core.branding import load_kit
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
