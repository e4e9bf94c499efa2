"""Is a word one the dictionary accepts? Answered from a sorted list of every accepted
form, without spylls (whose import and .aff parse took ~40 ms of every `warta check`).

The list is made by core/checks/spelling_forms_build.py from the parsed dictionary when the
spelling cache is written (core/checks/spelling_cache.py) and kept beside it,
<data folder>/cache/spelling/<name>.forms: a line with the cache key, a line with the
.aff's BREAK patterns, then one line per form, "form<TAB>code", sorted by bytes, found by
bisection in the file mapped into memory at load (~5 MB, no parse; reading it whole
took ~4 ms of every check, mapped only the pages a bisection touches are read). `known`
repeats the steps of spylls' Lookup.__call__ and good_forms around it (numbers, breaking
at hyphens, the casing variants "KOTA" -> "kota", "Kota") and Speller._confix_ok's
question, so the answers are spylls' own: benchmarks/spelling_forms_compare.py compares
them over a large word list, tests/core/test_spelling_forms.py over a sample.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Iterable, Iterator, Mapping, Set
from pathlib import Path

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

EXACT, CONFIX, IGNORECASE, IGNORECASE_CONFIX = 1, 2, 4, 8  # bits of a form's code
MAGIC = b"warta-forms "
_NUMBER = re.compile(r"^\d+(\.\d+)?$")  # spylls' NUMBER_REGEXP
_NO, _INIT, _ALL, _HUHINIT, _HUH = range(5)  # spylls' capitalization.Type


class Forms:
    """The accepted forms of one dictionary."""

    def __init__(self, data: bytes | mmap.mmap, start: int,
                 breaks: list[re.Pattern[str]]) -> None:
        self._data = data
        self._start = start  # offset of the first form's line
        self._breaks = breaks

    @classmethod
    def read(cls, path: Path, key: str) -> Forms | None:
        """The file's forms when it is whole and made for `key`; else None. The file is
        mapped read-only (the mapping outlives the closed file; a new forms file replaces
        it by a rename, never by writing into it), or read where it cannot be mapped."""
        try:
            with path.open("rb") as file:
                try:
                    data: bytes | mmap.mmap = mmap.mmap(file.fileno(), 0,
                                                        access=mmap.ACCESS_READ)
                except (OSError, ValueError):  # an empty file, or no mapping here
                    data = file.read()
        except OSError:
            return None
        return cls.parse(data, key)

    @classmethod
    def parse(cls, data: bytes | mmap.mmap, key: str) -> Forms | None:
        head_end = data.find(b"\n")
        breaks_end = data.find(b"\n", head_end + 1)
        if (breaks_end < 0 or data[:head_end] != MAGIC + key.encode("ascii")
                or data[-3:] != b"\n.\n"):
            return None  # another dictionary's, or cut short (the last line is ".")
        try:
            breaks = data[head_end + 1:breaks_end].decode("utf-8")
            patterns = [re.compile(p) for p in breaks.split("\t") if p]
        except (UnicodeDecodeError, re.error):
            return None
        return cls(data, breaks_end + 1, patterns)

    def code(self, form: str) -> int:
        """The form's bits (0: not a form the dictionary makes)."""
        try:
            key = form.encode("utf-8") + b"\t"
        except UnicodeEncodeError:  # a lone surrogate: no dictionary form has one
            return 0
        line = find_line(self._data, key, self._start, len(self._data) - 2)  # not "."
        return 0 if line is None else line[len(key)] - 48

    def known(self, word: str) -> bool:
        """spylls' `lookup(word)` and Speller._confix_ok(word)."""
        return self.lookup(word) and self.confix_ok(word)

    def lookup(self, word: str) -> bool:
        """spylls' Lookup.__call__ (the dictionaries this serves have no FORBIDDENWORD,
        ICONV, IGNORE or compounds: spelling_forms_build.supported)."""
        if _NUMBER.fullmatch(word):
            return True
        return any(all(self._correct(part) for part in parts if part)
                   for parts in self._break_word(word))

    def confix_ok(self, word: str) -> bool:
        """Speller._confix_ok: some analysis of the lower-cased word is an allowed
        prefix-suffix pair, or it has none."""
        captype, variants = _variants(word.lower())
        found = False
        for variant in variants:
            code = self.code(variant)
            if captype == _ALL and _guess(variant) == _NO and code & IGNORECASE:
                if code & IGNORECASE_CONFIX:
                    return True
                found = True
            if code & EXACT:
                if code & CONFIX:
                    return True
                found = True
        return not found

    def _correct(self, word: str) -> bool:
        """Does any of spylls' good_forms(word) exist?"""
        captype, variants = _variants(word)
        for variant in variants:
            code = self.code(variant)
            if code & EXACT:
                return True
            if captype == _ALL and code & IGNORECASE and _guess(variant) == _NO:
                return True
        return False

    def _break_word(self, text: str, depth: int = 0):  # noqa: ANN202 - spylls' generator
        """spylls' Lookup.break_word: every way of splitting at the BREAK patterns."""
        if depth > 10:
            return
        yield [text]
        for pattern in self._breaks:
            for m in pattern.finditer(text):
                start, rest = text[:m.start(1)], text[m.end(1):]
                for breaking in self._break_word(rest, depth + 1):
                    yield [start, *breaking]


