"""`warta aturan`: the city's Paket Aturan (glossary, hashtag sets, accounts, brand kit,
word lists) from Diskominfo to every PIC.

    python main.py aturan ekspor -o FOLDER|BERKAS      (Diskominfo)
    python main.py aturan impor Aturan-Cimahi-v5-2026-12-01.warta [--terima] [--paksa]
    python main.py aturan status
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import fail, write_out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("aturan", help="paket aturan kota: glosarium, tagar, akun, kit, aturan",
                       description="Diskominfo mengekspor pengetahuan bersama kota sebagai "
                                   "Paket Aturan; PIC melihat perubahannya lalu menerimanya.")
    inner = p.add_subparsers(title="perintah aturan", metavar="PERINTAH")
    exp = inner.add_parser("ekspor", help="buat Paket Aturan kota (koordinator)")
    exp.add_argument("-o", "--keluaran", required=True, type=Path, metavar="BERKAS|FOLDER",
                     help="berkas tujuan, atau folder (nama berkas dibuat otomatis)")
    exp.set_defaults(func=run_export)
    imp = inner.add_parser("impor", help="tampilkan perubahan Paket Aturan; terapkan dengan "
                                         "--terima")
    imp.add_argument("berkas", type=Path, metavar="BERKAS")
    imp.add_argument("--terima", action="store_true", help="terapkan perubahannya")
    imp.add_argument("--paksa", action="store_true",
                     help="terima juga paket yang lebih lama dari yang berlaku")
    imp.set_defaults(func=run_import)
    st = inner.add_parser("status", help="versi Paket Aturan kota yang berlaku")
    st.set_defaults(func=run_status)
    p.set_defaults(func=lambda _args: (p.print_help(), 1)[1])


def _open():
    from core.store import open_store

    return open_store()  # a StoreError becomes "galat: …", exit 1, in cli.main


def run_export(args: argparse.Namespace) -> int:
    from core.actions import aturan

    store = _open()
    try:
        result = aturan.export_rules(store, args.keluaran)
    except (aturan.PacketError, OSError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    write_out(f"{result.path}\nversi {result.version}\n")
    return 0


def diff_lines(diff) -> list[str]:
    """The diff as text: one heading per list with its counts, one line per entry."""
    lines = []
    for part in diff.lists:
        lines.append(f"{part.title}: {part.summary}")
        for sign, changes in (("+", part.added), ("~", part.changed), ("-", part.removed)):
            lines += [f"  {sign} {c.text}" for c in changes]
    return lines


def run_import(args: argparse.Namespace) -> int:
    from core.actions import aturan

    store = _open()
    try:
        result = aturan.import_rules(store, args.berkas, accept=args.terima, force=args.paksa)
    except aturan.OlderPacket as exc:
        return fail(f"{exc}; pakai --paksa untuk tetap menerimanya", 2)
    except (aturan.PacketError, OSError) as exc:
        return fail(f"Paket Aturan ditolak: {exc}")
    finally:
        store.close()
    write_out(f"Paket Aturan v{result.version}, {result.date.isoformat()}, "
              f"dari {result.sender}\n")
    write_out("".join(f"{line}\n" for line in diff_lines(result.diff)))
    if result.applied:
        write_out("Diterima: semua daftar diperbarui.\n")
    elif not result.diff.empty:
        write_out("Belum diterapkan; jalankan lagi dengan --terima untuk menerimanya.\n")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from core.actions import aturan

    store = _open()
    try:
        write_out(aturan.status_text(store) + "\n")
    finally:
        store.close()
    return 0
