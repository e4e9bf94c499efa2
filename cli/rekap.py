"""`warta rekap`: Diskominfo's city-wide recap of the units' packets.

    python main.py rekap impor paket/ Laporan-Dinkes-2026-11.warta [--ganti]
    python main.py rekap status --bulan 2026-11 [--json]
    python main.py rekap laporan --bulan 2026-11 --docx Rekap.docx --xlsx Rekap.xlsx
    python main.py rekap batas [7]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cli.common import expand_wildcards, fail, write_out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rekap", help="rekap paket laporan semua perangkat daerah (Diskominfo)",
                       description="Mengimpor Paket Laporan dari PIC tiap perangkat daerah dan "
                                   "menampilkan siapa yang sudah dan belum mengirim.")
    inner = p.add_subparsers(title="perintah rekap", metavar="PERINTAH")
    imp = inner.add_parser("impor", help="impor paket (.warta) atau folder berisi paket")
    imp.add_argument("paths", nargs="+", type=Path, metavar="BERKAS|FOLDER")
    imp.add_argument("--ganti", action="store_true",
                     help="ganti paket lama unit dan periode yang sama tanpa bertanya")
    imp.add_argument("--json", action="store_true", help="hasil per berkas dalam JSON")
    imp.set_defaults(func=run_import)
    st = inner.add_parser("status", help="unit yang sudah, terlambat, dan belum mengirim")
    st.add_argument("--bulan", required=True, metavar="TTTT-BB")
    st.add_argument("--json", action="store_true", help="dalam JSON")
    st.set_defaults(func=run_status)
    lap = inner.add_parser("laporan", help="laporan rekapitulasi kota (Word dan/atau Excel)")
    lap.add_argument("--bulan", required=True, metavar="TTTT-BB")
    lap.add_argument("--docx", type=Path, metavar="BERKAS", help="tulis laporan Word")
    lap.add_argument("--xlsx", type=Path, metavar="BERKAS", help="tulis rekap Excel")
    lap.set_defaults(func=run_report)
    batas = inner.add_parser("batas", help="batas kirim tepat waktu (hari setelah periode)",
                             description="Tanpa HARI: tampilkan batasnya. Dengan HARI: paket "
                                         "yang dibuat paling lambat HARI hari setelah periode "
                                         "berakhir dihitung tepat waktu (bawaan 5).")
    batas.add_argument("hari", nargs="?", type=int, metavar="HARI")
    batas.set_defaults(func=run_deadline)
    p.set_defaults(func=lambda _args: (p.print_help(), 1)[1])


def _open():
    from core.store import open_store

    return open_store()


def run_import(args: argparse.Namespace) -> int:
    from core.actions import rekap

    store = _open()  # a StoreError becomes "galat: …", exit 1, in cli.main
    try:
        paths = [Path(p) for p in expand_wildcards([str(p) for p in args.paths])]
        results = rekap.import_packets(store, paths, replace=args.ganti)
    finally:
        store.close()
    if not results:
        return fail("tidak ada berkas .warta di sana")
    if args.json:
        write_out("".join(json.dumps({"berkas": str(r.path), "hasil": r.outcome,
                                      "unit": r.unit_name, "terpetakan": r.mapped,
                                      "pesan": r.message}, ensure_ascii=False) + "\n"
                          for r in results))
    else:
        for r in results:
            note = "" if r.mapped else " (nama unit perlu dipetakan)"
            detail = f": {r.message}" if r.message else ""
            write_out(f"{r.path.name}\t{r.outcome}{detail}{note}\n")
    bad = {rekap.REFUSED, rekap.NEEDS_REPLACE}
    return 2 if any(r.outcome in bad for r in results) else 0


def _figures_json(f) -> dict | None:
    if f is None:
        return None
    return {"konten": f.posts, "unggahan": f.uploads, "per_platform": f.by_platform,
            "jangkauan": f.reach, "interaksi": f.interactions,
            "tingkat_keterlibatan": round(f.engagement, 4) if f.engagement is not None else None,
            "pengikut": f.followers, "pertumbuhan_pengikut": f.growth,
            "lolos_cek": round(f.passed_share, 4) if f.passed_share is not None else None,
            "kolaborasi_akun_kota": f.collaborations, "kampanye": f.campaigns}


def _for_month(args: argparse.Namespace, read):
    """`read(store, start, end)` for `--bulan` in the user's data folder, or exit code 2
    for a month not understood."""
    from core.kalender.bulan import parse_month
    from core.report_format import month_bounds


    try:
        start, end = month_bounds(*parse_month(args.bulan))
    except ValueError as exc:
        return fail(str(exc), 2)
    store = _open()  # a StoreError becomes "galat: …", exit 1, in cli.main
    try:
        return read(store, start, end)
    finally:
        store.close()


def run_deadline(args: argparse.Namespace) -> int:
    from core.actions import rekap

    store = _open()
    try:
        if args.hari is not None:
            try:
                rekap.set_deadline_days(store, args.hari)
            except ValueError as exc:
                return fail(str(exc), 2)
        days = rekap.deadline_days(store)
    finally:
        store.close()
    write_out(f"Paket tepat waktu bila dibuat paling lambat {days} hari setelah periode "
              "berakhir.\n")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from core.actions import rekap
    from core.rekap.papan import LATE, MISSING, ON_TIME, UNMAPPED

    board = _for_month(args, rekap.period_board)
    if isinstance(board, int):
        return board
    start, end = board.start, board.end
    if args.json:
        write_out(json.dumps({
            "periode": {"mulai": start.isoformat(), "selesai": end.isoformat()},
            "batas_hari": board.deadline_days,
            "ringkas": {s: board.count(s) for s in (ON_TIME, LATE, MISSING, UNMAPPED)},
            "kota": _figures_json(board.totals),
            "unit": [{"unit": r.name, "id": r.unit.id if r.unit else None, "status": r.status,
                      "dikirim": r.sent_at.isoformat() if r.sent_at else None,
                      "data_sendiri": r.own,
                      "angka": _figures_json(r.figures),
                      "periode_lalu": _figures_json(r.previous)} for r in board.rows],
            "narasi": [_campaign_json(a) for a in board.campaigns],
        }, ensure_ascii=False, indent=1) + "\n")
        return 0
    write_out(f"Tepat waktu {board.count(ON_TIME)}, terlambat {board.count(LATE)}, "
              f"belum mengirim {board.count(MISSING)}, perlu dipetakan "
              f"{board.count(UNMAPPED)}\n")
    for r in board.rows:
        figs = f"\t{r.figures.posts} konten, jangkauan {r.figures.reach}" if r.figures else ""
        own = " (data sendiri)" if r.own else ""
        write_out(f"{r.status:<16}{r.name}{own}{figs}\n")
    for a in board.campaigns:
        write_out(f"Narasi “{a.title}”: {len(a.units)} unit, {a.posts} konten, jangkauan "
                  f"{a.reach}, interaksi {a.interactions}; belum: {len(a.not_amplified)} unit\n")
    return 0


def _campaign_json(a) -> dict:
    """One campaign's amplification across units (`rekap status --json`)."""
    return {"id": a.campaign_id, "judul": a.title,
            "mulai": a.start.isoformat() if a.start else None,
            "selesai": a.end.isoformat() if a.end else None,
            "konten": a.posts, "jangkauan": a.reach, "interaksi": a.interactions,
            "unit": [{"unit": u.name, "konten": u.posts, "jangkauan": u.reach,
                      "interaksi": u.interactions} for u in a.units],
            "belum_mengamplifikasi": a.silent, "belum_mengirim": a.missing}


def run_report(args: argparse.Namespace) -> int:
    """`rekap laporan`: the city report from the packets imported for the month."""
    from core.actions import rekap
    from exporters.laporan_kota import export_city_report

    if args.docx is None and args.xlsx is None:
        return fail("sebutkan --docx BERKAS dan/atau --xlsx BERKAS", 2)
    data = _for_month(args, rekap.city_report)
    if isinstance(data, int):
        return data
    try:
        written = export_city_report(data, docx=args.docx, xlsx=args.xlsx)
    except OSError as exc:  # WriteError (file open in Word/Excel, disk full) included
        return fail(str(exc))
    for path in written:
        write_out(f"{path}\n")
    return 0
