"""Sharing kits as .zip: export a kit folder, import a designer's zip safely.

Before anything is extracted, every entry is checked: no absolute paths, no "..", no
symlinks, no encryption, at most MAX_ENTRIES entries and MAX_TOTAL_BYTES uncompressed,
no entry compressed suspiciously well (zip bomb). Extraction counts the bytes actually
written, so a lying header cannot get past the limits either. The kit is validated in a
staging folder and only then moved into place.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from core import paths, safe_write
from core.branding.errors import KitError, KitExistsError
from core.branding.kit import KIT_FILE, BrandKit, load_kit_folder
from core.branding.kit_dirs import kit_folder, load_installed, user_kits_dir

MAX_ENTRIES = 500
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_ZIP_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, checked for entries above RATIO_MIN_BYTES
RATIO_MIN_BYTES = 1024 * 1024
_JUNK = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)
_CHUNK = 64 * 1024


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def _entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's path, checked; KitError names the entry and the problem."""
    raw = info.filename
    name = raw.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise KitError(f"entri {raw!r}: path absolut tidak diperbolehkan di zip kit")
    parts = PurePosixPath(name).parts
    if ".." in parts:
        raise KitError(f"entri {raw!r}: keluar dari folder kit ('..' tidak diperbolehkan)")
    if "\x00" in name or any(p.strip() == "" for p in name.rstrip("/").split("/")):
        raise KitError(f"entri {raw!r}: nama berkas tidak sah")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise KitError(f"entri {raw!r}: symlink tidak diperbolehkan di zip kit")
    if info.flag_bits & 0x1:
        raise KitError(f"entri {raw!r} terenkripsi (berpassword); buat zip tanpa password")
    return name


