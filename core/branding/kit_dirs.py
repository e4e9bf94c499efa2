"""Where installed kits live: shipped kits in resources/brandkits (read-only), the user's
kits in <data folder>/brandkits/<id>/. Both the catalog and the zip import/export need
this; it sits below them so neither imports the other's caller."""

from __future__ import annotations

from pathlib import Path

from core import paths
from core.branding.kit import ID_PATTERN, KIT_FILE, BrandKit, load_kit_folder


def shipped_kits_dir() -> Path:
    return paths.resources_dir() / "brandkits"


def user_kits_dir() -> Path:
    folder = paths.data_dir() / "brandkits"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def kit_folder(kit_id: str) -> Path | None:
    """The folder of installed kit `kit_id` (the user's copy first), or None."""
    if not ID_PATTERN.match(kit_id):
        return None
    for base in (user_kits_dir(), shipped_kits_dir()):
        if (base / kit_id / KIT_FILE).is_file():
            return base / kit_id
    return None


def load_installed(kit_id: str) -> BrandKit | None:
    """Installed kit `kit_id` (source "user" or "shipped"), or None if there is none.
    Raises KitError for a broken kit."""
    folder = kit_folder(kit_id)
    if folder is None:
        return None
    source = "user" if folder.parent == user_kits_dir() else "shipped"
    return load_kit_folder(folder, source=source)
