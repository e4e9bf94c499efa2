"""Starting Warta: damaged database, restore offer, second instance, screenshot, crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core import backup, paths, posts
from core.model import Post
from core.store import open_store
from gui.startup import Startup

ROOT = Path(__file__).resolve().parents[2]


def make_db_with_backup(home: Path) -> bytes:
    store = open_store()
    posts.create_post(store, Post(title="Sebelum rusak"))
    backup.make_backup(store.conn)
    store.close()
    garbage = b"ini bukan basis data " * 100
    paths.db_path().write_bytes(garbage)
    for side in ("-wal", "-shm"):
        Path(str(paths.db_path()) + side).unlink(missing_ok=True)
    return garbage


class FakeBox:
    """Stands in for QMessageBox(...) so no modal loop runs; clicks `choice`."""

    choice = "restore"
    shown: list[str] = []
    Icon = QMessageBox.Icon
    ButtonRole = QMessageBox.ButtonRole

    def __init__(self, icon, title, text, parent=None):
        FakeBox.shown.append(text)
        self._buttons = []
        self._clicked = None

    def setInformativeText(self, text):
        FakeBox.shown.append(text)

    def addButton(self, text, role):
        button = object()
        self._buttons.append((role, button))
        return button

    def exec(self):
        wanted = (QMessageBox.ButtonRole.AcceptRole if FakeBox.choice == "restore"
                  else QMessageBox.ButtonRole.RejectRole)
        self._clicked = next(b for r, b in self._buttons if r == wanted)

    def clickedButton(self):
        return self._clicked


def test_damaged_db_offers_restore_and_keeps_damaged_file(qapp_id, warta_home, monkeypatch):
    garbage = make_db_with_backup(warta_home)
    FakeBox.choice, FakeBox.shown = "restore", []
    monkeypatch.setattr("gui.startup.QMessageBox", FakeBox)
    store = Startup().open_store()
    assert store is not None
    assert [p.title for p in posts.list_posts(store)] == ["Sebelum rusak"]
    store.close()
    kept = [p for p in warta_home.iterdir() if ".rusak-" in p.name and p.suffix != ".db-wal"]
    assert kept and kept[0].read_bytes() == garbage
    assert any("rusak" in text for text in FakeBox.shown)


def test_damaged_db_declined_changes_nothing(qapp_id, warta_home, monkeypatch):
    garbage = make_db_with_backup(warta_home)
    FakeBox.choice = "close"
    monkeypatch.setattr("gui.startup.QMessageBox", FakeBox)
    assert Startup().open_store() is None
    assert paths.db_path().read_bytes() == garbage


def test_damaged_db_without_backup_says_so(qapp_id, warta_home, monkeypatch):
    paths.db_path().write_bytes(b"\x00garbage" * 64)
    said = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: said.append(text)))
    assert Startup().open_store() is None
    assert "cadangan" in said[0] and "tidak diubah" in said[0]
    assert paths.db_path().read_bytes() == b"\x00garbage" * 64


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, WARTA_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def test_second_instance_gets_clear_message(tmp_path, warta_home):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys, time
            from core.instance_lock import InstanceLock
            lock = InstanceLock(); lock.acquire(); print('ready', flush=True); time.sleep(30)
        """)], cwd=ROOT, env=_env(warta_home), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        script = textwrap.dedent("""
            from PySide6.QtWidgets import QMessageBox
            said = []
            QMessageBox.information = staticmethod(lambda p, t, m: said.append(m))
            from gui.app import run
            code = run([])
            print(code, said[0] if said else '')
        """)
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_env(warta_home),
                             capture_output=True, text=True, timeout=60)
        assert out.stdout.startswith("1 ")
        assert "Warta sudah terbuka" in out.stdout
    finally:
        holder.kill()
        holder.wait()


