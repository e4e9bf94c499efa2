"""`warta status ID STATUS`: move a post to another status, through the same gates as the
editor (core.actions.konten.change_status).

Open errors (from Siap Ditinjau on) and unticked checklist items (from Disetujui on) are
listed and the command refuses (exit 1) unless `--alasan "..."` says why to go on; the
reason is recorded with the PIC's name and the time and shows in the monthly report.
"""

from __future__ import annotations

import argparse

from cli.add import enum_choice, gate_text
from cli.common import fail
from core.actions import konten
from core.model import Status
from core.store import StoreError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="ubah status konten (dengan pemeriksaannya)",
                       description="Mengubah status konten. Galat dan butir daftar periksa "
                                   "yang belum dicentang perlu --alasan.")
    p.add_argument("post_id", metavar="ID_KONTEN", type=int, help="nomor konten")
    p.add_argument("status", metavar="STATUS",
                   help=f"status baru: {', '.join(s.value for s in Status)}")
    p.add_argument("--alasan", "--reason", dest="reason", default="",
                   help="alasan tetap melanjutkan walau ada galat atau butir yang belum "
                        "dicentang")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        status = enum_choice(Status, args.status, "status")
    except ValueError as exc:
        return fail(str(exc))
    try:
        store = open_store()
    except StoreError as exc:
        return fail(str(exc))
    answer = konten.Answer.both(args.reason) if args.reason.strip() else None
    try:
        result = konten.change_status(store, args.post_id, status, answer=answer)
    except (LookupError, ValueError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    if not result.changed:
        return fail(gate_text(result.gate, f"status {status.value} perlu konfirmasi.") + "\n"
                    'Perbaiki dulu, atau ulangi dengan --alasan "..." untuk tetap melanjutkan '
                    "(dicatat dengan nama PIC dan waktu, tampil di laporan).")
    print(f"Konten #{args.post_id}: {result.post.status.value}")
    return 0
