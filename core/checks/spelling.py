"""Hunspell id_ID through spylls: loaded lazily, looked up once per word, suggestions on demand.

Parsing the dictionary takes about half a second (so it is cached in the data folder,
core/checks/spelling_cache.py: tens of milliseconds from the second start on) and a
lookup about half a millisecond, so: the GUI loads it in a worker thread after the
first paint (core.checks.warm_up), every word's answer
is cached for the life of the process (a caption mostly repeats words, and typing changes
one word at a time), and suggestions are only computed when asked (`suggest(word)`: the
editor off the UI thread, `warta check` for each spelling finding), never during a check.

Suggestions are known words one or two edits away, found by set lookups among the word
frequency list (resources/dictionaries/frekuensi), the dictionary's stems and the
glossary's and Warta's supplementary words, then ranked by edit distance and frequency
with the city's words favoured (milliseconds; Hunspell's own suggester, which can take
seconds, is only a thorough fallback). Whether a word is correct is the spelling rule's
business: it applies the supplementary words and the glossary (resources/rules/).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Set
from pathlib import Path

from core import disk_cache, paths
from core.checks import (
    _preload,  # noqa: F401 - first: compiled patterns from the cache
    data_cache,
    morphology,
    spelling_cache,
    spelling_forms,
)

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

log = disk_cache.LazyLogger(__name__)  # logging loads on the first record

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
        self._dict = None  # spylls' Dictionary: made when suggest() or a lookup needs it
        self._forms: spelling_forms.Forms | None = None  # known() without spylls
        self._ready = False
        self._unsaved: spelling_cache.Loaded | None = None  # parsed, forms file not yet made
        self._stems: Set[str] = frozenset()  # spelling_forms.SortedLines from the files
        self._stem_lines = ""
        self._prefix_flags: Mapping[str, frozenset[str]] = {}
        self._proper: frozenset[str] = frozenset()
        self._cache: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._lock = threading.RLock()
        self.error: str | None = None
        self._ranked: dict[tuple[object, ...], tuple[str, ...]] = {}
        self._by_letter: dict[str, frozenset[str]] = {}

    @property
    def loaded(self) -> bool:
        return self._ready

    @property
    def stems(self) -> Set[str]:
        """Lower-case dictionary stems usable on their own (empty until loaded)."""
        return self._stems

    @property
    def proper(self) -> frozenset[str]:
        """Dictionary entries written with a capital ("Belanda", "Juni"): names."""
        return self._proper

    @property
    def prefix_flags(self) -> Mapping[str, frozenset[str]]:
        """Lower-case stem -> first letters of its prefix flags ("M" meN-, "D" di-, ...).

        core.checks.morphology uses them to accept only derivations the .aff allows a
        stem's family of prefixes (empty until loaded)."""
        return self._prefix_flags

    def load(self) -> bool:
        """Read the dictionary once; False (with `error` set) when the files are unusable.

        From the second start on this reads only the cache files (spelling_cache.load_fast:
        no spylls); the first parses the .aff/.dic with spylls (~0.5 s) and answers through
        it. Making the forms file takes seconds more, so it is not done here, where a first
        check waits, but by `save_forms()` once the answer is out."""
        if self._ready or self.error is not None:
            return self._ready
        with self._lock:
            if self._ready or self.error is not None:
                return self._ready
            try:
                fast = spelling_cache.load_fast(self._base)
                if fast is None:
                    loaded, forms = spelling_cache.load(self._base), None
                    self._unsaved = loaded
                else:
                    loaded, forms = fast
            except Exception as exc:  # missing or damaged files must not break checking
                self.error = (
                    f"Kamus ejaan tidak dapat dimuat dari {self._base}.aff/.dic ({exc}); "
                    "pemeriksaan ejaan dilewati. Pasang ulang Warta untuk memulihkannya."
                )
                log.warning("%s", self.error)
                return False
            self._stems = loaded.stems
            self._stem_lines = loaded.stem_lines or "\n".join(loaded.stems)
            self._prefix_flags = loaded.prefix_flags
            self._proper = loaded.proper
            self._dict = loaded.dictionary
            self._forms = forms
            self._ready = True
            return True

    def save_forms(self, stop: Callable[[], bool] | None = None) -> bool:
        """Make the forms file the next starts answer from (seconds of CPU, once per
        dictionary and Warta version) when this load had to parse the dictionary; from
        then on this speller answers from it too. Not under the lock: checks go on
        through spylls meanwhile. False when there was nothing to make or it failed."""
        loaded, self._unsaved = self._unsaved, None
        if loaded is None:
            return False
        try:
            forms = spelling_cache.save_forms(self._base, loaded, stop)
        except Exception:  # noqa: BLE001 - spylls still answers, only slower
            log.debug("spelling forms for %s not made", self._base, exc_info=True)
            return False
        if forms is not None:
            self._forms = forms  # the same answers (benchmarks/spelling_forms_compare.py)
        return forms is not None

    def _dictionary(self) -> Any:
        """spylls' Dictionary (the suggester's), loaded on first need; call under the lock."""
        if self._dict is None:
            self._dict = spelling_cache.load(self._base).dictionary
        return self._dict

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
        elif self._forms is not None:
            result = self._forms.known(word)
        else:
            with self._lock:
                try:
                    result = bool(self._dictionary().lookup(word)) and self._confix_ok(word)
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
        forms = list(self._dictionary().lookuper.good_forms(word.lower()))
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
                for s in self._dictionary().suggest(word):
                    if s not in out and s != word:
                        out.append(s)
                    if len(out) >= limit:
                        break
            except Exception:
                log.debug("suggest failed for %r", word, exc_info=True)
        result = tuple(out)
        self._suggestions[key] = result
        return result

    def ranked(self, word: str, limit: int = 5, *, preferred: Mapping[str, str] | None = None,
               avoid: Collection[str] = (), thorough: bool = True) -> tuple[str, ...]:
        """Up to `limit` corrections, best first (see `rank`); milliseconds unless thorough.

        preferred: lower-case word -> written form of the glossary's and the city's words;
            they are candidates too and count as more frequent (CITY_BONUS).
        avoid: lower-case non-standard forms, never offered.
        thorough: when the quick candidates (one or two edits away from a known word)
            find nothing, also ask Hunspell's own suggester (`suggest`), which can take
            seconds: the editor does (off the UI thread), the CLI does not.
        """
        preferred = preferred or {}
        key = (limit, word, thorough, id(preferred), frozenset(avoid))
        hit = self._ranked.get(key)
        if hit is not None:
            return hit
        if not word.strip() or not self.load():
            return ()
        lower = word.lower()
        valid = self._close_words(lower, preferred, frozenset(avoid))
        if not valid and thorough:
            valid = {s.lower() for s in self.suggest(word, limit)} - set(avoid)
        ranked = rank(lower, valid, FREQUENCY, preferred)[:limit]
        result = tuple(_written(word, c, preferred) for c in ranked)
        if len(self._ranked) > 5_000:
            self._ranked.clear()
        self._ranked[key] = result
        return result

    def _close_words(self, word: str, preferred: Mapping[str, str],
                     avoid: frozenset[str]) -> set[str]:
        """Correct words one edit from `word`; if none, two edits away plus two-word
        splits ("kerjasama" -> "kerja sama"). Set lookups only, then Hunspell confirms the
        few survivors, so this takes milliseconds, not the seconds of Hunspell's suggester."""
        def accept(candidates: Iterable[str]) -> set[str]:
            return {c for c in candidates
                    if c not in avoid and (c in preferred or self._valid(c))}

        known = self.is_known_form
        if word:  # most one-edit candidates keep the first letter: ask it by set
            FREQUENCY.words_starting(word[:1])
            if isinstance(self._stems, spelling_forms.SortedLines):
                self._stems.starting(word[:1])
        one = accept(c for c in _edits1(word) if known(c) or c in preferred)
        if one:
            return one
        splits = (f"{word[:i]} {word[i:]}" for i in range(2, len(word) - 1)
                  if all(known(p) or p in preferred for p in (word[:i], word[i:])))
        two = (c for c in (*self._forms_starting(word[:1]), *preferred)
               if abs(len(c) - len(word)) <= 2 and within_edits(word, c, 2))
        return accept(splits) | accept(two)

    def is_known_form(self, word: str) -> bool:
        """Is `word` (lower case) a stem or a frequent word: what the suggestion search
        and the city vocabulary call known (ask after `load`). Two set lookups instead of
        the union of both (53,000 words, ~5 ms to build)."""
        return word in self._stems or word in FREQUENCY

    def _forms_starting(self, letter: str) -> frozenset[str]:
        """The known forms starting with `letter` (the two-edit search keeps the first
        letter), per letter asked, not an index of every word (~15 ms). The stems are
        searched in one text, a stem a line: walking the frozenset marshal read took
        ~10 ms (its strings lie scattered among the flags), the text well under one."""
        found = self._by_letter.get(letter)
        if found is None:
            lines = re.findall(f"(?m)^{re.escape(letter)}.*", self._stem_lines)
            found = FREQUENCY.words_starting(letter).union(lines)
            self._by_letter[letter] = found
        return found

    def _valid(self, candidate: str) -> bool:
        """A frequent word still has to be a correct one ("dimana" is frequent, not correct)."""
        return candidate in self._stems or all(self.known(p) for p in candidate.split(" "))


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


