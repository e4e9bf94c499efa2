"""Kalender: holidays from the package, commemorations as data, the month, reminders,
moving posts and planned times."""

from __future__ import annotations

import datetime as dt

import pytest

from core import posts
from core.actions import kalender
from core.kalender import peringatan
from core.kalender.bulan import parse_month, weeks_of_month
from core.kalender.libur import CUTI_BERSAMA, LIBUR, holidays_between, holidays_of_year
from core.model import Category, Post, Profile, Status
from core.profile import save_profile

DINKES = Profile(pic_name="Rina", pic_nip="199001012015032001", dept_name="Dinas Kesehatan",
                 dept_short="Dinkes", city="Cimahi")
DISKOMINFO = Profile(pic_name="Budi", pic_nip="199001012015031001",
                     dept_name="Dinas Komunikasi dan Informatika", dept_short="Diskominfo",
                     city="Cimahi")


def _names(marks, date):
    return {m.name for m in marks if m.date == date}


def test_known_year_holidays_and_cuti_bersama():
    marks = holidays_of_year(2026)
    libur = {m.date for m in marks if m.kind == LIBUR}
    cuti = {m.date for m in marks if m.kind == CUTI_BERSAMA}
    assert {dt.date(2026, 1, 1), dt.date(2026, 8, 17), dt.date(2026, 12, 25)} <= libur
    assert dt.date(2026, 12, 24) in cuti  # cuti bersama Natal
    assert "Hari Kemerdekaan Republik Indonesia" in _names(marks, dt.date(2026, 8, 17))
    # 2025: Idul Fitri 1446 H fell on 31 March and 1 April
    eid = {m.date for m in holidays_of_year(2025) if "Idul Fitri" in m.name and m.kind == LIBUR}
    assert {dt.date(2025, 3, 31), dt.date(2025, 4, 1)} <= eid


def test_holidays_between_spans_years():
    found = holidays_between(dt.date(2025, 12, 20), dt.date(2026, 1, 2))
    assert {m.date for m in found} >= {dt.date(2025, 12, 25), dt.date(2026, 1, 1)}
    assert all(dt.date(2025, 12, 20) <= m.date <= dt.date(2026, 1, 2) for m in found)


def test_every_shipped_commemoration_is_valid_and_has_a_basis():
    days = peringatan.shipped()
    assert len(days) >= 30
    assert len({d.id for d in days}) == len(days)
    for day in days:
        assert day.on(2024) is not None, day.id  # a leap year: every day exists
        assert day.basis.strip(), f"{day.id} has no legal basis or source"
    by_id = {d.id: d for d in days}
    assert by_id["hari-pahlawan"].basis == "Keppres No. 316 Tahun 1959"
    assert (by_id["hari-pahlawan"].month, by_id["hari-pahlawan"].day) == (11, 10)
    assert (by_id["hari-jadi-kota-cimahi"].month, by_id["hari-jadi-kota-cimahi"].day) == (6, 21)


def test_unit_sees_the_days_that_concern_it(store):
    dinkes = {d.id for d in peringatan.commemorations(store, DINKES)}
    kominfo = {d.id for d in peringatan.commemorations(store, DISKOMINFO)}
    assert "hari-kesehatan-nasional" in dinkes and "hari-kesehatan-nasional" not in kominfo
    assert "hari-pers-nasional" in kominfo and "hari-pers-nasional" not in dinkes
    assert {"hari-pahlawan", "hari-kartini", "hari-jadi-kota-cimahi"} <= dinkes & kominfo
    bandung = Profile(dept_name="Dinas Kesehatan", city="Bandung")
    assert "hari-jadi-kota-cimahi" not in {d.id for d in peringatan.commemorations(store, bandung)}


def test_own_day_and_hiding(store):
    own = kalender.add_own_day(store, "  HUT  Dinas Kesehatan ", (3, 15), "Perwal No. 1")
    assert own.name == "HUT Dinas Kesehatan"
    kalender.hide_day(store, "hari-kartini")
    ids = {d.id for d in peringatan.commemorations(store, DINKES)}
    assert own.id in ids and "hari-kartini" not in ids
    assert "hari-kartini" in {d.id for d in peringatan.commemorations(
        store, DINKES, include_hidden=True)}
    kalender.hide_day(store, "hari-kartini", hidden=False)
    assert "hari-kartini" in {d.id for d in peringatan.commemorations(store, DINKES)}
    assert kalender.remove_own_day(store, own.id)
    assert own.id not in {d.id for d in peringatan.commemorations(store, DINKES)}


@pytest.mark.parametrize("name,month,day", [("", 1, 1), ("x" * 200, 1, 1), ("Hari", 2, 30),
                                            ("Hari", 13, 1)])
def test_own_day_refuses_bad_input(store, name, month, day):
    with pytest.raises(peringatan.CommemorationError):
        kalender.add_own_day(store, name, (month, day))


def test_hiding_an_unknown_day_is_refused(store):
    with pytest.raises(peringatan.CommemorationError):
        kalender.hide_day(store, "hari-tidak-ada")


