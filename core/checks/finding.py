"""What a check reports: one `Finding` per problem, plus the Indonesian summary line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
CategoryName = Literal["Akurasi", "Nada", "Kepatuhan", "Format"]

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
CATEGORIES: tuple[str, ...] = ("Akurasi", "Nada", "Kepatuhan", "Format")

# The words users see for each severity (CLI, status bar, findings panel).
SEVERITY_LABELS: dict[str, str] = {"error": "galat", "warning": "peringatan", "info": "info"}
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one text.

    `start`/`end` are Python str indices into the text named by `target`:
    "caption" (main caption), "variant:<platform>", "field:<name>" or "photo:<id>".
    A finding about the whole target (missing alt text, caption too long) has start == end == 0.
    `matched` is the text the finding is about; with `rule_id` it forms `key`, which is what
    "Abaikan di konten ini" stores.
    """

    rule_id: str
    severity: Severity
    category: CategoryName
    message: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    target: str = "caption"
    matched: str = ""

    @property
    def key(self) -> str:
        """Stable id for ignoring: the rule plus the text it matched (same key in every target)."""
        return f"{self.rule_id}:{self.matched}"

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
            "target": self.target,
            "matched": self.matched,
            "key": self.key,
        }


def sort_key(finding: Finding) -> tuple[str, int, int, int, str]:
    """Order by target, position, then most severe first."""
    return (
        finding.target,
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