def test_screenshot_flag_renders_populated_konten(tmp_path, warta_home):
    env = _env(warta_home)
    subprocess.run([sys.executable, "main.py", "demo", "--bulan", "2025-11"], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    shot = tmp_path / "konten.png"
    out = subprocess.run([sys.executable, "main.py", "--screenshot", str(shot), "--page",
                          "konten"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    from PIL import Image

    with Image.open(shot) as img:
        assert img.size == (1366, 728)
        colours = img.convert("RGB").getcolors(1 << 20)
        assert colours is not None and len(colours) > 50  # a populated page, not blank


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from gui.app import make_app
    from gui.main_window import MainWindow
    from core.store import open_store

    app = make_app('id')
    store = open_store()
    window = MainWindow(store)
    window.show()
    page = window.konten
    page.new_post()

    def type_text(text):
        page.editor.caption.insertPlainText(text)

    def step1():
        type_text('Teks yang sudah lama diketik. ')
        QTimer.singleShot(1800, step2)

    def step2():
        type_text('Ketikan detik terakhir.')
        print('typed', page.editor.post().id, flush=True)

    QTimer.singleShot(100, step1)
    app.exec()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_process_keeps_text_typed_a_second_before(warta_home):
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT], cwd=ROOT,
                            env=_env(warta_home), stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().split()
        assert line[0] == "typed", line
        post_id = int(line[1])
        time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    store = open_store()
    saved = posts.get_post(store, post_id)
    store.close()
    assert saved is not None
    assert saved.caption.startswith("Teks yang sudah lama diketik.")


def test_first_start_asks_for_profile_and_makes_backup(qapp_id, warta_home, monkeypatch):
    from core.demo import DEMO_PROFILE
    from core.profile import load_profile
    from gui import app as gui_app
    from gui.pengaturan.profile_dialog import ProfileDialog

    asked = []

    def fake_get_profile(profile, parent=None):
        asked.append(profile)
        return DEMO_PROFILE, True

    monkeypatch.setattr(ProfileDialog, "get_profile", staticmethod(fake_get_profile))
    monkeypatch.setattr(type(qapp_id), "exec", lambda self: 0)
    logo_asked = []  # issue 12: the logo step follows the profile (its own test module)
    monkeypatch.setattr("gui.logo_step.LogoStep.ask",
                        lambda self, choose=None: logo_asked.append(True) or False)
    assert gui_app.run_interactive(qapp_id) == 0
    assert len(asked) == 1 and not asked[0].is_complete()
    assert logo_asked == [True]
    store = open_store()
    assert load_profile(store).pic_nip == DEMO_PROFILE.pic_nip
    store.close()
    assert len(backup.list_backups()) == 1
    for w in qapp_id.topLevelWidgets():
        w.close()


def test_first_start_cancelled_quits_cleanly(qapp_id, warta_home, monkeypatch):
    from gui import app as gui_app
    from gui.pengaturan.profile_dialog import ProfileDialog

    monkeypatch.setattr(ProfileDialog, "get_profile",
                        staticmethod(lambda profile, parent=None: (profile, False)))
    assert gui_app.run_interactive(qapp_id) == 0


STYLE_SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    from gui.theme import style_arguments
    made = QApplication(sys.argv[:1] + style_arguments())
    style = made.style().name()  # before the app's style sheet wraps it
    from gui.app import make_app
    from gui.main_window import MainWindow
    from core.store import open_store

    app = make_app('id')  # the app made above: make_app keeps it
    window = MainWindow(open_store())
    window.resize(700, 600)  # narrow: the compact sidebar
    window.show()
    for _ in range(5):
        app.processEvents()
    button = window.nav_buttons['konten']
    print(json.dumps({"style": style, "compact": window.sidebar.property("compact"),
                      "font": button.font().pointSizeF(),
                      "name": window.app_name.font().pointSizeF()}))
""")


def test_the_app_made_at_start_has_the_fusion_style_and_the_compact_sidebar_its_look(
        warta_home):
    """make_app gives the QApplication it makes the Fusion style through Qt's "-style"
    argument (no QStyle reached from Python at start-up), and a narrow window's compact
    sidebar takes its smaller type from the sidebar's own sheet."""
    env = {**os.environ, "WARTA_HOME": str(warta_home), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", STYLE_SCRIPT], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    found = json.loads(out.splitlines()[-1])
    assert found["style"].lower() == "fusion"
    assert found["compact"] is True
    assert found["font"] == 8.5 and found["name"] == 12.0
