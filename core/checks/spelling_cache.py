"""The parsed Hunspell dictionary kept in the cache folder, so a start does not parse the .dic.

spylls reads id_ID.dic in pure Python (about half a second, the largest part of opening
the Konten page and of `warta check`). The first load parses it as before and writes
<data folder>/cache/spelling/<name>.marshal: each stem's flags plus the sets Speller derives
(stems, names). Later loads read that file (tens of milliseconds) and make spylls' `Word`
entries only for the stems a lookup asks for (`_LazyDic`); the .aff is still read by
spylls (small), and Hunspell's suggester, which needs every word, is built on first use.

The file is keyed by a hash (BLAKE2b) of the .aff and .dic bytes, the cache format, the Python
version (marshal) and a fingerprint of the spylls code that reads and indexes entries,
so a changed dictionary or spylls rebuilds it. A missing, truncated, corrupt or stale
file is rebuilt silently; a cache that cannot be written only costs the next start its
parse. A dictionary with data tags (ph:, po:) is not cached: spylls' reader changes the
.aff's tables for them, which the cache does not repeat.

`save_forms` also writes <name>.forms (every accepted form: core/checks/spelling_forms.py)
and <name>.sets.marshal (stems, names, prefix letters as text), keyed like the cache plus
the morphology rules; `load_fast` reads only those two, so a check with a warm cache
never imports spylls (the key fingerprints spylls by its source files, not its code).
Making the forms takes seconds, so Speller.load never does it: Speller.save_forms runs
once an answer is out (the GUI's warm-up, `warta check` after its output).
"""

from __future__ import annotations

import functools
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Set
from pathlib import Path

from core import disk_cache
from core.checks import spelling_forms
from core.checks.spelling_forms import Forms
from core.record import Record, set_field

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

log = disk_cache.LazyLogger(__name__)

FORMAT = 4  # 2: the stems also as one text; 3: prefix letters read from the flags;
# 4: spylls fingerprinted by its sources, without importing it
_HOMONYMS = "\x01"  # separates a stem's entries in the flags table
_FLAGS = "\x00"  # separates one entry's flags
_ORDER = "\n"  # separates the stems of the file order (a stem never holds a line break)


class Loaded(Record):
    """What Speller keeps: spylls' Dictionary and the sets derived from its entries."""

    dictionary: Any
    stems: Set[str]  # lower-case stems usable on their own (sorted lines from the files)
    prefix_flags: Mapping[str, frozenset[str]]  # lower-case stem -> first letters of flags
    proper: frozenset[str]  # stems written with a capital
    from_cache: bool
    stem_lines: str  # `stems` as one text, a stem a line (the suggestion search)
    _fields = ("dictionary", "stems", "prefix_flags", "proper", "from_cache", "stem_lines")

    def __init__(self, dictionary: Any, stems: Set[str],
                 prefix_flags: Mapping[str, frozenset[str]], proper: frozenset[str],
                 from_cache: bool, stem_lines: str = "") -> None:
        set_field(self, "dictionary", dictionary)
        set_field(self, "stems", stems)
        set_field(self, "prefix_flags", prefix_flags)
        set_field(self, "proper", proper)
        set_field(self, "from_cache", from_cache)
        set_field(self, "stem_lines", stem_lines)


def cache_file(base: Path) -> Path:
    return disk_cache.cache_path("spelling", f"{base.name}.marshal")


