"""The CLI on a Windows console: cp1252 streams, emoji in names and text, PowerShell's
UTF-16 files, wildcards the shell did not expand, and a pipe whose reader left."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import cli
from cli.common import decode_text, expand_wildcards

ROOT = Path(__file__).resolve().parents[2]
CAPTION = "Rapat ✅ koordinasi 🇮🇩 di Balai Kota — semua hadir\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cp1252_run(home: Path, *argv: str) -> subprocess.CompletedProcess:
    """`python main.py ...` as a redirected Windows console runs it: cp1252 streams, no
    PYTHONUTF8 (users do not set it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUTF8", "PYTHONPATH")}
    env.update(WARTA_HOME=str(home), PYTHONIOENCODING="cp1252")
    return subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, env=env,
                          capture_output=True, timeout=180)


def _ok(result: subprocess.CompletedProcess, *codes: int) -> str:
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert result.returncode in (codes or (0,)), out + err
    assert "Traceback" not in err and "UnicodeEncodeError" not in err, err
    return out + err


def test_every_command_survives_a_cp1252_console_with_emoji(warta_home, tmp_path):
    """Each command's output is UTF-8 bytes, emoji intact, and none crashes."""
    folder = tmp_path / "foto ✅ kegiatan"
    folder.mkdir()
    for name in ("Rapat ✅ koordinasi.jpg", "Posyandu 🍼.jpg"):
        Image.new("RGB", (320, 240), (40, 120, 90)).save(folder / name)
    caption = tmp_path / "keterangan 📝.txt"
    caption.write_text(CAPTION, encoding="utf-8")
    out_dir = tmp_path / "hasil 🎉"

    assert "konten contoh" in _ok(cp1252_run(warta_home, "demo", "--bulan", "2025-11"))
    assert "Warta" in _ok(cp1252_run(warta_home, "doctor"))
    added = _ok(cp1252_run(warta_home, "add", "--title", "Rapat ✅ koordinasi",
                           "--date", "2025-11-12", "--caption-file", str(caption)))
    post_id = added.strip().splitlines()[-1]
    assert "✅" in _ok(cp1252_run(warta_home, "caption", post_id))
    assert "🇮🇩" in _ok(cp1252_run(warta_home, "caption", post_id, "--json"))
    assert "karakter terlihat" in _ok(cp1252_run(warta_home, "count", str(caption)))
    assert "Ringkasan" in _ok(cp1252_run(warta_home, "check", str(caption)), 0, 1)
    assert "band-bottom" in _ok(cp1252_run(warta_home, "brand", "--list"))
    branded = _ok(cp1252_run(warta_home, "brand", str(folder / "*.jpg"), "--template",
                             "band-bottom", "--format", "square", "--title", "Rapat ✅",
                             "-o", str(out_dir)))
    assert "Rapat ✅ koordinasi.jpg" in branded and "2 foto berhasil" in branded
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "Posyandu 🍼_pita-bawah_persegi.jpg", "Rapat ✅ koordinasi_pita-bawah_persegi.jpg"]
    report = _ok(cp1252_run(warta_home, "report", "--bulan", "2025-11",
                            "--docx", str(out_dir / "Laporan ✅.docx"),
                            "--xlsx", str(out_dir / "Laporan ✅.xlsx")))
    assert "Laporan" in report and (out_dir / "Laporan ✅.xlsx").is_file()


def test_newer_commands_survive_a_cp1252_console_with_emoji(warta_home, tmp_path):
    """import-photos (with a literal wildcard), status, kalender, paket and rekap."""
    folder = tmp_path / "foto ✅"
    folder.mkdir()
    Image.new("RGB", (200, 150)).save(folder / "Posyandu 🍼.jpg")
    _ok(cp1252_run(warta_home, "demo", "--bulan", "2025-11"))
    imported = _ok(cp1252_run(warta_home, "import-photos", str(folder / "*.jpg"), "--post", "1"))
    assert "Posyandu 🍼.jpg" in imported
    assert "Siap Ditinjau" in _ok(cp1252_run(warta_home, "status", "1", "Siap Ditinjau"), 0, 1)
    assert "November 2025" in _ok(cp1252_run(warta_home, "kalender", "--bulan", "2025-11"))
    packets = tmp_path / "paket ✅"
    packets.mkdir()
    _ok(cp1252_run(warta_home, "paket", "--bulan", "2025-11", "-o", str(packets)))
    assert "diimpor" in _ok(cp1252_run(warta_home, "rekap", "impor", str(packets / "*.warta")))
    assert "belum mengirim" in _ok(cp1252_run(warta_home, "rekap", "status", "--bulan", "2025-11"))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"])
