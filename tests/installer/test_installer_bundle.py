"""The real thing: installer/build.py freezes Warta with PyInstaller into a temporary
folder, and the frozen program opens its window offscreen (`--selftest`) and runs the CLI.

Slow (about a minute on two cores). It syncs the `build` dependency group itself through
`uv run --group build`, so the default test environment needs no PyInstaller.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core.version import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "build.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(sys.platform == "win32",
                       reason="Windows builds run in .github/workflows/windows.yml"),
]


def build_command(dist: Path, work: Path) -> list[str]:
    args = [str(BUILD), "--no-installer", "--dist", str(dist), "--work", str(work)]
    uv = shutil.which("uv")
    if uv:
        return [uv, "run", "--locked", "--group", "build", "python", *args]
    if importlib.util.find_spec("PyInstaller"):
        return [sys.executable, *args]
    pytest.fail("uv tidak ditemukan dan PyInstaller tidak terpasang: "
                "pasang uv atau jalankan `uv sync --group build`")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """(bundle folder, build.py output) for one build shared by the tests below."""
    base = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(build_command(base / "dist", base / "work"), cwd=ROOT,
                            capture_output=True, text=True, timeout=880)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return base / "dist" / "Warta", output


def run_bundle(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env.update(WARTA_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(bundle / "Warta"), *args], env=env, capture_output=True,
                          text=True, timeout=120)


def test_build_script_smoke_tests_the_bundle_and_states_its_size(built):
    _bundle, output = built
    assert f"Warta {__version__}: selftest OK" in output
    assert "uji asap: demo, --check-worker, report --docx --xlsx, brand --jobs 2" in output
    assert "ukuran" in output and " MB (" in output


def test_frozen_app_opens_its_window_in_indonesian(built, tmp_path):
    bundle, _ = built
    result = run_bundle(bundle, tmp_path, "--selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Warta {__version__}: selftest OK" in result.stdout
    assert "Traceback" not in result.stderr and "selftest gagal" not in result.stderr


def test_frozen_cli_reports_version_fonts_and_libraries(built, tmp_path):
    bundle, _ = built
    result = run_bundle(bundle, tmp_path, "doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Warta {__version__}" in result.stdout
    assert "[OK] Font: Poppins" in result.stdout
    assert "tidak terpasang" not in result.stdout  # package metadata was bundled
    version = run_bundle(bundle, tmp_path, "--version")
    assert version.stdout.strip() == f"Warta {__version__}"


def test_every_resource_ships_and_translation_sources_do_not(built):
    internal = built[0] / "_internal"
    for source in (ROOT / "resources").rglob("*"):
        rel = source.relative_to(ROOT)
        if source.is_file() and source.suffix != ".ts" and "__pycache__" not in rel.parts:
            assert (internal / rel).is_file(), f"{rel} tidak ikut dibundel"
    assert not list((internal / "resources").rglob("*.ts"))
    assert (internal / "fontpkg_poppins" / "files" / "Poppins-Bold.ttf").is_file()
    assert (internal / "docx" / "templates" / "default.docx").is_file()


def test_unused_qt_and_python_parts_are_left_out(built):
    internal = built[0] / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in ("Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6Network", "Qt6Wayland",
                   "libgtk", "libpango", "libcairo"):
        assert not [n for n in names if unused in n], unused
    assert not {"tkinter", "pandas", "pytest", "PyInstaller", "unittest"} & names
    assert not list(internal.rglob("qtbase_de.qm"))
    plugins = {p.relative_to(internal / "PySide6" / "Qt" / "plugins").as_posix()
               for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so")}
    assert {"platforms/libqoffscreen.so", "platforms/libqxcb.so",
            "imageformats/libqjpeg.so", "imageformats/libqsvg.so",
            "iconengines/libqsvgicon.so"} <= plugins
    assert not [p for p in plugins if p.startswith(("platformthemes/", "sqldrivers/", "tls/"))]


def test_frozen_report_writes_word_with_header_footer_and_excel(built, tmp_path):
    """python-docx reads docx/parts/../templates/*.xml: that folder must exist frozen."""
    bundle, _ = built
    home = tmp_path / "home"
    assert run_bundle(bundle, home, "demo").returncode == 0
    docx_file, xlsx_file = tmp_path / "Laporan Oktober.docx", tmp_path / "Laporan Oktober.xlsx"
    result = run_bundle(bundle, home, "report", "--docx", str(docx_file), "--xlsx", str(xlsx_file))
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(docx_file) as docx_zip:
        assert any(name.startswith("word/footer") for name in docx_zip.namelist())
    with zipfile.ZipFile(xlsx_file) as xlsx_zip:
        assert "xl/workbook.xml" in xlsx_zip.namelist()


def test_frozen_brand_renders_phone_heic_and_camera_jpeg_on_two_threads(built, tmp_path):
    """HEIC needs pillow-heif's plug-in; the JPEG goes through simplejpeg and numpy.
    `brand --jobs 2` renders on a helper thread beside the main one (no process is
    started since issue 15), so the frozen plug-ins must work off the main thread."""
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    heic, jpeg = tmp_path / "IMG_0412.heic", tmp_path / "DSC_0042.jpg"
    Image.new("RGB", (1200, 900), (40, 120, 200)).save(heic)
    Image.new("RGB", (3000, 2000), (200, 120, 40)).save(jpeg, quality=90)
    out = tmp_path / "hasil"
    result = run_bundle(built[0], tmp_path / "home", "brand", str(heic), str(jpeg),
                        "--template", "band-bottom", "--format", "square",
                        "--title", "Rapat Koordinasi Penurunan Stunting", "--jobs", "2",
                        "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    rendered = sorted(out.glob("*.jpg"))
    assert [p.name for p in rendered] == ["DSC_0042_pita-bawah_persegi.jpg",
                                         "IMG_0412_pita-bawah_persegi.jpg"]
    for path in rendered:
        with Image.open(path) as image:
            assert image.size == (1080, 1080)
