"""`warta terbit ID --platform P --url URL`: record that a post's version is online, with
its link and time (as the editor's "Terbit" link field) and, optionally, its figures
(as the Laporan page's Metrik grid). Moving the post to status Terbit stays `status`'s
job, with its checks.

    python main.py terbit 12 --platform instagram --url https://www.instagram.com/p/Cx/ \\
        --waktu "2026-11-12 09:00" --jangkauan 1500 --suka 90
"""

from __future__ import annotations

import argparse
import datetime as dt

from cli.common import fail

_METRICS = {"jangkauan": "reach", "tayangan": "impressions", "suka": "likes",
            "komentar": "comments", "dibagikan": "shares", "disimpan": "saves",
            "klik": "link_clicks"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("terbit", help="catat tautan unggahan yang terbit (dan metriknya)",
                       description="Mencatat bahwa versi platform sebuah konten sudah terbit: "
                                   "tautan, waktu, dan (bila ada) metriknya.")
    p.add_argument("post_id", type=int, metavar="ID_KONTEN")
    p.add_argument("--platform", required=True)
    p.add_argument("--url", required=True, help="tautan unggahan")
    p.add_argument("--waktu", metavar="'TTTT-BB-HH JJ:MM'", help="waktu terbit (bawaan: kini)")
    for name in _METRICS:
        p.add_argument(f"--{name}", type=int, metavar="N")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.actions import konten, laporan
    from core.store import open_store

    try:
        when = dt.datetime.fromisoformat(args.waktu) if args.waktu else None
        platform = konten.parse_platforms([args.platform])[0]
    except ValueError as exc:
        return fail(f"waktu atau platform tidak dikenal: {exc}", 2)
    store = open_store()  # a StoreError becomes "galat: …", exit 1, in cli.main
    try:
        variant = konten.mark_published(store, args.post_id, platform, args.url, when)
        figures = [(variant.id, column, getattr(args, name))
                   for name, column in _METRICS.items() if getattr(args, name) is not None]
        if figures:
            laporan.set_metrics(store, figures)
    except (LookupError, ValueError) as exc:
        return fail(str(exc).strip("'\""))
    finally:
        store.close()
    print(f"Konten #{args.post_id} {platform}: {variant.published_url}")
    return 0
