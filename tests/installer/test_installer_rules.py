"""What the frozen bundle keeps and leaves out, and how build.py judges a build: fast
checks with no PyInstaller run (the real build is in test_installer_bundle.py)."""

from __future__ import annotations

import importlib.util
import pickle
import re
import stat
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")
build = _load("build")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\platforms\\qoffscreen.dll",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6\\plugins\\imageformats\\qsvg.dll",
    "PySide6\\plugins\\imageformats\\qico.dll",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6\\Qt6Gui.dll",
    "PySide6\\msvcp140.dll",
    "PySide6\\Qt6OpenGL.dll",  # qwindows.dll links it
    "PySide6\\icuuc.dll",
    "libpython3.11.so.1.0",
    "pillow_heif.libs/libheif-e72ea93c.so.1.23.6",
])
def test_what_warta_needs_stays(dest):
    assert rules.keep_binary(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6\\plugins\\imageformats\\qtiff.dll",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6\\opengl32sw.dll",
    "PySide6\\d3dcompiler_47.dll",
])
def test_unused_qt_is_left_out(dest):
    assert not rules.keep_binary(dest)


def test_numpy_libraries_are_not_stripped_but_the_rest_are():
    assert rules.strip_breaks("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert rules.strip_breaks("numpy.libs\\libgfortran-040039e1-0352e75f.so.5.0.0")
    assert not rules.strip_breaks("libpython3.11.so.1.0")
    assert not rules.strip_breaks("pillow_heif.libs/libheif-e72ea93c.so.1.23.6")
    assert not rules.strip_breaks("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so")


def test_qt_translations_other_than_indonesian_are_left_out():
    assert not rules.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not rules.keep_data("PySide6\\translations\\qt_help_ja.qm")
    assert rules.keep_data("PySide6/Qt/translations/qtbase_id.qm")
    assert rules.keep_data("resources/translations/warta_id.qm")
    assert rules.keep_data("docx/templates/default.docx")


def test_resources_ship_without_translation_sources(tmp_path):
    res = tmp_path / "resources"
    for rel in ("translations/warta_id.qm", "translations/id/gui.app.ts", "icons/warta.svg",
                "dictionaries/id_ID/id_ID.dic", "brandkits/cimahi/kit.json",
                "rules/nada.json", "caption_templates/kegiatan.json",
                "rules/__pycache__/x.pyc"):
        (res / rel).parent.mkdir(parents=True, exist_ok=True)
        (res / rel).write_text("x", encoding="utf-8")
    shipped = {(Path(src).relative_to(res).as_posix(), dest)
               for src, dest in rules.resource_files(res)}
    assert ("translations/warta_id.qm", "resources/translations") in shipped
    assert ("dictionaries/id_ID/id_ID.dic", "resources/dictionaries/id_ID") in shipped
    assert ("brandkits/cimahi/kit.json", "resources/brandkits/cimahi") in shipped
    assert ("caption_templates/kegiatan.json", "resources/caption_templates") in shipped
    assert not any(src.endswith((".ts", ".pyc")) for src, _ in shipped)
    assert len(shipped) == 6


def test_the_real_resources_tree_ships_its_qm_icons_and_dictionary():
    shipped = {Path(src).name for src, _ in rules.resource_files(ROOT / "resources")}
    assert {"warta_id.qm", "warta.svg", "konten.svg"} <= shipped
    assert not any(name.endswith(".ts") for name in shipped)


def test_windows_version_numbers():
    assert rules.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert rules.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert rules.version_tuple("2024.11.5.7.9") == (2024, 11, 5, 7)


def test_version_resource_is_a_valid_pyinstaller_expression():
    text = rules.version_file_text("1.4.2", "Warta")
    seen: dict[str, dict] = {}

    def recorder(name):
        def make(*args, **kwargs):
            seen.setdefault(name, {"args": args, "kwargs": kwargs})
            return (name, args, kwargs)
        return make

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct"]
    eval(text, {n: recorder(n) for n in names})  # what PyInstaller does with the file
    assert seen["FixedFileInfo"]["kwargs"]["filevers"] == (1, 4, 2, 0)
    assert "StringStruct" in seen


def test_iss_knows_the_data_folder_that_core_paths_uses(monkeypatch, tmp_path):
    """The uninstaller deletes {localappdata}\\Warta: exactly where Warta keeps data on
    Windows (platformdirs user_data_dir with the arguments core/paths.py passes)."""
    from platformdirs import windows

    import core.paths

    calls = []
    monkeypatch.delenv("WARTA_HOME", raising=False)
    monkeypatch.setattr(core.paths, "user_data_path",
                        lambda *a, **kw: calls.append((a, kw)) or tmp_path)
    core.paths.data_dir()
    (args, kwargs), = calls
    monkeypatch.setattr(windows, "get_win_folder",
                        lambda csidl: {"CSIDL_LOCAL_APPDATA": r"C:\Users\pic\AppData\Local",
                                       "CSIDL_APPDATA": r"C:\Users\pic\AppData\Roaming"}[csidl])
    win = windows.Windows(*args, **kwargs)
    assert win.user_data_dir.replace("/", "\\") == r"C:\Users\pic\AppData\Local\Warta"

    iss = (INSTALLER / "warta.iss").read_text(encoding="utf-8")
    assert '#define DataDir "{localappdata}\\Warta"' in iss
    assert "ExpandConstant('{#DataDir}')" in iss


def test_iss_installs_per_user_and_keeps_data_by_default():
    iss = (INSTALLER / "warta.iss").read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", iss, flags=re.MULTILINE))
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"].split()
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "Hapus juga data Warta (konten, foto, laporan)?" in iss
    assert "MB_DEFBUTTON2" in iss  # "Tidak" is the default answer
    assert 'Name: "id"; MessagesFile: "{#IndonesianIsl}"' in iss
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in iss
    assert iss.isascii()  # Inno reads a BOM-less script as ANSI


def test_iscc_gets_the_version_from_core_version(tmp_path):
    from core.version import __version__

    cmd = build.iscc_command(Path("ISCC.exe"), tmp_path / "Warta", tmp_path, None,
                             tmp_path / "Indonesian.isl")
    assert f"/DAppVersion={__version__}" in cmd
    assert f"/DBundleDir={tmp_path / 'Warta'}" in cmd
    assert cmd[-1].endswith("warta.iss")


def _fake_program(tmp_path: Path, output: str, code: int = 0) -> Path:
    program = tmp_path / "Warta"
    program.write_text(f"#!/bin/sh\nprintf '%s\\n' '{output}'\nexit {code}\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return program


@pytest.mark.skipif(sys.platform == "win32", reason="uses a /bin/sh stand-in")
@pytest.mark.parametrize("output", [
    "Traceback (most recent call last):",
    "QWidget: Must construct a QApplication before a QWidget",
    "Qt: qt.svg: <input>:1:2: Could not resolve property",
    "selftest gagal: terjemahan Indonesia tidak termuat",
    "RuntimeWarning: coroutine was never awaited",
    "qt.qpa.plugin: Could not load the Qt platform plugin \"offscreen\"",
])
def test_smoke_test_fails_on_error_text_even_with_exit_code_zero(tmp_path, output):
    with pytest.raises(build.BuildError, match="pesan galat"):
        build.run_frozen(_fake_program(tmp_path, output), ["--selftest"])


@pytest.mark.skipif(sys.platform == "win32", reason="uses a /bin/sh stand-in")
def test_smoke_test_fails_on_exit_code_and_passes_clean_output(tmp_path):
    with pytest.raises(build.BuildError, match="kode 3"):
        build.run_frozen(_fake_program(tmp_path, "Warta 0.1.0: selftest OK", 3), [])
    good = _fake_program(tmp_path, "Warta 0.1.0: selftest OK")
    assert "selftest OK" in build.run_frozen(good, ["--selftest"])


def test_windows_icon_is_rendered_from_the_svg(qapp, tmp_path):
    from PIL import Image

    ico = _load("make_icon").svg_to_ico(ROOT / "resources" / "icons" / "warta.svg",
                                       tmp_path / "warta.ico")
    with Image.open(ico) as image:
        assert (256, 256) in image.info["sizes"] and (16, 16) in image.info["sizes"]
        image.size = (32, 32)
        pixel = image.convert("RGB").getpixel((4, 16))
    assert pixel == (0x0B, 0x6E, 0x4F)  # the city green of warta.svg


def test_signing_command_reaches_inno_only_when_set(tmp_path, monkeypatch):
    monkeypatch.delenv(build.SIGN_ENV, raising=False)
    plain = build.iscc_command(Path("ISCC.exe"), tmp_path / "Warta", tmp_path, None,
                               tmp_path / "Indonesian.isl")
    assert not [a for a in plain if a.startswith(("/S", "/DSignTool"))]
    monkeypatch.setenv(build.SIGN_ENV, "signtool sign /fd sha256 /f c.pfx $f")
    signed = build.iscc_command(Path("ISCC.exe"), tmp_path / "Warta", tmp_path, None,
                                tmp_path / "Indonesian.isl")
    assert "/Swarta=signtool sign /fd sha256 /f c.pfx $f" in signed
    assert "/DSignTool=warta" in signed
    iss = (INSTALLER / "warta.iss").read_text(encoding="utf-8")
    assert "#ifdef SignTool\nSignTool={#SignTool}" in iss


@pytest.mark.skipif(sys.platform == "win32", reason="uses a /bin/sh stand-in")
def test_smoke_runs_share_a_data_folder_when_given(tmp_path):
    program = tmp_path / "Warta"
    program.write_text('#!/bin/sh\nprintf "%s\\n" "$WARTA_HOME"\n', encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    home = tmp_path / "home"
    home.mkdir()
    assert build.run_frozen(program, ["demo"], home=home).strip() == str(home)
    assert build.run_frozen(program, ["demo"]).strip() != str(home)


def test_smoke_test_runs_a_first_day_with_the_frozen_cli():
    """demo, report to Word and Excel, and brand with two render threads."""
    import inspect

    source = inspect.getsource(build.first_day)
    assert '"demo"' in source and '"--docx"' in source and '"--xlsx"' in source
    assert '"--jobs", "2"' in source and "first_day(" in inspect.getsource(build.smoke_test)


@pytest.mark.skipif(sys.platform == "win32", reason="uses a /bin/sh stand-in")
def test_smoke_scan_lets_a_named_summary_line_through(tmp_path):
    program = _fake_program(tmp_path, "Selesai: 2 foto berhasil, 0 gagal.")
    with pytest.raises(build.BuildError, match="pesan galat"):
        build.run_frozen(program, ["brand"])
    assert "0 gagal" in build.run_frozen(program, ["brand"], summary="Selesai: ")


@pytest.mark.skipif(sys.platform == "win32", reason="uses a /bin/sh stand-in")
def test_smoke_test_asks_the_windowed_program_for_the_first_check(tmp_path):
    """The first-check worker as the GUI starts it: an answer passes, none fails."""
    import inspect

    assert "check_worker(gui or cli, home)" in inspect.getsource(build.first_day)
    assert "executable(bundle))" in inspect.getsource(build.smoke_test)
    home = tmp_path / "home"
    home.mkdir()
    with pytest.raises(build.BuildError, match="--check-worker"):
        build.check_worker(_fake_program(tmp_path, "", 3), home)
    answer = tmp_path / "answer.pickle"
    answer.write_bytes(pickle.dumps((1, 2, 3, 4)))
    program = tmp_path / "Warta"
    program.write_text(f"#!/bin/sh\ncat '{answer}'\n", encoding="utf-8")
    build.check_worker(program, home)
