"""`warta caption POST_ID`: the caption of a post for each platform.

    python main.py caption 12                 all variants under headings ("Salin semua")
    python main.py caption 12 --platform x    exactly the X text, nothing else
    python main.py caption 12 --json          every variant with its counts and limits

Variants the PIC edited are printed as saved; the others follow the main caption
(with collaborators' handles and hashtags), as the Konten page shows them.
"""

from __future__ import annotations

import argparse
import json

from cli.common import fail, write_out
from cli.count import count_json
from core.captions.counting import count
from core.captions.variants import all_variants_text
from core.model import PLATFORM_IDS
from core.platforms import PLATFORMS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "caption",
        help="cetak keterangan konten untuk tiap platform",
        description=(
            "Mencetak keterangan (caption) konten per platform. Varian yang sudah diubah PIC "
            "dicetak apa adanya; yang lain mengikuti keterangan utama."
        ),
    )
    p.add_argument("post_id", metavar="ID_KONTEN", type=int, help="nomor konten")
    p.add_argument("--platform", choices=list(PLATFORM_IDS),
                   help="cetak persis teks satu platform saja")
    p.add_argument("--json", action="store_true",
                   help="semua varian beserta hitungan dan batasnya, dalam JSON")
    p.set_defaults(func=run)


def _load(post_id: int):
    """(post, [CaptionView]) from the database, as the editor shows them; raises LookupError."""
    from core.actions import konten
    from core.store import open_store

    store = open_store()
    try:
        return konten.caption_views(store, post_id)
    finally:
        store.close()


def _variant_json(view) -> dict:
    variant = view.variant
    c = count(variant.platform, variant.text)
    data = {
        "platform": variant.platform,
        "name": PLATFORMS[variant.platform].name,
        "text": variant.text,
        "edited": variant.edited,
        "published_url": variant.published_url,
        "count": count_json(c, variant.text),
        "cap_issues": list(view.notes.caps),
        "notes": list(view.notes.derived),
    }
    if PLATFORMS[variant.platform].title is not None:
        data["title"] = variant.title
        data["title_count"] = count_json(count(variant.platform, variant.title, "title"),
                                         variant.title)
    return data


def run(args: argparse.Namespace) -> int:
    from core.store import StoreError

    try:
        post, views = _load(args.post_id)
    except LookupError as exc:
        return fail(str(exc))
    except StoreError as exc:
        return fail(str(exc))
    variants = [view.variant for view in views]
    if args.platform:
        chosen = next((v for v in views if v.variant.platform == args.platform), None)
        if chosen is None:
            targets = ", ".join(PLATFORMS[p].name for p in post.platforms if p in PLATFORMS)
            return fail(f"konten #{post.id} tidak ditujukan ke {PLATFORMS[args.platform].name}; "
                        f"platform tujuannya: {targets or 'belum ada'}")
        if args.json:
            write_out(json.dumps(_variant_json(chosen), ensure_ascii=False, indent=2) + "\n")
        else:
            write_out(chosen.variant.text + "\n")
        return 0
    if args.json:
        data = {
            "post": {"id": post.id, "title": post.title, "status": str(post.status)},
            "variants": [_variant_json(v) for v in views],
        }
        write_out(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    write_out(all_variants_text(post.title, variants))
    return 0
