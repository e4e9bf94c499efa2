"""`warta import-photos`: bring photos into the media library, as the Media page does.

    warta import-photos foto1.jpg folder/ [--post ID] [--json]

One line per file: its photo id, or why it was refused. With --post the photos are
added to that post in the order given. Exit 0: every file imported (or already in the
library); 2: some refused; 1: usage error (no such post, database unusable).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cli.common import expand_wildcards, fail, usage_errors_exit_1, write_out
from core.actions import media as actions
from core.media_files import MediaError
from core.media_import import FileOutcome, ImportReport
from core.store import StoreError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-photos",
        help="impor foto ke pustaka media (seperti halaman Media)",
        description="Menyalin foto ke pustaka media Warta (disimpan menurut isinya, jadi "
                    "foto yang sama hanya disimpan sekali). Satu baris per berkas: id foto, "
                    "atau alasan berkas ditolak. Kode keluar: 0 semua diimpor, 2 sebagian "
                    "ditolak, 1 kesalahan pemakaian.")
    p.add_argument("files", nargs="+", metavar="BERKAS", help="foto atau folder berisi foto")
    p.add_argument("--post", "--konten", dest="post", type=int, metavar="ID",
                   help="tambahkan foto ke konten ini, sesuai urutan")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    p.set_defaults(func=run)
    usage_errors_exit_1(p)  # exit 2 means "some failed"


def _status(outcome: FileOutcome) -> str:
    if outcome.photo is None:
        return "ditolak"
    return "diimpor" if outcome.new else "sudah-ada"


def _line(outcome: FileOutcome) -> str:
    if outcome.photo is None:
        return f"DITOLAK {outcome.path}: {outcome.reason}"
    label = "OK" if outcome.new else "ADA"
    return f"{label:<7} {outcome.path}: id {outcome.photo.id}"


def _as_json(report: ImportReport, post_id: int | None) -> dict[str, Any]:
    return {
        "post": post_id,
        "results": [{"file": o.path, "name": o.name, "status": _status(o),
                     "id": o.photo.id if o.photo else None, "reason": o.reason or None}
                    for o in report.outcomes],
        "imported": len(report.imported), "duplicates": len(report.duplicates),
        "refused": len(report.failed),
    }


def run(args: argparse.Namespace) -> int:
    try:
        store = open_store()
    except StoreError as exc:
        return fail(str(exc))
    try:
        report = actions.import_photos(store, expand_wildcards(args.files), attach_to=args.post)
    except MediaError as exc:
        return fail(str(exc))
    finally:
        store.close()
    if args.json:
        write_out(json.dumps(_as_json(report, args.post), ensure_ascii=False, indent=2) + "\n")
    else:
        write_out("".join(_line(o) + "\n" for o in report.outcomes))
        print(report.summary(), file=sys.stderr)
    return 2 if report.failed else 0
