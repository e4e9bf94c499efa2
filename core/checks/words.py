"""Is this word spelled right? The dictionary, Warta's supplementary list and light morphology.

Shared by the spelling rule and by rules that need to know whether an ALL-CAPS word is an
ordinary word being shouted ("PENTING") or an acronym ("PPDB").
"""

from __future__ import annotations

from core.checks import config, morphology, spelling
from core.checks.phrases import norm


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
        self.cache: dict[str, bool] = {}

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
        return self.known(word)


def judge(cfg: config.Config | None = None) -> WordJudge:
    cfg = cfg or config.current()
    return cfg.derived("word_judge", WordJudge)
