"""Warta's command line: `python main.py <command>`.

Each module in this package that defines `register(subparsers)` adds one command;
`register` must set `func=<callable(args) -> int>` as the parser default. Commands
use core/ and exporters/ only, never Qt, so they run on a machine without a screen.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from cli import argparse_id
from core.store import StoreError
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


def _command_parser(parser: argparse.ArgumentParser,
                    argv: Sequence[str]) -> argparse.ArgumentParser:
    """The sub-parser of the command in `argv`, so its own usage and exit code apply."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and argv:
            return action.choices.get(argv[0], parser)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run one CLI command and return its exit code."""
    argv = list(argv)
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # report unknown options through the command's parser (its usage, its code)
        _command_parser(parser, argv).error(
            argparse_id._translate("unrecognized arguments: %s") % " ".join(extra))
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 1
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except StoreError as exc:  # locked for too long, disk full: a message, not a traceback
        print(f"galat: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `warta count x | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
