"""The main window: a sidebar (Konten, Kalender, Media, Laporan, Pengaturan, and Rekap Kota
at Diskominfo) and the pages, each built on first show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.actions import rekap as rekap_actions
from core.paths import display_path, resources_dir
from core.profile import load_profile
from core.store import Store
from core.version import __version__
from gui.screen_fit import fit_to_screen, set_minimum_within_screen
from gui.theme import COMPACT_SIDEBAR
from widgets.known_widgets import known_viewport
from widgets.reminder_banner import ReminderBanner
from widgets.settings_link import navigator

PAGES = ("konten", "kalender", "media", "laporan", "pengaturan")
COORDINATOR_PAGE = "rekap"  # Rekap Kota: only in Diskominfo's Warta
MINIMUM_SIZE = (1024, 640)
USUAL_SIZE = (1280, 720)
SIDEBAR_WIDTH = 200
COMPACT_BELOW = 1000  # a narrower window (1366x768 at 150 %) gets the compact sidebar


def _page_class(key: str) -> type[QWidget]:
    """The page's class, imported when the page is first shown (start-up stays light)."""
    if key == "konten":
        from gui.konten.page import KontenPage
        return KontenPage
    if key == "kalender":
        from gui.kalender.page import KalenderPage
        return KalenderPage
    if key == "media":
        from gui.media.page import MediaPage
        return MediaPage
    if key == "laporan":
        from gui.laporan.page import LaporanPage
        return LaporanPage
    if key == COORDINATOR_PAGE:
        from gui.rekap.page import RekapPage
        return RekapPage
    from gui.pengaturan.page import PengaturanPage
    return PengaturanPage


