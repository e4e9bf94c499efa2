"""Speed of "Cek Sebelum Unggah" on a 2,200-character caption: warm, per keystroke, and cold.

Run: uv run python benchmarks/bench_checks.py [--keystrokes N] [--cold-runs N]

Measured in one run, with baselines from the same run so machines can be compared:
- warm, per keystroke: after warm_up(), one character is inserted at a random place and
  the whole caption is checked again (what the editor's debounced worker does);
  baseline: a regex-only pass (tokenise + the punctuation patterns) over the same texts.
- warm, new words: the same, but the per-word spelling caches are emptied before each
  check, so every word goes through the dictionary again (a freshly pasted caption).
- check_post: caption, title and six platform variants that all differ from the caption.
- cold start: a fresh interpreter importing core.checks and running the first check,
  dictionary load included (median of N processes); baseline: a fresh interpreter that
  imports the same modules but does not check (start-up and import cost alone).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.timing import measure, percentile  # noqa: E402
from core.checks import check_post, check_text, engine, spelling, warm_up, words  # noqa: E402
from core.checks.text import WORD_RE, Doc  # noqa: E402
from core.model import Post, Variant  # noqa: E402

PARAGRAPHS = [
    "Pemerintah Kota Cimahi meluncurkan layanan administrasi kependudukan keliling di "
    "Kelurahan Cibabat, Kecamatan Cimahi Utara, pada Rabu (12/11/2025). Layanan ini menyasar "
    "warga lanjut usia, penyandang disabilitas, dan warga yang kesulitan datang ke kantor Dinas "
    "Kependudukan dan Pencatatan Sipil (Disdukcapil).",
    "Wali Kota Cimahi mengatakan bahwa layanan jemput bola ini merupakan bagian dari upaya "
    "pemerintah untuk mendekatkan pelayanan publik kepada masyarakat. \"Kami ingin memastikan "
    "tidak ada warga yang tertinggal dalam pelayanan dokumen kependudukan,\" ujarnya.",
    "Kepala Disdukcapil menjelaskan bahwa petugas melayani perekaman KTP-el, pembuatan Kartu "
    "Identitas Anak, serta pencetakan kartu keluarga. Berdasarkan data Disdukcapil, sebanyak "
    "1.250 warga telah memanfaatkan layanan ini, dan 85 persen di antaranya warga lanjut usia.",
    "Sekretaris Daerah memimpin apel kesiapsiagaan bencana bersama BPBD, Satpol PP, dan unsur "
    "TNI-Polri di Alun-Alun Cimahi. Ia mengajak warga tidak membuang sampah ke sungai serta "
    "segera melapor apabila melihat tanda-tanda pergerakan tanah disekitar tempat tinggal.",
    "Dinas Kesehatan menggelar pemeriksaan kesehatan gratis bagi warga lanjut usia di "
    "Puskesmas Cigugur Tengah. Pemeriksaan meliputi tekanan darah, kadar gula darah, dan "
    "kolesterol, dan warga yang udah terdaftar cukup membawa kartu berobat.",
    "Layanan keliling akan hadir di setiap kelurahan secara bergiliran hingga akhir Desember "
    "2025. Jadwal lengkap dapat dilihat di https://disdukcapil.cimahikota.go.id atau akun "
    "@disdukcapilcimahi. 🙏📍\n\n#CimahiKota #LayananPublik #Disdukcapil",
]


def caption(length: int = 2200) -> str:
    text = "\n\n".join(PARAGRAPHS)
    while len(text) < length:
        text += "\n\n" + PARAGRAPHS[len(text) % len(PARAGRAPHS)]
    cut = text.rfind(" ", 0, length)
    return text[:cut] + " " * (length - cut)


def regex_only(text: str) -> None:
    """Baseline: the cheapest pass any checker makes (tokens, sentences, a punctuation scan)."""
    doc = Doc(text)
    {m.group().lower() for m in WORD_RE.finditer(text)}
    doc.sentences  # noqa: B018
    text.count("!!")


def forget_words() -> None:
    spelling.speller()._cache.clear()
    words.judge().cache.clear()


_COLD = """
import sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
import core.checks
from core.checks import check_text
t1 = time.perf_counter()
if {check}:
    check_text(open({path!r}, encoding="utf-8").read())
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def cold(runs: int, text_path: Path, check: bool) -> tuple[list[float], list[float], list[float]]:
    """(import ms, first check ms, whole process wall ms) per fresh interpreter."""
    imports, checks, walls = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _COLD.format(root=str(ROOT), path=str(text_path), check=check)],
            capture_output=True, text=True, check=True,
        ).stdout.split()
        walls.append((time.perf_counter() - start) * 1000)
        imports.append(float(out[0]) * 1000)
        checks.append(float(out[1]) * 1000)
    return imports, checks, walls


def row(label: str, values: list[float]) -> str:
    return f"{label:44}{statistics.median(values):>10.2f}ms{percentile(values, 0.95):>10.2f}ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=300)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(2025)
    base = caption()
    texts = []
    for _ in range(args.keystrokes):
        pos = rng.randrange(len(base))
        texts.append(base[:pos] + rng.choice("aeiou é😀") + base[pos:])

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "caption.txt"
        path.write_text(base, encoding="utf-8")
        base_imports, _, base_walls = cold(args.cold_runs, path, check=False)
        imports, first, walls = cold(args.cold_runs, path, check=True)

    start = time.perf_counter()
    warm_up()
    warm_ms = (time.perf_counter() - start) * 1000
    check_text(base)
    findings = check_text(base)
    baseline = measure(regex_only, texts)
    keystroke = measure(check_text, texts)
    fresh = measure(check_text, texts[:60], before=forget_words)

    post = Post(title="Layanan adminduk keliling", caption=base)
    variants = [Variant(p, text=base[: 2100 - 40 * i] + f" #{p}") for i, p in
                enumerate(("instagram", "facebook", "x", "tiktok", "youtube", "threads"))]
    post_times = measure(lambda t: check_post(Post(title=post.title, caption=t), variants, []),
                         texts[:60])

    print(f"Caption: {len(base)} characters, {len(Doc(base).tokens)} words, "
          f"{len(findings)} findings; rules: {len(engine.REGISTRY)}")
    print(f"{'':44}{'median':>12}{'p95':>12}")
    print(row("baseline: regex-only pass", baseline))
    print(row("check_text after warm-up, per keystroke", keystroke))
    print(row("check_text, word caches emptied", fresh))
    print(row("check_post: caption + title + 6 variants", post_times))
    print(f"warm_up() in this process: {warm_ms:.0f} ms (dictionary load + rule data)")
    print(f"\nCold start, {args.cold_runs} fresh interpreters:")
    print(row("baseline: start + import core.checks (wall)", base_walls))
    print(row("import core.checks", imports))
    print(row("first check_text (dictionary load included)", first))
    print(row("whole process incl. first check (wall)", walls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
