"""Batch export of branded library photos: files per post, renders recorded, bad photos
reported while the others are written, cancel keeps what is done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from core import media_files, media_import, media_names, model, posts, renders
from core.media_export import (
    ExportItem,
    ExportRequest,
    export_branded,
    output_paths,
    plan_outputs,
)
from core.model import Post
from core.platforms import IMAGE_FORMATS


def _photo(store, tmp_path: Path, name: str, color) -> model.Photo:
    path = tmp_path / name
    Image.new("RGB", (900, 600), color).save(path, "JPEG", quality=80)
    return media_import.import_file(store, path)[0]


def _request(store, photos, out_dir, formats=("square", "story"), post_id=None):
    items = [ExportItem(media_files.path_of(p), Path(p.original_name).stem, p.id,
                        name=p.original_name) for p in photos]
    fields = {"title": "Peresmian Mal Pelayanan Publik", "date": "12 November 2025",
              "location": "Cimahi Tengah", "department": "Diskominfo", "city": "Cimahi"}
    return ExportRequest("cimahi", "band-bottom", list(formats), fields, out_dir, items,
                         post_id)


def test_export_writes_every_format_and_records_it(store, tmp_path):
    post = posts.create_post(store, Post(title="Peresmian MPP",
                                         activity_date=dt.date(2025, 11, 12)))
    photos = [_photo(store, tmp_path, "IMG 01.jpg", (30, 90, 60)),
              _photo(store, tmp_path, "IMG 02.jpg", (90, 30, 60))]
    out = tmp_path / "Dokumen" / media_names.post_folder_name(post)
    steps = []
    result = export_branded(store, _request(store, photos, out, post_id=post.id),
                            progress=lambda d, t, n: steps.append((d, t)))
    names = sorted(p.name for p in out.iterdir())
    assert names == ["IMG 01_pita-bawah_persegi.jpg", "IMG 01_pita-bawah_story.jpg",
                     "IMG 02_pita-bawah_persegi.jpg", "IMG 02_pita-bawah_story.jpg"]
    with Image.open(out / "IMG 01_pita-bawah_story.jpg") as im:
        assert im.size == (1080, 1920)
    recorded = renders.renders_for_post(store, post.id)
    assert len(recorded) == 4 == len(result.written)
    assert {r.photo_id for r in recorded} == {p.id for p in photos}
    assert steps[-1] == (2, 2)
    # exporting again replaces the files and their records, it does not pile them up
    export_branded(store, _request(store, photos, out, post_id=post.id))
    assert len(renders.renders_for_post(store, post.id)) == 4
    assert "4 berkas disimpan" in result.summary()


def test_a_bad_photo_is_reported_and_the_others_written(store, tmp_path):
    good = _photo(store, tmp_path, "baik.jpg", (10, 100, 10))
    broken = _photo(store, tmp_path, "rusak.jpg", (100, 10, 10))
    media_files.path_of(broken).write_bytes(b"bukan lagi jpeg")
    result = export_branded(store, _request(store, [good, broken], tmp_path / "hasil",
                                            formats=("square",)))
    assert [r.format for r in result.written] == ["square"]
    assert [f.name for f in result.failed] == ["rusak.jpg"]
    assert result.failed[0].reason.startswith("rusak.jpg bukan berkas gambar")


def test_cancel_keeps_finished_files_and_leaves_no_partial_ones(store, tmp_path):
    photos = [_photo(store, tmp_path, f"{i}.jpg", (i * 70, 20, 20)) for i in range(3)]
    out = tmp_path / "hasil"
    done = []
    result = export_branded(store, _request(store, photos, out, formats=("square",)),
                            progress=lambda d, t, n: done.append(d),
                            cancelled=lambda: len(done) >= 2)
    assert result.cancelled
    assert len(list(out.glob("*.jpg"))) == 1 == len(result.written)
    assert not [p for p in out.iterdir() if p.suffix != ".jpg"]


def test_unwritable_folder_and_bad_choice_stop_before_starting(store, tmp_path):
    photo = _photo(store, tmp_path, "a.jpg", (1, 2, 3))
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    with pytest.raises(media_files.MediaError, match="tidak dapat ditulisi"):
        export_branded(store, _request(store, [photo], blocker / "sub"))
    with pytest.raises(media_files.MediaError, match="format"):
        export_branded(store, _request(store, [photo], tmp_path / "o", formats=("poster",)))


def test_parallel_export_gives_the_same_files(store, tmp_path):
    photos = [_photo(store, tmp_path, f"p{i}.jpg", (i * 90, 50, 50)) for i in range(2)]
    result = export_branded(store, _request(store, photos, tmp_path / "pool",
                                            formats=("square",)), jobs=2)
    assert sorted(Path(r.path).name for r in result.written) == [
        "p0_pita-bawah_persegi.jpg", "p1_pita-bawah_persegi.jpg"]


def test_plan_names_equal_stems_apart():
    items = [ExportItem(Path("a/IMG.jpg"), "IMG"), ExportItem(Path("b/img.jpg"), "img"),
             ExportItem(Path("c/x.jpg"), 'Rapat: "Banjir"')]
    plan = plan_outputs(items, "Bingkai", ["portrait"], Path("out"))
    assert [o["portrait"].name for _, o in plan] == [
        "IMG_bingkai_potret.jpg", "img-2_bingkai_potret.jpg", "Rapat Banjir_bingkai_potret.jpg"]


def test_suffixed_name_never_overwrites_another_photo():
    stems = ["Rapat", "rapat", "Rapat-2", "RAPAT", "Rapat"]
    names = [o["square"].name for o in output_paths(stems, "Pita", ["square"], Path("out"))]
    assert names == ["Rapat_pita_persegi.jpg", "rapat-2_pita_persegi.jpg",
                     "Rapat-2-2_pita_persegi.jpg", "RAPAT-3_pita_persegi.jpg",
                     "Rapat-4_pita_persegi.jpg"]
    assert len({n.casefold() for n in names}) == len(names)  # no two files share a name


def test_batch_on_a_pool_renders_each_job_once_and_this_thread_helps(tmp_path):
    """jobs=2: one pool thread plus this thread, which takes the jobs no pool thread has
    taken, from the front of the queue; every job comes back exactly once."""
    from core import media_export
    from core.branding import load_kit

    src = tmp_path / "foto.jpg"
    Image.new("RGB", (640, 480), (30, 90, 60)).save(src)
    batch = [media_export.RenderJob(i, str(src), {"square": tmp_path / f"o{i}.jpg"})
             for i in range(6)]
    results = list(media_export.render_batch(load_kit("cimahi"), "band-bottom", batch,
                                             {"title": "Uji"}, 80, jobs=2))
    assert sorted(key for key, _ in results) == list(range(6))
    assert all(res["ok"] for _, res in results)
    assert all((tmp_path / f"o{i}.jpg").is_file() for i in range(6))
    # rendered here at once: the first job the pool thread had not taken (equal photos
    # keep their order, core.branding.photo_cost)
    assert results[0][0] in (0, 1)


def test_an_output_never_replaces_an_input_of_the_same_run(tmp_path):
    """`brand a.jpg a_pita-bawah_persegi.jpg --format square -o <same folder>` used to
    overwrite the second input with the first one's result (issue 16 item 9)."""
    a, b = tmp_path / "a.jpg", tmp_path / "a_pita-bawah_persegi.jpg"
    plans = output_paths(["a", b.stem], "Pita bawah", ["square"], tmp_path, avoid=[a, b])
    outs = [p["square"] for p in plans]
    assert b not in outs and a not in outs and len(set(outs)) == 2
    assert outs[0].name == "a-2_pita-bawah_persegi.jpg"
    # a differently cased or relative spelling of the input is still the input
    upper = output_paths(["a"], "Pita bawah", ["square"], tmp_path,
                         avoid=[tmp_path / "A_PITA-BAWAH_PERSEGI.JPG"])
    assert upper[0]["square"].name.casefold() != "a_pita-bawah_persegi.jpg"


def test_export_names_use_the_pics_words_never_internal_ids():
    (plan,) = output_paths(["Rapat"], "Pita bawah", list(IMAGE_FORMATS), Path("out"))
    assert {f: p.name for f, p in plan.items()} == {
        "square": "Rapat_pita-bawah_persegi.jpg",
        "portrait": "Rapat_pita-bawah_potret.jpg",
        "story": "Rapat_pita-bawah_story.jpg",
        "landscape": "Rapat_pita-bawah_lanskap.jpg",
        "youtube": "Rapat_pita-bawah_thumbnail-youtube.jpg",
    }


def test_progress_names_the_photo_not_its_library_file(store, tmp_path):
    photos = [_photo(store, tmp_path, "Apel Pagi.jpg", (30, 90, 60)),
              _photo(store, tmp_path, "IMG_0042.jpg", (90, 30, 60))]
    shown = []
    export_branded(store, _request(store, photos, tmp_path / "out", formats=("square",)),
                   progress=lambda d, t, name: shown.append(name))
    assert shown == ["Apel Pagi.jpg", "Apel Pagi.jpg", "IMG_0042.jpg"]
    assert media_files.path_of(photos[0]).name not in shown  # the content hash file
