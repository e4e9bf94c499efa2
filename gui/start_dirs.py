"""Where file dialogs open: the user's Pictures or Documents folder, never the working
folder (for a Start-menu shortcut that is the install folder, which users must not
browse into and cannot write to)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from core import paths


def pictures_dir() -> str:
    """Pictures (OneDrive-redirected on many office PCs: Qt asks Windows), else home."""
    return _existing(QStandardPaths.StandardLocation.PicturesLocation)


def documents_dir() -> str:
    return _existing(QStandardPaths.StandardLocation.DocumentsLocation)


def in_documents(file_name: str) -> str:
    """A suggested save name placed in Documents (a bare name means the working folder)."""
    return str(Path(documents_dir()) / file_name)


def _existing(location: QStandardPaths.StandardLocation) -> str:
    found = QStandardPaths.writableLocation(location)
    if found and Path(found).is_dir():
        return found
    fallback = paths.documents_dir()
    return str(fallback if fallback.is_dir() else Path.home())
