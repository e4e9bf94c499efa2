"""Branding speed and memory on 24-megapixel camera JPEGs, against baselines from the same run.

Run: uv run --group bench python benchmarks/bench_branding.py [--photos DIR] [-n 8]

Photos come from ../shared/tools/make_photos.py (6000x4000, 6-8 MB, some stored sideways
with an EXIF Orientation tag, all with GPS EXIF); they are made once into --photos.
The job is the issue's: portrait 1080x1350 with the band-bottom template of the Cimahi
kit (photo, band, logo, two lines of title, date line), on 2 worker processes.

Printed, each with its target:
- app: per-photo time of render() (batch wall time / photos, 2 workers), and the
  median time one render takes inside a worker;
- floor: the same photos decoded at the same n/8 scale as the app by the fastest
  libjpeg-turbo decoder (simplejpeg; the app uses Pillow's own n/8 decode for 1/8-4/8,
  ~2 ms a photo slower, to save numpy's import) and encoded as one 1080x1350 JPEG with
  the same settings, nothing else (target: app within 1.5x); also shown with Pillow's
  1/2-1/8 draft for comparison;
- ImageMagick `convert` doing the same job with -define jpeg:size= (target: app at
  least 2.5x faster), skipped when ImageMagick is not installed;
- peak memory (ru_maxrss) of a worker process (target: < 150 MB);
- 256 px grid thumbnails vs a bare draft decode of the same files (target: ~1x);
- preview re-render at screen scale with the decoded photo cached (target: < 100 ms).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from core.branding import (  # noqa: E402
    jpeg_scaled,  # noqa: E402
    load_kit,
    render,
    render_image,
)
from core.branding.geometry import cover_scale  # noqa: E402
from core.branding.imageio import make_thumbnail  # noqa: E402
from core.branding.renderer import PhotoCache, jpeg_subsampling  # noqa: E402

# shared/ sits beside the main checkout (../shared); a worktree under wt/ has it one up
MAKE_PHOTOS = next((p for p in (ROOT.parent / "shared" / "tools" / "make_photos.py",
                                ROOT.parent.parent / "shared" / "tools" / "make_photos.py")
                    if p.exists()), ROOT.parent / "shared" / "tools" / "make_photos.py")
TEMPLATE, FORMAT, SIZE = "band-bottom", "portrait", (1080, 1350)
QUALITY = 88
FIELDS = {
    "title": "Wali Kota Cimahi Resmikan Mal Pelayanan Publik di Cimahi Tengah",
    "date": "12 November 2025", "location": "Jl. Demang Hardjakusumah, Cimahi",
    "department": "Dinas Komunikasi dan Informatika", "city": "Cimahi",
}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


# ---------------------------------------------------------------- worker jobs


def warm_up() -> None:
    """Load the kit and fonts once per worker, as a long-running batch would."""
    render_image(load_kit("cimahi"), TEMPLATE, FORMAT, None, FIELDS, scale=0.2)


def app_job(src: str, out_dir: str) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one render."""
    t, c = time.perf_counter(), time.process_time()
    render("cimahi", TEMPLATE, FORMAT, src, FIELDS,
           out_path=Path(out_dir) / (Path(src).stem + "_app.jpg"), quality=QUALITY)
    return time.perf_counter() - t, time.process_time() - c, peak_rss_mb()


def draft_size(im: Image.Image) -> tuple[int, int]:
    """The decode size the app asks for: the whole photo at the scale covering 1080x1350."""
    orientation = im.getexif().get(0x0112, 1)
    w, h = im.size
    upright = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
    s = cover_scale(upright, SIZE)
    return (int(w * s + 0.999), int(h * s + 0.999))


