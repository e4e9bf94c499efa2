"""`warta count`: every platform's count of a text, its limit and the feed cut."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cli

ROOT = Path(__file__).resolve().parents[2]
CAPTION = ("Wali Kota Cimahi meresmikan Mal Pelayanan Publik 🎉🇮🇩 di Jl. Demang Hardjakusumah. "
           "Info lengkap: cimahikota.go.id/berita/mpp #CimahiKota\n")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_count_json_reports_each_platform_its_own_way(tmp_path, capsys):
    path = tmp_path / "keterangan.txt"
    path.write_text(CAPTION, encoding="utf-8")
    code, out, err = run(capsys, "count", str(path), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    text = CAPTION.rstrip("\n")
    assert data["characters"] == len(text)
    p = data["platforms"]
    assert list(p) == ["instagram", "facebook", "x", "tiktok", "youtube", "threads"]
    assert p["instagram"]["used"] == len(text) + 3  # 🎉 and the flag's two letters: +1 each
    assert p["instagram"]["limit"] == 2200 and p["instagram"]["unit"] == "utf16"
    link = "cimahikota.go.id/berita/mpp"
    assert p["x"]["used"] == len(text) - len(link) + 23 - 3 + 2 + 2
    assert p["youtube"]["used"] == len(text.encode("utf-8"))
    assert p["threads"]["used"] == len(text) - 3 + 4 + 8
    cut = p["instagram"]["truncation"]
    assert cut["index"] == 126 and cut["visible"] == text[:126]  # the flag: 2 code points, 1 seen
    assert p["threads"]["truncation"] is None


def test_count_text_output_from_stdin_is_indonesian(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Kata " * 100))
    code, out, _ = run(capsys, "count", "-", "--platform", "x", "--platform", "instagram")
    assert code == 0
    assert "X: 500 / 280 karakter berbobot X" in out and "(LEBIH 220)" in out
    assert "melewati batas mulai karakter ke-281" in out
    assert "Instagram: 500 / 2.200" in out and "terpotong di beranda setelah karakter ke-125" in out
    assert "Facebook" not in out


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    code, out, err = run(capsys, "count", str(tmp_path / "tidak-ada.txt"))
    assert code == 1 and out == ""
    assert err.startswith("galat: teks tidak dapat dibaca") and "UTF-8" in err


def test_help_is_indonesian(capsys):
    with pytest.raises(SystemExit):
        cli.main(["count", "--help"])
    out = capsys.readouterr().out
    assert "Pemakaian: warta count" in out and "berkas teks UTF-8" in out


def test_count_from_a_real_pipe_keeps_emoji():
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}  # a Windows console code page
    proc = subprocess.run(
        [sys.executable, "main.py", "count", "-", "--json", "--platform", "x"],
        input=("Halo 👨‍👩‍👧‍👦 " * 3).encode("utf-8"), capture_output=True, cwd=ROOT, env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["platforms"]["x"]["used"] == 3 * (5 + 2 + 1)
