"""Report data for the exporter tests: the demo month, plus hard cases on request."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from PIL import Image

from core import posts
from core.demo import fill_demo
from core.followers import save_follower_count
from core.model import Post, Status, Variant
from core.report import ReportData, month_report
from core.report_sources import photo_file
from core.store import Store, open_store

NASTY = "Rapat \x00Koordinasi\x07 \x0b\x1f\ufffe =HYPERLINK(\"http://contoh.id\") 🇮🇩🎉"


@pytest.fixture
def store() -> Store:
    s = open_store()
    fill_demo(s, 2025, 11)
    yield s
    s.close()


def add_photos(store: Store, count: int, size: tuple[int, int] = (1600, 1200)) -> None:
    """Attach `count` camera-like JPEGs (noise, so they do not compress to nothing)."""
    rows = month_report(store, 2025, 11).rows
    post_ids = list(dict.fromkeys(r.post_id for r in rows))
    rng = random.Random(7)
    for i in range(count):
        sha = f"{i:064x}"
        path = photo_file(sha, "jpg")
        path.parent.mkdir(parents=True, exist_ok=True)
        small = Image.effect_noise((size[0] // 8, size[1] // 8), 60).convert("RGB")
        small.resize(size).save(path, quality=90)
        cur = store.execute(
            "INSERT INTO photos(sha256, original_name, ext, size_bytes, width, height, credit, "
            "imported_at) VALUES (?, ?, 'jpg', 1, ?, ?, 'Tim Dokumentasi', 'x')",
            (sha, f"foto {i}.jpg", *size))
        store.execute("INSERT INTO post_photos(post_id, photo_id, position) VALUES (?, ?, ?)",
                      (post_ids[i % len(post_ids)], cur.lastrowid, i + rng.randint(0, 3)))


def add_hard_cases(store: Store, extra_posts: int) -> None:
    """Control characters, emoji, formula-like titles, 5,000-character captions, volume."""
    day0 = dt.date(2025, 11, 1)
    with store.transaction():
        for i in range(extra_posts):
            day = day0 + dt.timedelta(days=i % 30)
            post = posts.create_post(store, Post(
                title=f"{NASTY} #{i}" if i % 50 == 0 else f"Kegiatan Kelurahan ke-{i}",
                activity_date=day, status=Status.TERBIT, platforms=["instagram"],
                caption=("Keterangan panjang 😀 " * 250)[:5000],
                notes="Sinyal lemah di lokasi \x01" if i == 0 else ""))
            posts.save_variant(store, Variant(
                platform="instagram", post_id=post.id, text=("Teks 🙂 " * 800)[:5000],
                published_url=f"https://www.instagram.com/p/Kel{i:05d}/",
                published_at=dt.datetime.combine(day, dt.time(9)),
                reach=1000 + i, likes=50 + i % 7, comments=3, shares=2, saves=1))
        first = store.execute("SELECT id FROM posts ORDER BY id LIMIT 1").fetchone()[0]
        store.execute("INSERT INTO check_overrides(post_id, reason, errors, decided_by, "
                      "decided_at) VALUES (?, ?, ?, 'Rina', '2025-11-02T10:00:00')",
                      (first, "+62 sudah dicek \x02", json.dumps(["=SUM(A1)", "Ejaan"])))
        save_follower_count(store, 1, "instagram", dt.date(2025, 11, 1), 12000)
        save_follower_count(store, 1, "instagram", dt.date(2025, 11, 30), 12480)


@pytest.fixture
def demo_report(store) -> ReportData:
    return month_report(store, 2025, 11, issues="Koneksi kantor terputus dua hari.\n\n"
                                                "Tindak lanjut: pasang jaringan cadangan.")


@pytest.fixture
def photos():
    """`photos(store, count, size)` attaches noisy JPEGs to the month's posts."""
    return add_photos


@pytest.fixture
def hard_cases():
    """`hard_cases(store, n)` adds n posts with control characters, emoji, long captions."""
    return add_hard_cases


@pytest.fixture
def nasty_title() -> str:
    return NASTY


def _libreoffice_text(path: Path, out: Path) -> str:
    """Convert `path` to PDF with LibreOffice (own profile) and return the PDF's text,
    whitespace collapsed; fails the test when LibreOffice could not open the file."""
    profile = Path("/tmp") / f"lo-warta-{uuid.uuid4().hex}"
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "pdf", "--outdir", str(out / path.suffix[1:]),
                        str(path)], capture_output=True, timeout=110, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = out / path.suffix[1:] / (path.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice could not open {path.name}"
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


@pytest.fixture
def libreoffice_text():
    """`libreoffice_text(file, outdir) -> str` for the soffice tests."""
    return _libreoffice_text
