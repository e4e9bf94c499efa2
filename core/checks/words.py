"""Is this word spelled right? The dictionary, Warta's supplementary list and light morphology.

Shared by the spelling rule and by rules that need to know whether an ALL-CAPS word is an
ordinary word being shouted ("PENTING") or an acronym ("PPDB").

Two lists derived from wordfreq (resources/dictionaries/wordfreq/, CC BY-SA 4.0) add
signals the 2017 dictionary lacks: `frequent()` holds frequent Indonesian words it does
not know ("pilkada") and `english()` common English words (reported as "istilah asing",
not as typos).
"""

from __future__ import annotations

import functools
from pathlib import Path

from core import paths
from core.checks import config, data_cache, lists, morphology, spelling, spelling_forms
from core.checks.phrases import norm

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ANY_EDIT_LETTERS = 10  # from this length a one-letter change rarely turns a name into a word


def _word_path(name: str) -> Path:
    return paths.resources_dir() / "dictionaries" / "wordfreq" / name


def _word_lines(name: str) -> str:
    """The words of a list file, sorted, a line each (from the cache folder): a check asks
    a few hundred words, so the set of all 15,000 is never built (~3 ms of every check)."""
    try:
        return data_cache.parsed(f"wordfreq-{name}-lines", _word_path(name), _parse_word_lines,
                                 str)
    except OSError:
        return ""  # a missing list only makes the checker stricter


def _parse_word_lines(text: str) -> str:
    """Every word of the file (a line each; "#" starts a comment line), sorted."""
    found = {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}
    return "".join(f"{w}\n" for w in sorted(found))


@functools.cache
def frequent() -> spelling_forms.SortedLines:
    """Frequent Indonesian words (lower case) missing from the dictionary: accepted."""
    return spelling_forms.SortedLines(_word_lines("id_frequent.txt"))


@functools.cache
def english() -> spelling_forms.SortedLines:
    """Common English words (lower case) that are not Indonesian words."""
    return spelling_forms.SortedLines(_word_lines("en_common.txt"))


def slips(word: str) -> list[str]:
    """Typing slips: one of a doubled letter dropped, a letter doubled, two swapped."""
    out = [word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1]]
    out += [word[:i] + word[i] + word[i:] for i in range(len(word)) if word[i].isalpha()]
    out += [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)
            if word[i] != word[i + 1]]
    return list(dict.fromkeys(out))


def insertions(word: str) -> list[str]:
    """`word` with one letter added anywhere (the writer left one out)."""
    return [word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS]


def edits1(word: str, substitutions: bool = True) -> list[str]:
    """Every string one edit away from `word` (a-z), likeliest typos first: a letter too
    many, two letters swapped, one letter wrong (unless `substitutions` is False: names
    often differ from each other by one letter), one letter missing."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = [a + b[1:] for a, b in splits if b]
    out += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    if substitutions:
        out += [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]]
    out += [a + c + b for a, b in splits for c in _LETTERS]
    return list(dict.fromkeys(w for w in out if w != word))


def _extra_words(cfg: config.Config) -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case words, words that must keep their capital such as 'Selasa' upper-cased)."""
    words = cfg.file("spelling_extra").get("words", [])
    if not isinstance(words, list):
        return frozenset(), frozenset()
    words = [str(w) for w in words if isinstance(w, str)]
    return (frozenset(norm(w) for w in words if w == w.lower()),
            frozenset(norm(w).upper() for w in words if w != w.lower()))


def _read_known_acronyms(cfg: config.Config) -> frozenset[str]:
    raw = cfg.file("akurasi").get("known_acronyms", [])
    return frozenset(str(a) for a in raw) if isinstance(raw, list) else frozenset()


def known_acronyms(cfg: config.Config) -> frozenset[str]:
    """Acronyms written in capitals on purpose (akurasi.json "known_acronyms"), built once
    per rules-data version for every rule that asks."""
    return cfg.derived("known_acronyms", _read_known_acronyms)


