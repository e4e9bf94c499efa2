"""The local .warta files of a drag and drop, for the pages that import packets."""

from __future__ import annotations

from pathlib import Path


def dropped_packets(urls) -> list[Path]:
    """The dropped local .warta files, in the order dropped."""
    return [Path(u.toLocalFile()) for u in urls
            if u.isLocalFile() and u.toLocalFile().lower().endswith(".warta")]
