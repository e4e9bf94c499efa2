"""Windows' 260-character path limit (MAX_PATH), for the names Warta generates.

A OneDrive Documents folder, the post folder, a long photo name, the template and the
format can add up past 260 characters; Windows then refuses the file and the error
read "folder does not exist". Generated names are shortened so the whole path fits,
with room for safe_write's temporary file beside it. The cap applies on every system,
so a folder exported on Linux has the names it would have on Windows.
"""

from __future__ import annotations

import os
from pathlib import Path

MAX_PATH = 260  # characters, including the terminating NUL
# safe_write.atomic_path writes ".{name}.XXXXXXXX.tmp" (mkstemp) next to the target
TEMP_ROOM = len("..") + 8 + len(".tmp")
MIN_STEM = 8  # shorter than this a name stops saying what it is: let it fail instead
FILE_ROOM = 64  # what a post folder leaves for the names of the files inside it


def on_windows() -> bool:
    """Where the limit applies (a function, so tests can pretend)."""
    return os.name == "nt"


def path_length(path: str | os.PathLike[str]) -> int:
    """Characters of the absolute path, as Windows counts them."""
    return len(os.path.abspath(os.fspath(path)))


def fits(path: str | os.PathLike[str]) -> bool:
    """`path` and its temporary twin stay under MAX_PATH."""
    return path_length(path) + TEMP_ROOM <= MAX_PATH - 1


def _room(folder: Path, reserve: int) -> int:
    """Characters left for a name in `folder` (plus the separator) after `reserve`."""
    return MAX_PATH - 1 - path_length(folder) - 1 - reserve


def cap_stem(folder: Path, stem: str, tail: str) -> str:
    """`stem` shortened so folder/<stem><tail> fits (never below MIN_STEM characters)."""
    keep = max(MIN_STEM, _room(folder, TEMP_ROOM + len(tail)))
    if len(stem) <= keep:
        return stem
    return stem[:keep].rstrip(". ") or stem[:keep]


def cap_folder_name(parent: Path, name: str) -> str:
    """A generated folder name shortened so files of FILE_ROOM characters fit inside."""
    keep = max(MIN_STEM, _room(parent, FILE_ROOM + 1))
    return name if len(name) <= keep else name[:keep].rstrip(". ")


def too_long_message(path: str | os.PathLike[str]) -> str | None:
    """An Indonesian message when even the shortest generated name cannot fit on
    Windows (no limit elsewhere); None when it fits."""
    if not on_windows() or fits(path):
        return None
    return (f"Jalur folder hasil terlalu panjang untuk Windows ({path_length(path)} karakter; "
            f"batasnya {MAX_PATH}). Pilih folder yang lebih pendek, misalnya langsung di "
            "Dokumen.")