def test_decode_text_accepts_what_windows_editors_and_powershell_write(encoding):
    data = CAPTION.replace("\n", "\r\n").encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # PowerShell writes the BOM
        data = "\ufeff".encode(encoding) + data
    assert decode_text(data) == CAPTION


def test_decode_text_refuses_ansi_text():
    with pytest.raises(UnicodeDecodeError):
        decode_text("Café".encode("cp1252") + b"\x81")


def test_count_and_add_read_powershell_utf16_files(capsys, tmp_path):
    """`Get-Content x | Out-File k.txt` and `>` in PowerShell 5.1 write UTF-16 LE + BOM."""
    path = tmp_path / "keterangan.txt"
    path.write_bytes(CAPTION.replace("\n", "\r\n").encode("utf-16"))
    code, out, err = run(capsys, "count", str(path), "--json")
    assert code == 0, err
    assert json.loads(out)["characters"] == len(CAPTION.rstrip("\n"))
    code, out, err = run(capsys, "add", "--title", "Rapat", "--date", "2025-11-12",
                         "--caption-file", str(path))
    assert code == 0, err
    from core import posts
    from core.store import open_store

    store = open_store()
    try:
        assert posts.get_post(store, int(out)).caption == CAPTION
    finally:
        store.close()


def test_wildcards_are_expanded_when_the_shell_did_not(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("b.jpg", "a.jpg", "c.png", "[1].jpg"):
        (tmp_path / name).write_bytes(b"x")
    assert expand_wildcards(["*.jpg"]) == ["[1].jpg", "a.jpg", "b.jpg"]
    assert expand_wildcards(["[1].jpg"]) == ["[1].jpg"]  # exists as written: kept
    assert expand_wildcards(["*.heic", "c.png"]) == ["*.heic", "c.png"]  # reported missing


def test_brand_expands_a_literal_wildcard(capsys, tmp_path):
    folder = tmp_path / "foto"
    folder.mkdir()
    for name in ("satu.jpg", "dua.jpg"):
        Image.new("RGB", (200, 150), (10, 20, 30)).save(folder / name)
    code, out, err = run(capsys, "brand", str(folder / "*.jpg"), "--template", "band-bottom",
                         "--format", "square", "-o", str(tmp_path / "hasil"))
    assert code == 0, err
    assert "2 foto berhasil" in out


def test_closed_pipe_on_windows_is_not_an_error(monkeypatch, capsys):
    """Windows reports a reader that left (`| more` quit) as EINVAL, not EPIPE."""
    from cli import count

    def closed(_args):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(count, "run", closed)
    assert cli.main(["count", "-"]) == 0


def test_einval_about_a_file_is_still_an_error(monkeypatch):
    from cli import count

    def bad_name(_args):
        raise OSError(errno.EINVAL, "Invalid argument", "a?b.txt")

    monkeypatch.setattr(count, "run", bad_name)
    with pytest.raises(OSError):
        cli.main(["count", "-"])


@pytest.mark.parametrize(("release", "version", "expected"), [
    ("10", "10.0.22631", "Windows 11 (build 22631)"),
    ("10", "10.0.22000", "Windows 11 (build 22000)"),
    ("10", "10.0.19045", "Windows 10 (build 19045)"),
    ("11", "10.0.26100", "Windows 11 (build 26100)"),
])
def test_doctor_names_windows_11_by_its_build(release, version, expected):
    from cli.doctor import system_name

    assert system_name("Windows", release, version) == expected
    assert system_name("Linux", "6.8.0", "#1 SMP") == "Linux 6.8.0"


def test_brand_jobs_run_on_threads_and_start_no_process(monkeypatch, tmp_path):
    """Parallel branding was spawned worker processes (the only start method of the
    frozen Warta.exe on Windows, ~0.3 s and more per worker); it is threads now, so no
    start method is involved at all and the same code runs on every system."""
    import multiprocessing.process

    from core import media_export

    made = []
    real = media_export.ThreadPoolExecutor

    def recorder(workers, **kwargs):
        made.append(workers)
        return real(workers, **kwargs)

    def no_process(self):
        raise AssertionError("a process was started")

    monkeypatch.setattr(media_export, "ThreadPoolExecutor", recorder)
    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", no_process)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)  # --jobs is capped at the cores
    for name in ("a.jpg", "b.jpg"):
        Image.new("RGB", (64, 48)).save(tmp_path / name)
    assert cli.main(["brand", str(tmp_path / "a.jpg"), str(tmp_path / "b.jpg"), "--template",
                     "band-bottom", "--format", "square", "--jobs", "2", "-o",
                     str(tmp_path / "hasil")]) == 0
    assert made == [1]  # one helper thread beside the main thread
    assert len(list((tmp_path / "hasil").glob("*.jpg"))) == 2
