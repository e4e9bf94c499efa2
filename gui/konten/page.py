"""Konten page: the list of posts on the left, the editor on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import post_listing, posts
from core.actions import konten
from core.indonesian import format_month
from core.model import Post, Status
from core.store import Store
from gui.konten.check_panel import CheckPanel
from gui.konten.commands import CreatePostCommand, DeletePostCommand, ImportNarasiCommand
from gui.konten.narasi import NarasiImporter
from gui.konten.post_editor import FORM_LEAST, SIDE_WIDTH, PostEditor
from widgets.packet_drop import dropped_packets
from widgets.post_list import PostDelegate, PostListModel
from widgets.reflow import Arrangements, narrowest_hint
from widgets.shortcuts import add_shortcut

MARGIN = 20  # the page's left and right margins
LIST_WIDTH = 280  # the list column's least width
# Less than the form and the preview beside the list ever need: a page narrower than this
# is surely tabbed (the form a tab beside the preview) or narrower still.
LEAST_WIDE_NEED = 2 * MARGIN + LIST_WIDTH + FORM_LEAST + SIDE_WIDTH


class KontenPage(QWidget):
    """Search, filter, create, duplicate and delete posts; edit the selected one."""

    message = Signal(str)  # for the status bar
    FOLLOW_MS = 250  # while searching, the editor follows the list's selection this late

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self._build()
        self._make_actions()
        self.reload()
        self._arrange_for_room()

    # ---- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Konten"))
        title.setObjectName("PageTitle")
        self.new_button = QPushButton(self.tr("New post"))
        self.new_button.setObjectName("Primary")
        self.new_button.setToolTip(self.tr("New post (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_post)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Duplicate the selected post (Ctrl+D)"))
        self.duplicate_button.clicked.connect(self.duplicate_post)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.setToolTip(
            self.tr("Delete the selected post (Delete); undo with Ctrl+Z"))
        self.delete_button.clicked.connect(self.delete_post)
        self.narasi_importer = NarasiImporter(self.store, self)
        self.narasi_button = QPushButton(self.tr("Import Paket Narasi…"))
        self.narasi_button.setObjectName("narasi_import")
        self.narasi_button.setToolTip(self.tr("A campaign from Diskominfo (.warta) becomes a "
                                              "pre-filled post; you can also drop the file here"))
        self.narasi_button.clicked.connect(self.import_narasi)
        self.setAcceptDrops(True)
        self.list_toggle = QPushButton(self.tr("Post list"))  # narrow layout only
        self.list_toggle.setObjectName("konten_list_toggle")
        self.list_toggle.setCheckable(True)
        self.list_toggle.setToolTip(self.tr("Show the list of posts to choose another one"))
        self.list_toggle.toggled.connect(self._show_list)
        self.list_toggle.hide()
        header = self.header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.list_toggle)
        header.addStretch(1)
        header.addWidget(self.narasi_button)
        header.addWidget(self.duplicate_button)
        header.addWidget(self.delete_button)
        header.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setObjectName("konten_search")
        self.search.setPlaceholderText(self.tr("Search title, activity, location, caption…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.search_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.textChanged.connect(self._warm_search)
        self.search.installEventFilter(self)
        self._typing = False
        self._months: list[str] | None = None
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(self.FOLLOW_MS)
        self._follow_timer.timeout.connect(self.follow_selection)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("konten_status")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for st in Status:
            self.status_filter.addItem(st.value, st)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.month_filter = QComboBox()
        self.month_filter.setObjectName("konten_month")
        self.month_filter.currentIndexChanged.connect(self.reload)
        self.sort_button = QToolButton()
        self.sort_button.setObjectName("konten_sort")
        self.sort_button.setCheckable(True)
        self.sort_button.setChecked(True)
        self.sort_button.toggled.connect(self._sort_changed)
        self._sort_changed(True)

        search_row = QHBoxLayout()  # two short rows: the filters read whole in a
        search_row.setSpacing(6)  # narrow column ("Semua status", not "Semua st")
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.sort_button)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.month_filter, 1)

        self.model = PostListModel(self)
        self.list = QListView()
        self.list.setObjectName("konten_list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(PostDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.clicked.connect(self._post_chosen)
        self.list.activated.connect(self._post_chosen)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")

        # made top-down, each part inside its container: a part made alone and then put
        # in has its whole tree's style sheet and font worked out again, at every level
        splitter = self.splitter = QSplitter(self)
        left = self.left = QWidget(splitter)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.setSpacing(8)
        lcol.addLayout(search_row)
        lcol.addLayout(filters)
        lcol.addWidget(self.list, 1)
        lcol.addWidget(self.count_label)

        self.right = QStackedWidget(splitter)
        tabbed = self._surely_narrow()
        self.editor = PostEditor(self.store, self.right, tabbed=tabbed)
        self.editor.saved.connect(self.model.replace_post)
        self.editor.message.connect(self.message)
        self.checks = CheckPanel(self.store, self.editor, self.undo_stack, page=self)
        self.checks.message.connect(self.message)
        self.editor.save_failed.connect(lambda msg: self.message.emit(
            self.tr("Could not save: %1. Your text is kept; Warta will retry.").replace("%1", msg)))
        self.empty = QLabel(self.tr(
            "No post selected.\n\nClick \"New post\" (Ctrl+N) to start writing, "
            "or choose a post from the list."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)

        splitter.setObjectName("konten_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 800])
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(LIST_WIDTH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 16, MARGIN, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        # narrower: the preview becomes a tab beside the form (1366x768 at 125 %), then
        # the list and the editor take turns, "Daftar konten" switches (at 150 %)
        self.arrangements = Arrangements(
            self, [self._wide_need, self._tabbed_need], self._arrange)
        if tabbed:
            self.arrangements.current = 1  # as built; the first settle checks it

    # ---- reflow -----------------------------------------------------------------------
    def _surely_narrow(self) -> bool:
        """Whether the window shown (at start-up) has less room for the page than the
        wide arrangement could ever need: then the form is made as a tab at once. Moved
        into the tab after the first show, the whole form had its style and fonts worked
        out again (~30 ms of the start at 125 or 150 %). Only a guess before anything is
        measured; the first settle (Arrangements) still picks by the real widths."""
        room = getattr(self.window(), "page_room", None)
        size = room() if callable(room) else None
        return size is not None and size.width() < LEAST_WIDE_NEED

    def _arrange_for_room(self) -> None:
        """At start-up (the window shown, this page built in it): take the arrangement the
        room calls for before the page is first shown. Settled only after the show, a
        narrow window (150 %) had the list and the editor laid out and painted side by
        side, then again one at a time. The first settle still checks the real widths."""
        room = getattr(self.window(), "page_room", None)
        size = room() if callable(room) else None
        if size is None:
            return
        self.ensurePolished()  # the needs are the sizes the style sheet's fonts give
        index = self.arrangements.fitting(size.width(), hysteresis=False)
        if index != self.arrangements.current:
            self.arrangements.current = index
            self._arrange(index)

    def _margins(self) -> int:
        margins = self.layout().contentsMargins()
        return margins.left() + margins.right()

    def _list_need(self) -> int:
        return max(self.left.minimumWidth(), self.left.minimumSizeHint().width())

    def _beside_list(self, editor_need: int) -> int:
        return (self._margins() + self._list_need() + self.splitter.handleWidth()
                + editor_need)

    def _wide_need(self) -> int:
        return self._beside_list(self.editor.side_by_side_need())

    def _tabbed_need(self) -> int:
        return self._beside_list(self.editor.tabbed_need())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        one_at_a_time = max(self.header.minimumSize().width(), self._list_need(),
                            self.editor.tabbed_need())
        return narrowest_hint(super().minimumSizeHint(), one_at_a_time + self._margins())

    def is_one_at_a_time(self) -> bool:
        """Narrow layout: the list or the editor is shown, never both."""
        return not self.list_toggle.isHidden()

    def _arrange(self, index: int) -> None:
        self.editor.set_tabbed(index > 0)
        self.list_toggle.setVisible(index == 2)
        if index == 2:
            self._show_list(self.list_toggle.isChecked())
            return
        self.left.show()
        self.right.show()
        if index == 0:  # the list gives up its extra width before the preview goes
            room = self.width() - self._margins() - self.splitter.handleWidth()  # the
            # splitter's new width: the page is resized before its layout is
            editor = self.editor.side_by_side_need()
            wide = max(self._list_need(), min(self.left.width(), room - editor))
            self.splitter.setSizes([wide, room - wide])

    def _show_list(self, shown: bool) -> None:
        if self.is_one_at_a_time():
            self.left.setVisible(shown)
            self.right.setVisible(not shown)

    def _post_chosen(self, _index=None) -> None:
        """A post was clicked in the list: in the narrow layout, show it in the editor."""
        self.show_editor()

    def show_editor(self) -> None:
        self.list_toggle.setChecked(False)

    def _make_actions(self) -> None:
        self.new_action = add_shortcut(self, self.tr("New post"), QKeySequence.StandardKey.New,
                                       self.new_post)
        self.duplicate_action = add_shortcut(self, self.tr("Duplicate"), "Ctrl+D",
                                             self.duplicate_post)
        self.find_action = add_shortcut(self, self.tr("Search"), QKeySequence.StandardKey.Find,
                                        self._focus_search)
        self.save_action = add_shortcut(self, self.tr("Save now"), QKeySequence.StandardKey.Save,
                                        self.editor.flush)
        self.delete_action = QAction(self.tr("Delete"), self.list)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_post)
        self.list.addAction(self.delete_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self._warm_search()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Leaving the page (or closing Warta): the editor catches up with the list."""
        self._settle()
        super().hideEvent(event)

    def _warm_search(self) -> None:
        """Read the search text when the PIC is about to search, not at start-up."""
        if not post_listing.search_ready(self.store):
            post_listing.warm_search(self.store)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _sort_changed(self, newest_first: bool) -> None:
        self.sort_button.setText(self.tr("Newest") if newest_first else self.tr("Oldest"))
        self.sort_button.setToolTip(self.tr("Sort by activity date"))
        if hasattr(self, "model"):
            self.reload()

    # ---- data -------------------------------------------------------------------------
    def current_filter(self) -> posts.PostFilter:
        return posts.PostFilter(
            search=self.search.text(),
            status=self.status_filter.currentData(),
            month=self.month_filter.currentData(),
            newest_first=self.sort_button.isChecked(),
        )

    def _refresh_months(self, months: list[str]) -> None:
        if months == self._months:
            return
        self._months = months
        current = self.month_filter.currentData()
        self.month_filter.blockSignals(True)
        self.month_filter.clear()
        self.month_filter.addItem(self.tr("All months"), None)
        for month in months:
            year, mon = (int(x) for x in month.split("-"))
            self.month_filter.addItem(format_month(year, mon), month)
        idx = self.month_filter.findData(current)
        self.month_filter.setCurrentIndex(max(0, idx))
        self.month_filter.blockSignals(False)

    def search_changed(self) -> None:
        """The search after a pause in typing: the list follows at once; the editor
        follows the selection FOLLOW_MS later, so a keystroke that moves the selection
        costs a filter and a list update, not also loading a post the PIC typed past."""
        self._typing = True
        try:
            self.reload()
        finally:
            self._typing = False

    def follow_selection(self) -> None:
        """Show the selected post in the editor now, if it is still waiting to."""
        self._follow_timer.stop()
        post_id = self.selected_id()
        if post_id != (self.editor.post().id if self.editor.post() else None):
            self._show(post_id)

    def _settle(self) -> None:
        """Before acting on the editor's post: the editor shows the selected post."""
        if self._follow_timer.isActive():
            self.follow_selection()

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the list with the current filters, keeping (or moving) the selection.
        Only the ids are read; a row's post is read when the list shows it."""
        self.editor.flush()
        keep = select_id if select_id is not None else self.selected_id()
        found = post_listing.listing(self.store)  # one look at the database
        self._refresh_months(found.month_list())
        ids = post_listing.search_ids(self.store, self.current_filter(), found)
        self.model.set_ids(ids, self._rows)
        self.count_label.setText(self.tr("%1 of %2 posts").replace("%1", str(len(ids)))
                                 .replace("%2", str(len(found.ids))))
        row = self.model.row_of(keep)
        if row < 0 and select_id is None and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self._follow_timer.stop()
            self._show(None)
        self._update_buttons()

    def _rows(self, ids):
        return post_listing.rows_for(self.store, ids)

    def open_post(self, post_id: int) -> None:
        """Select `post_id` with every filter cleared, so it is surely in the list."""
        self.editor.flush()
        for combo in (self.status_filter, self.month_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload(select_id=post_id)
        self.show_editor()

    def selected_id(self) -> int | None:
        return self.model.id_at(self.list.currentIndex().row())

    def _current_changed(self, current, _previous) -> None:
        if self._typing:
            self._follow_timer.start()
            return
        self._follow_timer.stop()
        self._show(self.model.id_at(current.row()))

    def _show(self, post_id: int | None) -> None:
        """The editor on `post_id` as stored now (the list's row may be older)."""
        fresh = posts.get_post(self.store, post_id) if post_id else None
        self.editor.set_post(fresh)
        self.right.setCurrentWidget(self.editor if fresh else self.empty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.editor.post() is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _after_undo(self, post_id: int | None) -> None:
        self.reload(select_id=post_id)

    # ---- actions ----------------------------------------------------------------------
    def new_post(self) -> None:
        self._settle()
        self.editor.flush()
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.month_filter.setCurrentIndex(0)
        # the department's own tags and the usual platforms, as `main.py add` does
        post = konten.create_post(self.store, Post(activity_date=dt.date.today())).post
        self.undo_stack.push(CreatePostCommand(self.store, post.id, self.tr("New post"),
                                               self._after_undo))
        self.show_editor()
        self.editor.title.setFocus()
        self.message.emit(self.tr("New post created. Type a title to begin."))

    def duplicate_post(self) -> None:
        self._settle()
        post_id = self.selected_id()
        if post_id is None:
            return
        self.editor.flush()
        copy = konten.duplicate_post(self.store, post_id, title_suffix=self.tr(" (copy)"))
        self.undo_stack.push(CreatePostCommand(self.store, copy.id, self.tr("Duplicate"),
                                               self._after_undo))
        self.message.emit(self.tr("Post duplicated as a new draft."))

    def delete_post(self) -> None:
        self._settle()
        post = self.editor.post()
        if post is None:
            return
        self.editor.flush()
        row = self.list.currentIndex().row()
        self.undo_stack.push(DeletePostCommand(self.store, post.id, self.tr("Delete post"),
                                               self._after_undo))
        if self.model.rowCount():  # select the neighbour so the keyboard flow continues
            row = min(row, self.model.rowCount() - 1)
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.message.emit(self.tr("\"%1\" deleted. Press Ctrl+Z to undo.")
                          .replace("%1", post.title or self.tr("(untitled)")))

    # ---- Paket narasi -------------------------------------------------------------------
    def import_narasi(self, path=None) -> Post | None:
        """A campaign from Diskominfo as a new post, selected and undoable (Ctrl+Z)."""
        path = path or self.narasi_importer.choose()
        if path is None:
            return None
        self.editor.flush()
        result = self.narasi_importer.import_packet(path)
        if result is None:
            return None
        post = result.post
        self.undo_stack.push(ImportNarasiCommand(self.store, result,
                                                 self.tr("Import Paket Narasi"),
                                                 self._after_undo))
        self.open_post(post.id)
        self.message.emit(self.tr("Post made from the campaign “%1”. Adapt it; the checks run "
                                  "as usual.").replace("%1", post.campaign_title))
        return post

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and dropped_packets(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        packets = dropped_packets(event.mimeData().urls())
        if packets:
            event.acceptProposedAction()
            from core.rekap.narasi_paket import FORMAT as NARASI_FORMAT
            from core.rekap.wadah import misdirected

            for path in packets:
                elsewhere = misdirected(path, NARASI_FORMAT)
                if elsewhere:
                    self.message.emit(elsewhere)
                else:
                    self.import_narasi(path)
