"""One check of a post as plain data: what the GUI's live check and the first check at
start-up (core/first_check.py, in a process of its own) both run.

`CheckRequest` holds the post, its versions and photos as shown, and the check's settings;
`run_check` returns the findings and the applicable checklist items for it. Equal requests
give equal results, which is how a result computed elsewhere is known to fit."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

from core import checks
from core.checks import ChecklistItem, CheckSettings, Finding, Target, applicable_items
from core.model import Photo, Post, Variant


@dataclass(frozen=True)
class CheckRequest:
    """Everything one check needs, copied on the UI thread (the worker touches no widget)."""

    post: Post
    variants: tuple[Variant, ...] = ()
    photos: tuple[Photo, ...] = ()
    profile: str = "formal"
    ignored: frozenset[str] = frozenset()
    settings: CheckSettings = field(default_factory=CheckSettings)
    today: dt.date | None = None

    def text_of(self, target: Target) -> str | None:
        """The text that was checked for a target (caption, a field, a variant's text/title)."""
        if target.kind == "caption":
            return self.post.caption
        if target.kind == "variant":
            variant = next((v for v in self.variants if v.platform == target.platform), None)
            if variant is None:
                return None
            if target.is_variant_title:
                return variant.title
            return variant.text if variant.text.strip() else self.post.caption
        if target == Target.of_field("title"):
            return self.post.title
        if target == Target.of_field("activity"):
            return self.post.activity
        return None


def check_post(*args, **kwargs) -> list[Finding]:
    """core.checks.check_post, its engine loaded by the first check made here: a GUI that
    shows the first-check worker's findings never loads the rules or the dictionary."""
    return checks.check_post(*args, **kwargs)


def run_check(request: CheckRequest, *, progress=None, cancelled=None
              ) -> tuple[list[Finding], list[ChecklistItem], float]:
    """Findings and the applicable checklist items for one request, and the seconds it
    took (the worker callbacks are accepted and unused)."""
    started = time.perf_counter()
    findings = check_post(request.post, request.variants, request.photos,
                          profile=request.profile, ignored=request.ignored,
                          settings=request.settings, today=request.today)
    items = applicable_items(request.post, request.photos, request.variants)
    return findings, items, time.perf_counter() - started
