"""Run the registered rules over a text or a whole post and return sorted findings.

`check_text` is for plain text (CLI, live typing in one editor); `check_post` checks the
main caption, the title and activity fields, every variant and the photos, and applies
the platform rules. Both never raise because of the text: a rule that fails on odd input
is logged and skipped (tests set STRICT so such a bug fails loudly instead).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Mapping

from core import disk_cache, pattern_cache
from core.checks import (  # noqa: F401  (imported so their decorators fill REGISTRY)
    _preload,  # first: compiled patterns from the cache
    config,
    rules_akurasi,
    rules_eyd,
    rules_format,
    rules_kepatuhan,
    rules_nada,
    spelling,
)
from core.checks import glossary as glossary_mod
from core.checks.context import CheckContext, CheckSettings, PostInput, RuleContext
from core.checks.finding import CAPTION, Finding, Target, sort_key
from core.checks.glossary import Glossary, Term
from core.checks.registry import REGISTRY, Rule
from core.checks.text import Doc

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:  # annotations only: the check path does not import the store's model
    from typing import Any

    from core.model import Photo, Post, Variant

__all__ = ["CheckContext", "CheckSettings", "PostInput", "RuleContext", "check_post",
           "check_text", "problems", "rule_catalog", "suggestions_for", "warm_up"]

log = disk_cache.LazyLogger(__name__)  # logging loads on the first record

STRICT = False  # tests set this: a rule that raises then fails the test instead of being skipped

def _glossary_with(cfg: config.Config, extra: Glossary | Iterable[str] | None) -> Glossary:
    base = glossary_mod.glossary(cfg)
    if extra is None:
        return base
    if isinstance(extra, Glossary):
        return extra
    terms = tuple(sorted({" ".join(str(t).split()) for t in extra if str(t).strip()}))
    if not terms:
        return base
    return cfg.derived(f"glossary+{hash(terms)}",
                       lambda _c: Glossary(list(base.terms.values()) + [Term(t) for t in terms]))


def _run(rule: Rule, func_arg: Any, rc: RuleContext) -> list[Finding]:
    try:
        return list(rule.func(func_arg, rc))
    except Exception:
        if STRICT:
            raise
        log.exception("check rule %s failed; skipped", rule.id)
        return []


def _active_rules(scope: str, profile: str, cfg: config.Config,
                  disabled: Collection[str]) -> Iterator[tuple[Any, str]]:
    """The rules of `scope` switched on for `profile`, with the severity to report."""
    for rule in REGISTRY.by_scope(scope):
        if rule.id in disabled:
            continue
        enabled, severity = cfg.rule_setting(rule.id, profile)
        if enabled:
            yield rule, severity


def _check_doc(doc: Doc, rules: list[tuple[Any, str]], params: dict[str, Any], profile: str,
               context: CheckContext, cfg: config.Config, gl: Glossary) -> list[Finding]:
    """Run the already chosen text `rules` (with their severities) over one Doc."""
    found: list[Finding] = []
    for rule, severity in rules:
        rc = RuleContext(rule, severity, profile, params, cfg, gl, context, found, doc.text)
        found.extend(_run(rule, doc, rc))
    return found


def _finish(findings: Iterable[Finding], ignored: Collection[str]) -> list[Finding]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for f in findings:
        if f.key in ignored:
            continue
        ident = (f.rule_id, f.target, f.start, f.end, f.message)
        if ident not in seen:
            seen.add(ident)
            out.append(f)
    out.sort(key=sort_key)
    return out


def check_text(text: str, *, profile: str = "formal", context: CheckContext | None = None,
               ignored: Collection[str] = (), glossary: Glossary | Iterable[str] | None = None,
               ) -> list[Finding]:
    """Findings for one plain text (offsets are str indices into `text`), sorted by position.

    profile: "formal", "semi-formal" or "santai" (anything else counts as formal).
    ignored: Finding.key values to leave out ("Abaikan di konten ini").
    glossary: extra terms for this check only, or a Glossary to use instead of the shipped one.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    cfg = config.current()
    profile = config.normalize_profile(profile)
    gl = _glossary_with(cfg, glossary)
    rules = list(_active_rules("text", profile, cfg, ()))
    findings = _check_doc(Doc(text), rules, cfg.params(profile), profile,
                          context or CheckContext(), cfg, gl)
    return _finish(findings, frozenset(ignored))