def test_month_shows_holiday_and_posts_on_their_days(store):
    save_profile(store, DISKOMINFO)
    post = posts.create_post(store, Post(title="Upacara HUT RI", activity_date=dt.date(2026, 8, 17),
                                         status=Status.DISETUJUI))
    days = {d.date: d for d in kalender.month(store, 2026, 8)}
    assert len(days) == 31
    aug17 = days[dt.date(2026, 8, 17)]
    assert aug17.is_day_off
    # the commemoration that is also a holiday shows once, as the holiday
    assert [m.name for m in aug17.marks] == ["Hari Kemerdekaan Republik Indonesia"]
    assert [p.post_id for p in aug17.posts] == [post.id]
    assert aug17.posts[0].status is Status.DISETUJUI


def test_planned_time_puts_a_version_on_its_own_day(store):
    save_profile(store, DISKOMINFO)
    post = posts.create_post(store, Post(title="Rapat", activity_date=dt.date(2026, 8, 10),
                                         platforms=["instagram", "x"]))
    kalender.set_planned_time(store, post.id, "x", dt.datetime(2026, 8, 11, 19, 30))
    days = {d.date: d for d in kalender.month(store, 2026, 8)}
    assert [p.post_id for p in days[dt.date(2026, 8, 10)].posts] == [post.id]
    on_11 = days[dt.date(2026, 8, 11)].posts
    assert on_11[0].times == (("x", dt.time(19, 30)),)
    with pytest.raises(kalender.KalenderError):
        kalender.set_planned_time(store, post.id, "tiktok", dt.datetime(2026, 8, 11, 9))


def test_move_post_shifts_planned_times_and_undo_restores(store):
    post = posts.create_post(store, Post(title="Rapat", activity_date=dt.date(2026, 8, 10),
                                         platforms=["instagram"]))
    kalender.set_planned_time(store, post.id, "instagram", dt.datetime(2026, 8, 10, 8, 0))
    moved = kalender.move_post(store, post.id, dt.date(2026, 8, 14))
    assert moved.old_date == dt.date(2026, 8, 10)
    assert posts.get_post(store, post.id).activity_date == dt.date(2026, 8, 14)
    assert posts.list_variants(store, post.id)[0].planned_at == dt.datetime(2026, 8, 14, 8, 0)
    kalender.move_post(store, post.id, moved.old_date)  # what the page's undo does
    assert posts.get_post(store, post.id).activity_date == dt.date(2026, 8, 10)
    assert posts.list_variants(store, post.id)[0].planned_at == dt.datetime(2026, 8, 10, 8, 0)


def test_published_post_is_not_moved(store):
    post = posts.create_post(store, Post(title="Sudah terbit", status=Status.TERBIT,
                                         activity_date=dt.date(2026, 8, 10)))
    with pytest.raises(kalender.KalenderError, match="sudah terbit"):
        kalender.move_post(store, post.id, dt.date(2026, 8, 12))
    assert posts.get_post(store, post.id).activity_date == dt.date(2026, 8, 10)


def test_reminder_lists_commemoration_without_post_and_buat_konten_makes_it(store):
    save_profile(store, DISKOMINFO)
    today = dt.date(2026, 11, 1)
    names = [m.name for m in kalender.upcoming_reminders(store, today)]
    assert "Hari Pahlawan" in names  # 10 November is within 14 days
    assert "Hari Ulang Tahun KORPRI" not in names  # 29 November is not
    mark = next(m for m in kalender.upcoming_reminders(store, today) if m.name == "Hari Pahlawan")
    post = kalender.create_commemoration_post(store, mark.ref, mark.date.year)
    assert post.activity_date == dt.date(2026, 11, 10)
    assert post.category is Category.PERINGATAN_HARI_BESAR
    assert "Hari Pahlawan 2026" in post.caption and "Keppres No. 316 Tahun 1959" in post.notes
    assert "{" not in post.caption
    assert "Hari Pahlawan" not in [m.name for m in kalender.upcoming_reminders(store, today)]


def test_post_a_few_days_ahead_that_names_the_day_covers_it(store):
    save_profile(store, DISKOMINFO)
    posts.create_post(store, Post(title="Menyambut Hari Pahlawan",
                                  activity_date=dt.date(2026, 11, 7)))
    names = [m.name for m in kalender.upcoming_reminders(store, dt.date(2026, 11, 1))]
    assert "Hari Pahlawan" not in names


@pytest.mark.parametrize("text", ["2026-13", "abc", "1999-01", "2026", "99999-01"])
def test_parse_month_refuses_bad_months(text):
    with pytest.raises(ValueError):
        parse_month(text)


def test_weeks_start_on_monday():
    weeks = weeks_of_month(2026, 8)
    assert all(len(w) == 7 and w[0].weekday() == 0 for w in weeks)
    assert dt.date(2026, 8, 1) in weeks[0] and dt.date(2026, 8, 31) in weeks[-1]
