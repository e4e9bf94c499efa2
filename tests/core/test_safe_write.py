"""Atomic user-file writes: the old file survives every failure, and the message says why."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from core import safe_write
from core.safe_write import WriteError, write_bytes, write_text, write_with

OLD = "Laporan Oktober: 31 konten terbit.\n"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    target = tmp_path / "Laporan November 2025.xlsx"
    target.write_text(OLD, encoding="utf-8")
    return target


def _leftovers(folder: Path, target: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != target)


def test_write_text_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "keterangan.txt"
    write_text(target, "Selamat Hari Pahlawan 🇮🇩\n")
    assert target.read_text(encoding="utf-8") == "Selamat Hari Pahlawan 🇮🇩\n"
    write_text(target, "versi kedua")
    assert target.read_bytes() == b"versi kedua"
    assert _leftovers(tmp_path, target) == []


def test_write_bytes_accepts_str_paths(tmp_path: Path) -> None:
    target = tmp_path / "foto.jpg"
    write_bytes(str(target), b"\xff\xd8\xff\x00data")
    assert target.read_bytes() == b"\xff\xd8\xff\x00data"


def test_replace_is_atomic_rename_of_a_temp_file_in_the_same_folder(
        report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((Path(src), Path(dst)))
        assert Path(src).read_bytes() == b"isi baru"  # complete before the rename
        assert report.read_text(encoding="utf-8") == OLD  # old one intact until then
        real_replace(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", spy)
    write_bytes(report, b"isi baru")
    assert len(seen) == 1
    src, dst = seen[0]
    assert dst == report and src.parent == report.parent and src != report
    assert report.read_bytes() == b"isi baru"


def test_permission_error_keeps_old_file_and_explains(report: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Access is denied", str(dst))

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(WriteError) as info:
        write_text(report, "isi baru")
    message = str(info.value)
    assert "tidak dapat ditulis" in message
    assert "tutup" in message and "program lain" in message and "Excel" in message
    assert report.read_text(encoding="utf-8") == OLD
    assert _leftovers(report.parent, report) == []
    assert isinstance(info.value, OSError)  # callers catching OSError still see it


def test_writer_failing_midway_keeps_old_file(report: Path) -> None:
    def half_written(tmp: Path) -> None:
        tmp.write_bytes(b"PK\x03\x04 setengah")
        raise ValueError("pustaka xlsx gagal")

    with pytest.raises(ValueError):
        write_with(report, half_written)
    assert report.read_text(encoding="utf-8") == OLD
    assert _leftovers(report.parent, report) == []


def test_disk_full_message(report: Path) -> None:
    def full(tmp: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteError) as info:
        write_with(report, full)
    assert str(info.value).startswith("Disk penuh")
    assert report.name in str(info.value) and "Kosongkan" in str(info.value)
    assert report.read_text(encoding="utf-8") == OLD
    assert _leftovers(report.parent, report) == []


def test_disk_full_while_writing_bytes(report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", no_space)
    with pytest.raises(WriteError, match="Disk penuh"):
        write_bytes(report, b"x" * 1000)
    assert report.read_text(encoding="utf-8") == OLD
    assert _leftovers(report.parent, report) == []


def test_missing_folder_message(tmp_path: Path) -> None:
    target = tmp_path / "belum-ada" / "laporan.docx"
    with pytest.raises(WriteError) as info:
        write_text(target, "isi")
    assert "tidak ada" in str(info.value) and "Pilih folder lain" in str(info.value)
    assert not target.parent.exists()


def test_other_os_errors_still_give_an_indonesian_message(report: Path) -> None:
    def io_error(tmp: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(WriteError) as info:
        write_with(report, io_error)
    assert "tidak dapat disimpan" in str(info.value)
    assert report.read_text(encoding="utf-8") == OLD


def test_write_with_gives_the_writer_a_temp_path_next_to_the_target(report: Path) -> None:
    seen: list[Path] = []

    def writer(tmp: Path) -> None:
        seen.append(tmp)
        tmp.write_text("isi dari penulis docx", encoding="utf-8")

    write_with(report, writer)
    assert seen[0].parent == report.parent and seen[0] != report
    assert not seen[0].exists()
    assert report.read_text(encoding="utf-8") == "isi dari penulis docx"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_new_file_gets_the_umask_default_not_0600(tmp_path: Path) -> None:
    target = tmp_path / "Laporan Desember.docx"
    write_bytes(target, b"isi")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~safe_write._UMASK


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_replacing_keeps_the_old_file_mode(report: Path) -> None:
    report.chmod(0o640)
    write_text(report, "isi baru")
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    report.chmod(0o444)  # read-only: still replaced (the folder allows it), mode kept
    write_text(report, "isi ketiga")
    assert stat.S_IMODE(report.stat().st_mode) == 0o444
    assert report.read_text(encoding="utf-8") == "isi ketiga"
