"""Warta's command line: `python main.py <command>`.

Each module in this package that defines `register(subparsers)` adds one command;
`register` must set `func=<callable(args) -> int>` as the parser default. Commands
use core/ and exporters/ only, never Qt, so they run on a machine without a screen.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from cli import argparse_id
from core.version import __version__

_NOT_COMMANDS = {"argparse_id", "common"}


def command_modules() -> list[str]:
    """Names of the modules that define commands, sorted for a stable --help."""
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name not in _NOT_COMMANDS]
    return [f"cli.{name}" for name in sorted(names)]


def build_parser() -> argparse.ArgumentParser:
    argparse_id.install()
    parser = argparse.ArgumentParser(
        prog="warta",
        description=(
            "Warta: studio media sosial luring untuk PIC media sosial perangkat daerah. "
            "Tanpa perintah, aplikasi dibuka."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Warta {__version__}",
                        help="tampilkan versi lalu keluar")
    sub = parser.add_subparsers(title="perintah", metavar="PERINTAH")
    for name in command_modules():
        module = importlib.import_module(name)
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run one CLI command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 1
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