def floor_job(src: str, out_dir: str) -> tuple[float, float, float]:
    """Decode at the app's draft scale with the app's JPEG decoder, encode; nothing else."""
    t, c = time.perf_counter(), time.process_time()
    with Image.open(src) as im:
        size = draft_size(im)
    # the fastest n/8 decoder, simplejpeg (~2 ms a photo faster than Pillow's n/8, which
    # the app uses for 1/8-4/8 to save numpy's import): the floor stays a floor
    decoded = jpeg_scaled.decode_scaled(Path(src), "RGB", size)
    if decoded is None:  # no fast decoder installed: the app falls back to Pillow's draft
        decoded = pillow_draft(src)
    _encode(decoded, Path(out_dir) / (Path(src).stem + "_floor.jpg"))
    return time.perf_counter() - t, time.process_time() - c, peak_rss_mb()


def pillow_floor_job(src: str, out_dir: str) -> tuple[float, float, float]:
    """The floor with Pillow's own draft (1/2, 1/4, 1/8 only), for comparison."""
    t, c = time.perf_counter(), time.process_time()
    _encode(pillow_draft(src), Path(out_dir) / (Path(src).stem + "_pillow.jpg"))
    return time.perf_counter() - t, time.process_time() - c, peak_rss_mb()


def pillow_draft(src: str) -> Image.Image:
    im = Image.open(src)  # load() closes the file of a single-frame JPEG
    im.draft("RGB", draft_size(im))
    im.load()
    return im


def _encode(decoded: Image.Image, out: Path) -> None:
    decoded.crop((0, 0, *SIZE)).save(out, "JPEG", quality=QUALITY, optimize=True,
                                     progressive=True, subsampling=jpeg_subsampling(QUALITY))


def imagemagick_job(src: str, out_dir: str, logo: str, font: str
                    ) -> tuple[float, float, float]:
    with Image.open(src) as im:
        hint = "x".join(str(v) for v in draft_size(im))
    w, h = SIZE
    band = round(h * 0.72)
    cmd = [
        "convert", "-define", f"jpeg:size={hint}", src, "-auto-orient",
        "-resize", f"{w}x{h}^", "-gravity", "center", "-extent", f"{w}x{h}",
        "-fill", "rgba(11,110,79,0.94)", "-draw", f"rectangle 0,{band} {w},{h}",
        "-fill", "#F2C14E", "-draw", f"rectangle 0,{band} {w},{band + 8}",
        "(", logo, "-resize", "162x162", ")", "-gravity", "northwest", "-geometry", "+43+54",
        "-composite", "-font", font, "-fill", "white", "-pointsize", "56",
        "-annotate", f"+65+{band + 95}", "Wali Kota Cimahi Resmikan Mal",
        "-annotate", f"+65+{band + 160}", "Pelayanan Publik di Cimahi Tengah",
        "-fill", "#F2C14E", "-pointsize", "30",
        "-annotate", f"+65+{band + 265}", "12 November 2025 | Jl. Demang Hardjakusumah, Cimahi",
        "-strip", "-quality", str(QUALITY), "-interlace", "JPEG",
        str(Path(out_dir) / (Path(src).stem + "_im.jpg")),
    ]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "MAGICK_THREAD_LIMIT": "1", "OMP_NUM_THREADS": "1"})
    _, status, usage = os.wait4(proc.pid, 0)  # the child's own CPU time and memory
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"convert gagal: {proc.stderr.read().decode(errors='replace')}")
    proc.stderr.close()
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


# ---------------------------------------------------------------- measuring


def batch(pool: ProcessPoolExecutor, fn, photos: list[str], out_dir: str,
          *extra: str) -> dict[str, float]:
    """Run `fn` over every photo on the pool's workers; per-photo wall time and more."""
    t = time.perf_counter()
    futures = [pool.submit(fn, p, out_dir, *extra) for p in photos]
    results = [f.result() for f in futures]
    wall = time.perf_counter() - t
    return {"per_photo": wall / len(photos), "latency": statistics.median(r[0] for r in results),
            "cpu": statistics.mean(r[1] for r in results), "rss": max(r[2] for r in results)}


Rounds = list[dict[str, dict[str, float]]]


