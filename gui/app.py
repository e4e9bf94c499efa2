"""Starting the GUI: Qt application, Indonesian translation, theme, data, first start.

Flags: --screenshot FILE [--page P] renders the main window to PNG and exits;
--selftest opens the main window offscreen on a temporary data folder and exits 0;
--lang en shows the English source strings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core import settings
from core.instance_lock import AlreadyRunning, InstanceLock
from core.profile import load_profile, save_profile
from core.version import APP_NAME, __version__
from gui.i18n import install_translators, switch_language
from gui.theme import apply_theme, style_arguments


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="warta", add_help=False)
    parser.add_argument("--screenshot", metavar="FILE")
    parser.add_argument("--page", default="konten",
                        choices=["konten", "kalender", "media", "laporan", "pengaturan", "rekap"])
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--lang", default=None, choices=["id", "en"])
    parser.add_argument("--size", default="1366x728",
                        help="window size for --screenshot in screen pixels (QT_SCALE_FACTOR "
                             "1.25 makes 1366x728 a 1093x582 window, as Windows at 125 %%)")
    return parser.parse_args(argv)


def make_app(lang: str = "id") -> QApplication:
    app = QApplication.instance()
    made_here = app is None
    if made_here:  # with the Fusion style from the start (gui/theme.style_arguments)
        app = QApplication(sys.argv[:1] + style_arguments())
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, lang)
    apply_theme(app, style_set=made_here)
    install_app_icon(app)
    return app


def install_app_icon(app: QApplication) -> None:
    """Every window and dialog gets Warta's icon, the first-start dialog too."""
    from gui.main_window import icon  # the pages' imports: needed right after anyway

    app.setWindowIcon(icon("warta"))


def screenshot(path: str, page: str, size: str) -> int:
    """Render the main window with the current data to a PNG (works offscreen)."""
    from core.store import open_store
    from gui.main_window import MainWindow

    store = open_store()
    window = MainWindow(store)
    window_size = logical_size(size, window.devicePixelRatioF())
    window.setMinimumSize(window.minimumSize().boundedTo(window_size))  # the screen's room
    window.resize(window_size)
    window.show_page(page)
    window.show()
    QApplication.processEvents()
    _wait_for_checks(window)
    for _ in range(3):  # a layout that reflowed settles over a few passes
        QApplication.processEvents()
    ok = window.grab().save(path)
    window.close()
    store.close()
    print(path if ok else f"galat: tidak dapat menyimpan {path}")
    return 0 if ok else 1


def logical_size(size: str, ratio: float) -> QSize:
    """"1366x728" screen pixels as the window's size in Qt's (scaled) pixels."""
    width, height = (int(x) for x in size.lower().split("x"))
    return QSize(round(width / ratio), round(height / ratio))


def _wait_for_checks(window, seconds: float = 5.0) -> None:
    """Let the first live check and the preview photo of the shown post arrive, so the
    picture shows what a user sees a moment after opening."""
    import time

    checks = window.konten.checks
    photo = window.konten.editor.preview_photo
    end = time.monotonic() + seconds
    while time.monotonic() < end and checks.editor.post() is not None and not (
            checks.runner.is_current() and photo.is_settled()):
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def selftest(lang: str = "id") -> int:
    """Open the main window on a throwaway data folder; any error or Qt warning fails the
    run, and so does a lost translation, icon or font (gui/selftest_checks.py)."""
    from core.demo import fill_demo
    from core.store import open_store
    from gui.main_window import MainWindow
    from gui.selftest_checks import (
        font_problems,
        library_problems,
        qt_warnings,
        window_problems,
    )

    with tempfile.TemporaryDirectory(prefix="warta-selftest-") as home, qt_warnings() as warned:
        os.environ["WARTA_HOME"] = home
        store = open_store()
        fill_demo(store)
        window = MainWindow(store)
        window.show()
        for page in ("konten", "media", "laporan", "pengaturan"):
            window.show_page(page)
            QApplication.processEvents()
        problems = window_problems(window, lang) + font_problems()
        problems += library_problems(Path(home))
        window.close()
        store.close()
    problems += [f"peringatan Qt: {message}" for message in warned]
    for problem in problems:
        print(f"selftest gagal: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"Warta {__version__}: selftest OK")
    return 0


def run(argv: list[str]) -> int:
    args = parse_gui_args(argv)
    if args.screenshot or args.selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    lang = args.lang or "id"
    app = make_app(lang)
    if args.selftest or args.screenshot:  # not a PIC's start: collect as usual
        from gui import start_gc

        start_gc.resume()
    if args.selftest:
        return selftest(lang)
    if args.screenshot:
        return screenshot(args.screenshot, args.page, args.size)
    return run_interactive(app, chosen_lang=args.lang)


def warm_up_checks() -> None:
    """Load the rules and the dictionary in the background (imports the checks)."""
    from gui.konten.check_runner import warm_up_in_background

    warm_up_in_background()


# The warm-up starts this long after the page settled: a thread loading the rules and the
# dictionary holds the GIL in 5 ms slices, and started at once it slowed the paint of the
# findings just delivered (and whatever else the page still had to draw). The PIC's first
# check after an edit comes 400 ms after the edit at the earliest (DEBOUNCE_MS).
WARM_UP_AFTER_MS = 150


def settle_then_warm_up(window) -> None:
    """Once the Konten page shows its first check (worked out by the process main.py
    started, core/first_check.py, or here): collect garbage again, and, once the page
    has drawn it, load this process's own rules and dictionary for the checks while
    the PIC types."""
    from gui import start_gc

    start_gc.resume_when_settled(window)
    start_gc.when_settled(window, lambda: QTimer.singleShot(WARM_UP_AFTER_MS,
                                                            warm_up_checks))


def run_interactive(app: QApplication, chosen_lang: str | None = None) -> int:
    from gui import start_gc

    start_gc.pause()  # no cyclic collections until the Konten page settles (start_gc)
    from gui import crash
    from gui.main_window import USUAL_SIZE, MainWindow
    from gui.pengaturan.profile_dialog import ProfileDialog
    from gui.screen_fit import show_fitted
    from gui.startup import IntegrityWatch, Startup, daily_backup

    crash.install()
    lock = InstanceLock()
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        QMessageBox.information(None, APP_NAME, str(exc))
        return 1
    store = Startup().open_store()
    if store is None:
        lock.release()
        return 1
    daily_backup(store)
    lang = chosen_lang or settings.load_context(store).ui_language  # --lang wins
    if lang != "id":
        switch_language(app, lang)
    profile = load_profile(store)
    if not profile.is_complete():
        profile, accepted = ProfileDialog.get_profile(profile)
        if not accepted:
            store.close()
            lock.release()
            return 0
        save_profile(store, profile)
        from gui.logo_step import ask_for_logo

        ask_for_logo(store)  # the kop would show "GANTI LOGO" otherwise
    window = MainWindow(store)
    settle_then_warm_up(window)
    show_fitted(window, *USUAL_SIZE)
    QTimer.singleShot(0, window.raise_)
    watch = IntegrityWatch(store, window, window.show_backups)
    QTimer.singleShot(2000, watch.start)  # after the window is up; reads on a worker
    code = app.exec()
    stop_background_work()
    store.close()
    lock.release()
    return code


def stop_background_work() -> None:
    """The event loop has ended: give up one-off work still running on the thread pool
    that Qt waits for at exit (the spelling forms file of a first start, seconds)."""
    if "core.checks.spelling" in sys.modules:
        from core.checks import spelling

        spelling.stop_saving_forms()