_stop_forms = threading.Event()


def save_forms() -> bool:
    """The process speller's forms file, if its load parsed the dictionary: called once
    an answer is out (the GUI's warm-up after the page settled, `warta check` after its
    output), never before a first check."""
    return _speller is not None and _speller.save_forms(_stop_forms.is_set)


def stop_saving_forms() -> None:
    """Warta is quitting: a forms file being made is given up (the next start makes it),
    so quitting does not wait seconds for the thread making it."""
    _stop_forms.set()


def is_ready() -> bool:
    """True once the dictionary is in memory (the GUI may show 'Menyiapkan kamus...' until then)."""
    return speller().loaded


def known(word: str) -> bool:
    return speller().known(word)


def suggest(word: str, limit: int = 5, *, thorough: bool = True) -> list[str]:
    """Spelling suggestions for one word, best first: fewer edits, then the glossary's and
    the city's words, then more frequent words. Non-standard forms (himbauan) are never
    offered. `thorough` may take seconds: call it off the UI thread."""
    preferred, avoid = _city_vocabulary()
    return list(speller().ranked(word, limit, preferred=preferred, avoid=avoid,
                                 thorough=thorough))


# --------------------------------------------------------------------------- ranking

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_frequencies: dict[str, float] | None = None


def frequency_file() -> Path:
    return paths.resources_dir() / "dictionaries" / "frekuensi" / "id.tsv"


