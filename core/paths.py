"""Where Warta keeps its data: the platformdirs user data folder, or WARTA_HOME."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.version import APP_ID

ENV_HOME = "WARTA_HOME"


def user_data_path(appname: str, *, appauthor: bool, roaming: bool) -> Path:
    """platformdirs' user data folder. Imported here, not at the top: with WARTA_HOME set
    (tests, the portable set-up) nothing needs it, and its import (tempfile, shutil,
    random...) is ~5 ms of every CLI start."""
    from platformdirs import user_data_path as platform_path

    return platform_path(appname, appauthor=appauthor, roaming=roaming)


def data_dir() -> Path:
    """Return (and create) the data folder; WARTA_HOME wins so tests never touch real data."""
    override = os.environ.get(ENV_HOME)
    path = Path(override) if override else user_data_path(APP_ID, appauthor=False, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path() -> Path:
    return data_dir() / "warta.db"


def media_dir() -> Path:
    path = data_dir() / "media"
    path.mkdir(parents=True, exist_ok=True)
    return path


def thumbs_dir() -> Path:
    path = data_dir() / "cache" / "thumbs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Bundled resources; inside a PyInstaller build they live under sys._MEIPASS."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root / "resources"


def documents_dir() -> Path:
    """The user's Documents folder, the default parent for exports."""
    from platformdirs import user_documents_path

    return user_documents_path()


def export_root(chosen: str = "") -> Path:
    """Where exports go: the folder chosen in Pengaturan (setting "export_folder"), else
    Documents/Warta. Photos go in per-post folders under it, reports in "Laporan".

    Takes the setting's value rather than the store so this module stays below
    core/store.py (which imports it).
    """
    return Path(chosen) if chosen else documents_dir() / "Warta"


def report_export_dir(chosen: str = "") -> Path:
    """The default folder of report files: <export root>/Laporan."""
    return export_root(chosen) / "Laporan"


def display_path(path: str | os.PathLike[str], windows: bool | None = None) -> str:
    """A path as the user's system writes it: backslashes on Windows, where Qt's file
    dialogs hand back 'C:/Users/...' and a forward-slash path looks broken to users."""
    text = os.fspath(path)
    if os.name == "nt" if windows is None else windows:
        return text.replace("/", "\\")
    return text
