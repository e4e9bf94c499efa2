"""The CLI dispatcher: unknown options use the command's own exit code; closed pipes are quiet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import cli

ROOT = Path(__file__).resolve().parents[2]


def test_unknown_option_for_brand_exits_1(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["brand", "--bogus"])
    assert exc.value.code == 1
    assert "argumen tidak dikenal: --bogus" in capsys.readouterr().err


def test_unknown_option_elsewhere_is_argparse_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["doctor", "--bogus"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "doctor" in err and "argumen tidak dikenal" in err


FLOOD = """
import sys
import cli
import cli.count as c

def run(args):
    for i in range(200000):
        print("baris", i)
    return 0

original = c.register

def register(sub):
    original(sub)
    sub.choices["count"].set_defaults(func=run)

c.register = register
sys.exit(cli.main(["count", "-"]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="uses a POSIX pipe to head")
def test_closed_pipe_is_not_a_traceback(tmp_path):
    script = tmp_path / "flood.py"
    script.write_text(FLOOD, encoding="utf-8")
    proc = subprocess.run(f'"{sys.executable}" "{script}" < /dev/null | head -n 1',
                          shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.stdout == "baris 0\n"
    assert "Traceback" not in proc.stderr, proc.stderr


def test_a_short_lived_command_run_as_a_program_prints_all_and_keeps_its_code(tmp_path):
    path = tmp_path / "keterangan.txt"
    path.write_text("Rapat koordinasi di Cimahi pd hari Senin. #CimahiKota\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(path)],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert done.returncode == 0 and done.stderr == ""
    assert "“pd”" in done.stdout and done.stdout.rstrip().endswith("1 peringatan")
