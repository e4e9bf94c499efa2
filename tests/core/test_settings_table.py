"""Settings declared once with type and default, stored as JSON in the settings table."""

from __future__ import annotations

import pytest

from core import settings
from core.store import Store, open_store

SAMPLES = {str: "Kit Diskominfo Cimahi — ✓", int: 73, dict: {"versi": 5, "dari": "Kominfo ✓"}}


@pytest.fixture
def store() -> Store:
    s = open_store()
    yield s
    s.close()


def test_every_setting_is_well_declared() -> None:
    assert settings.SETTINGS, "no settings declared"
    for key, spec in settings.SETTINGS.items():
        assert spec.key == key
        assert isinstance(spec.default, spec.type)
        assert spec.label.strip()


def test_defaults_when_nothing_stored(store: Store) -> None:
    for key, spec in settings.SETTINGS.items():
        assert settings.get(store, key) == spec.default
    assert settings.get(store, "ui_language") == "id"
    assert settings.get(store, "autosave_ms") == 1000


@pytest.mark.parametrize("key", sorted(settings.SETTINGS))
def test_round_trip_survives_reopening(store: Store, key: str) -> None:
    value = SAMPLES[settings.SETTINGS[key].type]
    settings.set(store, key, value)
    assert settings.get(store, key) == value
    again = open_store()
    assert settings.get(again, key) == value
    again.close()


def test_set_twice_keeps_one_row(store: Store) -> None:
    settings.set(store, "jpeg_quality", 80)
    settings.set(store, "jpeg_quality", 92)
    assert settings.get(store, "jpeg_quality") == 92
    rows = store.execute("SELECT count(*) FROM settings WHERE key = 'jpeg_quality'").fetchone()
    assert rows[0] == 1


@pytest.mark.parametrize(("key", "value"), [
    ("jpeg_quality", "88"), ("jpeg_quality", 88.5), ("jpeg_quality", True),
    ("brand_kit", 5), ("export_folder", None), ("autosave_ms", [1000]),
])
def test_wrong_type_raises_type_error_and_stores_nothing(store: Store, key: str,
                                                          value: object) -> None:
    with pytest.raises(TypeError):
        settings.set(store, key, value)
    assert settings.get(store, key) == settings.SETTINGS[key].default


@pytest.mark.parametrize("raw", ["{tidak json", "", "'88'", "null", '"88"', "true", "[88]"])
def test_corrupt_or_mistyped_stored_value_falls_back_to_default(store: Store,
                                                                 raw: str) -> None:
    store.execute("INSERT INTO settings(key, value) VALUES ('jpeg_quality', ?)", (raw,))
    assert settings.get(store, "jpeg_quality") == 88


def test_unknown_key_is_a_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        settings.get(store, "warna_tema")
    with pytest.raises(KeyError):
        settings.set(store, "warna_tema", "biru")