def load(base: Path, cache: Path | None = None) -> Loaded:
    """The dictionary at `base` (.aff/.dic), from the cache when it matches, else parsed
    (and the cache written). Raises what spylls raises on unusable dictionary files."""
    if cache is None:
        try:
            cache = cache_file(base)
        except OSError:  # no usable data folder: check without the cache
            log.debug("no data folder for the spelling cache", exc_info=True)
    aff_path, dic_path = base.with_name(base.name + ".aff"), base.with_name(base.name + ".dic")
    key = cache_key(aff_path.read_bytes(), dic_path.read_bytes())
    payload = None if cache is None else _read(cache, key)
    if payload is not None:
        try:
            return _from_payload(aff_path, payload)
        except Exception:  # a well-formed file with wrong contents: parse again
            log.debug("spelling cache %s unusable; rebuilding", cache, exc_info=True)
    from spylls.hunspell import Dictionary

    loaded = derive(Dictionary.from_files(str(base)))
    payload = _payload(loaded) if cache is not None else None
    if cache is not None and payload is not None:
        _write(cache, key, payload)
    return loaded


def forms_file(base: Path) -> Path:
    return disk_cache.cache_path("spelling", f"{base.name}.forms")


def sets_file(base: Path) -> Path:
    return disk_cache.cache_path("spelling", f"{base.name}.sets.marshal")


def load_fast(base: Path) -> tuple[Loaded, Forms] | None:
    """Speller's sets and the accepted forms, from the files `save_forms` writes alone
    (no spylls, and no 31,000-entry flags table: a few milliseconds); None when one is
    missing, stale or damaged (then `load` and `save_forms`)."""
    try:
        aff_path = base.with_name(base.name + ".aff")
        key = forms_key(cache_key(aff_path.read_bytes(),
                                  base.with_name(base.name + ".dic").read_bytes()))
        forms = Forms.read(forms_file(base), key)
        found = None if forms is None else disk_cache.read_marshal(sets_file(base), key)
    except OSError:
        return None
    if forms is None or found is None or not isinstance(found[0], dict):
        return None
    lines, proper, prefixes = (found[0].get(k) for k in ("stem_lines", "proper", "prefixes"))
    if not (isinstance(lines, str) and isinstance(proper, str) and isinstance(prefixes, str)):
        return None
    stems = found[0].get("sorted_stems")
    if not isinstance(stems, str):  # a sets file from before the sorted stems: add them
        stems = spelling_forms.SortedLines.of(lines.split(_ORDER)).text
        disk_cache.write_marshal(sets_file(base), key, {**found[0], "sorted_stems": stems})
    names = frozenset(proper.split(_ORDER)) - {""}
    return Loaded(None, spelling_forms.SortedLines(stems), spelling_forms.PrefixLetters(prefixes),
                  names, True, lines), forms


def forms_key(key: str) -> str:
    """The forms file's key: the cache's, and the morphology rules judging confixes."""
    from core.checks import morphology

    digest = disk_cache.new_digest(key.encode())
    for func in (morphology.hunspell_form_ok, morphology.suffix_kind):
        disk_cache.add_code(digest, func.__code__)
    tables = (sorted((k, sorted(v)) for k, v in morphology.CONFIXES.items()),
              sorted(morphology._FLAG_PREFIX.items()))
    digest.update(repr(tables).encode())
    return digest.hexdigest()


def save_forms(base: Path, loaded: Loaded,
               stop: Callable[[], bool] | None = None) -> Forms | None:
    """Make the forms file from a loaded dictionary (a few seconds, once per
    dictionary) and write it beside the cache; None when the dictionary is one the forms
    cannot answer for (spelling_forms_build.supported). A file that cannot be written
    only costs the next start this again; `stop()` true on the way: nothing written."""
    from core.checks import spelling_forms_build

    records = spelling_forms_build.records(loaded.dictionary,
                                           stop or spelling_forms_build.never)
    if records is None:
        return None
    aff_path = base.with_name(base.name + ".aff")
    key = forms_key(cache_key(aff_path.read_bytes(),
                              base.with_name(base.name + ".dic").read_bytes()))
    data = spelling_forms.encode(key, spelling_forms_build.breaks(loaded.dictionary), records)
    sets = {"stem_lines": loaded.stem_lines or _ORDER.join(loaded.stems),
            "proper": _ORDER.join(sorted(loaded.proper)),
            "prefixes": spelling_forms.PrefixLetters.text(loaded.prefix_flags),
            "sorted_stems": spelling_forms.SortedLines.of(loaded.stems).text}
    try:
        path = forms_file(base)
        path.parent.mkdir(parents=True, exist_ok=True)
        from core import safe_write

        safe_write.write_bytes(path, data)
        disk_cache.write_marshal(sets_file(base), key, sets)
    except Exception:  # noqa: BLE001 - a cache must never break what it speeds up
        log.debug("spelling forms for %s not written", base, exc_info=True)
    return Forms.parse(data, key)


