"""Pengaturan > Merek: the logo replaced in one step (used by photos and the report's
letterhead), kits imported and exported as .zip with clear errors, the shipped kit back."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from core import settings
from core.branding import load_kit, user_kits_dir
from core.report_sources import city_logo


@pytest.fixture
def tab(main_window):
    main_window.show_page("pengaturan")
    main_window.pengaturan.tabs.setCurrentWidget(main_window.pengaturan.brand)
    tab = main_window.pengaturan.brand
    yield tab
    tab.preview.wait_rendered()


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "Logo Pemkot Cimahi resmi.png"
    im = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    im.paste((0, 120, 60, 255), (50, 50, 250, 250))
    im.save(path)
    return path


def test_tab_is_in_pengaturan_and_shows_the_sample_logo(tab, main_window):
    tabs = main_window.pengaturan.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Merek"
    assert tab.kit_combo.currentText() == "Pemerintah Kota Cimahi"
    assert tab.logo_buttons["city"].text() == "Ganti logo…"
    assert tab.preview.wait_rendered() and tab.preview.image() is not None


def test_replace_logo_in_one_step(tab, main_window, logo, store, qtbot):
    with qtbot.waitSignal(tab.message, timeout=2000) as msg:
        assert tab.replace_logo("city", str(logo))
    assert "Logo diganti" in msg.args[0]
    kit = load_kit("cimahi")
    assert kit.source == "user" and "city" not in kit.placeholder_logos
    assert tab.kit_combo.currentText() == "Pemerintah Kota Cimahi (salinan Anda)"
    assert tab.restore_button.isVisibleTo(tab)
    # the report letterhead uses the official logo too
    assert city_logo(store).is_relative_to(user_kits_dir())
    # the Media page's branding panel follows (no sample-logo warning)
    main_window.show_page("media")
    assert "logo contoh" not in main_window.media.brand.kit_label.full_text()


def test_bad_logo_file_is_refused_with_a_reason(tab, tmp_path, monkeypatch):
    bad = tmp_path / "logo.png"
    bad.write_text("bukan gambar", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not tab.replace_logo("city", str(bad))
    assert "PNG" in shown[0]
    assert "city" in load_kit("cimahi").placeholder_logos


def test_restore_shipped_kit(tab, logo, monkeypatch):
    tab.replace_logo("city", str(logo))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.restore_shipped()
    assert load_kit("cimahi").source == "shipped"
    assert not tab.restore_button.isVisibleTo(tab)


def test_export_then_import_kit_zip(tab, tmp_path, store, monkeypatch):
    target = tmp_path / "kit cimahi.zip"
    assert tab.export_kit(str(target))
    with zipfile.ZipFile(target) as zf:
        data = json.loads(zf.read("kit.json"))
    data["id"], data["name"] = "dinkes", "Dinas Kesehatan"
    other = tmp_path / "dinkes.zip"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(other, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, json.dumps(data) if name == "kit.json" else src.read(name))
    assert tab.import_kit(str(other))
    assert settings.get(store, "brand_kit") == "dinkes"
    assert tab.kit_combo.currentText() == "Dinas Kesehatan (diimpor)"
    # importing it again asks before replacing
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    assert not tab.import_kit(str(other))
    assert "dinkes" in asked[0]


def test_broken_kit_zip_names_the_problem(tab, tmp_path, monkeypatch):
    bad = tmp_path / "rusak.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("kit.json", json.dumps({"id": "rusak", "name": "Rusak", "templates": [
            {"id": "a", "name": "A", "layers": [{"type": "text", "value": "{title}",
                                                 "font": "heading", "box": [0, 0, 1, 1]}]}]}))
        zf.writestr("../keluar.txt", "x")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not tab.import_kit(str(bad))
    assert shown and "keluar.txt" in shown[0]


def test_choosing_a_kit_saves_the_setting(tab, store, tmp_path):
    tab.export_kit(str(tmp_path / "k.zip"))
    with zipfile.ZipFile(tmp_path / "k.zip") as src, \
            zipfile.ZipFile(tmp_path / "lain.zip", "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            if name == "kit.json":
                data = json.loads(body)
                data["id"], data["name"] = "lain", "Kit Lain"
                body = json.dumps(data).encode()
            dst.writestr(name, body)
    tab.import_kit(str(tmp_path / "lain.zip"))
    tab.kit_combo.setCurrentIndex(tab.kit_combo.findData("cimahi"))
    assert settings.get(store, "brand_kit") == "cimahi"


def test_logos_are_named_for_people_not_by_their_kit_key(tab, tmp_path):
    from PySide6.QtWidgets import QLabel

    assert tab.findChild(QLabel, "logo_name_city").text() == "Logo kota"
    # a kit whose designer added a logo Warta has no name for shows the key as written
    target = tmp_path / "cimahi.zip"
    assert tab.export_kit(str(target))
    with zipfile.ZipFile(target) as zf:
        data = json.loads(zf.read("kit.json"))
    data["id"], data["name"] = "kecamatan", "Kecamatan Cimahi Tengah"
    data["logos"]["stempel_kecamatan"] = "logos/city.png"
    other = tmp_path / "kecamatan.zip"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(other, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, json.dumps(data) if name == "kit.json" else src.read(name))
    assert tab.import_kit(str(other))
    assert tab.findChild(QLabel, "logo_name_stempel_kecamatan").text() == "stempel_kecamatan"
    assert tab.findChild(QLabel, "logo_name_city").text() == "Logo kota"
