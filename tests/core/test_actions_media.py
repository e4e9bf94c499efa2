"""Media use cases without Qt (core.actions.media): what the Media page, a post's photo
strip and the CLI call. Also: each media table has one writer, and no media SQL lives
in gui/, widgets/ or cli/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from core import media_queries, photos, post_branding, post_photos, posts, renders
from core.actions import media as actions
from core.branding import load_kit
from core.media_export import ExportRequest
from core.media_files import MediaError
from core.model import Post

ROOT = Path(__file__).resolve().parents[2]


def jpeg(path: Path, color=(20, 120, 80), size=(160, 120)) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", quality=85)
    return path


@pytest.fixture
def files(tmp_path) -> list[Path]:
    return [jpeg(tmp_path / f"{n}.jpg", (i * 60, 100, 50))
            for i, n in enumerate(["pertama", "kedua", "ketiga", "keempat"])]


@pytest.fixture
def post(store) -> Post:
    return posts.create_post(store, Post(title="Rapat Koordinasi"))


def test_import_attaches_in_the_order_given_so_the_first_is_the_cover(store, files, post):
    report = actions.import_photos(store, files[:3], attach_to=post.id)
    ids = [p.id for p in report.photos]
    assert [p.original_name for p in report.photos] == ["pertama.jpg", "kedua.jpg",
                                                        "ketiga.jpg"]
    assert post_photos.post_photo_ids(store, post.id) == ids
    assert post_photos.post_photos(store, post.id)[0].photo.original_name == "pertama.jpg"


def test_import_to_a_missing_post_imports_nothing(store, files):
    with pytest.raises(MediaError, match="konten #404"):
        actions.import_photos(store, files, attach_to=404)
    assert media_queries.count_photos(store) == 0


def test_new_for_post_offers_only_what_the_post_lacks(store, files, post):
    ids = [p.id for p in actions.import_photos(store, files).photos]
    actions.attach_photos(store, post.id, [ids[1]])
    assert actions.new_for_post(store, post.id, [ids[2], ids[1], ids[0]]) == [ids[2], ids[0]]


def test_attach_keeps_the_chosen_order_and_skips_unknown_photos(store, files, post):
    ids = [p.id for p in actions.import_photos(store, files).photos]
    assert actions.attach_photos(store, post.id, [ids[2], 9999, ids[0]]) == [ids[2], ids[0]]
    assert actions.attach_photos(store, post.id, [ids[3]], index=1) == [ids[3]]
    assert post_photos.post_photo_ids(store, post.id) == [ids[2], ids[3], ids[0]]


def test_detach_and_undo_put_photos_back_in_place(store, files, post):
    ids = [p.id for p in actions.import_photos(store, files[:3], attach_to=post.id).photos]
    actions.set_focus(store, ids[1], (0.1, 0.8), post.id)
    links = actions.detach_photos(store, post.id, [ids[1]])
    assert post_photos.post_photo_ids(store, post.id) == [ids[0], ids[2]]
    assert media_queries.count_photos(store) == 3  # still in the library
    actions.undo_detach(store, links)
    assert post_photos.post_photo_ids(store, post.id) == ids
    assert post_photos.get_focus(store, ids[1], post.id) == pytest.approx((0.1, 0.8))


def test_move_and_reorder(store, files, post):
    ids = [p.id for p in actions.import_photos(store, files, attach_to=post.id).photos]
    assert actions.moved_order(ids, [ids[3]], 0) == [ids[3], ids[0], ids[1], ids[2]]
    assert actions.moved_order(ids, [ids[0], ids[1]], 4) == [ids[2], ids[3], ids[0], ids[1]]
    old, new = actions.move_photos(store, post.id, [ids[2]], 0)
    assert old == ids and new == post_photos.post_photo_ids(store, post.id)
    assert new[0] == ids[2]
    assert actions.move_photos(store, post.id, [ids[2]], 0) is None  # already there
    with pytest.raises(ValueError):
        actions.reorder_photos(store, post.id, ids[:2])


def test_focus_on_the_photo_and_on_the_post_copy(store, files, post):
    photo = actions.import_photos(store, files[:1]).photos[0]
    actions.set_focus(store, photo.id, (2.0, -1.0))  # clamped
    assert post_photos.get_focus(store, photo.id) == (1.0, 0.0)
    actions.attach_photos(store, post.id, [photo.id])  # the post starts from the photo's
    actions.set_focus(store, photo.id, (0.3, 0.4), post.id)
    assert post_photos.get_focus(store, photo.id, post.id) == pytest.approx((0.3, 0.4))


def test_update_photos_saves_one_edit_on_several(store, files):
    ids = [p.id for p in actions.import_photos(store, files[:2]).photos]
    fresh = actions.update_photos(store, ids, credit=" Humas ", contains_minors=True)
    assert [p.credit for p in fresh] == ["Humas", "Humas"]
    assert all(photos.needs_consent(p) for p in fresh)


def test_delete_asks_for_photos_in_use_and_undo_restores_everything(store, files, post,
                                                                    tmp_path):
    ids = [p.id for p in actions.import_photos(store, files[:2], attach_to=post.id).photos]
    rec = renders.record_render(store, renders.RenderRecord(
        post.id, ids[0], "cimahi", "band-bottom", "square", str(tmp_path / "x.jpg")))
    with pytest.raises(actions.PhotoInUse) as info:
        actions.delete_photos(store, ids)
    assert "Rapat Koordinasi" in str(info.value)
    assert media_queries.count_photos(store) == 2  # nothing happened
    snap = actions.delete_photos(store, ids, confirmed=True)
    assert media_queries.count_photos(store) == 0
    assert post_photos.post_photo_ids(store, post.id) == []
    actions.undo_delete(store, snap)
    assert post_photos.post_photo_ids(store, post.id) == ids
    assert renders.renders_for_post(store, post.id)[0].photo_id == ids[0] == rec.photo_id


def test_brand_photos_needs_consent_confirmation_and_remembers_the_choice(store, files, post,
                                                                          tmp_path):
    chosen = actions.import_photos(store, files[:2], attach_to=post.id).photos
    actions.update_photos(store, [chosen[1].id], contains_minors=True)
    chosen = photos.photos_by_ids(store, [p.id for p in chosen])
    items = actions.export_items(store, chosen, post.id)
    assert [i.name for i in items] == ["pertama.jpg", "kedua.jpg"]
    request = ExportRequest(load_kit("cimahi"), "band-bottom", ["square"],
                            {"title": "Rapat"}, tmp_path / "hasil", items, post.id)
    choice = post_branding.BrandChoice("cimahi", "band-bottom", ["square"], "")
    with pytest.raises(actions.ConsentNeeded) as info:
        actions.brand_photos(store, request, choice=choice)
    assert [p.id for p in info.value.photos] == [chosen[1].id]
    assert not (tmp_path / "hasil").exists()
    result = actions.brand_photos(store, request, choice=choice, allow_without_consent=True)
    assert len(result.written) == 2 and not result.failed
    assert len(renders.renders_for_post(store, post.id)) == 2
    assert post_branding.get_branding(store, post.id) == choice


def test_brand_files_names_outputs_like_the_media_page(files, tmp_path):
    (tmp_path / "hasil").mkdir()
    spec = actions.FileBrand(load_kit("cimahi"), "band-bottom", ["square"],
                             {"title": "Rapat"}, tmp_path / "hasil")
    results = list(actions.brand_files([str(files[0]), str(files[0])], spec))
    names = sorted(Path(r["outputs"][0]["path"]).name for r in results)
    assert names == ["pertama-2_pita-bawah_persegi.jpg", "pertama_pita-bawah_persegi.jpg"]
    assert all(r["ok"] for r in results)


# ---------------------------------------------------------------- one writer per table

OWNERS = {"photos": "core/photos.py", "post_photos": "core/post_photos.py",
          "renders": "core/renders.py", "post_branding": "core/post_branding.py"}
_WRITE = re.compile(r"(?:INSERT(?: OR \w+)? INTO|UPDATE|DELETE FROM|REPLACE INTO)\s+(\w+)\b",
                    re.IGNORECASE)
_MEDIA_SQL = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+(?:photos|post_photos|renders|"
                        r"post_branding)\b", re.IGNORECASE)
_NOT_OWNERS = {"core/migrations.py"}  # schema changes, not writes of data


def _sources(*folders: str) -> list[Path]:
    return [p for f in folders for p in (ROOT / f).rglob("*.py") if "__pycache__" not in p.parts]


def test_each_media_table_has_one_writer():
    writers: dict[str, set[str]] = {t: set() for t in OWNERS}
    for path in _sources("core", "gui", "widgets", "cli", "exporters"):
        rel = path.relative_to(ROOT).as_posix()
        if rel in _NOT_OWNERS:
            continue
        for table in _WRITE.findall(path.read_text(encoding="utf-8")):
            if table in writers:
                writers[table].add(rel)
    assert writers == {t: {owner} for t, owner in OWNERS.items()}


def test_no_media_sql_outside_core():
    offenders = [p.relative_to(ROOT).as_posix() for p in _sources("gui", "widgets", "cli")
                 if _MEDIA_SQL.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