def cache_key(aff: bytes, dic: bytes) -> str:
    digest = disk_cache.new_digest()
    for part in (aff, dic, f"{FORMAT}|{sys.version_info[:2]}|{_spylls_fingerprint()}".encode()):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


# The spylls modules whose code the cache and the forms file stand in for.
_SPYLLS_SOURCES = ("__init__.py", "hunspell/__init__.py", "hunspell/dictionary.py",
                   "hunspell/readers/__init__.py", "hunspell/readers/aff.py",
                   "hunspell/readers/dic.py", "hunspell/readers/file_reader.py",
                   "hunspell/data/aff.py", "hunspell/data/dic.py", "hunspell/algo/lookup.py",
                   "hunspell/algo/capitalization.py", "hunspell/algo/trie.py")


@functools.cache
def _spylls_fingerprint() -> str:
    """A digest of spylls' source files (its version string is stale in 0.1.7), found
    without importing spylls: `warta check` answers from the cache and the forms file
    alone. Where the sources are not files (a frozen build), the code of the functions
    the cache stands in for, which needs the import."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("spylls")
        root = Path(spec.submodule_search_locations[0])  # type: ignore[union-attr,index]
        digest = disk_cache.new_digest()
        for name in _SPYLLS_SOURCES:
            data = (root / name).read_bytes()
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)
        return "src:" + digest.hexdigest()
    except (OSError, AttributeError, TypeError, ValueError, IndexError, ImportError):
        return _frozen_fingerprint() or _spylls_code_fingerprint()


def _frozen_fingerprint() -> str | None:
    """In the frozen Warta.exe spylls' modules are bytecode inside the executable, which
    only a new build changes: its size and time stand for spylls' code there (so the
    Windows build, too, checks without importing spylls)."""
    if not getattr(sys, "frozen", False):
        return None
    try:
        stat = Path(sys.executable).stat()
    except OSError:
        return None
    return f"frozen:{stat.st_size}:{stat.st_mtime_ns}"


def _spylls_code_fingerprint() -> str:
    """spylls' version string plus the code the cache stands in for."""
    import spylls
    from spylls.hunspell.data import dic
    from spylls.hunspell.readers import dic as dic_reader

    parts = [spylls.__version__, ",".join(dic.Word.__dataclass_fields__)]
    for func in (dic_reader.read_dic, dic.Dic.append, dic.Dic.homonyms):
        digest = disk_cache.new_digest()
        disk_cache.add_code(digest, func.__code__)  # nested code by its code, not its repr
        parts.append(digest.hexdigest())
    return "|".join(parts)


def derive(dictionary: Any, from_cache: bool = False) -> Loaded:
    """Speller's sets from a parsed dictionary's entries."""
    words = dictionary.dic.words
    need_affix = dictionary.aff.NEEDAFFIX
    stems = frozenset(w.stem for w in words
                      if w.stem.islower() and not (need_affix and need_affix in w.flags))
    families: dict[str, set[str]] = {}
    for w in words:
        if w.stem.islower():
            families.setdefault(w.stem, set()).update(f[0] for f in w.flags if f[:1].isupper())
    prefix_flags = {k: frozenset(v) for k, v in families.items()}
    proper = frozenset(w.stem for w in words if w.stem[:1].isupper())
    return Loaded(dictionary, stems, prefix_flags, proper, from_cache, _ORDER.join(stems))


