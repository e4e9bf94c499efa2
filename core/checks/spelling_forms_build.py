"""Every word form the dictionary accepts, listed by spylls' own affix tables (the
builder of core/checks/spelling_forms.py's file; it needs the parsed dictionary).

Hunspell accepts a string when it splits into an optional prefix, a stem of the .dic,
and up to two suffixes whose flags and conditions fit (spylls' Lookup.affix_forms and
is_good_form). This applies those same rules forwards, from each stem, and writes every
result once with what the lookup needs about it:

- EXACT: a split onto a stem written exactly so;
- CONFIX: one such split is a prefix-suffix pair Indonesian allows
  (morphology.hunspell_form_ok, what Speller._confix_ok asks of spylls' analyses);
- IGNORECASE: a split onto spylls' lower-case index (an all-caps word looks there: a
  capitalised stem under its lower-case form, and, as spylls files them, an all-lower-case
  stem under each of its letters).

id_ID (31,000 stems) gives about 300,000 forms (4 MB of text) in about a second.
Dictionaries using what this does not repeat (compounds, FORBIDDENWORD, KEEPCASE,
COMPLEXPREFIXES, ICONV/IGNORE, Turkic or German casing, data tags) get no file: the
Speller then asks spylls, as before. benchmarks/spelling_forms_compare.py proves the
answers equal spylls' over a large word list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from core.checks import morphology
from core.checks.spelling_forms import CONFIX, EXACT, IGNORECASE, IGNORECASE_CONFIX

_BRACKETS = re.compile(r"\[[^\]]*\]")
_SPECIAL = re.compile(r"[][*+?{}()|$^\\]")
_UNSUPPORTED = ("FORBIDDENWORD", "KEEPCASE", "ONLYINCOMPOUND", "COMPOUNDFLAG",
                "COMPOUNDBEGIN", "COMPOUNDRULE", "FORCEUCASE", "ICONV", "IGNORE",
                "COMPLEXPREFIXES", "CHECKSHARPS")

# (inner suffix or None, outer suffix or None, good without a prefix, prefixes good with it)
_Plan = tuple[Any, Any, bool, tuple[Any, ...]]


def supported(dictionary: Any) -> bool:
    """Does the forms file answer exactly as spylls for this dictionary?"""
    from spylls.hunspell.algo.capitalization import Casing

    aff = dictionary.aff
    return (not any(getattr(aff, name, None) for name in _UNSUPPORTED)
            and type(aff.casing) is Casing
            and not any(w.data for w in dictionary.dic.words))


def breaks(dictionary: Any) -> list[str]:
    """The .aff's BREAK patterns as spylls compiles them."""
    return [b.regexp.pattern for b in dictionary.aff.BREAK]


def never() -> bool:
    """The default `stop`: build to the end."""
    return False


def records(dictionary: Any, stop: Callable[[], bool] = never) -> list[tuple[str, int]] | None:
    """(form, code) for every accepted form, sorted by UTF-8 bytes; None if unsupported,
    or when `stop()` turns true on the way (Warta quitting: it takes seconds)."""
    if not supported(dictionary):
        return None
    gen = _Generator(dictionary.aff)
    codes: dict[str, int] = defaultdict(int)
    words = dictionary.dic.words
    for stem, flagsets in _grouped((w.stem, frozenset(w.flags)) for w in words).items():
        if stop():
            return None
        for form, ok in gen.forms(stem, flagsets):
            codes[form] |= EXACT | (CONFIX if ok else 0)
    ignorecase = _grouped(_ignorecase_entries(dictionary.aff.casing, words))
    for key, flagsets in ignorecase.items():
        for form, ok in gen.forms(key, flagsets):
            codes[form] |= IGNORECASE | (IGNORECASE_CONFIX if ok else 0)
    return sorted(codes.items(), key=lambda item: item[0].encode("utf-8"))


def _grouped(entries: Iterable[tuple[str, frozenset[str]]]) -> dict[str, set[frozenset[str]]]:
    """Stem -> the flag sets of its entries (a form is good if one entry makes it so)."""
    found: dict[str, set[frozenset[str]]] = defaultdict(set)
    for stem, flags in entries:
        found[stem].add(flags)
    return found


def _ignorecase_entries(casing: Any, words: Iterable[Any]) -> Iterator[tuple[str, frozenset[str]]]:
    """(key, flags) of spylls' lowercase_index (readers/dic.py: `casing.lower(stem)` for a
    stem with capitals, the stem's letters one by one for an all-lower-case stem)."""
    for w in words:
        keys = casing.lower(w.stem) if casing.guess(w.stem).name != "NO" else w.stem
        for k in keys:
            yield k, frozenset(w.flags)


