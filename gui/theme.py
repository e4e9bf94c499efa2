"""The look: calm office colours with the city's green as accent, one style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

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
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 7px;
    selection-background-color: {ACCENT}; selection-color: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit[invalid="true"] {{ border: 1px solid {DANGER}; }}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 6px 14px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #A0A8A5; }}
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
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 5px; background: {SURFACE}; text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style + our palette and sheet, so every Windows version looks the same."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BG))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8A9591"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
