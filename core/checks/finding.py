"""What a check reports: one `Finding` per problem, plus the Indonesian summary line."""

from __future__ import annotations

from core.record import Record, set_field

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Literal

    Severity = Literal["error", "warning", "info"]
    CategoryName = Literal["Akurasi", "Nada", "Kepatuhan", "Format"]
    TargetKind = Literal["caption", "field", "variant", "photo"]

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
CATEGORIES: tuple[str, ...] = ("Akurasi", "Nada", "Kepatuhan", "Format")

# The words users see for each severity (CLI, status bar, findings panel).
SEVERITY_LABELS: dict[str, str] = {"error": "galat", "warning": "peringatan", "info": "info"}
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


_KINDS: tuple[str, ...] = ("caption", "field", "variant", "photo")


class Target(Record):
    """Which text (or photo) of a post a finding is about.

    kind "caption": the main caption; "field": a post field (`field` = "title",
    "activity"); "variant": a platform's version (`platform`; `field` = "title" for its
    own title, "" for its text); "photo": a photo (`photo` = its id, or the start of its
    hash before it is saved). Code compares these values; only `key`/`parse` know the
    "variant:x:title" text form, which check records store.
    """

    _fields = ("kind", "platform", "field", "photo")
    __slots__ = _fields
    kind: TargetKind
    platform: str
    field: str
    photo: str

    def __init__(self, kind: TargetKind = "caption", platform: str = "", field: str = "",
                 photo: str = "") -> None:
        set_field(self, "kind", kind)
        set_field(self, "platform", platform)
        set_field(self, "field", field)
        set_field(self, "photo", photo)

    @classmethod
    def caption(cls) -> Target:
        return cls("caption")

    @classmethod
    def of_field(cls, name: str) -> Target:
        return cls("field", field=name)

    @classmethod
    def variant(cls, platform: str, field: str = "") -> Target:
        return cls("variant", platform=platform, field=field)

    @classmethod
    def of_photo(cls, photo_id: object) -> Target:
        return cls("photo", photo=str(photo_id))

    @property
    def is_photo(self) -> bool:
        return self.kind == "photo"

    @property
    def is_variant_title(self) -> bool:
        return self.kind == "variant" and self.field == "title"

    @property
    def key(self) -> str:
        """The stored text form: "caption", "field:title", "variant:x", "variant:youtube:title",
        "photo:12" (the form check records have always used)."""
        if self.kind == "caption":
            return "caption"
        if self.kind == "field":
            return f"field:{self.field}"
        if self.kind == "photo":
            return f"photo:{self.photo}"
        return f"variant:{self.platform}:{self.field}" if self.field else f"variant:{self.platform}"

    @classmethod
    def parse(cls, text: str) -> Target:
        """The inverse of `key`; raises ValueError for text no version of Warta wrote."""
        kind, _, rest = str(text).partition(":")
        if kind == "caption" and not rest:
            return cls.caption()
        if kind == "field" and rest:
            return cls.of_field(rest)
        if kind == "photo" and rest:
            return cls.of_photo(rest)
        if kind == "variant" and rest:
            platform, _, sub = rest.partition(":")
            if platform:
                return cls.variant(platform, sub)
        raise ValueError(f"Lokasi temuan tidak dikenal: {text!r}")

    def __str__(self) -> str:
        return self.key


CAPTION = Target.caption()


def finding_key(rule_id: str, matched: str) -> str:
    """The stored id of an ignored finding (ignored_findings.finding_key): rule + matched text.

    The one place this text is built; stored keys from every version must keep matching.
    """
    return f"{rule_id}:{matched}"


class Finding(Record):
    """One problem in one text.

    `start`/`end` are Python str indices into the text named by `target` (a `Target`).
    A finding about the whole target (missing alt text, caption too long) has start == end == 0.
    `matched` is the text the finding is about; with `rule_id` it forms `key`, which is what
    "Abaikan di konten ini" stores.
    """

    _fields = ("rule_id", "severity", "category", "message", "start", "end", "suggestions",
               "target", "matched")
    __slots__ = _fields
    rule_id: str
    severity: Severity
    category: CategoryName
    message: str
    start: int
    end: int
    suggestions: tuple[str, ...]
    target: Target
    matched: str

    def __init__(self, rule_id: str, severity: Severity, category: CategoryName, message: str,
                 start: int, end: int, suggestions: tuple[str, ...] = (),
                 target: Target = CAPTION, matched: str = "") -> None:
        set_field(self, "rule_id", rule_id)
        set_field(self, "severity", severity)
        set_field(self, "category", category)
        set_field(self, "message", message)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "suggestions", suggestions)
        set_field(self, "target", target)
        set_field(self, "matched", matched)

    @property
    def key(self) -> str:
        """Stable id for ignoring: the rule plus the text it matched (same key in every target)."""
        return finding_key(self.rule_id, self.matched)

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready form (CLI --json, worker processes)."""
        return {
            "rule_id": self.rule_id,
            "severity": self.severity,
            "category": self.category,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "suggestions": list(self.suggestions),
            "target": self.target.key,
            "matched": self.matched,
            "key": self.key,
        }


def sort_key(finding: Finding) -> tuple[str, int, int, int, str]:
    """Order by target, position, then most severe first."""
    return (
        finding.target.key,
        finding.start,
        finding.end,
        _SEVERITY_RANK.get(finding.severity, 9),
        finding.rule_id,
    )


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def summarize(findings: Iterable[Finding]) -> str:
    """'2 galat, 3 peringatan, 1 info' (zero counts left out); 'Tidak ada temuan' when empty."""
    counts = count_by_severity(findings)
    parts = [f"{counts[s]} {SEVERITY_LABELS[s]}" for s in SEVERITIES if counts[s]]
    return ", ".join(parts) if parts else "Tidak ada temuan"
