"""`warta paket --bulan YYYY-MM -o FILE`: this unit's Paket Laporan for Diskominfo.

The file (`Laporan-<singkatan>-YYYY-MM.warta`) travels by flash drive, e-mail or WhatsApp;
Diskominfo imports it with `rekap impor` or on the Rekap Kota page.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import fail, write_out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("paket", help="buat Paket Laporan sebulan untuk dikirim ke Diskominfo",
                       description="Membuat satu berkas .warta berisi catatan unggahan yang "
                                   "terbit dalam sebulan, untuk direkap Diskominfo.")
    p.add_argument("--bulan", required=True, metavar="TTTT-BB", help="bulan, mis. 2026-11")
    p.add_argument("-o", "--keluaran", required=True, type=Path, metavar="BERKAS|FOLDER",
                   help="berkas tujuan, atau folder (nama berkas dibuat otomatis)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.actions import rekap
    from core.kalender.bulan import parse_month
    from core.report_format import month_bounds
    from core.store import open_store

    try:
        start, end = month_bounds(*parse_month(args.bulan))
    except ValueError as exc:
        return fail(str(exc), 2)
    store = open_store()  # a StoreError becomes "galat: …", exit 1, in cli.main
    try:
        target = rekap.export_packet(store, start, end, args.keluaran)
    except OSError as exc:
        return fail(str(exc))
    finally:
        store.close()
    write_out(f"{target}\n")
    return 0
