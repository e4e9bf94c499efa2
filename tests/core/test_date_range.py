"""Dates are bounded to 2000-2100 everywhere they enter, and any stored date still works
(issue 16 item 2: a post dated 9999-12-01 stopped the GUI from starting)."""

from __future__ import annotations

import datetime as dt

import pytest

import cli
from core import posts
from core.date_range import MAX_DATE, MIN_DATE, check_date, month_key, parse_date
from core.model import Post, Status
from core.report import month_report
from core.report_format import month_bounds


def test_month_bounds_of_the_last_month_python_can_hold():
    assert month_bounds(9999, 12) == (dt.date(9999, 12, 1), dt.date(9999, 12, 31))
    assert month_bounds(2024, 2)[1] == dt.date(2024, 2, 29)


@pytest.mark.parametrize("text", ["9999-12-01", "1999-12-31", "2101-01-01", "0001-01-01"])
def test_out_of_range_dates_are_refused_with_a_message(text):
    with pytest.raises(ValueError, match="di luar rentang"):
        parse_date(text)


def test_bounds_are_accepted_and_garbage_explained():
    assert parse_date(" 2000-01-01 ") == MIN_DATE and parse_date("2100-12-31") == MAX_DATE
    with pytest.raises(ValueError, match="TTTT-BB-HH"):
        parse_date("12/11/2025")
    assert check_date(None) is None


def test_core_refuses_to_store_an_out_of_range_activity_date(store):
    with pytest.raises(ValueError, match="Tanggal kegiatan 9999-12-01"):
        posts.create_post(store, Post(title="x", activity_date=dt.date(9999, 12, 1)))
    post = posts.create_post(store, Post(title="x", activity_date=dt.date(2025, 11, 12)))
    with pytest.raises(ValueError, match="di luar rentang"):
        posts.update_post(store, Post(id=post.id, title="x", activity_date=dt.date(1900, 1, 1)))
    assert posts.get_post(store, post.id).activity_date == dt.date(2025, 11, 12)


def _store_raw_date(store, title: str, value: str) -> int:
    """What an older version (or a hand edit) could leave in the database."""
    post = posts.create_post(store, Post(title=title, activity_date=dt.date(2025, 1, 1),
                                         status=Status.TERBIT))
    store.execute("UPDATE posts SET activity_date = ? WHERE id = ?", (value, post.id))
    return post.id


def test_stored_far_and_broken_dates_still_read(store):
    far = _store_raw_date(store, "jauh", "9999-12-01")
    broken = _store_raw_date(store, "rusak", "20x5-13-99")
    assert posts.get_post(store, far).activity_date == dt.date(9999, 12, 1)
    assert posts.get_post(store, broken).activity_date is None
    assert "9999-12" in posts.months_with_posts(store)
    assert all(month_key(m) for m in posts.months_with_posts(store))
    assert month_report(store, 9999, 12).end == dt.date(9999, 12, 31)
    copy = posts.duplicate_post(store, far)
    assert copy.activity_date == MAX_DATE


@pytest.mark.parametrize("value", ["9999-12-01", "1999-01-01"])
def test_cli_add_refuses_an_out_of_range_date(capsys, value):
    code = cli.main(["add", "--title", "Uji", "--date", value, "--status", "Terbit"])
    err = capsys.readouterr().err
    assert code == 1 and "di luar rentang" in err and "Traceback" not in err
