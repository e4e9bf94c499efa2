"""Run the registered rules over a text or a whole post and return sorted findings.

`check_text` is for plain text (CLI, live typing in one editor); `check_post` checks the
main caption, the title and activity fields, every variant and the photos, and applies
the platform rules. Both never raise because of the text: a rule that fails on odd input
is logged and skipped (tests set STRICT so such a bug fails loudly instead).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.checks import config, spelling
from core.checks import glossary as glossary_mod
from core.checks.finding import Finding, sort_key
from core.checks.glossary import Glossary, Term
from core.checks.registry import REGISTRY, Rule
from core.checks.text import Doc
from core.model import Photo, Post, Variant

log = logging.getLogger(__name__)

STRICT = False  # tests set this: a rule that raises then fails the test instead of being skipped

_rules_loaded = False


def _load_rules() -> None:
    """Import the rule modules once so their decorators fill REGISTRY."""
    global _rules_loaded
    if not _rules_loaded:
        from core.checks import (  # noqa: F401  (imported for registration)
            rules_akurasi,
            rules_format,
            rules_kepatuhan,
            rules_nada,
        )

        _rules_loaded = True


@dataclass(frozen=True)
class CheckContext:
    """What a text rule may know beyond the text itself.

    target: what the text is ("caption", "variant:instagram", "field:title", ...).
    category: the post's Category value ("Klarifikasi Hoaks" enables the label rule).
    activity_date: compared with the dates written in the text.
    today: completes dates written without a year ("Rabu (12/11)") when there is no
        activity date; None leaves such dates unchecked.
    platform: the platform of a variant, if any.
    """

    target: str = "caption"
    category: str | None = None
    activity_date: dt.date | None = None
    today: dt.date | None = None
    platform: str | None = None


@dataclass(frozen=True)
class CheckSettings:
    """Settings that change platform checks (the lead fills these from the settings table).

    hashtag_caps / mention_caps: per-platform overrides of core.platforms caps.
    image_formats: platform id -> IMAGE_FORMATS id chosen for that platform's image
        (default: the platform's first format).
    disabled_rules: rule ids switched off for this check only.
    """

    hashtag_caps: Mapping[str, int | None] = field(default_factory=dict)
    mention_caps: Mapping[str, int | None] = field(default_factory=dict)
    image_formats: Mapping[str, str] = field(default_factory=dict)
    disabled_rules: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> CheckSettings:
        """Accept the settings table's keys ('instagram_hashtag_cap') or this class's fields."""
        values = values or {}
        hashtag_caps = dict(values.get("hashtag_caps") or {})
        if isinstance(values.get("instagram_hashtag_cap"), int):
            hashtag_caps.setdefault("instagram", values["instagram_hashtag_cap"])
        return cls(
            hashtag_caps=hashtag_caps,
            mention_caps=dict(values.get("mention_caps") or {}),
            image_formats=dict(values.get("image_formats") or {}),
            disabled_rules=frozenset(values.get("disabled_rules") or ()),
        )


@dataclass
class PostInput:
    """What a post rule sees."""

    post: Post
    variants: list[Variant]
    photos: list[Photo]
    settings: CheckSettings
    context: CheckContext

    def variant_text(self, variant: Variant) -> str:
        """A variant with no text of its own shows the main caption."""
        return variant.text if variant.text.strip() else self.post.caption


class RuleContext:
    """Everything a rule needs: its resolved severity, params, the data and a way to emit."""

    __slots__ = ("rule", "severity", "profile", "params", "cfg", "glossary", "context",
                 "found", "text")

    def __init__(self, rule: Rule, severity: str, profile: str, params: dict[str, Any],
                 cfg: config.Config, glossary: Glossary, context: CheckContext,
                 found: list[Finding], text: str) -> None:
        self.rule = rule
        self.severity = severity
        self.profile = profile
        self.params = params
        self.cfg = cfg
        self.glossary = glossary
        self.context = context
        self.found = found
        self.text = text

    @property
    def profile_label(self) -> str:
        return self.cfg.profile_label(self.profile)

    def data(self, file: str, key: str, default: Any = None) -> Any:
        """A value from a rules data file (already merged with the user's overrides)."""
        value = self.cfg.file(file).get(key, default)
        return default if value is None else value

    def derived(self, name: str, build: Callable[[config.Config], Any]) -> Any:
        """A compiled object (matcher, set) built once per rules data version."""
        return self.cfg.derived(f"{self.rule.id}:{name}", build)

    def param(self, name: str, default: Any) -> Any:
        value = self.params.get(name, default)
        if isinstance(value, bool):
            return default
        if isinstance(default, float) and isinstance(value, int):
            return float(value)
        return value if isinstance(value, type(default)) else default

    def emit(self, start: int, end: int, message: str, suggestions: Iterable[str] = (), *,
             severity: str | None = None, matched: str | None = None,
             target: str | None = None) -> Finding:
        return Finding(
            rule_id=self.rule.id,
            severity=severity or self.severity,  # type: ignore[arg-type]
            category=self.rule.category,  # type: ignore[arg-type]
            message=message,
            start=start,
            end=end,
            suggestions=tuple(s for s in dict.fromkeys(suggestions) if s is not None),
            target=target or self.context.target,
            matched=self.text[start:end] if matched is None else matched,
        )


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
    _load_rules()
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

    Targets: "caption", "field:title", "field:activity", "variant:<platform>",
    "variant:youtube:title", "photo:<id>". A variant whose text equals the caption is not
    re-checked for wording (its findings would repeat the caption's); platform rules still
    run on it.
    """
    _load_rules()
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

    def run_text(text: str, target: str, platform: str | None = None) -> None:
        if text and text.strip():
            ctx = CheckContext(target, category, post.activity_date, today, platform)
            findings.extend(_check_doc(Doc(text), text_rules, params, profile, ctx, cfg, gl))

    run_text(post.caption or "", "caption")
    run_text(post.title or "", "field:title")
    run_text(post.activity or "", "field:activity")
    for v in variants:
        if v.text.strip() and v.text != post.caption:
            run_text(v.text, f"variant:{v.platform}", v.platform)
        if v.title.strip():
            run_text(v.title, f"variant:{v.platform}:title", v.platform)

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
    """Load rules, rule data and the dictionary; call once from a worker thread at start-up."""
    _load_rules()
    cfg = config.current()
    glossary_mod.glossary(cfg)
    ok = spelling.warm_up()
    check_text("Pemerintah Kota Cimahi menggelar kegiatan pada Rabu (12/11/2025).")
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
    _load_rules()
    cfg = config.current()
    profile = config.normalize_profile(profile)
    out = []
    for rule in REGISTRY:
        enabled, severity = cfg.rule_setting(rule.id, profile)
        out.append({"id": rule.id, "category": rule.category, "title": rule.title,
                    "scope": rule.scope, "enabled": enabled, "severity": severity})
    return out