class _Generator:
    """Forms of a stem with given flag sets, by spylls' rules read forwards."""

    def __init__(self, aff: Any) -> None:
        self._need = aff.NEEDAFFIX
        self._circum = aff.CIRCUMFIX
        self._suffixes = [s for group in aff.SFX.values() for s in group]
        prefixes = [p for group in aff.PFX.values() for p in group]
        self._prefix_cont = frozenset().union(*(p.flags for p in prefixes))
        self._sfx_by_flag: dict[str, list[Any]] = defaultdict(list)
        for s in self._suffixes:
            self._sfx_by_flag[s.flag].append(s)
        # prefixes of one flag with the same continuation flags are equally good (only
        # their conditions differ): one stands for its group in _make_plans
        groups: dict[tuple[str, frozenset[str]], list[Any]] = defaultdict(list)
        for p in prefixes:
            groups[p.flag, frozenset(p.flags)].append(p)
        self._pfx_by_flag: dict[str, list[list[Any]]] = defaultdict(list)
        for (flag, _cont), group in groups.items():
            self._pfx_by_flag[flag].append(group)
        self._self_prefixes = [g for gs in self._pfx_by_flag.values() for g in gs
                               if g[0].flag in g[0].flags]
        self._confix_seen: dict[tuple[str, tuple[str, ...]], bool] = {}
        self._valid_seen: dict[tuple[int, int, int, bool, bool, bool], bool] = {}
        self._tuples: dict[tuple[int, ...], tuple[Any, ...]] = {}
        self._plans: dict[frozenset[str], dict[tuple[int, int], _Plan]] = {}
        self._suffixed = _Memo(_add_suffix, end=True)
        self._prefixed = _Memo(_add_prefix, end=False)

    def forms(self, stem: str,
              flagsets: Iterable[frozenset[str]]) -> Iterator[tuple[str, bool]]:
        """(form, whether this derivation passes morphology.hunspell_form_ok) for a stem
        whose entries have these flag sets."""
        for inner, outer, alone, prefixes in self._merged(flagsets):
            text: str | None = stem
            if inner is not None:
                text = self._suffixed.apply(inner, stem)
                if text is not None and outer is not None:
                    text = self._suffixed.apply(outer, text)
            if text is None:
                continue
            added = tuple(s.add for s in (inner, outer) if s is not None)
            if alone:
                yield text, self._confix_ok("", added)
            for prefix, form in self._prefixed.each(prefixes, text):
                yield form, self._confix_ok(prefix.flag, added)

    def _confix_ok(self, prefix_flag: str, added: tuple[str, ...]) -> bool:
        key = (prefix_flag, added)
        found = self._confix_seen.get(key)
        if found is None:
            found = self._confix_seen[key] = morphology.hunspell_form_ok(prefix_flag,
                                                                         list(added))
        return found

    def _merged(self, flagsets: Iterable[frozenset[str]]) -> list[_Plan]:
        """The derivations any of the flag sets allows, one plan per suffix pair."""
        plans = [self._plans_for(flags) for flags in flagsets]
        if len(plans) == 1:
            return list(plans[0].values())
        alone: dict[tuple[int, int], bool] = defaultdict(bool)
        prefixes: dict[tuple[int, int], dict[int, Any]] = defaultdict(dict)
        pair: dict[tuple[int, int], tuple[Any, Any]] = {}
        for plan in plans:
            for key, (inner, outer, good_alone, good) in plan.items():
                pair[key] = (inner, outer)
                alone[key] |= good_alone
                known = prefixes[key]
                for p in good:
                    known[id(p)] = p
        return [(*pair[key], alone[key], self._interned(tuple(prefixes[key].values())))
                for key in pair]

    def _interned(self, prefixes: tuple[Any, ...]) -> tuple[Any, ...]:
        """One tuple object per list of prefixes: _Memo keys its groups by the object."""
        return self._tuples.setdefault(tuple(map(id, prefixes)), prefixes)

    def _plans_for(self, flags: frozenset[str]) -> dict[tuple[int, int], _Plan]:
        found = self._plans.get(flags)
        if found is None:
            found = self._plans[flags] = self._make_plans(flags)
        return found

    def _make_plans(self, flags: frozenset[str]) -> dict[tuple[int, int], _Plan]:
        """Lookup.is_good_form's flag rules (conditions are the stem's business), as
        (inner suffix, outer suffix, good without a prefix, the prefixes good with it).
        Only affixes some flag licenses (the stem's, an affix's own, a continuation
        flag) can be good, so only those are tried."""
        inners = [s for s in self._suffixes
                  if s.flag in flags or s.flag in s.flags or s.flag in self._prefix_cont]
        pairs: list[tuple[Any, Any]] = [(None, None)]
        for inner in inners:
            pairs.append((inner, None))
            pairs.extend((inner, outer) for f in inner.flags for outer in self._sfx_by_flag[f])
        plans = {}
        for inner, outer in pairs:
            licensing = flags | inner.flags if inner is not None else flags
            candidates = [g for f in licensing for g in self._pfx_by_flag.get(f, ())]
            candidates += [g for g in self._self_prefixes if g[0].flag not in licensing]
            good = self._interned(tuple(p for g in candidates
                                        if self._good(flags, g[0], inner, outer) for p in g))
            alone = self._good(flags, None, inner, outer)
            if alone or good:
                plans[id(inner), id(outer)] = (inner, outer, alone, good)
        return plans

    def _good(self, flags: frozenset[str], prefix: Any, inner: Any, outer: Any) -> bool:
        """_valid, remembered: it only asks of `flags` whether they hold these three."""
        key = (id(prefix), id(inner), id(outer),
               prefix is not None and prefix.flag in flags,
               inner is not None and inner.flag in flags, self._need in flags)
        found = self._valid_seen.get(key)
        if found is None:
            found = self._valid_seen[key] = self._valid(flags, prefix, inner, outer)
        return found

    def _valid(self, flags: frozenset[str], prefix: Any, inner: Any, outer: Any) -> bool:
        affixes = [a for a in (prefix, inner, outer) if a is not None]
        if prefix is not None and inner is not None and not all(
                a.crossproduct for a in affixes):
            return False  # a suffix after a prefix needs cross products on both sides
        every = set(flags)
        for a in (prefix, inner):
            if a is not None:
                every |= a.flags
        if self._need and (self._need in flags if not affixes
                           else all(self._need in a.flags for a in affixes)):
            return False
        if prefix is not None and prefix.flag not in every:
            return False
        if inner is not None and inner.flag not in every:
            return False
        if self._circum:
            return (prefix is not None and self._circum in prefix.flags) == (
                inner is not None and self._circum in inner.flags)
        return True


