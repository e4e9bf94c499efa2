"""Konten use cases (core/actions/konten.py), without Qt: create, save, status gates,
publish, duplicate/delete/restore, caption notes, and the versions migration."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from core import accounts, check_records, migrations, posts, settings
from core.actions import konten
from core.checks import applicable_items
from core.model import PLATFORM_IDS, Account, Post, Profile, Status
from core.profile import save_profile
from core.store import connect

WRONG_DAY = "Walikota meresmikan Mal Pelayanan Publik pada Senin (12/11/2025)."
PROFILE = Profile(pic_name="Rina Marlina", pic_nip="199001012015032001",
                  dept_name="Dinas Komunikasi dan Informatika", dept_short="Diskominfo",
                  city="Cimahi", default_hashtags="#Cimahi #CimahiMaju")


@pytest.fixture
def pic(store):
    save_profile(store, PROFILE)
    return store


def _tick_all(store, post: Post) -> None:
    variants = posts.list_variants(store, post.id)
    for item in applicable_items(post, (), variants):
        check_records.tick(store, post.id, item.id, "Rina Marlina")


# ---- create ------------------------------------------------------------------------------

def test_create_makes_a_version_per_target_platform_like_the_editor(pic) -> None:
    result = konten.create_post(pic, Post(title="Rapat", caption="Rapat Satu Data.",
                                          activity_date=dt.date(2025, 11, 12)))
    post = result.post
    assert post.platforms == list(PLATFORM_IDS) == konten.default_platforms()
    assert post.hashtags == PROFILE.default_hashtags  # the department's own tags
    stored = posts.list_variants(pic, post.id)
    assert [v.platform for v in stored] == list(PLATFORM_IDS)
    ig = stored[0]
    assert ig.text == "Rapat Satu Data.\n\n#Cimahi #CimahiMaju" and not ig.edited
    assert {v.platform: v.title for v in stored}["youtube"] == "Rapat"


def test_create_without_a_date_takes_today_and_only_chosen_platforms(pic) -> None:
    post = konten.create_post(pic, Post(platforms=["x", "instagram"])).post
    assert post.activity_date == dt.date.today()
    assert [v.platform for v in posts.list_variants(pic, post.id)] == ["instagram", "x"]


def test_parse_platforms_orders_and_refuses_unknown() -> None:
    assert konten.parse_platforms(["X", "instagram", "x"]) == ["instagram", "x"]
    with pytest.raises(ValueError, match="platform 'myspace' tidak dikenal"):
        konten.parse_platforms(["myspace"])


def test_create_as_terbit_asks_about_the_checklist_then_records_the_answer(pic) -> None:
    draft = Post(title="Sosialisasi", caption="Sosialisasi Satu Data.", status=Status.TERBIT,
                 activity_date=dt.date(2025, 11, 12), platforms=["instagram"])
    result = konten.create_post(pic, draft)
    assert result.post is None and result.gate.open
    assert "Sudah disetujui atasan sebelum diunggah" in [i.label for i in result.gate.unticked]
    assert posts.count_posts(pic) == 0  # nothing written before the answer

    result = konten.create_post(pic, draft, answer=konten.Answer.both("Disetujui lisan."))
    assert result.post.status is Status.TERBIT
    (override,) = check_records.list_overrides(pic, result.post.id)
    assert override.reason == "Disetujui lisan." and override.decided_by == "Rina Marlina"
    assert {e["kind"] for e in override.errors} == {"checklist"}
    assert result.post.review_reason == ""  # review_reason is about errors only


# ---- status gates ------------------------------------------------------------------------

def test_errors_need_a_reason_from_review_on(pic) -> None:
    post = konten.create_post(pic, Post(title="MPP", caption=WRONG_DAY,
                                        activity_date=dt.date(2025, 11, 12))).post
    result = konten.change_status(pic, post.id, Status.SIAP_DITINJAU)
    assert not result.changed
    assert [f.rule_id for f in result.gate.errors] == ["akurasi.hari_tanggal"]
    assert result.gate.unticked == ()  # the checklist gate starts at Disetujui
    assert posts.get_post(pic, post.id).status is Status.DRAF

    answer = konten.Answer(error_reason="Tanggal dikonfirmasi panitia.")
    result = konten.change_status(pic, post.id, Status.SIAP_DITINJAU, answer=answer)
    assert result.changed and result.post.status is Status.SIAP_DITINJAU
    assert result.post.review_reason == "Tanggal dikonfirmasi panitia."
    assert check_records.list_overrides(pic, post.id)[0].decided_by == "Rina Marlina"


def test_unticked_items_are_listed_and_a_go_on_is_recorded_once(pic) -> None:
    post = konten.create_post(pic, Post(title="Rapat", caption="Rapat Satu Data.",
                                        activity_date=dt.date(2025, 11, 12),
                                        platforms=["instagram"])).post
    result = konten.change_status(pic, post.id, Status.DISETUJUI)
    assert not result.changed and result.gate.errors == ()
    labels = [i.label for i in result.gate.unticked]
    assert "Sudah disetujui atasan sebelum diunggah" in labels

    when = dt.datetime.now()
    result = konten.change_status(pic, post.id, Status.DISETUJUI,
                                  answer=konten.Answer(checklist_reason="Atasan cuti, "
                                                       "disetujui Sekdis.", decided_by="Budi"))
    assert result.changed
    (override,) = check_records.list_overrides(pic, post.id)
    assert override.decided_by == "Budi" and abs((override.decided_at - when).total_seconds()) < 60
    assert [e["message"] for e in override.errors] == labels
    # the same items were already confirmed: Terbit does not ask again
    assert konten.change_status(pic, post.id, Status.TERBIT).changed


def test_ticked_items_and_backward_moves_pass_without_asking(pic) -> None:
    post = konten.create_post(pic, Post(title="Rapat", caption="Rapat Satu Data.",
                                        activity_date=dt.date(2025, 11, 12),
                                        platforms=["instagram"])).post
    _tick_all(pic, post)
    assert konten.change_status(pic, post.id, Status.TERBIT).changed
    assert konten.change_status(pic, post.id, Status.DRAF).changed
    assert check_records.list_overrides(pic, post.id) == []


def test_an_unusable_reason_is_refused_and_nothing_changes(pic) -> None:
    post = konten.create_post(pic, Post(title="Rapat", activity_date=dt.date(2025, 11, 12),
                                        platforms=["x"])).post
    with pytest.raises(ValueError, match="terlalu panjang"):
        konten.change_status(pic, post.id, Status.TERBIT,
                             answer=konten.Answer.both("x" * (check_records.MAX_REASON + 1)))
    blank = konten.change_status(pic, post.id, Status.TERBIT, answer=konten.Answer.both("  "))
    assert not blank.changed and blank.gate.unticked
    assert posts.get_post(pic, post.id).status is Status.DRAF
    assert check_records.list_overrides(pic, post.id) == []


def test_the_callers_findings_are_used_when_given(pic) -> None:
    post = konten.create_post(pic, Post(title="Rapat", caption=WRONG_DAY,
                                        activity_date=dt.date(2025, 11, 12))).post
    assert konten.change_status(pic, post.id, Status.SIAP_DITINJAU, findings=[]).changed


def test_unknown_post_is_a_lookup_error(store) -> None:
    with pytest.raises(LookupError, match="#99"):
        konten.change_status(store, 99, Status.TERBIT)


# ---- save ----------------------------------------------------------------------------------

def test_save_writes_post_and_target_versions_and_keeps_stored_others(pic) -> None:
    post = konten.create_post(pic, Post(title="Rapat", caption="Awal.",
                                        platforms=["instagram", "x"])).post
    x = next(v for v in posts.list_variants(pic, post.id) if v.platform == "x")
    posts.save_variant(pic, replace(x, published_url="https://x.com/a/status/1"))
    edited = replace(post, caption="Baru.", platforms=["instagram"])
    stored = posts.list_variants(pic, post.id)
    saved_post, saved = konten.save_post(pic, edited, stored)
    assert saved_post.caption == "Baru."
    got = {v.platform: v for v in posts.list_variants(pic, post.id)}
    assert got["instagram"].text.startswith("Baru.")
    assert got["x"].published_url == "https://x.com/a/status/1"  # kept, not deleted
    assert [v.platform for v in saved] == ["instagram", "x"]


def test_save_is_one_transaction(pic, monkeypatch) -> None:
    post = konten.create_post(pic, Post(title="Rapat", caption="Awal.",
                                        platforms=["instagram"])).post

    def broken(*_a, **_k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(posts, "save_variant", broken)
    with pytest.raises(sqlite3.OperationalError):
        konten.save_post(pic, replace(post, caption="Hilang?"), [])
    assert posts.get_post(pic, post.id).caption == "Awal."


def test_versions_to_save_follow_the_settings_context(pic) -> None:
    post = Post(id=1, caption="Teks", hashtags="#a #b #c", platforms=["instagram"])
    ctx = settings.SettingsContext(hashtag_caps={"instagram": 2})
    (ig,) = konten.versions_to_save(post, [], [], ctx)
    assert ig.text == "Teks\n\n#a #b" and ig.post_id == 1


# ---- publish, duplicate, delete --------------------------------------------------------

def test_mark_published_checks_and_normalises_the_link(pic) -> None:
    post = konten.create_post(pic, Post(title="Rapat", platforms=["x"])).post
    with pytest.raises(ValueError, match="Instagram"):
        konten.mark_published(pic, post.id, "x", "https://www.instagram.com/p/DAbc/")
    when = dt.datetime(2025, 11, 12, 9, 30, 41)
    v = konten.mark_published(pic, post.id, "x", "x.com/kominfo/status/1987", when)
    assert v.published_url == "https://x.com/kominfo/status/1987"
    assert v.published_at == dt.datetime(2025, 11, 12, 9, 30)
    assert posts.list_variants(pic, post.id)[0].published_url == v.published_url


def test_duplicate_delete_restore(pic) -> None:
    post = konten.create_post(pic, Post(title="Rapat", status=Status.DRAF,
                                        platforms=["x"])).post
    copy = konten.duplicate_post(pic, post.id)
    assert copy.title == "Rapat (salinan)" and copy.status is Status.DRAF
    assert [v.platform for v in posts.list_variants(pic, copy.id)] == ["x"]
    konten.delete_post(pic, post.id)
    assert posts.get_post(pic, post.id) is None
    konten.restore_post(pic, post.id)
    assert posts.get_post(pic, post.id).title == "Rapat"


# ---- caption notes --------------------------------------------------------------------------

def test_caption_views_notes_and_instagram_only_collaborator_count(pic) -> None:
    ids = [accounts.save_account(pic, Account(name=f"Mitra {i}",
                                              handles={"instagram": f"mitra{i}"})).id
           for i in range(6)]
    settings.set(pic, "instagram_hashtag_cap", 1)
    post = konten.create_post(pic, Post(title="Rapat", caption="Teks.",
                                        hashtags="#a #b", collaborators=ids,
                                        platforms=["instagram", "x"])).post
    got, views = konten.caption_views(pic, post.id)
    assert got.id == post.id
    ig, x = views
    assert any("1 tagar" in n for n in ig.notes.derived)
    assert any("kolaborator" in n.casefold() for n in ig.notes.caps)
    assert not any("kolaborator" in n.casefold() for n in x.notes.all)
    assert ig.notes.all == ig.notes.derived + ig.notes.caps


# ---- migration --------------------------------------------------------------------------------

def test_v5_versions_for_every_post_gives_old_posts_their_platforms(tmp_path) -> None:
    conn = connect(tmp_path / "warta.db")
    for step, version in zip(migrations.MIGRATIONS[:4], range(1, 5), strict=True):
        conn.execute("BEGIN")
        step(conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    conn.execute("INSERT INTO posts(title, caption, platforms, created_at, updated_at) "
                 "VALUES ('Lama', 'Teks', '[\"x\", \"instagram\", \"myspace\"]', 'a', 'a')")
    conn.execute("INSERT INTO posts(title, platforms, created_at, updated_at) "
                 "VALUES ('Rusak', 'bukan json', 'a', 'a')")
    conn.execute("INSERT INTO variants(post_id, platform, text, edited) "
                 "VALUES (1, 'x', 'Diubah', 1)")
    conn.execute("BEGIN")
    migrations._v5_versions_for_every_post(conn)
    conn.execute("COMMIT")
    rows = conn.execute("SELECT post_id, platform, text, edited FROM variants "
                        "ORDER BY platform").fetchall()
    assert [tuple(r) for r in rows] == [(1, "instagram", "Teks", 0), (1, "x", "Diubah", 1)]
    conn.close()
