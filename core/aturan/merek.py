"""The brand kit in a Paket Aturan: checked by the kit importer's own rules before the
diff is shown, compared with the installed kit of the same id, installed as a user kit,
and put back as it was if accepting the packet fails."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from core import settings
from core.aturan import selisih
from core.aturan.dokumen import KitAttachment
from core.branding.catalog import DEFAULT_KIT_ID, list_kits
from core.branding.errors import KitError
from core.branding.kit import load_kit_folder
from core.branding.kit_dirs import kit_folder, user_kits_dir
from core.branding.kit_zip import extract_kit_zip, import_kit_zip
from core.rekap.wadah import PacketError
from core.store import Store


@dataclass(frozen=True)
class KitCheck:
    """The packet's kit after the kit importer's own checks, and how it compares."""

    attachment: KitAttachment
    name: str
    version: int
    digest: str


def folder_digest(root: Path) -> str:
    """A kit folder's content as one hash (names and bytes of its regular files)."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()
                       and not any(part.startswith(".") for part in p.relative_to(root).parts)):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def check_kit(kit: KitAttachment) -> KitCheck:
    """Run the packet's kit zip through the kit importer's checks, without installing."""
    with tempfile.TemporaryDirectory(prefix="warta-aturan-kit-") as tmp:
        zip_path = Path(tmp) / f"{kit.id}.zip"
        zip_path.write_bytes(kit.data)
        try:
            extract_kit_zip(zip_path, Path(tmp) / "kit")
            loaded = load_kit_folder(Path(tmp) / "kit")
        except KitError as exc:
            raise PacketError(f"kit merek dalam paket tidak sah: {exc}") from None
        if loaded.id != kit.id:
            raise PacketError(f"kit merek dalam paket berisi kit {loaded.id!r}, bukan "
                              f"{kit.id!r}")
        return KitCheck(kit, loaded.name, loaded.version, folder_digest(Path(tmp) / "kit"))


def _kit_value(name: str, version: int, digest: str) -> str:
    return f"{name}, versi {version}, isi {digest[:8]}"


def _installed_kit(store: Store, kit_id: str) -> selisih.Entries:
    """The active kit's name and the installed kit of the packet's id, as entries."""
    active_id = settings.get(store, "brand_kit") or DEFAULT_KIT_ID
    active = next((e for e in list_kits() if e.id == active_id and e.kit is not None), None)
    out = {"aktif": ("Kit aktif", active.name if active else active_id)}
    folder = kit_folder(kit_id)
    if folder is not None:
        try:
            kit = load_kit_folder(folder)
        except KitError:
            return out
        out[f"kit:{kit.id}"] = (f"Kit {kit.id}",
                                _kit_value(kit.name, kit.version, folder_digest(folder)))
    return out


def kit_diff(store: Store, check: KitCheck | None) -> selisih.ListDiff:
    if check is None:
        return selisih.ListDiff("kit", "Kit merek")
    kit_id = check.attachment.id
    after = {"aktif": ("Kit aktif", check.name),
             f"kit:{kit_id}": (f"Kit {kit_id}",
                               _kit_value(check.name, check.version, check.digest))}
    return selisih.compare("kit", "Kit merek", _installed_kit(store, kit_id), after)


def install_kit(kit: KitAttachment) -> None:
    with tempfile.TemporaryDirectory(prefix=".aturan-", dir=user_kits_dir()) as tmp:
        zip_path = Path(tmp) / f"{kit.id}.zip"
        zip_path.write_bytes(kit.data)
        import_kit_zip(zip_path, replace=True)


class KitBackup:
    """The user's kit folder of this id as it was, to put back if applying fails."""

    def __init__(self, kit_id: str | None) -> None:
        self.target = user_kits_dir() / kit_id if kit_id else None
        self.backup: Path | None = None
        if self.target is not None and self.target.is_dir():
            self.backup = Path(tempfile.mkdtemp(prefix=".aturan-lama-", dir=user_kits_dir()))
            shutil.copytree(self.target, self.backup / "kit", symlinks=False)

    def restore(self) -> None:
        if self.target is None:
            return
        shutil.rmtree(self.target, ignore_errors=True)
        if self.backup is not None:
            shutil.move(self.backup / "kit", self.target)

    def discard(self) -> None:
        if self.backup is not None:
            shutil.rmtree(self.backup, ignore_errors=True)
