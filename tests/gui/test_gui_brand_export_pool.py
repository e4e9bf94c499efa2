"""The Media export's warm pool: made at the first export and reused by the next, a
cancelled export leaves it free for the next one, quitting the app shuts it down."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core import media_files, media_import
from core.actions import media as actions
from core.media_export import ExportItem, ExportRequest
from gui.media import brand_export


@pytest.fixture
def exporting(qtbot, store, monkeypatch, tmp_path):
    """Six library photos, exports with two jobs, and every pool handed to brand_photos."""
    monkeypatch.setattr(brand_export, "JOBS", 2)
    monkeypatch.setattr(brand_export, "show_result", lambda parent, result: None)
    monkeypatch.setattr(brand_export, "_pool", [])
    pools = []
    real = actions.brand_photos

    def spy(*args, **kwargs):
        pools.append(kwargs.get("pool"))
        return real(*args, **kwargs)

    monkeypatch.setattr(actions, "brand_photos", spy)
    items = []
    for i in range(6):
        src = tmp_path / f"IMG_{i}.jpg"
        Image.new("RGB", (480, 360), (40 * i, 90, 60)).save(src, "JPEG")
        photo = media_import.import_file(store, src)[0]
        items.append(ExportItem(media_files.path_of(photo), src.stem, photo.id,
                                name=src.name))
    parent = QWidget()
    qtbot.addWidget(parent)
    yield parent, items, pools
    brand_export.shutdown_render_pool()


def _request(items, out: Path) -> ExportRequest:
    return ExportRequest("cimahi", "band-bottom", ["square"], {"title": "Uji"}, out, items)


def test_two_exports_in_a_row_reuse_the_same_pool(exporting, store, tmp_path):
    parent, items, pools = exporting
    first = brand_export.export_with_progress(parent, store, _request(items, tmp_path / "a"))
    second = brand_export.export_with_progress(parent, store, _request(items, tmp_path / "b"))
    assert len(first.written) == 6 == len(second.written)
    assert pools[0] is not None and pools[0] is pools[1]
    assert brand_export.render_pool().executor() is pools[0]


def test_a_cancelled_export_stops_and_the_next_one_runs(exporting, store, tmp_path):
    parent, items, pools = exporting
    done = []
    holder: dict = {}
    pool = brand_export.render_pool().executor()
    result = brand_export._job(store, _request(items, tmp_path / "a"), None, holder, 2, pool,
                               progress=lambda d, t, n: done.append(d),
                               cancelled=lambda: len(done) >= 1)  # "Batal" as it starts
    assert result.cancelled and len(result.written) < 6
    # every file the cancelled export wrote is recorded: none left behind unrecorded
    assert len(list((tmp_path / "a").glob("*.jpg"))) == len(result.written)
    again = brand_export.export_with_progress(parent, store, _request(items, tmp_path / "b"))
    assert len(again.written) == 6 and not again.cancelled
    assert pools[0] is pools[1] is pool


def test_quitting_the_app_shuts_the_pool_down(exporting, store, tmp_path):
    parent, items, pools = exporting
    brand_export.export_with_progress(parent, store, _request(items, tmp_path / "a"))
    pool = brand_export.render_pool()
    assert pool.started
    QCoreApplication.instance().aboutToQuit.emit()
    assert not pool.started
    with pytest.raises(RuntimeError):
        pools[0].submit(sum, [1])
    assert brand_export._pool == []  # a later export would make a new pool
