"""`warta brand`: put the city's branding on photos, in every size the platforms need.

    warta brand foto1.jpg foto2.heic --template band-bottom --format portrait \
        --title "Peresmian MPP" --date 2025-11-12 --location "Cimahi Tengah" -o hasil/
    warta brand --list [--json]

Each input gives <stem>_<template name>_<format name>.jpg (rapat_pita-bawah_potret.jpg).
A bad photo is reported and skipped; the others are still written.
Exit 0: all written; 2: some failed; 1: usage error.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

from cli.common import expand_wildcards, fail, usage_errors_exit_1
from core import paths
from core.branding import (
    FORMATS,
    KitError,
    format_date_id,
    load_kit,
    parse_date,
)

TYPE_CHECKING = False  # not typing's: a plain `brand` starts without argparse (parse_plain)
if TYPE_CHECKING:
    import argparse
    from typing import Any

DEFAULT_CITY = "Cimahi"


# What argparse gives for an option left out: register() declares these, parse_plain()
# starts from them (files: [] when no photo is given), so the two cannot drift apart.
_DEFAULTS: dict[str, Any] = {
    "list": False, "template": None, "kit": "cimahi", "formats": None, "title": "",
    "date": None, "location": "", "department": None, "city": None, "focus": "0.5,0.5",
    "quality": 88, "jobs": 0, "output": None, "json": False, "short_lived": True,
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "brand", help="pasang branding kota pada foto untuk setiap format platform",
        description="Memasang templat kit merek (logo, warna, judul, tanggal, lokasi) pada "
                    "foto dan menyimpannya sebagai <nama>_<templat>_<format>.jpg, mis. "
                    "rapat_pita-bawah_potret.jpg. Foto yang "
                    "rusak dilaporkan dan dilewati. Kode keluar: 0 semua berhasil, 2 sebagian "
                    "gagal, 1 kesalahan pemakaian.")
    p.add_argument("files", nargs="*", metavar="BERKAS", help="foto (JPEG, PNG, HEIC, ...)")
    p.add_argument("--list", "--daftar", dest="list", action="store_true",
                   help="tampilkan kit merek, templat, dan format lalu keluar")
    p.add_argument("--template", metavar="ID",
                   help="id templat, mis. band-bottom (lihat --list)")
    p.add_argument("--kit", default=_DEFAULTS["kit"], metavar="ID|PATH",
                   help="id kit terpasang, atau folder/.zip kit (bawaan: cimahi)")
    p.add_argument("--format", dest="formats", action="append", metavar="F",
                   help="format keluaran; boleh diulang (bawaan: semua format templat)")
    p.add_argument("--title", "--judul", dest="title", default=_DEFAULTS["title"], metavar="JUDUL",
                   help="judul kegiatan")
    p.add_argument("--date", "--tanggal", dest="date", metavar="TTTT-BB-HH",
                   help="tanggal kegiatan, mis. 2025-11-12")
    p.add_argument("--location", "--lokasi", dest="location", default=_DEFAULTS["location"],
                   metavar="LOKASI", help="lokasi kegiatan")
    p.add_argument("--department", "--perangkat-daerah", dest="department",
                   metavar="NAMA", help="nama perangkat daerah (bawaan: dari profil)")
    p.add_argument("--city", "--kota", dest="city", metavar="KOTA",
                   help="nama kota (bawaan: dari profil)")
    p.add_argument("--focus", "--fokus", dest="focus", metavar="X,Y",
                   default=_DEFAULTS["focus"],
                   help="titik fokus foto, 0-1 dari kiri dan atas (bawaan: 0.5,0.5)")
    p.add_argument("--quality", "--kualitas", dest="quality", type=int,
                   default=_DEFAULTS["quality"], metavar="Q",
                   help="kualitas JPEG 1-100 (bawaan: 88)")
    p.add_argument("--jobs", type=int, default=_DEFAULTS["jobs"], metavar="N",
                   help="jumlah foto yang dibuat bersamaan, paling banyak sebanyak inti CPU "
                        "(bawaan 0: semua inti CPU; 1: satu per satu)")
    p.add_argument("-o", "--output", dest="output", metavar="FOLDER", help="folder hasil")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    p.set_defaults(func=run, short_lived=_DEFAULTS["short_lived"])  # cli.main: no GC
    usage_errors_exit_1(p)  # exit 2 means "some failed"


# parse_plain's reading of the options register() declares: spelling -> (dest, what it
# takes: None for a flag, else the type of its one value); "formats" is repeated.
# tests/cli/test_cli_brand_plain_args.py checks this against the parser's own actions.
_PLAIN_OPTIONS: dict[str, tuple[str, type | None]] = {
    "--list": ("list", None), "--daftar": ("list", None), "--json": ("json", None),
    "--template": ("template", str), "--kit": ("kit", str), "--format": ("formats", str),
    "--title": ("title", str), "--judul": ("title", str),
    "--date": ("date", str), "--tanggal": ("date", str),
    "--location": ("location", str), "--lokasi": ("location", str),
    "--department": ("department", str), "--perangkat-daerah": ("department", str),
    "--city": ("city", str), "--kota": ("city", str),
    "--focus": ("focus", str), "--fokus": ("focus", str),
    "--quality": ("quality", int), "--kualitas": ("quality", int), "--jobs": ("jobs", int),
    "-o": ("output", str), "--output": ("output", str),
}
_REPEATED = {"formats"}


def parse_plain(argv: list[str]) -> SimpleNamespace | None:
    """The arguments of a plain `brand` (options spelled out in full, --name=value too,
    the photos in one run), as argparse would give them, without importing argparse or
    building the parser (~5 ms of every batch's start); None for anything else (help,
    abbreviations, "--", a value or photo starting with '-', a number that is not one,
    photos on both sides of an option), which argparse then parses, with its messages
    and exit codes."""
    found: dict[str, Any] = {}
    files: list[str] = []
    after_photos = False  # an option followed the photos: another photo is an error
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if not token.startswith("-"):
            if after_photos:
                return None
            files.append(token)
            continue
        after_photos = bool(files)
        name, eq, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if name not in _PLAIN_OPTIONS:
            return None
        dest, kind = _PLAIN_OPTIONS[name]
        if kind is None:
            if eq:
                return None
            found[dest] = True
            continue
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if kind is int:
            try:
                value = int(value)
            except ValueError:
                return None
        if dest in _REPEATED:
            found.setdefault(dest, []).append(value)
        else:
            found[dest] = value
    return SimpleNamespace(files=files, **{**_DEFAULTS, **found}, func=run)


# ---------------------------------------------------------------- --list


def _list_data() -> dict[str, Any]:
    from core.branding.kit_list import kit_summaries  # cached: no kit is opened

    kits = kit_summaries()
    formats = [{"id": f.id, "name": f.name, "width": f.width, "height": f.height,
                "safe_top": f.safe_top, "safe_bottom": f.safe_bottom} for f in FORMATS.values()]
    return {"kits": kits, "formats": formats}


def _print_list(data: dict[str, Any]) -> None:
    source_label = {"shipped": "bawaan", "user": "milik pengguna"}
    print("Kit merek:")
    for kit in data["kits"]:
        print(f"  {kit['id']}  {kit['name']} ({source_label.get(kit['source'], kit['source'])})")
        if kit["error"]:
            print(f"    RUSAK: {kit['error']}")
            continue
        if kit["placeholder_logos"]:
            print(f"    logo contoh, ganti sebelum dipublikasikan: "
                  f"{', '.join(kit['placeholder_logos'])}")
        for t in kit["templates"]:
            note = "" if t["needs_photo"] else " (tanpa foto)"
            print(f"    {t['id']:<16} {t['name']}{note}: {', '.join(t['formats'])}")
    print("Format:")
    for f in data["formats"]:
        safe = (f"  area aman: {f['safe_top']} px atas, {f['safe_bottom']} px bawah"
                if f["safe_top"] or f["safe_bottom"] else "")
        print(f"  {f['id']:<10} {f['name']:<20} {f['width']}x{f['height']}{safe}")


# ---------------------------------------------------------------- rendering


def _profile_fields() -> tuple[str, str]:
    """(department, city) from the profile, when this data folder has one."""
    if not paths.db_path().exists():
        return "", DEFAULT_CITY
    import sqlite3  # here, not at the top: `brand --list` never opens the store

    from core.profile import load_profile
    from core.store import StoreError, open_store

    try:
        store = open_store(migrate=False)
    except (StoreError, sqlite3.Error):
        return "", DEFAULT_CITY
    try:
        profile = load_profile(store)
    except (StoreError, sqlite3.Error):
        return "", DEFAULT_CITY
    finally:
        store.close()
    return profile.dept_name.strip(), profile.city.strip() or DEFAULT_CITY


def _department_and_city(department: str | None, city: str | None) -> dict[str, str]:
    """The text fields the options give, the rest from the profile (the store is opened
    only when an option is missing: a script passing both starts without it)."""
    if department is None or city is None:
        from_profile = _profile_fields()
        department = from_profile[0] if department is None else department
        city = from_profile[1] if city is None else city
    return {"department": department.strip(), "city": city.strip()}


def _parse_focus(text: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise ValueError(f"titik fokus {text!r} harus X,Y, mis. 0.5,0.3") from None
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise ValueError(f"titik fokus {text!r} harus di antara 0 dan 1")
    return (x, y)


def run(args: argparse.Namespace) -> int:
    if args.list:
        data = _list_data()
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            _print_list(data)
        return 0
    try:
        kit = load_kit(args.kit)
    except KitError as exc:
        return fail(str(exc))
    if not args.template:
        return fail(f"pilih templat dengan --template; pilihan: {', '.join(kit.template_ids)}")
    try:
        template = kit.template(args.template)
    except KeyError as exc:
        return fail(exc.args[0])
    formats = args.formats or list(template.formats)
    unknown = [f for f in formats if f not in template.formats]
    if unknown:
        return fail(f"templat {template.id} tidak mendukung format {', '.join(unknown)}; "
                    f"pilihan: {', '.join(template.formats)}")
    if not args.files and template.needs_photo:
        return fail(f"sebutkan minimal satu foto; templat {template.id} memerlukan foto")
    if not args.output:
        return fail("sebutkan folder hasil dengan -o FOLDER")
    if not 1 <= args.quality <= 100:
        return fail(f"kualitas {args.quality} harus 1-100")
    if args.jobs < 0:
        return fail("--jobs tidak boleh negatif")
    try:
        date = format_date_id(parse_date(args.date)) if args.date else ""
        focus = _parse_focus(args.focus)
    except ValueError as exc:
        return fail(str(exc))
    fields = {"title": args.title.strip(), "date": date, "location": args.location.strip(),
              **_department_and_city(args.department, args.city)}
    out_dir = Path(args.output)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(f"folder hasil {out_dir} tidak dapat dibuat: {exc.strerror or exc}")
    from core.actions.brand import FileBrand, brand_files  # not needed for --list
    from core.branding import pixel_memory

    spec = FileBrand(kit, template.id, formats, fields, out_dir, focus, args.quality)
    cores = os.cpu_count() or 1
    jobs = min(args.jobs or cores, cores)  # threads beyond the cores only wait for one
    results = []
    shown: set[str] = set()
    files = expand_wildcards(args.files)  # cmd.exe and PowerShell pass *.jpg literally
    # closed before Pillow's settings are restored: no render still runs (Ctrl+C)
    with pixel_memory.reused(jobs), closing(brand_files(files, spec, jobs=jobs)) as batch:
        for result in batch:
            results.append(result)
            if not args.json:
                _print_result(result, shown)
    order = {photo: i for i, photo in enumerate(files)}
    results.sort(key=lambda r: order.get(r["input"], 0))
    failed = sum(1 for r in results if not r["ok"])
    if args.json:
        print(json.dumps({"kit": kit.id, "template": template.id, "formats": formats,
                          "results": results, "succeeded": len(results) - failed,
                          "failed": failed}, ensure_ascii=False, indent=2))
    else:
        print(f"Selesai: {len(results) - failed} foto berhasil, {failed} gagal.")
    return 0 if failed == 0 else 2


def _print_result(result: dict[str, Any], shown: set[str]) -> None:
    name = Path(result["input"]).name if result["input"] else "(tanpa foto)"
    if not result["ok"]:
        print(f"GAGAL {name}: {result['error']}", file=sys.stderr)
        return
    for out in result["outputs"]:
        print(f"OK    {name} -> {out['path']}")
    for warning in result["warnings"]:
        if warning not in shown:
            shown.add(warning)
            print(f"      peringatan: {warning}", file=sys.stderr)