class _Memo:
    """An affix's application remembered by the letters it looks at (its strip and
    condition at the word's start or end): ~40 times fewer regex searches."""

    def __init__(self, apply: Any, *, end: bool) -> None:
        self._apply = apply
        self._end = end
        self._seen: dict[tuple[int, str], bool] = {}
        self._reaches: dict[int, int | None] = {}
        self._groups: dict[tuple[int, str], tuple[Any, ...]] = {}

    def _reach(self, affixes: Iterable[Any]) -> int | None:
        """How many letters the affixes' strips and conditions can look at; None when a
        condition is more than letters, dots and bracket groups."""
        reach = 0
        for a in affixes:
            one = self._reaches.get(id(a), -1)
            if one == -1:
                plain = not _SPECIAL.search(_BRACKETS.sub("", a.condition))
                one = self._reaches[id(a)] = (max(len(a.strip), len(a.condition))
                                              if plain else None)
            if one is None:
                return None
            reach = max(reach, one)
        return reach

    def _key(self, reach: int, text: str) -> str:
        return text[-reach:] if self._end else text[:reach]

    def apply(self, affix: Any, text: str) -> str | None:
        reach = self._reaches.get(id(affix), -1)
        if reach == -1:
            reach = self._reach((affix,))
        if reach is None:
            return self._apply(affix, text)
        key = (id(affix), self._key(reach, text) if reach else "")
        ok = self._seen.get(key)
        if ok is None:
            made = self._apply(affix, text)
            self._seen[key] = made is not None
            return made
        return self._apply(affix, text) if ok else None

    def each(self, affixes: tuple[Any, ...], text: str) -> Iterator[tuple[Any, str]]:
        """(affix, form) for each of `affixes` that applies to `text`."""
        if not affixes:
            return
        reach = self._reaches.get(id(affixes), -1)
        if reach == -1:
            reach = self._reaches[id(affixes)] = self._reach(affixes)
        if reach is None:
            found = [(a, self._apply(a, text)) for a in affixes]
            yield from ((a, f) for a, f in found if f is not None)
            return
        key = (id(affixes), self._key(reach, text) if reach else "")
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = tuple(a for a in affixes
                                              if self._apply(a, text) is not None)
        for a in group:
            yield a, self._apply(a, text)


def _add_suffix(suffix: Any, stem: str) -> str | None:
    """desuffix read backwards: the stem ends with `strip` and meets the condition."""
    if not stem.endswith(suffix.strip) or not suffix.cond_regexp.search(stem):
        return None
    return stem[: len(stem) - len(suffix.strip)] + suffix.add


def _add_prefix(prefix: Any, stem: str) -> str | None:
    if not stem.startswith(prefix.strip) or not prefix.cond_regexp.search(stem):
        return None
    return prefix.add + stem[len(prefix.strip):]