# --------------------------------------------------------------------------- the file

def _payload(loaded: Loaded) -> dict[str, Any] | None:
    """The plain data the cache holds; None when the dictionary cannot be cached."""
    dictionary = loaded.dictionary
    words = dictionary.dic.words
    if any(w.data for w in words):
        return None
    casing = dictionary.aff.casing
    flags: dict[str, list[str]] = {}
    cased: dict[str, list[str]] = {}
    for w in words:
        flags.setdefault(w.stem, []).append(_FLAGS.join(sorted(w.flags)))
        if casing.guess(w.stem).name != "NO":
            for key in _lower_keys(casing, w.stem):
                cased.setdefault(key, []).append(w.stem)
    return {
        "flags": {k: _HOMONYMS.join(v) for k, v in flags.items()},
        "order": _ORDER.join(w.stem for w in words),
        "cased": {k: _ORDER.join(v) for k, v in cased.items()},
        "stems": loaded.stems,
        "stem_lines": loaded.stem_lines or _ORDER.join(loaded.stems),
        "proper": loaded.proper,
    }


def _read(cache: Path, key: str) -> dict[str, Any] | None:
    """The cached payload when the file is whole and made for `key`; else None."""
    found = disk_cache.read_marshal(cache, key)
    return found[0] if found is not None and isinstance(found[0], dict) else None


def _write(cache: Path, key: str, payload: dict[str, Any]) -> None:
    """Best effort: a read-only or full data folder only costs the next start its parse."""
    if not disk_cache.write_marshal(cache, key, payload):
        log.debug("spelling cache %s not written", cache)


def _from_payload(aff_path: Path, payload: dict[str, Any]) -> Loaded:
    from spylls.hunspell import readers
    from spylls.hunspell.readers.file_reader import FileReader

    aff, _context = readers.read_aff(FileReader(str(aff_path)))
    sets = _sets(payload)
    dic = _LazyDic(aff.casing, payload["flags"], payload["order"], payload["cased"])
    return Loaded(_cached_dictionary(aff, dic), *sets)


def _sets(payload: dict[str, Any]) -> tuple[frozenset[str], Mapping[str, frozenset[str]],
                                             frozenset[str], bool, str]:
    """(stems, prefix_flags, proper, from_cache, stem_lines) of a payload; ValueError when
    it is not what `_payload` writes."""
    flags, order, cased = payload["flags"], payload["order"], payload["cased"]
    stems, proper, lines = payload["stems"], payload["proper"], payload["stem_lines"]
    if not (isinstance(flags, dict) and isinstance(order, str) and isinstance(cased, dict)
            and isinstance(stems, frozenset) and isinstance(proper, frozenset)
            and isinstance(lines, str)):
        raise ValueError("unexpected spelling cache contents")
    return stems, _PrefixFlags(flags), proper, True, lines


def _lower_keys(casing: Any, stem: str) -> Any:
    """spylls' read_dic: the keys of the lower-case index an entry is filed under (for an
    all-lower-case stem that is the string itself, so each of its letters)."""
    return casing.lower(stem) if casing.guess(stem).name != "NO" else stem


# --------------------------------------------------------------------------- spylls parts