def frequencies() -> dict[str, float]:
    """Lower-case word -> Zipf frequency (wordfreq); empty when the file is missing.
    The checker asks FREQUENCY, which needs no dict of every word."""
    global _frequencies
    if _frequencies is None:
        _frequencies = _table(_read_frequency_lines())
    return _frequencies


_lines: str | None = None


def _frequency_lines() -> str:
    """The frequency table as one text of sorted "word<TAB>zipf" lines (read once): from
    the cache in well under a millisecond, where building the 30,000-entry dict took
    ~8 ms of every check that ranks a suggestion."""
    global _lines
    if _lines is None:
        _lines = _read_frequency_lines()
    return _lines


def _read_frequency_lines() -> str:
    try:
        lines, whole = data_cache.parsed("frekuensi-lines", frequency_file(),
                                         _parse_frequency_lines, tuple)
    except (OSError, ValueError):
        lines, whole = "", False
    if not whole:
        log.warning("word frequencies unreadable at %s", frequency_file())
    return lines


def _parse_frequency_lines(text: str) -> tuple[str, bool]:
    """(sorted "word<TAB>zipf" lines, whether every line was read): a bad line ends the
    table; a word listed twice keeps its last value."""
    table: dict[str, float] = {}
    whole = True
    try:
        for line in text.splitlines():
            w, _, z = line.partition("\t")
            if w and not w.startswith("#"):
                table[w] = float(z or 0)
    except ValueError:
        whole = False
    return "".join(sorted(f"{w}\t{z!r}\n" for w, z in table.items())), whole


def _table(lines: str) -> dict[str, float]:
    return {w: float(z) for w, _, z in (line.partition("\t") for line in lines.splitlines())}


class _Frequency:
    """The frequency table answered by bisection in its sorted lines: `word in FREQUENCY`,
    `FREQUENCY.get(word, default)` (what `rank` asks), the words starting with a letter
    (kept as a set once asked: the suggestion search asks hundreds of words starting
    with the letter of the word it corrects)."""

    def __init__(self) -> None:
        self._by_letter: dict[str, frozenset[str]] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._by_letter.get(word[:1])
        return word in known if known is not None else self._line(word) is not None

    def get(self, word: str, default: float = 0.0) -> float:
        line = self._line(word)
        return default if line is None else float(line[len(word) + 1:])

    def words_starting(self, letter: str) -> frozenset[str]:
        """The listed words starting with the one character `letter` (a run of the
        sorted lines)."""
        found = self._by_letter.get(letter)
        if found is None:
            run = spelling_forms.letter_run(_frequency_lines(), letter)
            found = frozenset([line.partition("\t")[0] for line in run.splitlines()])
            self._by_letter[letter] = found
        return found

    def forget(self) -> None:
        """Drop the per-letter sets (the table file changed: tests)."""
        self._by_letter.clear()

    @staticmethod
    def _line(word: str) -> str | None:
        if not word or "\t" in word or "\n" in word:
            return None
        text = _frequency_lines()
        return spelling_forms.find_line(text, word + "\t", 0, len(text))


