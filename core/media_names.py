"""Names of the files and folders Warta writes for the user: a post's export folder and
the branded files in it. One naming rule, for the Media page's export and `warta brand`.

Names must work on Windows (no <>:"/\\|?*, no trailing dot, no device names) and must
not lie: bidirectional controls such as U+202E, which make "gpj.exe" read as "exe.jpg",
are removed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from core.file_intake import strip_bidi
from core.model import Post

_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}
MAX_FOLDER_NAME = 80


def safe_name(text: str, fallback: str = "Tanpa judul") -> str:
    """A file or folder name Windows accepts: no <>:"/\\|?*, no bidi controls, no
    trailing dot or space, not a reserved device name, at most MAX_FOLDER_NAME
    characters."""
    name = _UNSAFE_NAME.sub(" ", strip_bidi(unicodedata.normalize("NFC", text)))
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    name = name[:MAX_FOLDER_NAME].rstrip(". ")
    if not name or name.casefold() in _RESERVED:
        return fallback
    return name


def post_folder_name(post: Post | None, title: str = "", day: dt.date | None = None) -> str:
    """'2025-11-12 Peresmian Mal Pelayanan Publik': the post's date and title."""
    if post is not None:
        title = post.title or post.activity or title
        day = post.activity_date or day
    day = day or dt.date.today()
    return f"{day.isoformat()} {safe_name(title)}"


def output_paths(stems: Sequence[str], template_id: str, formats: Sequence[str],
                 out_dir: Path) -> list[dict[str, Path]]:
    """<stem>_<template>_<format>.jpg per stem and format; equal stems get -2, -3, ...
    Names are compared ignoring case (Windows folders do), and a suffixed name never
    lands on another input's own stem ("a", "A", "a-2" -> a, A-2, a-2-2). Bidi controls
    are taken out of every stem."""
    taken: set[str] = set()
    last: dict[str, int] = {}
    plans = []
    for raw in stems:
        stem = strip_bidi(raw) or "foto"
        key = stem.casefold()
        name, n = stem, last.get(key, 1)
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}"
        last[key] = n
        taken.add(name.casefold())
        plans.append({f: out_dir / f"{name}_{template_id}_{f}.jpg" for f in formats})
    return plans
