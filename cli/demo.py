"""`warta demo`: fill the data folder with a realistic month of sample posts."""

from __future__ import annotations

import argparse
import re

from cli.common import fail
from core import posts
from core.demo import fill_demo, fill_demo_years, previous_month
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
    p.add_argument("--tahun", type=int, metavar="N",
                   help="data kerja N tahun sampai bulan lalu (±10.000 konten untuk 3 tahun, "
                        "dengan versi platform, metrik, dan catatan foto tanpa berkas) untuk "
                        "mengukur kecepatan")
    p.add_argument("--konten", type=int, metavar="N",
                   help="jumlah konten untuk --tahun (bawaan: 3.300 per tahun)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if (args.tahun is not None and args.tahun < 1) or (args.konten is not None
                                                        and args.konten < 1):
        return fail("--tahun dan --konten harus bilangan bulat positif")
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
        if args.tahun or args.konten:
            years = args.tahun or 3
            added = fill_demo_years(store, args.konten or 3_300 * years, years,
                                    end=(year, month))
            print(f"{added} konten contoh untuk {years} tahun sampai {month:02d}/{year} "
                  "ditambahkan.")
            return 0
        added = fill_demo(store, year, month, unit=args.pd)
    finally:
        store.close()
    print(f"{added} konten contoh untuk {month:02d}/{year} ditambahkan.")
    return 0
