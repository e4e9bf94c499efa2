"""`warta check BERKAS|-`: plain and JSON output, exit codes, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cli

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def caption(tmp_path) -> Path:
    path = tmp_path / "keterangan.txt"
    path.write_text("Walikota Cimahi hadir.\nAcara digelar Senin (12/11/2025) di aula.\n",
                    encoding="utf-8")
    return path


def test_plain_output_lists_line_col_severity_and_suggestions(capsys, caption):
    code, out, _ = run(capsys, "check", str(caption))
    assert code == 1  # the wrong day is an error
    assert "1:1: peringatan: Ejaan tidak baku: “Walikota”. Bentuk bakunya “Wali Kota”." in out
    assert "    saran: Wali Kota" in out
    assert ("2:15: galat: Hari tidak cocok dengan tanggal: 12/11/2025 adalah Rabu, bukan Senin."
            in out)
    assert out.rstrip().endswith("Ringkasan (formal): 1 galat, 1 peringatan")


def test_json_output_has_offsets(capsys, caption):
    code, out, _ = run(capsys, "check", str(caption), "--json")
    assert code == 1
    data = json.loads(out)
    text = caption.read_text(encoding="utf-8")
    day = next(f for f in data["findings"] if f["rule_id"] == "akurasi.hari_tanggal")
    assert text[day["start"]:day["end"]] == "Senin"
    assert (day["line"], day["column"]) == (2, 15)
    assert day["severity"] == "error" and day["suggestions"] == ["Rabu"]
    assert data["summary"] == "1 galat, 1 peringatan"


def test_clean_text_from_stdin_exits_zero(capsys, monkeypatch):
    data = b"Wali Kota Cimahi membuka pameran UMKM di Technopark.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(capsys, "check", "-")
    assert code == 0
    assert out.strip() == "Ringkasan (formal): Tidak ada temuan"


def test_profile_changes_tone_findings(capsys, tmp_path):
    path = tmp_path / "santai.txt"
    path.write_text("Yuk, datang ke pameran, udah dibuka!\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--profile", "santai")
    assert code == 0 and "tidak baku" not in out
    code, out, _ = run(capsys, "check", str(path))
    assert "Kata tidak baku: “Yuk”" in out


def test_windows_1252_file_is_read_with_a_notice(capsys, tmp_path):
    path = tmp_path / "ansi.txt"
    path.write_bytes("Kafe “Sehat” dibuka.".encode("cp1252"))
    code, out, err = run(capsys, "check", str(path))
    assert code == 0
    assert "bukan UTF-8" in err


def test_missing_file_and_bad_options(capsys, tmp_path):
    code, _, err = run(capsys, "check", str(tmp_path / "tidak-ada.txt"))
    assert code == 2 and "tidak ditemukan" in err
    code, _, err = run(capsys, "check", str(tmp_path), "--profile", "formal")
    assert code == 2 and "folder" in err
    code, _, err = run(capsys, "check", "-", "--profile", "kasar")
    assert code == 2 and "pilihan tidak sah" in err


def test_main_entry_point_reads_stdin_and_sets_exit_code(tmp_path):
    env_home = tmp_path / "home"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "check", "-", "--json"],
        input=b"Hubungi 0812-3456-7890 sekarang.", capture_output=True, cwd=ROOT,
        env={**__import__("os").environ, "WARTA_HOME": str(env_home)}, timeout=60,
    )
    assert proc.returncode == 1, proc.stderr.decode()
    data = json.loads(proc.stdout.decode("utf-8"))
    assert [f["rule_id"] for f in data["findings"]] == ["kepatuhan.telepon"]


def test_json_fills_spelling_suggestions_best_first_keeping_the_shape(capsys, tmp_path):
    path = tmp_path / "ejaan.txt"
    path.write_text("Pemerintah Kota Cimahi menggelar bantuan sosia bagi warga.\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 0
    spelling = [f for f in json.loads(out)["findings"] if f["rule_id"] == "akurasi.ejaan"]
    assert [f["matched"] for f in spelling] == ["sosia"]
    found = spelling[0]
    assert {"rule_id", "severity", "start", "end", "message", "suggestions"} <= set(found)
    assert found["suggestions"][0] == "sosial"
    assert found["suggestions"].index("sosial") < found["suggestions"].index("sosis")


def test_plain_output_shows_spelling_suggestions(capsys, tmp_path):
    path = tmp_path / "ejaan.txt"
    path.write_text("Warga menerima bantuan sosia.\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", str(path))
    assert "    saran: sosial | sosis" in out
