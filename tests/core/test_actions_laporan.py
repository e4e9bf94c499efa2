"""Laporan use cases without Qt: CSV import (preview, apply, undo, redo), typed metrics and
follower counts, notes, report files and export through the exporter registry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core import posts
from core.actions import laporan
from core.import_mappings import load_mapping
from core.metrics_import import read_csv
from core.model import MAX_METRIC, Post, Status, Variant
from core.period import Period
from core.report_files import ExportCancelled, ReportFormat
from core.report_notes import load_issues

NOV = Period.month(2025, 11)


@pytest.fixture
def store(demo_store):
    return demo_store


def _linked(store, platform: str = "instagram") -> Variant:
    return next(v for p in posts.list_posts(store) for v in posts.list_variants(store, p.id)
                if v.published_url and v.platform == platform)


def _variant(store, variant_id: int) -> Variant:
    return next(v for p in posts.list_posts(store) for v in posts.list_variants(store, p.id)
                if v.id == variant_id)


def test_import_preview_writes_nothing_apply_writes_undo_and_redo(store) -> None:
    ig = _linked(store)
    table = read_csv(f"Permalink;Jangkauan;Suka\n{ig.published_url};4.321;12\n"
                     "https://www.instagram.com/p/BUKAN/;1;1\n")
    preview = laporan.preview_metrics_import(store, table, source="instagram")
    assert [m.row.line for m in preview.matched] == [2]
    assert [m.row.line for m in preview.unmatched] == [3]
    assert _variant(store, ig.id).reach == ig.reach  # a preview writes nothing

    outcome = laporan.apply_metrics_import(store, preview)
    assert outcome.updated == 1
    assert (_variant(store, ig.id).reach, _variant(store, ig.id).likes) == (4321, 12)
    assert load_mapping(store, "instagram", table.headers) == {"url": 0, "reach": 1, "likes": 2}

    laporan.undo_metrics_import(store, outcome)
    assert (_variant(store, ig.id).reach, _variant(store, ig.id).likes) == (ig.reach, ig.likes)
    laporan.redo_metrics_import(store, outcome)
    assert _variant(store, ig.id).reach == 4321


def test_import_without_remembering_the_mapping(store) -> None:
    ig = _linked(store)
    table = read_csv(f"Tautan,Jangkauan\n{ig.published_url},5\n")
    preview = laporan.preview_metrics_import(store, table)
    laporan.apply_metrics_import(store, preview, remember_mapping=False)
    assert load_mapping(store, laporan.MIXED_SOURCE, table.headers) is None
    assert _variant(store, ig.id).reach == 5


def test_unknown_source_is_refused(store) -> None:
    with pytest.raises(ValueError, match="sumber tidak dikenal"):
        laporan.preview_metrics_import(store, read_csv("a,b\n1,2\n"), source="myspace")


def test_typed_metrics_are_checked_all_or_nothing(store) -> None:
    a, b = _linked(store, "instagram"), _linked(store, "facebook")
    laporan.set_metrics(store, [(a.id, "reach", 10), (b.id, "likes", 3),
                                (a.id, "published_url", "  https://x.test/a  ")])
    assert _variant(store, a.id).reach == 10 and _variant(store, b.id).likes == 3
    assert _variant(store, a.id).published_url == "https://x.test/a"
    for bad in (-1, MAX_METRIC + 1, 1.5, "12", True):
        with pytest.raises(ValueError):
            laporan.set_metrics(store, [(a.id, "reach", 99), (b.id, "likes", bad)])
        assert _variant(store, a.id).reach == 10  # nothing of the batch was written
    with pytest.raises(ValueError, match="tidak bisa diubah"):
        laporan.set_metrics(store, [(a.id, "text", "x")])
    laporan.set_metrics(store, [(a.id, "reach", None)])
    assert _variant(store, a.id).reach is None


def test_follower_counts_return_the_growth_the_report_shows(store) -> None:
    entry = laporan.report_data(store, NOV).followers[0]
    change = laporan.FollowerChange(entry.account_id, entry.platform, False, 1000)
    entries = laporan.set_follower_counts(store, NOV, [
        change, laporan.FollowerChange(entry.account_id, entry.platform, True, 1250)])
    mine = next(e for e in entries if (e.account_id, e.platform) ==
                (entry.account_id, entry.platform))
    assert (mine.start, mine.end, mine.growth) == (1000, 1250, 250)
    assert laporan.report_data(store, NOV).follower_growth == 250
    with pytest.raises(ValueError):
        laporan.set_follower_counts(store, NOV, [
            laporan.FollowerChange(entry.account_id, entry.platform, True, MAX_METRIC + 1)])
    laporan.set_follower_counts(store, NOV, [
        laporan.FollowerChange(entry.account_id, entry.platform, True, None)])
    # with the end count cleared, the latest count inside the period is the start one
    assert laporan.report_data(store, NOV).follower_growth == 0


def test_report_notes_are_kept_per_period(store) -> None:
    dept = laporan.departments(store)[0]
    assert laporan.save_report_notes(store, dept, NOV, "  Kuota habis.\n") == "Kuota habis."
    assert load_issues(store, dept, NOV.start, NOV.end).startswith("  Kuota")
    assert laporan.report_data(store, NOV).issues == "Kuota habis."
    assert laporan.report_data(store, Period.month(2025, 12)).issues == ""


def test_report_file_names_follow_the_typed_period(store, tmp_path) -> None:
    data = laporan.report_data(store, NOV)
    files = laporan.report_files(data, tmp_path, [ReportFormat.XLSX, ReportFormat.DOCX])
    assert [(f, p.name) for f, p in files] == [
        (ReportFormat.XLSX, "Laporan Medsos Diskominfo 2025-11.xlsx"),
        (ReportFormat.DOCX, "Laporan Medsos Diskominfo 2025-11.docx")]
    week = laporan.report_data(store, Period(dt.date(2025, 11, 3), dt.date(2025, 11, 9)))
    assert laporan.report_files(week, tmp_path, [ReportFormat.DOCX])[0][1].name == \
        "Laporan Medsos Diskominfo 2025-11-03_2025-11-09.docx"
    # a one-word label that is not a month must not be named like one (the old space count)
    day = laporan.report_data(store, Period(dt.date(2025, 11, 1), dt.date(2025, 11, 1)))
    assert laporan.report_files(day, tmp_path, [ReportFormat.DOCX])[0][1].stem.endswith(
        "2025-11-01_2025-11-01")


def test_default_report_folder_follows_the_setting(store, tmp_path) -> None:
    from core import settings

    assert laporan.default_report_folder(store).parts[-2:] == ("Warta", "Laporan")
    settings.set(store, "export_folder", str(tmp_path / "Ekspor"))
    assert laporan.default_report_folder(store) == tmp_path / "Ekspor" / "Laporan"


class _FakeWriter:
    calls: list[Path] = []

    def __init__(self, data) -> None:
        self.data = data

    def export(self, target, *, progress=None, cancelled=None) -> Path:
        progress(1, 2, "setengah")
        if cancelled and cancelled():
            raise ExportCancelled()
        Path(target).write_text("x")
        return Path(target)


def test_export_creates_the_folder_reports_progress_and_stops_on_cancel(store, tmp_path):
    data = laporan.report_data(store, NOV)
    targets = laporan.report_files(data, tmp_path / "baru" / "Laporan",
                                   [ReportFormat.DOCX, ReportFormat.XLSX])
    writers = dict.fromkeys(ReportFormat, _FakeWriter)
    seen: list[tuple[int, int]] = []
    result = laporan.export_report(data, targets, writers,
                                   progress=lambda d, t, _s: seen.append((d, t)))
    assert [p.name for p in result.written] == [p.name for _f, p in targets]
    assert not result.cancelled and seen == [(50, 200), (150, 200)]
    stop = laporan.export_report(data, targets, writers, cancelled=lambda: True)
    assert stop.cancelled and stop.written == []
    with pytest.raises(ValueError, match="tidak ada penulis"):
        laporan.export_report(data, targets, {})


def test_export_with_the_registry_writes_both_formats(store, tmp_path) -> None:
    from exporters.registry import WRITERS, writer_for

    assert set(WRITERS) == set(ReportFormat)
    assert writer_for("a.DOCX") is WRITERS[ReportFormat.DOCX]
    with pytest.raises(ValueError, match=".docx, .xlsx"):
        writer_for("laporan.pdf")
    data = laporan.report_data(store, NOV)
    targets = laporan.report_files(data, tmp_path, list(ReportFormat))
    written = laporan.export_report(data, targets, WRITERS).written
    assert [p.suffix for p in written] == [".docx", ".xlsx"]
    assert all(p.stat().st_size > 1000 for p in written)


def test_post_without_versions_is_still_listed(store) -> None:
    post = posts.create_post(store, Post(title="Tanpa Versi", status=Status.TERBIT,
                                         activity_date=dt.date(2025, 11, 5)))
    rows = [r for r in laporan.report_data(store, NOV).rows if r.post_id == post.id]
    assert [(r.platform_name, r.variant_id) for r in rows] == [("\u2014", None)]