class _PrefixFlags(Mapping[str, frozenset[str]]):
    """Lower-case stem -> prefix letters (the first letters of its capital flags, over all
    its entries, as `derive` makes them), read from the flags table as they are asked for
    (a table of their own took ~1 ms more of every load)."""

    def __init__(self, flags: dict[str, str]) -> None:
        self._keys = flags  # every lower-case stem is a key, with no letters or some
        self._made: dict[str, frozenset[str]] = {}

    def __getitem__(self, stem: str) -> frozenset[str]:
        hit = self._made.get(stem)
        if hit is None:
            if not stem.islower() or stem not in self._keys:
                raise KeyError(stem)
            hit = self._made[stem] = frozenset(
                flag[0] for entry in self._keys[stem].split(_HOMONYMS)
                for flag in entry.split(_FLAGS) if flag[:1].isupper())
        return hit

    def __iter__(self) -> Iterator[str]:
        return (k for k in self._keys if k.islower())

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _cached_dictionary(aff: Any, dic: Any) -> Any:
    """A spylls Dictionary over the lazy entries; its suggester is made on first use
    (it lists every word)."""
    from spylls.hunspell import Dictionary
    from spylls.hunspell.algo import lookup, suggest

    class CachedDictionary(Dictionary):
        def __init__(self) -> None:  # noqa: D107 - Dictionary.__init__ builds the suggester
            self.aff = aff
            self.dic = dic
            self.lookuper = lookup.Lookup(aff, dic)

        @functools.cached_property
        def suggester(self) -> Any:
            return suggest.Suggest(self.aff, self.dic, self.lookuper)

    return CachedDictionary()


class _LazyDic:
    """spylls' Dic over the cached flags table: a stem's `Word`s are made when a lookup
    asks for them, in the order the .dic lists them; `words` makes them all."""

    def __init__(self, casing: Any, flags: dict[str, str], order: str,
                 cased: dict[str, str]) -> None:
        from spylls.hunspell.data import dic

        self._casing = casing
        self._flags = flags
        self._order = order
        self._cased = cased
        self._made: dict[str, list[Any]] = {}
        self._lower: dict[str, list[Any]] = {}
        self._word_class = dic.Word
        self._has_flag = dic.Dic.has_flag

    def _homonyms(self, stem: str) -> list[Any]:
        made = self._made.get(stem)
        if made is None:
            raw = self._flags.get(stem)
            made = [] if raw is None else [self._word(stem, f) for f in raw.split(_HOMONYMS)]
            self._made[stem] = made
        return made

    def _word(self, stem: str, flags: str) -> Any:
        """As spylls' read_dic makes it (no data tags: they are never cached)."""
        return self._word_class(stem=stem, flags=set(flags.split(_FLAGS)) if flags else set(),
                                data={}, captype=self._casing.guess(stem), alt_spellings=[])

    def homonyms(self, stem: str, *, ignorecase: bool = False) -> list[Any]:
        if not ignorecase:
            return self._homonyms(stem)
        hit = self._lower.get(stem)
        if hit is None:
            hit = self._lower[stem] = self._lower_homonyms(stem)
        return hit

    def _lower_homonyms(self, key: str) -> list[Any]:
        """spylls' lowercase_index[key]: a cased stem under its lower-case form, and an
        all-lower-case stem under each of its letters (once per occurrence)."""
        if len(key) != 1:
            listed = self._cased.get(key)
            return self._in_order(listed.split(_ORDER)) if listed else []
        found: list[Any] = []
        for stem, word in self._each_word(self._order.split(_ORDER)):
            found.extend([word] * list(_lower_keys(self._casing, stem)).count(key))
        return found

    def _in_order(self, stems: list[str]) -> list[Any]:
        return [word for _stem, word in self._each_word(stems)]

    def _each_word(self, stems: list[str]) -> Iterator[tuple[str, Any]]:
        """(stem, Word) along a list of stems in file order, a repeated stem giving its
        next homonym."""
        seen: defaultdict[str, int] = defaultdict(int)
        for stem in stems:
            homonyms = self._homonyms(stem)
            yield stem, homonyms[seen[stem]]
            seen[stem] += 1

    def has_flag(self, stem: str, flag: str, *, for_all: bool = False) -> bool:
        return self._has_flag(self, stem, flag, for_all=for_all)

    @functools.cached_property
    def words(self) -> list[Any]:
        return self._in_order(self._order.split(_ORDER))

    def __repr__(self) -> str:
        return f"Dictionary(... {len(self._order.split(_ORDER))} words, cached ...)"
