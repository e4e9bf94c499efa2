"""Messages that send the PIC to Pengaturan open the right tab.

A widget that says "buat di Pengaturan > Tagar" makes that a link (`settings_link`) or
an action calling `open_settings("tagar")`; the main window listens to
`navigator().settings_requested` once and shows Pengaturan on that tab. Widgets cannot
reach the main window themselves (they never import gui), hence one app-wide notifier,
like widgets.media_commands.media_events().
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

# tab key -> the tab's Indonesian name, as Pengaturan shows it
SETTINGS_TABS = {
    "profil": "Profil",
    "akun": "Akun",
    "tagar": "Tagar",
    "merek": "Merek",
    "aturan": "Aturan",
    "cadangan": "Cadangan",
}
_SCHEME = "pengaturan:"


class Navigator(QObject):
    settings_requested = Signal(str)  # a key of SETTINGS_TABS


_NAVIGATOR: Navigator | None = None


def navigator() -> Navigator:
    global _NAVIGATOR
    if _NAVIGATOR is None:
        _NAVIGATOR = Navigator(QApplication.instance())
    return _NAVIGATOR


def open_settings(tab: str) -> None:
    """Ask the main window to show Pengaturan on `tab` (a key of SETTINGS_TABS)."""
    if tab not in SETTINGS_TABS:
        raise KeyError(tab)
    navigator().settings_requested.emit(tab)


def settings_path(tab: str) -> str:
    """'Pengaturan > Tagar' as plain text (tooltips, messages that cannot be clicked)."""
    return f"Pengaturan > {SETTINGS_TABS[tab]}"


def settings_link(tab: str) -> str:
    """'Pengaturan > Tagar' as a rich-text link for a QLabel wired to `follow_link`."""
    return f'<a href="{_SCHEME}{tab}">Pengaturan &gt; {SETTINGS_TABS[tab]}</a>'


def follow_link(href: str) -> bool:
    """QLabel.linkActivated handler: opens the tab of a settings_link (True if it was one)."""
    if href.startswith(_SCHEME) and href[len(_SCHEME):] in SETTINGS_TABS:
        open_settings(href[len(_SCHEME):])
        return True
    return False
