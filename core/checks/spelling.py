"""Hunspell id_ID through spylls: loaded lazily, looked up once per word, suggestions on demand.

Loading the dictionary takes a few tenths of a second and a lookup about half a
millisecond, so: the GUI calls `warm_up()` in a worker thread at start, every word's answer
is cached for the life of the process (a caption mostly repeats words, and typing changes
one word at a time), and suggestions — which can take a second — are only computed when the
user asks (`suggest(word)`, off the UI thread), never during a check.

This module knows only the dictionary. Warta's supplementary words and the glossary are
data (resources/rules/) and are applied by the spelling rule.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from core import paths
from core.checks import morphology

log = logging.getLogger(__name__)

# Frequent words looked up during warm_up so the first real check finds them cached.
_COMMON = [
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "dalam", "ini", "itu",
    "tersebut", "oleh", "akan", "telah", "sudah", "juga", "tidak", "dapat", "para", "kepada",
    "bagi", "serta", "atau", "karena", "agar", "sebagai", "hingga", "sampai", "kegiatan",
    "masyarakat", "warga", "kota", "pemerintah", "pelayanan", "program", "acara", "hadir",
    "hari", "tanggal", "tahun", "bulan", "pukul", "lokasi", "menyampaikan", "mengatakan",
    "kata", "ujar", "jelas", "berharap", "harapan", "terima", "kasih", "bapak", "ibu",
    "kepala", "dinas", "bidang", "camat", "lurah", "peserta", "sebanyak", "orang", "bantuan",
    "kesehatan", "pendidikan", "pembangunan", "daerah", "wilayah", "kecamatan", "kelurahan",
    "upaya", "meningkatkan", "kualitas", "layanan", "publik"
]


class Speller:
    """One Hunspell dictionary with a per-word cache; safe to share between threads."""

    def __init__(self, base: Path) -> None:
        self._base = base  # path without extension: .../id_ID
        self._dict = None
        self._stems: frozenset[str] = frozenset()
        self._prefix_flags: dict[str, frozenset[str]] = {}
        self._proper: frozenset[str] = frozenset()
        self._cache: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._lock = threading.RLock()
        self.error: str | None = None

    @property
    def loaded(self) -> bool:
        return self._dict is not None

    @property
    def stems(self) -> frozenset[str]:
        """Lower-case dictionary stems usable on their own (empty until loaded)."""
        return self._stems

    @property
    def proper(self) -> frozenset[str]:
        """Dictionary entries written with a capital ("Belanda", "Juni"): names."""
        return self._proper

    @property
    def prefix_flags(self) -> dict[str, frozenset[str]]:
        """Lower-case stem -> first letters of its prefix flags ("M" meN-, "D" di-, ...).

        core.checks.morphology uses them to accept only derivations the .aff allows a
        stem's family of prefixes (empty until loaded)."""
        return self._prefix_flags

    def load(self) -> bool:
        """Read the .aff/.dic once; False (with `error` set) when the files are unusable."""
        if self._dict is not None or self.error is not None:
            return self._dict is not None
        with self._lock:
            if self._dict is not None or self.error is not None:
                return self._dict is not None
            try:
                from spylls.hunspell import Dictionary

                dictionary = Dictionary.from_files(str(self._base))
            except Exception as exc:  # missing or damaged files must not break checking
                self.error = (
                    f"Kamus ejaan tidak dapat dimuat dari {self._base}.aff/.dic ({exc}); "
                    "pemeriksaan ejaan dilewati. Pasang ulang Warta untuk memulihkannya."
                )
                log.warning("%s", self.error)
                return False
            need_affix = dictionary.aff.NEEDAFFIX
            self._stems = frozenset(
                w.stem for w in dictionary.dic.words
                if w.stem.islower() and not (need_affix and need_affix in w.flags)
            )
            families: dict[str, set[str]] = {}
            for w in dictionary.dic.words:
                if w.stem.islower():
                    families.setdefault(w.stem, set()).update(
                        f[0] for f in w.flags if f[:1].isupper())
            self._prefix_flags = {k: frozenset(v) for k, v in families.items()}
            self._proper = frozenset(w.stem for w in dictionary.dic.words if w.stem[:1].isupper())
            self._dict = dictionary
            return True

    def known(self, word: str) -> bool:
        """Is `word` a form the dictionary accepts (hunspell case rules)? Cached per word."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if not self.load():
            return True  # no dictionary: never report a word as unknown
        lower = word.lower()
        if lower in self._stems and word in (lower, lower.capitalize(), word.upper()):
            result = True
        else:
            with self._lock:
                try:
                    result = bool(self._dict.lookup(word)) and self._confix_ok(word)
                except Exception:  # spylls on exotic input: treat as known, never crash
                    log.debug("lookup failed for %r", word, exc_info=True)
                    result = True
        if len(self._cache) > 200_000:  # a pathological paste must not grow memory forever
            self._cache.clear()
        self._cache[word] = result
        return result

    def _confix_ok(self, word: str) -> bool:
        """Does one of Hunspell's analyses of `word` use a prefix-suffix pair Indonesian allows?

        The id_ID .aff marks its prefixes and suffixes as combinable with each other, so on
        its own it accepts "menyampaian" (meN- + sampai + -an)."""
        forms = list(self._dict.lookuper.good_forms(word.lower()))
        if not forms:
            return True  # accepted through a case variant only: nothing to judge
        for form in forms:
            prefix = form.prefix2 or form.prefix
            added = [sfx.add for sfx in (form.suffix, form.suffix2) if sfx is not None]
            if morphology.hunspell_form_ok(prefix.flag if prefix is not None else "", added):
                return True
        return False

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """Up to `limit` corrections, best first; may take a second: call it off the UI thread."""
        key = f"{limit}\x00{word}"
        hit = self._suggestions.get(key)
        if hit is not None:
            return hit
        if not word.strip() or not self.load():
            return ()
        out: list[str] = []
        with self._lock:
            try:
                for s in self._dict.suggest(word):
                    if s not in out and s != word:
                        out.append(s)
                    if len(out) >= limit:
                        break
            except Exception:
                log.debug("suggest failed for %r", word, exc_info=True)
        result = tuple(out)
        self._suggestions[key] = result
        return result


def dictionary_base() -> Path:
    return paths.resources_dir() / "dictionaries" / "id_ID" / "id_ID"


_speller: Speller | None = None
_speller_lock = threading.Lock()


def speller() -> Speller:
    """The process-wide speller (created, not loaded)."""
    global _speller
    if _speller is None:
        with _speller_lock:
            if _speller is None:
                _speller = Speller(dictionary_base())
    return _speller


def warm_up() -> bool:
    """Load the dictionary and prime the cache; call from a worker thread at start-up."""
    sp = speller()
    if not sp.load():
        return False
    for w in _COMMON:
        sp.known(w)
    return True


def is_ready() -> bool:
    """True once the dictionary is in memory (the GUI may show 'Menyiapkan kamus...' until then)."""
    return speller().loaded


def known(word: str) -> bool:
    return speller().known(word)


def suggest(word: str, limit: int = 5) -> list[str]:
    """Spelling suggestions for one word, computed on demand (slow: call it off the UI thread)."""
    return list(speller().suggest(word, limit))
