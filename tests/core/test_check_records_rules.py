"""Pengaturan > Aturan writes the user's rule and checklist overrides (core/rule_overrides)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import rule_overrides as ro
from core.checks import applicable_items, check_text, checklist_items, config, rule_catalog
from core.model import Post


def _setting(rule_id: str, profile: str = "formal") -> dict:
    return next(r for r in rule_catalog(profile) if r["id"] == rule_id)


def test_switching_a_rule_off_and_changing_severity_takes_effect_at_once() -> None:
    text = "Warga bisa datang disini setiap hari kerja."
    assert any(f.rule_id == "nada.di_ke" for f in check_text(text))
    ro.set_rule("nada.di_ke", "formal", enabled=False)
    assert _setting("nada.di_ke")["enabled"] is False
    assert not any(f.rule_id == "nada.di_ke" for f in check_text(text))
    saved = json.loads((config.user_dir() / "rules.json").read_text(encoding="utf-8"))
    assert saved["rules"]["nada.di_ke"] == {"enabled": False}

    ro.set_rule("akurasi.ejaan_baku", "santai", severity="error")
    assert _setting("akurasi.ejaan_baku", "formal")["severity"] == "error"  # all profiles
    assert ro.has_rule_changes()
    assert ro.reset_rules() is True
    assert _setting("nada.di_ke")["enabled"] is True
    assert not ro.has_rule_changes()


def test_a_tone_rule_is_changed_for_the_chosen_profile_only() -> None:
    assert _setting("nada.tidak_baku", "santai")["enabled"] is False
    ro.set_rule("nada.tidak_baku", "santai", enabled=True, severity="info")
    assert ro.is_per_profile("nada.tidak_baku", "santai")
    assert not ro.is_per_profile("akurasi.ejaan", "santai")
    santai = _setting("nada.tidak_baku", "santai")
    assert (santai["enabled"], santai["severity"]) == (True, "info")
    assert _setting("nada.tidak_baku", "formal")["severity"] == "warning"
    saved = json.loads((config.user_dir() / "profiles.json").read_text(encoding="utf-8"))
    assert saved["santai"]["rules"]["nada.tidak_baku"] == {"enabled": True, "severity": "info"}


def test_unknown_severity_and_broken_user_file_are_refused() -> None:
    with pytest.raises(ValueError, match="galat, peringatan"):
        ro.set_rule("nada.di_ke", "formal", severity="fatal")
    path = config.user_dir() / "rules.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ rusak", encoding="utf-8")
    with pytest.raises(ro.RuleFileError, match="tidak diubah"):
        ro.set_rule("nada.di_ke", "formal", enabled=False)
    assert path.read_text(encoding="utf-8") == "{ rusak"  # nothing the user wrote is lost


def test_checklist_items_can_be_edited_added_moved_and_removed() -> None:
    first = checklist_items()[0]
    ro.update_item(first.id, label="Fakta dan angka sudah dicek ke Bagian Prokopim")
    assert checklist_items()[0].label == "Fakta dan angka sudah dicek ke Bagian Prokopim"

    new_id = ro.add_item("Nama narasumber sudah ditulis lengkap dengan jabatannya")
    assert new_id.startswith("pengguna_nama_narasumber")
    assert checklist_items()[-1].id == new_id
    assert new_id in {i.id for i in applicable_items(Post())}

    ro.move_item(new_id, -1)
    ids = [i.id for i in checklist_items()]
    assert ids.index(new_id) == len(ids) - 2

    ro.remove_item(new_id)  # the user's own: gone
    assert new_id not in {i.id for i in ro.editable_items()}
    ro.remove_item(first.id)  # shipped: switched off, can come back
    off = next(i for i in ro.editable_items() if i.id == first.id)
    assert off.shipped and not off.enabled
    assert first.id not in {i.id for i in checklist_items()}
    ro.update_item(first.id, enabled=True)
    assert first.id in {i.id for i in checklist_items()}

    with pytest.raises(ValueError, match="tidak boleh kosong"):
        ro.update_item(first.id, label="   ")
    assert ro.reset_checklist() is True
    assert checklist_items()[0].label == first.label


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=80).filter(lambda t: t.strip()))
def test_any_item_text_gets_a_plain_unique_id(label) -> None:
    item_id = ro.add_item(label)
    assert re.fullmatch(r"pengguna_[a-z0-9_]+", item_id)
    assert next(i for i in ro.editable_items() if i.id == item_id).label == " ".join(label.split())
    ro.remove_item(item_id)
