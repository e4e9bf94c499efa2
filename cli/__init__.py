"""Warta's command line: `python main.py <command>`.

Each module in this package that defines `register(subparsers)` adds one command;
`register` must set `func=<callable(args) -> int>` as the parser default. Commands
use core/ and exporters/ only, never Qt, so they run on a machine without a screen.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from cli.common import configure_streams
from core.version import __version__

TYPE_CHECKING = False  # not typing's: importing typing costs every command's start ~5 ms
if TYPE_CHECKING:
    import argparse
    from typing import Any

_NOT_COMMANDS = {"argparse_id", "common"}


def command_modules() -> list[str]:
    """Names of the modules that define commands, sorted for a stable --help."""
    import pkgutil  # imports inspect and typing: only when every command is listed

    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name not in _NOT_COMMANDS]
    return [f"cli.{name}" for name in sorted(names)]


def modules_for(argv: Sequence[str]) -> list[str]:
    """Only the named command's module when argv starts with a command (a command starts
    without importing the others, or listing the package: pkgutil imports inspect);
    every module for --help, --version or a typo."""
    if argv and not argv[0].startswith("-"):
        short = argv[0].replace("-", "_")
        name = f"cli.{short}"
        if short.isidentifier() and short not in _NOT_COMMANDS and _is_module(name):
            return [name]
    return command_modules()


def _is_module(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with only the command `argv` names."""
    import argparse

    from cli import argparse_id

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
    for name in command_modules() if argv is None else modules_for(argv):
        module = importlib.import_module(name)
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def _command_parser(parser: argparse.ArgumentParser,
                    argv: Sequence[str]) -> argparse.ArgumentParser:
    """The sub-parser of the command in `argv`, so its own usage and exit code apply."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and argv:
            return action.choices.get(argv[0], parser)
    return parser


def reader_left(exc: OSError) -> bool:
    """A write to stdout failed because the reader of the pipe went away (`| head`).

    POSIX says BrokenPipeError; Windows' C runtime says EINVAL (errno 22) with no file
    name. An EINVAL about a file (an invalid name) carries the name and is a real error.
    """
    if isinstance(exc, BrokenPipeError):
        return True
    return exc.errno == errno.EINVAL and exc.filename is None


def _silence_stdout() -> None:
    """Point stdout at the null device so the exit-time flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _is_store_error(exc: BaseException) -> bool:
    """A StoreError, without importing the store for commands that never open it (only a
    command that imported core.store can raise one)."""
    store = sys.modules.get("core.store")
    return store is not None and isinstance(exc, store.StoreError)


def main(argv: Sequence[str]) -> int:
    """Run one CLI command and return its exit code.

    The cyclic garbage collector is paused while the command's modules load (thousands
    of objects, none of them garbage: each collection only walks them again, 5-10% of a
    short command's time) and stays paused for a command that declares itself short-lived
    (`short_lived=True` in its defaults: `check`, `count`, `brand`, whose batch makes no
    cyclic garbage); any other command runs with it.
    The caller's setting is restored on return."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _main(list(argv), was_enabled)
    finally:
        if was_enabled:
            gc.enable()


_short_lived = False  # whether the last command run declared itself short-lived


def ran_short_lived() -> bool:
    """Whether the command just run was short-lived (main.py then freezes the heap so the
    interpreter's exit skips collecting it; other commands exit as usual)."""
    return _short_lived


# Commands whose module parses a plain invocation itself (`parse_plain(argv) -> args or
# None`): their start skips argparse, and building every parser, when it can.
_PLAIN = {"check": "cli.check", "brand": "cli.brand"}


# Commands whose modules compile many regular expressions at import: they are read
# compiled from the command's own file in the cache folder first (core/pattern_cache.py;
# the command saves what it compiled), ~5 ms of every `brand` batch's start.
_PATTERNS = {"brand": "patterns-brand.marshal"}


def _patterns(argv: list[str], save: bool = False) -> None:
    """Preload the command's stored patterns, or (save=True) store those it compiled."""
    name = _PATTERNS.get(argv[0]) if argv else None
    if name is not None:
        from core import pattern_cache

        if save:
            pattern_cache.save(name)
        else:
            pattern_cache.preload(name)


def _plain_args(argv: list[str]) -> Any:
    module = _PLAIN.get(argv[0]) if argv else None
    return None if module is None else importlib.import_module(module).parse_plain(argv[1:])


def _parsed_args(argv: list[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """argparse's reading of argv, with the parser (exits with a usage message on errors)."""
    from cli import argparse_id

    parser = build_parser(argv)
    if argv and argv[0] not in _command_parser(parser, argv[:1]).prog.split():
        parser = build_parser()  # a module named like a command registered another name
    args, extra = parser.parse_known_args(argv)
    if extra:  # report unknown options through the command's parser (its usage, its code)
        _command_parser(parser, argv).error(
            argparse_id._translate("unrecognized arguments: %s") % " ".join(extra))
    return parser, args


def _main(argv: list[str], collect: bool) -> int:
    global _short_lived
    configure_streams()
    _patterns(argv)
    parser, args = None, _plain_args(argv)
    if args is None:
        parser, args = _parsed_args(argv)
    _short_lived = bool(getattr(args, "short_lived", False))
    if collect and not _short_lived:
        gc.enable()
    func = getattr(args, "func", None)
    if func is None and parser is not None:  # a plain parse always names its command
        parser.print_help()
        return 1
    try:
        code = int(func(args) or 0)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader that left shows here, not at interpreter exit
        _patterns(argv, save=True)  # the answer is out: the next start finds them compiled
        return code
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:
        if _is_store_error(exc):  # locked for too long, disk full: a message, not a traceback
            print(f"galat: {exc}", file=sys.stderr)
            return 1
        if not isinstance(exc, OSError) or not reader_left(exc):
            raise
        _silence_stdout()  # `warta count x | head`: the reader left; not an error
        return 0
