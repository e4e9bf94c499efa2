"""The field readers every packet kind shares (core/rekap/isian.py): one message per
kind of problem, whichever packet it is in."""

from __future__ import annotations

import pytest

from core.rekap import isian
from core.rekap.wadah import PacketError


def test_need_refuses_a_bool_as_a_number_and_a_wrong_type():
    assert isian.need(3, int, "x") == 3
    with pytest.raises(PacketError, match="x bukan bilangan"):
        isian.need(True, int, "x")
    with pytest.raises(PacketError, match="x tidak sesuai skema"):
        isian.need("3", int, "x")


def test_text_is_cleaned_bounded_and_required_only_when_asked():
    assert isian.text({"a": "ab\x00c\u202e"}, "a", "doc") == "abc"
    assert isian.text({"a": "x" * 50}, "a", "doc", limit=10) == "x" * 10
    assert isian.text({}, "a", "doc", required=False) == ""
    with pytest.raises(PacketError, match=r"doc\.a tidak ada"):
        isian.text({}, "a", "doc")


@pytest.mark.parametrize("value, problem", [
    ("2025-13-01", "tidak sah"), (20250101, "tidak sah"), ("1800-01-01", "rentang"),
])
def test_date_refuses_bad_and_far_dates(value, problem):
    assert isian.date("2025-11-10T08:00:00", "d") == "2025-11-10"
    with pytest.raises(PacketError, match=problem):
        isian.date(value, "d")


def test_header_names_the_kind_and_a_newer_schema():
    doc = {"format": "warta-x", "schema_version": 2}
    assert isian.check_header(doc, "warta-x", "Paket X", 2) == 2
    with pytest.raises(PacketError, match="bukan Paket Y Warta"):
        isian.check_header(doc, "warta-y", "Paket Y", 2)
    with pytest.raises(PacketError, match="lebih baru.*perbarui Warta di Diskominfo"):
        isian.check_header(doc, "warta-x", "Paket X", 1, " di Diskominfo")
    with pytest.raises(PacketError, match="skema 0 tidak dikenal"):
        isian.check_header({"format": "warta-x", "schema_version": 0}, "warta-x", "X", 1)
    with pytest.raises(PacketError, match="dokumen tidak sesuai skema"):
        isian.check_header([], "warta-x", "X", 1)
