"""What accepting a Paket Aturan changes, per list: entries added, changed and removed.

Each list is compared as two maps, before and after, of key -> readable value, so every
entry reads as one line ("Wali Kota Cimahi: Ngatiyana → Budi Santoso"). The after-maps
follow the rule that keeps the PIC's own work: an entry leaves only when it came from a
previous city packet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ARROW = "→"


@dataclass(frozen=True)
class Change:
    """One entry: before None = added, after None = removed, both = changed."""

    key: str
    before: str | None
    after: str | None

    @property
    def text(self) -> str:
        if self.before is not None and self.after is not None:
            return f"{self.key}: {self.before or '-'} {ARROW} {self.after or '-'}"
        value = self.after if self.after is not None else self.before
        return f"{self.key}: {value}" if value else self.key


@dataclass(frozen=True)
class ListDiff:
    """One list's changes (glosarium, kumpulan tagar, direktori akun, kit merek, aturan)."""

    key: str
    title: str
    added: tuple[Change, ...] = ()
    changed: tuple[Change, ...] = ()
    removed: tuple[Change, ...] = ()

    @property
    def count(self) -> int:
        return len(self.added) + len(self.changed) + len(self.removed)

    @property
    def summary(self) -> str:
        return (f"{len(self.added)} ditambah, {len(self.changed)} diubah, "
                f"{len(self.removed)} dihapus")


@dataclass(frozen=True)
class RulesDiff:
    lists: tuple[ListDiff, ...]

    @property
    def empty(self) -> bool:
        return all(d.count == 0 for d in self.lists)

    def get(self, key: str) -> ListDiff:
        return next(d for d in self.lists if d.key == key)


Entries = dict[str, tuple[str, str]]  # folded key -> (shown name, readable value)


def entries(values: dict[str, str]) -> Entries:
    """Name -> value as a map keyed ignoring case (names are unique regardless of case)."""
    return {name.casefold(): (name, value) for name, value in values.items()}


def compare(key: str, title: str, before: Entries, after: Entries) -> ListDiff:
    """The changes from `before` to `after`, sorted by name."""
    added, changed, removed = [], [], []
    for k in sorted(set(before) | set(after)):
        old, new = before.get(k), after.get(k)
        if old is None and new is not None:
            added.append(Change(new[0], None, new[1]))
        elif new is None and old is not None:
            removed.append(Change(old[0], old[1], None))
        elif old is not None and new is not None and old != new:
            name = new[0] if old[0] == new[0] else f"{old[0]} {ARROW} {new[0]}"
            changed.append(Change(name, old[1], new[1]))
    return ListDiff(key, title, tuple(added), tuple(changed), tuple(removed))


def exact(values: dict[str, str]) -> Entries:
    """Key -> value where case matters (glossary terms, rule-list words)."""
    return {key: (key, value) for key, value in values.items()}


def planned(current: dict[str, str], incoming: dict[str, str], owned: set[str]) -> Entries:
    """A table after accepting: the packet's entries added or updated, the entries of a
    previous packet (`owned`, folded names) that this one no longer has removed, and
    everything the PIC added themselves kept."""
    incoming_keys = {name.casefold() for name in incoming}
    out = {k: v for k, v in entries(current).items()
           if k not in owned or k in incoming_keys}
    out.update(entries(incoming))
    return out


def term_text(info: dict[str, Any]) -> str:
    """A glossary entry as a line: the office holder when there is one, else its kind."""
    if isinstance(info.get("holder"), str) and info["holder"]:
        return str(info["holder"])
    parts = [str(info.get("kind") or "istilah")]
    if info.get("expansion"):
        parts.append(str(info["expansion"]))
    if info.get("generic"):
        parts.append("juga huruf kecil bila umum")
    return ", ".join(parts)


def glossary_entries(terms: dict[str, Any]) -> Entries:
    return exact({t: term_text(i if isinstance(i, dict) else {}) for t, i in terms.items()})


def flatten(name: str, data: dict[str, Any]) -> dict[str, str]:
    """A rules file as entries: "nada › informal › gue" -> "saya", one per word."""
    out: dict[str, str] = {}
    for key, value in data.items():
        if str(key).startswith("_"):
            continue
        where = f"{name} › {key}"
        if isinstance(value, dict):
            for sub, v in value.items():
                out[f"{where} › {sub}"] = "" if v is None else str(v)
        elif isinstance(value, list):
            for item in value:
                out[f"{where} › {item}"] = ""
        elif value is not None:
            out[where] = str(value)
    return out
