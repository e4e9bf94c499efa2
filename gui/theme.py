"""The look: calm office colours with the city's green as accent, one style sheet."""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from core.paths import resources_dir

ACCENT = "#0B6E4F"
ACCENT_DARK = "#085A40"
ACCENT_SOFT = "#E3F1EB"
GOLD = "#F2C14E"
BG = "#F4F6F5"
SURFACE = "#FFFFFF"
BORDER = "#D8DEDB"
TEXT = "#1F2A27"
MUTED = "#5F6B67"
DANGER = "#B3261E"
WARNING = "#9A6700"

STATUS_COLORS = {
    "Draf": ("#EEF0EF", "#4A5552"),
    "Siap Ditinjau": ("#FFF4D6", "#7A5600"),
    "Disetujui": ("#E1EEFF", "#1D4E89"),
    "Terbit": (ACCENT_SOFT, ACCENT_DARK),
}

STYLE = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog {{ background: {BG}; }}
#Sidebar {{ background: {SURFACE}; border-right: 1px solid {BORDER}; }}
#Sidebar QLabel#AppName {{ font-size: 17pt; font-weight: 700; color: {ACCENT}; }}
#Sidebar QLabel#AppDept {{ color: {MUTED}; }}
#Sidebar QToolButton {{
    border: none; border-radius: 8px; padding: 8px 12px; text-align: left;
    font-size: 10.5pt; color: {TEXT}; background: transparent;
}}
#Sidebar QToolButton:hover {{ background: {BG}; }}
#Sidebar QToolButton:checked {{ background: {ACCENT_SOFT}; color: {ACCENT_DARK}; font-weight: 600; }}
QLabel#PageTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#Muted, QLabel#Hint {{ color: {MUTED}; }}
QLabel#FieldError {{ color: {DANGER}; }}
QLabel#SaveState {{ color: {MUTED}; }}
QFrame#Card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateTimeEdit, QSpinBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 7px;
    selection-background-color: {ACCENT}; selection-color: white;
}}
QSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 20px; border-left: 1px solid {BORDER}; background: transparent;
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 6px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 6px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {ACCENT_SOFT}; }}
QSpinBox::up-arrow {{ image: url(icons:arrow-up.svg); width: 9px; height: 6px; }}
QSpinBox::down-arrow {{ image: url(icons:arrow-down.svg); width: 9px; height: 6px; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: border; subcontrol-position: top right; width: 22px;
    border: none; border-left: 1px solid {BORDER}; background: transparent;
    border-top-right-radius: 6px; border-bottom-right-radius: 6px;
}}
QComboBox::drop-down:hover, QDateTimeEdit::drop-down:hover {{ background: {ACCENT_SOFT}; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ image: url(icons:arrow-down.svg); width: 9px; height: 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateTimeEdit:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit[invalid="true"] {{ border: 1px solid {DANGER}; }}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 6px 14px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #A0A8A5; }}
QPushButton#konten_list_toggle:checked {{ background: {ACCENT_SOFT}; border-color: {ACCENT}; color: {ACCENT_DARK}; }}
QPushButton#Primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton#Primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#Danger {{ color: {DANGER}; }}
QPushButton#Danger:disabled {{ color: #A0A8A5; }}
QPushButton#Primary:disabled {{ background: #9DBFB2; border-color: #9DBFB2; color: #F4F6F5; }}
QToolButton#konten_sort {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 4px 10px; }}
QToolButton#konten_sort:hover {{ border-color: {ACCENT}; }}
QListView, QTableView, QTreeView {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 8px; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{ padding: 6px 14px; border: 1px solid transparent; color: {MUTED}; }}
QTabBar::tab:selected {{ color: {ACCENT_DARK}; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
QTabBar#preview_tabs::tab {{ padding: 6px 9px; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 5px; background: {SURFACE}; text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QToolTip {{ background: #FFFFE8; color: {TEXT}; border: 1px solid {BORDER}; padding: 3px; }}
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {ACCENT}; }}
QCalendarWidget QToolButton {{
    color: white; background: transparent; border: none; border-radius: 4px;
    padding: 2px 6px; font-weight: 600;
}}
QCalendarWidget QToolButton:hover {{ background: {ACCENT_DARK}; }}
QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
QCalendarWidget QTableView {{ border: none; border-radius: 0; }}
QMenu {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; }}
QMenu::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}
"""

# The compact sidebar (a narrow window): the sidebar's own sheet, which wins over the app's
# where both set something. Set with setStyleSheet, it restyles the sidebar by itself; a
# property rule in the app's sheet needed QStyle's unpolish/polish from Python, and
# reaching QStyle there makes PySide build its ~20 enum types (~10 ms of a narrow start).
COMPACT_SIDEBAR = """
QToolButton { padding: 6px 4px; font-size: 8.5pt; text-align: center; }
QLabel#AppName { font-size: 12pt; }
"""
STYLE_NAME = "Fusion"

DISABLED_TEXT = "#8A9591"

# Every palette role, in every colour group: on Windows 11 in dark mode Qt starts from a
# dark palette, and a role left untouched (AlternateBase of the Metrik table, tooltips,
# the header's Button) kept its dark colour under the sheet's dark text.
_ROLES = {
    QPalette.ColorRole.Window: BG,
    QPalette.ColorRole.WindowText: TEXT,
    QPalette.ColorRole.Base: SURFACE,
    QPalette.ColorRole.AlternateBase: "#F0F3F2",
    QPalette.ColorRole.ToolTipBase: "#FFFFE8",
    QPalette.ColorRole.ToolTipText: TEXT,
    QPalette.ColorRole.PlaceholderText: "#8A9591",
    QPalette.ColorRole.Text: TEXT,
    QPalette.ColorRole.Button: "#EEF1F0",
    QPalette.ColorRole.ButtonText: TEXT,
    QPalette.ColorRole.BrightText: "#FFFFFF",
    QPalette.ColorRole.Light: "#FFFFFF",
    QPalette.ColorRole.Midlight: "#E6EAE8",
    QPalette.ColorRole.Mid: "#B8C1BD",
    QPalette.ColorRole.Dark: "#8E9995",
    QPalette.ColorRole.Shadow: "#4A5552",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.Link: "#0A5C8A",
    QPalette.ColorRole.LinkVisited: "#6A3D8F",
    QPalette.ColorRole.Accent: ACCENT,
}
_DISABLED = {
    QPalette.ColorRole.WindowText: DISABLED_TEXT,
    QPalette.ColorRole.Text: DISABLED_TEXT,
    QPalette.ColorRole.ButtonText: DISABLED_TEXT,
    QPalette.ColorRole.Highlight: "#9DBFB2",
}


def light_palette() -> QPalette:
    """Warta's light palette with every role set, whatever the system's scheme."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        for role, colour in _ROLES.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def pin_light_scheme(app: QApplication) -> None:
    """Ask Qt for the light scheme so the Windows style does not follow dark mode."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(Qt.ColorScheme.Light)


def apply_palette(app: QApplication) -> None:
    """The light scheme and palette, whatever the system started with."""
    pin_light_scheme(app)
    app.setPalette(light_palette())


def register_icon_path() -> None:
    """Let STYLE name its images as url(icons:…), wherever Warta is installed (a path
    with spaces, as under Program Files, cannot go in a style sheet's url() unquoted)."""
    if str(resources_dir() / "icons") not in QDir.searchPaths("icons"):
        QDir.addSearchPath("icons", str(resources_dir() / "icons"))


def style_arguments() -> list[str]:
    """Command-line arguments that give a QApplication made with them the Fusion style
    (Qt reads "-style"): then apply_theme need not set it, and the Python side never
    builds QStyle's enum types at start-up (setStyle returns a QStyle)."""
    return ["-style", STYLE_NAME]


def apply_theme(app: QApplication, style_set: bool = False) -> None:
    """Fusion style + our full light palette and sheet, so every Windows version (and
    Windows 11 in dark mode) looks the same. `style_set`: the app was made with
    style_arguments()."""
    if not style_set:
        app.setStyle(STYLE_NAME)
    register_icon_path()
    apply_palette(app)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
