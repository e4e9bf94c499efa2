"""Indonesian dates, times, numbers and name lists, independent of the machine's locale."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.indonesian import (
    DAYS,
    format_date,
    format_date_abbrev,
    format_date_long,
    format_date_short,
    format_month,
    format_number,
    format_time,
    join_names,
    parse_date,
    parse_number,
)

RABU = dt.date(2025, 11, 12)


def test_long_and_short_dates_as_in_government_captions():
    assert format_date_long(RABU) == "Rabu, 12 November 2025"
    assert format_date_short(RABU) == "Rabu (12/11/2025)"
    assert format_date(dt.date(2025, 8, 17)) == "17 Agustus 2025"
    assert format_date_short(dt.date(2026, 1, 4)) == "Minggu (04/01/2026)"
    assert format_date_abbrev(RABU) == "12 Nov 2025"
    assert format_month(2025, 2) == "Februari 2025"


def test_every_weekday_has_its_indonesian_name():
    monday = dt.date(2025, 11, 10)
    names = [format_date_long(monday + dt.timedelta(days=i)).split(",")[0] for i in range(7)]
    assert names == list(DAYS) == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def test_time_uses_a_full_stop_and_zone():
    assert format_time(dt.time(9, 5)) == "09.05 WIB"
    assert format_time(dt.time(14, 30), zone="WITA") == "14.30 WITA"
    assert format_time(dt.time(7, 0), zone="") == "07.00"


@pytest.mark.parametrize(("value", "decimals", "text"), [
    (1234.5, 1, "1.234,5"), (1234567, 0, "1.234.567"), (0.5, 0, "1"), (2.5, 0, "3"),
    (-1234.25, 1, "-1.234,3"), (-0.4, 0, "0"), (12, 2, "12,00"), (float("nan"), 0, "-"),
])
def test_format_number(value, decimals, text):
    assert format_number(value, decimals=decimals) == text


@pytest.mark.parametrize("text", [
    "12/11/2025", "12-11-2025", "12.11.2025", "2025-11-12", "12 November 2025", "12 Nov 2025",
    "12 Nopember 2025", "Rabu, 12 November 2025", "Rabu (12/11/2025)", "  rabu   12 nov 2025 ",
])
def test_parse_date_reads_what_people_type(text):
    assert parse_date(text) == RABU


@pytest.mark.parametrize("text", ["", "besok", "31/02/2025", "12/13/2025", "Rabu"])
def test_parse_date_refuses_nonsense(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("1.234,5", 1234.5), ("1.234", 1234.0), ("12,5", 12.5), ("1234.5", 1234.5), ("-3", -3.0),
    ("1.234.567", 1234567.0), ("abc", None), ("", None), ("1,2,3", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_join_names_uses_dan():
    assert join_names([]) == ""
    assert join_names(["Diskominfo"]) == "Diskominfo"
    assert join_names(["Diskominfo", "Dinkes"]) == "Diskominfo dan Dinkes"
    assert join_names(["Diskominfo", "Dinkes", "Disdik"]) == "Diskominfo, Dinkes, dan Disdik"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_formatted_dates_parse_back(date):
    for fmt in (format_date_long, format_date_short, format_date, format_date_abbrev):
        assert parse_date(fmt(date)) == date


@given(st.text(max_size=40))
def test_parse_never_raises(text):
    parse_date(text)
    parse_number(text)


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False))
def test_format_number_parses_back(value):
    assert parse_number(format_number(value, decimals=2)) == pytest.approx(float(value))
