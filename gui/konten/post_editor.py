"""The post editor: every field of a Konten, its platform versions and previews, autosaved.

Layout: a splitter with the form on the left (in a scroll area: details and target
platforms, the main caption with live counters, hashtags, collaborators and "Pakai
templat", the platform versions, notes) and a side panel on the right whose first tab is
the preview ("Pratinjau"); `add_side_panel()` adds more tabs (the checks). Where the two
columns do not fit (1366x768 at 125 %), the form becomes the first tab, "Sunting".

Autosave: each edit (any field, any platform version) restarts a timer (setting
`autosave_ms`, one second by default); when it fires the post and its variants are
written by the use case core.actions.konten.save_post (one transaction, SQLite WAL), so
a killed process loses at most that last second. Switching posts or closing the window
flushes first. Derived variants are stored too, so the report and the CLI see them.

"Pakai templat" asks before it replaces a caption the PIC has typed, and selects the
first "[isi ...]" field it left, so typing fills it in.

The current platform (chosen in the counters, the version tabs or the preview tabs) is
the same everywhere: its feed cut is marked in the main caption. Each counter pill shows
the count of that platform's version (tags and mentions included), the number its tab,
its preview and Cek show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import accounts as accounts_store
from core import hashtag_sets, posts, settings
from core.actions import konten
from core.captions.templates import (
    CaptionTemplate,
    fill_template,
    find_placeholders,
    load_templates,
)
from core.captions.variants import sync_variants
from core.date_range import MAX_DATE, MIN_DATE
from core.model import Account, Category, Post, Profile, Status
from core.platforms import collaborator_cap
from core.profile import load_profile
from core.store import Store
from gui.konten.narasi import CampaignLabel
from gui.konten.post_photos import PostPhotosCard
from gui.konten.variants_panel import VariantsPanel
from widgets.caption_editor import CaptionEditor
from widgets.collaborator_picker import CollaboratorPicker
from widgets.hashtag_field import HashtagField
from widgets.platform_counters import PlatformCounters
from widgets.platform_toggles import PlatformToggles
from widgets.preview_photo import PreviewPhotoFeeder
from widgets.previews import PostPreview
from widgets.reflow import VerticalScroll
from widgets.shortcuts import add_shortcut
from widgets.text_positions import PositionMap

DERIVE_MS = 150  # platform versions follow the main caption this long after typing
TAB_FRAME = 8  # what a tab widget's frame adds around its page
SIDE_WIDTH = 300  # the preview column's least width: the phone-like mockups read well
FORM_LEAST = 320  # less than the form ever needs (~410 px): for a guess made before it is
# built (KontenPage), never to size anything


class PlainTextEdit(QPlainTextEdit):
    """A plain-text box that pastes as plain text (no fonts or colours from Word)."""

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            self.insertPlainText(source.text())


class PostEditor(QWidget):
    """Edits one post; emits `saved(post)` after each autosave."""

    saved = Signal(object)
    save_failed = Signal(str)
    message = Signal(str)  # short notes for the status bar
    content_changed = Signal()  # any text the checks look at changed (not debounced)
    current_platform_changed = Signal(str)
    post_changed = Signal(object)  # another post (or None) is shown

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 tabbed: bool = False) -> None:
        """`tabbed`: the form starts as a tab (a window already known to be narrow)."""
        super().__init__(parent)
        self.store = store
        self._post: Post | None = None
        self._dirty = False
        self._profile = Profile()
        self._accounts: list[Account] = []
        self._ctx = settings.load_context(store)
        self._caps: dict[str, int | None] = dict(self._ctx.hashtag_caps)
        self._current_platform: str | None = None
        self._shown_status: Status | None = None
        self._directory: tuple | None = None  # (profile, accounts, settings, tag sets) applied
        self._status_guard: Callable[[Status | None, Status], bool] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self._ctx.autosave_ms)
        self._timer.timeout.connect(self.flush)
        self._derive_timer = QTimer(self)
        self._derive_timer.setSingleShot(True)
        self._derive_timer.setInterval(DERIVE_MS)
        self._derive_timer.timeout.connect(self._update_variants)
        self._build(tabbed)
        self._make_actions()
        self.setEnabled(False)

    # ---- layout -----------------------------------------------------------------------
    def _build(self, tabbed: bool = False) -> None:
        # Made top-down, each part inside its container once that is in the window: a
        # part filled first and then put in had its whole tree's style and font worked
        # out again at each level (the form, ~100 widgets, when it went into its tab).
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editor_splitter")
        self._build_fields()
        self.preview = PostPreview()
        self.preview_photo = PreviewPhotoFeeder(self.store, self.preview)  # first photo
        self.post_changed.connect(lambda p: self.preview_photo.set_post(p.id if p else None))
        self.side_tabs = QTabWidget(self.splitter)
        self.side_tabs.setObjectName("editor_side_tabs")
        self.side_tabs.addTab(self.preview, self.tr("Preview"))
        self.preview.setMinimumWidth(SIDE_WIDTH - TAB_FRAME)  # on the page, not the tabs:
        # the tabs' minimum then grows with the form when it is one of them
        # not made in the splitter: there its first width came out a few pixels different
        self.scroll = VerticalScroll(None)  # as wide as the form needs
        self.scroll.setObjectName("editor_scroll")
        if tabbed:  # made in its tab: moved there once shown, its style was redone
            self.side_tabs.insertTab(0, self.scroll, self.tr("Edit"))
            self.side_tabs.setCurrentIndex(0)
        else:
            self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.side_tabs)
        body = self._body = QWidget(self.scroll.viewport())
        body.setObjectName("editor_body")
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 6, 0)
        col.setSpacing(10)
        self._details_card()
        self._caption_card()
        self.photos_card = PostPhotosCard(self.store, parent=body)  # the post's photos
        self.photos_card.message.connect(self.message)
        self.post_changed.connect(lambda p: self.photos_card.set_post(p.id if p else None))
        col.addWidget(self.photos_card)
        self._variants_card()
        self._notes_card()
        self.extra_area = QVBoxLayout()  # later capabilities add their panels here
        col.addLayout(self.extra_area)
        col.addStretch(1)
        self.scroll.setWidget(body)  # made inside it: nothing cut, nothing moved

        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 340])

        self.save_state = QLabel()
        self.save_state.setObjectName("SaveState")
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.campaign_label = CampaignLabel(self.store)  # "Narasi: <judul>", when linked
        self.post_changed.connect(self.campaign_label.set_post)
        top = QHBoxLayout()
        top.addWidget(self.campaign_label)
        top.addStretch(1)
        top.addWidget(self.save_state)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(top)
        outer.addWidget(self.splitter, 1)
        self._connect()

    # ---- reflow ------------------------------------------------------------------------
    def _side_panel_need(self) -> int:
        """The side column's width: the preview's, or a wider panel's (the checks')."""
        pages = (self.side_tabs.widget(i) for i in range(self.side_tabs.count()))
        return max(page.minimumSizeHint().expandedTo(page.minimumSize()).width() + TAB_FRAME
                   for page in pages if page is not self.scroll)

    def side_by_side_need(self) -> int:
        """The width the form and the preview need side by side."""
        return (self.scroll.minimumSizeHint().width() + self.splitter.handleWidth()
                + self._side_panel_need())

    def tabbed_need(self) -> int:
        """The width the editor needs with the form as a tab."""
        return max(self.scroll.minimumSizeHint().width() + TAB_FRAME, self._side_panel_need())

    def is_tabbed(self) -> bool:
        """The form is a tab ("Sunting") beside the preview instead of a column."""
        return self.side_tabs.indexOf(self.scroll) >= 0

    def set_tabbed(self, tabbed: bool) -> None:
        """Where the page is narrow (1366x768 at 125 %) the form becomes a tab beside
        Pratinjau and Cek; the page decides (gui/konten/page.py)."""
        if tabbed and not self.is_tabbed():
            self.side_tabs.insertTab(0, self.scroll, self.tr("Edit"))
            self.side_tabs.setCurrentIndex(0)
        elif not tabbed and self.is_tabbed():
            shown = self.side_tabs.currentWidget()
            self.side_tabs.removeTab(self.side_tabs.indexOf(self.scroll))
            self.splitter.insertWidget(0, self.scroll)
            self.scroll.show()
            self.splitter.setSizes([3000, 2000])  # 3:2 as built (scaled to the width)
            if shown is self.scroll:  # the form stays in sight; the side shows the preview
                self.side_tabs.setCurrentWidget(self.preview)

    def show_form(self) -> None:
        """Bring the form into view (a finding was chosen in Cek, narrow layout)."""
        if self.is_tabbed():
            self.side_tabs.setCurrentWidget(self.scroll)

    def _build_fields(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("post_title")
        self.title.setPlaceholderText(self.tr("A short headline for this post"))
        self.activity = QLineEdit()
        self.activity.setObjectName("post_activity")
        self.activity.setPlaceholderText(self.tr("e.g. Rapat koordinasi Satu Data"))
        self.date = QDateEdit()
        self.date.setObjectName("post_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setDateRange(MIN_DATE, MAX_DATE)  # the range core/date_range accepts
        self.location = QLineEdit()
        self.location.setObjectName("post_location")
        self.location.setPlaceholderText(self.tr("e.g. Aula Kecamatan Cimahi Tengah"))
        self.category = QComboBox()
        self.category.setObjectName("post_category")
        for cat in Category:
            self.category.addItem(cat.value, cat)
        self.status = QComboBox()
        self.status.setObjectName("post_status")
        for st in Status:
            self.status.addItem(st.value, st)
        self.platforms = PlatformToggles()
        self.caption = CaptionEditor()
        self.caption.setObjectName("post_caption")
        self.caption.setPlaceholderText(self.tr(
            "Write the main caption here. Platform versions are made from it."))
        self.caption.setMinimumHeight(160)
        self.counters = PlatformCounters()
        self.hashtags = HashtagField()
        self.collaborators = CollaboratorPicker()
        self.notes = PlainTextEdit()
        self.notes.setObjectName("post_notes")
        self.notes.setPlaceholderText(self.tr(
            "Internal notes: sources, who approved, obstacles (used in the report)"))
        self.notes.setMaximumHeight(90)
        self.variants = VariantsPanel()

    def _card(self, title: str | None = None, tool: QWidget | None = None
              ) -> tuple[QFrame, QVBoxLayout]:
        """A card made in the form's body, at the end of its column."""
        card = QFrame(self._body)
        card.setObjectName("Card")
        self._body.layout().addWidget(card)
        col = QVBoxLayout(card)
        col.setContentsMargins(14, 12, 14, 12)
        col.setSpacing(8)
        if title is not None:
            head = QHBoxLayout()
            col.addLayout(head)
            label = QLabel(title, card)
            label.setStyleSheet("QLabel { font-weight: 600; }")
            head.addWidget(label)
            head.addStretch(1)
            if tool is not None:
                head.addWidget(tool)
        return card, col

    def _details_card(self) -> QFrame:
        card, col = self._card()
        grid = QGridLayout()
        col.addLayout(grid)  # in the card first: each field moves in once
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self._label(self.tr("Title"), self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(self._label(self.tr("Activity"), self.activity), 1, 0)
        grid.addWidget(self.activity, 1, 1, 1, 3)
        grid.addWidget(self._label(self.tr("Location"), self.location), 2, 0)
        grid.addWidget(self.location, 2, 1, 1, 3)
        grid.addWidget(self._label(self.tr("Date"), self.date), 3, 0)
        grid.addWidget(self.date, 3, 1)
        grid.addWidget(self._label(self.tr("Status"), self.status), 3, 2)
        grid.addWidget(self.status, 3, 3)
        grid.addWidget(self._label(self.tr("Category"), self.category), 4, 0)
        grid.addWidget(self.category, 4, 1, 1, 3)
        platforms_label = self._label(self.tr("Platforms"), self.platforms)
        grid.addWidget(platforms_label, 5, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.platforms, 5, 1, 1, 3)
        return card

    def _caption_card(self) -> QFrame:
        self.template_button = QToolButton()
        self.template_button.setObjectName("template_button")
        self.template_button.setText(self.tr("Use template ▾"))
        self.template_button.setToolTip(self.tr(
            "Fill the caption with a template of this category (Ctrl+Shift+T); "
            "Ctrl+Z takes it back"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_button.setStyleSheet(
            "QToolButton { background: #FFFFFF; border: 1px solid #D8DEDB; border-radius: 6px;"
            " padding: 4px 10px; } QToolButton:hover { border-color: #0B6E4F; }"
            " QToolButton::menu-indicator { image: none; width: 0; }")
        self.template_menu = QMenu(self.template_button)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        tools = QWidget()
        self.caption_tools = QHBoxLayout(tools)  # add_caption_tool() puts more here
        self.caption_tools.setContentsMargins(0, 0, 0, 0)
        self.caption_tools.setSpacing(6)
        self.caption_tools.addWidget(self.template_button)
        card, col = self._card(self.tr("Main caption"), tools)
        col.addWidget(self.caption)
        col.addWidget(self.counters)
        form = QFormLayout()
        col.addLayout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(self._label(self.tr("Tags"), self.hashtags.edit), self.hashtags)
        form.addRow(self._label(self.tr("Collaborators"), self.collaborators.add_button),
                    self.collaborators)
        return card

    def _variants_card(self) -> QFrame:
        card, col = self._card(self.tr("Platform versions"), self.variants.copy_all_button)
        col.addWidget(self.variants)
        return card

    def _notes_card(self) -> QFrame:
        card, col = self._card()
        col.addWidget(self._label(self.tr("Notes"), self.notes))
        col.addWidget(self.notes)
        return card

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setObjectName("Muted")
        return label

    def _connect(self) -> None:
        for edit in (self.title, self.activity, self.location):
            edit.textEdited.connect(self._touched_and_derive)
        self.date.dateChanged.connect(self._touched_and_derive)
        self.category.currentIndexChanged.connect(self._touched)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.caption.textChanged.connect(self._touched_and_derive)
        self.notes.textChanged.connect(self._touched)
        self.hashtags.changed.connect(self._touched_and_derive)
        self.collaborators.changed.connect(self._touched_and_derive)
        self.platforms.changed.connect(self._platforms_changed)
        self.variants.variant_changed.connect(self._refresh_counter)
        self.counters.platform_selected.connect(self.set_current_platform)
        self.variants.current_platform_changed.connect(self.set_current_platform)
        self.preview.platform_selected.connect(self.set_current_platform)
        self.variants.changed.connect(self._touched)
        self.variants.variant_changed.connect(self._show_variant_preview)
        self.variants.published.connect(lambda _pid: self.flush())
        self.variants.status_terbit_requested.connect(self.set_status_terbit)
        self.variants.message.connect(self.message)

    def _make_actions(self) -> None:
        self.copy_variant_action = add_shortcut(self, self.tr("Copy platform version"),
                                                "Ctrl+Shift+C", lambda: self.variants.copy())
        self.copy_all_action = add_shortcut(self, self.tr("Copy all versions"), "Ctrl+Alt+C",
                                            self.variants.copy_all)
        self.template_action = add_shortcut(self, self.tr("Use template"), "Ctrl+Shift+T",
                                            self.template_button.showMenu)

    def add_side_panel(self, widget: QWidget, title: str) -> int:
        """Add a tab beside the preview (e.g. the checks' findings); returns its index."""
        return self.side_tabs.addTab(widget, title)

    def add_caption_tool(self, widget: QWidget) -> None:
        """Put a small widget in the main caption's header, left of "Pakai templat"."""
        self.caption_tools.insertWidget(0, widget)

    def set_status_guard(self, guard: Callable[[Status | None, Status], bool] | None) -> None:
        """`guard(old, new)` may refuse a status change (the checks ask for a reason when a
        post with open errors goes to review); a refused change puts the old status back."""
        self._status_guard = guard

    def set_review_reason(self, reason: str) -> None:
        """Why the post went on with open errors (kept by the next autosave)."""
        if self._post is not None:
            self._post = replace(self._post, review_reason=reason)

    # ---- directory (accounts, tag sets, profile, settings) ------------------------------
    def reload_directory(self, refresh_versions: bool = True) -> None:
        """Re-read what Pengaturan edits, so a new account, tag set or cap applies at once.
        Applied only when something changed since the last read: every post shown and
        every show of the page reads it (at start-up the page is shown right after its
        post was, and applying it again, versions worked out anew, took ~8 ms)."""
        directory = (load_profile(self.store), accounts_store.list_accounts(self.store),
                     settings.load_context(self.store), hashtag_sets.list_sets(self.store))
        if directory == self._directory:
            return
        self._directory = directory
        self._profile, self._accounts, self._ctx, tag_sets = directory
        self._caps = dict(self._ctx.hashtag_caps)
        self._timer.setInterval(self._ctx.autosave_ms)
        self.hashtags.set_default(self._profile.default_hashtags)
        self.hashtags.set_sets(tag_sets)
        self.hashtags.set_cap(self._caps["instagram"])
        self.collaborators.set_accounts(self._accounts)
        self._update_collab_cap()
        own = next((a for a in self._accounts if a.is_own), None)
        if own is not None:
            self.preview.set_identity(own.name, own.handles)
        else:
            self.preview.set_identity(self._profile.dept_short or self._profile.dept_name, {})
        if refresh_versions and self._post is not None:
            self.variants.update_post(self.current_post(), self._accounts, self._caps)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._post is not None and not event.spontaneous():
            self.reload_directory()

    # ---- data -------------------------------------------------------------------------
    def post(self) -> Post | None:
        return self._post

    def set_post(self, post: Post | None) -> None:
        """Show `post` (flushing the previous one first)."""
        self.flush()
        self._post = post
        self.setEnabled(post is not None)
        widgets = (self.title, self.activity, self.location, self.date, self.category,
                   self.status, self.caption, self.notes)
        blockers = [QSignalBlocker(w) for w in widgets]
        if post is None:
            for w in (self.title, self.activity, self.location):
                w.clear()
            self.caption.setPlainText("")
            self.notes.setPlainText("")
            self.hashtags.set_text("")
            self.collaborators.set_selected([])
            self.save_state.setText("")
            self._shown_status = None
            del blockers
            self.post_changed.emit(None)
            return
        self.reload_directory(refresh_versions=False)
        for edit, value in ((self.title, post.title), (self.activity, post.activity),
                            (self.location, post.location)):
            edit.setText(value)
            edit.setCursorPosition(0)  # a long title shows its beginning
        date = post.activity_date or dt.date.today()
        self.date.setDate(QDate(date.year, date.month, date.day))
        self.category.setCurrentIndex(max(0, self.category.findData(post.category)))
        self.status.setCurrentIndex(max(0, self.status.findData(post.status)))
        self._shown_status = post.status
        self.caption.setPlainText(post.caption)
        self.caption.document().clearUndoRedoStacks()
        self.notes.setPlainText(post.notes)
        del blockers
        self.hashtags.set_text(post.hashtags)
        self.collaborators.set_selected(post.collaborators)
        self.platforms.set_platforms(post.platforms)
        self._apply_platforms(post.platforms)
        self.variants.set_post(post, posts.list_variants(self.store, post.id),
                               self._accounts, self._caps)
        self._update_collab_cap()
        self.caption.recount()
        self.save_state.setText(self.tr("All changes saved"))
        self.post_changed.emit(post)

    def current_post(self) -> Post | None:
        """The post as the widgets show it now (unsaved edits included)."""
        return self._from_widgets(self._post) if self._post is not None else None

    def current_variants(self):
        """The variants as shown now (unedited ones following the main caption)."""
        post = self.current_post()
        if post is None:
            return []
        return sync_variants(post, self.variants.variants(), self._accounts,
                             hashtag_caps=self._caps)

    def _from_widgets(self, post: Post) -> Post:
        qd = self.date.date()
        return replace(
            post,
            title=self.title.text(),
            activity=self.activity.text(),
            location=self.location.text(),
            activity_date=dt.date(qd.year(), qd.month(), qd.day()),
            category=self.category.currentData(),
            status=self.status.currentData(),
            caption=self.caption.text(),
            hashtags=self.hashtags.text(),
            collaborators=self.collaborators.selected(),
            platforms=self.platforms.platforms(),
            notes=self.notes.toPlainText(),
        )

    # ---- reacting to edits ----------------------------------------------------------------
    def _touched(self, *_: object) -> None:
        if self._post is None:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Saving…"))
        self._timer.start()
        self.content_changed.emit()

    def _touched_and_derive(self, *_: object) -> None:
        if self._post is None:
            return
        self._touched()
        self._derive_timer.start()

    def _update_variants(self) -> None:
        post = self.current_post()
        if post is not None:
            self.variants.update_post(post)
            self._update_collab_cap()

    def _platforms_changed(self, platform_ids: list[str]) -> None:
        if self._post is None:
            return
        self._apply_platforms(platform_ids)
        self._touched()
        self._update_variants()
        self._refresh_counter("")

    def _refresh_counter(self, platform_id: str) -> None:
        """A version changed: its pill shows that version's count, as its tab, its preview
        and Cek do (the main caption alone leaves out tags and mentions)."""
        if list(self.counters.chips) != list(self.variants.tabs_by_platform):
            self.counters.set_counts(self.variants.counts())
            self.counters.select(self._current_platform)
        elif (c := self.variants.count(platform_id)) is not None:
            self.counters.set_count(c)

    def _apply_platforms(self, platform_ids: list[str]) -> None:
        self.caption.set_platforms(platform_ids)
        self.preview.set_platforms(platform_ids)
        self._update_collab_cap()
        if self._current_platform not in platform_ids:
            self.set_current_platform(platform_ids[0] if platform_ids else None)

    def _update_collab_cap(self) -> None:
        targets = self.platforms.platforms()
        cap = collaborator_cap("instagram") if "instagram" in targets else None
        self.collaborators.set_cap(cap, "instagram")

    def _status_changed(self, *_: object) -> None:
        new = self.status.currentData()
        if self._post is not None and self._status_guard is not None \
                and not self._status_guard(self._shown_status, new):
            with QSignalBlocker(self.status):
                self.status.setCurrentIndex(max(0, self.status.findData(self._shown_status)))
            return
        self._shown_status = new
        self.variants.set_status(str(self.status.currentData()))
        self._touched()

    def set_status_terbit(self) -> None:
        """The 'set the post status to Terbit' offer after a version is marked published."""
        self.status.setCurrentIndex(self.status.findData(Status.TERBIT))
        self.flush()
        if self.status.currentData() == Status.TERBIT:  # the checks' guard may refuse it
            self.message.emit(self.tr("Status set to Terbit."))

    def _show_variant_preview(self, platform_id: str) -> None:
        variant = self.variants.variant(platform_id)
        if variant is not None:
            self.preview.set_variant(platform_id, variant.text, variant.title)

    # ---- current platform ----------------------------------------------------------------
    def set_current_platform(self, platform_id: str | None) -> None:
        """Show this platform everywhere: counter chip, feed cut, version tab, preview."""
        if not platform_id:
            platform_id = None
        changed = platform_id != self._current_platform
        self._current_platform = platform_id
        self.counters.select(platform_id)
        self.caption.set_focus_platform(platform_id)
        self.variants.select(platform_id)
        self.preview.select(platform_id)
        if changed and platform_id:
            self.current_platform_changed.emit(platform_id)

    def current_platform(self) -> str | None:
        return self._current_platform

    # ---- templates ----------------------------------------------------------------------
    def _fill_template_menu(self) -> None:
        self.template_menu.clear()
        library = load_templates()
        category = str(self.category.currentData())
        mine = library.for_category(category)
        if mine:
            for t in mine:
                action = self.template_menu.addAction(t.name)
                action.triggered.connect(lambda _=False, tt=t: self.use_template(tt))
        else:
            none = self.template_menu.addAction(self.tr("No template for %1").replace(
                "%1", category))
            none.setEnabled(False)
        others = self.template_menu.addMenu(self.tr("Other categories"))
        for cat in Category:
            items = library.for_category(cat.value)
            if cat.value == category or not items:
                continue
            sub = others.addMenu(cat.value)
            for t in items:
                action = sub.addAction(t.name)
                action.triggered.connect(lambda _=False, tt=t: self.use_template(tt))
        self.template_menu.addSeparator()
        edit = self.template_menu.addAction(self.tr("Edit templates…"))
        edit.triggered.connect(self.edit_templates)
        for problem in library.problems:
            self.message.emit(problem)

    def use_template(self, template: CaptionTemplate) -> str | None:
        """The menu's "Pakai templat": ask before replacing a caption the PIC typed;
        None when they keep their text."""
        if self.caption.text().strip() and not self.confirm_replace_caption(template.name):
            self.message.emit(self.tr("Template not used; your caption is unchanged."))
            return None
        return self.apply_template(template)

    def confirm_replace_caption(self, template_name: str) -> bool:
        """Ask "Replace the caption you have written?" (tests replace this method)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Use template"),
                          self.tr("Replace the caption you have written?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("template_replace_question")
        box.setInformativeText(self.tr(
            "The template \"%1\" takes the place of the whole main caption. Ctrl+Z in the "
            "caption brings your text back.").replace("%1", template_name))
        replace_button = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep my text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace_button

    def apply_template(self, template: CaptionTemplate) -> str:
        """Fill the template from the post and put it in the caption (one undoable edit)."""
        post = self.current_post()
        if post is None:
            return ""
        had_text = bool(self.caption.text().strip())
        text = fill_template(template, post, self._profile, self._accounts)
        self.caption.replace_all(text)
        self._select_first_blank(text)
        self.caption.setFocus()
        if had_text:
            self.message.emit(self.tr("Caption replaced by the template \"%1\". Press Ctrl+Z "
                                      "in the caption to get your text back.")
                              .replace("%1", template.name))
        else:
            self.message.emit(self.tr("Template \"%1\" inserted: fill in the [isi ...] parts.")
                              .replace("%1", template.name))
        return text

    def _select_first_blank(self, text: str) -> None:
        """Select the first "[isi ...]" field, so typing fills it in."""
        blanks = find_placeholders(text)
        if not blanks:
            return
        pmap = PositionMap(text)
        cursor = QTextCursor(self.caption.document())
        cursor.setPosition(pmap.to_qt(blanks[0].start))
        cursor.setPosition(pmap.to_qt(blanks[0].end), QTextCursor.MoveMode.KeepAnchor)
        self.caption.setTextCursor(cursor)

    def edit_templates(self) -> None:
        from gui.konten.template_dialog import TemplateDialog

        TemplateDialog.edit(str(self.category.currentData()), parent=self)

    # ---- saving -------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Write pending edits now; returns False (and says why) if the write failed."""
        self._timer.stop()
        if not self._dirty or self._post is None:
            return True
        post = self._from_widgets(self._post)
        try:
            post, _ = konten.save_post(self.store, post, self.variants.variants(),
                                       self._accounts, self._ctx)
        except Exception as exc:  # disk full, locked file: keep the text, tell the user
            self.save_state.setText(self.tr("Not saved! Retrying…"))
            self.save_failed.emit(str(exc))
            self._timer.start(5000)
            return False
        self._post = post
        self._dirty = False
        self.save_state.setText(self.tr("All changes saved"))
        self.saved.emit(self._post)
        return True
