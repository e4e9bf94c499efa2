"""Benchmark: export a month with 300 published variants and 60 photos to Word and Excel.

Prints the time and size of each file beside a baseline measured in the same run: a
minimal python-docx / openpyxl write of the same rows (no layout, no photos). Targets:
the Word file with 60 photos stays under 10 MB; both exports finish in a few seconds.

    uv run --group bench python benchmarks/bench_report.py [--photos DIR]

Without --photos it makes 60 noisy 4000x3000 JPEGs with Pillow (camera-sized files);
with --photos DIR it uses the JPEGs there (e.g. from /work/shared/tools/make_photos.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _make_photos(folder: Path, count: int) -> list[Path]:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        path = folder / f"foto {i:02d}.jpg"
        noise = Image.effect_noise((500, 375), 40 + i % 30).convert("RGB")
        tint = Image.new("RGB", noise.size, (40 + i * 3 % 200, 120, 90))
        Image.blend(noise, tint, 0.5).resize((4000, 3000)).save(path, quality=92)
        out.append(path)
    return out


def _fill(store, photos: list[Path]) -> None:
    from core import posts
    from core.accounts import save_account
    from core.demo import DEMO_ACCOUNTS, DEMO_PROFILE
    from core.model import Post, Status, Variant
    from core.paths import data_dir
    from core.profile import save_profile

    save_profile(store, DEMO_PROFILE)
    for acc in DEMO_ACCOUNTS:
        save_account(store, acc)
    platforms = ["instagram", "facebook", "x"]
    with store.transaction():
        for i in range(100):  # 100 posts x 3 platforms = 300 published variants
            day = dt.date(2025, 11, 1) + dt.timedelta(days=i % 30)
            post = posts.create_post(store, Post(
                title=f"Kegiatan Pelayanan Publik Kelurahan ke-{i + 1}", activity_date=day,
                status=Status.TERBIT, platforms=platforms, location="Kota Cimahi",
                caption="Keterangan kegiatan. " * 20))
            for j, platform in enumerate(platforms):
                posts.save_variant(store, Variant(
                    platform=platform, post_id=post.id, text="Keterangan kegiatan. " * 20,
                    published_url=f"https://www.{platform}.com/p/K{i:04d}{j}/",
                    published_at=dt.datetime.combine(day, dt.time(9 + j)),
                    reach=1000 + 37 * i, impressions=1500 + 41 * i, likes=50 + i, comments=5,
                    shares=3, saves=2, link_clicks=4))
            if photos and i < 60:
                src = photos[i % len(photos)]
                # Fewer files than 60: a few trailing bytes after the JPEG's end make each
                # reuse a distinct photo (decoders ignore them), so nothing is cached.
                data = src.read_bytes() + (b"" if i < len(photos) else f"#{i}".encode())
                sha = hashlib.sha256(data).hexdigest()
                target = data_dir() / "media" / sha[:2] / f"{sha}.jpg"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                store.execute(
                    "INSERT OR IGNORE INTO photos(sha256, original_name, ext, size_bytes, "
                    "imported_at) VALUES (?, ?, 'jpg', ?, 'x')",
                    (sha, src.name, src.stat().st_size))
                photo_id = store.execute(
                    "SELECT id FROM photos WHERE sha256 = ?", (sha,)).fetchone()[0]
                store.execute("INSERT INTO post_photos(post_id, photo_id, position) "
                              "VALUES (?, ?, 0)", (post.id, photo_id))


def _baseline_docx(rows, path: Path) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=1, cols=7)
    for row in rows:
        cells = table.add_row().cells
        for c, value in zip(cells, (row.no, row.date, row.platform, row.title, row.url,
                                    row.reach, row.interactions), strict=True):
            c.text = str(value)
    doc.save(str(path))


def _baseline_xlsx(rows, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append([row.no, row.date, row.platform, row.title, row.url, row.reach,
                   row.interactions])
    wb.save(str(path))


def _timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=Path, help="folder of JPEGs to use")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="warta-bench-report-"))
    os.environ["WARTA_HOME"] = str(work / "home")
    try:
        from core.report import month_report
        from core.store import open_store
        from exporters.docx_report import DocxReport
        from exporters.xlsx_report import XlsxReport

        if args.photos:
            photos = sorted(args.photos.glob("*.jp*g"))[:60]
        else:
            t = time.perf_counter()
            photos = _make_photos(work / "photos", 60)
            print(f"made {len(photos)} photos 4000x3000 in {time.perf_counter() - t:.1f} s")
        store = open_store()
        _fill(store, photos)
        t = time.perf_counter()
        data = month_report(store, 2025, 11)
        build = time.perf_counter() - t
        print(f"ReportData: {data.totals.uploads} variants, {len(data.photos)} photos, "
              f"built in {build * 1000:.0f} ms")
        out = work / "out"
        out.mkdir()
        results = [
            ("Word  (Warta)", _timed(DocxReport(data).export, out / "laporan.docx"),
             out / "laporan.docx"),
            ("Word  (again, warm photo cache)",
             _timed(DocxReport(data).export, out / "laporan2.docx"), out / "laporan2.docx"),
            ("Word  (baseline)", _timed(_baseline_docx, data.rows, out / "base.docx"),
             out / "base.docx"),
            ("Excel (Warta)", _timed(XlsxReport(data).export, out / "laporan.xlsx"),
             out / "laporan.xlsx"),
            ("Excel (baseline)", _timed(_baseline_xlsx, data.rows, out / "base.xlsx"),
             out / "base.xlsx"),
        ]
        print(f"{'file':<34}{'seconds':>9}{'size':>12}")
        for name, seconds, path in results:
            print(f"{name:<34}{seconds:>9.2f}{path.stat().st_size / 1e6:>10.2f} MB")
        word_mb = results[0][2].stat().st_size / 1e6
        total = results[1][1] + results[3][1]
        print(f"target: Word < 10 MB -> {'OK' if word_mb < 10 else 'OVER'} ({word_mb:.1f} MB); "
              f"both exports {total:.1f} s once photos are cached (first Word export decodes "
              f"every camera photo: {results[0][1]:.1f} s)")
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
