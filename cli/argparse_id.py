"""Indonesian wording for argparse's own messages ("usage:", "show this help ...").

argparse looks its strings up through gettext at call time; we route that lookup
through a small table so `--help` and usage errors read in Bahasa Indonesia.
"""

from __future__ import annotations

import argparse

_TABLE = {
    "usage: ": "Pemakaian: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "optional arguments": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "perlu satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi ambigu: %(option)s bisa berarti %(matches)s",
}


def _translate(message: str) -> str:
    return _TABLE.get(message, message)


def install() -> None:
    """Make argparse speak Indonesian (idempotent)."""
    argparse._ = _translate  # type: ignore[attr-defined]
    argparse.ngettext = lambda s, p, n: _translate(s if n == 1 else p)  # type: ignore[attr-defined]
