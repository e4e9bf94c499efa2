"""The command line: Indonesian help, doctor, demo and add, run in-process and for real."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cli
from core import paths, posts
from core.model import Category, Status
from core.store import open_store
from main import wants_gui

ROOT = Path(__file__).resolve().parents[2]
GARBAGE = b"ini bukan basis data SQLite \x00\xff" * 200


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_exit(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """For argparse paths that end in SystemExit (--help, usage errors)."""
    with pytest.raises(SystemExit) as info:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


# --- help and dispatch ----------------------------------------------------------------

def test_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_exit(capsys, "--help")
    assert code == 0
    assert "Pemakaian" in out and "perintah" in out
    assert "tampilkan bantuan ini lalu keluar" in out
    for command in ("doctor", "demo", "add"):
        assert command in out
    assert "usage:" not in out and "show this help" not in out


@pytest.mark.parametrize("command", ["doctor", "demo", "add"])
def test_command_help_is_indonesian(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run_exit(capsys, command, "--help")
    assert code == 0
    assert out.startswith("Pemakaian") and "opsi" in out
    assert "usage:" not in out and "options:" not in out


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 1 and "Pemakaian" in out


def test_unknown_command_is_explained_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_exit(capsys, "hapus-semua")
    assert code == 2
    assert "galat" in err and "pilihan tidak sah" in err and "hapus-semua" in err


def test_missing_required_argument(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_exit(capsys, "add", "--date", "2025-11-12")
    assert code == 2 and "wajib diisi" in err and "--title" in err


def test_every_command_module_registers_a_command() -> None:
    names = cli.command_modules()
    assert {"cli.doctor", "cli.demo", "cli.add"} <= set(names)
    assert "cli.common" not in names and "cli.argparse_id" not in names


@pytest.mark.parametrize(("argv", "gui"), [
    ([], True), (["--screenshot", "konten.png"], True), (["--screenshot=konten.png"], True),
    (["--page", "media"], True), (["doctor"], False), (["--help"], False),
    (["add", "--title", "--screenshot"], False),
])
def test_main_routes_gui_flags_and_commands(argv: list[str], gui: bool) -> None:
    assert wants_gui(argv) is gui


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, WARTA_HOME=str(home), PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    return env


def test_main_py_help_runs_without_qt(warta_home: Path) -> None:
    result = subprocess.run([sys.executable, "-X", "importtime", "main.py", "--help"],
                            cwd=ROOT, env=_env(warta_home), capture_output=True,
                            text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Pemakaian" in result.stdout and "perintah" in result.stdout
    imported = result.stderr  # -X importtime lists every module imported
    assert "import time:" in imported
    assert "PySide6" not in imported and "shiboken6" not in imported


def test_main_py_commands_run_without_qt(warta_home: Path) -> None:
    wrapper = (
        "import sys, main\n"
        "codes = [main.main(['doctor']), main.main(['demo', '--bulan', '2025-11']),\n"
        "         main.main(['add', '--title', 'Uji', '--date', '2025-11-12'])]\n"
        "print('CODES', codes, 'QT', any(m.startswith(('PySide6', 'shiboken6'))\n"
        "                                for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", wrapper], cwd=ROOT, env=_env(warta_home),
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "CODES [0, 0, 0] QT False" in result.stdout


# --- doctor ---------------------------------------------------------------------------

def test_doctor_healthy_on_a_fresh_home(capsys: pytest.CaptureFixture[str],
                                        warta_home: Path) -> None:
    code, out, _ = run(capsys, "doctor")
    assert code == 0, out
    assert "RUSAK" not in out and "Semua pemeriksaan lolos" in out
    assert str(warta_home) in out
    assert "[OK] Basis data" in out and "[OK] Font" in out and "[OK] Pembaca foto" in out


def test_doctor_reports_a_missing_fast_jpeg_decoder(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from core.branding import jpeg_scaled

    monkeypatch.setattr(jpeg_scaled, "_DISABLED", True)
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert "[RUSAK] Pembaca foto: pembaca JPEG cepat tidak termuat" in out
    assert "Pasang ulang Warta" in out


def test_doctor_healthy_with_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--bulan", "2025-11")[0] == 0
    code, out, _ = run(capsys, "doctor")
    assert code == 0 and "integritas baik" in out


def test_doctor_fails_on_a_corrupt_database(capsys: pytest.CaptureFixture[str]) -> None:
    db = paths.db_path()
    db.write_bytes(GARBAGE)
    code, out, _ = run(capsys, "doctor")
    assert code != 0
    assert "[RUSAK] Basis data" in out and "cadangan" in out
    assert "pemeriksaan gagal" in out
    assert db.read_bytes() == GARBAGE  # doctor never "repairs" by overwriting


# --- demo -----------------------------------------------------------------------------

def test_demo_fills_the_given_month(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--bulan", "2025-11")
    assert code == 0 and "24 konten contoh untuk 11/2025" in out
    store = open_store()
    try:
        listed = posts.list_posts(store)
        assert len(listed) == 24
        assert {(p.activity_date.year, p.activity_date.month) for p in listed} == {(2025, 11)}
    finally:
        store.close()


def test_demo_twice_needs_tambah(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--bulan", "2025-11")[0] == 0
    code, out, err = run(capsys, "demo", "--bulan", "2025-11")
    assert code == 1 and out == ""
    assert "sudah ada konten" in err and "--tambah" in err
    code, out, _ = run(capsys, "demo", "--bulan", "2025-12", "--tambah")
    assert code == 0
    store = open_store()
    assert posts.count_posts(store) == 48
    assert posts.months_with_posts(store) == ["2025-12", "2025-11"]
    store.close()


def test_demo_without_month_uses_last_month(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo")[0] == 0
    first_of_this_month = dt.date.today().replace(day=1)
    last = first_of_this_month - dt.timedelta(days=1)
    store = open_store()
    assert posts.months_with_posts(store) == [f"{last.year}-{last.month:02d}"]
    store.close()


@pytest.mark.parametrize("month", ["2025-13", "11-2025", "2025/11", "November", "2025-1"])
def test_demo_rejects_a_bad_month(capsys: pytest.CaptureFixture[str], month: str) -> None:
    code, _, err = run(capsys, "demo", "--bulan", month)
    assert code == 1 and "TTTT-BB" in err
    assert not paths.db_path().exists()


def test_demo_on_a_corrupt_database_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    paths.db_path().write_bytes(GARBAGE)
    code, _, err = run(capsys, "demo", "--bulan", "2025-11")
    assert code == 1 and "rusak" in err
    assert paths.db_path().read_bytes() == GARBAGE


# --- add ------------------------------------------------------------------------------

def _stored(post_id: int):
    store = open_store()
    try:
        return posts.get_post(store, post_id)
    finally:
        store.close()


def test_add_reads_caption_from_stdin_and_prints_the_id(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    caption = "Rapat koordinasi Satu Data 📊\nBersama perangkat daerah.\n#CimahiKota\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(caption))
    code, out, err = run(capsys, "add", "--title", "Rapat Satu Data", "--date", "2025-11-12",
                         "--caption-file", "-")
    assert code == 0, err
    post = _stored(int(out.strip()))
    assert post.title == "Rapat Satu Data" and post.caption == caption
    assert post.activity_date == dt.date(2025, 11, 12)
    assert post.status is Status.DRAF and post.category is Category.KEGIATAN


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"])
def test_add_stdin_is_utf8_even_on_a_cp1252_console(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        prefix: bytes) -> None:
    """Windows pipes decode with the ANSI code page; the caption must not become mojibake."""
    piped = prefix + "Café Cimahi 🇮🇩\r\nbaris kedua — selesai\r\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped), encoding="cp1252",
                                                       errors="replace"))
    code, out, err = run(capsys, "add", "--title", "Kafe", "--date", "2025-11-12",
                         "--caption-file", "-")
    assert code == 0, err
    assert _stored(int(out.strip())).caption == "Café Cimahi 🇮🇩\nbaris kedua — selesai\n"


def test_add_all_options_with_indonesian_names(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    caption_file = tmp_path / "keterangan.txt"
    caption_file.write_text("Selamat Hari Pahlawan 🇮🇩", encoding="utf-8")
    code, out, _ = run(capsys, "add", "--judul", "Hari Pahlawan", "--tanggal", "2025-11-10",
                       "--lokasi", "Lapangan Apel Pemkot Cimahi",
                       "--kategori", "peringatan hari besar", "--status", "TERBIT",
                       "--berkas-keterangan", str(caption_file))
    assert code == 0
    post = _stored(int(out.strip()))
    assert post.location == "Lapangan Apel Pemkot Cimahi"
    assert post.category is Category.PERINGATAN_HARI_BESAR and post.status is Status.TERBIT
    assert post.caption == "Selamat Hari Pahlawan 🇮🇩"


def test_add_caption_file_saved_by_notepad_with_bom(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    caption_file = tmp_path / "keterangan.txt"
    caption_file.write_bytes("\ufeffImbauan waspada penipuan daring".encode())
    code, out, _ = run(capsys, "add", "--title", "Imbauan", "--date", "2025-11-12",
                       "--caption-file", str(caption_file))
    assert code == 0
    assert _stored(int(out.strip())).caption == "Imbauan waspada penipuan daring"


def test_add_ids_increase(capsys: pytest.CaptureFixture[str]) -> None:
    ids = [int(run(capsys, "add", "--title", f"Konten {i}", "--date", "2025-11-12")[1])
           for i in range(3)]
    assert ids == sorted(set(ids))


@pytest.mark.parametrize(("args", "expected"), [
    (["--date", "12-11-2025"], "TTTT-BB-HH"),
    (["--date", "2025-02-30"], "tidak sah"),
    (["--date", "besok"], "2025-11-12"),
    (["--category", "Olahraga"], "Kegiatan, Pengumuman"),
    (["--status", "Selesai"], "Draf, Siap Ditinjau, Disetujui, Terbit"),
    (["--title", "   "], "judul tidak boleh kosong"),
    (["--caption-file", "tidak-ada.txt"], "tidak dapat dibaca"),
])
def test_add_bad_input_fails_with_indonesian_message(
        capsys: pytest.CaptureFixture[str], args: list[str], expected: str) -> None:
    base = {"--title": "Rapat", "--date": "2025-11-12"}
    argv = ["add"]
    for key, value in base.items():
        if key not in args:
            argv += [key, value]
    code, out, err = run(capsys, *argv, *args)
    assert code == 1
    assert out == ""
    assert err.startswith("galat:") and expected in err
    if paths.db_path().exists():
        store = open_store()
        assert posts.count_posts(store) == 0
        store.close()


def test_add_caption_file_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "ansi.txt"
    bad.write_bytes("Café Cimahi".encode("cp1252") + b"\x81\x8d")
    code, _, err = run(capsys, "add", "--title", "Rapat", "--date", "2025-11-12",
                       "--caption-file", str(bad))
    assert code == 1 and "tidak dapat dibaca" in err


def test_add_on_a_corrupt_database(capsys: pytest.CaptureFixture[str]) -> None:
    paths.db_path().write_bytes(GARBAGE)
    code, _, err = run(capsys, "add", "--title", "Rapat", "--date", "2025-11-12")
    assert code == 1 and "rusak" in err
    assert paths.db_path().read_bytes() == GARBAGE
