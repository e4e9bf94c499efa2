"""`warta narasi`: campaigns (Paket narasi) from Diskominfo to every PIC.

    python main.py narasi buat --judul "..." --mulai 2026-11-01 --selesai 2026-11-30 \\
        --pesan "..." --tagar "#CimahiKota" --kolaborator "Pemerintah Kota Cimahi" \\
        --keterangan instagram=draf-ig.txt --foto resmi.jpg --lakukan "..." --hindari "..."
    python main.py narasi buat --json narasi.json
    python main.py narasi daftar [--json]
    python main.py narasi ekspor ID -o FOLDER|BERKAS
    python main.py narasi impor Narasi-...warta [--lagi] [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cli.common import decode_text, fail, require_utf8, write_out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("narasi", help="narasi (kampanye) Diskominfo: susun, kirim, impor",
                       description="Diskominfo menyusun narasi dan mengirimnya sebagai Paket "
                                   "narasi; PIC mengimpornya menjadi konten yang sudah terisi.")
    inner = p.add_subparsers(title="perintah narasi", metavar="PERINTAH")
    make = inner.add_parser("buat", help="susun narasi baru (di Diskominfo)")
    make.add_argument("--json", type=Path, metavar="BERKAS",
                      help="isi narasi dari berkas JSON (isian seperti campaign di "
                           "docs/paket-narasi.schema.json; foto sebagai jalur berkas)")
    make.add_argument("--judul", default="")
    make.add_argument("--mulai", metavar="TTTT-BB-HH")
    make.add_argument("--selesai", metavar="TTTT-BB-HH")
    make.add_argument("--kategori", default="Imbauan")
    for flag, help_text in (("--pesan", "pesan kunci"), ("--tagar", "tagar resmi"),
                            ("--kolaborator", "nama akun yang diajak berkolaborasi"),
                            ("--tandai", "nama akun yang cukup ditandai"),
                            ("--lakukan", "yang dianjurkan"), ("--hindari", "yang dihindari"),
                            ("--foto", "berkas foto yang disetujui")):
        make.add_argument(flag, action="append", default=[], help=f"{help_text}; boleh diulang")
    make.add_argument("--keterangan", action="append", default=[], metavar="PLATFORM=BERKAS",
                      help="draf keterangan per platform dari berkas teks; boleh diulang")
    make.set_defaults(func=run_make)
    lst = inner.add_parser("daftar", help="daftar narasi di folder data ini")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=run_list)
    exp = inner.add_parser("ekspor", help="tulis Paket narasi (.warta) untuk dikirim ke PIC")
    exp.add_argument("narasi_id", type=int, metavar="ID")
    exp.add_argument("-o", "--keluaran", required=True, type=Path, metavar="BERKAS|FOLDER")
    exp.set_defaults(func=run_export)
    rm = inner.add_parser("hapus", help="hapus narasi dari daftar (paket yang sudah "
                          "dikirim tetap berlaku)")
    rm.add_argument("narasi_id", type=int, metavar="ID")
    rm.set_defaults(func=run_delete)
    imp = inner.add_parser("impor", help="impor Paket narasi menjadi konten (di PIC)")
    imp.add_argument("path", type=Path, metavar="BERKAS")
    imp.add_argument("--lagi", action="store_true",
                     help="buat konten lagi walau narasi ini sudah pernah diimpor")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=run_import)
    p.set_defaults(func=lambda _args: (p.print_help(), 1)[1])


def _open():
    from core.store import open_store

    return open_store()  # a StoreError becomes "galat: …", exit 1, in cli.main


# ---- buat -------------------------------------------------------------------------------

def _from_json(path: Path) -> dict:
    data = json.loads(decode_text(path.read_bytes()))
    if not isinstance(data, dict):
        raise ValueError("berkas JSON narasi harus berisi satu objek")
    return data


def _draft(args: argparse.Namespace, accounts: list):
    """The Narasi the arguments (or the JSON file) describe, and the photo files."""
    from core.date_range import parse_date
    from core.rekap.narasi import COLLABORATOR, TAG, CampaignAccount, Narasi

    data = _from_json(args.json) if args.json else {}
    period = data.get("period", {})
    base = args.json.parent if args.json else Path.cwd()
    handles = {a.name.casefold(): dict(a.handles) for a in accounts}

    def account(name: str, role: str) -> CampaignAccount:
        return CampaignAccount(name, handles.get(name.casefold(), {}), role)

    listed = [CampaignAccount(str(a.get("name", "")), dict(a.get("handles") or {}) or
                              handles.get(str(a.get("name", "")).casefold(), {}),
                              str(a.get("role", COLLABORATOR))) for a in data.get("accounts", [])]
    captions = dict(data.get("captions", {}))
    for item in args.keterangan:
        platform, sep, file = item.partition("=")
        if not sep:
            raise ValueError(f"--keterangan harus PLATFORM=BERKAS, bukan {item!r}")
        captions[platform.strip().casefold()] = decode_text(Path(file).read_bytes())
    start = args.mulai or period.get("start") or ""
    end = args.selesai or period.get("end") or ""
    narasi = Narasi(
        title=args.judul or str(data.get("title", "")),
        start=parse_date(start, "tanggal mulai") if start else None,
        end=parse_date(end, "tanggal selesai") if end else None,
        category=str(data.get("category", args.kategori)),
        key_messages=list(data.get("key_messages", [])) + args.pesan,
        hashtags=list(data.get("hashtags", [])) + [t for v in args.tagar for t in v.split()],
        accounts=listed + [account(n, COLLABORATOR) for n in args.kolaborator]
        + [account(n, TAG) for n in args.tandai],
        captions=captions, dos=list(data.get("dos", [])) + args.lakukan,
        donts=list(data.get("donts", [])) + args.hindari)
    photos = [base / str(p.get("file", p) if isinstance(p, dict) else p)
              for p in data.get("photos", [])] + [Path(f) for f in args.foto]
    for text in (narasi.title, *narasi.key_messages, *captions.values()):
        require_utf8(text, "teks narasi")
    return narasi, photos


def run_make(args: argparse.Namespace) -> int:
    from core import accounts
    from core.actions import narasi as actions

    store = _open()
    try:
        try:
            draft, files = _draft(args, accounts.list_accounts(store))
        except (OSError, ValueError, UnicodeDecodeError, AttributeError, TypeError) as exc:
            return fail(f"isi narasi tidak terbaca: {exc}", 2)
        try:
            saved = actions.save_narasi(store, draft, files)
        except PermissionError as exc:
            return fail(str(exc))
        except ValueError as exc:
            return fail(str(exc), 2)
    finally:
        store.close()
    write_out(f"{saved.id}\t{saved.uid}\t{saved.title}\n")
    return 0


# ---- daftar, ekspor, impor ----------------------------------------------------------------

def _narasi_json(n) -> dict:
    return {"id": n.id, "uid": n.uid, "judul": n.title, "asal": n.origin,
            "pengirim": n.sender or None,
            "mulai": n.start.isoformat() if n.start else None,
            "selesai": n.end.isoformat() if n.end else None,
            "pesan_kunci": n.key_messages, "tagar": n.hashtags,
            "akun": [{"nama": a.name, "peran": a.role, "handle": a.handles} for a in n.accounts],
            "keterangan": n.captions, "lakukan": n.dos, "hindari": n.donts,
            "foto": n.photo_ids}


def run_list(args: argparse.Namespace) -> int:
    from core.actions import narasi as actions

    store = _open()
    try:
        found = actions.list_narasi(store)
    finally:
        store.close()
    if args.json:
        write_out(json.dumps([_narasi_json(n) for n in found], ensure_ascii=False, indent=1)
                  + "\n")
        return 0
    if not found:
        write_out("Belum ada narasi.\n")
    for n in found:
        period = f"{n.start:%d-%m-%Y} s.d. {n.end:%d-%m-%Y}" if n.start and n.end else "–"
        write_out(f"{n.id}\t{n.uid}\t{n.origin}\t{period}\t{n.title}\n")
    return 0


def _on_store(action, errors: tuple[type[Exception], ...], done) -> int:
    """Run `action(store)` on the data folder; a named error is the user's message."""
    store = _open()
    try:
        result = action(store)
    except errors as exc:
        return fail(str(exc).strip("'\""))
    finally:
        store.close()
    write_out(done(result))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from core.actions import narasi as actions
    from core.rekap.wadah import PacketError

    return _on_store(lambda store: actions.export_narasi(store, args.narasi_id, args.keluaran),
                     (LookupError, PermissionError, PacketError, OSError),
                     lambda target: f"{target}\n")


