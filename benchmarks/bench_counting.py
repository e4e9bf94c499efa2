"""Per-keystroke cost of recounting a 2,200-character caption with emoji for every platform.

Run: uv run python benchmarks/bench_counting.py [--keystrokes N]

Each keystroke inserts one character at a random place in the caption and recounts it
for all six platforms (core.captions.counting.count_all), as the editor does. The
baseline, measured in the same run on the same edits, is plain len() of the text, so
the figures can be compared across machines. A frame at 60 Hz is 16.7 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import measure, percentile  # noqa: E402
from core.captions.counting import count, count_all  # noqa: E402
from core.captions.urls import _word_urls  # noqa: E402
from core.platforms import PLATFORMS  # noqa: E402

PARAGRAPH = (
    "Wali Kota Cimahi meresmikan Mal Pelayanan Publik (MPP) di Jl. Demang Hardjakusumah "
    "pada Rabu (12/11/2025) 🎉🇮🇩. Warga kini dapat mengurus 120 jenis layanan di satu "
    "tempat 👨\u200d👩\u200d👧\u200d👦👍🏽. Info: https://cimahikota.go.id/berita/mpp dan "
    "s.id/mpp-cimahi. Bersama @diskominfo.cimahi #CimahiKota #MPPCimahi 1️⃣\n\n"
)


def caption(length: int = 2200) -> str:
    text = PARAGRAPH * (length // len(PARAGRAPH) + 1)
    return text[:length]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(2025)
    base = caption()
    texts = []
    for _ in range(args.keystrokes):
        pos = rng.randrange(len(base))
        texts.append(base[:pos] + rng.choice("aeiou é😀") + base[pos:])
    measure(count_all, texts[:20])  # warm up regex caches
    baseline = measure(len, texts)
    recount = measure(count_all, texts)
    counts = count_all(base)
    print(f"Caption: {len(base)} code points, "
          + ", ".join(f"{PLATFORMS[p].name} {c.used}/{c.limit}" for p, c in counts.items()))
    print(f"Keystrokes: {args.keystrokes} (one character inserted, all 6 platforms recounted)")
    print(f"{'':28}{'median':>10}{'p95':>10}")
    print(f"{'baseline len()':28}{statistics.median(baseline):>9.4f}ms"
          f"{percentile(baseline, 0.95):>8.4f}ms")
    print(f"{'count_all (6 platforms)':28}{statistics.median(recount):>9.3f}ms"
          f"{percentile(recount, 0.95):>8.3f}ms")
    for pid in PLATFORMS:
        times = measure(lambda t, pid=pid: count(pid, t), texts[:200])
        print(f"{'  ' + PLATFORMS[pid].name:28}{statistics.median(times):>9.3f}ms"
              f"{percentile(times, 0.95):>8.3f}ms")
    def cold_x(text: str) -> None:
        _word_urls.cache_clear()  # a caption just opened or pasted: no word seen before
        count("x", text)

    cold = measure(cold_x, texts[:50])
    print(f"{'  X, caption not seen before':28}{statistics.median(cold):>9.3f}ms"
          f"{percentile(cold, 0.95):>8.3f}ms")
    frame = 1000 / 60
    print(f"p95 is {percentile(recount, 0.95) / frame:.1%} of a 60 Hz frame ({frame:.1f} ms).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
