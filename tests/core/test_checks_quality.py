"""The checker's quality on real official text must not get worse (issue 13).

The figures come from benchmarks/bench_checks_quality.py on the corpus in
benchmarks/data/checks_corpus/; the guarded baseline and margins live in guard.json there
(ratchet them with `--ratchet` when a change improves them).
"""

from __future__ import annotations

import json

import pytest

from benchmarks import bench_checks_quality as q
from core.checks import Finding

CLASSES = {
    "ejaan", "tidak_baku", "serapan", "di_ke", "partikel", "ulang", "gabung", "pisah",
    "tanda_hubung", "ordinal", "satuan", "tanda_baca", "spasi", "kapital", "singkatan",
    "asing_berimbuhan", "hari_tanggal", "kata_ganda", "templat", "nama_resmi",
}
# every error class issue 13 lists must have planted examples
PLANTED_CLASSES = {
    "ejaan", "spasi", "ulang", "partikel", "gabung", "pisah", "ordinal", "serapan", "satuan",
    "tanda_baca", "singkatan", "asing_berimbuhan", "templat", "hari_tanggal", "tidak_baku",
    "di_ke",
}


@pytest.fixture(scope="module")
def report():
    return q.evaluate()


def _finding(start: int, end: int, severity: str = "warning") -> Finding:
    return Finding("test.rule", severity, "Akurasi", "pesan", start, end)  # type: ignore[arg-type]


def test_corpus_has_enough_real_text_with_sources():
    samples = q.load_corpus()
    assert len(samples) >= 30
    assert sum(len(s.text.split()) for s in samples) >= 4000
    for s in samples:
        assert s.meta["url"].startswith(("http://", "https://")), s.id
        assert s.meta["publisher"] and s.meta["date"], s.id
        assert 30 <= len(s.text.split()) <= 260, s.id
        assert {m.cls for m in s.errors} <= CLASSES, s.id


def test_planted_set_covers_every_class_once_per_item():
    items = q.load_planted()
    assert {s.errors[0].cls for s in items} >= PLANTED_CLASSES
    for s in items:
        assert len(s.errors) == 1, s.id  # the marked error occurs once in its sentence
        assert s.errors[0].cls in CLASSES


def test_locate_matches_whole_words_inside_context():
    text = "Kerjasama dan kerjasama; bekerjasama. ke 5 dan ke 50"
    assert q.locate(text, "kerjasama") == [(14, 23)]
    assert q.locate(text, "ke 5") == [(38, 42)]
    assert q.locate(text, "ke 50", context="dan ke 50") == [(47, 52)]
    with pytest.raises(ValueError):  # "ke 5" inside "ke 50" is not a whole word
        q.locate(text, "ke 5", context="dan ke 50")
    assert len(q.locate("a b a b", "a", n="all")) == 2
    with pytest.raises(ValueError):
        q.locate(text, "tidak ada")
    with pytest.raises(ValueError):
        q.locate(text, "kerjasama", n=2)


def test_a_sentence_wide_finding_neither_catches_nor_is_excused():
    span = (10, 18)
    assert q.relates(_finding(10, 18), span)
    assert q.relates(_finding(5, 40), span)  # a little wider than the word
    assert not q.relates(_finding(0, 200), span)  # a whole sentence
    assert not q.relates(_finding(18, 25), span)  # touching is not overlapping
    assert not q.relates(_finding(0, 0), span)  # whole-text finding


def test_scoring_counts_false_alarms_and_recall_by_the_stated_rules():
    sample = q.Sample("t", "Ini kalimat dengan himbauan dan kata benar lagi.",
                      [q.Mark((19, 27), "himbauan", "tidak_baku")], [])

    def check(text: str) -> list[Finding]:
        return [_finding(19, 27, "info"), _finding(32, 36, "warning"),
                _finding(0, len(text), "warning"), _finding(37, 42, "info")]

    r = q.score_corpus([sample], check)
    assert r["real"]["recall"] == 1.0  # an info finding on the word still catches it
    assert r["real"]["recall_warning_or_error"] == 0.0
    assert r["false_alarms"]["count"] == 2  # "kata" and the sentence-wide warning
    assert r["false_alarms"]["by_rule"] == {"test.rule": {"warning": 2}}
    assert r["info_outside_marks"]["count"] == 1
    assert r["words"] == 8


def test_guard_fails_only_beyond_the_margin_and_ratchet_never_loosens(tmp_path):
    path = tmp_path / "guard.json"
    guard = {"baseline": {"false_alarms_per_100_words": 0.5, "real_recall": 0.6,
                          "planted_recall": 0.7},
             "margin": {"false_alarms_per_100_words": 0.05, "recall": 0.02}}
    path.write_text(json.dumps(guard))
    same = dict(guard["baseline"])
    assert q.guard_failures(same, guard) == []
    assert q.guard_failures({**same, "false_alarms_per_100_words": 0.54}, guard) == []
    assert len(q.guard_failures({**same, "false_alarms_per_100_words": 0.56}, guard)) == 1
    assert len(q.guard_failures({**same, "real_recall": 0.57}, guard)) == 1
    assert not q.ratchet({**same, "real_recall": 0.5}, path)  # worse: unchanged
    assert q.ratchet({**same, "planted_recall": 0.9, "false_alarms_per_100_words": 0.9},
                     path)
    stored = json.loads(path.read_text())["baseline"]
    assert stored == {"false_alarms_per_100_words": 0.5, "real_recall": 0.6,
                      "planted_recall": 0.9}


def test_quality_on_real_text_does_not_get_worse(report):
    figures = q.headline(report)
    failures = q.guard_failures(figures, q.load_guard())
    assert not failures, (failures, report["false_alarms"]["by_rule"])


def test_report_is_json_ready(report):
    back = json.loads(json.dumps(report))
    assert back["words"] >= 4000
    assert set(back["planted"]) >= {"errors", "caught", "recall", "by_class", "items"}
