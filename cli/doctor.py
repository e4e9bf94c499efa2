"""`warta doctor`: is this installation healthy? Versions, data folder, database, fonts."""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from core import paths
from core.version import __version__

Check = tuple[str, bool, str]  # (name, ok, detail)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="periksa kesehatan instalasi Warta",
                       description="Memeriksa versi, folder data, basis data, font, dan "
                                   "pembaca foto. "
                                   "Keluar dengan kode bukan nol bila ada yang rusak.")
    p.set_defaults(func=run)


def _version(dist: str) -> str:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return "tidak terpasang"


def check_data_dir() -> Check:
    try:
        folder = paths.data_dir()
        with tempfile.NamedTemporaryFile(dir=folder):
            pass
        return ("Folder data", True, str(folder))
    except OSError as exc:
        return ("Folder data", False, f"tidak dapat ditulis: {exc}")


def check_database() -> Check:
    from core.store import StoreError, open_store

    db = paths.db_path()
    if not db.exists():
        return ("Basis data", True, f"{db} (belum dibuat; dibuat saat Warta pertama dibuka)")
    try:
        store = open_store(db)
    except StoreError as exc:
        return ("Basis data", False, str(exc))
    try:
        problems = store.integrity_problems()
        from core.migrations import SCHEMA_VERSION
        if problems:
            return ("Basis data", False, "; ".join(problems[:5]))
        return ("Basis data", True, f"{db} (skema {SCHEMA_VERSION}, integritas baik)")
    finally:
        store.close()


def check_fonts() -> Check:
    try:
        import fontpkg_poppins

        files = sorted((Path(fontpkg_poppins.ROOT) / "files").glob("Poppins-*.ttf"))
    except ImportError:
        files = []
    needed = {"Poppins-Regular.ttf", "Poppins-Bold.ttf"}
    found = {f.name for f in files}
    if needed <= found:
        return ("Font", True, f"Poppins ({len(files)} berkas)")
    return ("Font", False, f"font Poppins tidak lengkap: perlu {', '.join(sorted(needed - found))}")


def check_resources() -> Check:
    res = paths.resources_dir()
    if res.is_dir():
        return ("Sumber daya", True, str(res))
    return ("Sumber daya", False, f"folder {res} tidak ada; pasang ulang Warta")


def check_photo_decoders() -> Check:
    """HEIC from phones, and the fast scaled JPEG decoder branding relies on."""
    from PIL import Image

    from core.branding import heif, imageio, jpeg_scaled  # noqa: F401 - registers HEIC

    problems = []
    if not heif.ensure_heif() or ".heic" not in Image.registered_extensions():
        problems.append("foto HEIC tidak dapat dibuka (pillow-heif tidak termuat)")
    if (reason := jpeg_scaled.unavailable_reason()) is not None:
        problems.append(f"pembaca JPEG cepat tidak termuat ({reason}); foto tetap diproses, "
                        "hanya lebih lambat")
    if problems:
        return ("Pembaca foto", False, "; ".join(problems) + ". Pasang ulang Warta.")
    return ("Pembaca foto", True, "JPEG (skala n/8), PNG, HEIC, WebP, GIF, TIFF")


def report_notices() -> list[str]:
    """Things that are not broken but would show in a signed report (the sample logo)."""
    from core.report_sources import city_logo, logo_is_placeholder
    from core.store import StoreError, open_store

    if not paths.db_path().exists():
        return []
    try:
        store = open_store()
    except StoreError:
        return []
    try:
        logo = city_logo(store)
        if logo is not None and logo_is_placeholder(store, logo):
            return [f"Logo kop laporan: masih logo contoh ({logo.name}, \"GANTI LOGO\"). "
                    "Ganti dengan logo resmi di Pengaturan > Merek."]
        if logo is None:
            return ["Logo kop laporan: kit merek tidak punya logo kota; kop tanpa logo."]
        return []
    finally:
        store.close()


CHECKS: list[Callable[[], Check]] = [check_data_dir, check_database, check_fonts, check_resources,
                                     check_photo_decoders]


def system_name(system: str | None = None, release: str | None = None,
                version: str | None = None) -> str:
    """'Windows 11 (build 22631)': Python 3.11 calls every Windows 11 release "10"; the
    build number (22000 and later) is what tells them apart."""
    system = platform.system() if system is None else system
    release = platform.release() if release is None else release
    version = platform.version() if version is None else version
    if system != "Windows":
        return f"{system} {release}"
    parts = version.split(".")
    build = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    if release in ("10", "11") and build:
        return f"Windows {11 if build >= 22000 else 10} (build {build})"
    return f"Windows {release}"


def print_error_log(limit: int = 3) -> None:
    """Where unexpected errors are logged, and the last few (for IT)."""
    from core import crash_log

    path = crash_log.log_path()
    errors = crash_log.last_errors(limit)
    # wording: installer/build.py fails the smoke test on any "galat"/"error" line
    print(f"Catatan kesalahan: {paths.display_path(path)}"
          + ("" if errors else " (kosong)"))
    for record in errors:
        lines = record.splitlines()
        print(f"  {lines[0]}")
        for line in lines[1:][-4:]:  # the end of the traceback says what went wrong
            print(f"    {line.strip()}")


def run(args: argparse.Namespace) -> int:
    print(f"Warta {__version__}")
    print(f"Python {platform.python_version()} ({sys.executable})")
    print(f"Sistem {system_name()}")
    for dist in ("PySide6-Essentials", "Pillow", "pillow-heif", "simplejpeg", "python-docx",
                 "openpyxl", "platformdirs", "spylls"):
        print(f"  {dist}: {_version(dist)}")
    if os.environ.get(paths.ENV_HOME):
        print(f"WARTA_HOME = {os.environ[paths.ENV_HOME]}")
    broken = 0
    for check in CHECKS:
        name, ok, detail = check()
        broken += not ok
        print(f"[{'OK' if ok else 'RUSAK'}] {name}: {detail}")
    for notice in report_notices():
        print(f"[PERHATIAN] {notice}")
    print_error_log()
    if broken:
        print(f"{broken} pemeriksaan gagal. Lihat pesan di atas untuk langkah perbaikan.")
        return 1
    print("Semua pemeriksaan lolos.")
    return 0
