"""`warta add`: create one post from the command line and print its id (for scripts)."""

from __future__ import annotations

import argparse

from cli.common import fail, read_text_arg, require_utf8
from core import posts
from core.date_range import parse_date
from core.model import Category, Post, Status
from core.store import StoreError, open_store


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
    p.set_defaults(func=run)


def _choice(enum_cls, value: str, what: str):
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
        for value, what in ((args.title, "judul"), (args.location, "lokasi")):
            require_utf8(value, what)
        category = _choice(Category, args.category, "kategori")
        status = _choice(Status, args.status, "status")
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
    try:
        post = posts.create_post(store, Post(title=args.title, activity_date=date,
                                             location=args.location, category=category,
                                             status=status, caption=caption))
    finally:
        store.close()
    print(post.id)
    return 0
