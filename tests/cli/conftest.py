"""Shared by the CLI tests: run one command in-process and capture what it printed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import cli

RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run_cli(capsys) -> RunCli:
    """run_cli(*argv) -> (exit code, stdout, stderr); argparse usage errors included."""

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run
