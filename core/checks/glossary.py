"""The city's case-sensitive glossary: names, titles, units, places and acronyms.

Shipped in resources/rules/glossary.json (overridable like every rules file) plus the
user's own terms in data_dir()/rules/glossary_user.json, which "Tambahkan ke glosarium"
writes. A glossary term is correct spelling (the spelling rule never flags its words) and
its exact capitalisation is the official one (the glossary rule flags "wali kota cimahi"
or "DISKOMINFO").

Term entry keys: "kind" (nama, jabatan, unit, wilayah, singkatan, istilah), "expansion"
(what an acronym stands for, offered when it is used before being spelled out), and
"generic": true for titles that are correctly lower case when used generically
("para camat"), whose lower-case use is only an info. A title may name its "holder"
(the official now in office: "Wali Kota Cimahi" -> "Ngatiyana"); the holder's name is then
a term of kind "nama" too, so a city Paket Aturan naming a new Wali Kota teaches the checks
the new name.
"""

from __future__ import annotations

import datetime as dt
import functools
import json

from core.checks import config
from core.checks.phrases import PhraseMatcher
from core.checks.text import WORD_RE, Doc, words_in
from core.record import Record, set_field

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import Any

MAX_TERM_LENGTH = 120


class Term(Record):
    _fields = ("term", "kind", "expansion", "generic", "user")
    term: str
    kind: str
    expansion: str
    generic: bool
    user: bool

    def __init__(self, term: str, kind: str = "", expansion: str = "", generic: bool = False,
                 user: bool = False) -> None:
        set_field(self, "term", term)
        set_field(self, "kind", kind)
        set_field(self, "expansion", expansion)
        set_field(self, "generic", generic)
        set_field(self, "user", user)

    @functools.cached_property
    def words(self) -> tuple[str, ...]:
        """The term's words (asked ~700 times while a glossary is built: kept)."""
        return tuple(words_in(self.term))

    @property
    def is_acronym(self) -> bool:
        return self.kind in ("singkatan", "akronim") or (
            len(self.words) == 1 and self.term.isupper() and len(self.term) >= 2
        )


class Occurrence(Record):
    _fields = ("start", "end", "text", "term")
    start: int
    end: int
    text: str
    term: Term

    def __init__(self, start: int, end: int, text: str, term: Term) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "text", text)
        set_field(self, "term", term)

    @property
    def exact(self) -> bool:
        return " ".join(self.text.split()) == self.term.term


class Glossary:
    """Terms plus the indexes the rules need; immutable once built."""

    def __init__(self, terms: list[Term]) -> None:
        by_key: dict[str, Term] = {}
        for t in terms:
            if t.term.strip():
                by_key[t.term] = t  # later (user) entries win
        self.terms: dict[str, Term] = by_key
        self.words: frozenset[str] = frozenset(w for t in by_key.values() for w in t.words)
        self.acronyms: dict[str, Term] = {k: t for k, t in by_key.items() if t.is_acronym}
        self._matcher: PhraseMatcher[Term] = PhraseMatcher(by_key)
        self._lower_single: dict[str, list[Term]] = {}
        for t in by_key.values():
            if len(t.words) == 1:
                self._lower_single.setdefault(t.term.lower(), []).append(t)

    def __contains__(self, term: object) -> bool:
        return term in self.terms

    def __len__(self) -> int:
        return len(self.terms)

    def knows_word(self, word: str) -> bool:
        """Is `word` (exact case) part of any glossary term?"""
        return word in self.words

    def single(self, word: str) -> list[Term]:
        """One-word terms equal to `word` ignoring case ("diskominfo" -> Diskominfo)."""
        return self._lower_single.get(word.lower(), [])

    def occurrences(self, doc: Doc) -> Iterator[Occurrence]:
        """Every place a term appears, matched ignoring case, longest term first."""
        for m in self._matcher.finditer(doc):
            yield Occurrence(m.start, m.end, m.text, m.value)


