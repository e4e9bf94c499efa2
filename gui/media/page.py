"""Media page: the photo library and branding.

Left: filters (search, month, post, "belum dipakai"). Centre: the thumbnail grid
(multi-select, keyboard, Delete with undo, drop files and folders to import). Right:
"Merek" (template, formats, title/date/location from the post, live preview with safe
area and focus by click, "Ekspor") and "Detail" (date taken, size, credit, alt text,
minors/consent flags, autosaved). Shortcuts: Ctrl+I import, Delete, Ctrl+E export.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import paths, posts, settings
from core.actions import media as actions
from core.indonesian import format_month, format_number
from core.long_paths import cap_folder_name
from core.media_delete import purge_unreferenced_files
from core.media_export import ExportRequest
from core.media_files import path_of
from core.media_import import ImportReport
from core.media_names import post_folder_name
from core.media_queries import (
    PhotoFilter,
    count_photos,
    list_photos,
    photo_months,
    posts_using,
    use_counts,
)
from core.model import Photo, Post
from core.photos import needs_consent
from core.post_branding import get_branding
from core.post_photos import get_focus
from core.profile import load_profile
from core.store import Store
from gui.media.brand_export import export_with_progress
from gui.media.brand_panel import BrandPanel
from gui.media.media_import import choose_files, import_with_progress
from gui.media.post_picker import PostPickerDialog, post_label
from widgets.media_commands import AttachPhotosCommand, DeletePhotosCommand, media_events
from widgets.photo_details import PhotoDetails
from widgets.reflow import Arrangements, narrowest_hint
from widgets.shortcuts import add_shortcut
from widgets.thumbnail_grid import ThumbnailGrid


class PostFilterList(QListWidget):
    """Posts to filter by, "Semua foto" first; a list fits many posts in the tall panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setStyleSheet("QListWidget::item:selected { background: #E3F1EB; color: #085A40;"
                           " font-weight: 600; }")

    def add(self, text: str, post_id: int | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, post_id)
        item.setToolTip(text)
        self.addItem(item)

    def currentData(self) -> int | None:  # noqa: N802 - mirrors QComboBox
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def findData(self, post_id: int | None) -> int:  # noqa: N802
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == post_id:
                return row
        return -1


FILTERS_WIDTH, FILTERS_MAX_WIDTH = 180, 260  # the filter column
SIDE_WIDTH = 400  # Merek and Detail
GRID_FRAME = 24  # the grid's frame and scroll bar
QWIDGETSIZE_MAX = (1 << 24) - 1