class PageHost(QScrollArea):
    """A page inside a frameless scroll area: on a screen smaller than the page needs
    (1366x768 at 125 or 150 %) the page scrolls instead of its parts overlapping.

    The page gets the viewport's size, or its minimum size where that is larger. Not
    QScrollArea's widgetResizable: with word-wrapped labels it sizes the page by its
    preferred height for the width, so a page that fits would scroll anyway."""

    def __init__(self, page: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageHost")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        known_viewport(self).installEventFilter(self)
        if page is not None:
            self.set_page(page)

    def set_page(self, page: QWidget) -> None:
        """Host `page`; one made with the viewport as its parent is not moved again."""
        self.setWidget(page)
        page.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        room = self.viewport().size()
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        size = room.expandedTo(need)
        if page.size() != size:
            page.resize(size)


def _lazy_page(key: str) -> property:
    return property(lambda self: self.page(key), doc=f"The {key} page, built on first use.")


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    first_painted = Signal()  # the window is on screen: background work may start
    first_page_ready = Signal()  # the page shown at start is built (after the first paint)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._guide = None  # Bantuan > Panduan, made on first F1
        self.setWindowTitle("Warta")
        self.setWindowIcon(icon("warta"))
        set_minimum_within_screen(self, *MINIMUM_SIZE)
        fit_to_screen(self, *USUAL_SIZE)

        self.pages: dict[str, QWidget] = {}  # the pages built so far
        self.keys = list(PAGES)  # every page this window has
        if rekap_actions.is_coordinator(store):
            self.keys.append(COORDINATOR_PAGE)
        self.stack = QStackedWidget()
        self._slots: dict[str, QWidget] = {}  # a light placeholder until a page is shown
        self._hosts: dict[str, QScrollArea] = {}  # each built page scrolls in its host
        for key in self.keys:
            self._slots[key] = QWidget()
            self.stack.addWidget(self._slots[key])
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
        self._menus()
        self.statusBar().showMessage(self.tr("Ready."), 3000)
        navigator().settings_requested.connect(self.open_settings)
        # the window paints its frame first; the Konten page and the reminders follow at once
        self.stack.setCurrentWidget(self._slots["konten"])
        self.nav_buttons["konten"].setChecked(True)
        self._first_paint_done = False
        self._reminders_read = False  # the banner is filled before the first page is built

    konten = _lazy_page("konten")
    kalender = _lazy_page("kalender")
    media = _lazy_page("media")
    laporan = _lazy_page("laporan")
    pengaturan = _lazy_page("pengaturan")

    @property
    def rekap(self):
        """The Rekap Kota page (built on first use), or None outside Diskominfo."""
        return self.page(COORDINATOR_PAGE) if COORDINATOR_PAGE in self.keys else None

    def page(self, key: str) -> QWidget:
        """The page `key`, built (and put in its placeholder's place) on first use."""
        built = self.pages.get(key)
        if built is not None:
            return built
        if not self._reminders_read:
            # The banner first, and the window's layout done at once: the page is then
            # made for, and laid out in, the room the banner leaves. Filled after it (or
            # laid out only by the next event), the banner shrank the page just laid
            # out and the whole page was laid out again (~17 ms of the Konten start).
            self.refresh_reminders()
            if self.isVisible():
                self._lay_out_banner()
        cls = _page_class(key)
        # The host goes into the window first and the page is made inside it: a page
        # made on its own and then moved into the shown window had every widget's style
        # and font worked out again (~50 ms for Konten, with the app's style sheet).
        host = self._hosts[key] = PageHost(parent=self.stack)
        slot = self._slots.pop(key)
        was_current = self.stack.currentWidget() is slot
        self.stack.insertWidget(self.stack.indexOf(slot), host)
        parent = host.viewport()
        page = (cls(self.store, parent=parent) if key in ("pengaturan", COORDINATOR_PAGE)
                else cls(self.store, self.undo_stack, parent=parent))
        self.pages[key] = page
        host.set_page(page)
        if was_current:
            self.stack.setCurrentWidget(host)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self._wire(key, page)
        return page

    def page_room(self) -> QSize | None:
        """The room a page built now gets: the stack's size once the window is shown
        (before, its layouts have not sized anything yet)."""
        return self.stack.size() if self.isVisible() else None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_paint_done:
            self._first_paint_done = True
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(0, self._after_first_paint)

    def _lay_out_banner(self) -> None:
        """The window's layout done now, with the banner's rows wrapped for its width:
        the stack then has the room a page built next keeps."""
        layout = self.centralWidget().layout()
        layout.invalidate()
        layout.activate()
        if self.reminders.settle_rows():  # wrapped onto more rows: taller
            layout.invalidate()
            layout.activate()

    def _after_first_paint(self) -> None:
        """Build the shown page (the reminders read first) once the window is on screen."""
        self.page(self.current_page())
        self.first_page_ready.emit()

    def _wire(self, key: str, page: QWidget) -> None:
        """Connect a freshly built page to the window."""
        if hasattr(page, "message"):
            page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if key == "konten":
            self._file_menu.insertActions(self._file_separator,
                                          [page.new_action, page.save_action])
            self._edit_menu.addSeparator()
            self._edit_menu.addActions([page.duplicate_action, page.find_action])
        elif key == "kalender":
            page.open_post.connect(self.open_post)
            page.days_changed.connect(self.refresh_reminders)
        elif key == "media":
            page.open_post = self.konten.editor.post  # imports are offered for it
        elif key == "laporan":
            page.open_brand_settings.connect(self.open_brand_settings)
        elif key == "pengaturan":
            page.profile_saved.connect(self._profile_saved)
            page.backups.restoring.connect(self.konten.editor.flush)
            page.backups.restored.connect(self._data_replaced)

    def _sidebar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("Sidebar")
        bar.setFixedWidth(SIDEBAR_WIDTH)
        bar.setProperty("compact", False)
        col = self._sidebar_column = QVBoxLayout(bar)
        col.setContentsMargins(12, 18, 12, 12)
        col.setSpacing(4)
        name = self.app_name = QLabel("Warta")
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
        for i, key in enumerate(self.keys):
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

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.set_compact_sidebar(self.width() < COMPACT_BELOW)

    def set_compact_sidebar(self, compact: bool) -> None:
        """Short labels under the icons in a narrow window, so the pages keep their room:
        the sidebar itself never changes the window's width, so this cannot flap."""
        bar = self.sidebar
        if bar.property("compact") == compact:
            return
        bar.setProperty("compact", compact)
        style = (Qt.ToolButtonStyle.ToolButtonTextUnderIcon if compact
                 else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in self.nav_buttons.values():
            button.setToolButtonStyle(style)
        self.dept_label.setVisible(not compact)
        side = 6 if compact else 12
        self._sidebar_column.setContentsMargins(side, 18, side, 12)
        bar.setStyleSheet(COMPACT_SIDEBAR if compact else "")  # restyles the sidebar
        width = SIDEBAR_WIDTH
        if compact:
            width = 2 * side + max(w.sizeHint().width() for w in
                                   (*self.nav_buttons.values(), self.app_name))
        bar.setFixedWidth(width)

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._file_menu = bar.addMenu(self.tr("&File"))
        self._file_separator = file_menu.addSeparator()  # Konten's actions go above it
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self._edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        help_menu = bar.addMenu(self.tr("&Help"))
        guide = QAction(self.tr("Guide"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("About Warta"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_page(self, key: str) -> None:
        if key == "kalender":  # posts may have changed in Konten since it was last shown
            self.konten.editor.flush()
            if "kalender" in self.pages:  # else it reads them as it is built
                self.kalender.reload()
        self.page(key)
        self.stack.setCurrentWidget(self._hosts[key])
        self.nav_buttons[key].setChecked(True)

    def show_backups(self) -> None:
        """Pengaturan > Cadangan (where a backup is chosen and restored)."""
        self.show_page("pengaturan")
        self.pengaturan.tabs.setCurrentWidget(self.pengaturan.backups)

    def open_settings(self, tab: str) -> None:
        """A message said "… di Pengaturan > Tagar": show that tab. The notifier is
        app-wide, so a window that was closed (its data folder closed too) ignores it."""
        if not self.isVisible():
            return
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
        from core.actions import kalender  # with the Konten use cases: off the first paint

        self._reminders_read = True
        self.reminders.set_reminders(kalender.upcoming_reminders(self.store))

    def _create_commemoration_post(self, mark) -> None:
        from core.actions import kalender

        post = kalender.create_commemoration_post(self.store, mark.ref, mark.date.year)
        self.refresh_reminders()
        self.open_post(post.id)

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(k for k in self.keys if widget in (self._hosts.get(k), self._slots.get(k)))

    def _data_replaced(self) -> None:
        """After a restore every page re-reads the store."""
        self.konten.editor.set_post(None)
        self.konten.reload()
        for key in ("kalender", COORDINATOR_PAGE, "media", "laporan"):  # a page not built
            if key in self.pages:  # yet reads the store when it is shown
                self.pages[key].reload()
        self.refresh_reminders()
        profile = load_profile(self.store)
        if "pengaturan" in self.pages:
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

    def show_guide(self) -> None:
        """Bantuan > Panduan (F1): the offline guide to the weekly job."""
        from gui.guide import GuideDialog

        if self._guide is None:
            self._guide = GuideDialog(self)
        if self._guide.isVisible():
            self._guide.raise_()  # already open behind the window: bring it forward
        else:
            self._guide.show()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Warta"), self.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        if "media" in self.pages:
            self.media.flush()
        if "konten" in self.pages and not self.konten.editor.flush():
            answer = QMessageBox.warning(
                self, self.tr("Not saved"),
                self.tr("The last changes could not be saved. Close anyway and lose them?"),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        event.accept()
