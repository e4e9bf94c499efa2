"""Property tests for the metrics number parser and the CSV reader (arbitrary input)."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from core.metrics_import import CsvError, read_csv
from core.metrics_import import parse_csv_number as parse_number
from core.report_format import format_number

counts = st.integers(min_value=0, max_value=10**12)


@given(counts)
def test_indonesian_formatted_counts_round_trip(n: int) -> None:
    assert parse_number(format_number(n)) == n


@given(counts)
def test_english_formatted_and_plain_counts_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=9))
def test_one_decimal_in_both_conventions(whole: int, tenth: int) -> None:
    value = whole + tenth / 10
    assert parse_number(format_number(value, 1)) == round(value, 1)
    assert parse_number(f"{value:,.1f}") == round(value, 1)


@given(st.text(max_size=30))
def test_any_text_gives_a_number_none_or_value_error(text: str) -> None:
    try:
        result = parse_number(text)
    except ValueError:
        return
    assert result is None or isinstance(result, int | float)


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                      blacklist_characters="\x00\r\n"), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=6),
       st.sampled_from([";", ",", "\t"]), st.booleans())
def test_csv_written_by_the_csv_module_reads_back(rows, delimiter: str, bom: bool) -> None:
    headers = ["Tautan", "Tanggal", "Jangkauan"]
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows([headers, *rows])
    data = buf.getvalue().encode("utf-8-sig" if bom else "utf-8")
    table = read_csv(data)
    assert table.headers == headers
    expected = [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]
    assert table.rows == expected
    assert len(table.lines) == len(table.rows)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash_the_reader(data: bytes) -> None:
    try:
        table = read_csv(data)
    except CsvError:
        return
    assert all(len(r) >= len(table.headers) for r in table.rows)