def _terms_from(data: Any, *, user: bool) -> list[Term]:
    out: list[Term] = []
    raw = data.get("terms", {}) if isinstance(data, dict) else {}
    if isinstance(raw, list):  # tolerate a plain list of strings
        raw = {str(t): {} for t in raw}
    if not isinstance(raw, dict):
        return out
    for term, info in raw.items():
        info = info if isinstance(info, dict) else {}
        holder = info.get("holder")
        if isinstance(holder, str) and holder.strip():
            out.append(Term(term=" ".join(holder.split()), kind="nama", user=user))
        out.append(Term(
            term=" ".join(str(term).split()),
            kind=str(info.get("kind", "")),
            expansion=str(info.get("expansion", "")),
            generic=bool(info.get("generic", False)),
            user=user,
        ))
    return out


def _build(cfg: config.Config) -> Glossary:
    return Glossary(
        _terms_from(cfg.file("glossary"), user=False) + _terms_from(cfg.user_glossary, user=True)
    )


def term_entries(cfg: config.Config | None = None) -> dict[str, dict[str, Any]]:
    """Every term in force as stored (shipped, city, overrides, the user's own), for the
    city's Paket Aturan: {term: {"kind", "expansion", "generic", "holder"}}."""
    cfg = cfg or config.current()
    out: dict[str, dict[str, Any]] = {}
    for data in (cfg.file("glossary"), cfg.user_glossary):
        raw = data.get("terms", {}) if isinstance(data, dict) else {}
        for term, info in (raw.items() if isinstance(raw, dict) else []):
            key = " ".join(str(term).split())
            if key:
                out[key] = dict(info) if isinstance(info, dict) else {}
    return out


def glossary(cfg: config.Config | None = None) -> Glossary:
    """The glossary in force (shipped + overrides + the user's own terms)."""
    cfg = cfg or config.current()
    return cfg.derived("glossary", _build)


def validate_term(term: str) -> str:
    """The term as stored (spaces folded); ValueError (Indonesian) when it cannot be one."""
    clean = " ".join(term.split())
    if not clean:
        raise ValueError("Istilah glosarium kosong. Tulis istilahnya, misalnya 'Kampung KB'.")
    if len(clean) > MAX_TERM_LENGTH:
        raise ValueError(
            f"Istilah glosarium terlalu panjang ({len(clean)} karakter, maks. {MAX_TERM_LENGTH})."
        )
    if not WORD_RE.search(clean):
        raise ValueError("Istilah glosarium harus berisi huruf atau angka.")
    return clean


def _read_user_file() -> dict[str, Any]:
    path = config.user_dir() / config.USER_GLOSSARY
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return {"terms": {}}
    except (OSError, ValueError):
        # keep the unreadable file instead of overwriting it: nothing the user typed is lost
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.rusak-{stamp}.json")
        try:
            path.replace(backup)
        except OSError as exc:
            from core import safe_write

            raise safe_write.WriteError(
                f"{path} rusak dan tidak dapat dipindahkan ({exc}). Perbaiki atau hapus berkas itu."
            ) from exc
        return {"terms": {}}
    if not isinstance(data, dict) or not isinstance(data.get("terms", {}), dict):
        return {"terms": {}}
    data.setdefault("terms", {})
    return data


def add_to_glossary(term: str, *, kind: str = "", expansion: str = "", holder: str = "") -> str:
    """Add a term to the user's glossary (atomic write); returns the stored term.

    Raises ValueError (Indonesian message) for an empty or oversized term and
    safe_write.WriteError when the file cannot be written.
    """
    clean = validate_term(term)
    path = config.user_dir() / config.USER_GLOSSARY
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _read_user_file()
    entry: dict[str, Any] = {}
    if kind:
        entry["kind"] = kind
    if expansion.strip():
        entry["expansion"] = " ".join(expansion.split())
    if holder.strip():
        entry["holder"] = validate_term(holder)
    data["terms"][clean] = entry
    _write_user_file(path, data)
    config.reload()
    return clean


def _write_user_file(path: Path, data: dict[str, Any]) -> None:
    """Atomic write; safe_write (tempfile, random: ~3 ms) is imported only to write, not by
    every check that imports the glossary."""
    from core import safe_write

    safe_write.write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def remove_from_glossary(term: str) -> bool:
    """Remove one of the user's own terms; False when it was not there."""
    clean = " ".join(term.split())
    path = config.user_dir() / config.USER_GLOSSARY
    if not path.exists():
        return False
    data = _read_user_file()
    if clean not in data["terms"]:
        return False
    del data["terms"][clean]
    _write_user_file(path, data)
    config.reload()
    return True
