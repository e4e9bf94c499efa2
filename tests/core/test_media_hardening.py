"""Hostile input to the media import and to replace_logo (issue 16 items 3 and 10): FIFOs
and devices are refused without blocking, sizes are capped before and during the copy,
cancel works inside a copy, names that are not UTF-8 import without leaving orphans,
and bidirectional controls never reach an output file name."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import threading
from pathlib import Path

import pytest
from PIL import Image

from core import file_intake, media_import, media_queries, paths
from core.actions.media import FileBrand, brand_files
from core.branding import load_kit
from core.branding.catalog import replace_logo
from core.branding.errors import LogoError
from core.media_export import ExportItem, plan_outputs
from core.media_names import post_folder_name, safe_name
from core.model import Post

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero: POSIX")


def jpeg(path: Path, color=(20, 120, 80), size=(120, 80)) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", quality=80)
    return path


def noise_png(path: Path, side: int = 1100) -> Path:
    """A real photo file larger than one copy chunk."""
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path, "PNG")
    assert path.stat().st_size > file_intake.CHUNK
    return path


def run_with_timeout(fn, seconds: float = 20.0):
    """Run fn in a thread: (finished, result or exception)."""
    box: dict = {}

    def target() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive(), box


def release_fifo(fifo: Path) -> None:
    """Unblock a reader stuck on the FIFO (only when the fix is missing)."""
    with contextlib.suppress(OSError):
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.fixture
def small_file_limit():
    """Writes past 64 MB fail with EFBIG instead of filling the disk, so a test of an
    endless source fails safely when the fix is missing."""
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    limit = 64 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit if hard == resource.RLIM_INFINITY
                                               else min(limit, hard), hard))
    yield
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    signal.signal(signal.SIGXFSZ, old_handler)


def incoming() -> list[Path]:
    folder = paths.media_dir() / ".incoming"
    return list(folder.iterdir()) if folder.is_dir() else []


def library_files() -> list[Path]:
    return [p for p in paths.media_dir().rglob("*") if p.is_file()
            and ".incoming" not in p.parts]


@posix_only
def test_a_fifo_named_like_a_photo_is_refused_without_hanging(store, tmp_path):
    fifo = tmp_path / "y.jpg"
    os.mkfifo(fifo)
    good = jpeg(tmp_path / "baik.jpg")
    try:
        done, box = run_with_timeout(lambda: media_import.import_files(store, [fifo, good]))
    finally:
        release_fifo(fifo)
    assert done, "the import hung on a FIFO"
    report = box["result"]
    assert [p.original_name for p in report.imported] == ["baik.jpg"]
    assert [f.name for f in report.failed] == ["y.jpg"]
    assert "bukan berkas biasa" in report.failed[0].reason


@posix_only
def test_a_fifo_in_a_branding_batch_fails_alone_without_hanging(warta_home, tmp_path):
    """The batch orders its photos by a guess read from each file's header: a FIFO must
    not be opened for it (the open would wait for a writer for ever)."""
    fifo = tmp_path / "pipa.jpg"
    os.mkfifo(fifo)
    good = jpeg(tmp_path / "baik.jpg")
    spec = FileBrand(load_kit("cimahi"), "band-bottom", ["square"], {}, tmp_path)
    try:
        done, box = run_with_timeout(lambda: list(brand_files([str(fifo), str(good)], spec,
                                                              jobs=2)))
    finally:
        release_fifo(fifo)
    assert done, "the batch hung on a FIFO"
    results = {Path(r["input"]).name: r for r in box["result"]}
    assert results["baik.jpg"]["ok"]
    assert not results["pipa.jpg"]["ok"] and "kosong" in results["pipa.jpg"]["error"]


@posix_only
def test_a_symlink_to_dev_zero_writes_nothing(store, tmp_path, small_file_limit):
    link = tmp_path / "nol.jpg"
    link.symlink_to("/dev/zero")
    done, box = run_with_timeout(lambda: media_import.import_files(store, [link]))
    assert done
    report = box["result"]
    assert not report.imported and "bukan berkas biasa" in report.failed[0].reason
    assert incoming() == [] and library_files() == []


def test_size_is_capped_before_copying(store, tmp_path, monkeypatch):
    big = jpeg(tmp_path / "besar.jpg", size=(600, 400))
    monkeypatch.setattr(media_import, "MAX_PHOTO_BYTES", 1000)
    report = media_import.import_files(store, [big])
    assert not report.imported
    assert "terlalu besar" in report.failed[0].reason
    assert incoming() == [] and library_files() == []


def test_copy_stops_at_the_cap_when_the_file_grows(tmp_path):
    src = tmp_path / "tumbuh.bin"
    src.write_bytes(b"x" * (3 * file_intake.CHUNK))
    real_open = file_intake.open_regular

    @contextlib.contextmanager
    def says_small(path, max_bytes, name=None):  # fstat said small; then it grew
        with real_open(path, 10 * file_intake.CHUNK, name) as (fh, size):
            yield fh, 10

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(file_intake, "open_regular", says_small)
        with pytest.raises(file_intake.IntakeError, match="terlalu besar"):
            file_intake.copy_regular(src, tmp_path / "salinan", max_bytes=file_intake.CHUNK)


def test_cancel_is_checked_inside_a_large_copy(store, tmp_path):
    big = noise_png(tmp_path / "besar.png")
    calls = {"n": 0}

    def cancelled() -> bool:  # not yet between files; yes once the copy has begun
        calls["n"] += 1
        return calls["n"] > 1

    report = media_import.import_files(store, [big], cancelled=cancelled)
    assert report.cancelled and not report.imported and not report.failed
    assert incoming() == [] and library_files() == []


@posix_only
def test_replace_logo_refuses_a_fifo_and_dev_zero(tmp_path):
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    try:
        done, box = run_with_timeout(lambda: replace_logo("cimahi", "city", fifo))
    finally:
        release_fifo(fifo)
    assert done, "replace_logo hung on a FIFO"
    assert isinstance(box.get("error"), LogoError)
    assert "bukan berkas biasa" in str(box["error"])
    link = tmp_path / "nol.png"
    link.symlink_to("/dev/zero")
    with pytest.raises(LogoError, match="bukan berkas biasa"):
        replace_logo("cimahi", "city", link)


def test_replace_logo_caps_the_size(tmp_path, monkeypatch):
    import core.branding.catalog as catalog

    path = tmp_path / "logo.png"
    Image.new("RGBA", (300, 300), (0, 120, 60, 255)).save(path)
    monkeypatch.setattr(catalog, "MAX_LOGO_BYTES", 100)
    with pytest.raises(LogoError, match="terlalu besar"):
        replace_logo("cimahi", "city", path)


@pytest.mark.skipif(os.name == "nt" or os.uname().sysname == "Darwin",
                    reason="needs a file system that stores any bytes as a name")
def test_a_name_that_is_not_utf8_imports_without_orphans(store, tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"foto-\xff\xfe rapat.jpg")
    jpeg(Path(os.fsdecode(raw)))
    report = media_import.import_files(store, [os.fsdecode(raw)])
    assert not report.failed, report.failed
    photo = report.imported[0]
    assert photo.original_name == "foto-\ufffd\ufffd rapat.jpg"
    photo.original_name.encode("utf-8")  # storable and printable
    assert len(library_files()) == media_queries.count_photos(store) == 1


def test_a_row_that_cannot_be_written_takes_its_file_with_it(store, tmp_path, monkeypatch):
    def broken(store, photo):
        raise RuntimeError("disk database rusak")

    monkeypatch.setattr(media_import, "insert_photo", broken)
    report = media_import.import_files(store, [jpeg(tmp_path / "a.jpg")])
    assert len(report.failed) == 1 and "galat tak terduga" in report.failed[0].reason
    assert library_files() == [] and incoming() == []


def test_bidi_controls_never_reach_output_names(tmp_path):
    evil = "laporan\u202egpj.exe"
    assert safe_name(evil) == "laporangpj.exe"
    assert "\u202e" not in post_folder_name(Post(title="Rapat \u2066PIC\u2069"))
    items = [ExportItem(tmp_path / "x.jpg", stem) for stem in ("a\u202eb", "\u200f")]
    names = [out["square"].name for _, out in plan_outputs(items, "Pita bawah", ["square"],
                                                            tmp_path)]
    assert names == ["ab_pita-bawah_persegi.jpg", "foto_pita-bawah_persegi.jpg"]
    src = tmp_path / "rapat\u202egpj.jpg"  # `warta brand` on such a file
    Image.new("RGB", (64, 48), (0, 90, 60)).save(src, "JPEG")
    spec = FileBrand(load_kit("cimahi"), "band-bottom", ["square"], {}, tmp_path)
    [result] = brand_files([str(src)], spec)
    assert Path(result["outputs"][0]["path"]).name == "rapatgpj_pita-bawah_persegi.jpg"
    assert file_intake.display_name(tmp_path / "x\u202egpj.jpg") == "xgpj.jpg"
