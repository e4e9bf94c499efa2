"""`warta check BERKAS|-`: run "Cek Sebelum Unggah" on a plain text caption.

Exit code 0 when there is no error (galat), 1 when there is at least one; usage errors
are argparse's 2, and an unreadable file is 2 as well.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from types import SimpleNamespace

from cli.common import decode_text, fail
from core import pattern_cache

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    import argparse

    from core.checks import Finding



def _categories() -> tuple[str, ...]:
    """The content categories --kategori takes (core.kinds: an enum, imported only when
    the option is given or argparse is built)."""
    from core.kinds import Category

    return tuple(c.value for c in Category)


# What argparse gives for an option left out: register() declares these, parse_plain()
# starts from them, so the two readings cannot drift apart.
_DEFAULTS = {"profile": "formal", "json": False, "kategori": None, "tanggal_kegiatan": None,
             "short_lived": True}


def register(subparsers: argparse._SubParsersAction) -> None:
    from core.checks.config import PROFILES

    p = subparsers.add_parser(
        "check",
        help="periksa teks keterangan sebelum diunggah (ejaan, nada, kepatuhan)",
        description=(
            "Cek Sebelum Unggah untuk teks biasa: ejaan, glosarium, hari dan tanggal, nada, "
            "data pribadi, netralitas ASN, dan lainnya. Kode keluar 0 bila tidak ada galat, "
            "1 bila ada galat."
        ),
    )
    p.add_argument("file", metavar="BERKAS",
                   help="berkas teks (UTF-8), atau - untuk membaca dari masukan standar")
    p.add_argument("--profile", choices=PROFILES, default=_DEFAULTS["profile"],
                   help="profil nada: formal (bawaan), semi-formal, atau santai")
    p.add_argument("--json", action="store_true",
                   help="keluaran JSON berisi temuan dengan posisi karakter (start/end)")
    p.add_argument("--kategori", choices=_categories(), default=_DEFAULTS["kategori"],
                   help="kategori konten, mis. 'Klarifikasi Hoaks' untuk memeriksa labelnya")
    p.add_argument("--tanggal-kegiatan", metavar="TTTT-BB-HH",
                   default=_DEFAULTS["tanggal_kegiatan"],
                   help="tanggal kegiatan untuk dibandingkan dengan tanggal di teks")
    # short_lived: cli.main runs it without garbage collection
    p.set_defaults(func=run, short_lived=_DEFAULTS["short_lived"])


def parse_plain(argv: list[str]) -> SimpleNamespace | None:
    """The arguments of a plain `check` (a file and options spelled out in full, each at
    most once), as argparse would give them, without importing argparse (~10 ms of a
    check's start); None for anything else (help, abbreviations, errors, "--"), which
    argparse then parses, with its messages and exit codes."""
    from core.checks.config import PROFILES

    choices = {"--profile": PROFILES, "--kategori": _categories, "--tanggal-kegiatan": None}
    found: dict[str, object] = {}
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--json" and "json" not in found:
            found["json"] = True
            continue
        name, eq, value = token.partition("=")
        if name in choices:
            if not eq:
                if not rest:
                    return None
                value = rest.pop(0)
            key = name[2:].replace("-", "_")
            allowed = choices[name]
            if callable(allowed):
                allowed = allowed()
            if (key in found or value.startswith("-")
                    or (allowed is not None and value not in allowed)):
                return None
            found[key] = value
        elif (token == "-" or not token.startswith("-")) and "file" not in found:
            found["file"] = token
        else:
            return None
    if "file" not in found:
        return None
    return SimpleNamespace(**{**_DEFAULTS, **found, "func": run})


def _decode(data: bytes, name: str) -> str:
    """What decode_text accepts; else Windows-1252 with a notice."""
    try:
        return decode_text(data)
    except UnicodeDecodeError:
        print(f"catatan: {name} bukan UTF-8; dibaca sebagai Windows-1252. Simpan berkas sebagai "
              "UTF-8 agar huruf khusus dan emoji terbaca benar.", file=sys.stderr)
        return data.decode("cp1252", errors="replace")


def _read(value: str) -> str:
    if value == "-":
        return _decode(sys.stdin.buffer.read(), "masukan standar")
    path = Path(value)
    if path.is_dir():
        raise OSError(f"{value} adalah folder; berikan berkas teks.")
    return _decode(path.read_bytes(), path.name)


def _with_suggestions(finding: Finding) -> Finding:
    """Spelling findings come without suggestions (the editor asks on demand); fill them,
    best first, with the quick search only so the command stays fast."""
    from core.checks import suggestions_for

    if finding.suggestions:
        return finding
    found = suggestions_for(finding, thorough=False)
    return finding.replace(suggestions=found) if found else finding


def run(args: argparse.Namespace) -> int:
    from core.checks import CheckContext, check_text, has_errors, problems, spelling, summarize
    from core.checks.finding import SEVERITY_LABELS, count_by_severity
    from core.checks.text import Doc

    try:
        text = _read(args.file)
    except FileNotFoundError:
        return fail(f"berkas {args.file} tidak ditemukan. Periksa nama dan foldernya.", 2)
    except OSError as exc:
        return fail(f"{args.file} tidak dapat dibaca: {exc.strerror or exc}.", 2)
    activity = None
    if args.tanggal_kegiatan:
        try:
            activity = dt.date.fromisoformat(args.tanggal_kegiatan)
        except ValueError:
            return fail(f"tanggal kegiatan {args.tanggal_kegiatan!r} tidak sah; tulis TTTT-BB-HH, "
                        "misalnya 2025-11-12.", 2)
    for message in problems():
        print(f"peringatan: {message}", file=sys.stderr)
    context = CheckContext(category=args.kategori, activity_date=activity, today=dt.date.today())
    findings = [_with_suggestions(f) for f in check_text(text, profile=args.profile,
                                                        context=context)]
    doc = Doc(text)
    if args.json:
        out = {
            "profile": args.profile,
            "summary": summarize(findings),
            "counts": count_by_severity(findings),
            "findings": [
                {**f.to_dict(), "line": line, "column": col}
                for f in findings
                for line, col in [doc.line_col(f.start)]
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for f in findings:
            line, col = doc.line_col(f.start)
            label = SEVERITY_LABELS[f.severity]
            print(f"{line}:{col}: {label}: {f.message} [{f.category}, {f.rule_id}]")
            if f.suggestions:
                shown = " | ".join(s.replace("\n", " ") for s in f.suggestions)
                print(f"    saran: {shown}")
        print(f"Ringkasan ({args.profile}): {summarize(findings)}")
    pattern_cache.save()  # the next check starts with this one's patterns compiled
    sys.stdout.flush()  # the answer is out before the one-off work below
    spelling.save_forms()  # first check on this PC: the next ones answer without spylls
    return 1 if has_errors(findings) else 0
