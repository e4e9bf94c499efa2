"""Just enough Indonesian morphology to accept derived forms of known words.

The Hunspell id_ID dictionary lacks many affixed forms ("digelar", "ujarnya",
"kependudukan") and knows nothing of Warta's supplementary words' derivations
("posyandunya"). Rather than flag them, the spelling rule accepts a word when peeling off
one clitic, one suffix and one prefix (with the nasal sound restored: "menyampaikan" ->
"sampai") leaves a known word of at least three letters. A typo almost always breaks the
base too, so this hides very few real mistakes.
"""

from __future__ import annotations

from collections.abc import Iterator

ENCLITICS = ("nya", "lah", "kah", "pun", "tah", "ku", "mu")
SUFFIXES = ("kan", "an", "i")
# prefix -> letters that may have been swallowed by the nasal ("meny" + "ampaikan" = sampaikan)
PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memper", ("",)), ("diper", ("",)), ("keber", ("",)), ("keter", ("",)), ("berke", ("",)),
    ("meng", ("", "k")), ("meny", ("s",)), ("mem", ("", "p")), ("men", ("", "t")),
    ("me", ("",)), ("peng", ("", "k")), ("peny", ("s",)), ("pem", ("", "p")), ("pen", ("", "t")),
    ("per", ("",)), ("pe", ("",)), ("ber", ("",)), ("be", ("",)), ("ter", ("",)), ("di", ("",)),
    ("ke", ("",)), ("se", ("",)),
)
MIN_BASE = 3


def _strip_enclitic(word: str) -> Iterator[str]:
    yield word
    for e in ENCLITICS:
        if word.endswith(e) and len(word) - len(e) >= MIN_BASE:
            yield word[: -len(e)]


def _strip_suffix(word: str) -> Iterator[str]:
    yield word
    for s in SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= MIN_BASE:
            yield word[: -len(s)]


def _strip_prefix(word: str) -> Iterator[str]:
    yield word
    for p, restore in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= MIN_BASE - 1:
            rest = word[len(p):]
            for r in restore:
                base = r + rest
                if len(base) >= MIN_BASE:
                    yield base


def bases(word: str) -> Iterator[str]:
    """Candidate base words of a lower-case word, the word itself first (may repeat)."""
    for a in _strip_enclitic(word):
        for b in _strip_suffix(a):
            yield from _strip_prefix(b)
