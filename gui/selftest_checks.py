"""What `--selftest` checks besides opening the window: things a frozen build can lose.

installer/build.py runs `Warta --selftest` on the bundled app; a missing .qm, SVG icon
plugin or font package would otherwise only show up on a user's PC. On Windows the
windowed Warta.exe has no console, so every problem also makes the exit code non-zero.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QMainWindow

from core.version import __version__
from gui.i18n import qm_path

_BAD = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
TRANSLATION_PROBE = "About Warta"  # a MainWindow string that is always translated


@contextmanager
def qt_warnings() -> Iterator[list[str]]:
    """Collect Qt warnings and errors (echoed to stderr) while the block runs."""
    found: list[str] = []

    def handler(mode: QtMsgType, _context: object, message: str) -> None:
        if mode in _BAD:
            found.append(message)
            if sys.stderr is not None:
                print(f"Qt: {message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield found
    finally:
        qInstallMessageHandler(previous)


def window_problems(window: QMainWindow, lang: str) -> list[str]:
    """Indonesian UI, icons and the version in Tentang, as the user would see them."""
    problems = []
    if lang == "id" and window.tr(TRANSLATION_PROBE) == TRANSLATION_PROBE:
        problems.append(f"terjemahan Indonesia tidak termuat dari {qm_path()}")
    if window.windowIcon().pixmap(32, 32).isNull():
        problems.append("ikon SVG tidak dapat dimuat (berkas ikon atau plugin iconengines hilang)")
    if __version__ not in window.about_text():
        problems.append(f"versi {__version__} tidak tampil di Tentang")
    return problems


def font_problems() -> list[str]:
    """Poppins must be found the way brand kits find it (fontpkg entry points)."""
    import fontpkg

    problems = []
    for weight in (400, 700):
        try:
            path = fontpkg.path("Poppins", weight)
        except fontpkg.FontpkgError as exc:
            problems.append(f"font Poppins {weight} tidak ditemukan ({exc!r})")
            continue
        if not path.is_file():
            problems.append(f"berkas font {path} tidak ada")
    return problems


def library_problems(folder: Path) -> list[str]:
    """Word, Excel and HEIC support load their templates and plug-ins (bundled as data)."""
    problems = []
    try:
        import docx

        document = docx.Document()
        section = document.sections[0]  # header/footer load docx/parts/../templates/*.xml
        section.header.add_paragraph("Pemerintah Kota Cimahi")
        section.footer.add_paragraph("Halaman 1")
        document.save(str(folder / "selftest.docx"))
    except Exception as exc:  # any failure here means a broken bundle
        problems.append(f"python-docx tidak dapat menulis Word ({exc!r})")
    try:
        import openpyxl

        openpyxl.Workbook().save(folder / "selftest.xlsx")
    except Exception as exc:
        problems.append(f"openpyxl tidak dapat menulis Excel ({exc!r})")
    try:
        import pillow_heif
        from PIL import Image

        pillow_heif.register_heif_opener()
        if ".heic" not in Image.registered_extensions():
            problems.append("pembuka foto HEIC tidak terdaftar")
    except Exception as exc:
        problems.append(f"pillow-heif tidak termuat ({exc!r})")
    problems += _jpeg_decoder_problems(folder)
    return problems


def _jpeg_decoder_problems(folder: Path) -> list[str]:
    """The fast scaled JPEG decoder (simplejpeg + numpy) is bundled and decodes; without it
    branding still works, only slower, so a broken bundle would otherwise go unnoticed."""
    from PIL import Image

    from core.branding import jpeg_scaled

    if (reason := jpeg_scaled.unavailable_reason()) is not None:
        return [f"pembaca JPEG cepat (simplejpeg) tidak termuat: {reason}"]
    try:
        Image.new("RGB", (64, 48), (11, 110, 79)).save(folder / "selftest.jpg", quality=90)
        decoded = jpeg_scaled.decode_scaled(folder / "selftest.jpg", "RGB", (24, 18))
    except Exception as exc:
        return [f"pembaca JPEG cepat gagal ({exc!r})"]
    if decoded is None or decoded.size != (24, 18):
        return ["pembaca JPEG cepat (simplejpeg) tidak dapat membaca JPEG uji"]
    return []