FREQUENCY = _Frequency()


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance counting a swap of two neighbours as one edit (OSA)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def within_edits(a: str, b: str, limit: int) -> bool:
    """edit_distance(a, b) <= limit, computing only what can decide it: the two-edit
    search tries hundreds of words and rejects most of them after a few letters.

    Only cells at most `limit` off the diagonal are computed (the others are over the
    limit anyway), every value over the limit is kept as limit + 1 (min and + commute
    with that cap), and the search stops once a row is over the limit and the row
    before is at it or over: a row's smallest cell is at least the smaller of the
    previous row's and the one before's plus one (a swap reaches two rows back), so
    every later row is over the limit too."""
    if abs(len(a) - len(b)) > limit:
        return False
    first, second = set(a), set(b)
    if len(second - first) > limit or len(first - second) > limit:
        return False  # each letter only one has needs its own insertion or substitution
    over = limit + 1
    width = len(b) + 1
    prev2: list[int] = []
    prev = [min(j, over) for j in range(width)]
    low_before = 0
    for i, ca in enumerate(a, 1):
        cur = [over] * width
        if i <= limit:
            cur[0] = i
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cb = b[j - 1]
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = min(value, over)
        low = min(cur)
        if low > limit and low_before >= limit:
            return False
        low_before = low
        prev2, prev = prev, cur
    return prev[-1] <= limit


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(word)
    return out


CITY_BONUS = 1.0  # Zipf points (10x as frequent) added to the glossary's and the city's words


def rank(word: str, candidates: Collection[str], freq: Mapping[str, float],
         preferred: Collection[str] = ()) -> list[str]:
    """Best first: fewer edits from `word` (a two-word split counts one edit more), then
    frequency with the glossary's and the city's words counted ten times as frequent (so
    they come first unless the other word is far more common: "sosia" -> sosial, sosis;
    "perusahan" -> perusahaan before the glossary's perumahan), then alphabetical."""
    def distance(c: str) -> int:
        return edit_distance(word, c) + (" " in c)

    def weight(c: str) -> float:
        return min(freq.get(p, 0.0) for p in c.split(" ")) + CITY_BONUS * (c in preferred)

    return sorted(candidates, key=lambda c: (distance(c), -weight(c), c))


def _written(original: str, candidate: str, preferred: Mapping[str, str]) -> str:
    """The candidate in the case the user wrote (PELAYANAN, Pelayanan), or the glossary's."""
    form = preferred.get(candidate, candidate)
    if len(original) > 1 and original.isupper():
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _city_vocabulary() -> tuple[Mapping[str, str], frozenset[str]]:
    """(glossary and supplementary words, lower -> written form; non-standard forms)."""
    from core.checks import config
    from core.checks import glossary as glossary_mod

    cfg = config.current()
    terms = glossary_mod.glossary(cfg).terms.values()  # before derived(): it is not re-entrant
    return cfg.derived("spelling:suggest_vocabulary",
                       lambda c: _build_city_vocabulary(c, terms))


class _Vocabulary(Mapping[str, str]):
    """Lower-case word -> written form, of the supplementary words and the glossary's.
    A glossary word keeps its capital when it is a name ("Cimahi"), not when it is a
    common word ("Sosial" of "Dinas Sosial"); that takes the dictionary, so it is asked
    only for the forms a suggestion shows, not for all ~550 words at every check."""

    def __init__(self, extra: dict[str, str], glossary: dict[str, str], names: set[str],
                 common: Callable[[str], bool]) -> None:
        self._extra, self._glossary, self._names, self._common = extra, glossary, names, common
        self._keys = dict.fromkeys([*extra, *glossary])
        self._written: dict[str, str] = {}

    def __getitem__(self, key: str) -> str:
        w = self._glossary.get(key)
        if w is None:
            return self._extra[key]
        form = self._written.get(key)
        if form is None:
            form = w if w in self._names or not self._common(key) else key
            self._written[key] = form
        return form

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _build_city_vocabulary(cfg: Any, terms: Iterable[Any]) -> tuple[Mapping[str, str],
                                                                      frozenset[str]]:
    extra_words: dict[str, str] = {}
    extra = cfg.file("spelling_extra").get("words", [])
    for w in extra if isinstance(extra, list) else []:
        if isinstance(w, str) and w.strip() and " " not in w.strip():
            extra_words.setdefault(w.strip().lower(), w.strip())
    sp = speller()
    common = sp.is_known_form if sp.load() else FREQUENCY.__contains__
    terms = list(terms)
    names = {t.term for t in terms if len(t.words) == 1}
    glossary_words: dict[str, str] = {}
    for term in terms:
        for w in (*term.words, *term.expansion.split()):
            if len(w) > 2 and w.isalpha() and not w.isupper():
                glossary_words[w.lower()] = w
    preferred = _Vocabulary(extra_words, glossary_words, names, common)
    avoid: set[str] = set()
    for name, key in (("akurasi", "official_spellings"), ("nada", "informal")):
        data = cfg.file(name).get(key, {})
        if isinstance(data, dict):
            avoid |= {str(k).lower() for k in data if " " not in str(k)}
    return preferred, frozenset(avoid)
