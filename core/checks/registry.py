"""The one explicit registry of check rules.

Rule modules decorate plain functions with `REGISTRY.rule(...)`; the engine imports those
modules (see `core.checks.rules_modules`) and asks this object for the rules to run. Nothing
looks a rule up by a string scattered elsewhere: ids only connect code to data
(`resources/rules/rules.json`, the tone profiles, ignored keys).

A text rule is `func(doc: Doc, rc: RuleContext) -> Iterable[Finding]` and runs on every
text (caption, each variant, fields). A post rule is `func(post: PostInput, rc: RuleContext)
-> Iterable[Finding]` and runs once per post (platform limits, photos).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from core.checks.finding import CATEGORIES
from core.record import Record, set_field

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any, Literal

    Scope = Literal["text", "post"]


class Rule(Record):
    _fields = ("id", "category", "scope", "func", "title", "order")
    id: str
    category: str
    scope: Scope
    func: Callable[..., Any]
    title: str  # short Indonesian description for the rules page in Pengaturan
    order: int  # lower runs first; spelling runs last so it can skip words others explained

    def __init__(self, id: str, category: str, scope: Scope, func: Callable[..., Any],
                 title: str, order: int) -> None:
        set_field(self, "id", id)
        set_field(self, "category", category)
        set_field(self, "scope", scope)
        set_field(self, "func", func)
        set_field(self, "title", title)
        set_field(self, "order", order)


class Registry:
    """Rules by id, in registration order (then `order`)."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def rule(
        self,
        rule_id: str,
        *,
        category: str,
        title: str,
        scope: Scope = "text",
        order: int = 50,
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorator registering `func` under `rule_id`; a duplicate id is a programming error."""
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r} for rule {rule_id}")

        def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
            if rule_id in self._rules:
                raise ValueError(f"rule {rule_id} registered twice")
            self._rules[rule_id] = Rule(rule_id, category, scope, func, title, order)
            return func

        return decorate

    def get(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._rules.values(), key=lambda r: r.order))

    def __len__(self) -> int:
        return len(self._rules)

    def ids(self) -> list[str]:
        return [r.id for r in self]

    def by_scope(self, scope: Scope) -> list[Rule]:
        return [r for r in self if r.scope == scope]


REGISTRY = Registry()