def find_line(data: Any, key: Any, lo: int, hi: int) -> Any:
    """The line of `data` (bytes or str, sorted lines from offset `lo` to `hi`) that
    starts with `key`, or None: a bisection over the text itself, no index."""
    newline = "\n" if isinstance(data, str) else b"\n"  # bytes or a mapped file
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(newline, lo - 1 if lo else 0, mid) + 1 if mid else 0
        if start < lo:
            start = lo
        end = data.find(newline, start)
        if end < 0:
            end = len(data)
        line = data[start:end]
        if line.startswith(key):
            return line
        if line < key:
            lo = end + 1
        else:
            hi = start
    return None


def first_line_at_or_after(text: str, key: str, lo: int = 0) -> int:
    """Offset of the first of `text`'s sorted lines (from `lo`) not below `key`."""
    hi = len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", lo, mid) + 1 if mid > lo else lo
        start = max(start, lo)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        if text[start:end - 1] < key:
            lo = end
        else:
            hi = start
    return lo


def letter_run(text: str, letter: str) -> str:
    """The run of `text`'s sorted lines that start with the one character `letter` (all
    of them for "")."""
    start = first_line_at_or_after(text, letter)
    end = first_line_at_or_after(text, chr(ord(letter) + 1), start) if letter else len(text)
    return text[start:end]


class SortedLines(Set[str]):
    """A set of words kept as one text of sorted lines (each ending with a line break):
    `word in words` by bisection, or by the set of the words starting with its letter
    once `starting(letter)` made it. A check asks a few hundred words, so building the
    set of all of them (~7 ms for the dictionary's 30,000 stems) was the larger cost.
    Iterating, `len` and set operations (a frozenset out) read every line."""

    def __init__(self, lines: str) -> None:
        self._lines = lines
        self._by_letter: dict[str, frozenset[str]] = {}

    @classmethod
    def of(cls, words: Iterable[str]) -> SortedLines:
        return cls("".join(f"{w}\n" for w in sorted(set(words)) if w and "\n" not in w))

    @classmethod
    def _from_iterable(cls, it: Iterable[str]) -> frozenset[str]:
        return frozenset(it)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        known = self._by_letter.get(word[0])
        if known is not None:
            return word in known
        at = first_line_at_or_after(self._lines, word)
        return self._lines.startswith(word + "\n", at)

    def starting(self, letter: str) -> frozenset[str]:
        """The words starting with the one character `letter` (kept)."""
        found = self._by_letter.get(letter)
        if found is None:
            found = frozenset(letter_run(self._lines, letter).splitlines())
            self._by_letter[letter] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines.splitlines())

    def __len__(self) -> int:
        return self._lines.count("\n")

    def __hash__(self) -> int:
        return hash(self._lines)

    @property
    def text(self) -> str:
        return self._lines


class PrefixLetters(Mapping[str, frozenset[str]]):
    """Lower-case stem -> the first letters of its prefix flags (Speller.prefix_flags),
    looked up in a sorted text of "stem<TAB>letters" lines instead of a 29,000-entry
    dict made at every start."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __getitem__(self, stem: str) -> frozenset[str]:
        line = find_line(self._text, stem + "\t", 0, len(self._text))
        if line is None:
            raise KeyError(stem)
        return frozenset(line[len(stem) + 1:])

    def __iter__(self) -> Iterator[str]:
        return (line.partition("\t")[0] for line in self._text.split("\n") if line)

    def __len__(self) -> int:
        return self._text.count("\n") + bool(self._text and not self._text.endswith("\n"))

    @staticmethod
    def text(prefix_flags: Mapping[str, frozenset[str]]) -> str:
        """The lines for a mapping (sorted by code point, as the bisection compares)."""
        return "\n".join(f"{stem}\t{''.join(sorted(prefix_flags[stem]))}"
                         for stem in sorted(prefix_flags))


def encode(key: str, breaks: list[str], records: list[tuple[str, int]]) -> bytes:
    """The file's bytes (records sorted by their UTF-8 bytes)."""
    lines = [MAGIC + key.encode("ascii"), "\t".join(breaks).encode("utf-8")]
    lines += [f"{form}\t{chr(48 + code)}".encode() for form, code in records]
    return b"\n".join([*lines, b".", b""])


# spylls' algo/capitalization.Casing (plain, not Turkic or German: the builder refuses those)

def _guess(word: str) -> int:
    if word.islower():
        return _NO
    if word.isupper():
        return _ALL
    if word[:1].isupper():
        return _INIT if word[1:].islower() else _HUHINIT
    return _HUH


def _lower(word: str) -> list[str]:
    if not word or word[0] == "İ":
        return []
    return [word.lower().replace("i̇", "i")]


def _capitalize(word: str) -> list[str]:
    if len(word) == 1:
        return list(word[0].upper())
    return [word[0].upper() + lower for lower in _lower(word[1:])]


def _variants(word: str) -> tuple[int, list[str]]:
    captype = _guess(word)
    if captype == _INIT:
        return captype, [word, *_lower(word)]
    if captype == _HUHINIT:
        return captype, [word, *(letter + word[1:] for letter in _lower(word[0]))]
    if captype == _ALL:
        return captype, [word, *_lower(word), *_capitalize(word)]
    return captype, [word]
