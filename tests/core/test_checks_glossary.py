"""The city's glossary: shipped terms, the user's additions, spelling and case."""

from __future__ import annotations

import json

import pytest

from core.checks import add_to_glossary, check_text, config, engine, remove_from_glossary
from core.checks.glossary import glossary


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


def test_shipped_glossary_has_the_city_names_with_expansions():
    gl = glossary()
    for term in ("Pemerintah Kota Cimahi", "Wali Kota Cimahi", "Wakil Wali Kota",
                 "Sekretaris Daerah", "DPRD Kota Cimahi", "Diskominfo", "Dinkes", "Disdik",
                 "Dispangtan", "Disdukcapil",
                 "Satpol PP", "BPBD", "RSUD Cibabat", "Kecamatan Cimahi Utara",
                 "Kecamatan Cimahi Tengah", "Kecamatan Cimahi Selatan", "Kelurahan Leuwigajah"):
        assert term in gl, term
    assert gl.terms["Disdukcapil"].expansion == "Dinas Kependudukan dan Pencatatan Sipil"
    assert gl.terms["Satpol PP"].expansion == "Satuan Polisi Pamong Praja"


def test_add_to_glossary_makes_a_word_correct_and_case_sensitive(warta_home):
    text = "Program Cimanggu Berseri hadir. Warga menyebutnya cimanggu berseri."
    spelled = [text[f.start:f.end] for f in check_text(text) if f.rule_id == "akurasi.ejaan"]
    assert "cimanggu" in spelled
    stored = add_to_glossary("  Cimanggu   Berseri ", kind="nama")
    assert stored == "Cimanggu Berseri"
    data = json.loads((warta_home / "rules" / "glossary_user.json").read_text(encoding="utf-8"))
    assert data["terms"]["Cimanggu Berseri"] == {"kind": "nama"}
    findings = check_text(text)
    assert not [f for f in findings if f.rule_id == "akurasi.ejaan"]
    case = [f for f in findings if f.rule_id == "akurasi.glosarium"]
    assert [(text[f.start:f.end], f.suggestions) for f in case] == [
        ("cimanggu berseri", ("Cimanggu Berseri",))]
    assert remove_from_glossary("Cimanggu Berseri") is True
    assert remove_from_glossary("Cimanggu Berseri") is False
    assert "Cimanggu Berseri" not in glossary()


def test_add_to_glossary_refuses_empty_terms():
    with pytest.raises(ValueError, match="kosong"):
        add_to_glossary("   ")
    with pytest.raises(ValueError, match="terlalu panjang"):
        add_to_glossary("x" * 500)


def test_a_corrupt_user_glossary_is_kept_aside_not_lost(warta_home):
    rules = warta_home / "rules"
    rules.mkdir()
    (rules / "glossary_user.json").write_text("{rusak", encoding="utf-8")
    add_to_glossary("Kampung Tangguh")
    kept = list(rules.glob("glossary_user.rusak-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{rusak"
    assert "Kampung Tangguh" in glossary(config.current())


def test_extra_terms_for_one_check():
    text = "Ketua panitia, Asep Sunandar, menyapa warga. Panitia mengundang asep sunandar."
    findings = check_text(text, glossary=["Asep Sunandar"])
    assert [(text[f.start:f.end]) for f in findings if f.rule_id == "akurasi.glosarium"] == [
        "asep sunandar"]