def check_post(post: Post, variants: Iterable[Variant] = (), photos: Iterable[Photo] = (), *,
               profile: str = "formal", ignored: Collection[str] = (),
               glossary: Glossary | Iterable[str] | None = None,
               settings: CheckSettings | Mapping[str, Any] | None = None,
               today: dt.date | None = None) -> list[Finding]:
    """Findings for a whole post: caption, title/activity fields, variants and photos.

    Targets (finding.target): the caption, the fields "title" and "activity", each
    variant's text and own title, and each photo. A variant whose text equals the caption is not
    re-checked for wording (its findings would repeat the caption's); platform rules still
    run on it.
    """
    variants = list(variants)
    photos = list(photos)
    if not isinstance(settings, CheckSettings):
        settings = CheckSettings.from_mapping(settings)
    cfg = config.current()
    profile = config.normalize_profile(profile)
    gl = _glossary_with(cfg, glossary)
    category = str(post.category) if post.category is not None else None
    base = CheckContext(category=category, activity_date=post.activity_date, today=today)
    disabled = settings.disabled_rules
    params = cfg.params(profile)
    text_rules = list(_active_rules("text", profile, cfg, disabled))
    findings: list[Finding] = []

    def run_text(text: str, target: Target, platform: str | None = None) -> None:
        if text and text.strip():
            ctx = CheckContext(target, category, post.activity_date, today, platform)
            findings.extend(_check_doc(Doc(text), text_rules, params, profile, ctx, cfg, gl))

    run_text(post.caption or "", CAPTION)
    run_text(post.title or "", Target.of_field("title"))
    run_text(post.activity or "", Target.of_field("activity"))
    for v in variants:
        if v.text.strip() and v.text != post.caption:
            run_text(v.text, Target.variant(v.platform), v.platform)
        if v.title.strip():
            run_text(v.title, Target.variant(v.platform, "title"), v.platform)

    pin = PostInput(post, variants, photos, settings, base)
    for rule, severity in _active_rules("post", profile, cfg, disabled):
        rc = RuleContext(rule, severity, profile, params, cfg, gl, base, findings, "")
        findings.extend(_run(rule, pin, rc))
    return _finish(findings, frozenset(ignored))


def suggestions_for(finding: Finding, limit: int = 5, *, thorough: bool = True,
                    ) -> tuple[str, ...]:
    """The finding's own suggestions, or dictionary suggestions for a spelling finding.

    Spelling suggestions take milliseconds, but `thorough` (when nothing is close) may ask
    Hunspell's suggester for seconds: call this off the UI thread.
    """
    if finding.suggestions:
        return finding.suggestions
    if finding.rule_id == "akurasi.ejaan" and finding.matched:
        return tuple(spelling.suggest(finding.matched, limit, thorough=thorough))
    return ()


def warm_up() -> bool:
    """Load rules, rule data and the dictionary; call once from a worker thread at start-up.

    The sample check goes the way a real check goes (morphology, then Hunspell for the
    few words it leaves): priming Hunspell with common words (`spelling.warm_up`) costs
    ~150 ms of lookups that checks mostly never ask for, while the page is being built."""
    cfg = config.current()
    glossary_mod.glossary(cfg)
    ok = spelling.speller().load()
    check_text("Pemerintah Kota Cimahi menggelar kegiatan pada Rabu (12/11/2025).")
    pattern_cache.save()  # the next start finds this one's patterns compiled
    return ok


def problems() -> list[str]:
    """Indonesian messages about unusable rule files or dictionary (for the settings page)."""
    out = list(config.current().problems)
    sp = spelling.speller()
    if sp.error:
        out.append(sp.error)
    return out


def rule_catalog(profile: str = "formal") -> list[dict[str, Any]]:
    """Every rule with its category, title and current on/off and severity (settings page)."""
    cfg = config.current()
    profile = config.normalize_profile(profile)
    out = []
    for rule in REGISTRY:
        enabled, severity = cfg.rule_setting(rule.id, profile)
        out.append({"id": rule.id, "category": rule.category, "title": rule.title,
                    "scope": rule.scope, "enabled": enabled, "severity": severity})
    return out
