"""`brand`'s own parse of a plain invocation gives what argparse gives (cli/brand.py
parse_plain; anything else goes to argparse, its messages and exit codes)."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

import cli
from cli import brand
from tests.cli.test_cli_start_imports import _RUN_MAIN, loaded_modules


def _brand_parser() -> argparse.ArgumentParser:
    return cli._command_parser(cli.build_parser(["brand"]), ["brand"])


def _argparse(argv: list[str]) -> dict[str, object] | None:
    """argparse's reading, or None when it refuses (usage message, exit 1 or 2)."""
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            return vars(cli.build_parser(["brand"]).parse_args(["brand", *argv]))
        except SystemExit:
            return None


def test_the_plain_options_are_the_parsers_options():
    """parse_plain's table names every option register() declares, as argparse takes it."""
    seen = set()
    for action in _brand_parser()._actions:
        if not action.option_strings or isinstance(action, argparse._HelpAction):
            continue
        kind = None if isinstance(action, argparse._StoreTrueAction) else (action.type or str)
        for name in action.option_strings:
            assert brand._PLAIN_OPTIONS[name] == (action.dest, kind), name
            seen.add(name)
        assert (action.dest in brand._REPEATED) == isinstance(action, argparse._AppendAction)
    assert seen == set(brand._PLAIN_OPTIONS)


def test_defaults_are_argparses():
    assert vars(brand.parse_plain([])) == _argparse([])
    assert {k for k in _argparse([]) if k not in ("files", "func")} == set(brand._DEFAULTS)


BENCH = ["--kit", "cimahi", "--template", "band-bottom", "--format", "portrait", "--title",
         "Wali Kota Cimahi Resmikan Mal", "--date", "2025-11-12", "--location",
         "Jl. Demang Hardjakusumah, Cimahi", "--department", "Dinas Komunikasi dan Informatika",
         "--city", "Cimahi", "--quality", "88", "--jobs", "2", "-o", "hasil", "a.jpg", "b c.jpg"]


@pytest.mark.parametrize("argv", [
    BENCH, BENCH[-2:] + BENCH[:-2], ["--list"], ["--daftar", "--json"],
    ["a.jpg", "--template=band-bottom", "--format=square", "--format", "story", "-o", "x"],
    ["--judul", "", "--lokasi", "Cimahi", "--kualitas", "90", "--fokus", "0.2,0.8",
     "--perangkat-daerah", "Diskominfo", "--kota", "Cimahi", "--tanggal", "12/11/2025",
     "--output=hasil", "*.jpg"],
    ["--title", "a", "--title=b", "--jobs", " 3 ", "--list", "--list", "foto.jpg"],
])
def test_plain_arguments_read_as_argparse_reads_them(argv):
    plain = brand.parse_plain(argv)
    assert plain is not None, argv
    assert vars(plain) == _argparse(argv), argv


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h"], ["a.jpg", "--list", "b.jpg"], ["--temp", "band-bottom"],
    ["--title"], ["a.jpg", "--title"], ["--title", "-x"], ["--jobs", "-1"], ["--", "a.jpg"],
    ["-"], ["-x", "a.jpg"], ["--json=1"], ["--quality", "tinggi"], ["--quality=8.5"],
    ["-ohasil"], ["-o=hasil"], ["--version"],
])
def test_anything_else_is_left_to_argparse(argv):
    assert brand.parse_plain(argv) is None


_NAMES = sorted(brand._PLAIN_OPTIONS) + ["--temp", "--lis", "-h", "--", "-", "-x", "-oout"]
_VALUES = st.one_of(st.sampled_from(["", "a.jpg", "-1", "12", " 7 ", "0.5,0.5", "x=y",
                                     "-", "--json", "- a", "٣", "1_0", "foto saya.jpg"]),
                    st.text(max_size=6))
_TOKEN = st.one_of(st.sampled_from(_NAMES), _VALUES,
                   st.builds(lambda n, v: f"{n}={v}", st.sampled_from(_NAMES), _VALUES))


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKEN, max_size=8))
def test_whatever_it_reads_argparse_reads_alike(argv):
    """For any argument list: parse_plain either declines or gives argparse's Namespace."""
    plain = brand.parse_plain(argv)
    if plain is not None:
        assert vars(plain) == _argparse(argv), argv


def test_a_usage_error_still_speaks_argparse(run_cli):
    code, _out, err = run_cli("brand", "--quality", "tinggi", "x.jpg")
    assert code == 1 and "galat" in err and "--quality" in err


def test_a_plain_batch_starts_without_argparse(tmp_path, warta_home):
    """Nor what only other paths need: glob (a name that does not exist), tempfile and
    shutil (a kit being written; safe_write makes its temp files itself). The first
    batch on a PC finds the kit's fonts through importlib.resources (tempfile) once."""
    photo = tmp_path / "rapat.jpg"
    Image.new("RGB", (900, 600), (40, 120, 90)).save(photo)
    argv = ["brand", "--template", "band-bottom", "--format", "square", "-o",
            str(tmp_path / "hasil"), str(photo)]
    loaded_modules(*argv, runner=_RUN_MAIN)
    modules = loaded_modules(*argv, runner=_RUN_MAIN)
    assert (tmp_path / "hasil" / "rapat_pita-bawah_persegi.jpg").is_file()
    assert "cli.brand" in modules
    assert not {"argparse", "glob", "tempfile", "shutil"} & modules
