"""The main window: a sidebar (Konten, Media, Laporan, Pengaturan) and the pages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.actions import kalender
from core.actions import rekap as rekap_actions
from core.paths import display_path, resources_dir
from core.profile import load_profile
from core.store import Store
from core.version import __version__
from gui.kalender.page import KalenderPage
from gui.pages.konten import KontenPage
from gui.pages.laporan import LaporanPage
from gui.pages.media import MediaPage
from gui.pages.pengaturan import PengaturanPage
from gui.rekap.page import RekapPage
from gui.screen_fit import fit_to_screen, set_minimum_within_screen
from widgets.reminder_banner import ReminderBanner
from widgets.settings_link import navigator

PAGES = ("konten", "kalender", "media", "laporan", "pengaturan")
COORDINATOR_PAGE = "rekap"  # Rekap Kota: only in Diskominfo's Warta
MINIMUM_SIZE = (1024, 640)
USUAL_SIZE = (1280, 720)


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Warta")
        self.setWindowIcon(icon("warta"))
        set_minimum_within_screen(self, *MINIMUM_SIZE)
        fit_to_screen(self, *USUAL_SIZE)

        self.pages: dict[str, QWidget] = {}
        self.konten = KontenPage(store, self.undo_stack)
        self.pages["konten"] = self.konten
        self.kalender = KalenderPage(store, self.undo_stack)
        self.pages["kalender"] = self.kalender
        self.media = MediaPage(store, self.undo_stack)
        self.pages["media"] = self.media
        self.media.open_post = self.konten.editor.post  # imports are offered for it
        self.laporan = LaporanPage(store, self.undo_stack)
        self.pages["laporan"] = self.laporan
        self.pengaturan = PengaturanPage(store)
        self.pages["pengaturan"] = self.pengaturan
        self.rekap: RekapPage | None = None
        if rekap_actions.is_coordinator(store):
            self.rekap = RekapPage(store)
            self.pages[COORDINATOR_PAGE] = self.rekap

        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.sidebar = self._sidebar()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setSpacing(0)
        self.reminders = ReminderBanner()
        self.reminders.create_requested.connect(self._create_commemoration_post)
        self.reminders.show_calendar.connect(lambda: self.show_page("kalender"))
        right.addWidget(self.reminders)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.kalender.open_post.connect(self.open_post)
        self.kalender.days_changed.connect(self.refresh_reminders)
        self._menus()
        for page in self.pages.values():
            if hasattr(page, "message"):
                page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.pengaturan.profile_saved.connect(self._profile_saved)
        self.laporan.open_brand_settings.connect(self.open_brand_settings)
        self.pengaturan.backups.restoring.connect(self.konten.editor.flush)
        self.pengaturan.backups.restored.connect(self._data_replaced)
        self.statusBar().showMessage(self.tr("Ready."), 3000)
        navigator().settings_requested.connect(self.open_settings)
        self.show_page("konten")
        self.refresh_reminders()

    def _sidebar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("Sidebar")
        bar.setFixedWidth(200)
        col = QVBoxLayout(bar)
        col.setContentsMargins(12, 18, 12, 12)
        col.setSpacing(4)
        name = QLabel("Warta")
        name.setObjectName("AppName")
        self.dept_label = QLabel()
        self.dept_label.setObjectName("AppDept")
        self.dept_label.setWordWrap(True)
        self._profile_saved(load_profile(self.store))
        col.addWidget(name)
        col.addWidget(self.dept_label)
        col.addSpacing(14)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        labels = {
            "konten": self.tr("Konten"),
            "kalender": self.tr("Kalender"),
            "media": self.tr("Media"),
            "laporan": self.tr("Laporan"),
            "pengaturan": self.tr("Pengaturan"),
            COORDINATOR_PAGE: self.tr("Rekap Kota"),
        }
        self.nav_buttons: dict[str, QToolButton] = {}
        for i, key in enumerate(k for k in (*PAGES, COORDINATOR_PAGE) if k in self.pages):
            button = QToolButton()
            button.setObjectName(f"nav_{key}")
            button.setText(labels[key])
            button.setIcon(icon(key))
            button.setIconSize(QSize(20, 20))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(f"{labels[key]} (Ctrl+{i + 1})")
            button.clicked.connect(lambda _=False, k=key: self.show_page(k))
            self.nav.addButton(button)
            self.nav_buttons[key] = button
            col.addWidget(button)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            shortcut.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(shortcut)
        col.addStretch(1)
        version = QLabel(f"v{__version__}")
        version.setObjectName("Muted")
        col.addWidget(version)
        return bar

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.konten.new_action)
        file_menu.addAction(self.konten.save_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.konten.duplicate_action)
        edit_menu.addAction(self.konten.find_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("About Warta"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_page(self, key: str) -> None:
        if key == "kalender":  # posts may have changed in Konten since it was last shown
            self.konten.editor.flush()
            self.kalender.reload()
        self.stack.setCurrentWidget(self.pages[key])
        self.nav_buttons[key].setChecked(True)

    def show_backups(self) -> None:
        """Pengaturan > Cadangan (where a backup is chosen and restored)."""
        self.show_page("pengaturan")
        self.pengaturan.tabs.setCurrentWidget(self.pengaturan.backups)

    def open_settings(self, tab: str) -> None:
        """A message said "… di Pengaturan > Tagar": show that tab."""
        self.show_page("pengaturan")
        self.pengaturan.show_tab(tab)

    def open_brand_settings(self) -> None:
        """Pengaturan > Merek (Brand), where the official logo replaces the sample."""
        self.show_page("pengaturan")
        self.pengaturan.tabs.setCurrentWidget(self.pengaturan.brand)

    def open_post(self, post_id: int) -> None:
        """Show a post in Konten (from the Kalender or the reminder banner)."""
        self.konten.open_post(post_id)
        self.show_page("konten")

    def refresh_reminders(self) -> None:
        self.reminders.set_reminders(kalender.upcoming_reminders(self.store))

    def _create_commemoration_post(self, mark) -> None:
        post = kalender.create_commemoration_post(self.store, mark.ref, mark.date.year)
        self.refresh_reminders()
        self.open_post(post.id)

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(k for k, w in self.pages.items() if w is widget)

    def _data_replaced(self) -> None:
        """After a restore every page re-reads the store."""
        self.konten.editor.set_post(None)
        self.konten.reload()
        self.kalender.reload()
        if self.rekap is not None:
            self.rekap.reload()
        self.refresh_reminders()
        self.media.reload()
        self.laporan.reload()
        profile = load_profile(self.store)
        self.pengaturan.form.set_profile(profile)
        self._profile_saved(profile)

    def _profile_saved(self, profile) -> None:
        self.dept_label.setText(profile.dept_short or profile.dept_name or "")

    def about_text(self) -> str:
        return self.tr(
            "<h3>Warta %1</h3><p>An offline social-media studio for the PIC media sosial "
            "of city departments: captions per platform, branded photos, checks before "
            "posting, and the monthly report.</p><p>Data folder: %2</p>"
        ).replace("%1", __version__).replace("%2", display_path(self.store.path.parent))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Warta"), self.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.media.flush()
        if not self.konten.editor.flush():
            answer = QMessageBox.warning(
                self, self.tr("Not saved"),
                self.tr("The last changes could not be saved. Close anyway and lose them?"),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        event.accept()
