"""The temp file every safe write starts from is made as tempfile.mkstemp makes one, by
safe_write itself (core/safe_write._new_temp): tempfile stays out of a `brand` start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from core import safe_write

ROOT = Path(__file__).resolve().parents[2]


def test_a_new_temp_is_ours_empty_and_private(tmp_path):
    tmp = safe_write._new_temp(tmp_path, "Rapat_pita-bawah_potret.jpg")
    assert tmp.is_absolute() and tmp.parent == tmp_path
    assert safe_write._TEMP_NAME.match(tmp.name)  # swept if a killed save leaves it
    assert tmp.name.startswith(".Rapat_pita-bawah_potret.jpg.") and tmp.stat().st_size == 0
    if os.name != "nt":
        assert stat.S_IMODE(tmp.stat().st_mode) == 0o600  # as mkstemp's, until the rename


def test_flags_are_mkstemps():
    assert tempfile._bin_openflags == safe_write._TEMP_FLAGS  # mkstemp's own


def test_a_taken_name_or_a_symlink_there_is_never_used(tmp_path, monkeypatch):
    draws = iter([b"\x00" * 8, b"\x00" * 8, b"\x01" * 8])
    monkeypatch.setattr(safe_write.os, "urandom", lambda n: next(draws))
    taken = tmp_path / ".a.jpg.aaaaaaaa.tmp"
    taken.write_bytes(b"a save in progress")
    if os.name != "nt":
        os.symlink(tmp_path / "elsewhere", tmp_path / ".b.jpg.aaaaaaaa.tmp")
    assert safe_write._new_temp(tmp_path, "a.jpg").name == ".a.jpg.bbbbbbbb.tmp"
    assert taken.read_bytes() == b"a save in progress"
    draws = iter([b"\x00" * 8, b"\x01" * 8])
    assert safe_write._new_temp(tmp_path, "b.jpg").name == ".b.jpg.bbbbbbbb.tmp"
    assert not (tmp_path / "elsewhere").exists()


def test_a_folder_where_no_name_is_free_gives_up(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_write.os, "urandom", lambda n: b"\x00" * n)
    (tmp_path / ".a.jpg.aaaaaaaa.tmp").touch()
    with pytest.raises(safe_write.WriteError):
        safe_write.write_bytes(tmp_path / "a.jpg", b"x")
    assert not (tmp_path / "a.jpg").exists()


def test_safe_write_and_the_kit_catalog_leave_tempfile_unimported():
    code = ("import sys\nimport core.safe_write, core.branding.catalog\n"
            "print(sorted({'tempfile', 'shutil', 'random'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"
