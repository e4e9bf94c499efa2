"""Indonesian wording in reports: dates, numbers, percentages, periods, NIP."""

from __future__ import annotations

import datetime as dt

from core.report_format import (
    format_nip,
    format_number,
    format_optional_date,
    format_percent,
    format_signed,
    month_bounds,
    period_label,
)


def test_dates_and_numbers_read_the_indonesian_way() -> None:
    assert format_optional_date(dt.date(2025, 11, 12)) == "12 November 2025"
    assert format_optional_date(None) == ""
    assert format_number(1234) == "1.234"
    assert format_number(1234.5, 1) == "1.234,5"
    assert format_number(None) == ""
    assert format_percent(0.0321) == "3,2%"
    assert format_percent(None) == ""
    assert format_signed(1234) == "+1.234" and format_signed(-56) == "-56"


def test_periods_name_whole_months_and_ranges() -> None:
    assert month_bounds(2025, 12) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert month_bounds(2024, 2)[1] == dt.date(2024, 2, 29)
    assert period_label(*month_bounds(2025, 11)) == "November 2025"
    assert period_label(dt.date(2025, 11, 3), dt.date(2025, 11, 9)) == (
        "3 November 2025 s.d. 9 November 2025")


def test_nip_is_printed_in_its_groups() -> None:
    assert format_nip("199203152019032007") == "19920315 201903 2 007"
    assert format_nip("1992 0315 2019") == "1992 0315 2019"  # not 18 digits: as typed
