"""Files the report shows besides the data: the city logo and the photo files.

Follower counts live in core/followers.py, the PIC's period notes in core/report_notes.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from core import paths, settings
from core.store import Store

_LOGO_KEYS = ("kota", "city", "pemkot", "logo_kota", "utama", "main")


def city_logo(store: Store | None = None) -> Path | None:
    """The brand kit's city logo (PNG) for the letterhead, or None when the kit has none."""
    from core.branding.catalog import kit_folder

    kit_id = settings.get(store, "brand_kit") if store is not None else "cimahi"
    # the user's copy first: that is where Pengaturan > Merek puts the official logo
    root = kit_folder(kit_id) or paths.resources_dir() / "brandkits" / kit_id
    candidates: list[Path] = []
    kit_file = root / "kit.json"
    if kit_file.is_file():
        try:
            logos = json.loads(kit_file.read_text(encoding="utf-8-sig")).get("logos", {})
        except (OSError, ValueError, AttributeError):
            logos = {}
        if isinstance(logos, dict):
            keys = sorted(logos, key=lambda k: (not any(w in k.casefold() for w in _LOGO_KEYS),
                                                 k))
            candidates += [root / str(logos[k]) for k in keys if isinstance(logos[k], str)]
    candidates += sorted((root / "logos").glob("*.png")) if (root / "logos").is_dir() else []
    for path in candidates:
        if path.is_file() and path.suffix.casefold() in (".png", ".jpg", ".jpeg"):
            return path
    return None


def photo_file(sha256: str, ext: str) -> Path:
    """media/<sha[:2]>/<sha>.<ext>, the content-addressed store (core.media_files.photo_path)."""
    from core.media_files import photo_path

    return photo_path(sha256, ext)
