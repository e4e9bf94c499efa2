"""Paket narasi: Diskominfo drafts a campaign and exports it; a PIC imports it as a
pre-filled post linked to the campaign; the Paket Laporan names the campaign; the board
shows each campaign's amplification across units. Hostile packets are refused whole."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from core import accounts, post_photos, posts
from core import settings as app_settings
from core.actions import konten, rekap
from core.actions import narasi as narasi_actions
from core.demo import fill_demo
from core.model import Post, Status
from core.rekap import narasi_paket, wadah
from core.rekap.narasi import COLLABORATOR, TAG, CampaignAccount, Narasi, check_narasi
from core.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "paket-narasi.schema.json").read_text(encoding="utf-8"))
NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _jpeg(path: Path, color=(200, 30, 30)) -> Path:
    Image.new("RGB", (64, 48), color).save(path, "JPEG")
    return path


def _campaign(**kw) -> Narasi:
    base = dict(
        title="Cimahi Bebas Sampah Plastik", start=dt.date(2026, 11, 1),
        end=dt.date(2026, 11, 30), key_messages=["Bawa tas belanja sendiri", "Pilah sampah"],
        hashtags=["CimahiBebasPlastik", "#CimahiKota"],
        accounts=[CampaignAccount("Pemerintah Kota Cimahi",
                                  {"instagram": "pemkotcimahi"}, COLLABORATOR),
                  CampaignAccount("Wali Kota Cimahi", {"instagram": "walikotacimahi"}, TAG)],
        captions={"instagram": "Yuk kurangi plastik! Bawa tas sendiri saat belanja.",
                  "x": "Kurangi plastik, bawa tas sendiri."},
        dos=["Pakai foto resmi"], donts=["Jangan pakai foto anak tanpa izin"])
    base.update(kw)
    return Narasi(**base)


def _coordinator(store) -> None:
    app_settings.set(store, "rekap_coordinator", "ya")


def _made_packet(store, tmp_path: Path, photos: int = 2) -> Path:
    _coordinator(store)
    files = [_jpeg(tmp_path / f"resmi{i}.jpg", (40 * i, 90, 120)) for i in range(photos)]
    ids, failed = narasi_actions.photos_from_files(store, files)
    assert not failed
    saved = narasi_actions.save_narasi(store, _campaign(photo_ids=ids))
    return narasi_actions.export_narasi(store, saved.id, tmp_path)


# ---- drafting ------------------------------------------------------------------------

def test_check_tidies_and_refuses():
    tidy = check_narasi(_campaign(hashtags=["a", "#a", " ", "#b"], key_messages=["x", " "]))
    assert tidy.hashtags == ["#a", "#b"] and tidy.key_messages == ["x"]
    for bad, words in ((dict(title=" "), "Judul"), (dict(end=dt.date(2026, 10, 1)), "sebelum"),
                       (dict(captions={"myspace": "x"}), "Platform"),
                       (dict(start=dt.date(1990, 1, 1)), "rentang"),
                       (dict(key_messages=["x"] * 21), "terlalu banyak"),
                       (dict(photo_ids=list(range(11))), "Foto")):
        with pytest.raises(ValueError, match=words):
            check_narasi(_campaign(**bad))


def test_only_the_coordinator_drafts(store):
    app_settings.set(store, "rekap_coordinator", "tidak")
    with pytest.raises(PermissionError, match="Diskominfo"):
        narasi_actions.save_narasi(store, _campaign())


def test_save_list_edit(store):
    _coordinator(store)
    saved = narasi_actions.save_narasi(store, _campaign())
    assert saved.uid.startswith("NRS-2026-11-") and saved.id
    again = narasi_actions.save_narasi(store, _campaign(id=saved.id, uid=saved.uid,
                                                        title="Judul baru"))
    assert [n.title for n in narasi_actions.list_narasi(store)] == ["Judul baru"]
    assert again.uid == saved.uid and again.accounts[0].handles == {"instagram": "pemkotcimahi"}


# ---- the packet ----------------------------------------------------------------------

def test_export_name_document_and_schema(store, tmp_path):
    path = _made_packet(store, tmp_path)
    assert path.name == "Narasi-Cimahi-Bebas-Sampah-Plastik-2026-11.warta"
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["foto/01.jpg", "foto/02.jpg", "manifest.json",
                                         "narasi.json"]
        doc = json.loads(zf.read("narasi.json"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["campaign"]["photos"][0]["file"] == "foto/01.jpg"


def test_export_refuses_a_photo_the_pics_cannot_open(store, tmp_path):
    from dataclasses import replace

    from core import photos

    _coordinator(store)
    ids, _ = narasi_actions.photos_from_files(store, [_jpeg(tmp_path / "a.jpg")])
    heic = replace(photos.get_photo(store, ids[0]), ext="heic", original_name="a.heic")
    with pytest.raises(wadah.PacketError, match="HEIC"):
        narasi_paket.packet_bytes(_campaign(uid="NRS-1"), [heic], {})


def _import_home(tmp_path: Path, monkeypatch, name: str = "dinkes"):
    home = tmp_path / name
    home.mkdir()
    monkeypatch.setenv("WARTA_HOME", str(home))
    store = open_store()
    fill_demo(store, 2026, 11, unit="Dinas Kesehatan")
    return store


def test_import_makes_a_prefilled_linked_post(store, tmp_path, monkeypatch):
    packet = _made_packet(store, tmp_path)
    unit = _import_home(tmp_path, monkeypatch)
    try:
        result = narasi_actions.import_narasi(unit, packet, today=dt.date(2026, 11, 12))
        assert result.outcome == narasi_actions.CREATED, result.message
        post = result.post
        assert post.campaign_title == "Cimahi Bebas Sampah Plastik"
        assert post.campaign_id == result.narasi.uid
        assert post.activity_date == dt.date(2026, 11, 12)
        assert post.platforms == ["instagram", "x"]
        assert post.caption.startswith("Yuk kurangi plastik")
        assert "#CimahiBebasPlastik" in post.hashtags
        names = {a.id: a.name for a in accounts.list_accounts(unit)}
        assert [names[i] for i in post.collaborators] == ["Pemerintah Kota Cimahi"]
        versions = {v.platform: v for v in posts.list_variants(unit, post.id)}
        assert versions["x"].edited and versions["x"].text.startswith("Kurangi plastik")
        assert "#CimahiBebasPlastik" in versions["x"].text
        assert not versions["instagram"].edited
        assert len(post_photos.post_photo_ids(unit, post.id)) == 2
        kept = narasi_actions.campaign_of(unit, post)
        assert kept.origin == "impor" and kept.dos == ["Pakai foto resmi"]
        # again: asked, not duplicated; then made on the answer
        second = narasi_actions.import_narasi(unit, packet)
        assert second.outcome == narasi_actions.NEEDS_CONFIRM
        assert [p.id for p in second.existing] == [post.id]
        assert len(posts.posts_of_campaign(unit, post.campaign_id)) == 1
        third = narasi_actions.import_narasi(unit, packet, again=True)
        assert third.outcome == narasi_actions.CREATED
        assert len(posts.posts_of_campaign(unit, post.campaign_id)) == 2
        # the confirmed call takes the packet as first read: the file is not read again
        fourth = narasi_actions.import_narasi(unit, packet)
        assert fourth.outcome == narasi_actions.NEEDS_CONFIRM and fourth.packet is not None
        gone = packet.with_name("pindah.warta")
        packet.rename(gone)
        fifth = narasi_actions.import_narasi(unit, packet, again=True, packet=fourth.packet)
        assert fifth.outcome == narasi_actions.CREATED
        assert fifth.post.caption == post.caption
        assert len(posts.posts_of_campaign(unit, post.campaign_id)) == 3
        gone.rename(packet)
    finally:
        unit.close()



def test_undo_takes_back_the_post_and_only_the_photos_the_import_added(
        store, tmp_path, monkeypatch):
    """Ctrl+Z after an import: the post goes to the bin and the photos the import put in
    Media go too, but not one the library had already nor one another post shows by
    then; redo puts the photos back in their places in the post."""
    from core import photos
    from core.actions import media

    packet = _made_packet(store, tmp_path, photos=3)
    unit = _import_home(tmp_path, monkeypatch)
    try:
        had = media.import_photos(unit, [tmp_path / "resmi0.jpg"]).imported[0].id
        result = narasi_actions.import_narasi(unit, packet)
        post_id = result.post.id
        shown = post_photos.post_photo_ids(unit, post_id)
        assert len(shown) == 3 and had in shown
        assert sorted(result.new_photo_ids) == sorted(set(shown) - {had})
        kept = konten.create_post(unit, Post(title="Lain")).post
        media.attach_photos(unit, kept.id, [result.new_photo_ids[0]])

        undone = narasi_actions.undo_import(unit, result)
        assert posts.get_post(unit, post_id) is None  # in the bin
        left = {p.id for p in photos.photos_by_ids(unit, shown)}
        assert left == {had, result.new_photo_ids[0]}

        narasi_actions.redo_import(unit, undone)
        assert posts.get_post(unit, post_id) is not None
        assert post_photos.post_photo_ids(unit, post_id) == shown
    finally:
        unit.close()

def _rewrite(src: Path, dst: Path, change=None, files=None) -> Path:
    """A packet with its document changed and the manifest made to match (a hostile
    sender can do that), so the document checks are what refuses it."""
    contents = wadah.read_zip(src, "narasi.json", "Paket narasi",
                              max_bytes=narasi_paket.MAX_PACKET_BYTES)
    doc = json.loads(contents.document)
    if change:
        change(doc)
    attached = contents.files if files is None else files
    dst.write_bytes(wadah.packet_bytes(narasi_paket.FORMAT, "narasi.json", doc, attached))
    return dst


HOSTILE = [
    ("wrong type", lambda d: d["campaign"].__setitem__("key_messages", "satu"), "skema"),
    ("too many photos", lambda d: d["campaign"].__setitem__(
        "photos", [{"file": f"foto/{i}.jpg"} for i in range(11)]), "terlalu banyak"),
    ("huge text", lambda d: d["campaign"]["captions"].__setitem__("instagram", "a" * 6000),
     "terlalu panjang"),
    ("bad platform", lambda d: d["campaign"]["captions"].__setitem__("friendster", "x"),
     "tidak dikenal"),
    ("duplicate photo", lambda d: d["campaign"]["photos"].__setitem__(
        1, dict(d["campaign"]["photos"][0])), "dua kali"),
    ("newer schema", lambda d: d.__setitem__("schema_version", 9), "lebih baru"),
    ("bad id", lambda d: d["campaign"].__setitem__("id", "../../x"), "tidak sah"),
    ("bool as number", lambda d: d.__setitem__("schema_version", True), "bilangan"),
    ("wrong format", lambda d: d.__setitem__("format", "warta-paket-laporan"), "format"),
]


@pytest.mark.parametrize(("label", "change", "words"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_documents_refused_and_nothing_imported(store, tmp_path, monkeypatch,
                                                        label, change, words):
    packet = _made_packet(store, tmp_path)
    bad = _rewrite(packet, tmp_path / "bad.warta", change)
    unit = _import_home(tmp_path, monkeypatch)
    try:
        before = posts.count_posts(unit)
        result = narasi_actions.import_narasi(unit, bad)
        assert result.outcome == narasi_actions.REFUSED
        assert words in result.message
        assert posts.count_posts(unit) == before
    finally:
        unit.close()


def test_control_characters_are_removed_not_refused(store, tmp_path):
    packet = _made_packet(store, tmp_path)

    def change(doc):
        doc["campaign"]["title"] = "Narasi\u202e\x07 Kota"
        doc["campaign"]["captions"]["x"] = "Baris satu\nbaris\x00 dua"

    read = narasi_paket.read_packet(_rewrite(packet, tmp_path / "bad.warta", change)).narasi
    assert read.title == "Narasi Kota" and read.captions["x"] == "Baris satu\nbaris dua"


def test_photo_pillow_cannot_open_is_refused(store, tmp_path, monkeypatch):
    packet = _made_packet(store, tmp_path)
    bad = _rewrite(packet, tmp_path / "bad.warta",
                   files={"foto/01.jpg": b"\xff\xd8\xff\xe0 not a jpeg", "foto/02.jpg":
                          _jpeg(tmp_path / "x.jpg").read_bytes()})
    unit = _import_home(tmp_path, monkeypatch)
    try:
        before = posts.count_posts(unit)
        result = narasi_actions.import_narasi(unit, bad)
        assert result.outcome == narasi_actions.REFUSED and "rusak" in result.message
        assert posts.count_posts(unit) == before
    finally:
        unit.close()


def test_duplicate_keys_and_extra_files_refused(store, tmp_path):
    packet = _made_packet(store, tmp_path, photos=1)
    extra = _rewrite(packet, tmp_path / "extra.warta",
                     files={"foto/01.jpg": _jpeg(tmp_path / "y.jpg").read_bytes(),
                            "foto/99.jpg": b"x"})
    with pytest.raises(wadah.PacketError, match="tidak disebut"):
        narasi_paket.read_packet(extra)
    body = b'{"format": "a", "format": "b"}'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("narasi.json", body)
        import hashlib
        zf.writestr("manifest.json", json.dumps(
            {"format": narasi_paket.FORMAT,
             "sha256": {"narasi.json": hashlib.sha256(body).hexdigest()}}))
    dup = tmp_path / "dup.warta"
    dup.write_bytes(buffer.getvalue())
    with pytest.raises(wadah.PacketError, match="kunci ganda"):
        narasi_paket.read_packet(dup)
    junk = tmp_path / "junk.warta"
    junk.write_bytes(b"PK nothing")
    with pytest.raises(wadah.PacketError, match="Paket narasi"):
        narasi_paket.read_packet(junk)


# ---- the round trip: amplified, reported, on the board -------------------------------

def _publish(store, post_id: int) -> None:
    variants = posts.list_variants(store, post_id)
    for v in variants:
        url = {"instagram": "https://www.instagram.com/p/Cabc123/",
               "x": "https://x.com/dinkes/status/1234567890"}[v.platform]
        konten.mark_published(store, post_id, v.platform, url, dt.datetime(2026, 11, 12, 9))
    stored = {v.platform: v for v in posts.list_variants(store, post_id)}
    posts.set_variant_metrics(store, {stored["instagram"].id: {"reach": 1500, "likes": 90},
                                      stored["x"].id: {"reach": 500, "likes": 10}})
    result = konten.change_status(store, post_id, Status.TERBIT,
                                  answer=konten.Answer.both("uji narasi"))
    assert result.changed


def test_campaign_reported_and_on_the_board(store, tmp_path, monkeypatch):
    packet = _made_packet(store, tmp_path)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    unit = _import_home(tmp_path, monkeypatch)
    try:
        post = narasi_actions.import_narasi(unit, packet, today=dt.date(2026, 11, 12)).post
        _publish(unit, post.id)
        sent = rekap.export_packet(unit, *NOV, outbox)
    finally:
        unit.close()
    with zipfile.ZipFile(sent) as zf:
        doc = json.loads(zf.read("laporan.json"))
    entry = next(p for p in doc["posts"] if p["id"] == post.id)
    assert entry["campaign"] == post.campaign_id
    assert entry["campaign_title"] == "Cimahi Bebas Sampah Plastik"
    others = [p for p in doc["posts"] if p["id"] != post.id]
    assert all(p["campaign"] is None for p in others)
    laporan_schema = json.loads((ROOT / "docs" / "paket-laporan.schema.json").read_text(
        encoding="utf-8"))
    jsonschema.validate(doc, laporan_schema)

    other = _import_home(tmp_path, monkeypatch, "disdik")
    try:
        fill_demo(other, 2026, 11, unit="Dinas Pendidikan")
        rekap.export_packet(other, *NOV, outbox)
    finally:
        other.close()
    monkeypatch.setenv("WARTA_HOME", str(store.path.parent))
    assert [r.outcome for r in rekap.import_packets(store, [outbox])] == ["diimpor"] * 2
    board = rekap.period_board(store, *NOV)
    [amp] = board.campaigns
    assert amp.title == "Cimahi Bebas Sampah Plastik"
    assert [(u.name, u.posts, u.reach, u.interactions) for u in amp.units] == [
        ("Dinas Kesehatan", 1, 2000, 100)]
    assert amp.silent == ["Dinas Pendidikan"]
    assert "Dinas Kesehatan" not in amp.missing and len(amp.missing) > 10
    report = rekap.city_report(store, *NOV)
    assert any(u.campaign == "Cimahi Bebas Sampah Plastik" for u in report.uploads)


def test_board_lists_a_campaign_nobody_amplified(store):
    _coordinator(store)
    narasi_actions.save_narasi(store, _campaign())
    [amp] = rekap.period_board(store, *NOV).campaigns
    assert amp.units == [] and amp.posts == 0 and amp.missing
    assert not rekap.period_board(store, dt.date(2026, 9, 1), dt.date(2026, 9, 30)).campaigns


def test_too_many_entries_refused(store, tmp_path):
    packet = _made_packet(store, tmp_path, photos=1)
    files = {f"foto/{i:02d}.jpg": b"x" for i in range(20)}
    with pytest.raises(wadah.PacketError, match="terlalu banyak berkas"):
        narasi_paket.read_packet(_rewrite(packet, tmp_path / "many.warta", files=files))


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_FIELDS = ("id", "title", "period", "category", "key_messages", "hashtags", "accounts",
           "captions", "dos", "donts", "photos")


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(_FIELDS), value=_JSON)
def test_any_junk_in_a_field_is_a_packet_error_or_accepted(field, value):
    """Whatever a hostile sender puts in a field: a clear PacketError or a clean campaign,
    never another exception."""
    doc = {"format": narasi_paket.FORMAT, "schema_version": 1, "created_at": "2026-11-01",
           "campaign": {"id": "NRS-1", "title": "Judul", "period": {
               "start": "2026-11-01", "end": "2026-11-30"}}}
    doc["campaign"][field] = value
    try:
        narasi, photos, _sender = narasi_paket.check_document(doc, {})
    except wadah.PacketError as exc:
        assert str(exc)
    else:
        assert narasi.title and not photos
