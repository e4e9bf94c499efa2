"""What `@dataclass` gave small value classes, without `dataclasses`.

Importing `dataclasses` loads `inspect` (and with it `ast`, `dis`, `tokenize`), ~10 ms
of every `warta check`, `warta brand` and of the first-check worker, and each class it
makes runs `exec` on generated source. The classes on the check path (findings, tokens,
dates, rules, contexts, the link finder's spans) and on the brand path (platforms and
image formats, kits, templates and layers, geometry, photos, text blocks, the batch's
jobs and results) subclass `Record` instead: each lists its fields in `_fields` (in
declaration order, as the dataclass did; a subclass's after its base's) and writes its
own `__init__` (a default list or map made there, as `default_factory` did); `Record`
gives what the dataclass gave: equality (same class, same field values), a hash of the
field values (frozen classes), `Name(field=value, ...)` as repr, assignment refused on
a frozen instance (`FrozenInstanceError`, an AttributeError as with dataclasses),
`replace(**changes)` for `dataclasses.replace`, copying and pickling.
`tests/core/test_record.py` holds them to it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

set_field = object.__setattr__  # how a frozen record's __init__ sets a field


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record (dataclasses' error of the same name)."""


class Record:
    """Base of a frozen value class: `_fields` names the fields; `__init__` sets them
    with `set_field(self, name, value)` (plain assignment is refused)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._fields])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Copied and pickled through `__init__` (assignment is refused)."""
        return type(self), self._values()

    def replace(self, **changes: Any) -> Any:
        """A copy with `changes` (dataclasses.replace): unknown names are a TypeError."""
        values = {name: getattr(self, name) for name in self._fields}
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {sorted(unknown)[0]!r}")
        values.update(changes)
        return type(self)(**values)


class MutableRecord(Record):
    """A record whose fields may be assigned (a dataclass without frozen): no hash."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
