"""Issue 11 for the Laporan side: one owner per table, no SQL in the report or the
Laporan GUI/CLI, one list of metrics, platform names from core/platforms.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from core.model import METRIC_FIELDS, METRIC_LABELS, METRICS, Variant
from core.period import Period
from core.platforms import PLATFORMS, platform_name

ROOT = Path(__file__).resolve().parents[2]
OWNERS = {"variants": "core/posts.py", "follower_counts": "core/followers.py",
          "report_notes": "core/report_notes.py", "import_mappings": "core/import_mappings.py"}
NOT_APP_CODE = {"core/migrations.py", "core/demo.py"}  # schema and demo data aside
_WRITE = re.compile(r"(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)"
                    r"\s+(\w+)", re.IGNORECASE)
_SQL = re.compile(r"\b(?:SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b|"
                  r"\.execute\(", re.IGNORECASE)


def _sources() -> list[Path]:
    return [p for pkg in ("core", "cli", "gui", "widgets", "exporters")
            for p in sorted((ROOT / pkg).rglob("*.py")) if "__pycache__" not in p.parts]


def test_each_laporan_table_is_written_by_its_owner_only() -> None:
    writers: dict[str, set[str]] = {table: set() for table in OWNERS}
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        if rel in NOT_APP_CODE:
            continue
        for table in _WRITE.findall(path.read_text(encoding="utf-8")):
            if table in writers:
                writers[table].add(rel)
    assert writers == {table: {owner} for table, owner in OWNERS.items()}


@pytest.mark.parametrize("rel", ["core/report.py", "core/metrics_import.py",
                                 "core/actions/laporan.py", "gui/laporan/page.py",
                                 "gui/laporan/import_dialog.py", "gui/laporan/metrics_commands.py",
                                 "cli/report.py", "cli/import_metrics.py"])
def test_no_sql_of_their_own(rel: str) -> None:
    assert not _SQL.search((ROOT / rel).read_text(encoding="utf-8")), rel


def test_the_metrics_are_declared_once() -> None:
    assert tuple(m.id for m in METRICS) == METRIC_FIELDS
    assert list(METRIC_LABELS) == list(METRIC_FIELDS)
    variant_fields = [f.name for f in dataclasses.fields(Variant)]
    assert [f for f in variant_fields if f in METRIC_FIELDS] == list(METRIC_FIELDS)
    for rel in ("core/report.py", "core/report_sources.py", "core/metrics_import.py",
                "core/posts.py", "exporters/xlsx_report.py"):
        text = (ROOT / rel).read_text(encoding="utf-8")
        assert not re.search(r'"reach",\s*"impressions"', text), rel
        assert "PLATFORM_NAMES" not in text, rel


def test_platform_names_come_from_the_platform_table() -> None:
    assert all(platform_name(pid) == p.name for pid, p in PLATFORMS.items())
    assert platform_name("") == "\u2014" and platform_name("myspace") == "myspace"


def test_period_is_typed() -> None:
    nov = Period.month(2025, 11)
    assert nov.whole_month and nov.label == "November 2025" and nov.file_part == "2025-11"
    week = Period(dt.date(2025, 11, 3), dt.date(2025, 11, 9))
    assert not week.whole_month and week.file_part == "2025-11-03_2025-11-09"
    assert Period.month(9999, 12).end == dt.date(9999, 12, 31)  # no year 10000 on the way
    assert Period.from_key("2025-02").end == dt.date(2025, 2, 28)
    for bad in ("2025-13", "25-11", "2025/11", "abcd-ef"):
        with pytest.raises(ValueError):
            Period.from_key(bad)
    with pytest.raises(ValueError, match="tidak boleh sebelum"):
        Period(dt.date(2025, 11, 9), dt.date(2025, 11, 3))


def test_export_root_is_one_function(tmp_path) -> None:
    from core import paths

    copies = [p for p in _sources() if "def default_export_root" in p.read_text("utf-8")]
    assert copies == []
    assert paths.export_root(str(tmp_path)) == tmp_path
    assert paths.export_root("").name == "Warta"
    assert paths.report_export_dir(str(tmp_path)) == tmp_path / "Laporan"
