"""Names of the folders and files Warta writes for the user: a post's export folder and
the file-safe stem of each branded file (core.media_export.output_paths adds the
template and format).

Names must work on Windows (no <>:"/\\|?*, no trailing dot, no device names) and must
not lie: bidirectional controls such as U+202E, which make "gpj.exe" read as "exe.jpg",
are removed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from core.file_intake import strip_bidi

if TYPE_CHECKING:  # the brand CLI names files without loading the data model
    from core.model import Post

_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$",
             *(f"{port}{i}" for port in ("com", "lpt") for i in "123456789¹²³")}
MAX_FOLDER_NAME = 80


def safe_name(text: str, fallback: str = "Tanpa judul") -> str:
    """A file or folder name Windows accepts: no <>:"/\\|?*, no bidi controls, no
    trailing dot or space, not a reserved device name (also with an extension: Windows
    reads "con.foto" and "COM¹" as devices), at most MAX_FOLDER_NAME characters."""
    name = _UNSAFE_NAME.sub(" ", strip_bidi(unicodedata.normalize("NFC", text)))
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    name = name[:MAX_FOLDER_NAME].rstrip(". ")
    if not name or name.split(".")[0].rstrip(" ").casefold() in _RESERVED:
        return fallback
    return name


def post_folder_name(post: Post | None, title: str = "", day: dt.date | None = None) -> str:
    """'2025-11-12 Peresmian Mal Pelayanan Publik': the post's date and title."""
    if post is not None:
        title = post.title or post.activity or title
        day = post.activity_date or day
    day = day or dt.date.today()
    return f"{day.isoformat()} {safe_name(title)}"
