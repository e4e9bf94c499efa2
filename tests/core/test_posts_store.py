"""Posts ("Konten") and variants in the store: round trips, list filters, duplicate, bin."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import posts
from core.model import PLATFORM_IDS, Category, Post, Status, Variant
from core.posts import PostFilter
from core.store import Store, open_store

FULL = Post(
    title="Rapat Koordinasi Satu Data Kota Cimahi",
    activity="Rapat koordinasi Satu Data",
    activity_date=dt.date(2025, 11, 12),
    location="Ruang Rapat Sangkuriang, Pemkot Cimahi",
    category=Category.CAPAIAN_KINERJA,
    status=Status.SIAP_DITINJAU,
    caption="Diskominfo Kota Cimahi menggelar rapat koordinasi.\n\nSimak selengkapnya 👇",
    hashtags="#CimahiKota #SatuData",
    collaborators=[3, 1],
    notes="Foto dari tim dokumentasi; cek izin wajah anak.",
    platforms=["instagram", "x", "threads"],
    review_reason="Kata 'viral' sudah disetujui Kadis.",
)

ODD_TEXTS = [
    "👩‍👩‍👧‍👦 keluarga 🏳️‍🌈 bendera 🇮🇩",  # ZWJ sequences, flags
    "مرحبا بكم في Cimahi \u200f\u202eterbalik\u202c",  # RTL + bidi overrides
    "e\u0301 Cafe\u0301 Z\u0335\u0321a\u0336lgo",  # combining marks
    "nul\x00di tengah\x00",  # NUL characters
    "kontrol \x01\x07\x08\x1b[31m\x7f\u0085 \ufeff\ufffe\uffff",
    "baris\r\nWindows\rMac\u2028pemisah\u2029paragraf",
    "\U0001f600\U0010fffd astral",
    "",
]


@pytest.fixture
def store() -> Store:
    s = open_store()
    yield s
    s.close()


def _add(store: Store, **fields) -> Post:
    return posts.create_post(store, Post(**fields))


# --- create / get / update ---------------------------------------------------------

def test_create_get_round_trip_every_field(store: Store) -> None:
    saved = posts.create_post(store, FULL)
    assert saved.id is not None and saved.created_at is not None
    assert saved.created_at == saved.updated_at
    loaded = posts.get_post(store, saved.id)
    assert loaded == saved
    assert replace(loaded, id=None, created_at=None, updated_at=None) == FULL


def test_update_round_trip_every_field(store: Store) -> None:
    saved = posts.create_post(store, Post(title="Draf awal"))
    edited = replace(FULL, id=saved.id, created_at=saved.created_at)
    updated = posts.update_post(store, edited)
    loaded = posts.get_post(store, saved.id)
    assert loaded == updated
    assert loaded.created_at == saved.created_at
    assert replace(loaded, id=None, created_at=None, updated_at=None) == FULL


def test_update_can_clear_the_date(store: Store) -> None:
    saved = posts.create_post(store, FULL)
    posts.update_post(store, replace(saved, activity_date=None))
    assert posts.get_post(store, saved.id).activity_date is None


def test_update_needs_a_saved_post(store: Store) -> None:
    with pytest.raises(ValueError):
        posts.update_post(store, Post(title="Belum disimpan"))


def test_get_missing_post_is_none(store: Store) -> None:
    assert posts.get_post(store, 12345) is None


def test_defaults_round_trip(store: Store) -> None:
    saved = posts.create_post(store, Post())
    loaded = posts.get_post(store, saved.id)
    assert loaded.category is Category.KEGIATAN and loaded.status is Status.DRAF
    assert loaded.platforms == list(PLATFORM_IDS)
    assert loaded.collaborators == [] and loaded.activity_date is None


def test_unknown_stored_category_and_status_fall_back(store: Store) -> None:
    saved = posts.create_post(store, FULL)
    store.execute("UPDATE posts SET category = 'Olahraga', status = 'Diarsipkan' WHERE id = ?",
                  (saved.id,))
    loaded = posts.get_post(store, saved.id)
    assert loaded.category is Category.LAINNYA and loaded.status is Status.DRAF


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_unicode_and_control_characters_are_stored_faithfully(store: Store,
                                                                  text: str) -> None:
    post = posts.create_post(store, Post(title=text, activity=text, location=text,
                                         caption=text, hashtags=text, notes=text,
                                         review_reason=text))
    again = open_store()
    loaded = posts.get_post(again, post.id)
    again.close()
    for name in ("title", "activity", "location", "caption", "hashtags", "notes",
                 "review_reason"):
        assert getattr(loaded, name) == text, name


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(), caption=st.text(), notes=st.text(), location=st.text())
def test_any_text_round_trips(store: Store, title: str, caption: str, notes: str,
                              location: str) -> None:
    saved = posts.create_post(store, Post(title=title, caption=caption, notes=notes,
                                          location=location))
    loaded = posts.get_post(store, saved.id)
    assert (loaded.title, loaded.caption, loaded.notes, loaded.location) == (
        title, caption, notes, location)
    posts.update_post(store, replace(loaded, caption=caption + title))
    assert posts.get_post(store, saved.id).caption == caption + title


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(), platform=st.sampled_from(PLATFORM_IDS))
def test_any_variant_text_round_trips(store: Store, text: str, platform: str) -> None:
    post = posts.create_post(store, Post(title="Varian"))
    posts.save_variant(store, Variant(platform=platform, post_id=post.id, text=text,
                                      title=text))
    (loaded,) = posts.list_variants(store, post.id)
    assert (loaded.text, loaded.title) == (text, text)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(needle=st.text(min_size=1, max_size=5).filter(lambda s: s.strip()))
def test_search_finds_any_text_it_contains(store: Store, needle: str) -> None:
    post = posts.create_post(store, Post(title=f"awal {needle} akhir"))
    found = posts.list_posts(store, PostFilter(search=needle))
    assert post.id in [p.id for p in found]


# --- list: search, filters, sort ----------------------------------------------------

@pytest.fixture
def month_of_posts(store: Store) -> dict[str, int]:
    items = {
        "rapat": _add(store, title="RAPAT Koordinasi Satu Data", activity_date=dt.date(2025, 11, 3),
                      status=Status.TERBIT),
        "festival": _add(store, title="Liputan", activity="Festival Budaya",
                         caption="ÉVÉNEMENT musik kota", activity_date=dt.date(2025, 11, 20)),
        "lokasi": _add(store, title="Pelayanan", location="Kelurahan Cibabat",
                       activity_date=dt.date(2025, 10, 31), status=Status.TERBIT),
        "catatan": _add(store, title="Imbauan", notes="rapat internal",
                        activity_date=dt.date(2025, 12, 1)),
        "tanpa_tanggal": _add(store, title="Ide konten rapat"),
        "straße": _add(store, title="Kunjungan ke Straße Bandung",
                       activity_date=dt.date(2025, 11, 20)),
    }
    return {k: v.id for k, v in items.items()}


def _ids(store: Store, **kw) -> list[int]:
    return [p.id for p in posts.list_posts(store, PostFilter(**kw))]


def test_search_is_case_insensitive(store: Store, month_of_posts: dict[str, int]) -> None:
    ids = month_of_posts
    assert set(_ids(store, search="rapat")) == {ids["rapat"], ids["tanpa_tanggal"]}
    assert set(_ids(store, search="  RaPaT ")) == {ids["rapat"], ids["tanpa_tanggal"]}


def test_search_folds_non_ascii_case(store: Store, month_of_posts: dict[str, int]) -> None:
    ids = month_of_posts
    assert _ids(store, search="événement") == [ids["festival"]]
    assert _ids(store, search="ÉVÉNEMENT") == [ids["festival"]]
    assert _ids(store, search="É") == [ids["festival"]]
    assert _ids(store, search="STRASSE") == [ids["straße"]]


def test_search_covers_activity_location_and_caption(store: Store,
                                                     month_of_posts: dict[str, int]) -> None:
    ids = month_of_posts
    assert _ids(store, search="festival") == [ids["festival"]]
    assert _ids(store, search="cibabat") == [ids["lokasi"]]
    assert _ids(store, search="musik") == [ids["festival"]]
    assert _ids(store, search="tidak ada di mana pun") == []


def test_search_treats_sql_wildcards_literally(store: Store,
                                               month_of_posts: dict[str, int]) -> None:
    assert _ids(store, search="%") == []
    assert _ids(store, search="_") == []
    assert _ids(store, search="' OR 1=1 --") == []


def test_filter_by_status(store: Store, month_of_posts: dict[str, int]) -> None:
    ids = month_of_posts
    assert set(_ids(store, status=Status.TERBIT)) == {ids["rapat"], ids["lokasi"]}
    assert _ids(store, status=Status.DISETUJUI) == []


def test_filter_by_month(store: Store, month_of_posts: dict[str, int]) -> None:
    ids = month_of_posts
    assert set(_ids(store, month="2025-11")) == {ids["rapat"], ids["festival"], ids["straße"]}
    assert _ids(store, month="2025-10") == [ids["lokasi"]]
    assert _ids(store, month="2024-11") == []


def test_filters_combine(store: Store, month_of_posts: dict[str, int]) -> None:
    ids = month_of_posts
    assert _ids(store, month="2025-11", status=Status.TERBIT, search="satu") == [ids["rapat"]]
    assert _ids(store, month="2025-10", status=Status.DRAF) == []


def test_sort_newest_and_oldest_with_undated_last(store: Store,
                                                  month_of_posts: dict[str, int]) -> None:
    ids = month_of_posts
    newest = _ids(store)
    assert newest == [ids["catatan"], ids["straße"], ids["festival"], ids["rapat"],
                      ids["lokasi"], ids["tanpa_tanggal"]]
    oldest = _ids(store, newest_first=False)
    assert oldest == [ids["lokasi"], ids["rapat"], ids["festival"], ids["straße"],
                      ids["catatan"], ids["tanpa_tanggal"]]


def test_months_with_posts(store: Store, month_of_posts: dict[str, int]) -> None:
    assert posts.months_with_posts(store) == ["2025-12", "2025-11", "2025-10"]
    posts.delete_post(store, month_of_posts["catatan"])
    assert posts.months_with_posts(store) == ["2025-11", "2025-10"]


# --- duplicate ---------------------------------------------------------------------

def _add_photo(store: Store, sha: str) -> int:
    cur = store.execute(
        "INSERT INTO photos(sha256, original_name, ext, size_bytes, imported_at) "
        "VALUES (?, ?, 'jpg', 1000, '2025-11-12T09:00:00')", (sha, f"IMG_{sha}.jpg"))
    return cur.lastrowid


def test_duplicate_copies_fields_variants_and_photos(store: Store) -> None:
    original = posts.create_post(store, replace(FULL, status=Status.TERBIT))
    posts.save_variant(store, Variant(
        platform="instagram", post_id=original.id, text="Teks Instagram", edited=True,
        published_url="https://www.instagram.com/p/AbC123/",
        published_at=dt.datetime(2025, 11, 12, 10, 0), reach=5000, impressions=7000,
        likes=300, comments=12, shares=9, saves=4, link_clicks=2))
    posts.save_variant(store, Variant(platform="youtube", post_id=original.id,
                                      title="Judul video", text="Deskripsi"))
    photo_ids = [_add_photo(store, s) for s in ("c3", "a1", "b2")]
    for pos, pid in enumerate(photo_ids):
        store.execute("INSERT INTO post_photos(post_id, photo_id, position, focus_x, focus_y) "
                      "VALUES (?, ?, ?, ?, 0.3)", (original.id, pid, pos, 0.1 * pos))

    copy = posts.duplicate_post(store, original.id)

    assert copy.id != original.id
    loaded = posts.get_post(store, copy.id)
    assert loaded.status is Status.DRAF
    assert loaded.title == FULL.title + " (salinan)"
    assert loaded.review_reason == ""
    for name in ("activity", "activity_date", "location", "category", "caption", "hashtags",
                 "collaborators", "notes", "platforms"):
        assert getattr(loaded, name) == getattr(FULL, name), name

    variants = {v.platform: v for v in posts.list_variants(store, copy.id)}
    assert set(variants) == {"instagram", "youtube"}
    ig = variants["instagram"]
    assert ig.text == "Teks Instagram" and ig.edited
    assert ig.published_url == "" and ig.published_at is None
    assert all(getattr(ig, m) is None for m in posts.METRIC_FIELDS)
    assert variants["youtube"].title == "Judul video"

    rows = store.execute("SELECT photo_id, position, focus_x FROM post_photos "
                         "WHERE post_id = ? ORDER BY position", (copy.id,)).fetchall()
    assert [r["photo_id"] for r in rows] == photo_ids
    assert [round(r["focus_x"], 3) for r in rows] == [0.0, 0.1, 0.2]

    # the original keeps its published data
    (orig_ig, _) = posts.list_variants(store, original.id)
    assert orig_ig.published_url and orig_ig.reach == 5000
    assert posts.get_post(store, original.id).status is Status.TERBIT


def test_duplicate_missing_or_deleted_post_raises(store: Store) -> None:
    with pytest.raises(KeyError):
        posts.duplicate_post(store, 999)
    post = posts.create_post(store, FULL)
    posts.delete_post(store, post.id)
    with pytest.raises(KeyError):
        posts.duplicate_post(store, post.id)


# --- delete / undelete / purge --------------------------------------------------------

def test_delete_hides_and_undelete_restores(store: Store) -> None:
    post = posts.create_post(store, FULL)
    posts.delete_post(store, post.id)
    assert posts.get_post(store, post.id) is None
    assert posts.list_posts(store) == []
    assert posts.count_posts(store) == 0
    posts.undelete_post(store, post.id)
    assert posts.get_post(store, post.id) == post
    assert posts.count_posts(store) == 1


def test_purge_removes_only_old_deleted_posts(store: Store) -> None:
    kept = posts.create_post(store, Post(title="Tetap"))
    recent = posts.create_post(store, Post(title="Baru dihapus"))
    old = posts.create_post(store, Post(title="Lama dihapus"))
    posts.delete_post(store, recent.id)
    posts.delete_post(store, old.id)
    long_ago = (dt.datetime.now() - dt.timedelta(days=45)).replace(microsecond=0).isoformat()
    store.execute("UPDATE posts SET deleted_at = ? WHERE id = ?", (long_ago, old.id))

    assert posts.purge_deleted(store, older_than_days=30) == 1
    remaining = {r[0] for r in store.execute("SELECT id FROM posts")}
    assert remaining == {kept.id, recent.id}
    posts.undelete_post(store, recent.id)  # still recoverable
    assert posts.get_post(store, recent.id) is not None


def test_purge_cascades_variants_and_photo_links(store: Store) -> None:
    post = posts.create_post(store, FULL)
    for platform in ("instagram", "facebook"):
        posts.save_variant(store, Variant(platform=platform, post_id=post.id, text="teks"))
    photo = _add_photo(store, "d4")
    store.execute("INSERT INTO post_photos(post_id, photo_id, position) VALUES (?, ?, 0)",
                  (post.id, photo))
    posts.delete_post(store, post.id)
    assert len(posts.list_variants(store, post.id)) == 2  # soft delete keeps them for undo
    store.execute("UPDATE posts SET deleted_at = '2000-01-01T00:00:00' WHERE id = ?",
                  (post.id,))
    assert posts.purge_deleted(store) == 1
    assert store.execute("SELECT count(*) FROM variants").fetchone()[0] == 0
    assert store.execute("SELECT count(*) FROM post_photos").fetchone()[0] == 0
    assert store.execute("SELECT count(*) FROM photos").fetchone()[0] == 1  # media is kept


# --- variants ------------------------------------------------------------------------

def test_variant_round_trip_every_field(store: Store) -> None:
    post = posts.create_post(store, FULL)
    v = Variant(platform="x", post_id=post.id, text="Teks X 🇮🇩", edited=True, title="",
                published_url="https://x.com/kominfocimahi/status/1",
                published_at=dt.datetime(2025, 11, 12, 14, 30), reach=1, impressions=2,
                likes=3, comments=4, shares=5, saves=6, link_clicks=7)
    saved = posts.save_variant(store, v)
    assert saved.id is not None
    assert posts.list_variants(store, post.id) == [saved]


def test_variant_upsert_is_unique_per_platform(store: Store) -> None:
    post = posts.create_post(store, FULL)
    first = posts.save_variant(store, Variant(platform="instagram", post_id=post.id,
                                              text="Versi 1"))
    second = posts.save_variant(store, Variant(platform="instagram", post_id=post.id,
                                               text="Versi 2", likes=10))
    assert second.id == first.id
    (only,) = posts.list_variants(store, post.id)
    assert only.text == "Versi 2" and only.likes == 10


def test_variants_listed_in_platform_order(store: Store) -> None:
    post = posts.create_post(store, FULL)
    for platform in ("threads", "instagram", "youtube", "x"):
        posts.save_variant(store, Variant(platform=platform, post_id=post.id))
    assert [v.platform for v in posts.list_variants(store, post.id)] == [
        "instagram", "x", "youtube", "threads"]


def test_variants_of_other_posts_are_separate(store: Store) -> None:
    a = posts.create_post(store, Post(title="A"))
    b = posts.create_post(store, Post(title="B"))
    posts.save_variant(store, Variant(platform="instagram", post_id=a.id, text="A"))
    posts.save_variant(store, Variant(platform="instagram", post_id=b.id, text="B"))
    assert [v.text for v in posts.list_variants(store, a.id)] == ["A"]
    assert [v.text for v in posts.list_variants(store, b.id)] == ["B"]
