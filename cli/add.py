"""`warta add`: create one post from the command line and print its id (for scripts).

The post gets a version per target platform exactly as "Konten baru" in the editor
(core.actions.konten.create_post). A status past Draf passes the same gates as in the
editor (open errors; unticked checklist items from Disetujui on). `add` records posts
that often already happened, so it does not refuse them: the reason given with
`--alasan "..."` is recorded with the PIC's name and the time, and without one a fixed
reason says the post was added from the command line unchecked; a warning lists what was
passed over, and the report's compliance part shows it. (`status` does refuse.)
"""

from __future__ import annotations

import argparse
import sys

from cli.common import fail, read_text_arg, require_utf8
from core.actions import konten
from core.date_range import parse_date
from core.model import PLATFORM_IDS, Category, Post, Status
from core.store import StoreError, open_store

UNCHECKED_REASON = ("Dicatat lewat baris perintah (warta add) tanpa alasan; daftar periksa "
                    "dan galat belum dikonfirmasi.")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", help="buat satu konten dan cetak id-nya",
                       description="Membuat konten baru (untuk skrip dan pengujian).")
    p.add_argument("--title", "--judul", dest="title", required=True, help="judul konten")
    p.add_argument("--date", "--tanggal", dest="date", required=True, metavar="TTTT-BB-HH",
                   help="tanggal kegiatan, mis. 2025-11-12")
    p.add_argument("--location", "--lokasi", dest="location", default="", help="lokasi")
    p.add_argument("--category", "--kategori", dest="category", default=Category.KEGIATAN.value,
                   help=f"kategori: {', '.join(c.value for c in Category)}")
    p.add_argument("--status", default=Status.DRAF.value,
                   help=f"status: {', '.join(s.value for s in Status)}")
    p.add_argument("--caption-file", "--berkas-keterangan", dest="caption_file",
                   metavar="BERKAS|-", help="berkas teks keterangan utama ('-' = stdin)")
    p.add_argument("--platform", dest="platforms", action="append", metavar="PLATFORM",
                   help=f"platform tujuan, boleh diulang: {', '.join(PLATFORM_IDS)} "
                        f"(bawaan: {', '.join(konten.default_platforms())})")
    p.add_argument("--alasan", "--reason", dest="reason", default="",
                   help="alasan tetap melanjutkan bila ada galat atau butir daftar periksa "
                        "yang belum dicentang (status Siap Ditinjau ke atas)")
    p.set_defaults(func=run)


def enum_choice(enum_cls, value: str, what: str):
    for member in enum_cls:
        if member.value.casefold() == value.strip().casefold():
            return member
    options = ", ".join(m.value for m in enum_cls)
    raise ValueError(f"{what} '{value}' tidak dikenal; pilih salah satu: {options}")


def run(args: argparse.Namespace) -> int:
    try:
        date = parse_date(args.date, "tanggal")
    except ValueError as exc:
        return fail(str(exc))
    try:
        for value, what in ((args.title, "judul"), (args.location, "lokasi"),
                            (args.reason, "alasan")):
            require_utf8(value, what)
        category = enum_choice(Category, args.category, "kategori")
        status = enum_choice(Status, args.status, "status")
        platforms = konten.parse_platforms(args.platforms) if args.platforms \
            else konten.default_platforms()
    except ValueError as exc:
        return fail(str(exc))
    caption = ""
    if args.caption_file:
        try:
            caption = read_text_arg(args.caption_file)
        except (OSError, UnicodeDecodeError) as exc:
            return fail(f"berkas keterangan tidak dapat dibaca: {exc}")
    if not args.title.strip():
        return fail("judul tidak boleh kosong")
    try:
        store = open_store()
    except StoreError as exc:
        return fail(str(exc))
    draft = Post(title=args.title, activity_date=date, location=args.location,
                 category=category, status=status, caption=caption, platforms=platforms)
    answer = konten.Answer.both(args.reason.strip() or UNCHECKED_REASON)
    try:
        result = konten.create_post(store, draft, answer=answer)
    except ValueError as exc:
        return fail(str(exc))
    finally:
        store.close()
    if result.gate.open:
        print(gate_text(result.gate, f"peringatan: konten dicatat berstatus {status.value} "
                                     "walau belum lolos pemeriksaan; tercatat di laporan."),
              file=sys.stderr)
    print(result.post.id)
    return 0


def gate_text(gate: konten.Gate, first_line: str) -> str:
    """The open errors and unticked checklist items of a gate, one per line."""
    lines = [first_line]
    if gate.errors:
        lines.append("Galat yang masih terbuka:")
        lines += [f"  - {f.message}" for f in gate.errors]
    if gate.unticked:
        lines.append("Butir daftar periksa yang belum dicentang:")
        lines += [f"  - {i.label}" for i in gate.unticked]
    return "\n".join(lines)
