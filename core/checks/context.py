"""What rules receive: the context of the text, the post being checked, and RuleContext.

Both the engine (which builds these) and the rule modules (which read them) import this
module, so neither imports the other.
"""

from __future__ import annotations

from core.checks import config
from core.checks.finding import CAPTION, Finding, Target
from core.record import MutableRecord, Record, set_field

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:  # annotations only: the check path does not import the store's model
    import datetime as dt
    from collections.abc import Callable, Iterable, Mapping
    from typing import Any

    from core.checks.glossary import Glossary
    from core.checks.registry import Rule
    from core.model import Photo, Post, Variant


class CheckContext(Record):
    """What a text rule may know beyond the text itself.

    target: which text of the post this is (a Target: caption, a field, a variant).
    category: the post's Category value ("Klarifikasi Hoaks" enables the label rule).
    activity_date: compared with the dates written in the text.
    today: completes dates written without a year ("Rabu (12/11)") when there is neither
        an activity date nor a full date in the text: the nearest year in which the day
        name matches (core.checks.dates.with_years); None leaves such dates unchecked.
    platform: the platform of a variant, if any.
    """

    _fields = ("target", "category", "activity_date", "today", "platform")
    target: Target
    category: str | None
    activity_date: dt.date | None
    today: dt.date | None
    platform: str | None

    def __init__(self, target: Target = CAPTION, category: str | None = None,
                 activity_date: dt.date | None = None, today: dt.date | None = None,
                 platform: str | None = None) -> None:
        set_field(self, "target", target)
        set_field(self, "category", category)
        set_field(self, "activity_date", activity_date)
        set_field(self, "today", today)
        set_field(self, "platform", platform)


class CheckSettings(Record):
    """Settings that change platform checks (the lead fills these from the settings table).

    hashtag_caps / mention_caps: per-platform overrides of core.platforms caps.
    image_formats: platform id -> IMAGE_FORMATS id chosen for that platform's image
        (default: the platform's first format).
    disabled_rules: rule ids switched off for this check only.
    """

    _fields = ("hashtag_caps", "mention_caps", "image_formats", "disabled_rules")
    hashtag_caps: Mapping[str, int | None]
    mention_caps: Mapping[str, int | None]
    image_formats: Mapping[str, str]
    disabled_rules: frozenset[str]

    def __init__(self, hashtag_caps: Mapping[str, int | None] | None = None,
                 mention_caps: Mapping[str, int | None] | None = None,
                 image_formats: Mapping[str, str] | None = None,
                 disabled_rules: frozenset[str] = frozenset()) -> None:
        set_field(self, "hashtag_caps", {} if hashtag_caps is None else hashtag_caps)
        set_field(self, "mention_caps", {} if mention_caps is None else mention_caps)
        set_field(self, "image_formats", {} if image_formats is None else image_formats)
        set_field(self, "disabled_rules", disabled_rules)

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


class PostInput(MutableRecord):
    """What a post rule sees."""

    _fields = ("post", "variants", "photos", "settings", "context")
    post: Post
    variants: list[Variant]
    photos: list[Photo]
    settings: CheckSettings
    context: CheckContext

    def __init__(self, post: Post, variants: list[Variant], photos: list[Photo],
                 settings: CheckSettings, context: CheckContext) -> None:
        self.post = post
        self.variants = variants
        self.photos = photos
        self.settings = settings
        self.context = context

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
             target: Target | None = None) -> Finding:
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
