"""Paket Aturan: Diskominfo's glossary, hashtag sets, accounts, word lists and brand kit
travel to a PIC, who sees the diff, accepts it, and keeps their own additions."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from core import accounts, hashtag_sets, settings
from core.actions import aturan
from core.aturan import dokumen, merek
from core.branding.catalog import list_kits, load_kit, shipped_kits_dir, user_kits_dir
from core.checks import add_to_glossary, check_text, config, engine
from core.checks.glossary import glossary
from core.hashtag_sets import HashtagSet
from core.model import Account
from core.rekap.wadah import packet_bytes
from core.store import open_store

DAY = dt.date(2026, 12, 1)


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


class Homes:
    """Two data folders, Diskominfo's and a PIC's; `use` switches WARTA_HOME."""

    def __init__(self, tmp_path: Path, monkeypatch) -> None:
        self.tmp, self.mp = tmp_path, monkeypatch
        self.outbox = tmp_path / "flashdisk"
        self.outbox.mkdir()

    def use(self, who: str):
        self.mp.setenv("WARTA_HOME", str(self.tmp / who))
        config.reload()
        return open_store()

    def export(self, day: dt.date = DAY) -> Path:
        store = self.use("diskominfo")
        try:
            return aturan.export_rules(store, self.outbox, today=day).path
        finally:
            store.close()


@pytest.fixture
def homes(tmp_path, monkeypatch) -> Homes:
    h = Homes(tmp_path, monkeypatch)
    store = h.use("diskominfo")
    settings.set(store, "rekap_coordinator", "ya")
    hashtag_sets.save_set(store, HashtagSet("Layanan Publik", "#CimahiKota #MPPCimahi"))
    hashtag_sets.save_set(store, HashtagSet("Hari Jadi", "#HJKCimahi"))
    accounts.save_account(store, Account(None, "Pemkot Cimahi", True,
                                         {"instagram": "pemkotcimahi"}))
    accounts.save_account(store, Account(None, "DPRD Kota Cimahi", False,
                                         {"instagram": "dprdcimahi"}))
    add_to_glossary("Wali Kota Cimahi", kind="jabatan", holder="Budi Santoso")
    add_to_glossary("Kampung Adat Cireundeu", kind="wilayah")
    rules = config.user_dir() / "nada.json"
    rules.write_text(json.dumps({"informal": {"mantul": "sangat bagus"}}), encoding="utf-8")
    store.close()
    store = h.use("pic")
    hashtag_sets.save_set(store, HashtagSet("Sekolah Sehat", "#SekolahSehat"))
    accounts.save_account(store, Account(None, "Puskesmas Cibabat", False,
                                         {"instagram": "pkmcibabat"}))
    accounts.save_account(store, Account(None, "DPRD Kota Cimahi", False,
                                         {"instagram": "dprd.cimahi.lama"}))
    add_to_glossary("Posyandu Melati", kind="nama")
    store.close()
    return h


def counts(result) -> dict[str, tuple[int, int, int]]:
    return {d.key: (len(d.added), len(d.changed), len(d.removed)) for d in result.diff.lists}


def pic_state(store) -> tuple:
    """Everything an import may change at the PIC, to compare before and after."""
    rules = config.user_dir()
    files = sorted((p.relative_to(rules).as_posix(), p.read_bytes())
                   for p in rules.rglob("*") if p.is_file()) if rules.exists() else []
    kits = sorted(p.name for p in user_kits_dir().iterdir())
    return ([(s.name, s.tags) for s in hashtag_sets.list_sets(store)],
            [(a.name, a.is_own, a.handles) for a in accounts.list_accounts(store)],
            settings.get(store, "aturan_kota"), settings.get(store, "brand_kit"), files, kits)


def test_round_trip_shows_counts_then_applies_and_keeps_own_entries(homes):
    packet = homes.export()
    assert packet.name == "Aturan-Cimahi-v1-2026-12-01.warta"
    store = homes.use("pic")
    before = pic_state(store)
    preview = aturan.import_rules(store, packet)
    assert not preview.applied and pic_state(store) == before
    assert counts(preview) == {"glosarium": (1, 1, 0), "tagar": (2, 0, 0),
                               "akun": (1, 1, 0), "kit": (0, 0, 0), "aturan": (1, 0, 0)}
    gl = preview.diff.get("glosarium")
    assert [c.text for c in gl.changed] == ["Wali Kota Cimahi: jabatan → Budi Santoso"]
    assert [c.text for c in gl.added] == ["Kampung Adat Cireundeu: wilayah"]
    assert [c.text for c in preview.diff.get("aturan").added] == [
        "nada › informal › mantul: sangat bagus"]
    assert [c.text for c in preview.diff.get("akun").changed] == [
        "DPRD Kota Cimahi: Instagram @dprd.cimahi.lama → Instagram @dprdcimahi"]
    assert aturan.status_text(store) == "Paket aturan kota: belum ada"

    result = aturan.import_rules(store, packet, accept=True)
    assert result.applied
    assert aturan.status_text(store) == ("Paket aturan kota: v1, 2026-12-01, dari "
                                         "Diskominfo Kota Cimahi")
    names = {s.name for s in hashtag_sets.list_sets(store)}
    assert names == {"Layanan Publik", "Hari Jadi", "Sekolah Sehat"}
    own = {a.name: a for a in accounts.list_accounts(store)}
    assert set(own) == {"Pemkot Cimahi", "DPRD Kota Cimahi", "Puskesmas Cibabat"}
    assert own["Pemkot Cimahi"].is_own is False  # the city's account is a partner here
    assert own["DPRD Kota Cimahi"].handles == {"instagram": "dprdcimahi"}
    assert aturan.import_rules(store, packet).diff.empty  # nothing left to change
    store.close()


def test_second_packet_removes_only_what_a_packet_brought(homes):
    first = homes.export()
    store = homes.use("pic")
    aturan.import_rules(store, first, accept=True)
    store.close()
    store = homes.use("diskominfo")
    for s in hashtag_sets.list_sets(store):
        hashtag_sets.delete_set(store, s.id)  # the city drops every set ...
    for a in accounts.list_accounts(store):
        accounts.delete_account(store, a.id)  # ... and every account
    data = json.loads((config.user_dir() / "glossary_user.json").read_text(encoding="utf-8"))
    del data["terms"]["Kampung Adat Cireundeu"]
    (config.user_dir() / "glossary_user.json").write_text(json.dumps(data), encoding="utf-8")
    store.close()
    second = homes.export(DAY + dt.timedelta(days=30))
    assert "-v2-" in second.name
    store = homes.use("pic")
    preview = aturan.import_rules(store, second)
    assert counts(preview)["tagar"] == (0, 0, 2)
    assert counts(preview)["akun"] == (0, 0, 1)  # DPRD was the PIC's own before packet 1
    assert [c.key for c in preview.diff.get("glosarium").removed] == ["Kampung Adat Cireundeu"]
    aturan.import_rules(store, second, accept=True)
    assert [s.name for s in hashtag_sets.list_sets(store)] == ["Sekolah Sehat"]
    assert sorted(a.name for a in accounts.list_accounts(store)) == [
        "DPRD Kota Cimahi", "Puskesmas Cibabat"]
    gl = glossary()
    assert "Posyandu Melati" in gl and "Kampung Adat Cireundeu" not in gl
    assert "Budi Santoso" in gl
    store.close()


def test_older_packet_is_refused_unless_forced(homes):
    first = homes.export()
    second = homes.export(DAY + dt.timedelta(days=1))
    store = homes.use("pic")
    aturan.import_rules(store, second, accept=True)
    before = pic_state(store)
    with pytest.raises(aturan.OlderPacket,
                       match=r"^Paket aturan v1 lebih lama dari yang berlaku \(v2\)$"):
        aturan.import_rules(store, first, accept=True)
    assert pic_state(store) == before
    assert aturan.import_rules(store, first, accept=True, force=True).applied
    assert aturan.status(store).version == 1
    store.close()


def test_new_wali_kota_is_checked_after_import(homes):
    packet = homes.export()
    store = homes.use("pic")
    text = "Wali Kota Cimahi budi santoso meresmikan taman."
    assert not [f for f in check_text(text) if f.rule_id == "akurasi.glosarium"]
    aturan.import_rules(store, packet, accept=True)
    found = [(text[f.start:f.end], f.suggestions) for f in check_text(text)
             if f.rule_id == "akurasi.glosarium"]
    assert ("budi santoso", ("Budi Santoso",)) in found
    store.close()


def test_brand_kit_arrives_and_becomes_the_active_kit(homes):
    store = homes.use("diskominfo")
    folder = user_kits_dir() / "cimahi-2027"
    shutil.copytree(shipped_kits_dir() / "cimahi", folder)
    kit_json = folder / "kit.json"
    data = json.loads(kit_json.read_text(encoding="utf-8"))
    data.update(id="cimahi-2027", name="Kota Cimahi 2027")
    kit_json.write_text(json.dumps(data), encoding="utf-8")
    settings.set(store, "brand_kit", "cimahi-2027")
    store.close()
    packet = homes.export()
    store = homes.use("pic")
    preview = aturan.import_rules(store, packet)
    kit_diff = preview.diff.get("kit")
    assert [c.text for c in kit_diff.changed] == [
        "Kit aktif: Pemerintah Kota Cimahi → Kota Cimahi 2027"]
    assert [c.key for c in kit_diff.added] == ["Kit cimahi-2027"]
    aturan.import_rules(store, packet, accept=True)
    assert "cimahi-2027" in {e.id for e in list_kits() if e.kit is not None}
    assert settings.get(store, "brand_kit") == "cimahi-2027"
    assert load_kit("cimahi-2027").name == "Kota Cimahi 2027"
    store.close()


def test_a_failure_while_applying_changes_nothing(homes, monkeypatch):
    packet = homes.export()
    store = homes.use("pic")
    before = pic_state(store)

    def broken(kit):
        raise OSError("disk penuh")

    monkeypatch.setattr(merek, "install_kit", broken)
    with pytest.raises(OSError, match="disk penuh"):
        aturan.import_rules(store, packet, accept=True)
    assert pic_state(store) == before
    assert "Budi Santoso" not in glossary()
    store.close()


def test_only_the_coordinator_exports(store, tmp_path):
    with pytest.raises(aturan.PacketError, match="koordinator"):
        aturan.export_rules(store, tmp_path)


# ---- hostile packets ------------------------------------------------------------------

def _doc(**changes) -> dict:
    doc = {"format": dokumen.FORMAT, "schema_version": 1, "versi": 3, "tanggal": "2026-12-01",
           "kota": "Cimahi", "pengirim": "Diskominfo Kota Cimahi", "glosarium": {},
           "kumpulan_tagar": [], "direktori_akun": [], "daftar_aturan": {}, "kit_merek": None}
    doc.update(changes)
    return doc


def _write(tmp_path: Path, doc: dict, files: dict | None = None) -> Path:
    path = tmp_path / "Aturan-jahat.warta"
    path.write_bytes(packet_bytes(dokumen.FORMAT, dokumen.DOCUMENT, doc, files))
    return path


HOSTILE = [
    (_doc(kumpulan_tagar=[{"nama": '=HYPERLINK("http://x","klik")', "tagar": "#A"}]),
     "rumus"),
    (_doc(direktori_akun=[{"nama": "+Akun", "akun": {}}]), "rumus"),
    (_doc(glosarium={"@Wali": {}}), "rumus"),
    (_doc(glosarium={"Wali Kota Cimahi": {"holder": "=1+1"}}), "rumus"),
    (_doc(glosarium={"Dinkes": "singkatan"}), "objek"),
    (_doc(glosarium={"Dinkes": {"generic": "ya"}}), "true atau false"),
    (_doc(glosarium=["Dinkes"]), "objek"),
    (_doc(kumpulan_tagar={"nama": "x"}), "daftar"),
    (_doc(kumpulan_tagar=[{"nama": "A", "tagar": "#a"}, {"nama": "a", "tagar": "#b"}]),
     "dua kali"),
    (_doc(kumpulan_tagar=[{"nama": "Kosong", "tagar": "   "}]), "tidak berisi tagar"),
    (_doc(kumpulan_tagar=[{"nama": f"S{i}", "tagar": "#a"} for i in range(501)]),
     "terlalu banyak"),
    (_doc(direktori_akun=[{"nama": "X", "akun": {"myspace": "x"}}]), "tidak dikenal"),
    (_doc(direktori_akun=[{"nama": "X", "akun": {"instagram": "a b/../c"}}]), "tidak sah"),
    (_doc(daftar_aturan={"../../etc": {}}), "tidak dikenal"),
    (_doc(daftar_aturan={"nada": {"informal": {"a": {"b": {"c": {"d": {"e": 1}}}}}}}),
     "terlalu dalam"),
    (_doc(daftar_aturan={"nada": {"x": list(range(20001))}}), "terlalu besar"),
    (_doc(versi="5"), "versi"),
    (_doc(versi=True), "versi"),
    (_doc(tanggal="kemarin"), "tanggal"),
    (_doc(schema_version=9), "lebih baru"),
    (_doc(format="warta-paket-laporan"), "bukan Paket Aturan"),
    (_doc(pengirim=None), "pengirim"),
    (_doc(kit_merek={"id": "../x", "berkas": "kit/x.zip"}), "id kit"),
    (_doc(kit_merek={"id": "x", "berkas": "kit/x.zip"}), "tidak ada di dalam paket"),
    ([1, 2], "objek JSON"),
    (_doc(kota="Kota Bandung", pengirim="Diskominfo Kota Bandung"),
     "dari Kota Bandung .*bukan dari Kota Cimahi"),
]


@pytest.mark.parametrize(("doc", "message"), HOSTILE)
def test_hostile_documents_are_refused_and_change_nothing(homes, tmp_path, doc, message):
    store = homes.use("pic")
    before = pic_state(store)
    path = _write(tmp_path, doc)
    with pytest.raises(aturan.PacketError, match=message):
        aturan.import_rules(store, path, accept=True)
    assert pic_state(store) == before
    store.close()


def test_control_characters_are_removed(store, tmp_path):
    doc = _doc(kumpulan_tagar=[{"nama": "Hari\u202e Jadi\x07", "tagar": "#HJK\x00Cimahi"}],
               glosarium={"Kampung\x1b Adat": {"kind": "wilayah"}})
    aturan.import_rules(store, _write(tmp_path, doc), accept=True)
    assert [(s.name, s.tags) for s in hashtag_sets.list_sets(store)] == [
        ("Hari Jadi", "#HJKCimahi")]
    assert "Kampung Adat" in glossary()


def test_broken_kit_and_tampered_packets_are_refused(homes, tmp_path):
    store = homes.use("pic")
    before = pic_state(store)
    kit_doc = _doc(kit_merek={"id": "jahat", "nama": "Jahat", "berkas": "kit/jahat.zip"})
    not_a_kit = _write(tmp_path, kit_doc, {"kit/jahat.zip": b"PK bukan zip"})
    with pytest.raises(aturan.PacketError, match="kit merek dalam paket tidak sah"):
        aturan.import_rules(store, not_a_kit, accept=True)
    extra = _write(tmp_path, _doc(), {"../../evil.txt": b"x"})
    with pytest.raises(aturan.PacketError):
        aturan.import_rules(store, extra, accept=True)
    good = homes.export()
    store.close()
    store = homes.use("pic")
    raw = bytearray(good.read_bytes())
    at = raw.find(b"Layanan Publik")
    if at < 0:  # deflated: flip a byte inside the first entry's data instead
        at = 60
    raw[at] ^= 0xFF
    tampered = tmp_path / "tampered.warta"
    tampered.write_bytes(bytes(raw))
    with pytest.raises(aturan.PacketError):
        aturan.import_rules(store, tampered, accept=True)
    assert pic_state(store) == before
    store.close()


def test_exported_document_follows_the_published_schema(homes):
    import zipfile

    import jsonschema

    root = Path(__file__).resolve().parents[2]
    schema = json.loads((root / "docs" / "paket-aturan.schema.json").read_text(encoding="utf-8"))
    with zipfile.ZipFile(homes.export()) as zf:
        doc = json.loads(zf.read(dokumen.DOCUMENT))
        assert zf.namelist() == ["aturan.json", "kit/cimahi.zip", "manifest.json"]
    jsonschema.validate(doc, schema)
    assert doc["glosarium"]["Wali Kota Cimahi"]["holder"] == "Budi Santoso"
    bad = dict(doc, kumpulan_tagar=[{"nama": "=HYPERLINK(1)", "tagar": "#a"}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_city_word_lists_reach_the_checks_and_own_overrides_win(homes):
    packet = homes.export()
    store = homes.use("pic")
    text = "Pelayanannya mantul sekali."
    assert not [f for f in check_text(text) if text[f.start:f.end] == "mantul"
                and f.rule_id.startswith("nada")]
    aturan.import_rules(store, packet, accept=True)
    flagged = [f for f in check_text(text) if text[f.start:f.end] == "mantul"]
    assert any("sangat bagus" in f.suggestions for f in flagged)
    assert (config.city_dir() / "nada.json").exists()
    assert not (config.user_dir() / "nada.json").exists()  # the PIC's own file untouched
    store.close()


def test_accepting_a_file_other_than_the_one_shown_is_refused(homes, tmp_path):
    first = homes.export()
    second = homes.export(DAY + dt.timedelta(days=1))
    store = homes.use("pic")
    shown = aturan.import_rules(store, first)
    with pytest.raises(aturan.PacketError, match="berubah sejak"):
        aturan.import_rules(store, second, accept=True, expected_sha256=shown.sha256)
    assert aturan.status(store) is None
    assert aturan.import_rules(store, first, accept=True,
                               expected_sha256=shown.sha256).applied
    store.close()


def test_export_refuses_what_every_pic_would_refuse(homes):
    store = homes.use("diskominfo")
    hashtag_sets.save_set(store, HashtagSet("=HYPERLINK(1)", "#a"))
    with pytest.raises(aturan.PacketError, match="rumus"):
        aturan.export_rules(store, homes.outbox)
    assert list(homes.outbox.iterdir()) == []
    assert settings.get(store, "aturan_versi_ekspor") == 0
    store.close()


def test_accepting_applies_the_preview_without_reading_the_file_again(homes, tmp_path):
    packet = homes.export()
    store = homes.use("pic")
    preview = aturan.preview_rules(store, packet)
    assert preview.older is None and not preview.applied
    packet.unlink()  # what is applied is what was shown, not whatever the file is now
    result = aturan.accept_rules(store, preview)
    assert result.applied and aturan.status(store).version == preview.version
    assert {s.name for s in hashtag_sets.list_sets(store)} >= {"Hari Jadi", "Sekolah Sehat"}
    store.close()



def test_only_terms_the_city_changed_travel_so_newer_shipped_terms_stay(homes, monkeypatch,
                                                                        tmp_path):
    """The packet carries the coordinator's added and changed terms, not the ~190 terms
    Warta ships: a PIC on a newer Warta keeps a shipped term that the coordinator's older
    copy has in an older form."""
    packet = homes.export()
    with zipfile.ZipFile(packet) as zf:
        sent = json.loads(zf.read(dokumen.DOCUMENT))["glosarium"]
    assert set(sent) == {"Wali Kota Cimahi", "Kampung Adat Cireundeu"}
    assert sent["Wali Kota Cimahi"]["holder"] == "Budi Santoso"
    newer = tmp_path / "rules-newer"  # the PIC's Warta ships the deputy's name too
    shutil.copytree(config.shipped_dir(), newer)
    data = json.loads((newer / "glossary.json").read_text(encoding="utf-8"))
    data["terms"]["Wakil Wali Kota Cimahi"] = {"kind": "jabatan", "holder": "Siti Aminah"}
    (newer / "glossary.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(config, "shipped_dir", lambda: newer)
    store = homes.use("pic")
    assert "Siti Aminah" in glossary()
    aturan.import_rules(store, packet, accept=True)
    config.reload()
    assert "Siti Aminah" in glossary() and "Budi Santoso" in glossary()
    store.close()
