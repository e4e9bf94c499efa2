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


def test_count_jsonl_answers_each_line_in_the_json_shape(tmp_path, capsys):
    texts = [CAPTION.rstrip("\n"), "Baris satu\nbaris dua 🎉", "", "kompas.id"]
    path = tmp_path / "banyak.jsonl"
    path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in texts),
                    encoding="utf-8")
    code, out, err = run(capsys, "count", str(path), "--jsonl")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == len(texts)
    for text, line in zip(texts, lines, strict=True):
        code, single, _ = run_json(capsys, text)
        assert json.loads(line) == single  # exactly what `count --json` says of that text
    assert json.loads(lines[3])["platforms"]["x"]["used"] == 23


def run_json(capsys, text: str) -> tuple[int, dict, str]:
    import io

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO(text))
        code, out, err = run(capsys, "count", "-", "--json")
    return code, json.loads(out), err


def test_count_jsonl_bad_lines_get_an_error_on_their_own_line(capsys, monkeypatch):
    import io

    lines = ['"Halo"', "bukan json", "", "42", '"\\ud83d"', '"Selesai"']
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, err = run(capsys, "count", "-", "--jsonl", "--platform", "x")
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(lines)
    assert results[0]["platforms"]["x"]["used"] == 4 and results[5]["characters"] == 7
    for number in (2, 3, 4, 5):
        assert results[number - 1]["line"] == number and results[number - 1]["error"]
    assert "bukan JSON" in results[1]["error"] and "kosong" in results[2]["error"]
    assert "bukan string" in results[3]["error"]
    assert code == 1 and "4 baris" in err


def test_count_jsonl_from_a_real_pipe_with_a_bom_and_bad_bytes():
    data = b"\xef\xbb\xbf" + json.dumps("Halo 👨‍👩‍👧‍👦").encode() + b"\r\n\xff\xfe\n"
    proc = subprocess.run(
        [sys.executable, "main.py", "count", "-", "--jsonl", "--platform", "x"],
        input=data, capture_output=True, cwd=ROOT, timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    first, second = (json.loads(line) for line in proc.stdout.decode("utf-8").splitlines())
    assert first["platforms"]["x"]["used"] == 5 + 2
    assert second == {"line": 2, "error": "baris ini bukan teks UTF-8"}
    assert proc.returncode == 1