def check_zip(zf: zipfile.ZipFile) -> list[tuple[zipfile.ZipInfo, str]]:
    """All (entry, safe name) pairs to extract, after every limit has been checked."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise KitError(f"terlalu banyak berkas di zip ({len(infos)}; batas {MAX_ENTRIES})")
    total = 0
    seen: set[str] = set()
    entries = []
    for info in infos:
        name = _entry_name(info)
        if _JUNK.search(name) or info.is_dir():
            continue
        key = name.lower()
        if key in seen:
            raise KitError(f"entri {info.filename!r} ada dua kali di zip")
        seen.add(key)
        if info.file_size > RATIO_MIN_BYTES and (
            info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO
        ):
            ratio = info.file_size / max(1, info.compress_size)
            raise KitError(f"entri {info.filename!r}: rasio kompresi mencurigakan "
                           f"({ratio:.0f}:1; batas {MAX_RATIO}:1), kemungkinan zip bomb")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise KitError(f"isi zip terlalu besar setelah diekstrak (lebih dari "
                           f"{_mb(MAX_TOTAL_BYTES)})")
        entries.append((info, name))
    return entries


def _kit_prefix(names: list[str]) -> str:
    """'' when kit.json is at the top of the zip, 'folder/' when the zip holds one folder."""
    if KIT_FILE in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1 and all("/" in n for n in names):
        prefix = tops.pop() + "/"
        if prefix + KIT_FILE in names:
            return prefix
    raise KitError(f"{KIT_FILE} tidak ditemukan di dalam zip (harus di folder paling atas)")


def extract_kit_zip(zip_path: str | os.PathLike[str], dest: Path) -> Path:
    """Safely extract the kit in `zip_path` into the empty folder `dest`; returns dest."""
    zip_path = Path(zip_path)
    label = zip_path.name
    try:
        if zip_path.stat().st_size > MAX_ZIP_BYTES:
            raise KitError(f"berkas zip terlalu besar (batas {_mb(MAX_ZIP_BYTES)})", kit=label)
        zf = zipfile.ZipFile(zip_path)
    except FileNotFoundError:
        raise KitError(f"berkas {zip_path} tidak ditemukan", kit=label) from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise KitError(f"{label} bukan arsip .zip yang sah atau rusak", kit=label) from None
    with zf:
        try:
            entries = check_zip(zf)
        except KitError as exc:
            raise KitError(exc.problems, kit=label) from None
        prefix = _kit_prefix([name for _, name in entries])
        written = 0
        for info, name in entries:
            if not name.startswith(prefix):
                continue
            target = dest / name[len(prefix):]
            if not target.resolve().is_relative_to(dest.resolve()):
                raise KitError(f"entri {info.filename!r}: keluar dari folder kit", kit=label)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, open(target, "xb") as out:
                    left = info.file_size
                    while chunk := src.read(_CHUNK):
                        left -= len(chunk)
                        written += len(chunk)
                        if left < 0 or written > MAX_TOTAL_BYTES:
                            raise KitError(f"entri {info.filename!r} lebih besar daripada yang "
                                           "dinyatakan zip; kemungkinan zip bomb", kit=label)
                        out.write(chunk)
            except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError) as exc:
                raise KitError(f"entri {info.filename!r} rusak ({exc})", kit=label) from None
            except FileExistsError:
                raise KitError(f"entri {info.filename!r} ada dua kali di zip", kit=label) from None
    return dest


def import_kit_zip(zip_path: str | os.PathLike[str], *, replace: bool = False) -> BrandKit:
    """Install a kit from a .zip into the user's kits. KitExistsError when the id is taken
    (shipped or user) and `replace` is False; KitError for anything wrong with the zip."""
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=user_kits_dir()))
    try:
        extract_kit_zip(zip_path, staging / "kit")
        kit = load_kit_folder(staging / "kit", source="user")
        if kit_folder(kit.id) is not None and not replace:
            raise KitExistsError(kit.id)
        target = user_kits_dir() / kit.id
        if target.exists():
            safe_write.replace(target, staging / "old")
        safe_write.replace(staging / "kit", target)
    except OSError as exc:
        raise KitError(f"kit tidak dapat dipasang: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return load_kit_folder(target, source="user")


def open_kit_zip(zip_path: str | os.PathLike[str]) -> BrandKit:
    """Load a kit straight from a .zip without installing it (extracted once to the cache)."""
    zip_path = Path(zip_path)
    try:
        if zip_path.stat().st_size > MAX_ZIP_BYTES:
            raise KitError(f"berkas zip terlalu besar (batas {_mb(MAX_ZIP_BYTES)})",
                           kit=zip_path.name)
        digest = hashlib.sha256(zip_path.read_bytes()).hexdigest()[:20]
    except OSError as exc:
        raise KitError(f"{zip_path.name} tidak dapat dibaca: {exc.strerror or exc}") from None
    cache = paths.data_dir() / "cache" / "brandkits"
    target = cache / digest
    if not (target / KIT_FILE).is_file():
        cache.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".zip-", dir=cache))
        try:
            extract_kit_zip(zip_path, staging / "kit")
            load_kit_folder(staging / "kit")  # validate before caching
            if target.exists():
                shutil.rmtree(target)
            safe_write.replace(staging / "kit", target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return load_kit_folder(target, source="path")


def _kit_files(root: Path) -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            files.append(path)
    return files


def _installed_or_folder(kit: BrandKit | str | os.PathLike[str]) -> BrandKit:
    """The kit to export: a loaded kit, an installed kit's id, or a kit folder."""
    if isinstance(kit, BrandKit):
        return kit
    installed = load_installed(kit) if isinstance(kit, str) else None
    if installed is not None:
        return installed
    if Path(kit).is_dir():
        return load_kit_folder(Path(kit))
    raise KitError(f"kit {os.fspath(kit)!r} tidak ditemukan (bukan id kit terpasang atau folder).")


def export_kit_zip(kit: BrandKit | str | os.PathLike[str],
                   zip_path: str | os.PathLike[str]) -> Path:
    """Write the kit's folder (kit.json at the top, no hidden files or symlinks) to a zip
    that import_kit_zip accepts. Atomic write; KitError if the kit is too big to share."""
    kit = _installed_or_folder(kit)
    files = _kit_files(kit.root)
    total = sum(f.stat().st_size for f in files)
    if len(files) > MAX_ENTRIES or total > MAX_TOTAL_BYTES:
        raise KitError(f"kit terlalu besar untuk dibagikan ({len(files)} berkas, {_mb(total)}; "
                       f"batas {MAX_ENTRIES} berkas dan {_mb(MAX_TOTAL_BYTES)})", kit=kit.id)

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in files:
                zf.write(f, f.relative_to(kit.root).as_posix())

    try:
        safe_write.write_with(zip_path, write)
    except safe_write.WriteError as exc:
        raise KitError(str(exc), kit=kit.id) from None
    return Path(zip_path)
