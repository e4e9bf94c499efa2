"""Every setting declared once, with its type, default and Indonesian label.

Values live in the `settings` table as JSON. Reading an unknown key is a bug
(KeyError); a stored value of the wrong type falls back to the default.

`load_context(store)` reads what the Konten editor, the checks and the CLI need (hashtag
caps, tone profile, autosave delay, interface language) once, as one typed value that
is passed around, so no caller builds its own caps mapping.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from core.store import Store


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("ui_language", str, "id", "Bahasa antarmuka"),
        Setting("instagram_hashtag_cap", int, 5, "Batas tagar Instagram"),
        Setting("tone_profile", str, "formal", "Profil nada tulisan"),
        Setting("brand_kit", str, "cimahi", "Kit merek"),
        Setting("jpeg_quality", int, 88, "Kualitas JPEG ekspor"),
        Setting("export_folder", str, "", "Folder ekspor (kosong = Dokumen/Warta)"),
        Setting("autosave_ms", int, 1000, "Jeda simpan otomatis (ms)"),
        Setting("rekap_coordinator", str, "auto",
                "Koordinator Rekap Kota (auto = bila perangkat daerahnya Diskominfo)"),
        Setting("aturan_kota", dict, {}, "Paket Aturan kota yang berlaku (versi, tanggal, "
                "pengirim, entri milik paket)"),
        Setting("rekap_batas_hari", int, 5, "Batas kirim Paket Laporan tepat waktu (hari "
                "setelah periode berakhir)"),
        Setting("aturan_versi_ekspor", int, 0, "Versi Paket Aturan terakhir yang diekspor"),
        Setting("report_paper", str, "A4", "Kertas laporan (A4 atau F4)"),
        Setting("report_margin_top_mm", int, 20, "Margin atas laporan (mm)"),
        Setting("report_margin_bottom_mm", int, 20, "Margin bawah laporan (mm)"),
        Setting("report_margin_left_mm", int, 30, "Margin kiri laporan (mm)"),
        Setting("report_margin_right_mm", int, 20, "Margin kanan laporan (mm)"),
        Setting("report_font", str, "Arial", "Huruf isi laporan"),
        Setting("report_font_size", int, 12, "Ukuran huruf isi laporan (pt)"),
    )
}


def get(store: Store, key: str) -> Any:
    spec = SETTINGS[key]
    row = store.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return spec.default
    try:
        value = json.loads(row[0])
    except ValueError:
        return spec.default
    if spec.type is int and isinstance(value, bool):
        return spec.default
    return value if isinstance(value, spec.type) else spec.default


def set(store: Store, key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    spec = SETTINGS[key]
    if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
        raise TypeError(f"setting {key} expects {spec.type.__name__}, got {type(value).__name__}")
    store.execute(
        "INSERT INTO settings(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


MIN_AUTOSAVE_MS = 200  # a smaller stored value would write on every keystroke


@dataclass(frozen=True)
class SettingsContext:
    """The settings a post's editing, checking and captions depend on, read once."""

    hashtag_caps: Mapping[str, int | None] = field(default_factory=dict)
    tone_profile: str = "formal"
    autosave_ms: int = 1000
    ui_language: str = "id"


def load_context(store: Store) -> SettingsContext:
    """Read the settings once; callers keep the result and pass it on."""
    return SettingsContext(
        hashtag_caps={"instagram": get(store, "instagram_hashtag_cap")},
        tone_profile=get(store, "tone_profile"),
        autosave_ms=max(MIN_AUTOSAVE_MS, get(store, "autosave_ms")),
        ui_language=get(store, "ui_language"),
    )