def run_delete(args: argparse.Namespace) -> int:
    from core.actions import narasi as actions

    return _on_store(lambda store: actions.delete_narasi(store, args.narasi_id), (LookupError,),
                     lambda gone: f"Narasi “{gone.title}” dihapus dari daftar.\n")


def run_import(args: argparse.Namespace) -> int:
    from core.actions import narasi as actions

    store = _open()
    try:
        result = actions.import_narasi(store, args.path, again=args.lagi)
    finally:
        store.close()
    if args.json:
        write_out(json.dumps({
            "berkas": str(result.path), "hasil": result.outcome, "pesan": result.message,
            "narasi": result.narasi.uid if result.narasi else None,
            "judul": result.narasi.title if result.narasi else None,
            "konten": result.post.id if result.post else None,
            "konten_lama": [p.id for p in result.existing], "catatan": result.notes,
        }, ensure_ascii=False) + "\n")
    elif result.outcome == actions.CREATED:
        write_out(f"Konten #{result.post.id} dibuat dari narasi “{result.narasi.title}”.\n")
        for note in result.notes:
            write_out(f"catatan: {note}\n")
    if result.outcome == actions.NEEDS_CONFIRM:
        return fail(result.message + " Ulangi dengan --lagi untuk membuat konten lagi.", 2)
    if result.outcome == actions.REFUSED:
        return fail(f"{args.path.name} ditolak: {result.message}", 2)
    return 0
