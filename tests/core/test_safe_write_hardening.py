"""Full disks, brief locks, long paths and killed saves (issue 16 items 1 and 13, 19.4/19.5)."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from core import safe_write
from core.branding.errors import RenderError
from core.branding.renderer import save_image
from core.safe_write import WriteError, write_bytes, write_image, write_with

OLD = b"versi lama yang utuh"


def _noise(size: int = 400) -> Image.Image:
    """An image that compresses badly, so its JPEG is large."""
    return Image.frombytes("RGB", (size, size), os.urandom(size * size * 3))


class _ShortWriter:
    """A file object that accepts only half of each write, like a disk filling up, and
    reports it honestly (the raw write count), as os.write does."""

    def __init__(self, path: Path) -> None:
        self._fh = open(path, "wb")  # noqa: SIM115 - closed in __exit__

    def write(self, data) -> int:
        data = bytes(data)
        return self._fh.write(data[: max(0, len(data) // 2 - 1)]) if len(data) > 1 else 0

    def flush(self) -> None:
        self._fh.flush()

    def fileno(self) -> int:
        return self._fh.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._fh.close()


class _LyingWriter(_ShortWriter):
    """Claims every byte was written but stores only half (Pillow's ignored short write)."""

    def write(self, data) -> int:
        data = bytes(data)
        self._fh.write(data[: len(data) // 2])
        return len(data)


@pytest.mark.parametrize("writer", [_ShortWriter, _LyingWriter])
def test_short_write_is_a_full_disk_and_keeps_the_old_file(tmp_path, monkeypatch, writer):
    target = tmp_path / "foto_band-bottom_square.jpg"
    target.write_bytes(OLD)
    monkeypatch.setattr(safe_write, "_open", writer)
    with pytest.raises(WriteError, match="^Disk penuh"):
        write_image(target, _noise(64), "JPEG", quality=88, optimize=True, progressive=True)
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_brand_output_short_write_raises_render_error(tmp_path, monkeypatch):
    target = tmp_path / "hasil.jpg"
    target.write_bytes(OLD)
    monkeypatch.setattr(safe_write, "_open", _LyingWriter)
    with pytest.raises(RenderError, match="Disk penuh"):
        save_image(_noise(64), target)
    assert target.read_bytes() == OLD


@contextlib.contextmanager
def _tiny_tmpfs(folder: Path, size: str = "256k"):
    folder.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                       check=True, capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot mount a tmpfs here (needs root); the fake writers cover this")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)


@pytest.mark.skipif(os.name == "nt" or not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="mounting a tmpfs needs root on Linux")
def test_real_full_disk_keeps_the_previous_branded_photo(tmp_path):
    with _tiny_tmpfs(tmp_path / "disk") as disk:
        target = disk / "foto_pita-bawah_persegi.jpg"
        save_image(_noise(120), target)  # a good earlier output
        good = target.read_bytes()
        filler = disk / "isi"
        with contextlib.suppress(OSError), open(filler, "wb") as fh:
            while True:  # leave only a few KB free
                fh.write(b"\0" * 4096)
                fh.flush()
        filler.write_bytes(b"\0" * max(0, filler.stat().st_size - 16 * 1024))
        with pytest.raises(RenderError, match="Disk penuh"):
            save_image(_noise(400), target)
        assert target.read_bytes() == good
        assert sorted(p.name for p in disk.iterdir()) == ["foto_pita-bawah_persegi.jpg", "isi"]


def test_write_with_fsyncs_the_temp_file_before_the_rename(tmp_path, monkeypatch):
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(safe_write.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    order: list[str] = []
    real_replace = os.replace
    monkeypatch.setattr(safe_write.os, "replace",
                        lambda a, b: (order.append(f"replace after {len(synced)}"),
                                      real_replace(a, b)))
    write_with(tmp_path / "laporan.docx", lambda tmp: tmp.write_bytes(b"PK isi"))
    assert order == ["replace after 1"]


# ---------------------------------------------------------------- brief locks (19.4)


def _flaky_replace(failures: int, exc: OSError):
    calls = {"n": 0}
    real = os.replace

    def fake(src, dst):
        calls["n"] += 1
        if calls["n"] <= failures:
            raise exc
        real(src, dst)

    return fake, calls


def _sharing_violation() -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]
    return exc


def test_a_brief_sharing_violation_is_retried(tmp_path, monkeypatch):
    target = tmp_path / "Laporan.xlsx"
    target.write_bytes(OLD)
    fake, calls = _flaky_replace(2, _sharing_violation())
    monkeypatch.setattr(safe_write.os, "replace", fake)
    slept: list[float] = []
    monkeypatch.setattr(safe_write.time, "sleep", slept.append)
    write_bytes(target, b"isi baru")
    assert target.read_bytes() == b"isi baru"
    assert calls["n"] == 3 and len(slept) == 2 and slept == sorted(slept)


def test_a_lasting_lock_gives_the_close_word_excel_message(tmp_path, monkeypatch):
    target = tmp_path / "Laporan.xlsx"
    target.write_bytes(OLD)
    fake, calls = _flaky_replace(10**6, _sharing_violation())
    monkeypatch.setattr(safe_write.os, "replace", fake)
    monkeypatch.setattr(safe_write.time, "sleep", lambda s: None)
    with pytest.raises(WriteError, match="Excel") as info:
        write_bytes(target, b"isi baru")
    assert "tutup" in str(info.value)
    assert calls["n"] == len(safe_write.REPLACE_DELAYS) + 1
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_every_rename_in_the_app_goes_through_safe_write_replace():
    """backup, media, kit zip, catalog...: one os.replace in the app, the retried one."""
    root = Path(__file__).resolve().parents[2]
    offenders = []
    for folder in ("core", "exporters", "cli", "gui", "widgets"):
        for path in sorted((root / folder).rglob("*.py")):
            if path.name == "safe_write.py":
                continue
            text = path.read_text(encoding="utf-8")
            if "os.replace(" in text or "os.rename(" in text:
                offenders.append(str(path.relative_to(root)))
    assert offenders == []
    assert (root / "core" / "safe_write.py").read_text(encoding="utf-8").count(
        "os.replace(") == 1


def test_antivirus_block_is_not_retried_and_has_its_own_message(tmp_path, monkeypatch):
    exc = PermissionError(errno.EACCES, "Operation did not complete: virus")
    exc.winerror = 225  # type: ignore[attr-defined]
    fake, calls = _flaky_replace(10**6, exc)
    monkeypatch.setattr(safe_write.os, "replace", fake)
    with pytest.raises(WriteError, match="antivirus") as info:
        write_bytes(tmp_path / "a.jpg", b"x")
    assert calls["n"] == 1 and "Excel" not in str(info.value)


def test_controlled_folder_access_refusing_the_temp_file_has_its_own_message(
        tmp_path, monkeypatch):
    def refuse(*a, **k):
        exc = PermissionError(errno.EACCES, "Access is denied")
        exc.winerror = 5  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr(safe_write, "_new_temp", refuse)
    with pytest.raises(WriteError) as info:
        write_bytes(tmp_path / "a.jpg", b"x")
    assert "Akses folder terkontrol" in str(info.value)
    assert "Excel" not in str(info.value)


# ---------------------------------------------------------------- long paths (19.5)


def test_a_name_too_long_for_the_file_system_says_so(tmp_path):
    target = tmp_path / ("Rapat koordinasi " * 20 + ".jpg")
    with pytest.raises(WriteError, match="Jalur terlalu panjang") as info:
        write_bytes(target, b"x")
    assert "tidak ada" not in str(info.value)


def test_windows_path_not_found_under_an_existing_long_folder_is_a_long_path(
        tmp_path, monkeypatch):
    base = tmp_path / ("a" * 120) / ("b" * 120)
    base.mkdir(parents=True)

    def windows_too_long(*a, **k):
        exc = FileNotFoundError(errno.ENOENT, "The system cannot find the path specified")
        exc.winerror = 3  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr(safe_write, "_new_temp", windows_too_long)
    with pytest.raises(WriteError, match="Jalur terlalu panjang"):
        write_bytes(base / "Rapat koordinasi_band-bottom_square.jpg", b"x")


def test_a_missing_short_folder_still_says_it_does_not_exist(tmp_path):
    with pytest.raises(WriteError, match="tidak ada"):
        write_bytes(tmp_path / "belum" / "a.jpg", b"x")


# ---------------------------------------------------------------- killed saves (16.13)


def test_stale_temp_files_of_a_killed_export_are_removed_at_the_next_save(tmp_path):
    folder = tmp_path / "Dokumen"
    folder.mkdir()
    stale = folder / ".Laporan November 2025.docx.k3j_a9zq.tmp"
    stale.write_bytes(b"PK setengah")
    old = time.time() - 2 * safe_write.STALE_TEMP_AGE
    os.utime(stale, (old, old))
    young = folder / ".Laporan Desember 2025.docx.abcdefgh.tmp"  # a save running right now
    young.write_bytes(b"PK")
    theirs = folder / ".catatan.tmp"  # not our pattern
    theirs.write_bytes(b"x")
    os.utime(theirs, (old, old))
    write_bytes(folder / "Laporan Januari 2026.docx", b"PK isi")
    names = sorted(p.name for p in folder.iterdir())
    assert stale.name not in names
    assert young.name in names and theirs.name in names


def test_a_killed_export_leaves_a_temp_that_the_next_export_cleans(tmp_path):
    """kill -9 in the middle of write_with: the temp stays; the next save removes it."""
    folder = tmp_path / "out"
    folder.mkdir()
    script = (
        "import os, signal, sys; from pathlib import Path; from core import safe_write\n"
        "def die(tmp):\n"
        "    tmp.write_bytes(b'PK half')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        f"safe_write.write_with(Path({str(folder / 'Laporan.docx')!r}), die)\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([os.sys.executable, "-c", script], cwd=root, timeout=60, check=False)
    left = [p for p in folder.iterdir()]
    assert len(left) == 1 and left[0].name.startswith(".Laporan.docx.")
    old = time.time() - 2 * safe_write.STALE_TEMP_AGE
    os.utime(left[0], (old, old))
    safe_write._swept.clear()
    write_bytes(folder / "Laporan.docx", b"PK isi")
    assert [p.name for p in folder.iterdir()] == ["Laporan.docx"]


def test_a_truncated_cached_thumbnail_is_made_again(tmp_path):
    from core.media_thumbs import ensure_thumbnail, thumb_path

    src = tmp_path / "foto.jpg"
    _noise(300).save(src, quality=90)
    sha = "ab" * 32
    first = ensure_thumbnail(src, sha)
    whole = first.read_bytes()
    first.write_bytes(whole[: len(whole) // 2])  # what a full disk left before the fix
    again = ensure_thumbnail(src, sha)
    assert again == thumb_path(sha) and again.read_bytes().endswith(b"\xff\xd9")
    with Image.open(again) as im:
        im.load()


@pytest.mark.skipif(os.name == "nt" or not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="mounting a tmpfs needs root on Linux")
def test_brand_cli_on_a_full_disk_fails_and_keeps_the_old_output(tmp_path, capsys):
    import cli

    photo = tmp_path / "foto.jpg"
    _noise(1600).save(photo, quality=95)
    with _tiny_tmpfs(tmp_path / "disk", "1m") as disk:
        argv = ["brand", str(photo), "--template", "band-bottom", "--format", "square",
                "-o", str(disk), "--jobs", "1"]
        assert cli.main(argv) == 0
        out = disk / "foto_pita-bawah_persegi.jpg"
        good = out.read_bytes()
        capsys.readouterr()
        with contextlib.suppress(OSError), open(disk / "isi", "wb") as fh:
            fh.write(b"\0" * (1024 * 1024 - len(good) - 8 * 1024))
        code = cli.main([*argv, "--quality", "100"])
        captured = capsys.readouterr()
        assert code != 0 and "Disk penuh" in captured.err and "OK" not in captured.out
        assert out.read_bytes() == good


def test_a_photo_that_outgrows_pillows_progressive_buffer_is_still_saved(tmp_path):
    """Pillow sizes an optimised/progressive JPEG's buffer by pixel count; pure noise at
    quality 100 outgrows it ('Suspension not allowed here'). A baseline JPEG is written."""
    image = _noise(600)
    params = {"quality": 100, "optimize": True, "progressive": True, "subsampling": 0}
    with pytest.raises(OSError):
        image.save(tmp_path / "langsung.jpg", "JPEG", **params)
    target = tmp_path / "hasil.jpg"
    write_image(target, image, "JPEG", **params)
    with Image.open(target) as im:
        im.load()
        assert im.size == (600, 600)
