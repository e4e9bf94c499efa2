"""`warta count FILE|-`: how every platform counts a text, its limit, and where the feed cuts.

    python main.py count keterangan.txt
    type keterangan.txt | python main.py count - --json
    python main.py count banyak.jsonl --jsonl > hasil.jsonl

Trailing line breaks at the end of the file are not counted (editors add one). Exit
code 0 whether or not a platform is over its limit; --json gives the details to scripts.
--jsonl counts many texts: each input line is one JSON string (so a caption's line
breaks are written "\n"), and each output line is that text's result in the --json
shape, or {"line": N, "error": "..."} for a line that is not a JSON string; the exit
code is then 1, after every line has been answered.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

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
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    fmt.add_argument("--jsonl", action="store_true",
                     help="banyak teks: tiap baris masukan satu string JSON, tiap baris "
                          "keluaran hasilnya dalam JSON")
    p.add_argument("--platform", choices=list(PLATFORMS), action="append",
                   help="hanya platform ini (boleh diulang)")
    p.set_defaults(func=run, short_lived=True)  # cli.main: no garbage collection


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


def count_data(text: str, ids: list[str]) -> dict:
    """The --json result for one text (also one line of --jsonl)."""
    return {
        "characters": len(text),
        "graphemes": len(graphemes(text)),
        "platforms": {
            pid: {"name": PLATFORMS[pid].name, **count_json(count(pid, text), text)}
            for pid in ids
        },
    }


def _raw_lines(value: str) -> Iterator[bytes]:
    """Input lines as bytes, read as they come (a pipe of thousands of texts streams)."""
    if value == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # already text (tests, embedded use)
            yield from (line.encode("utf-8") for line in sys.stdin)
            return
        yield from stream
        return
    with Path(value).open("rb") as f:
        yield from f


def _jsonl_line(number: int, raw: bytes, ids: list[str]) -> dict:
    """One input line's answer: the count, or an Indonesian error that names the line."""
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):  # Notepad's UTF-8 mark
        raw = raw[3:]
    if not raw.strip():
        return {"line": number, "error": "baris kosong; teks kosong ditulis \"\""}
    try:
        text = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return {"line": number, "error": "baris ini bukan teks UTF-8"}
    except json.JSONDecodeError as exc:
        return {"line": number, "error": f"baris ini bukan JSON yang sah (kolom {exc.colno}); "
                                         "tulis teksnya sebagai string JSON, "
                                         "mis. \"Halo\\nDunia\""}
    if not isinstance(text, str):
        return {"line": number, "error": "baris ini JSON tetapi bukan string; tulis "
                                         "teksnya di antara tanda kutip"}
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return {"line": number, "error": "string ini memuat separuh emoji (\\ud800–\\udfff "
                                         "tanpa pasangannya)"}
    return count_data(text, ids)


def _run_jsonl(lines: Iterable[bytes], ids: list[str]) -> int:
    bad = 0
    for number, raw in enumerate(lines, 1):
        result = _jsonl_line(number, raw.rstrip(b"\r\n"), ids)
        bad += "error" in result
        write_out(json.dumps(result, ensure_ascii=False) + "\n")
    if bad:
        return fail(f"{bad} baris tidak dapat dihitung (lihat \"error\" pada baris itu)")
    return 0


def run(args: argparse.Namespace) -> int:
    ids = args.platform or list(PLATFORMS)
    if args.jsonl:
        try:
            return _run_jsonl(_raw_lines(args.file), ids)
        except OSError as exc:
            return fail(f"teks tidak dapat dibaca ({exc})")
    try:
        text = read_text_arg(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"teks tidak dapat dibaca ({exc}); simpan berkas sebagai UTF-8 lalu coba lagi")
    text = text.rstrip("\r\n")
    if args.json:
        write_out(json.dumps(count_data(text, ids), ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = [f"Teks: {format_number(len(graphemes(text)))} karakter terlihat"]
    for pid in ids:
        c = count(pid, text)
        label = PLATFORMS[pid].name + (" (deskripsi)" if pid == "youtube" else "")
        lines.extend(describe(c, text, label))
    write_out("\n".join(lines) + "\n")
    return 0
