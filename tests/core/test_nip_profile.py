"""NIP validation (18 digits, birth date first) and the one Profile row."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import Profile
from core.nip import nip_error, normalize_nip
from core.profile import load_profile, profile_errors, save_profile
from core.store import Store, open_store

VALID = "199203152019032007"  # born 15-03-1992, CPNS 03-2019, woman, no. 007

COMPLETE = Profile(
    pic_name="Rina Marlina, S.I.Kom.", pic_nip=VALID, pic_position="Pranata Humas Ahli Pertama",
    dept_name="Dinas Komunikasi dan Informatika Kota Cimahi", dept_short="Diskominfo",
    superior_name="Drs. Haryanto Wibisono, M.Si.", superior_nip="197005121995031004",
    superior_position="Kepala Dinas", city="Cimahi",
    address="Jl. Rd. Demang Hardjakusumah Blok Jati, Cimahi", default_hashtags="#CimahiKota",
)


@pytest.fixture
def store() -> Store:
    s = open_store()
    yield s
    s.close()


# --- NIP ----------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    VALID, "19920315 201903 2 007", "19920315.201903.2.007", "19920315-201903-2-007",
    " 199203152019032007 ", "19920315\u00a0201903\u00a02\u00a0007", "197005121995031004",
])
def test_valid_nip_in_the_ways_people_type_it(typed: str) -> None:
    assert nip_error(typed) is None
    assert normalize_nip(typed) in (VALID, "197005121995031004")


@pytest.mark.parametrize(("typed", "count"), [
    ("1992031520190320", 16), ("19920315201903200712", 20), ("1", 1),
    ("19920315 201903 2 00", 17),
])
def test_wrong_length_says_how_many_digits_were_entered(typed: str, count: int) -> None:
    message = nip_error(typed)
    assert message is not None
    assert "18 digit" in message and f"yang diisi {count} digit" in message


@pytest.mark.parametrize("typed", [
    "19920315201903200A", "NIP199203152019032", "199203152019O32007",  # letter O for zero
    "１９９２０３１５２０１９０３２００７",  # full-width digits
    "١٩٩٢٠٣١٥٢٠١٩٠٣٢٠٠٧",  # Arabic-Indic digits
    "199203152019032007/", "+199203152019032007",
])
def test_letters_and_other_signs_are_rejected(typed: str) -> None:
    message = nip_error(typed)
    assert message is not None and "hanya boleh berisi angka" in message


@pytest.mark.parametrize("typed", [
    "199213152019032007",  # month 13
    "199202302019032007",  # 30 February
    "000003152019032007",  # year 0
    "199203002019032007",  # day 0
])
def test_invalid_birth_date_is_rejected(typed: str) -> None:
    message = nip_error(typed)
    assert message is not None and "tanggal lahir" in message


def test_empty_nip_required_or_optional() -> None:
    assert "wajib" in (nip_error("") or "")
    assert "wajib" in (nip_error("  . - ") or "")
    assert nip_error("", required=False) is None
    assert nip_error("123", required=False) is not None  # optional, but not anything


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_nip_error_never_raises(text: str) -> None:
    message = nip_error(text)
    assert message is None or (isinstance(message, str) and "NIP" in message)
    if message is None:
        nip = normalize_nip(text)
        assert len(nip) == 18 and nip.isascii() and nip.isdigit()


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1940, 1, 1)),
       st.integers(min_value=0, max_value=10**10 - 1))
def test_any_real_birth_date_with_ten_more_digits_is_valid(birth: dt.date, rest: int) -> None:
    assert nip_error(birth.strftime("%Y%m%d") + f"{rest:010d}") is None


# --- Profile ------------------------------------------------------------------------

def test_complete_profile_has_no_errors() -> None:
    assert profile_errors(COMPLETE) == {}
    assert COMPLETE.is_complete()


def test_empty_profile_names_every_required_field() -> None:
    errors = profile_errors(Profile(city=""))
    assert set(errors) == {"pic_name", "pic_nip", "dept_name", "dept_short", "city"}
    assert all(msg.strip() for msg in errors.values())
    assert "wajib" in errors["pic_name"] and "NIP" in errors["pic_nip"]


def test_whitespace_only_counts_as_empty() -> None:
    errors = profile_errors(replace(COMPLETE, pic_name="   ", dept_short="\t"))
    assert set(errors) == {"pic_name", "dept_short"}


def test_superior_nip_optional_but_checked_when_given() -> None:
    assert profile_errors(replace(COMPLETE, superior_nip="")) == {}
    errors = profile_errors(replace(COMPLETE, superior_nip="19700512199503100"))
    assert set(errors) == {"superior_nip"} and "17 digit" in errors["superior_nip"]


def test_pic_nip_error_is_reported() -> None:
    errors = profile_errors(replace(COMPLETE, pic_nip="19921315201903200"))
    assert set(errors) == {"pic_nip"}


def test_load_without_saved_profile_gives_empty_one(store: Store) -> None:
    assert load_profile(store) == Profile()
    assert not load_profile(store).is_complete()


def test_save_and_load_round_trip(store: Store) -> None:
    save_profile(store, COMPLETE)
    assert load_profile(store) == COMPLETE
    again = open_store()
    assert load_profile(again) == COMPLETE
    again.close()


def test_save_normalises_nips_and_overwrites(store: Store) -> None:
    save_profile(store, replace(COMPLETE, pic_nip="19920315 201903 2 007",
                                superior_nip="19700512.199503.1.004"))
    loaded = load_profile(store)
    assert loaded.pic_nip == VALID and loaded.superior_nip == "197005121995031004"
    save_profile(store, replace(COMPLETE, pic_name="Budi Santoso"))
    assert load_profile(store).pic_name == "Budi Santoso"
    assert store.execute("SELECT count(*) FROM profile").fetchone()[0] == 1


def test_profile_text_is_stored_faithfully(store: Store) -> None:
    odd = replace(COMPLETE, address="Jl. Sangkuriang No. 2\nRT 01/RW 05 — Cimahi 🇮🇩 \u200b",
                  pic_name="Ni Luh Putu Ayu Ṡ\u0301")
    save_profile(store, odd)
    assert load_profile(store) == odd
