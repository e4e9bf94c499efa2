"""Where kits live and how they are found: shipped kits in resources/brandkits (read-only),
the user's kits in <data folder>/brandkits/<id>/. A user kit with the same id as a
shipped one (e.g. the Cimahi kit with the real logo) takes its place."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from core import safe_write
from core.branding.errors import KitError, LogoError, image_error_message
from core.branding.kit_dirs import (
    installed_folders,
    kit_folder,
    load_installed,
    shipped_kits_dir,
    user_kits_dir,
)
from core.branding.kit_ids import ID_PATTERN, KIT_FILE
from core.file_intake import MAX_LOGO_BYTES, IntakeError, display_name, read_regular
from core.record import Record, set_field

if TYPE_CHECKING:
    from PIL import Image

    from core.branding.kit import BrandKit

__all__ = ["DEFAULT_KIT_ID", "KitEntry", "kit_folder", "list_kits", "load_kit",
           "remove_user_kit", "replace_logo", "shipped_kits_dir", "user_kits_dir"]

DEFAULT_KIT_ID = "cimahi"
MAX_LOGO_SIDE = 2048


class KitEntry(Record):
    """One installed kit for lists (Pengaturan, `brand --list`); a broken kit has `error`."""

    _fields = ("id", "name", "source", "path", "kit", "error", "overrides_shipped")
    __slots__ = _fields
    id: str
    name: str
    source: str  # "shipped" or "user"
    path: Path
    kit: BrandKit | None
    error: str | None
    overrides_shipped: bool

    def __init__(self, id: str, name: str, source: str, path: Path, kit: BrandKit | None,
                 error: str | None = None, overrides_shipped: bool = False) -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "source", source)
        set_field(self, "path", path)
        set_field(self, "kit", kit)
        set_field(self, "error", error)
        set_field(self, "overrides_shipped", overrides_shipped)


def _entry(folder: Path, source: str, overrides: bool = False) -> KitEntry:
    from core.branding.kit import load_kit_folder

    try:
        kit = load_kit_folder(folder, source=source)
    except KitError as exc:
        return KitEntry(folder.name, folder.name, source, folder, None, str(exc), overrides)
    except Exception as exc:  # noqa: BLE001 - one broken kit must not stop start-up or --list
        error = f"Kit merek {folder.name!r} tidak dapat dibaca ({type(exc).__name__})"
        return KitEntry(folder.name, folder.name, source, folder, None, error, overrides)
    return KitEntry(kit.id, kit.name, source, folder, kit, None, overrides)


def list_kits() -> list[KitEntry]:
    """Shipped and user kits, the user's copy replacing a shipped kit of the same id."""
    return [_entry(folder, source, overrides)
            for folder, source, overrides in installed_folders()]


def load_kit(id_or_path: str | os.PathLike[str] | BrandKit = DEFAULT_KIT_ID) -> BrandKit:
    """An installed kit by id, or a kit folder / .zip by path. Raises KitError."""
    from core.branding.kit import BrandKit, load_kit_folder  # Pillow: not for the kit list

    if isinstance(id_or_path, BrandKit):
        return id_or_path
    text = os.fspath(id_or_path)
    installed = load_installed(text) if isinstance(id_or_path, str) else None
    if installed is not None:
        return installed
    path = Path(text)
    if path.is_dir():
        return load_kit_folder(path, source="path")
    if path.is_file() and path.suffix.lower() == ".zip":
        from core.branding.kit_zip import open_kit_zip  # zipfile: only for a .zip kit

        return open_kit_zip(path)
    names = ", ".join(e.id for e in list_kits()) or "(tidak ada)"
    raise KitError(f"kit {text!r} tidak ditemukan (bukan id kit terpasang, folder, atau .zip). "
                   f"Kit yang ada: {names}")


def _user_copy(kit: BrandKit) -> Path:
    """The user's writable copy of `kit`, made from the shipped one on first use."""
    import shutil  # here, with tempfile: a batch never writes a kit (~3 ms of its start)
    import tempfile

    target = user_kits_dir() / kit.id
    if (target / KIT_FILE).is_file():
        return target
    staging = Path(tempfile.mkdtemp(prefix=f".copy-{kit.id}-", dir=user_kits_dir()))
    try:
        shutil.copytree(kit.root, staging / "kit", symlinks=False)
        if target.exists():
            shutil.rmtree(target)
        safe_write.replace(staging / "kit", target)
    except OSError as exc:
        raise LogoError(f"Salinan kit {kit.name} tidak dapat dibuat di {target.parent}: "
                        f"{exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _read_logo(png_path: Path) -> Image.Image:
    """The logo decoded from a regular, size-capped file (a FIFO or /dev/zero is refused
    before anything is read; see core.file_intake)."""
    from PIL import Image, UnidentifiedImageError

    from core.branding.kit import MAX_ASSET_PIXELS

    name = display_name(png_path)
    try:
        data = read_regular(png_path, max_bytes=MAX_LOGO_BYTES, name=name)
    except IntakeError as exc:
        raise LogoError(f"Logo {exc}") from None
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.width * im.height > MAX_ASSET_PIXELS:
                raise LogoError(f"Logo {name} terlalu besar ({im.width}x{im.height} piksel).")
            im.load()
            logo = im.convert("RGBA")
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise LogoError(f"{name} bukan gambar yang dikenali; pilih logo berformat PNG.") from None
    except LogoError:
        raise
    except Exception as exc:  # noqa: BLE001 - decoders raise many types for hostile files
        raise LogoError(image_error_message(name, exc, "Logo")) from None
    if max(logo.size) > MAX_LOGO_SIDE:
        logo.thumbnail((MAX_LOGO_SIDE, MAX_LOGO_SIDE), Image.Resampling.LANCZOS)
    return logo


def replace_logo(kit_id: str, key: str, png_path: str | os.PathLike[str]) -> BrandKit:
    """One step for Pengaturan: put the user's logo (PNG preferred; other images are
    converted) into the user's copy of the kit under logos/<key>.png and mark it real.
    The shipped kit is never changed. Returns the updated kit."""
    from core.branding.kit import load_kit_folder

    kit = load_kit(kit_id)
    if key not in kit.logos:
        raise LogoError(f"Kit {kit.name} tidak punya logo {key!r}. Logo yang ada: "
                        f"{', '.join(sorted(kit.logos))}.")
    logo = _read_logo(Path(png_path))
    folder = _user_copy(kit)
    rel = f"logos/{key}.png"
    (folder / "logos").mkdir(exist_ok=True)
    kit_json = folder / KIT_FILE
    data = json.loads(kit_json.read_text(encoding="utf-8-sig"))
    data.setdefault("logos", {})[key] = rel
    if key in data.get("placeholder_logos", []):
        data["placeholder_logos"] = [k for k in data["placeholder_logos"] if k != key]
    try:
        safe_write.write_image(folder / rel, logo, "PNG", optimize=True)
        safe_write.write_text(kit_json, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except safe_write.WriteError as exc:
        raise LogoError(str(exc)) from None
    return load_kit_folder(folder, source="user")


def remove_user_kit(kit_id: str) -> None:
    """Delete the user's kit (for a shipped id this restores the shipped kit)."""
    if not ID_PATTERN.match(kit_id):
        raise KitError(f"id kit {kit_id!r} tidak sah")
    target = user_kits_dir() / kit_id
    if target.is_dir():
        import shutil

        shutil.rmtree(target)