class WordJudge:
    """One per rules-data version; answers are cached per word."""

    def __init__(self, cfg: config.Config) -> None:
        self.extra, self.extra_cased = _extra_words(cfg)
        self.bound = lists.word_set("nada", "bound_forms")(cfg)  # "antar", "pasca", "sub"
        self.units = lists.word_set("ejaan", "glued_units")(cfg) | frozenset(
            norm(str(u)) for u in (cfg.file("ejaan").get("units") or {}).values())
        self.cache: dict[str, bool] = {}
        self.near_cache: dict[str, str | None] = {}

    def has_near(self, lower: str) -> bool:
        """Is near(lower) already known (free to ask)?"""
        return lower in self.near_cache

    def near(self, lower: str, compute: bool = True) -> str | None:
        """A known word one typing slip away from the lower-case `lower`, or None: a doubled
        letter too many or too few ("pelayanaan", "perusahan") or two letters swapped.
        Other single edits turn short names into words too often ("Kwadang" -> "kadang",
        "Surabaya" -> "Suralaya"), so they count only from _ANY_EDIT_LETTERS letters
        ("Perekonimian"). Set lookups, then the dictionary confirms; cached."""
        if lower in self.near_cache:
            return self.near_cache[lower]
        if not compute:
            return None
        spelling.speller().load()
        # cheap set lookups first, then the dictionary itself confirms (Warta's lenient
        # morphology alone would turn names into words: "Nugrahawan" -> "nugrahaan")
        hit = next((c for c in slips(lower) if len(c) >= 3 and self._confirmed(c)), None)
        if hit is None and len(lower) >= _ANY_EDIT_LETTERS:
            missing = set(insertions(lower))  # a letter left out: "Intruksikan"
            hit = next((c for c in edits1(lower)
                        if (self._cheap(c) and spelling.known(c))
                        or (c in missing and self._confirmed(c))), None)
        if len(self.near_cache) > 20_000:
            self.near_cache.clear()
        self.near_cache[lower] = hit
        return hit

    def known(self, word: str) -> bool:
        """The word itself is in the dictionary or the supplementary list (no morphology)."""
        if norm(word) in self.extra or spelling.known(word):
            return True
        # a capitalised extra word ("Selasa") counts in that case or in all caps only
        return word[:1].isupper() and norm(word).upper() in self.extra_cased

    def ok(self, word: str) -> bool:
        """Known, a derived form of a known word, or a hyphenated compound of such words."""
        hit = self.cache.get(word)
        if hit is None:
            spelling.speller().load()  # stems must be in memory before an answer is cached
            hit = self._judge(word)
            if len(self.cache) > 100_000:
                self.cache.clear()
            self.cache[word] = hit
        return hit

    def _cheap(self, lower: str) -> bool:
        """Set lookups only: the word, or a derivation the stem's flags allow (morphology).

        Most words of a caption are settled here; the slow Hunspell lookup (up to a few
        milliseconds for a heavily affixed word) only runs for the rest.
        """
        sp = spelling.speller()
        stems = sp.stems
        if lower in self.extra or lower in stems:
            return True
        flags = sp.prefix_flags
        for a in morphology.analyses(lower):
            if a.base in self.extra:
                return True  # a supplementary word has no flags: any allowed confix
            if a.base in stems and a.flags_ok(flags.get(a.base, frozenset())):
                return True
        return False

    def _judge(self, word: str) -> bool:
        lower = norm(word)
        if "-" in lower:
            parts = [p for p in lower.split("-") if p]
            # reduplication ("kader-kader", "sebaik-baiknya") or a compound of known words
            if parts and all(len(p) < 2 or self._cheap(p) for p in parts):
                return True
            return self.known(word) or (
                bool(parts) and all(len(p) < 2 or self.known(p) for p in parts))
        if (word == lower or word == lower.capitalize() or word.isupper()) and self._cheap(lower):
            return True
        if word == lower and (lower in self.units or self._bound_compound(lower)):
            return True
        return self.known(word)

    def _confirmed(self, lower: str) -> bool:
        """The dictionary accepts `lower`, or it derives from a stem (or frequent word) of 6+
        letters: the 2017 dictionary lacks many forms such as "instruksikan", and a name
        rarely hides a long stem."""
        if self._cheap(lower) and spelling.known(lower):
            return True
        stems, common = spelling.speller().stems, frequent()
        return any(len(a.base) >= 6 and (a.base in stems or a.base in common)
                   and (a.prefix or a.suffix) for a in morphology.analyses(lower))

    def _bound_compound(self, lower: str) -> bool:
        """A bound form written together with a word ("antarkota", "pascapanen", "subbagian")."""
        return any(lower.startswith(b) and len(lower) - len(b) >= 3
                   and self._cheap(lower[len(b):]) for b in self.bound)


def judge(cfg: config.Config | None = None) -> WordJudge:
    cfg = cfg or config.current()
    return cfg.derived("word_judge", WordJudge)
