"""Hostile kit.json files become KitError, and a broken kit in the data folder is listed
as broken instead of stopping start-up or `brand --list` (issue 16 item 5)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import cli
from core.branding.catalog import list_kits, shipped_kits_dir, user_kits_dir
from core.branding.errors import KitError
from core.branding.kit import load_kit_folder


def _kit_copy(dest: Path, edit=None, raw: str | None = None) -> Path:
    shutil.copytree(shipped_kits_dir() / "cimahi", dest)
    kit_json = dest / "kit.json"
    if raw is not None:
        kit_json.write_text(raw, encoding="utf-8")
    elif edit is not None:
        data = json.loads(kit_json.read_text(encoding="utf-8-sig"))
        edit(data)
        kit_json.write_text(json.dumps(data), encoding="utf-8")
    return dest


def _first_text_layer(data: dict) -> dict:
    for template in data["templates"]:
        for layer in template["layers"]:
            if layer.get("type") == "text":
                return layer
    raise AssertionError("the shipped kit has a text layer")


DEEP = "[" * 100_000 + "]" * 100_000


def test_deeply_nested_kit_json_is_a_kit_error(tmp_path):
    with pytest.raises(KitError, match="bersarang terlalu dalam"):
        load_kit_folder(_kit_copy(tmp_path / "k", raw=DEEP))


@pytest.mark.parametrize("raw_size", ["[1e400, 10]", "[10, -1e400]", "[" + "9" * 5000 + ", 10]",
                                      "[1" + "0" * 400 + ", 10]"])
def test_huge_numbers_are_a_kit_error(tmp_path, raw_size):
    folder = _kit_copy(tmp_path / "k", lambda d: _first_text_layer(d).update(size="@SIZE@"))
    kit_json = folder / "kit.json"
    kit_json.write_text(kit_json.read_text(encoding="utf-8").replace('"@SIZE@"', raw_size),
                        encoding="utf-8")
    with pytest.raises(KitError, match="terlalu besar"):
        load_kit_folder(folder)


def test_huge_box_value_is_a_kit_error(tmp_path):
    folder = _kit_copy(tmp_path / "k", lambda d: _first_text_layer(d).update(
        box=[0, 0, "@BIG@", 10]))
    kit_json = folder / "kit.json"
    kit_json.write_text(kit_json.read_text(encoding="utf-8").replace('"@BIG@"', "1" + "0" * 30),
                        encoding="utf-8")
    with pytest.raises(KitError):
        load_kit_folder(folder)


def test_ordinary_numbers_still_load(tmp_path):
    kit = load_kit_folder(_kit_copy(tmp_path / "k"))
    assert kit.templates


def test_broken_user_kits_are_listed_as_broken_and_skipped(capsys):
    _kit_copy(user_kits_dir() / "dalam", raw=DEEP)
    _kit_copy(user_kits_dir() / "besar", lambda d: (d.update(id="besar"),
                                                    _first_text_layer(d).update(size=1.5)))
    text = (user_kits_dir() / "besar" / "kit.json").read_text(encoding="utf-8")
    (user_kits_dir() / "besar" / "kit.json").write_text(text.replace("1.5", "1e400"),
                                                         encoding="utf-8")
    entries = {e.id: e for e in list_kits()}
    assert entries["cimahi"].kit is not None
    assert entries["dalam"].kit is None and "bersarang" in entries["dalam"].error
    assert entries["besar"].kit is None and entries["besar"].error
    code = cli.main(["brand", "--list", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    listed = {k["id"]: k for k in out["kits"]}
    assert listed["dalam"]["error"] and listed["cimahi"]["error"] is None


def test_brand_with_a_hostile_kit_prints_a_message_not_a_traceback(tmp_path, capsys):
    folder = _kit_copy(tmp_path / "k", raw=DEEP)
    photo = tmp_path / "a.jpg"
    from PIL import Image

    Image.new("RGB", (64, 64)).save(photo)
    code = cli.main(["brand", str(photo), "--kit", str(folder), "-o", str(tmp_path)])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and "bersarang" in err


def test_importing_a_zip_with_a_hostile_kit_json_is_a_kit_error(tmp_path):
    import zipfile

    from core.branding.kit_zip import import_kit_zip

    folder = _kit_copy(tmp_path / "k", raw=DEEP)
    archive = tmp_path / "kit-dalam.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in folder.rglob("*"):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    with pytest.raises(KitError, match="bersarang"):
        import_kit_zip(archive)
    assert not (user_kits_dir() / "k").exists()
