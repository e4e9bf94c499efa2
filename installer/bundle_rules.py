"""What goes into the frozen Warta bundle and what is left out.

Plain Python (no PyInstaller import) so the rules are unit-tested without a build;
installer/warta.spec applies them to PyInstaller's lists of binaries and data files.
Paths are bundle destinations such as "PySide6/Qt/plugins/imageformats/libqtiff.so"
(Linux) or "PySide6\\plugins\\imageformats\\qtiff.dll" (Windows).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

# Python packages Warta never imports at run time. numpy is needed (simplejpeg, the
# branding's fast JPEG decoder, returns numpy arrays); pandas and matplotlib are not.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "test",
    "lib2to3", "ensurepip", "venv", "distutils", "setuptools", "pkg_resources",
    "xmlrpc", "unittest", "doctest",
    "pandas", "matplotlib", "IPython",
    # numpy parts simplejpeg and openpyxl never touch (numpy loads them lazily).
    "numpy.random", "numpy.fft", "numpy.polynomial", "numpy.f2py", "numpy.testing",
    "numpy.ma", "numpy.distutils",
    "pytest", "_pytest", "pytestqt", "hypothesis", "ruff", "pygments",
    "PyInstaller", "PyQt5", "PyQt6", "PySide2",
    # python-docx and openpyxl use lxml.etree only; the lxml hook would take all of lxml.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax",
    # Qt modules Warta does not use (the hooks would otherwise follow them in).
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtQuick3D", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets", "PySide6.QtSql", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtTest",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtLabsStyleKit",
]

# Qt plugin folders kept with only the named plugins in them (names without the
# "lib"/"q" prefixes and the suffix: "xcb" is libqxcb.so and qxcb.dll).
PLUGIN_ALLOW = {
    "platforms": {"offscreen", "windows", "xcb", "minimal", "cocoa"},
    # jpeg/png (png is built into QtGui), svg, ico as asked; gif and webp because
    # officers get photos from WhatsApp and the web, and Qt widgets may preview them.
    "imageformats": {"jpeg", "svg", "ico", "gif", "webp"},
    "iconengines": {"svgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin"},
}
# Plugin folders dropped whole: OpenGL/embedded/Wayland back ends, networking,
# databases, QML tooling, Designer, vector images, desktop themes (they pull in GTK/DBus).
PLUGIN_DENY = {
    "egldeviceintegrations", "generic", "networkinformation", "tls", "sqldrivers",
    "qmltooling", "designer", "vectorimageformats", "platformthemes", "xcbglintegrations",
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-graphics-integration-server", "wayland-shell-integration", "wayland-inputdevice",
    "position", "multimedia", "sceneparsers", "renderers", "geometryloaders",
    "qmllint", "webview", "texttospeech", "sensors", "canbus",
}
# Qt libraries are not filtered by name: whatever is still collected is linked by
# something kept (qwindows.dll, for one, links Qt6OpenGL.dll). Unused ones never get in
# because the modules above are excluded and the plugins below are dropped before
# PyInstaller follows their dependencies (see warta.spec).
# Windows: the software OpenGL renderer (about 20 MB) and ANGLE/Direct3D shader compiler
# are for OpenGL and Qt Quick; Warta's widgets paint without OpenGL.
WINDOWS_GL_DENY = re.compile(r"^(opengl32sw|d3dcompiler_\d+|libEGL|libGLESv2)\.dll$",
                             re.IGNORECASE)

# Qt's own translations: Warta only needs Indonesian (qtbase_id, if Qt ships it).
QT_TRANSLATION_KEEP = re.compile(r"^qt(base)?_id(_ID)?\.qm$")

# Libraries that `strip` breaks: numpy's OpenBLAS and Fortran runtime, relinked by
# auditwheel, then fail to load ("ELF load command address/offset not page-aligned";
# pyinstaller/pyinstaller#9463). They are copied as they are.
NO_STRIP = re.compile(r"^numpy\.libs/")

RESOURCE_SKIP_SUFFIXES = {".ts", ".pyc", ".pro", ".tmp"}
RESOURCE_SKIP_NAMES = {"__pycache__", ".DS_Store", "Thumbs.db", ".gitkeep"}


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def strip_breaks(dest: str) -> bool:
    """Whether stripping the binary at bundle path `dest` would break it."""
    return bool(NO_STRIP.match("/".join(_parts(dest))))


def plugin_key(filename: str) -> str:
    """'libqxcb.so' / 'qxcb.dll' / 'libqsvgicon.so' -> 'xcb' / 'xcb' / 'svgicon'."""
    stem = filename.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


def keep_binary(dest: str) -> bool:
    """True when the bundle keeps this binary (Qt plugins and software OpenGL are trimmed)."""
    parts = _parts(dest)
    if "plugins" in parts and parts[0] == "PySide6":
        i = parts.index("plugins")
        if len(parts) > i + 2:
            folder, name = parts[i + 1], parts[-1]
            if folder in PLUGIN_DENY:
                return False
            if folder in PLUGIN_ALLOW:
                return plugin_key(name) in PLUGIN_ALLOW[folder]
        return True
    return not WINDOWS_GL_DENY.match(parts[-1])


def keep_data(dest: str) -> bool:
    """True when the bundle keeps this data file (Qt translations and QML are trimmed)."""
    parts = _parts(dest)
    if parts and parts[0] == "PySide6":
        if "translations" in parts:
            return bool(QT_TRANSLATION_KEEP.match(parts[-1]))
        if "qml" in parts:
            return False
    return True


def resource_files(resources: Path) -> list[tuple[str, str]]:
    """(source file, bundle folder) for every shipped file under resources/ (no .ts sources)."""
    found = []
    for path in sorted(resources.rglob("*")):
        rel = path.relative_to(resources)
        if not path.is_file() or RESOURCE_SKIP_NAMES & set(rel.parts):
            continue
        if path.suffix.lower() in RESOURCE_SKIP_SUFFIXES or path.name in RESOURCE_SKIP_NAMES:
            continue
        found.append((str(path), str(PurePosixPath("resources", *rel.parent.parts))))
    return found


def folder_size(folder: Path) -> int:
    """Bytes in all files under `folder` (the bundle size we report)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); '1.2.0rc1' -> (1, 2, 0, 0): Windows wants four numbers."""
    numbers = [int(m.group()) for m in
               (re.match(r"\d+", part) for part in version.split(".")[:4]) if m]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str, app_name: str) -> str:
    """PyInstaller's Windows version resource (shown in the file's Properties > Details)."""
    nums = version_tuple(version)
    strings = {
        "CompanyName": "Warta",
        "FileDescription": f"{app_name}: studio media sosial perangkat daerah",
        "FileVersion": version,
        "InternalName": app_name,
        "OriginalFilename": f"{app_name}.exe",
        "ProductName": app_name,
        "ProductVersion": version,
        "LegalCopyright": "Warta",
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str, app_name: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version, app_name), encoding="utf-8")
    return str(path)
