"""The warm render pool: batches reuse its threads, a cancel drops the queued renders
and waits for the running ones (the pool is free again at once), shutdown stops it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from core import media_export
from core.branding import load_kit
from core.render_pool import RenderPool


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    src = tmp_path / "foto.jpg"
    Image.new("RGB", (640, 480), (30, 90, 60)).save(src)
    return src


def _batch(src: Path, out: Path, n: int) -> list[media_export.RenderJob]:
    return [media_export.RenderJob(i, str(src), {"square": out / f"o{i}.jpg"})
            for i in range(n)]


def _watch_renders(monkeypatch) -> dict:
    """Wrap render_one: record the threads it ran on and how many run at once."""
    seen: dict = {"threads": set(), "running": 0, "done": 0}
    lock = threading.Lock()
    real = media_export.render_one

    def watched(*args):
        with lock:
            seen["running"] += 1
            seen["threads"].add(threading.current_thread().name)
        try:
            time.sleep(0.02)  # long enough for a cancel to land between renders
            return real(*args)
        finally:
            with lock:
                seen["running"] -= 1
                seen["done"] += 1

    monkeypatch.setattr(media_export, "render_one", watched)
    return seen


def test_two_batches_reuse_the_same_threads(monkeypatch, photo, tmp_path):
    seen = _watch_renders(monkeypatch)
    pool = RenderPool(1)
    executor = pool.executor()
    assert executor is pool.executor() and pool.started
    kit = load_kit("cimahi")
    for run in ("a", "b"):
        (tmp_path / run).mkdir()
        results = list(media_export.render_batch(kit, "band-bottom",
                                                 _batch(photo, tmp_path / run, 4),
                                                 {"title": "Uji"}, 80, jobs=2, pool=executor))
        assert sorted(key for key, _ in results) == [0, 1, 2, 3]
        assert all(res["ok"] for _, res in results)
    pool_threads = {name for name in seen["threads"] if name.startswith("warta-render")}
    assert len(pool_threads) == 1  # one helper thread served both batches
    assert pool.executor() is executor  # still running after the batches
    pool.shutdown()


def test_cancel_drops_queued_renders_and_frees_the_pool(monkeypatch, photo, tmp_path):
    seen = _watch_renders(monkeypatch)
    pool = RenderPool(1)
    kit = load_kit("cimahi")
    got = []
    for key, _ in media_export.render_batch(kit, "band-bottom", _batch(photo, tmp_path, 12),
                                            {"title": "Uji"}, 80, jobs=2,
                                            cancelled=lambda: len(got) >= 1,
                                            pool=pool.executor()):
        got.append(key)
    assert seen["running"] == 0  # nothing of the batch still runs once it has returned
    assert seen["done"] < 12  # the queued renders were dropped, not rendered
    assert len(list(tmp_path.glob("o*.jpg"))) == seen["done"] == len(got)  # all reported
    assert not list(tmp_path.glob(".*.tmp"))  # no half-written file
    # the same pool takes the next batch at once
    out = tmp_path / "next"
    out.mkdir()
    results = list(media_export.render_batch(kit, "band-bottom", _batch(photo, out, 3),
                                             {"title": "Uji"}, 80, jobs=2,
                                             pool=pool.executor()))
    assert sorted(key for key, _ in results) == [0, 1, 2]
    pool.shutdown()


def test_shutdown_stops_the_pool_once_and_for_all():
    pool = RenderPool(2)
    executor = pool.executor()
    assert executor.submit(sum, [1, 2]).result() == 3
    pool.shutdown()
    pool.shutdown()  # twice is harmless (quit after an error path)
    assert not pool.started and pool.executor() is None
    with pytest.raises(RuntimeError):
        executor.submit(sum, [1])


def test_no_helpers_means_no_pool():
    assert RenderPool(0).executor() is None
