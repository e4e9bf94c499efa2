"""Proof that the forms file answers exactly as spylls (core/checks/spelling_forms.py).

Run: uv run python benchmarks/spelling_forms_compare.py [--sample N] [--seed S]

Builds the forms file from a fresh spylls parse of id_ID, then asks both, word by word,
what Speller.known asks (spylls' `lookup(word) and Speller._confix_ok(word)`, without
the stems shortcut, so every word reaches the dictionary) over:
- the word frequency list (resources/dictionaries/frekuensi, wordfreq's Indonesian list);
- the words of the rule data (glossary, supplementary words) and of the test texts;
- every .dic stem with each affix of the .aff applied on its own, and each prefix with
  each suffix its flags name (forms spylls accepts and forms it rejects);
- every form the file lists (so nothing it accepts is missing from spylls);
- case variants (lower, Capitalized, UPPER, mIxed) and hyphenated words (pairs,
  reduplications, a hyphen at either end);
- random one-edit mutations (delete, swap, replace, insert; a few outside a-z).
Prints, per group, the number of words and of disagreements (must be 0), and the
first disagreements found. --sample N takes N words per group (default: all).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.checks import spelling, spelling_forms, spelling_forms_build  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def reference(dictionary):  # noqa: ANN001, ANN201 - spylls' objects
    """Speller.known's question to spylls, stems shortcut left out."""
    speller = spelling.Speller(spelling.dictionary_base())
    speller._dict = dictionary  # noqa: SLF001 - the spylls path, as Speller runs it

    def known(word: str) -> bool:
        try:
            return bool(dictionary.lookup(word)) and speller._confix_ok(word)  # noqa: SLF001
        except Exception:  # noqa: BLE001 - Speller.known treats this as known
            return True
    return known


def frequency_words() -> list[str]:
    return list(spelling.frequencies())


MAX_HYPHENS = 4  # spylls (and the forms' copy of it) tries every way of breaking at
# hyphens: a test text's "chars-xxxxxxxxxx-..." with 25 of them takes minutes


def text_words() -> list[str]:
    found: set[str] = set()
    for folder in (ROOT / "tests" / "data", ROOT / "resources" / "rules"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".txt", ".json", ".yaml", ".yml", ".md"):
                try:
                    found.update(_WORD.findall(path.read_text(encoding="utf-8")))
                except (OSError, UnicodeDecodeError):
                    continue
    return sorted(w for w in found if w.count("-") <= MAX_HYPHENS)


def affixed(dictionary) -> list[str]:  # noqa: ANN001 - spylls' Dictionary
    """Each stem with each affix applied alone (whatever its flags), and prefix + suffix
    pairs among the affixes its flags name."""
    aff = dictionary.aff
    suffixes = [s for group in aff.SFX.values() for s in group]
    prefixes = [p for group in aff.PFX.values() for p in group]
    out: set[str] = set()
    for word in dictionary.dic.words:
        stem = word.stem
        for s in suffixes:
            if stem.endswith(s.strip):
                out.add(stem[: len(stem) - len(s.strip)] + s.add)
        for p in prefixes:
            if stem.startswith(p.strip):
                out.add(p.add + stem[len(p.strip):])
        own_s = [s for f in word.flags for s in aff.SFX.get(f, ())]
        own_p = [p for f in word.flags for p in aff.PFX.get(f, ())]
        for s in own_s:
            if not stem.endswith(s.strip):
                continue
            mid = stem[: len(stem) - len(s.strip)] + s.add
            for p in own_p:
                if mid.startswith(p.strip):
                    out.add(p.add + mid[len(p.strip):])
            for f in s.flags:
                for o in aff.SFX.get(f, ()):
                    if mid.endswith(o.strip):
                        out.add(mid[: len(mid) - len(o.strip)] + o.add)
    return sorted(out)


def case_variants(words: Iterable[str], rng: random.Random) -> list[str]:
    out: set[str] = set()
    for w in words:
        mixed = "".join(c.upper() if rng.random() < 0.5 else c for c in w)
        out.update((w.lower(), w.capitalize(), w.upper(), mixed, w[:1] + w[1:].upper()))
    return sorted(out)


def hyphenated(words: list[str], rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    for _ in range(n):
        a, b = rng.choice(words), rng.choice(words)
        out.update((f"{a}-{b}", f"{a}-{a}", f"-{a}", f"{a}-", f"{a}--{b}",
                    f"{a.capitalize()}-{b.capitalize()}", f"{a}-{b}".upper()))
    return sorted(out)


def mutations(words: list[str], rng: random.Random, n: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz" * 4 + "-'.éA1İı"
    out: set[str] = set()
    for _ in range(n):
        w = rng.choice(words)
        i = rng.randrange(len(w) + 1)
        kind = rng.randrange(4)
        if kind == 0 and i < len(w):
            out.add(w[:i] + w[i + 1:])
        elif kind == 1 and i < len(w) - 1:
            out.add(w[:i] + w[i + 1] + w[i] + w[i + 2:])
        elif kind == 2 and i < len(w):
            out.add(w[:i] + rng.choice(letters) + w[i + 1:])
        else:
            out.add(w[:i] + rng.choice(letters) + w[i:])
    out.discard("")
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, help="words per group (0: all)")
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    from spylls.hunspell import Dictionary

    dictionary = Dictionary.from_files(str(spelling.dictionary_base()))
    start = time.perf_counter()
    records = spelling_forms_build.records(dictionary)
    built = time.perf_counter() - start
    assert records is not None, "id_ID must be supported"
    data = spelling_forms.encode("k", spelling_forms_build.breaks(dictionary), records)
    forms = spelling_forms.Forms.parse(data, "k")
    assert forms is not None
    print(f"forms file: {len(records):,} forms, {len(data) / 1e6:.1f} MB, "
          f"built in {built:.1f} s")

    ref = reference(dictionary)
    freq = frequency_words()
    listed = [f for f, _code in records]
    stems = sorted({w.stem for w in dictionary.dic.words})
    base = sorted(set(freq) | set(stems))
    groups = {
        "frequency list": freq,
        "rule data and test texts": text_words(),
        ".dic stems": stems,
        "stems + every affix": affixed(dictionary),
        "listed forms": listed,
        "case variants": case_variants(rng.sample(base, min(len(base), 40_000)) + rng.sample(
            listed, 20_000), rng),
        "hyphenated": hyphenated(base, rng, 15_000),
        "one-edit mutations": mutations(base + rng.sample(listed, 30_000), rng, 150_000),
    }
    total = wrong = 0
    for name, words in groups.items():
        if args.sample and len(words) > args.sample:
            words = rng.sample(words, args.sample)
        start = time.perf_counter()
        diffs = [w for w in words if forms.known(w) != ref(w)]
        total += len(words)
        wrong += len(diffs)
        accepted = sum(1 for w in words if forms.known(w))
        print(f"{name:26} {len(words):9,} words ({accepted:,} accepted), "
              f"{len(diffs)} disagreements ({time.perf_counter() - start:.0f} s)")
        for w in diffs[:10]:
            print(f"    {w!r}: forms {forms.known(w)}, spylls {ref(w)}")
    print(f"TOTAL {total:,} words, {wrong} disagreements")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
