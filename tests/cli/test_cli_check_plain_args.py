"""`check`'s own parse of a plain invocation gives what argparse gives (cli/check.py
parse_plain; anything else goes to argparse, its messages and exit codes)."""

from __future__ import annotations

import itertools

import pytest

import cli
from cli import check


def _argparse(argv: list[str]) -> dict[str, object]:
    parser = cli.build_parser(["check", *argv])
    args = parser.parse_args(["check", *argv])
    return vars(args)


OPTIONS = [[], ["--json"], ["--profile", "santai"], ["--profile=semi-formal"],
           ["--kategori", "Klarifikasi Hoaks"], ["--kategori=Kegiatan"],
           ["--tanggal-kegiatan", "2025-11-12"], ["--tanggal-kegiatan=12/11/2025"]]


def _name(option: list[str]) -> str:
    return option[0].partition("=")[0] if option else ""


PAIRS = [(a, b) for a, b in itertools.combinations(OPTIONS, 2) if _name(a) != _name(b)]


@pytest.mark.parametrize("first,second", PAIRS)
@pytest.mark.parametrize("file", ["keterangan.txt", "-", "folder/berkas dengan spasi.txt"])
def test_plain_arguments_read_as_argparse_reads_them(first, second, file):
    for argv in ([*first, file, *second], [file, *first, *second], [*first, *second, file]):
        plain = check.parse_plain(argv)
        assert plain is not None, argv
        assert vars(plain) == _argparse(argv), argv


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["-h"], ["a.txt", "b.txt"], ["--js", "a.txt"], ["--prof", "santai", "a"],
    ["--profile", "resmi", "a.txt"], ["--profile"], ["a.txt", "--profile"],
    ["--json", "--json", "a.txt"], ["--profile", "santai", "--profile", "formal", "a.txt"],
    ["--tanggal-kegiatan", "-1", "a.txt"], ["--", "a.txt"], ["-x", "a.txt"],
    ["--json=1", "a.txt"], ["--kategori", "Bukan Kategori", "a.txt"],
])
def test_anything_else_is_left_to_argparse(argv):
    assert check.parse_plain(argv) is None


def test_a_usage_error_still_speaks_argparse(run_cli):
    code, _out, err = run_cli("check", "--profile", "resmi", "x.txt")
    assert code == 2 and "pilihan tidak sah" in err
