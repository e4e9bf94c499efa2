"""After `brand`, main.py ends the process without the interpreter's teardown
(main.end): the exit handlers still run and stdout/stderr are flushed; a thread still
running or a flush that fails takes the usual exit, as before."""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

import main

ROOT = Path(__file__).resolve().parents[2]


class _Exited(Exception):
    pass


@pytest.fixture
def quick_exit(monkeypatch):
    """Records what end() did instead of ending the test process."""
    seen: list[tuple[str, int]] = []

    def os_exit(code: int) -> None:
        seen.append(("os._exit", code))
        raise _Exited

    monkeypatch.setattr(os, "_exit", os_exit)
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: seen.append(("handlers", 0)))
    return seen


def test_a_quick_exit_runs_the_handlers_then_skips_the_teardown(quick_exit):
    with pytest.raises(_Exited):
        main.end(2, quick=True)
    assert quick_exit == [("handlers", 0), ("os._exit", 2)]


def test_other_commands_exit_the_usual_way(quick_exit):
    with pytest.raises(SystemExit) as exited:
        main.end(0)
    assert exited.value.code == 0 and quick_exit == []


def test_a_failing_flush_takes_the_usual_exit_which_reports_it(quick_exit, monkeypatch):
    class Broken:
        def flush(self) -> None:
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", Broken())
    with pytest.raises(SystemExit) as exited:
        main.end(0, quick=True)
    assert exited.value.code == 0 and quick_exit == []


def test_a_thread_still_running_is_waited_for(quick_exit):
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with pytest.raises(SystemExit):
            main.end(0, quick=True)
    finally:
        stop.set()
        thread.join()
    assert quick_exit == []


# main.py run as a script, as a PIC runs it, with an exit handler, os._exit saying it
# ran, and (unless the last argument is "-") a thread that writes that file late
_SCRIPT = """
import atexit, os, runpy, sys, threading, time
real_exit = os._exit
os._exit = lambda code: (os.write(2, b"quick exit\\n"), real_exit(code))
atexit.register(lambda: os.write(2, b"handler ran\\n"))
late = sys.argv.pop()
if late != "-":
    def write_late():
        time.sleep(2)  # still running when brand is done
        open(late, "w").close()
    threading.Thread(target=write_late).start()
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(sys.argv[0]))
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _brand(tmp_path: Path, late: str = "-") -> subprocess.CompletedProcess:
    photo = tmp_path / "rapat.jpg"
    Image.new("RGB", (900, 600), (40, 120, 90)).save(photo)
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 bukan foto")
    argv = [str(ROOT / "main.py"), "brand", str(photo), str(broken), "--template",
            "band-bottom", "--format", "square", "-o", str(tmp_path / "hasil"), late]
    env = {**os.environ, "WARTA_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-c", _SCRIPT, *argv], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def test_brand_as_a_script_ends_quickly_with_its_output_whole(tmp_path):
    done = _brand(tmp_path)
    assert done.returncode == 2  # one photo failed
    assert "Selesai: 1 foto berhasil, 1 gagal." in done.stdout
    assert "GAGAL rusak.jpg" in done.stderr
    assert done.stderr.endswith("handler ran\nquick exit\n")
    assert [p.name for p in (tmp_path / "hasil").iterdir()] == ["rapat_pita-bawah_persegi.jpg"]


def test_brand_as_a_script_waits_for_a_thread_still_running(tmp_path):
    late = tmp_path / "late.txt"
    done = _brand(tmp_path, str(late))
    assert done.returncode == 2 and "Selesai" in done.stdout
    assert late.exists() and "handler ran" in done.stderr
    assert "quick exit" not in done.stderr  # the usual exit, which waited for it
