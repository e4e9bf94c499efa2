"""A CLI command imports what it needs and nothing heavier (issue 15: start-up time).

Each case runs main.py in a fresh interpreter and lists the modules loaded when the
command has finished; no timing is asserted (benchmarks/bench_startup.py measures it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MARK = "@@modules@@"
_RUN = f"""
import atexit, json, runpy, sys
def listed():  # at exit: after `brand`, main.py ends the process itself (main.end)
    sys.stdout.flush()
    print({MARK!r} + json.dumps(sorted(sys.modules)))
atexit.register(listed)
sys.argv = ["main.py", *sys.argv[1:]]
sys.path.insert(0, {str(ROOT)!r})
try:
    runpy.run_path({str(ROOT / "main.py")!r}, run_name="__main__")
except SystemExit:
    pass
"""


# Without runpy, whose pkgutil imports typing: for what the command itself imports
_RUN_MAIN = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
import main
main.main(sys.argv[1:])
sys.stdout.flush()
print({MARK!r} + json.dumps(sorted(sys.modules)))
"""


def loaded_modules(*args: str, runner: str = _RUN) -> set[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run([sys.executable, "-c", runner, *args], capture_output=True,
                         text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120).stdout
    return set(json.loads(out.rpartition(MARK)[2]))


def _under(modules: set[str], *packages: str) -> set[str]:
    return {m for m in modules if m in packages or m.startswith(tuple(p + "." for p in packages))}


@pytest.fixture
def caption(tmp_path) -> Path:
    path = tmp_path / "keterangan.txt"
    path.write_text("Kunjungi lapor.go.id pukul 09.00 WIB. #CimahiKota\n", encoding="utf-8")
    return path


def test_count_loads_no_gui_dictionary_images_or_store(caption):
    modules = loaded_modules("count", str(caption))
    assert "core.captions.counting" in modules  # it did count
    assert not _under(modules, "PySide6", "spylls", "PIL", "core.checks", "core.store",
                      "sqlite3", "logging.handlers", "core.branding", "decimal")


def test_count_without_a_link_loads_no_hashing_or_logging(tmp_path):
    """The link finder's regex cache imports hashlib and logging only to compile a link
    regex, which a caption without a dotted word never needs."""
    path = tmp_path / "keterangan.txt"
    path.write_text("Rapat koordinasi pukul 09.00 WIB di Cimahi. #CimahiKota\n",
                    encoding="utf-8")
    modules = loaded_modules("count", str(path))
    assert "core.captions.regex_cache" in modules
    assert not _under(modules, "hashlib", "logging")
    # nor the dataclass code cache, whose folder lookup would load platformdirs (main.py)
    assert not _under(modules, "core.dataclass_cache", "platformdirs")


def test_brand_and_check_have_no_dataclass_code_cache(caption):
    """`brand`'s and `check`'s classes are plain (core/record.py), so neither loads the
    dataclass code cache (nor, for check, `dataclasses` itself)."""
    assert not _under(loaded_modules("brand", "--list"), "core.dataclass_cache")
    loaded_modules("check", str(caption))  # the first check parses with spylls (dataclasses)
    modules = loaded_modules("check", str(caption))
    assert "core.checks.engine" in modules  # it did check
    assert not _under(modules, "core.dataclass_cache", "dataclasses")


def test_count_with_a_link_loads_no_hashing_or_logging(tmp_path):
    """With a link, the compiled link regex comes from the cache folder, keyed by
    CPython's own BLAKE2 (not hashlib); logging loads only if something goes wrong."""
    path = tmp_path / "keterangan.txt"
    path.write_text("Info lengkap di https://cimahikota.go.id #CimahiKota\n", encoding="utf-8")
    loaded_modules("count", str(path))  # the first start writes the cache
    modules = loaded_modules("count", str(path))
    assert "core.captions.urls" in modules
    assert not _under(modules, "hashlib", "logging")


def test_check_loads_the_checker_but_no_gui_or_images(caption):
    modules = loaded_modules("check", str(caption))
    assert {"core.checks.engine", "spylls.hunspell"} <= modules
    assert not _under(modules, "PySide6", "PIL", "core.branding", "logging.handlers")
    assert "core.captions.counting" not in modules  # the emoji rule: core.captions.emoji
    assert "core.model" not in modules  # its dataclasses: the checker needs only annotations


def test_check_from_the_spelling_cache_loads_no_spylls(tmp_path, warta_home):
    """The first check parses the dictionary with spylls and writes the cache and the
    forms file; later checks answer from those alone, unknown word and suggestions
    included ("walidata" is ranked without Hunspell's suggester)."""
    path = tmp_path / "keterangan.txt"
    path.write_text("Penguatan walidata di Kota Cimahi, menyampaikan laporan. #CimahiKota\n",
                    encoding="utf-8")
    assert "spylls.hunspell" in loaded_modules("check", str(path))  # writes the cache
    modules = loaded_modules("check", str(path))
    assert "core.checks.spelling_forms" in modules
    assert not _under(modules, "spylls", "core.checks.spelling_forms_build")
    assert not _under(modules, "argparse", "cli.argparse_id", "gettext")  # a plain check


def test_a_warm_check_loads_no_regex_dataclasses_typing_or_platformdirs(tmp_path, warta_home):
    """From the second start on (WARTA_HOME set), `check` runs on the standard `re`
    (core/checks/uniclass.py) with plain classes (core/record.py): none of the third-party
    regex module, dataclasses, inspect, typing or platformdirs, ~30 ms of imports; the
    caption has a link, a date, an emoji and an unknown word, so every rule has work."""
    path = tmp_path / "keterangan.txt"
    path.write_text("Rapat Satu Data, Senin (10/11/2025) 🙏 di lapor.go.id dan "
                    "https://satudata.cimahikota.go.id bersama walidata. #CimahiKota\n",
                    encoding="utf-8")
    loaded_modules("check", str(path))  # the first start writes the caches
    modules = loaded_modules("check", str(path), runner=_RUN_MAIN)
    assert "core.checks.engine" in modules and "core.captions.emoji" in modules
    assert not _under(modules, "regex", "dataclasses", "inspect", "typing", "platformdirs",
                      "core.dataclass_cache")


def test_a_warm_brand_loads_no_dataclasses_or_inspect(tmp_path, warta_home):
    """`brand`'s value classes (kit, layers, geometry, platforms, the batch's jobs and
    results) are plain (core/record.py): a brand of a photo, from the second start on
    (the first remembers where the kit's font package is, with fontpkg's dataclasses),
    imports neither `dataclasses` nor `inspect` (with `ast`, `dis`, `tokenize`), nor the
    dataclass code cache."""
    photo = tmp_path / "kecil.jpg"
    from PIL import Image

    Image.new("RGB", (64, 48), (40, 120, 90)).save(photo)
    args = ("brand", str(photo), "--template", "band-bottom", "--format", "portrait",
            "--title", "Rapat", "--department", "Diskominfo", "--city", "Cimahi",
            "--jobs", "2", "-o")
    loaded_modules(*args, str(tmp_path / "pertama"))  # the first start writes the caches
    out = tmp_path / "hasil"
    modules = loaded_modules(*args, str(out), runner=_RUN_MAIN)
    assert [p.name for p in out.iterdir()] == ["kecil_pita-bawah_potret.jpg"]
    assert "core.branding.renderer" in modules
    assert not _under(modules, "dataclasses", "inspect", "core.dataclass_cache")


def test_brand_list_loads_neither_renderer_nor_heic_plugin():
    modules = loaded_modules("brand", "--list")
    assert "core.branding.kit_list" in modules
    assert not _under(modules, "PySide6", "spylls", "pillow_heif", "core.branding.renderer",
                      "core.branding.imageio", "core.checks")


def test_brand_list_from_the_cache_opens_no_kit_image():
    """The second list reads the cached kit list: no kit loader, no Pillow at all (its
    PNG plugin was opened for every logo)."""
    loaded_modules("brand", "--list")  # writes the cache
    modules = loaded_modules("brand", "--list")
    assert not _under(modules, "PIL", "core.branding.kit", "core.branding.fonts", "sqlite3")
    assert "PIL.PngImagePlugin" not in modules


def test_an_error_is_still_logged_after_a_lazy_start(tmp_path, monkeypatch):
    """crash_log imports logging only on the first record: the record still lands."""
    from core import crash_log

    crash_log.install(faults=False)
    try:
        crash_log.log_error("Traceback\nValueError: uji awal lambat")
        assert "uji awal lambat" in crash_log.log_path().read_text(encoding="utf-8")
    finally:
        crash_log.uninstall()


def test_brand_renders_without_the_store_or_data_model(tmp_path, store, monkeypatch):
    """Department and city given: nothing opens the store (although this data folder has
    one), and the batch runs through core.actions.brand, not the library's use cases."""
    photo = tmp_path / "rapat.jpg"
    from PIL import Image

    Image.new("RGB", (900, 600), (40, 120, 90)).save(photo)
    out = tmp_path / "hasil"
    modules = loaded_modules("brand", str(photo), "--template", "band-bottom", "--format",
                             "square", "--department", "Diskominfo", "--city", "Cimahi",
                             "-o", str(out))
    assert len(list(out.iterdir())) == 1
    assert {"core.branding.renderer", "core.actions.brand"} <= modules
    assert not _under(modules, "PySide6", "core.store", "core.model", "sqlite3",
                      "core.actions.media", "core.checks", "hashlib")


def test_brand_of_a_plain_jpeg_loads_no_colour_management_or_kit_hints(tmp_path):
    """A camera JPEG without a colour profile never needs ImageCms (imported where a
    photo has one), and a kit without mistakes never needs difflib's close matches."""
    photo = tmp_path / "rapat.jpg"
    from PIL import Image

    Image.new("RGB", (900, 600), (40, 120, 90)).save(photo)
    out = tmp_path / "hasil"
    modules = loaded_modules("brand", str(photo), "--template", "band-bottom", "--format",
                             "square", "--department", "Diskominfo", "--city", "Cimahi",
                             "--jobs", "2", "-o", str(out))
    assert len(list(out.iterdir())) == 1
    assert "core.branding.renderer" in modules
    assert not _under(modules, "PIL.ImageCms", "difflib")
