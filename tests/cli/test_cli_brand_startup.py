"""`warta brand` starts and ends lighter (issue 15, batch branding through the CLI): the
garbage collector stays paused for the run, the store is not opened when the options
give every profile field, and the exit does not walk the run's objects again."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import cli
import cli.brand
from core.actions.brand import FileBrand, brand_files
from core.branding import load_kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def photos(tmp_path) -> list[str]:
    good = tmp_path / "rapat.jpg"
    Image.new("RGB", (900, 600), (40, 120, 90)).save(good)
    sideways = tmp_path / "miring.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (900, 600), (120, 40, 90)).save(sideways, exif=exif)
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 bukan foto")
    return [str(good), str(sideways), str(broken), str(tmp_path / "hilang.jpg")]


def test_brand_runs_with_the_collector_paused_and_gives_it_back(capsys, tmp_path, photos):
    args = cli.build_parser(["brand"]).parse_args(["brand", "--template", "band-bottom"])
    assert args.short_lived is True  # cli.main leaves the collector off for the run
    seen = []
    real = cli.brand.run
    try:
        cli.brand.run = lambda a: seen.append(gc.isenabled()) or real(a)
        args_line = ["brand", photos[0], "--template", "band-bottom", "--format", "square",
                     "-o", str(tmp_path / "hasil")]
        assert cli.main(args_line) == 0
    finally:
        cli.brand.run = real
    capsys.readouterr()
    assert seen == [False] and gc.isenabled()


def test_a_batch_makes_no_cyclic_garbage(tmp_path, photos):
    """Why the collector may stay paused for a whole batch, however long: rendering,
    failing photos and the worker threads leave nothing that only it could free."""
    out = tmp_path / "hasil"
    out.mkdir()
    spec = FileBrand(load_kit("cimahi"), "band-bottom", ["square", "portrait"], {}, out)
    list(brand_files(photos, spec, jobs=2))  # first use: imports and caches
    gc.collect()
    gc.disable()
    try:
        results = list(brand_files(photos * 2, spec, jobs=2))
        found = gc.collect()
    finally:
        gc.enable()
    assert [r["ok"] for r in results].count(True) == 4
    assert found == 0


def test_options_for_every_profile_field_leave_the_store_closed(capsys, tmp_path, photos,
                                                                 monkeypatch, store):
    def no_store() -> tuple[str, str]:
        raise AssertionError("the profile was read")

    monkeypatch.setattr(cli.brand, "_profile_fields", no_store)
    code = cli.main(["brand", photos[0], "--template", "band-bottom", "--format", "square",
                     "--department", " Dinas Perhubungan ", "--city", "Cimahi",
                     "-o", str(tmp_path / "hasil")])
    assert code == 0
    capsys.readouterr()
    assert cli.brand._department_and_city(" Dinas Perhubungan ", "Cimahi ") == {
        "department": "Dinas Perhubungan", "city": "Cimahi"}


def _exit_state(command: list[str]) -> str:
    """'<exit code> <objects frozen>' after main.main(command) in a fresh interpreter."""
    code = ("import gc, sys\n"
            f"sys.path.insert(0, {str(ROOT)!r})\n"
            "import main\n"
            f"code = main.main({command!r})\n"
            "print(code, gc.get_freeze_count())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         encoding="utf-8", env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                         cwd=ROOT, timeout=120).stdout
    return out.splitlines()[-1]


def test_the_cli_freezes_what_is_left_before_the_interpreter_exits(warta_home):
    code, frozen = _exit_state(["brand", "--list"]).split()
    assert code == "0" and int(frozen) > 0


def test_other_commands_exit_without_freezing(warta_home):
    """Only a short-lived command freezes: for the rest, objects in reference cycles are
    still finalized at exit (a file left open in one is flushed)."""
    assert _exit_state(["doctor"]) == "0 0"



# A fresh interpreter per batch: what it compiles, and the bytes it writes
_BATCH = """
import json, sys
import re._compiler
compiled = []
real = re._compiler.compile
def count(p, flags=0):  # called by re.compile on a miss in its cache
    compiled.append(p)
    return real(p, flags)
re._compiler.compile = count
import main
code = main.main(sys.argv[1:])
out = sys.argv[sys.argv.index("-o") + 1]
import pathlib
files = {p.name: p.read_bytes().hex() for p in sorted(pathlib.Path(out).iterdir())}
print(json.dumps({"code": code, "compiled": len(compiled), "files": files}))
"""


def test_a_second_batch_finds_its_patterns_compiled_in_its_own_file(tmp_path, photos):
    from core import pattern_cache
    from tests.core.fresh_start import run_start

    home = tmp_path / "home"

    def batch(out: str) -> dict:
        argv = ["brand", photos[0], photos[1], "--template", "band-bottom", "--format",
                "square", "--title", "Rapat", "--date", "2025-11-12", "--city", "Cimahi",
                "--department", "Diskominfo", "-o", str(tmp_path / out)]
        return run_start(_BATCH.replace("sys.argv[1:]", repr(argv))
                         .replace("sys.argv", repr(["x", *argv])), home)

    first = batch("satu")
    stored = home / "cache" / "regex" / cli._PATTERNS["brand"]
    assert stored.is_file() and first["code"] == 0 and first["compiled"] > 30
    assert not (home / "cache" / "regex" / pattern_cache.NAME).exists()  # the checker's
    second = batch("dua")
    assert second["files"] == first["files"]  # the same photos, byte for byte
    assert second["compiled"] < first["compiled"] / 4  # only what ran before the preload
