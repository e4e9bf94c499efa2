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
"""

from __future__ import annotations

from core.checks import _preload  # noqa: F401 - first: compiled patterns from the cache
from core.checks.checklist import ChecklistItem, applicable_items, checklist_items, open_items
from core.checks.config import PROFILES
from core.checks.config import reload as reload_rules
from core.checks.engine import (
    CheckContext,
    CheckSettings,
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
from core.checks.spelling import is_ready, suggest

__all__ = [
    "PROFILES", "REGISTRY", "SEVERITY_LABELS", "CheckContext", "CheckSettings", "ChecklistItem",
    "Finding", "Target", "add_to_glossary", "applicable_items", "check_post", "check_text",
    "checklist_items", "count_by_severity", "has_errors", "is_ready", "open_items", "problems",
    "reload_rules", "remove_from_glossary", "rule_catalog", "suggest", "suggestions_for",
    "summarize", "warm_up",
]
