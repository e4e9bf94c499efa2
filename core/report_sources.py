"""Files the report shows besides the data: the city logo and the photo files.

Follower counts live in core/followers.py, the PIC's period notes in core/report_notes.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from core import paths, settings
from core.store import Store

_LOGO_KEYS = ("kota", "city", "pemkot", "logo_kota", "utama", "main")


def _kit(store: Store | None) -> tuple[Path, dict]:
    """The active kit's folder and its kit.json ({} when missing or unreadable)."""
    from core.branding.catalog import kit_folder

    kit_id = settings.get(store, "brand_kit") if store is not None else "cimahi"
    # the user's copy first: that is where Pengaturan > Merek puts the official logo
    root = kit_folder(kit_id) or paths.resources_dir() / "brandkits" / kit_id
    kit_file = root / "kit.json"
    try:
        data = json.loads(kit_file.read_text(encoding="utf-8-sig")) if kit_file.is_file() else {}
    except (OSError, ValueError):
        data = {}
    return root, data if isinstance(data, dict) else {}


def logo_is_placeholder(store: Store | None, logo: Path) -> bool:
    """Whether `logo` is one the kit marks as a sample ("placeholder_logos"): the report
    then warns that its letterhead shows "LOGO / GANTI LOGO", not the city's emblem."""
    root, data = _kit(store)
    logos, marked = data.get("logos", {}), data.get("placeholder_logos", [])
    if not isinstance(logos, dict) or not isinstance(marked, list):
        return False
    return any(isinstance(logos.get(k), str) and (root / logos[k]).resolve() == logo.resolve()
               for k in marked if isinstance(k, str))


def placeholder_logo_slot(store: Store | None) -> tuple[str, str] | None:
    """(kit id, logo key) of the letterhead logo when it is still the kit's sample, so the
    first start can ask for the official file and put it in that slot; else None."""
    logo = city_logo(store)
    if logo is None or not logo_is_placeholder(store, logo):
        return None
    root, data = _kit(store)
    kit_id = settings.get(store, "brand_kit") if store is not None else "cimahi"
    logos = data.get("logos", {})
    for key in data.get("placeholder_logos", []):
        if isinstance(logos.get(key), str) and (root / logos[key]).resolve() == logo.resolve():
            return kit_id, key
    return None


def city_logo(store: Store | None = None) -> Path | None:
    """The brand kit's city logo (PNG) for the letterhead, or None when the kit has none."""
    root, data = _kit(store)
    candidates: list[Path] = []
    if data:
        logos = data.get("logos", {})
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
