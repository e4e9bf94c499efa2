"""Cek Sebelum Unggah: rules that check a post's accuracy, tone, compliance and format.

Public API (everything the GUI, CLI and store need):

    check_text(text, *, profile="formal", context=None, ignored=(), glossary=None)
    check_post(post, variants, photos, *, profile, ignored, glossary, settings, today)
    Finding (.key, .target, .to_dict()), Target (where a finding is), summarize(findings),
    has_errors(findings)
    CheckContext, CheckSettings
    warm_up(), is_ready(), suggest(word), suggestions_for(finding)
    add_to_glossary(term, kind="", expansion=""), remove_from_glossary(term)
    checklist: applicable_items(post, photos, variants), open_items(items, ticked)
    REGISTRY (the rules), rule_catalog(profile), problems(), PROFILES, reload_rules()

Nothing here imports Qt; the GUI runs these in a worker thread.

The names load on first use (PEP 562): `from core.checks import Finding` loads
finding.py alone, so the GUI builds the Konten page, and shows the first-check worker's
findings (core/first_check.py), without the engine, the rules or the dictionary; they
load with the first name that needs them (`check_post`, `warm_up`...). The modules that
compile patterns at import put the cached compiled ones in place first (`_preload`).
"""

from __future__ import annotations

import importlib
import sys

TYPE_CHECKING = False  # not typing's: this package is on the GUI's start path
if TYPE_CHECKING:
    from core.checks.checklist import (
        ChecklistItem,
        applicable_items,
        checklist_items,
        open_items,
    )
    from core.checks.config import PROFILES
    from core.checks.config import reload as reload_rules
    from core.checks.context import CheckContext, CheckSettings
    from core.checks.engine import (
        check_post,
        check_text,
        problems,
        rule_catalog,
        suggestions_for,
        warm_up,
    )
    from core.checks.finding import (
        SEVERITY_LABELS,
        Finding,
        Target,
        count_by_severity,
        has_errors,
        summarize,
    )
    from core.checks.glossary import add_to_glossary, remove_from_glossary
    from core.checks.registry import REGISTRY
    from core.checks.spelling import suggest

# public name -> (its module under core.checks, its name there)
_WHERE: dict[str, tuple[str, str]] = {
    # what shows findings and checklists: no rules, no patterns, no dictionary
    "ChecklistItem": ("checklist", "ChecklistItem"),
    "applicable_items": ("checklist", "applicable_items"),
    "checklist_items": ("checklist", "checklist_items"),
    "open_items": ("checklist", "open_items"),
    "PROFILES": ("config", "PROFILES"),
    "reload_rules": ("config", "reload"),
    "CheckContext": ("context", "CheckContext"),
    "CheckSettings": ("context", "CheckSettings"),
    "SEVERITY_LABELS": ("finding", "SEVERITY_LABELS"),
    "Finding": ("finding", "Finding"),
    "Target": ("finding", "Target"),
    "count_by_severity": ("finding", "count_by_severity"),
    "has_errors": ("finding", "has_errors"),
    "summarize": ("finding", "summarize"),
    # the checker itself
    "add_to_glossary": ("glossary", "add_to_glossary"),
    "remove_from_glossary": ("glossary", "remove_from_glossary"),
    "check_post": ("engine", "check_post"),
    "check_text": ("engine", "check_text"),
    "problems": ("engine", "problems"),
    "rule_catalog": ("engine", "rule_catalog"),
    "suggestions_for": ("engine", "suggestions_for"),
    "warm_up": ("engine", "warm_up"),
    "REGISTRY": ("engine", "REGISTRY"),  # through the engine: every rule registered
    "suggest": ("spelling", "suggest"),
}

__all__ = [
    "PROFILES", "REGISTRY", "SEVERITY_LABELS", "CheckContext", "CheckSettings", "ChecklistItem",
    "Finding", "Target", "add_to_glossary", "applicable_items", "check_post", "check_text",
    "checklist_items", "count_by_severity", "has_errors", "is_ready", "open_items", "problems",
    "reload_rules", "remove_from_glossary", "rule_catalog", "suggest", "suggestions_for",
    "summarize", "warm_up",
]


def __getattr__(name: str) -> object:
    """Load a public name's module on first use and keep the name here."""
    where = _WHERE.get(name)
    if where is None:  # also how `from core.checks import engine` finds a submodule
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where[0]}"), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def is_ready() -> bool:
    """True once the dictionary is in memory (the GUI may show 'Menyiapkan kamus...' until
    then). Asking loads nothing: before the spelling module has loaded, it is not."""
    spelling = sys.modules.get(f"{__name__}.spelling")
    ready = getattr(spelling, "is_ready", None)  # None also while it is still loading
    return ready is not None and ready()
