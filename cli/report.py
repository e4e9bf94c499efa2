"""`warta report`: the monthly report as Word and/or Excel, without opening the app."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from cli.common import fail
from core.actions import laporan
from core.demo import previous_month
from core.nota_dinas import SIFAT
from core.period import Period
from core.platforms import platform_name
from core.report import ReportData
from core.report_files import ReportFormat
from core.report_format import format_number, format_percent
from core.report_page import PAPERS
from core.safe_write import WriteError
from core.store import StoreError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="buat laporan bulanan (Word dan/atau Excel)",
        description="Membuat laporan pengelolaan media sosial untuk satu periode. Tanpa "
                    "--docx/--xlsx hanya ringkasannya yang ditampilkan.",
        epilog="Contoh: warta report --from 2025-11-01 --to 2025-11-30 "
               "--docx laporan.docx --xlsx laporan.xlsx")
    p.add_argument("--from", dest="start", metavar="TTTT-BB-HH", help="tanggal awal periode")
    p.add_argument("--to", dest="end", metavar="TTTT-BB-HH", help="tanggal akhir periode")
    p.add_argument("--bulan", "--month", dest="month", metavar="TTTT-BB",
                   help="satu bulan penuh, mis. 2025-11 (bawaan: bulan lalu)")
    p.add_argument("--docx", metavar="BERKAS", help="simpan laporan Word ke BERKAS")
    p.add_argument("--xlsx", metavar="BERKAS", help="simpan laporan Excel ke BERKAS")
    p.add_argument("--kendala", metavar="TEKS",
                   help="teks Kendala dan Tindak Lanjut (bawaan: yang tersimpan di aplikasi)")
    p.add_argument("--kertas", choices=list(PAPERS), metavar="A4|F4",
                   help="ukuran kertas laporan Word (bawaan: pengaturan, awalnya A4)")
    p.add_argument("--nota-dinas", dest="nota", metavar="BERKAS",
                   help="simpan juga Nota Dinas pengantar (satu halaman .docx) ke BERKAS")
    p.add_argument("--nomor", default="", metavar="TEKS",
                   help="nomor Nota Dinas (bawaan: kosong, diisi Tata Usaha)")
    p.add_argument("--sifat", default="Biasa", choices=list(SIFAT), metavar="SIFAT",
                   help=f"sifat Nota Dinas: {', '.join(SIFAT)} (bawaan: Biasa)")
    p.add_argument("--tembusan", action="append", default=[], metavar="TEKS",
                   help="tembusan Nota Dinas (boleh diulang)")
    p.add_argument("--boleh-kosong", dest="allow_empty", action="store_true",
                   help="tetap buat berkas walaupun tidak ada konten terbit pada periode itu")
    p.set_defaults(func=run)


def _date(text: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name} harus tanggal TTTT-BB-HH, mis. 2025-11-01 "
                         f"(yang diisi: {text!r})") from None


def period_from_args(args: argparse.Namespace) -> Period:
    """--from/--to, or --bulan, or last month; raises ValueError with the message."""
    if args.month and (args.start or args.end):
        raise ValueError("pakai --bulan atau --from/--to, tidak keduanya")
    if args.start or args.end:
        if not (args.start and args.end):
            raise ValueError("--from dan --to harus diisi bersama")
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
        if end < start:
            raise ValueError("--to tidak boleh sebelum --from")
        return Period(start, end)
    if args.month:
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", args.month):
            raise ValueError("format --bulan harus TTTT-BB, mis. 2025-11")
        year, month = (int(x) for x in args.month.split("-"))
    else:
        year, month = previous_month()
    return Period.month(year, month)


def summary_lines(data: ReportData) -> list[str]:
    t = data.totals
    lines = [
        f"Laporan {data.department or '(profil belum diisi)'} periode {data.period}",
        f"  Konten terbit : {format_number(t.posts)} ({format_number(t.uploads)} unggahan, "
        f"{format_number(t.with_metrics)} dengan metrik)",
        f"  Jangkauan     : {format_number(t.sums['reach'])}",
        f"  Interaksi     : {format_number(t.interactions)}",
        f"  Keterlibatan  : {format_percent(t.engagement) or '-'}",
    ]
    for key, totals in data.by_platform.items():
        lines.append(f"    {platform_name(key):<10} {totals.uploads:>4} unggahan, "
                     f"jangkauan {format_number(totals.sums['reach'])}")
    return lines


def _confirmations(data: ReportData, args: argparse.Namespace) -> int | None:
    """What the GUI asks before an export: the CLI stops on an empty period (unless
    --boleh-kosong) and warns on stderr about the rest. None: go on."""
    for check in laporan.export_checks(data):
        if check.concern is laporan.ExportConcern.EMPTY_PERIOD:
            if not args.allow_empty:
                return fail(f"{check.message} Tidak ada berkas yang dibuat; tambahkan "
                            "--boleh-kosong untuk tetap membuatnya.")
            continue
        print(f"peringatan: {check.message}", file=sys.stderr)
    return None


def run(args: argparse.Namespace) -> int:
    try:
        period = period_from_args(args)
    except ValueError as exc:
        return fail(str(exc), 2)
    targets = [(fmt, Path(p)) for p, fmt in ((args.docx, ReportFormat.DOCX),
                                             (args.xlsx, ReportFormat.XLSX)) if p]
    nota = Path(args.nota) if args.nota else None
    for path in [p for _fmt, p in targets] + ([nota] if nota else []):
        if not path.parent.is_dir():
            return fail(f"folder {path.parent} tidak ada; buat dulu atau pilih folder lain", 2)
    try:
        store = open_store()
    except StoreError as exc:
        return fail(str(exc))
    try:
        data = laporan.report_data(store, period, issues=args.kendala, paper=args.kertas)
    finally:
        store.close()
    print("\n".join(summary_lines(data)))
    if not targets and nota is None:
        return 0
    if (stop := _confirmations(data, args)) is not None:
        return stop
    from exporters.docx_nota import NotaDinasDocx
    from exporters.registry import WRITERS

    try:
        written = laporan.export_report(data, targets, WRITERS).written
        if nota is not None:
            letter = laporan.cover_letter(data, number=args.nomor, nature=args.sifat,
                                          copies=args.tembusan)
            written.append(laporan.export_cover(data, letter, nota, NotaDinasDocx))
    except (WriteError, OSError) as exc:
        return fail(str(exc))
    for path in written:
        print(f"Tersimpan: {path}")
    return 0
