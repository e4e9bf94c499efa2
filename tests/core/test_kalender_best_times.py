"""Best days and hours come only from the unit's own published versions, with counts."""

from __future__ import annotations

import datetime as dt

from core import posts
from core.kalender.waktu_terbaik import MIN_VERSIONS, best_times
from core.model import Post, Status, Variant


def _published(store, when: dt.datetime, reach: int | None, likes: int) -> None:
    post = posts.create_post(store, Post(title="x", status=Status.TERBIT,
                                         activity_date=when.date(), platforms=["instagram"]))
    posts.save_variant(store, Variant(platform="instagram", post_id=post.id, published_at=when,
                                      reach=reach, likes=likes))


def test_too_few_versions_say_nothing(store):
    for i in range(MIN_VERSIONS - 1):
        _published(store, dt.datetime(2026, 11, 2 + i, 19, 0), 100, 10)
    result = best_times(store)
    assert result.total == MIN_VERSIONS - 1 and result.by_day == [] and result.by_hour == []


def test_medians_by_weekday_and_band_with_counts(store):
    # three Monday evenings with high engagement, three Wednesday mornings with low
    for week in range(3):
        _published(store, dt.datetime(2026, 11, 2 + 7 * week, 19, 0), 1000, 100)
        _published(store, dt.datetime(2026, 11, 4 + 7 * week, 7, 30), 1000, 10)
    result = best_times(store)
    assert result.total == 6
    by_day = {s.label: s for s in result.by_day}
    assert by_day["Senin"].versions == 3 and by_day["Senin"].median_rate == 0.1
    assert by_day["Rabu"].median_interactions == 10
    by_hour = {s.label: s for s in result.by_hour}
    assert by_hour["18.00–21.00"].versions == 3 and by_hour["06.00–09.00"].versions == 3


def test_versions_without_reach_still_count_interactions(store):
    for i in range(MIN_VERSIONS):
        _published(store, dt.datetime(2026, 11, 2 + i, 12, 0), None, 5)
    slot = best_times(store).by_hour[0]
    assert slot.median_rate is None and slot.median_interactions == 5
