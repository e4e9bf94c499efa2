"""Where installed kits live: shipped kits in resources/brandkits (read-only), the user's
kits in <data folder>/brandkits/<id>/. Both the catalog and the zip import/export need
this; it sits below them so neither imports the other's caller. The kit loader (Pillow,
fonts) is imported only to load a kit, so the cached kit list starts without it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core import paths
from core.branding.kit_ids import ID_PATTERN, KIT_FILE

if TYPE_CHECKING:
    from core.branding.kit import BrandKit


def shipped_kits_dir() -> Path:
    return paths.resources_dir() / "brandkits"


def user_kits_dir() -> Path:
    folder = paths.data_dir() / "brandkits"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def kit_dirs(base: Path) -> list[Path]:
    """The kit folders directly in `base` (those with a kit.json), sorted."""
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and (p / KIT_FILE).exists())


def installed_folders() -> list[tuple[Path, str, bool]]:
    """(folder, source, overrides_shipped) of every installed kit in list order: the
    shipped kits, a user's copy taking the place of a shipped kit of the same id, then the
    user's own kits."""
    user = {p.name: p for p in kit_dirs(user_kits_dir())}
    found = []
    for folder in kit_dirs(shipped_kits_dir()):
        if folder.name in user:
            found.append((user.pop(folder.name), "user", True))
        else:
            found.append((folder, "shipped", False))
    found.extend((folder, "user", False) for folder in user.values())
    return found


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
    from core.branding.kit import load_kit_folder

    folder = kit_folder(kit_id)
    if folder is None:
        return None
    source = "user" if folder.parent == user_kits_dir() else "shipped"
    return load_kit_folder(folder, source=source)