class MediaPage(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("media_page")
        self.store = store
        self.undo_stack = undo_stack
        self._post: Post | None = None
        # The post open in the Konten editor (set by the main window): photos imported
        # here are offered for it.
        self.open_post: Callable[[], Post | None] = lambda: None
        self._folders: dict[int | None, Path] = {}  # chosen export folders this session
        with contextlib.suppress(OSError):
            purge_unreferenced_files(store)  # files deleted last session (undo window)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._deferred_reload)
        self._build()
        self._make_actions()
        self._stale = False
        media_events().library_changed.connect(self._schedule_reload)
        media_events().post_photos_changed.connect(self._post_photos_changed)
        self.reload_posts()
        self.reload()

    # ---- layout
    def _build(self) -> None:
        title = QLabel(self.tr("Media"))
        title.setObjectName("PageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        self.import_button = QPushButton(self.tr("Import photos…"))
        self.import_button.setObjectName("Primary")
        self.import_button.setToolTip(self.tr("Import photos or a folder (Ctrl+I); you can "
                                              "also drop them on the grid"))
        self.import_button.clicked.connect(self.import_dialog)
        self.attach_button = QPushButton(self.tr("Attach to post…"))
        self.attach_button.setObjectName("media_attach")
        self.attach_button.setToolTip(self.tr("Add the selected photos to a post, in order"))
        self.attach_button.clicked.connect(self.attach_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.setToolTip(self.tr("Delete the selected photos from the library "
                                              "(Delete); undo with Ctrl+Z"))
        self.delete_button.clicked.connect(self.delete_selected)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.delete_button)
        header.addWidget(self.attach_button)
        header.addWidget(self.import_button)

        self.grid = ThumbnailGrid(icon_size=108)
        self.grid.empty_text = self.tr(
            "No photos here yet.\n\nDrop photos or a folder here, or click \"Import "
            "photos…\" (Ctrl+I). Originals are copied into Warta, so nothing is lost when "
            "the flash drive is gone.")
        self.grid.selection_changed.connect(self._selection_changed)
        self.grid.delete_requested.connect(self.delete_selected)
        self.grid.files_dropped.connect(self.import_paths)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        self.brand = BrandPanel(self.store)
        self.brand.export_requested.connect(self.export_selected)
        self.brand.focus_changed.connect(self._focus_changed)
        self.brand.folder_change_requested.connect(self.choose_folder)
        self.brand.choice_changed.connect(self._update_folder)
        self.details = PhotoDetails(self.store)
        self.details.saved.connect(self._details_saved)
        self.side = QTabWidget()
        self.side.setObjectName("media_side_tabs")
        self.side.addTab(self.brand, self.tr("Branding"))
        self.side.addTab(self.details, self.tr("Details"))
        self.brand.setMinimumWidth(SIDE_WIDTH)  # the pages, not the tabs: the tabs then
        # grow with the filters when they are a tab too
        self.filters = self._filters()
        # two thumbnails a row at least, so the grid is never a sliver
        self.grid.setMinimumWidth(2 * self.grid.gridSize().width() + GRID_FRAME)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("media_splitter")
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.side)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 400, 500])

        col = QVBoxLayout(self)
        col.setContentsMargins(20, 16, 20, 12)
        col.setSpacing(10)
        col.addLayout(header)
        col.addWidget(self.splitter, 1)
        # narrow (1366x768 at 125 or 150 %): the filters become a tab beside Merek
        self.arrangements = Arrangements(self, [self._columns_need], self._arrange)

    # ---- reflow -----------------------------------------------------------------------
    def _outside(self) -> int:
        margins = self.layout().contentsMargins()
        return margins.left() + margins.right() + self.splitter.handleWidth()

    def _columns_need(self) -> int:
        return (self._outside() + FILTERS_WIDTH + self.splitter.handleWidth()
                + self.grid.minimumWidth() + self._side_need())

    def _side_need(self) -> int:
        pages = (self.side.widget(i) for i in range(self.side.count()))
        return max(max(p.minimumWidth(), p.minimumSizeHint().width()) for p in pages) + 8

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        tabbed = self._outside() + self.grid.minimumWidth() + max(
            self._side_need(), FILTERS_WIDTH + 8)
        header = self.layout().itemAt(0).minimumSize().width() + self._outside()
        return narrowest_hint(super().minimumSizeHint(), max(tabbed, header))

    def filters_are_a_tab(self) -> bool:
        return self.side.indexOf(self.filters) >= 0

    def _arrange(self, index: int) -> None:
        if index == 1 and not self.filters_are_a_tab():
            self.filters.setMaximumWidth(QWIDGETSIZE_MAX)
            self.side.addTab(self.filters, self.tr("Filter"))
        elif index == 0 and self.filters_are_a_tab():
            self.side.removeTab(self.side.indexOf(self.filters))
            self.filters.setMaximumWidth(FILTERS_MAX_WIDTH)
            self.splitter.insertWidget(0, self.filters)
            self.filters.show()
            self.splitter.setSizes([200, 400, 500])

    def _filters(self) -> QWidget:
        box = QFrame()
        box.setObjectName("Card")
        box.setMinimumWidth(FILTERS_WIDTH)
        box.setMaximumWidth(FILTERS_MAX_WIDTH)
        self.search = QLineEdit()
        self.search.setObjectName("media_search")
        self.search.setPlaceholderText(self.tr("Search name, credit…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._deferred_reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.month = QComboBox()
        self.month.setObjectName("media_month")
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.post_filter = PostFilterList()
        self.post_filter.setObjectName("media_post")
        self.post_filter.currentRowChanged.connect(lambda _i: self._post_filter_changed())
        self.unused = QCheckBox(self.tr("Not used yet"))
        self.unused.setObjectName("media_unused")
        self.unused.toggled.connect(lambda _on: self.reload())
        hint = QLabel(self.tr("Drop photos or folders on the grid to import them. A red "
                              "\"Anak\" badge: minors without recorded consent."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        col = QVBoxLayout(box)
        col.setContentsMargins(10, 10, 10, 10)
        col.setSpacing(6)
        for label, widget in ((self.tr("Search"), self.search), (self.tr("Month"), self.month)):
            caption = QLabel(label)
            caption.setObjectName("Muted")
            col.addWidget(caption)
            col.addWidget(widget)
        col.addWidget(self.unused)
        caption = QLabel(self.tr("Post"))
        caption.setObjectName("Muted")
        col.addWidget(caption)
        col.addWidget(self.post_filter, 1)
        col.addWidget(hint)
        return box

    def _make_actions(self) -> None:
        window = Qt.ShortcutContext.WindowShortcut  # only while shown
        self.import_action = add_shortcut(self, self.tr("Import photos"), "Ctrl+I",
                                          self.import_dialog, window)
        self.export_action = add_shortcut(self, self.tr("Export"), "Ctrl+E",
                                          self.export_selected, window)

    # ---- data
    def _schedule_reload(self) -> None:
        """Follow changes made elsewhere (undo, a post's photo strip); a hidden page only
        notes it and reloads when shown."""
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def _post_photos_changed(self, _post_id: int) -> None:
        self._schedule_reload()

    def _deferred_reload(self) -> None:
        with contextlib.suppress(sqlite3.ProgrammingError):  # store closed: shutting down
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload_posts()
        self.brand.set_profile(load_profile(self.store))
        if self._stale:
            self._stale = False
            self.reload()

    def reload_posts(self) -> None:
        current = self.post_filter.currentData()
        self.post_filter.blockSignals(True)
        self.post_filter.clear()
        self.post_filter.add(self.tr("All photos"), None)
        for post in posts.list_posts(self.store):
            self.post_filter.add(post_label(post), post.id)
        index = self.post_filter.findData(current) if current is not None else 0
        self.post_filter.setCurrentRow(max(0, index))
        self.post_filter.blockSignals(False)
        if current is not None and index < 0:
            self._post_filter_changed()

    def show_post(self, post_id: int | None) -> None:
        """Filter the library to one post's photos (None: all photos)."""
        self.post_filter.setCurrentRow(max(0, self.post_filter.findData(post_id)))

    def _reload_months(self) -> None:
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("All months"), None)
        for m in photo_months(self.store):
            year, month = (int(x) for x in m.split("-"))
            self.month.addItem(format_month(year, month), m)
        self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)

    def current_filter(self) -> PhotoFilter:
        return PhotoFilter(search=self.search.text(), month=self.month.currentData(),
                                 post_id=self.post_filter.currentData(),
                                 unused=self.unused.isChecked())

    def reload(self) -> None:
        self._reload_months()
        photos = list_photos(self.store, self.current_filter())
        self.grid.set_photos(photos, use_counts(self.store))
        total = count_photos(self.store)
        shown = len(photos)
        text = self.tr("%1 photos").replace("%1", format_number(total))
        if shown != total:
            text = self.tr("%1 of %2 photos").replace("%1", format_number(shown)).replace(
                "%2", format_number(total))
        self.count_label.setText(text)  # set_photos above re-emitted the selection

    def _post_filter_changed(self) -> None:
        self.reload()
        post_id = self.post_filter.currentData()
        if post_id is not None:
            self.grid.select_ids([p.id for p in self.grid.thumbs.photos()][:1])
        self._update_context()

    # ---- selection -> details and branding
    def _selection_changed(self, photos: list[Photo]) -> None:
        self.details.set_photos(photos)
        has = bool(photos)
        self.delete_button.setEnabled(has)
        self.attach_button.setEnabled(has)
        self.brand.set_export_count(len(photos))
        warn = any(needs_consent(p) for p in photos)
        self.side.setTabText(1, self.tr("Details") + (" ⚠" if warn else ""))
        self._update_context()
        self._show_current()

    def current_photo(self) -> Photo | None:
        photo = self.grid.thumbs.photo(self.grid.currentIndex().row())
        selected = self.grid.selected_photos()
        if photo is not None and any(p.id == photo.id for p in selected):
            return photo
        return selected[0] if selected else None

    def context_post(self) -> Post | None:
        """The post the branding fields come from: the post filter, else the first post
        that uses the current photo."""
        post_id = self.post_filter.currentData()
        if post_id is None:
            photo = self.current_photo()
            if photo is not None and photo.id is not None:
                users = posts_using(self.store, [photo.id]).get(photo.id, [])
                post_id = users[0][0] if users else None
        return posts.get_post(self.store, post_id) if post_id is not None else None

    def _update_context(self) -> None:
        post = self.context_post()
        if (post.id if post else None) != (self._post.id if self._post else None):
            self._post = post
            self.brand.set_post(post)
            if post is not None:
                self.brand.apply_choice(get_branding(self.store, post.id))
        self._update_folder()

    def _show_current(self) -> None:
        photo = self.current_photo()
        if photo is None or photo.id is None:
            self.brand.set_photo(None)
            return
        post_id = self._post.id if self._post else None
        focus = get_focus(self.store, photo.id, post_id)
        self.brand.set_photo(path_of(photo), focus)

    def _focus_changed(self, fx: float, fy: float) -> None:
        photo = self.current_photo()
        if photo is not None and photo.id is not None:
            actions.set_focus(self.store, photo.id, (fx, fy),
                            self._post.id if self._post else None)

    def _details_saved(self, photos: list[Photo]) -> None:
        for photo in photos:
            self.grid.thumbs.update_photo(photo)
        warn = any(needs_consent(p) for p in photos)
        self.side.setTabText(1, self.tr("Details") + (" ⚠" if warn else ""))

    # ---- import
    def import_dialog(self) -> None:
        files = choose_files(self)
        if files:
            self.import_paths(files)

    def import_paths(self, items: list[str]) -> ImportReport | None:
        report = import_with_progress(self, self.store, items)
        if report is None:
            return None
        self.reload()
        ids = [p.id for p in report.photos if p.id is not None]
        self.grid.select_ids(ids)
        self.message.emit(report.summary())
        self._offer_for_open_post(ids)
        return report

    def _offer_for_open_post(self, ids: list[int]) -> None:
        """Photos imported while a post is open in Konten: offer them for that post, in
        the order they were imported."""
        post = self.open_post()
        if post is None or post.id is None:
            return
        new = actions.new_for_post(self.store, post.id, ids)
        if not new:
            return
        answer = QMessageBox.question(
            self, self.tr("Add to the open post?"),
            self.tr("Add the %1 imported photos to \"%2\", the post open in Konten?")
            .replace("%1", str(len(new))).replace("%2", post_label(post)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.attach_to(post.id, new)

    # ---- delete, attach
    def delete_selected(self) -> None:
        photos = self.grid.selected_photos()
        ids = [p.id for p in photos if p.id is not None]
        if not ids:
            return
        self.details.flush()
        used = posts_using(self.store, ids)
        force = False
        if used:
            titles = sorted({t for users in used.values() for _, t in users})
            answer = QMessageBox.question(
                self, self.tr("Delete photos"),
                self.tr("%1 of the selected photos are used in: %2.\n\nDelete them from the "
                        "library and from those posts? You can undo with Ctrl+Z.")
                .replace("%1", str(len(used))).replace("%2", ", ".join(titles[:5])),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        self.undo_stack.push(DeletePhotosCommand(
            self.store, ids, force=force,
            text=self.tr("Delete %1 photos").replace("%1", str(len(ids)))))
        self.reload()
        self.message.emit(self.tr("%1 photos deleted. Press Ctrl+Z to undo.")
                          .replace("%1", str(len(ids))))

    def attach_selected(self) -> None:
        ids = [p.id for p in self.grid.chosen_photos() if p.id is not None]
        if not ids:
            return
        post_id, ok = PostPickerDialog.get_post(self.store, parent=self)
        if ok and post_id is not None:
            self.attach_to(post_id, ids)

    def attach_to(self, post_id: int, ids: list[int]) -> None:
        post = posts.get_post(self.store, post_id)
        title = post.title if post else ""
        self.undo_stack.push(AttachPhotosCommand(
            self.store, post_id, ids, None,
            self.tr("Attach %1 photos").replace("%1", str(len(ids)))))
        self.reload()
        self.message.emit(self.tr("%1 photos attached to \"%2\".").replace(
            "%1", str(len(ids))).replace("%2", title))

    # ---- export
    def export_folder(self) -> Path:
        post = self._post
        key = post.id if post else None
        if key in self._folders:
            return self._folders[key]
        if post is not None:
            choice = get_branding(self.store, post.id)
            if choice is not None and choice.export_dir:
                return Path(choice.export_dir)
        fields = self.brand.fields()
        name = post_folder_name(post, fields["title"], self.brand.activity_date())
        root = paths.export_root(settings.get(self.store, "export_folder"))
        return root / cap_folder_name(root, name)

    def _update_folder(self) -> None:
        self.brand.set_folder(self.export_folder())

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"),
                                                  str(self.export_folder()))
        if not folder:
            return
        key = self._post.id if self._post else None
        self._folders[key] = Path(folder)
        if self._post is not None:
            actions.save_brand_choice(self.store, self._post.id, self.brand.choice(folder))
        self._update_folder()

    def export_selected(self):
        photos = self.grid.selected_photos()
        if not photos and self.post_filter.currentData() is not None:
            photos = self.grid.thumbs.photos()
        if not photos:
            self.message.emit(self.tr("Select the photos to export first."))
            return None
        if self.brand.kit is None or not self.brand.formats():
            self.message.emit(self.tr("Choose a template and at least one format."))
            return None
        minors = [p for p in photos if needs_consent(p)]
        if minors:
            answer = QMessageBox.warning(
                self, self.tr("Photos of minors"),
                self.tr("%1 of these photos show minors and no consent is recorded. "
                        "Export them anyway?").replace("%1", str(len(minors))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self.details.flush()
        post = self._post
        post_id = post.id if post else None
        folder = self.export_folder()
        choice = None
        if post is not None:
            stored = get_branding(self.store, post.id)
            choice = self.brand.choice(stored.export_dir if stored else "")
        items = actions.export_items(self.store, photos, post_id)
        request = ExportRequest(self.brand.kit, self.brand.template_id(), self.brand.formats(),
                                self.brand.fields(), folder, items, post_id,
                                settings.get(self.store, "jpeg_quality"))
        result = export_with_progress(self, self.store, request, choice)
        if result is not None:
            self.message.emit(result.summary())
        return result

    def flush(self) -> bool:
        return self.details.flush()
