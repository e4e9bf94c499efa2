"""Find word lists and multi-word phrases in a Doc, ignoring case, in one pass over its tokens.

Used for every lexicon (informal words, clickbait, hoax bait, official spellings, the
glossary...). Matching on tokens rather than one huge regex keeps a 100k-character paste
linear and makes "word boundary" mean the same thing everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from core.checks.text import Doc, Token, words_in
from core.record import Record, set_field

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import TypeVar

    from core.checks.config import Config

    V = TypeVar("V")  # the value type of a matcher's entries (annotations only)


def norm(word: str) -> str:
    """Lower case with the typographic apostrophe folded ("Jum’at" == "jum'at")."""
    return word.lower().replace("’", "'")


class Match(Record):
    _fields = ("start", "end", "text", "key", "value", "first", "last")
    __slots__ = _fields
    start: int
    end: int
    text: str
    key: str  # the list entry as written in the data
    value: V
    first: Token
    last: Token

    def __init__(self, start: int, end: int, text: str, key: str, value: V, first: Token,
                 last: Token) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "text", text)
        set_field(self, "key", key)
        set_field(self, "value", value)
        set_field(self, "first", first)
        set_field(self, "last", last)

    def __class_getitem__(cls, _item: object) -> type[Match]:
        return cls  # Match[str] in an annotation (typing's Generic is not imported)


class PhraseMatcher:
    """Entries (phrase -> value) matched on whole tokens, case-insensitively, longest first."""

    def __init__(self, entries: Mapping[str, V]) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str, V]]] = {}
        for phrase, value in entries.items():
            words = tuple(norm(w) for w in words_in(str(phrase)))
            if words:
                index.setdefault(words[0], []).append((words, str(phrase), value))
        for items in index.values():
            items.sort(key=lambda e: -len(e[0]))
        self._index = index

    def __class_getitem__(cls, _item: object) -> type[PhraseMatcher]:
        return cls  # PhraseMatcher[str] in an annotation (typing's Generic is not imported)

    def __bool__(self) -> bool:
        return bool(self._index)

    def finditer(self, doc: Doc, *, skip_protected: bool = True) -> Iterator[Match[V]]:
        tokens = doc.tokens
        text = doc.text
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            items = None if (skip_protected and tok.protected) else self._index.get(tok.lower)
            step = 1
            if items:
                for words, key, value in items:
                    k = len(words)
                    if i + k > n:
                        continue
                    if all(
                        tokens[i + j].lower == words[j]
                        and _plain_gap(text, tokens[i + j - 1].end, tokens[i + j].start)
                        for j in range(1, k)
                    ):
                        last = tokens[i + k - 1]
                        yield Match(tok.start, last.end, text[tok.start:last.end], key, value,
                                    tok, last)
                        step = k
                        break
            i += step


def _plain_gap(text: str, a: int, b: int) -> bool:
    """Words of a phrase are separated by spaces only (no punctuation, no line break)."""
    gap = text[a:b]
    return bool(gap) and gap.isspace() and "\n" not in gap


def lexicon(file: str, key: str) -> Callable[[Config], PhraseMatcher[str]]:
    """A builder for `RuleContext.derived`: the word list or {phrase: suggestion} mapping
    at `key` of rules file `file` as a matcher (values "" when the data is a plain list)."""
    def build(cfg: Config) -> PhraseMatcher[str]:
        raw = cfg.file(file).get(key, {})
        if isinstance(raw, list):
            raw = {str(k): "" for k in raw}
        if not isinstance(raw, dict):
            return PhraseMatcher({})
        return PhraseMatcher({str(k): str(v or "") for k, v in raw.items()})
    return build
