"""`warta import-metrics`: the Laporan page's CSV import of metrics, with a per-row report.

Exit codes: 0 every row filled an upload; 2 some rows were not used (each is listed with
its reason); 1 the file or the data folder could not be read.
"""

from __future__ import annotations

import argparse
import json

from cli.common import fail, write_out
from core.actions import laporan
from core.metrics_import import CsvError, RowMatch
from core.platforms import platform_name
from core.report_format import format_number, format_optional_date
from core.store import StoreError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-metrics", help="impor metrik unggahan dari CSV Insights",
        description="Mengisi metrik unggahan yang sudah terbit dari berkas CSV ekspor "
                    "Insights (Meta Business Suite, X, TikTok, YouTube), seperti tombol "
                    "Impor CSV di halaman Laporan. Setiap baris dilaporkan: unggahan yang "
                    "diisi, atau alasan baris itu tidak dipakai.",
        epilog="Contoh: warta import-metrics insights.csv --platform instagram --dry-run")
    p.add_argument("file", metavar="BERKAS.csv", help="berkas CSV ekspor Insights")
    p.add_argument("--platform", choices=laporan.IMPORT_SOURCES, default=laporan.MIXED_SOURCE,
                   help="platform asal berkas (bawaan: campuran, dibaca dari kolom Platform "
                        "atau tautan)")
    p.add_argument("--dry-run", action="store_true",
                   help="hanya tampilkan hasil pencocokan, tanpa menyimpan")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    p.set_defaults(func=run)


def _row_json(m: RowMatch) -> dict[str, object]:
    item: dict[str, object] = {"baris": m.row.line, "dipakai": m.target is not None,
                               "metrik": m.row.metrics, "masalah": m.row.problems}
    if m.target is not None:
        item.update(cara=m.how, variant_id=m.target.variant_id, post_id=m.target.post_id,
                    judul=m.target.title, platform=m.target.platform,
                    tanggal=m.target.published.isoformat() if m.target.published else None)
    else:
        item["alasan"] = m.reason
    return item


def _row_line(m: RowMatch) -> str:
    if m.target is not None:
        figures = ", ".join(f"{k} {format_number(v)}" for k, v in m.row.metrics.items())
        text = (f"baris {m.row.line}: cocok ({m.how}) \u2192 {m.target.title} \u00b7 "
                f"{platform_name(m.target.platform)} \u00b7 "
                f"{format_optional_date(m.target.published)}: {figures}")
    else:
        text = f"baris {m.row.line}: tidak dipakai \u2014 {m.reason}"
    if m.row.problems:
        text += " (" + "; ".join(m.row.problems) + ")"
    return text


def run(args: argparse.Namespace) -> int:
    try:
        table = laporan.read_metrics_csv(args.file)
    except CsvError as exc:
        return fail(str(exc))
    try:
        store = open_store()
    except StoreError as exc:
        return fail(str(exc))
    try:
        preview = laporan.preview_metrics_import(store, table, source=args.platform)
        updated = 0
        if not args.dry_run and preview.matched:
            updated = laporan.apply_metrics_import(store, preview,
                                                   remember_mapping=False).updated
    finally:
        store.close()
    left = len(preview.unmatched)
    if args.json:
        write_out(json.dumps({"berkas": args.file, "sumber": preview.source,
                              "uji_coba": args.dry_run, "diperbarui": updated,
                              "tidak_dipakai": left,
                              "baris": [_row_json(m) for m in preview.matches]},
                             ensure_ascii=False, indent=1) + "\n")
    else:
        lines = [_row_line(m) for m in preview.matches]
        done = (f"{len(preview.matched)} baris cocok (uji coba, tidak disimpan)"
                if args.dry_run else f"{updated} unggahan diperbarui")
        lines.append(f"{done}; {left} baris tidak dipakai.")
        write_out("\n".join(lines) + "\n")
    return 2 if left else 0
