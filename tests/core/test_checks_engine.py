"""Engine, registry, rule data and user overrides, ignoring, summary, bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.checks import (
    REGISTRY,
    CheckContext,
    Finding,
    Target,
    check_text,
    config,
    engine,
    problems,
    rule_catalog,
    suggestions_for,
    summarize,
)


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


def _f(severity):
    return Finding("x.y", severity, "Akurasi", "pesan", 0, 1)


def test_summarize_in_indonesian():
    assert summarize([]) == "Tidak ada temuan"
    findings = [_f("error"), _f("error"), _f("warning"), _f("warning"), _f("warning"), _f("info")]
    assert summarize(findings) == "2 galat, 3 peringatan, 1 info"
    assert summarize([_f("info")]) == "1 info"


def test_every_registered_rule_has_shipped_data_and_a_title():
    shipped = config.current().file("rules")["rules"]
    assert set(REGISTRY.ids()) == set(shipped)
    for rule in REGISTRY:
        assert rule.title and rule.category in ("Akurasi", "Nada", "Kepatuhan", "Format")
        assert shipped[rule.id]["severity"] in ("error", "warning", "info")


def test_registry_refuses_duplicates_and_unknown_categories():
    reg = engine.REGISTRY.__class__()
    reg.rule("a.b", category="Nada", title="t")(lambda d, rc: [])
    with pytest.raises(ValueError):
        reg.rule("a.b", category="Nada", title="t")(lambda d, rc: [])
    with pytest.raises(ValueError):
        reg.rule("a.c", category="Gaya", title="t")


def test_findings_are_sorted_and_carry_target_and_key():
    text = "Walikota hadir pada Senin (12/11/2025)."
    findings = check_text(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    f = next(f for f in findings if f.rule_id == "akurasi.ejaan_baku")
    assert f.target == Target.parse("caption")
    assert f.key == "akurasi.ejaan_baku:Walikota"
    assert f.to_dict()["suggestions"] == ["Wali Kota"]


@pytest.mark.parametrize("stored", ["caption", "field:title", "field:activity", "variant:x",
                                    "variant:youtube:title", "photo:12", "photo:ab12cd34ef56"])
def test_stored_target_text_reads_back_as_the_same_target(stored):
    """check_overrides.errors holds targets as text written by older versions."""
    target = Target.parse(stored)
    assert target.key == stored and str(target) == stored
    assert Target.parse(target.key) == target


def test_target_is_typed_and_frozen():
    t = Target.variant("youtube", "title")
    assert (t.kind, t.platform, t.field) == ("variant", "youtube", "title")
    assert t.is_variant_title and not Target.variant("x").is_variant_title
    assert Target.of_photo(3) == Target.parse("photo:3") and Target.of_photo(3).is_photo
    with pytest.raises(AttributeError):
        t.platform = "x"  # type: ignore[misc]
    for bad in ("", "variant", "variant:", "judul", "caption:x"):
        with pytest.raises(ValueError):
            Target.parse(bad)


def test_old_ignored_keys_still_match():
    """ignored_findings.finding_key rows written before Target existed still hide findings."""
    old_key = "akurasi.ejaan_baku:Walikota"  # the form stored since the first version
    text = "Walikota hadir."
    assert any(f.key == old_key for f in check_text(text))
    assert not any(f.key == old_key for f in check_text(text, ignored={old_key}))
    f = Finding("akurasi.ejaan", "warning", "Akurasi", "m", 0, 4, target=Target.variant("x"),
                matched="Pelayanaan")
    assert f.key == "akurasi.ejaan:Pelayanaan"
    assert f.to_dict()["target"] == "variant:x"


def test_ignored_keys_are_filtered():
    text = "Gak usah khawatir, gak perlu antre."
    keys = {f.key for f in check_text(text)}
    assert "nada.tidak_baku:gak" in keys
    left = check_text(text, ignored={"nada.tidak_baku:gak"})
    assert [text[f.start:f.end] for f in left if f.rule_id == "nada.tidak_baku"] == ["Gak"]


def test_user_override_switches_a_rule_off_and_changes_severity(warta_home):
    text = "Meeting digelar. Layanan udah buka."
    assert any(f.rule_id == "akurasi.istilah_asing" for f in check_text(text))
    rules = warta_home / "rules"
    rules.mkdir()
    (rules / "rules.json").write_text(json.dumps({"rules": {
        "akurasi.istilah_asing": {"enabled": False},
        "nada.tidak_baku": {"severity": "error"},
    }}), encoding="utf-8")
    config.reload()
    findings = check_text(text)
    assert not any(f.rule_id == "akurasi.istilah_asing" for f in findings)
    # the formal profile sets nada.tidak_baku to warning and wins over rules.json
    assert {f.severity for f in findings if f.rule_id == "nada.tidak_baku"} == {"warning"}
    (rules / "profiles.json").write_text(json.dumps({"formal": {"rules": {
        "nada.tidak_baku": {"severity": "error"}}}}), encoding="utf-8")
    config.reload()
    assert {f.severity for f in check_text(text) if f.rule_id == "nada.tidak_baku"} == {"error"}


def test_user_word_list_merges_per_key(warta_home):
    rules = warta_home / "rules"
    rules.mkdir()
    (rules / "nada.json").write_text(json.dumps({"informal": {"mantul": "sangat baik",
                                                              "udah": None}}), encoding="utf-8")
    config.reload()
    text = "Pelayanannya mantul, udah cepat, gak ribet."
    got = {text[f.start:f.end]: f.suggestions for f in check_text(text)
           if f.rule_id == "nada.tidak_baku"}
    assert got["mantul"] == ("sangat baik",)
    assert "udah" not in got  # removed with null
    assert got["gak"] == ("tidak",)  # shipped entries kept


def test_broken_user_rules_file_is_reported_not_raised(warta_home):
    rules = warta_home / "rules"
    rules.mkdir()
    (rules / "rules.json").write_text('{"rules": {"nada.seru": ', encoding="utf-8")
    config.reload()
    found = check_text("Ayo datang!!!")
    assert any(f.rule_id == "nada.seru" for f in found)  # shipped data still in force
    assert any("rules.json" in p and "bukan JSON yang sah" in p for p in problems())


def test_profile_names_are_forgiving():
    text = "Layanan udah buka."
    assert check_text(text, profile="Semi-formal") == check_text(text, profile="semi-formal")
    assert check_text(text, profile="???") == check_text(text, profile="formal")


def test_rule_catalog_lists_rules_for_the_settings_page():
    catalog = {r["id"]: r for r in rule_catalog("santai")}
    assert catalog["nada.tidak_baku"]["enabled"] is False
    assert catalog["kepatuhan.nik"]["severity"] == "error"


def test_spelling_suggestions_are_computed_on_demand():
    findings = check_text("Acara ini diikuti masyarkat luas.")
    f = next(f for f in findings if f.rule_id == "akurasi.ejaan")
    assert f.suggestions == ()
    assert "masyarakat" in suggestions_for(f)


def test_a_failing_rule_is_skipped_when_not_strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", False)
    rule = REGISTRY.get("nada.seru")

    def boom(doc, rc):
        raise RuntimeError("rusak")

    broken = rule.__class__(rule.id, rule.category, rule.scope, boom, rule.title, rule.order)
    monkeypatch.setitem(REGISTRY._rules, rule.id, broken)
    found = check_text("Ayo datang!!! Walikota hadir.")
    assert not any(f.rule_id == "nada.seru" for f in found)
    assert any(f.rule_id == "akurasi.ejaan_baku" for f in found)


# --- bad input ------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Senin (12/11/2025)", "31/02/2025", "Rabu (12/11)", " di ", "se ", "antar-", "!!!", "PENTING ",
    "0812-3456-7890", "http://", "https//", "www,", "@", "#", "(PPDB)", "PPDB", "ketiganya",
    "dua orang", "\u202e", "\u200f", "\u0301", "\u0000", "\x1b", "\n", "\r\n", " ", ".", ",",
    "“", "”", '"', "😀", "👨‍👩‍👧", "🇮🇩", "Walikota", "wali kota cimahi", "12 persen", "Rp",
    "3277011234560001", "ke-", "-", "’", "'", "مرحبا", "שלום", "²", "١٢/١١/٢٠٢٥", "\ufeff",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=_TEXT, profile=st.sampled_from(["formal", "semi-formal", "santai"]))
def test_any_unicode_gives_findings_or_none_never_an_exception(text, profile):
    ctx = CheckContext(category="Klarifikasi Hoaks", activity_date=dt.date(2025, 11, 12),
                       today=dt.date(2025, 1, 1))
    findings = check_text(text, profile=profile, context=ctx)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.severity in ("error", "warning", "info") and f.message


def test_a_100k_character_paste_is_checked():
    text = ("Pemerintah Kota Cimahi 😀 menggelar kegiatan disini!!! Hubungi 0812-3456-7890. "
            * 1300)[:100_000]
    findings = check_text(text)
    assert len(text) == 100_000
    assert {"nada.di_ke", "nada.seru", "kepatuhan.telepon"} <= {f.rule_id for f in findings}
