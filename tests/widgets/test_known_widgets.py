"""Scroll areas of the start reach their viewport without PySide loading every QtWidgets
class (widgets/known_widgets.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit, QScrollArea

from widgets.known_widgets import known_viewport

ROOT = Path(__file__).resolve().parents[2]


def test_known_viewport_is_the_viewport(qapp):
    for area in (QScrollArea(), QPlainTextEdit()):
        assert known_viewport(area) is area.viewport()


def test_the_start_s_scroll_areas_load_no_other_class():
    """In a fresh process: the caption editor, the editor's scroll and the page host ask
    for their viewports, and QWizard (a class Warta never uses) is still not loaded; a
    plain viewport() of another text edit loads it (so the check can see it)."""
    script = (
        "import PySide6.QtWidgets as W\n"
        "from gui.app import make_app\n"
        "make_app('id')\n"
        "from gui.main_window import PageHost\n"
        "from widgets.caption_editor import CaptionEditor\n"
        "from widgets.reflow import VerticalScroll\n"
        "areas = [CaptionEditor(), VerticalScroll(None), PageHost()]\n"
        "[area.viewport() for area in areas]\n"
        "before = 'QWizard' in vars(W)\n"
        "W.QPlainTextEdit().viewport()\n"
        "print(before, 'QWizard' in vars(W))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
