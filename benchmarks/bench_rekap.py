"""Rekap Kota at scale: import 60 units x 300 posts (a city month) and read the board;
then a province-size run (27 cities x 60 units) of packet checking alone.

    uv run python benchmarks/bench_rekap.py [--units 60] [--posts 300] [--cities 27]

Packets are simulated (the real packet writer on a real unit's document, with posts
multiplied), so the figures include zip, manifest hash, JSON parse, field checks and the
database write. Targets (issue 17): the city month imports in <= 10 s (the baseline
printed beside it is reading the same bytes with zipfile + json alone) and its city
report (Word and Excel, from the stored packets) is written in <= 5 s.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _template_document() -> dict:
    from core.demo import fill_demo
    from core.rekap import paket
    from core.store import open_store

    store = open_store()
    fill_demo(store, 2026, 11, unit="Dinas Kesehatan")
    doc = paket.build_document(store, *NOV)
    store.close()
    return doc


def _unit_document(template: dict, unit, posts: int) -> dict:
    doc = copy.deepcopy(template)
    base = doc["posts"]
    doc["unit"] = {"name": f"{unit.name} Kota Cimahi", "short_name": unit.short_name,
                   "city": "Cimahi"}
    doc["posts"] = []
    for i in range(posts):
        post = copy.deepcopy(base[i % len(base)])
        post["id"] = i + 1
        post["title"] = f"{post['title']} #{i + 1}"
        doc["posts"].append(post)
    return doc


def _time_city_report(store, folder: Path) -> dict:
    """The Laporan Rekapitulasi Kota for the imported month: gather, Word, Excel."""
    from core.actions import rekap
    from exporters.laporan_kota import export_city_report

    times: dict = {}
    t0 = time.perf_counter()
    data = rekap.city_report(store, *NOV)
    times["data"] = time.perf_counter() - t0
    for kind in ("docx", "xlsx"):
        t1 = time.perf_counter()
        export_city_report(data, **{kind: folder / f"kota.{kind}"})
        times[kind] = time.perf_counter() - t1
    times["total"] = time.perf_counter() - t0
    times["rows"] = len(data.uploads)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=60)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--cities", type=int, default=27)
    args = parser.parse_args()
    os.environ["WARTA_HOME"] = tempfile.mkdtemp(prefix="bench-rekap-")
    from core.actions import rekap
    from core.rekap import paket
    from core.rekap.unit import Unit, units
    from core.rekap.validasi import read_packet
    from core.store import open_store

    template = _template_document()
    city_units = list(units())
    while len(city_units) < args.units:  # more units than Cimahi has: numbered extras
        n = len(city_units)
        city_units.append(Unit(f"extra-{n}", f"Unit Tambahan {n}", f"UT{n}", "perangkat_daerah"))
    folder = Path(tempfile.mkdtemp(prefix="bench-rekap-packets-"))
    t0 = time.perf_counter()
    files = []
    for unit in city_units[:args.units]:
        path = folder / f"{unit.id}.warta"
        path.write_bytes(paket.packet_bytes(_unit_document(template, unit, args.posts)))
        files.append(path)
    made = time.perf_counter() - t0
    size = sum(f.stat().st_size for f in files)

    t0 = time.perf_counter()
    for f in files:  # the floor: unzip and parse, no checks, no database
        with zipfile.ZipFile(f) as zf:
            json.loads(zf.read("laporan.json"))
    floor = time.perf_counter() - t0

    store = open_store()
    t0 = time.perf_counter()
    results = rekap.import_packets(store, [folder])
    imported = time.perf_counter() - t0
    t0 = time.perf_counter()
    board = rekap.period_board(store, *NOV)
    board_s = time.perf_counter() - t0
    report = _time_city_report(store, folder)
    store.close()
    ok = sum(r.outcome == rekap.IMPORTED for r in results)
    print(f"city month: {args.units} units x {args.posts} posts, {size / 1e6:.1f} MB of packets "
          f"(written in {made:.1f} s)")
    print(f"  import  {imported:6.2f} s  ({ok} imported)   floor unzip+parse {floor:5.2f} s   "
          f"ratio {imported / floor:4.1f}x   target <= 10 s: {'OK' if imported <= 10 else 'MISS'}")
    print(f"  board   {board_s:6.2f} s  ({board.totals.posts} posts, "
          f"{board.totals.uploads} uploads)")

    print(f"  city report  data {report['data']:5.2f} s   Word {report['docx']:5.2f} s   "
          f"Excel {report['xlsx']:5.2f} s ({report['rows']} upload rows)   total "
          f"{report['total']:5.2f} s   target <= 5 s: {'OK' if report['total'] <= 5 else 'MISS'}")

    t0 = time.perf_counter()
    checked = 0
    for _city in range(args.cities):
        for f in files:
            read_packet(f)
            checked += 1
    province = time.perf_counter() - t0
    print(f"province: {args.cities} cities x {args.units} units = {checked} packets checked "
          f"in {province:.1f} s ({province / checked * 1000:.0f} ms per packet)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
