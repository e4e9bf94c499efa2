"""Quality of "Cek Sebelum Unggah" on real official text: false alarms and recall.

Run: uv run python benchmarks/bench_checks_quality.py [--json] [--verbose] [--ratchet]

Data (benchmarks/data/checks_corpus/, see its README): 36 short excerpts of real press
releases and ANTARA/regional news with their real errors marked by hand (corpus.json),
and a planted-error set (planted.json): clean corpus sentences with one known error each.

The checker runs as `warta check FILE` runs it: `check_text(text, profile="formal")`
with a CheckContext that has no category and no activity date; `today` is fixed to
TODAY below (not the real date) so the figures do not change with the calendar.

Matching rules (the same for every figure):
- A finding *relates to* a marked span when the two overlap and the finding is not much
  longer than the span (length <= span length + SLACK characters). So a sentence-wide
  finding (long sentence) neither catches a word-level error nor is excused by one.
- A marked error is *caught* when at least one finding of any severity relates to it
  ("recall"); "recall at warning+" counts only warning and error findings.
- A *false alarm* is a warning or error finding that relates to no marked span (errors
  and the "acceptable" spans: foreign terms, quoted speech, links). Findings without a
  span (start == end) are false alarms too. Info findings are reported apart.
- Words: whitespace-separated tokens of the excerpt (`len(text.split())`).

Guard: guard.json holds the baseline figures the tests compare against (with margins);
`--ratchet` writes the current figures there when they are better.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.checks import CheckContext, Finding, check_text  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "checks_corpus"
GUARD = DATA / "guard.json"
TODAY = dt.date(2026, 1, 15)  # a January "today": year-less December dates are the trap
SLACK = 30
ALARM = frozenset({"warning", "error"})

Span = tuple[int, int]
Checker = Callable[[str], list[Finding]]


@dataclass
class Mark:
    """One hand-marked place in a text: an error to catch or an acceptable spot."""

    span: Span
    wrong: str
    cls: str = ""
    correct: str = ""
    expect: tuple[str, ...] = ()
    hard: bool = False  # needs knowledge outside the text (a local name in lower case)


@dataclass
class Sample:
    id: str
    text: str
    errors: list[Mark]
    acceptable: list[Mark] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- loading


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def locate(text: str, wrong: str, context: str | None = None, n: int | str = 1) -> list[Span]:
    """Spans of `wrong` in `text` (whole words when it starts/ends with a letter or digit).

    `context`, when given, must occur in the text and contain `wrong`; only occurrences
    inside a context occurrence count. `n` is the 1-based occurrence, or "all".
    Raises ValueError when nothing matches: the data must stay in step with the texts.
    """
    regions = [(0, len(text))]
    if context is not None:
        regions = []
        i = text.find(context)
        while i >= 0:
            regions.append((i, i + len(context)))
            i = text.find(context, i + 1)
    found: list[Span] = []
    for a, b in regions:
        i = text.find(wrong, a, b)
        while i >= 0 and i + len(wrong) <= b:
            end = i + len(wrong)
            left_ok = not (_is_word_char(wrong[0]) and i > 0 and _is_word_char(text[i - 1]))
            right_ok = not (_is_word_char(wrong[-1]) and end < len(text)
                            and _is_word_char(text[end]))
            if left_ok and right_ok and (i, end) not in found:
                found.append((i, end))
            i = text.find(wrong, i + 1, b)
    if not found:
        raise ValueError(f"{wrong!r} (context {context!r}) not found")
    if n == "all":
        return found
    if not isinstance(n, int) or not 1 <= n <= len(found):
        raise ValueError(f"{wrong!r}: occurrence {n!r} of {len(found)}")
    return [found[n - 1]]


def _marks(text: str, entries: Iterable[dict[str, Any]]) -> list[Mark]:
    out = []
    for e in entries:
        for span in locate(text, e["wrong"], e.get("context"), e.get("n", 1)):
            out.append(Mark(span, e["wrong"], e.get("class", ""), e.get("correct", ""),
                            tuple(e.get("expect", ())), bool(e.get("hard", False))))
    return out


def load_corpus(data: Path = DATA) -> list[Sample]:
    meta = json.loads((data / "corpus.json").read_text(encoding="utf-8"))
    samples = []
    for t in meta["texts"]:
        text = (data / "texts" / f"{t['id']}.txt").read_text(encoding="utf-8")
        info = {k: t[k] for k in ("url", "publisher", "date") if k in t}
        samples.append(Sample(t["id"], text, _marks(text, t["errors"]),
                              _marks(text, t.get("acceptable", [])), info))
    return samples


def load_planted(data: Path = DATA) -> list[Sample]:
    meta = json.loads((data / "planted.json").read_text(encoding="utf-8"))
    return [Sample(item["id"], item["text"], _marks(item["text"], [item]), [],
                   {"base": item["base"]}) for item in meta["items"]]


# --------------------------------------------------------------------------- scoring


def app_check(text: str) -> list[Finding]:
    """The checker as `warta check FILE` runs it (formal profile), with a fixed today."""
    return check_text(text, profile="formal", context=CheckContext(today=TODAY))


def relates(finding: Finding, span: Span) -> bool:
    a, b = span
    if finding.end <= finding.start:
        return False
    overlap = finding.start < b and a < finding.end
    return overlap and (finding.end - finding.start) <= (b - a) + SLACK


def _caught(mark: Mark, findings: list[Finding], severities: frozenset[str] | None) -> list[str]:
    return sorted({f.rule_id for f in findings if relates(f, mark.span)
                   and (severities is None or f.severity in severities)})


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def score_corpus(samples: list[Sample], check: Checker = app_check) -> dict[str, Any]:
    words = 0
    alarms: list[dict[str, Any]] = []
    infos: Counter[str] = Counter()
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    caught = caught_warn = caught_easy = easy = 0
    by_class: dict[str, Counter[str]] = defaultdict(Counter)
    missed: list[dict[str, Any]] = []
    total = 0
    for s in samples:
        words += len(s.text.split())
        findings = check(s.text)
        marks = s.errors + s.acceptable
        for f in findings:
            if any(relates(f, m.span) for m in marks):
                continue
            if f.severity in ALARM:
                by_rule[f.rule_id][f.severity] += 1
                alarms.append({"text": s.id, "rule": f.rule_id, "severity": f.severity,
                               "matched": f.matched, "start": f.start, "message": f.message})
            else:
                infos[f.rule_id] += 1
        for m in s.errors:
            total += 1
            rules = _caught(m, findings, None)
            by_class[m.cls]["errors"] += 1
            easy += not m.hard
            if rules:
                caught += 1
                caught_easy += not m.hard
                by_class[m.cls]["caught"] += 1
            else:
                missed.append({"text": s.id, "wrong": m.wrong, "class": m.cls,
                               "correct": m.correct})
            if _caught(m, findings, ALARM):
                caught_warn += 1
    return {
        "texts": len(samples),
        "words": words,
        "false_alarms": {
            "count": len(alarms),
            "per_100_words": round(100 * len(alarms) / words, 3) if words else 0.0,
            "by_rule": {r: dict(c) for r, c in sorted(by_rule.items())},
            "items": alarms,
        },
        "info_outside_marks": {"count": sum(infos.values()),
                               "per_100_words": round(100 * sum(infos.values()) / words, 3)
                               if words else 0.0,
                               "by_rule": dict(sorted(infos.items()))},
        "real": {
            "errors": total,
            "caught": caught,
            "recall": _rate(caught, total),
            "recall_warning_or_error": _rate(caught_warn, total),
            "recall_without_hard": _rate(caught_easy, easy),
            "hard": total - easy,
            "by_class": {c: {"errors": v["errors"], "caught": v["caught"],
                             "recall": _rate(v["caught"], v["errors"])}
                         for c, v in sorted(by_class.items())},
            "missed": missed,
        },
    }


def score_planted(items: list[Sample], check: Checker = app_check) -> dict[str, Any]:
    rows = []
    for s in items:
        findings = check(s.text)
        mark = s.errors[0]
        rules = _caught(mark, findings, None)
        rows.append({"id": s.id, "class": mark.cls, "wrong": mark.wrong, "caught": bool(rules),
                     "rules": rules, "expected_rule": bool(set(rules) & set(mark.expect))})
    by_class: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_class[r["class"]]["errors"] += 1
        by_class[r["class"]]["caught"] += int(r["caught"])
    caught = sum(r["caught"] for r in rows)
    return {
        "errors": len(rows),
        "caught": caught,
        "recall": _rate(caught, len(rows)),
        "by_class": {c: {"errors": v["errors"], "caught": v["caught"],
                         "recall": _rate(v["caught"], v["errors"])}
                     for c, v in sorted(by_class.items())},
        "items": rows,
    }


def evaluate(check: Checker = app_check) -> dict[str, Any]:
    """All figures: corpus false alarms and recall, planted recall."""
    report = score_corpus(load_corpus(), check)
    report["planted"] = score_planted(load_planted(), check)
    report["today"] = TODAY.isoformat()
    return report


def headline(report: dict[str, Any]) -> dict[str, float]:
    """The three guarded figures."""
    return {
        "false_alarms_per_100_words": report["false_alarms"]["per_100_words"],
        "real_recall": report["real"]["recall"],
        "planted_recall": report["planted"]["recall"],
    }


# --------------------------------------------------------------------------- guard


def load_guard(path: Path = GUARD) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def guard_failures(figures: dict[str, float], guard: dict[str, Any]) -> list[str]:
    """Messages for each guarded figure that got worse than baseline +/- margin."""
    base, margin = guard["baseline"], guard["margin"]
    out = []
    fa_max = base["false_alarms_per_100_words"] + margin["false_alarms_per_100_words"]
    if figures["false_alarms_per_100_words"] > fa_max + 1e-9:
        out.append(f"false alarms/100 words {figures['false_alarms_per_100_words']:.3f} > "
                   f"{fa_max:.3f}")
    for key in ("real_recall", "planted_recall"):
        low = base[key] - margin["recall"]
        if figures[key] < low - 1e-9:
            out.append(f"{key} {figures[key]:.3f} < {low:.3f}")
    return out


def ratchet(figures: dict[str, float], path: Path = GUARD) -> bool:
    """Write better figures into the guard's baseline; never loosen it. True if changed."""
    guard = load_guard(path)
    base = guard["baseline"]
    new = dict(base)
    new["false_alarms_per_100_words"] = min(base["false_alarms_per_100_words"],
                                            figures["false_alarms_per_100_words"])
    for key in ("real_recall", "planted_recall"):
        new[key] = max(base[key], figures[key])
    if new == base:
        return False
    guard["baseline"] = new
    path.write_text(json.dumps(guard, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return True


# --------------------------------------------------------------------------- output


def _print(report: dict[str, Any], verbose: bool) -> None:
    fa, real, planted = report["false_alarms"], report["real"], report["planted"]
    print(f"Corpus: {report['texts']} texts, {report['words']} words (today = {report['today']})")
    print(f"False alarms (warning/error): {fa['count']} = {fa['per_100_words']:.2f} per 100 "
          "words")
    for rule, sev in fa["by_rule"].items():
        parts = ", ".join(f"{n} {s}" for s, n in sorted(sev.items()))
        print(f"  {rule:32} {parts}")
    info = report["info_outside_marks"]
    print(f"Info findings outside marked spans: {info['count']} = "
          f"{info['per_100_words']:.2f} per 100 words")
    print(f"Real errors: {real['caught']}/{real['errors']} caught = recall {real['recall']:.1%}"
          f" (warning+ only: {real['recall_warning_or_error']:.1%}; without the {real['hard']}"
          f" needing outside knowledge: {real['recall_without_hard']:.1%})")
    for cls, v in real["by_class"].items():
        print(f"  {cls:18} {v['caught']:3}/{v['errors']:<3} {v['recall']:.0%}")
    print(f"Planted errors: {planted['caught']}/{planted['errors']} caught = recall "
          f"{planted['recall']:.1%}")
    for cls, v in planted["by_class"].items():
        print(f"  {cls:18} {v['caught']:3}/{v['errors']:<3} {v['recall']:.0%}")
    if verbose:
        print("\nFalse alarms:")
        for a in fa["items"]:
            print(f"  {a['text']}: {a['rule']} {a['severity']} {a['matched']!r}")
        print("\nMissed real errors:")
        for m in real["missed"]:
            print(f"  {m['text']}: {m['wrong']!r} ({m['class']}) -> {m['correct']!r}")
        print("\nMissed planted errors:")
        for r in planted["items"]:
            if not r["caught"]:
                print(f"  {r['id']}: {r['wrong']!r} ({r['class']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.add_argument("--verbose", action="store_true", help="list false alarms and misses")
    parser.add_argument("--ratchet", action="store_true",
                        help="store better figures in guard.json (never loosens it)")
    args = parser.parse_args(argv)
    report = evaluate()
    figures = headline(report)
    failures = guard_failures(figures, load_guard())
    report["guard"] = {"figures": figures, "failures": failures}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        _print(report, args.verbose)
        print("Guard: " + ("OK" if not failures else "WORSE: " + "; ".join(failures)))
    if args.ratchet and ratchet(figures):
        print("guard.json updated with the better figures", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
