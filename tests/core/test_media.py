"""The media library: content-addressed import, bad files, metadata, a post's photos,
filters, deleting with undo, and the export folder names."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from core import (
    media_delete,
    media_files,
    media_import,
    media_names,
    media_queries,
    paths,
    photos,
    post_branding,
    post_photos,
    posts,
    renders,
    settings,
)
from core.actions import media as actions_media
from core.media_thumbs import REPORT_PHOTO, prewarm_report_copies, thumb_path
from core.model import Post
from core.report_sources import photo_file

listed = media_queries.list_photos


def jpeg(path: Path, color=(20, 120, 80), size=(120, 80), *, taken: str | None = None,
         orientation: int | None = None) -> Path:
    im = Image.new("RGB", size, color)
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if orientation:
        exif[0x0112] = orientation
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=80, exif=exif.tobytes())
    return path


def test_import_copies_by_content_keeps_name_and_reads_exif(store, tmp_path):
    src = jpeg(tmp_path / "kamera" / "IMG 0012 Wali Kota.JPG", taken="2025:11:12 09:30:00",
               orientation=6)
    photo, new = media_import.import_file(store, src)
    assert new
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    assert photo.sha256 == sha and photo.ext == "jpg"
    assert photo.original_name == "IMG 0012 Wali Kota.JPG"
    assert (photo.width, photo.height) == (80, 120)  # upright: EXIF orientation 6
    assert photo.taken_at == dt.datetime(2025, 11, 12, 9, 30)
    stored = media_files.path_of(photo)
    assert stored == media_files.photo_path(sha, "jpg") == photo_file(sha, "jpg")
    assert stored.read_bytes() == src.read_bytes()
    assert thumb_path(sha).is_file()  # the grid's thumbnail was made on the way
    src.unlink()  # the flash drive is gone: the library still has the photo
    assert stored.is_file()


def test_duplicates_are_stored_once_and_reported(store, tmp_path):
    a = jpeg(tmp_path / "a.jpg")
    b = tmp_path / "salinan dari a.jpg"
    b.write_bytes(a.read_bytes())
    report = media_import.import_files(store, [a, b, a])
    assert len(report.imported) == 1 and len(report.duplicates) == 1  # same path once
    assert report.photos[0].original_name == "a.jpg"
    assert media_queries.count_photos(store) == 1
    again = media_import.import_files(store, [a, b])
    assert len(again.duplicates) == 2
    assert again.summary() == "2 foto sudah ada di pustaka."
    files = [p for p in media_files.photo_path("00", "jpg").parents[1].rglob("*.jpg")]
    assert len(files) == 1


def test_bad_files_are_skipped_with_reasons_and_the_rest_imported(store, tmp_path):
    good = jpeg(tmp_path / "baik.jpg")
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "catatan.jpg"
    text.write_text("bukan foto", encoding="utf-8")
    whole = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 10, 10)).save(whole, "JPEG", quality=95)
    truncated = tmp_path / "terpotong.jpg"
    truncated.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    bmp = tmp_path / "gambar.bmp"
    Image.new("RGB", (10, 10)).save(bmp, "BMP")
    report = media_import.import_files(store, [empty, text, good, truncated, bmp,
                                        tmp_path / "hilang.jpg"])
    assert [p.original_name for p in report.imported] == ["baik.jpg"]
    reasons = {f.name: f.reason for f in report.failed}
    assert "0 byte" in reasons["kosong.jpg"]
    assert "bukan berkas foto" in reasons["catatan.jpg"]
    assert reasons["terpotong.jpg"].startswith("Berkas foto rusak atau terpotong: terpotong.jpg")
    assert "tidak didukung" in reasons["gambar.bmp"]
    assert "tidak ditemukan" in reasons["hilang.jpg"]
    assert report.summary() == "1 foto diimpor; 5 berkas dilewati."
    # nothing half-written is left in the library
    assert not list((media_files.photo_path("00", "jpg").parents[1] / ".incoming").iterdir())


def test_png_gif_webp_and_heic_import(store, tmp_path):
    Image.new("RGBA", (30, 20), (0, 0, 255, 128)).save(tmp_path / "logo.png")
    Image.new("P", (30, 20)).save(tmp_path / "animasi.gif")
    Image.new("RGB", (30, 20)).save(tmp_path / "ponsel.webp")
    items = [tmp_path / "logo.png", tmp_path / "animasi.gif", tmp_path / "ponsel.webp"]
    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        Image.new("RGB", (64, 48), (9, 99, 9)).save(tmp_path / "iphone.heic")
        items.append(tmp_path / "iphone.heic")
    except Exception:  # noqa: BLE001 - no HEIF encoder in this build: test the others
        pass
    report = media_import.import_files(store, items)
    assert not report.failed
    assert {p.ext for p in report.imported} >= {"png", "gif", "webp"}
    if len(items) == 4:
        assert "heic" in {p.ext for p in report.imported}


def test_folder_import_recurses_and_reports_non_photos(store, tmp_path):
    folder = tmp_path / "Kegiatan 12 November"
    jpeg(folder / "01.jpg", (1, 2, 3))
    jpeg(folder / "sub" / "02.jpg", (4, 5, 6))
    (folder / "video.mp4").write_bytes(b"\x00" * 10)
    (folder / "Thumbs.db").write_bytes(b"\x00")
    (folder / ".tersembunyi.jpg").write_bytes(b"\x00")
    seen = []
    report = media_import.import_files(store, [folder],
                                       progress=lambda d, t, n: seen.append((d, t)))
    assert sorted(p.original_name for p in report.imported) == ["01.jpg", "02.jpg"]
    assert [f.name for f in report.failed] == ["video.mp4"]
    assert seen[-1] == (2, 2)


def test_cancel_keeps_what_was_imported(store, tmp_path):
    files = [jpeg(tmp_path / f"{i}.jpg", (i * 50, i * 50, i * 50)) for i in range(5)]
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    report = media_import.import_files(store, files, cancelled=cancelled)
    assert report.cancelled and len(report.imported) == 2
    assert media_queries.count_photos(store) == 2
    assert report.summary().startswith("Impor dibatalkan. 2 foto diimpor")


def test_metadata_update_and_consent(store, tmp_path):
    photo, _ = media_import.import_file(store, jpeg(tmp_path / "anak.jpg"))
    photos.update_photo(store, photo.id, credit="  Humas Diskominfo ",
                       alt_text="Siswa SD menanam pohon", contains_minors=True)
    fresh = photos.get_photo(store, photo.id)
    assert fresh.credit == "Humas Diskominfo" and fresh.alt_text == "Siswa SD menanam pohon"
    assert photos.needs_consent(fresh)
    photos.update_photo(store, photo.id, consent_obtained=True)
    assert not photos.needs_consent(photos.get_photo(store, photo.id))
    with pytest.raises(ValueError):
        photos.update_photo(store, photo.id, sha256="x")


def _post(store, title="Peresmian MPP", day=dt.date(2025, 11, 12)) -> Post:
    return posts.create_post(store, Post(title=title, activity_date=day, location="Cimahi"))


def test_attach_reorder_detach_restore(store, tmp_path):
    ids = [media_import.import_file(store, jpeg(tmp_path / f"{c}.jpg", (i * 60, 0, 0)))[0].id
           for i, c in enumerate("abcd")]
    post = _post(store)
    assert post_photos.attach_photos(store, post.id, ids[:2]) == ids[:2]
    assert post_photos.attach_photos(store, post.id, [ids[3], ids[0]], index=1) == [ids[3]]
    assert post_photos.post_photo_ids(store, post.id) == [ids[0], ids[3], ids[1]]
    post_photos.set_photo_order(store, post.id, [ids[1], ids[0], ids[3]])
    assert post_photos.post_photo_ids(store, post.id) == [ids[1], ids[0], ids[3]]
    with pytest.raises(ValueError):
        post_photos.set_photo_order(store, post.id, [ids[1], ids[0]])
    actions_media.set_focus(store, ids[0], (0.2, 0.9), post.id)
    links = post_photos.detach_photos(store, post.id, [ids[0]])
    assert post_photos.post_photo_ids(store, post.id) == [ids[1], ids[3]]
    post_photos.restore_links(store, links)
    assert post_photos.post_photo_ids(store, post.id) == [ids[1], ids[0], ids[3]]
    assert post_photos.get_focus(store, ids[0], post.id) == (0.2, 0.9)
    assert [pp.position for pp in post_photos.post_photos(store, post.id)] == [0, 1, 2]


def test_filters_month_post_unused_search(store, tmp_path):
    nov = media_import.import_file(store, jpeg(tmp_path / "rapat.jpg", (1, 1, 1),
                                        taken="2025:11:03 10:00:00"))[0]
    okt = media_import.import_file(store, jpeg(tmp_path / "senam.jpg", (2, 2, 2),
                                        taken="2025:10:20 07:00:00"))[0]
    photos.update_photo(store, okt.id, credit="Bagian Prokopim")
    post = _post(store)
    post_photos.attach_photos(store, post.id, [okt.id])
    assert media_queries.photo_months(store) == ["2025-11", "2025-10"]
    assert [p.id for p in media_queries.list_photos(store)] == [nov.id, okt.id]
    assert [p.id for p in listed(store, media_queries.PhotoFilter(month="2025-10"))] == [
        okt.id]
    assert [p.id for p in listed(store, media_queries.PhotoFilter(post_id=post.id))] == [
        okt.id]
    assert [p.id for p in listed(store, media_queries.PhotoFilter(unused=True))] == [nov.id]
    assert [p.id for p in listed(store, media_queries.PhotoFilter(search="PROKOPIM"))] == [
        okt.id]
    posts.delete_post(store, post.id)  # a post in the bin does not count as using it
    assert len(listed(store, media_queries.PhotoFilter(unused=True))) == 2


def test_delete_in_use_needs_force_and_undo_restores_everything(store, tmp_path):
    photo = media_import.import_file(store, jpeg(tmp_path / "dipakai.jpg"))[0]
    post = _post(store)
    post_photos.attach_photos(store, post.id, [photo.id])
    actions_media.set_focus(store, photo.id, (0.3, 0.4), post.id)
    rec = renders.record_render(store, renders.RenderRecord(post.id, photo.id, "cimahi",
                                                        "band-bottom", "portrait", "/x.jpg"))
    with pytest.raises(media_delete.PhotoInUse) as err:
        media_delete.delete_photos(store, [photo.id])
    assert "Peresmian MPP" in str(err.value)
    snap = media_delete.delete_photos(store, [photo.id], force=True)
    assert photos.get_photo(store, photo.id) is None
    assert post_photos.post_photo_ids(store, post.id) == []
    assert media_files.path_of(photo).is_file()  # file kept for undo until the next start
    media_delete.restore_photos(store, snap)
    assert photos.get_photo(store, photo.id).original_name == "dipakai.jpg"
    assert post_photos.post_photo_ids(store, post.id) == [photo.id]
    assert post_photos.get_focus(store, photo.id, post.id) == (0.3, 0.4)
    assert renders.renders_for_post(store, post.id)[0].photo_id == photo.id == rec.photo_id


def test_purge_removes_only_files_without_rows(store, tmp_path):
    keep = media_import.import_file(store, jpeg(tmp_path / "tetap.jpg", (1, 1, 1)))[0]
    gone = media_import.import_file(store, jpeg(tmp_path / "hapus.jpg", (9, 9, 9)))[0]
    media_delete.delete_photos(store, [gone.id])
    assert media_delete.purge_unreferenced_files(store) == 1
    assert media_files.path_of(keep).is_file() and not media_files.path_of(gone).exists()
    assert thumb_path(keep.sha256).is_file() and not thumb_path(gone.sha256).exists()


def test_reimport_restores_a_missing_library_file(store, tmp_path):
    src = jpeg(tmp_path / "asli.jpg")
    photo = media_import.import_file(store, src)[0]
    media_files.path_of(photo).unlink()
    again, new = media_import.import_file(store, src)
    assert not new and again.id == photo.id and media_files.path_of(photo).is_file()


def test_export_folder_names_are_safe_on_windows(store):
    post = _post(store, 'Rapat "Koordinasi": Banjir/Longsor?', dt.date(2025, 11, 12))
    assert media_names.post_folder_name(post) == "2025-11-12 Rapat Koordinasi Banjir Longsor"
    assert media_names.safe_name("con") == "Tanpa judul"
    assert media_names.safe_name("Laporan. . ") == "Laporan"
    assert len(media_names.safe_name("x" * 300)) == media_names.MAX_FOLDER_NAME
    assert paths.export_root(settings.get(store, "export_folder")).name == "Warta"
    choice = post_branding.BrandChoice("cimahi", "framed", ["square", "story"], "D:/Ekspor")
    post_branding.save_branding(store, post.id, choice)
    assert post_branding.get_branding(store, post.id) == choice


def test_report_copy_settings_match_the_word_exporter():
    from exporters import docx_report

    assert REPORT_PHOTO == (docx_report.PHOTO_PX, docx_report.PHOTO_QUALITY,
                            docx_report.PHOTO_BUDGET)


def test_prewarm_makes_the_report_copy(store, tmp_path, warta_home):
    photo = media_import.import_file(store, jpeg(tmp_path / "besar.jpg", size=(1600, 1200)))[0]
    assert prewarm_report_copies([media_files.path_of(photo), tmp_path / "hilang.jpg"]) == 1
    cached = list((warta_home / "cache" / "photos").glob(f"{photo.sha256}-*.jpg"))
    assert len(cached) == 1
    with Image.open(cached[0]) as im:
        assert max(im.size) == REPORT_PHOTO[0]
