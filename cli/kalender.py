"""`warta kalender --bulan YYYY-MM`: each day's holidays, commemorations and posts.

    python main.py kalender --bulan 2026-08          one line per day that has something
    python main.py kalender --bulan 2026-08 --json   every day of the month, as JSON
    python main.py kalender --bulan 2026-08 --docx rencana.docx --xlsx rencana.xlsx
                                                     the month's Rencana Konten for approval
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cli.common import fail, write_out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "kalender",
        help="hari libur, hari peringatan, dan konten per hari dalam sebulan",
        description=("Mencetak hari libur nasional, cuti bersama, hari peringatan yang "
                     "menyangkut perangkat daerah Anda, dan konten yang direncanakan per hari."),
    )
    p.add_argument("--bulan", required=True, metavar="TTTT-BB", help="bulan, mis. 2026-08")
    p.add_argument("--json", action="store_true", help="semua hari dalam bulan itu, dalam JSON")
    p.add_argument("--docx", metavar="BERKAS", type=Path,
                   help="tulis Rencana Konten bulan itu ke Word")
    p.add_argument("--xlsx", metavar="BERKAS", type=Path,
                   help="tulis Rencana Konten bulan itu ke Excel")
    p.set_defaults(func=run)


def _day_json(day) -> dict:
    return {
        "tanggal": day.date.isoformat(),
        "libur": day.is_day_off,
        "tanda": [{"nama": m.name, "jenis": m.kind, "dasar": m.basis, "id": m.ref or None}
                  for m in day.marks],
        "konten": [{"id": p.post_id, "judul": p.title, "status": str(p.status),
                    "kategori": str(p.category), "platform": list(p.platforms),
                    "jam": {platform: t.strftime("%H:%M") for platform, t in p.times}}
                   for p in day.posts],
    }


def _day_line(day) -> str:
    from core.indonesian import DAYS, format_date

    parts = [f"{DAYS[day.date.weekday()]:<6} {format_date(day.date)}"]
    parts += [f"[{m.name}]" for m in day.marks]
    for post in day.posts:
        times = ", ".join(f"{pl} {t.strftime('%H.%M')}" for pl, t in post.times)
        parts.append(f"#{post.post_id} {post.title} ({post.status}{'; ' + times if times else ''})")
    return "  ".join(parts)


def _export(plan, docx: Path | None, xlsx: Path | None) -> int:
    from exporters.rencana import export_rencana

    try:
        written = export_rencana(plan, docx=docx, xlsx=xlsx)
    except OSError as exc:  # WriteError (file open in Word/Excel, disk full) included
        return fail(str(exc))
    write_out("".join(f"{path}\n" for path in written))
    return 0


def run(args: argparse.Namespace) -> int:
    from core.actions import kalender
    from core.kalender.bulan import parse_month
    from core.store import open_store

    try:
        year, month = parse_month(args.bulan)
    except ValueError as exc:
        return fail(str(exc), 2)
    store = open_store()  # a StoreError becomes "galat: …", exit 1, in cli.main
    try:
        days = kalender.month(store, year, month)
        plan = kalender.rencana(store, year, month) if (args.docx or args.xlsx) else None
    finally:
        store.close()
    if plan is not None:
        return _export(plan, args.docx, args.xlsx)
    if args.json:
        write_out(json.dumps({"bulan": f"{year:04d}-{month:02d}",
                              "hari": [_day_json(d) for d in days]},
                             ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = [_day_line(d) for d in days if d.marks or d.posts]
    write_out("\n".join(lines) + "\n" if lines else "Tidak ada hari libur, peringatan, atau "
              "konten di bulan ini.\n")
    return 0
