"""`warta demo`: fill the data folder with a realistic month of sample posts."""

from __future__ import annotations

import argparse
import re

from cli.common import fail
from core import posts
from core.demo import fill_demo, previous_month
from core.store import StoreError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="isi data contoh sebulan (Diskominfo Kota Cimahi)",
                       description="Mengisi folder data dengan profil, akun, dan konten contoh "
                                   "selama sebulan agar setiap halaman dan laporan bisa dicoba.")
    p.add_argument("--bulan", "--month", dest="month", metavar="TTTT-BB",
                   help="bulan contoh, mis. 2025-11 (bawaan: bulan lalu)")
    p.add_argument("--pd", metavar="NAMA",
                   help="contoh untuk perangkat daerah lain, mis. \"Dinas Kesehatan\"")
    p.add_argument("--tambah", action="store_true",
                   help="tambahkan walaupun sudah ada konten")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.month:
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", args.month):
            return fail("format bulan harus TTTT-BB, mis. 2025-11")
        year, month = (int(x) for x in args.month.split("-"))
    else:
        year, month = previous_month()
    try:
        store = open_store()
    except StoreError as exc:
        return fail(str(exc))
    try:
        if posts.count_posts(store) and not args.tambah:
            return fail("sudah ada konten di folder data ini; pakai --tambah untuk menambah "
                        "data contoh")
        added = fill_demo(store, year, month, unit=args.pd)
    finally:
        store.close()
    print(f"{added} konten contoh untuk {month:02d}/{year} ditambahkan.")
    return 0