def measure(rounds: int, workers: int, jobs: dict[str, tuple]
            ) -> tuple[dict[str, dict[str, float]], Rounds]:
    """Interleave the jobs round by round (a busy machine slows all of them alike); return
    each job's fastest round and every round's results, for ratios paired by round.
    Workers are spawned, as on Windows, and warmed up first."""
    ctx = multiprocessing.get_context("spawn")
    best: dict[str, dict[str, float]] = {}
    every: Rounds = []
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as out_dir, \
            ProcessPoolExecutor(workers, mp_context=ctx, initializer=warm_up) as pool:
        list(pool.map(time.sleep, [0.05] * workers))  # start the workers before timing
        for _ in range(rounds):
            every.append({})
            for name, (fn, photos, *extra) in jobs.items():
                result = batch(pool, fn, photos, out_dir, *extra)
                every[-1][name] = result
                old = best.get(name, {})
                best[name] = {key: min(value, old.get(key, value)) for key, value in
                              result.items()}
                best[name]["rss"] = max(result["rss"], old.get("rss", 0))
    return best, every


def paired(every: Rounds, slow: str, fast: str, key: str) -> tuple[float, float, float]:
    """(median, lowest, highest) of slow/fast measured in the same round."""
    ratios = [r[slow][key] / r[fast][key] for r in every]
    return statistics.median(ratios), min(ratios), max(ratios)


def ratio_line(every: Rounds, slow: str, fast: str) -> str:
    parts = []
    for key, label in (("per_photo", "dinding"), ("cpu", "CPU")):
        median, low, high = paired(every, slow, fast, key)
        parts.append(f"{median:.2f}x {label} ({low:.2f}-{high:.2f})")
    return ", ".join(parts)


