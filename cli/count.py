"""`warta count FILE|-`: how every platform counts a text, its limit, and where the feed cuts.

    python main.py count keterangan.txt
    type keterangan.txt | python main.py count - --json

Trailing line breaks at the end of the file are not counted (editors add one). Exit
code 0 whether or not a platform is over its limit; --json gives the details to scripts.
"""

from __future__ import annotations

import argparse
import json

from cli.common import fail, read_text_arg, write_out
from core.captions.counting import Count, count, graphemes
from core.indonesian import format_number
from core.platforms import PLATFORMS

_PREVIEW = 60  # characters of context shown around a cut in the text output


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "count",
        help="hitung panjang teks menurut tiap platform",
        description=(
            "Menghitung teks seperti cara tiap platform menghitungnya (X berbobot, YouTube "
            "dalam byte, dst.), batasnya, dan titik potong di beranda. Baris kosong di akhir "
            "berkas tidak dihitung."
        ),
    )
    p.add_argument("file", metavar="BERKAS|-", help="berkas teks UTF-8, atau '-' untuk stdin")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    p.add_argument("--platform", choices=list(PLATFORMS), action="append",
                   help="hanya platform ini (boleh diulang)")
    p.set_defaults(func=run)


def count_json(c: Count, text: str) -> dict:
    """One count as plain JSON data (shared with `warta caption --json`)."""
    cut = None
    if c.truncation is not None:
        cut = {"index": c.truncation, "visible": text[: c.truncation]}
    return {
        "used": c.used,
        "limit": c.limit,
        "unit": c.unit.value,
        "unit_label": c.unit_label,
        "over": c.over,
        "remaining": c.remaining,
        "overflow_at": c.overflow_at,
        "truncation": cut,
        "problems": list(c.problems),
    }


def _one_line(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", " ⏎ ")


def describe(c: Count, text: str, label: str) -> list[str]:
    """Human lines for one count, in Indonesian."""
    left = format_number(abs(c.remaining))
    status = f"LEBIH {left}" if c.over else f"sisa {left}"
    used, limit = format_number(c.used), format_number(c.limit)
    lines = [f"{label}: {used} / {limit} {c.unit_label} ({status})"]
    if c.overflow_at is not None:
        lines.append(f"  melewati batas mulai karakter ke-{c.overflow_at + 1}: "
                     f"\"{_one_line(text[c.overflow_at:c.overflow_at + _PREVIEW])}\"")
    if c.truncation is not None:
        before = text[: c.truncation]
        shown = before if len(before) <= 2 * _PREVIEW else "…" + before[-2 * _PREVIEW:]
        lines.append(f"  terpotong di beranda setelah karakter ke-{c.truncation}: "
                     f"\"{_one_line(shown)}\" … lainnya")
    lines.extend(f"  {problem}" for problem in c.problems)
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        text = read_text_arg(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"teks tidak dapat dibaca ({exc}); simpan berkas sebagai UTF-8 lalu coba lagi")
    text = text.rstrip("\r\n")
    ids = args.platform or list(PLATFORMS)
    counts = {pid: count(pid, text) for pid in ids}
    if args.json:
        data = {
            "characters": len(text),
            "graphemes": len(graphemes(text)),
            "platforms": {
                pid: {"name": PLATFORMS[pid].name, **count_json(c, text)}
                for pid, c in counts.items()
            },
        }
        write_out(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = [f"Teks: {format_number(len(graphemes(text)))} karakter terlihat"]
    for pid, c in counts.items():
        label = PLATFORMS[pid].name + (" (deskripsi)" if pid == "youtube" else "")
        lines.extend(describe(c, text, label))
    write_out("\n".join(lines) + "\n")
    return 0