def imagemagick_version() -> str | None:
    """The real ImageMagick's version line, or None (missing, or a stand-in script)."""
    if shutil.which("convert") is None:
        return None
    try:
        out = subprocess.run(["convert", "-version"], capture_output=True, text=True,
                             timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    first = out.splitlines()[0] if out else ""
    return first if first.startswith("Version: ImageMagick") else None


def thumbnails(photos: list[str]) -> tuple[float, float]:
    """(make_thumbnail per photo, bare draft decode per photo), best of 3 rounds each."""
    def decode_only(src: str) -> None:
        with Image.open(src) as im:
            im.draft("RGB", (256, 256))
            im.load()

    with tempfile.TemporaryDirectory(prefix="warta-thumbs-") as tmp:
        def thumbs(src: str) -> None:
            make_thumbnail(src, Path(tmp) / (Path(src).stem + ".jpg"), 256)

        best = {}
        for name, fn in (("decode", decode_only), ("thumb", thumbs)) * 3:
            t = time.perf_counter()
            for p in photos:
                fn(p)
            per = (time.perf_counter() - t) / len(photos)
            best[name] = min(best.get(name, per), per)
    return best["thumb"], best["decode"]


def preview(photo: str, scale: float) -> tuple[float, float]:
    """(first render incl. decode, median warm re-render) at `scale`, ms."""
    kit = load_kit("cimahi")
    cache = PhotoCache()
    t = time.perf_counter()
    render_image(kit, TEMPLATE, FORMAT, photo, FIELDS, scale=scale, cache=cache)
    cold = time.perf_counter() - t
    times = []
    for i in range(20):  # the user types in the title and drags the focus point
        fields = {**FIELDS, "title": FIELDS["title"][: 20 + 2 * i]}
        t = time.perf_counter()
        render_image(kit, TEMPLATE, FORMAT, photo, fields, focus=(0.3 + i / 50, 0.5),
                     scale=scale, cache=cache)
        times.append(time.perf_counter() - t)
    return cold * 1000, statistics.median(times) * 1000


def ensure_photos(folder: Path, n: int) -> list[str]:
    have = sorted(folder.glob("*.jpg")) if folder.is_dir() else []
    if len(have) < n:
        print(f"Membuat {n} foto 24 MP di {folder} dengan {MAKE_PHOTOS.name} ...", flush=True)
        subprocess.run([sys.executable, str(MAKE_PHOTOS), str(folder), str(n)], check=True,
                       stdout=subprocess.DEVNULL)
        have = sorted(folder.glob("*.jpg"))
    return [str(p) for p in have[:n]]


def verdict(ok: bool) -> str:
    return "OK" if ok else "MELESET"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--photos", type=Path,
                    default=Path(tempfile.gettempdir()) / "warta-bench-photos")
    ap.add_argument("-n", type=int, default=8, help="jumlah foto (bawaan 8)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=5, help="putaran bergantian (bawaan 5)")
    args = ap.parse_args()
    photos = ensure_photos(args.photos, args.n)
    with Image.open(photos[0]) as im:
        print(f"{len(photos)} foto {im.size[0]}x{im.size[1]}, "
              f"{statistics.mean(os.path.getsize(p) for p in photos) / 1e6:.1f} MB rata-rata; "
              f"{args.workers} proses; {TEMPLATE} -> {FORMAT} {SIZE[0]}x{SIZE[1]}, "
              f"JPEG q{QUALITY} progresif")

    version = imagemagick_version()
    jobs: dict[str, tuple] = {"floor": (floor_job, photos), "app": (app_job, photos),
                              "pillow": (pillow_floor_job, photos)}
    if version is not None:
        kit = load_kit("cimahi")
        jobs["magick"] = (imagemagick_job, photos, str(kit.logos["city"]),
                          str(kit.fonts["heading"]))
    best, every = measure(args.rounds, args.workers, jobs)
    app, floor = best["app"], best["floor"]
    print(f"(waktu: terbaik dari {args.rounds} putaran bergantian; rasio: median rasio per "
          f"putaran (terendah-tertinggi), dasar putusan target; waktu dinding = hasil per "
          f"foto dengan {args.workers} proses, CPU = waktu prosesor satu foto)")
    print(f"app     : {app['per_photo'] * 1000:6.0f} ms/foto dinding, {app['cpu'] * 1000:4.0f} ms "
          f"CPU (latensi di worker {app['latency'] * 1000:.0f} ms)")
    print(f"floor   : {floor['per_photo'] * 1000:6.0f} ms/foto dinding, "
          f"{floor['cpu'] * 1000:4.0f} ms CPU (decode draft + encode saja)")
    worst = max(paired(every, "app", "floor", key)[0] for key in ("per_photo", "cpu"))
    print(f"  app/floor = {ratio_line(every, 'app', 'floor')}  "
          f"[target <= 1.5x: {verdict(worst <= 1.5)}]")
    pil = best["pillow"]
    print(f"  (floor dengan draft Pillow 1/2-1/8: {pil['per_photo'] * 1000:.0f} ms/foto dinding, "
          f"{pil['cpu'] * 1000:.0f} ms CPU; app/itu = "
          f"{paired(every, 'app', 'pillow', 'cpu')[0]:.2f}x CPU)")
    if version is None:
        print("magick  : dilewati (ImageMagick tidak terpasang)")
    else:
        im = best["magick"]
        worst = min(paired(every, "magick", "app", key)[0] for key in ("per_photo", "cpu"))
        print(f"magick  : {im['per_photo'] * 1000:6.0f} ms/foto dinding, {im['cpu'] * 1000:4.0f} "
              f"ms CPU, puncak {im['rss']:.0f} MB ({version.split(' http')[0]})")
        print(f"  app lebih cepat {ratio_line(every, 'magick', 'app')}  "
              f"[target >= 2.5x: {verdict(worst >= 2.5)}]")

    print(f"memori  : puncak {app['rss']:.0f} MB per worker (floor {floor['rss']:.0f} MB)  "
          f"[target < 150 MB: {verdict(app['rss'] < 150)}]")

    thumb, decode = thumbnails(photos)
    print(f"thumbnail 256 px: {thumb * 1000:.0f} ms/foto; decode draft saja {decode * 1000:.0f} "
          f"ms/foto ({thumb / decode:.2f}x)")

    for scale in (0.5, 0.75):
        cold, warm = preview(photos[1], scale)
        print(f"pratinjau skala {scale}: pertama {cold:.0f} ms (termasuk decode), ulang "
              f"{warm:.0f} ms  [target < 100 ms: {verdict(warm < 100)}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
