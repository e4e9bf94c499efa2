"""'Versi platform': one tab per target platform with that platform's final text.

A variant follows the main caption (plus "Bersama @..." and the hashtags, see
core.captions.variants.derive_variant) until the PIC edits it; then it is kept as typed
and marked "Diubah manual", with "Kembalikan ke keterangan utama" to go back (undoable
with Ctrl+Z in that text box). X gets "Ringkas untuk X" when the text is too long: a
suggestion the PIC accepts or not, never a silent cut. "Salin" copies exactly the text
shown; the publish box records the post's link (checked per platform by
core.actions.konten.published_mark) and time.

The panel keeps the variants in memory; the post editor saves them with the post
(core.actions.konten.save_post). Notes under a version come from
core.captions.variants.variant_notes, the same function `caption` prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.actions import konten
from core.captions.counting import Count, count, x_weighted_length
from core.captions.urls import find_urls
from core.captions.variants import (
    Draft,
    all_variants_text,
    derive_variant,
    edit_variant,
    shorten_for_x,
    sync_variants,
    variant_notes,
)
from core.date_range import MAX_DATE, MIN_DATE
from core.indonesian import format_date_short, format_time
from core.model import PLATFORM_IDS, Account, Post, Variant
from core.platforms import PLATFORMS
from widgets.caption_editor import CaptionEditor
from widgets.flow_layout import FlowLayout
from widgets.platform_counters import CountLabel

BADGE_STYLE = {
    "derived": "QLabel { background: #EEF0EF; color: #4A5552; border-radius: 9px;"
               " padding: 2px 9px; }",
    "edited": "QLabel { background: #FFF4D6; color: #7A5600; border-radius: 9px;"
              " padding: 2px 9px; font-weight: 600; }",
}


class ShortenDialog(QDialog):
    """Shows the 'Ringkas untuk X' suggestion; the PIC takes it or keeps their text."""

    def __init__(self, text: str, link: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shorten for X"))
        self.setMinimumWidth(480)
        self._text = text
        intro = QLabel(self.tr(
            "X takes 280 characters. This suggestion keeps whole sentences from the start "
            "and ends with the link, so readers can find the full text. Nothing is changed "
            "until you press \"Use the short version\"."))
        intro.setWordWrap(True)
        self.link = QLineEdit(link)
        self.link.setObjectName("shorten_link")
        self.link.setPlaceholderText(self.tr("Link to the full text (optional)"))
        self.link.textChanged.connect(self._update)
        self.proposal = QPlainTextEdit()
        self.proposal.setObjectName("shorten_proposal")
        self.proposal.setReadOnly(True)
        self.proposal.setMinimumHeight(150)
        self.count = CountLabel()
        before = QLabel(self.tr("Now: %1 / 280").replace("%1", str(x_weighted_length(text))))
        before.setObjectName("Muted")
        self.buttons = QDialogButtonBox()
        self.use_button = self.buttons.addButton(self.tr("Use the short version"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("Primary")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Link")), 0, 0)
        form.addWidget(self.link, 0, 1)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addLayout(form)
        col.addWidget(self.proposal, 1)
        row = QHBoxLayout()
        row.addWidget(before)
        row.addStretch(1)
        row.addWidget(self.count)
        col.addLayout(row)
        col.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.proposal.setPlainText(self.result_text())
        self.count.set_count(count("x", self.result_text()))

    def result_text(self) -> str:
        return shorten_for_x(self._text, self.link.text())

    @classmethod
    def propose(cls, text: str, link: str, parent: QWidget | None = None) -> tuple[str, bool]:
        dialog = cls(text, link, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_text(), accepted


class VariantTab(QWidget):
    """The widgets of one platform's variant; the panel holds the logic."""

    def __init__(self, platform_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform_id = platform_id
        self.pending_text: str | None = None  # text to show once the tab is on screen
        p = PLATFORMS[platform_id]
        self.setObjectName(f"variant_{platform_id}")
        self.badge = QLabel()
        self.badge.setObjectName("variant_state")
        self.reset_button = QPushButton(self.tr("Back to the main caption"))
        self.reset_button.setObjectName("variant_reset")
        self.reset_button.setToolTip(self.tr(
            "Replace this version with the main caption again (Ctrl+Z in the text undoes it)"))
        head = QWidget()
        flow = FlowLayout(head, spacing=8)  # wraps on a narrow screen instead of squeezing
        flow.addWidget(self.badge)
        flow.addWidget(self.reset_button)

        col = QVBoxLayout(self)
        col.setContentsMargins(10, 10, 10, 10)
        col.setSpacing(6)
        col.addWidget(head)

        self.title_edit: QLineEdit | None = None
        self.title_count: CountLabel | None = None
        if p.title is not None:
            self.title_edit = QLineEdit()
            self.title_edit.setObjectName("variant_title")
            self.title_edit.setPlaceholderText(self.tr("Video title (max. 100 characters)"))
            self.title_count = CountLabel()
            self.title_count.setObjectName("variant_title_count")
            title_row = QHBoxLayout()
            label = QLabel(self.tr("Title"))
            label.setObjectName("Muted")
            label.setBuddy(self.title_edit)
            title_row.addWidget(label)
            title_row.addWidget(self.title_edit, 1)
            col.addLayout(title_row)
            col.addWidget(self.title_count)

        self.editor = CaptionEditor(platforms=[platform_id])
        self.editor.setObjectName("variant_text")
        self.editor.set_focus_platform(platform_id)
        self.editor.setMinimumHeight(150)
        self.editor.setPlaceholderText(self.tr(
            "The %1 text. It follows the main caption until you change it here.")
            .replace("%1", p.name))
        col.addWidget(self.editor, 1)

        self.count_label = CountLabel()
        self.editor.counts_changed.connect(self._counts)
        self.shorten_button = QPushButton(self.tr("Shorten for X"))
        self.shorten_button.setObjectName("variant_shorten")
        self.shorten_button.setToolTip(self.tr(
            "Propose a version that fits 280: whole sentences, then the link"))
        self.shorten_button.setVisible(False)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("variant_copy")
        self.copy_button.setToolTip(self.tr("Copy this text exactly, to paste in the %1 app "
                                            "(Ctrl+Shift+C)").replace("%1", p.name))
        self.copy_title_button: QPushButton | None = None
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.shorten_button)
        if p.title is not None:
            self.copy_title_button = QPushButton(self.tr("Copy title"))
            self.copy_title_button.setObjectName("variant_copy_title")
            row.addWidget(self.copy_title_button)
        row.addWidget(self.copy_button)
        col.addLayout(row)

        self.notes = QLabel()
        self.notes.setObjectName("variant_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("QLabel { color: #9A6700; }")
        self.notes.hide()
        col.addWidget(self.notes)
        col.addWidget(self._publish_box(p.name))

    def _publish_box(self, name: str) -> QFrame:
        box = QFrame()
        box.setObjectName("variant_publish")
        box.setStyleSheet("QFrame#variant_publish { border-top: 1px solid #D8DEDB; }")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("variant_url")
        self.url_edit.setPlaceholderText(self.tr("Link of the %1 post, e.g. https://%2/...")
                                         .replace("%1", name)
                                         .replace("%2", PLATFORMS[self.platform_id]
                                                  .url_domains[0]))
        self.when_edit = QDateTimeEdit()
        self.when_edit.setObjectName("variant_when")
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH.mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDateTimeRange(dt.datetime.combine(MIN_DATE, dt.time()),
                                        dt.datetime.combine(MAX_DATE, dt.time(23, 59)))
        self.publish_button = QPushButton(self.tr("Mark published"))
        self.publish_button.setObjectName("variant_publish_button")
        self.unpublish_button = QPushButton(self.tr("Remove the mark"))
        self.unpublish_button.setObjectName("variant_unpublish")
        self.unpublish_button.setToolTip(self.tr("Forget the link and time (metrics stay)"))
        self.url_error = QLabel()
        self.url_error.setObjectName("variant_url_error")
        self.url_error.setWordWrap(True)
        self.url_error.setStyleSheet("QLabel { color: #B3261E; }")
        self.url_error.hide()
        self.published_label = QLabel()
        self.published_label.setObjectName("variant_published")
        self.published_label.setWordWrap(True)
        self.published_label.setStyleSheet("QLabel { color: #085A40; font-weight: 600; }")
        self.terbit_button = QPushButton(self.tr("Set the post status to Terbit"))
        self.terbit_button.setObjectName("variant_set_terbit")
        self.terbit_button.hide()
        link_label = QLabel(self.tr("Link"))
        link_label.setObjectName("Muted")
        link_label.setBuddy(self.url_edit)
        when_label = QLabel(self.tr("Time"))
        when_label.setObjectName("Muted")
        when_label.setBuddy(self.when_edit)
        grid.addWidget(link_label, 0, 0)
        grid.addWidget(self.url_edit, 0, 1, 1, 2)
        grid.addWidget(when_label, 1, 0)
        grid.addWidget(self.when_edit, 1, 1)
        grid.addWidget(self.publish_button, 1, 2)
        grid.addWidget(self.url_error, 2, 0, 1, 3)
        done = QHBoxLayout()
        done.addWidget(self.published_label, 1)
        done.addWidget(self.unpublish_button)
        grid.addLayout(done, 3, 0, 1, 3)
        grid.addWidget(self.terbit_button, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return box

    def _counts(self, counts: Mapping) -> None:
        c = counts.get(self.platform_id)
        if c is not None:
            self.count_label.set_count(c)
            self.shorten_button.setVisible(self.platform_id == "x" and c.over)

    def set_edited(self, edited: bool) -> None:
        self.badge.setText(self.tr("Edited by hand") if edited
                           else self.tr("Follows the main caption"))
        self.badge.setStyleSheet(BADGE_STYLE["edited" if edited else "derived"])
        self.reset_button.setEnabled(edited)


class TabPlaceholder(QWidget):
    """An empty page standing for a version tab not yet built: the panel puts the
    platform's VariantTab in its place when the tab is first shown or read (a post opens
    with one tab on screen; building the others at start-up cost ~25 widgets each)."""

    def __init__(self, platform_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform_id = platform_id


class TargetTabs(Mapping[str, VariantTab]):
    """The target platforms' tabs in tab order; reading one builds it if it was not yet
    (`in`, `len` and iterating the keys do not: `VariantsPanel.built_tabs()` gives the
    built ones)."""

    def __init__(self, panel: VariantsPanel) -> None:
        self._panel = panel

    def __getitem__(self, pid: str) -> VariantTab:
        if pid not in self._panel.targets:
            raise KeyError(pid)
        return self._panel.built_tab(pid)

    def __contains__(self, pid: object) -> bool:
        return pid in self._panel.targets

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._panel.targets))

    def __len__(self) -> int:
        return len(self._panel.targets)


class VariantsPanel(QWidget):
    """Tabs of the post's variants. Signals:

    - changed(): the PIC changed something that must be saved (text, title, link).
    - variant_changed(platform_id): the text or title shown changed (for previews).
    - current_platform_changed(platform_id): another tab was chosen.
    - published(platform_id): a link was recorded (save now).
    - status_terbit_requested(): the PIC asked to set the post's status to Terbit.
    - message(str): a short note for the status bar.
    """

    changed = Signal()
    variant_changed = Signal(str)
    current_platform_changed = Signal(str)
    published = Signal(str)
    status_terbit_requested = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variants_panel")
        self._post = Post()
        self._accounts: list[Account] = []
        self._caps: dict[str, int | None] = {}
        self._variants: dict[str, Variant] = {}
        self._drafts: dict[str, Draft] = {}
        self._loading = False
        self.targets: list[str] = []  # the tabs, in order
        self._placeholders: dict[str, TabPlaceholder] = {}
        self._tab_cache: dict[str, VariantTab] = {}  # built tabs, kept for the next post
        self._notes: dict[str, list[str]] = {}
        self.tabs_by_platform = TargetTabs(self)
        self.copy_all_button = QPushButton(self.tr("Copy all"))
        self.copy_all_button.setObjectName("variants_copy_all")
        self.copy_all_button.setToolTip(self.tr(
            "Copy every version with a heading per platform (Ctrl+Alt+C)"))
        self.copy_all_button.clicked.connect(self.copy_all)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("variant_tabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.empty = QLabel(self.tr("Choose the target platforms above to get a version for "
                                    "each."))
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.tabs, 1)
        col.addWidget(self.empty)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # ---- loading ----------------------------------------------------------------------
    def set_post(self, post: Post, stored: Iterable[Variant], accounts: Iterable[Account],
                 caps: Mapping[str, int | None]) -> None:
        """Show a post's variants: stored edited ones as they are, the rest derived."""
        self._post = post
        self._accounts = list(accounts)
        self._caps = dict(caps)
        synced = sync_variants(post, list(stored), self._accounts, hashtag_caps=self._caps)
        self._variants = {v.platform: v for v in synced}
        self._drafts = {}
        self._rebuild_tabs()

    def update_post(self, post: Post, accounts: Iterable[Account] | None = None,
                    caps: Mapping[str, int | None] | None = None) -> None:
        """The main caption, hashtags, collaborators, title or platforms changed:
        unedited variants follow, tabs follow the target platforms."""
        self._post = post
        if accounts is not None:
            self._accounts = list(accounts)
        if caps is not None:
            self._caps = dict(caps)
        for pid in post.platforms:
            if pid not in self._variants:
                self._variants[pid] = Variant(platform=pid, post_id=post.id)
        if [p for p in PLATFORM_IDS if p in post.platforms] != self.targets:
            self._rebuild_tabs()
        else:
            self._refresh_derived()

    def _rebuild_tabs(self) -> None:
        current = self.current_platform()
        wanted = [p for p in PLATFORM_IDS if p in self._post.platforms]
        self.tabs.blockSignals(True)
        if wanted != self.targets:
            while self.tabs.count():
                self.tabs.removeTab(0)  # the pages are kept for the next post
            self.targets = wanted
            for pid in wanted:
                self.tabs.addTab(self._page(pid), PLATFORMS[pid].name)
            if wanted:  # only the tab on screen is built
                self.tabs.setCurrentWidget(self._page(current if current in wanted
                                                      else wanted[0]))
        self.tabs.blockSignals(False)
        if wanted:
            self.built_tab(self.current_platform() or wanted[0], fill=False)
        self.tabs.setVisible(bool(self.targets))
        self.empty.setVisible(not self.targets)
        self._refresh_derived(force=True)
        if current in self.targets:
            self.select(current)
        elif self.targets:
            self.current_platform_changed.emit(self.current_platform() or "")

    def built_tab(self, pid: str, fill: bool = True) -> VariantTab:
        """A target platform's tab, built now if it was not yet; `fill` shows the
        variant in a tab built now (the post's first refresh does that itself)."""
        tab = self._tab_cache.get(pid)
        if tab is not None:
            return tab
        tab = self._tab_cache[pid] = self._make_tab(pid)
        placeholder = self._placeholders.pop(pid, None)
        index = self.tabs.indexOf(placeholder) if placeholder is not None else -1
        if index >= 0:  # the tab takes the placeholder's place (and stays current)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, PLATFORMS[pid].name)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        if fill and pid in self._variants:
            self._show(tab, self._variants[pid], force=True)
            self._show_notes(pid)
        return tab

    def built_tabs(self) -> dict[str, VariantTab]:
        """The target platforms' tabs built so far (shown or read once), in tab order."""
        return {pid: self._tab_cache[pid] for pid in self.targets if pid in self._tab_cache}

    def _built(self, pid: str) -> VariantTab | None:
        return self._tab_cache.get(pid) if pid in self.targets else None

    def _page(self, pid: str) -> QWidget:
        """What stands in the tab widget for a platform: its tab, or its placeholder."""
        tab = self._tab_cache.get(pid)
        if tab is not None:
            return tab
        return self._placeholders.setdefault(pid, TabPlaceholder(pid))

    def _make_tab(self, pid: str) -> VariantTab:
        tab = VariantTab(pid)
        tab.editor.textChanged.connect(lambda p=pid: self._text_edited(p))
        if tab.title_edit is not None:
            tab.title_edit.textEdited.connect(lambda _t, p=pid: self._text_edited(p))
        tab.reset_button.clicked.connect(lambda _=False, p=pid: self.reset(p))
        tab.copy_button.clicked.connect(lambda _=False, p=pid: self.copy(p))
        if tab.copy_title_button is not None:
            tab.copy_title_button.clicked.connect(lambda _=False, p=pid: self.copy_title(p))
        tab.shorten_button.clicked.connect(lambda _=False, p=pid: self.shorten(p))
        tab.publish_button.clicked.connect(lambda _=False, p=pid: self.mark_published(p))
        tab.url_edit.returnPressed.connect(lambda p=pid: self.mark_published(p))
        tab.unpublish_button.clicked.connect(lambda _=False, p=pid: self.clear_published(p))
        tab.terbit_button.clicked.connect(self.status_terbit_requested)
        return tab

    def _refresh_derived(self, force: bool = False) -> None:
        """Recompute what each variant would be; unedited ones take it."""
        for pid in self.targets:
            draft = derive_variant(self._post, pid, self._accounts, hashtag_caps=self._caps)
            self._drafts[pid] = draft
            variant = self._variants.setdefault(pid, Variant(platform=pid, post_id=self._post.id))
            if not variant.edited:
                variant = replace(variant, text=draft.text,
                                  title=draft.title if PLATFORMS[pid].title else variant.title)
                self._variants[pid] = variant
            tab = self._built(pid)
            if tab is not None:
                self._show(tab, variant, force)
            else:  # not built: the variant is kept here; the tab shows it when built
                self.variant_changed.emit(pid)
            self._show_notes(pid)

    def _show(self, tab: VariantTab, variant: Variant, force: bool) -> None:
        self._loading = True
        try:
            # Only the tab on screen gets its text now; the others when they are shown
            # (laying out six 2,200-character texts on every pause in typing is slow).
            # Another post (force) always gets its own text and a fresh undo history.
            shown = tab.pending_text if tab.pending_text is not None else tab.editor.text()
            if force or shown != variant.text:
                tab.pending_text = variant.text
                if self.tabs.currentWidget() is tab:
                    self._apply_pending(tab)
            if tab.title_edit is not None and tab.title_edit.text() != variant.title:
                tab.title_edit.setText(variant.title)
            if force:
                tab.url_edit.setText(variant.published_url)
                tab.url_edit.setCursorPosition(0)  # show where the link starts
                when = variant.published_at or dt.datetime.now().replace(second=0,
                                                                         microsecond=0)
                tab.when_edit.setDateTime(QDateTime(when))
                tab.url_error.hide()
        finally:
            self._loading = False
        tab.set_edited(variant.edited)
        self._show_title_count(tab)
        self._show_published(tab.platform_id)
        self.variant_changed.emit(tab.platform_id)

    def _apply_pending(self, tab: VariantTab) -> None:
        """Put a waiting text into the tab's editor (it resets that editor's undo)."""
        if tab.pending_text is None:
            return
        text, tab.pending_text = tab.pending_text, None
        loading, self._loading = self._loading, True
        try:
            tab.editor.setPlainText(text)
            tab.editor.recount()
        finally:
            self._loading = loading

    def _tab_for_editing(self, pid: str) -> VariantTab:
        tab = self.tabs_by_platform[pid]
        self._apply_pending(tab)
        return tab

    def _show_title_count(self, tab: VariantTab) -> None:
        if tab.title_edit is not None and tab.title_count is not None:
            tab.title_count.set_count(count(tab.platform_id, tab.title_edit.text(), "title"))

    def _show_notes(self, pid: str) -> None:
        variant = self._variants[pid]
        notes = variant_notes(self._post, variant, self._accounts, hashtag_caps=self._caps,
                              draft=self._drafts.get(pid)).all
        self._notes[pid] = notes
        tab = self._built(pid)
        if tab is not None:
            tab.notes.setText("\n".join(notes))
            tab.notes.setVisible(bool(notes))
        self._decorate_tab(pid)

    def _decorate_tab(self, pid: str) -> None:
        index = self.tabs.indexOf(self._page(pid))
        variant = self._variants[pid]
        c = self.count(pid)
        name = PLATFORMS[pid].name
        marks = ""
        if variant.edited:
            marks += " ✎"
        if variant.published_url:
            marks += " ✓"
        self.tabs.setTabText(index, name + marks)
        problem = c.over or bool(c.problems) or bool(self._notes.get(pid))
        self.tabs.tabBar().setTabTextColor(index, QColor("#B3261E") if c.over or c.problems
                                           else QColor("#9A6700") if problem else QColor())
        tips = [self.tr("Edited by hand") if variant.edited else
                self.tr("Follows the main caption")]
        if variant.published_url:
            tips.append(self.tr("Published: %1").replace("%1", variant.published_url))
        self.tabs.setTabToolTip(index, "\n".join(tips))

    # ---- editing ----------------------------------------------------------------------
    def _text_edited(self, pid: str) -> None:
        if self._loading or pid not in self.tabs_by_platform:
            return
        tab = self.tabs_by_platform[pid]
        tab.pending_text = None  # what the PIC typed wins over a waiting derived text
        variant = self._variants[pid]
        draft = self._drafts.get(pid) or derive_variant(
            self._post, pid, self._accounts, hashtag_caps=self._caps)
        title = tab.title_edit.text() if tab.title_edit is not None else None
        self._variants[pid] = edit_variant(variant, tab.editor.text(), draft, title)
        tab.set_edited(self._variants[pid].edited)
        self._show_title_count(tab)
        self._show_notes(pid)
        self.variant_changed.emit(pid)
        self.changed.emit()

    def reset(self, pid: str) -> None:
        """'Kembalikan ke keterangan utama' as one undoable edit of the text box."""
        tab = self._tab_for_editing(pid)
        draft = derive_variant(self._post, pid, self._accounts, hashtag_caps=self._caps)
        self._drafts[pid] = draft
        if tab.title_edit is not None:
            tab.title_edit.setText(draft.title)
        if tab.editor.text() != draft.text:
            tab.editor.replace_all(draft.text)  # goes through _text_edited
        else:
            self._text_edited(pid)
        self.message.emit(self.tr("%1 follows the main caption again (Ctrl+Z in the text "
                                  "undoes it).").replace("%1", PLATFORMS[pid].name))

    def shorten(self, pid: str = "x") -> bool:
        """Offer shorten_for_x; replace the text (undoably) only when the PIC accepts."""
        if pid not in self.tabs_by_platform:
            return False
        tab = self._tab_for_editing(pid)
        text = tab.editor.text()
        proposal, accepted = ShortenDialog.propose(text, self.suggested_link(pid), self)
        if accepted and proposal != text:
            tab.editor.replace_all(proposal)
            self.message.emit(self.tr("X version shortened (Ctrl+Z in the text undoes it)."))
            return True
        return False

    def suggested_link(self, pid: str) -> str:
        """A link for the shortened X text: the first in the text, else a published post."""
        text = self._variants[pid].text
        urls = find_urls(text)
        if urls:
            return text[urls[0].start:urls[0].end]
        for other in ("instagram", "facebook", "youtube"):
            v = self._variants.get(other)
            if v is not None and v.published_url:
                return v.published_url
        return ""

    # ---- copying ----------------------------------------------------------------------
    def copy(self, pid: str | None = None) -> str | None:
        """Copy a variant's final text (the current tab's by default) exactly."""
        pid = pid or self.current_platform()
        if pid is None or pid not in self._variants:
            return None
        text = self._variants[pid].text
        QGuiApplication.clipboard().setText(text)
        self.message.emit(self.tr("%1 text copied. Paste it in the %1 app.")
                          .replace("%1", PLATFORMS[pid].name))
        return text

    def copy_title(self, pid: str = "youtube") -> str | None:
        variant = self._variants.get(pid)
        if variant is None:
            return None
        QGuiApplication.clipboard().setText(variant.title)
        self.message.emit(self.tr("%1 title copied.").replace("%1", PLATFORMS[pid].name))
        return variant.title

    def copy_all(self) -> str:
        """Every target platform's text under a heading ('Salin semua')."""
        text = all_variants_text(self._post.title, self.target_variants())
        QGuiApplication.clipboard().setText(text)
        self.message.emit(self.tr("All versions copied (%1).").replace(
            "%1", ", ".join(PLATFORMS[v.platform].name for v in self.target_variants())))
        return text

    # ---- publishing -------------------------------------------------------------------
    def mark_published(self, pid: str) -> bool:
        """Record the link and time typed in the tab; a wrong link is refused with why."""
        tab = self.tabs_by_platform[pid]
        try:
            url, when = konten.published_mark(pid, tab.url_edit.text(),
                                              tab.when_edit.dateTime().toPython())
        except ValueError as problem:
            tab.url_error.setText(str(problem))
            tab.url_error.show()
            tab.url_edit.setFocus()
            return False
        tab.url_error.hide()
        if url != tab.url_edit.text():
            tab.url_edit.setText(url)
        self._variants[pid] = replace(self._variants[pid], published_url=url,
                                      published_at=when)
        self._show_published(pid)
        self._decorate_tab(pid)
        self.changed.emit()
        self.published.emit(pid)
        self.message.emit(self.tr("%1 marked as published.").replace("%1", PLATFORMS[pid].name))
        return True

    def clear_published(self, pid: str) -> None:
        tab = self.tabs_by_platform[pid]
        self._variants[pid] = replace(self._variants[pid], published_url="", published_at=None)
        tab.url_edit.clear()
        tab.url_error.hide()
        self._show_published(pid)
        self._decorate_tab(pid)
        self.changed.emit()

    def _show_published(self, pid: str) -> None:
        tab = self._built(pid)
        if tab is None:
            return
        variant = self._variants[pid]
        if variant.published_url:
            when = variant.published_at
            stamp = f"{format_date_short(when.date())} {format_time(when.time())}" if when \
                else ""
            tab.published_label.setText(self.tr("✓ Published %1").replace("%1", stamp).strip())
        else:
            tab.published_label.setText("")
        tab.published_label.setVisible(bool(variant.published_url))
        tab.unpublish_button.setVisible(bool(variant.published_url))
        tab.terbit_button.setVisible(bool(variant.published_url)
                                     and str(self._post.status) != "Terbit")

    def set_status(self, status: str) -> None:
        """The post's status changed (hides the 'set to Terbit' offer once it is)."""
        self._post = replace(self._post, status=status)
        for pid in self.tabs_by_platform:
            self._show_published(pid)

    # ---- access -----------------------------------------------------------------------
    def variants(self) -> list[Variant]:
        """Every variant held (targets first in platform order, then kept others)."""
        order = {p: i for i, p in enumerate(PLATFORM_IDS)}
        return sorted(self._variants.values(), key=lambda v: order.get(v.platform, 99))

    def target_variants(self) -> list[Variant]:
        return [v for v in self.variants() if v.platform in self._post.platforms]

    def variant(self, pid: str) -> Variant | None:
        return self._variants.get(pid)

    def count(self, pid: str) -> Count | None:
        """The count of a version's text: what its tab, its preview and Cek show."""
        variant = self._variants.get(pid)
        return None if variant is None else count(pid, variant.text)

    def counts(self) -> dict[str, Count]:
        """Each target platform's version count, in tab order (for the counter pills)."""
        return {pid: c for pid in self.tabs_by_platform if (c := self.count(pid)) is not None}

    def editor_for(self, pid: str) -> CaptionEditor | None:
        """The text box of a platform's variant (for marks from the checks), up to date."""
        if pid not in self.tabs_by_platform:
            return None
        return self._tab_for_editing(pid).editor

    def current_platform(self) -> str | None:
        widget = self.tabs.currentWidget()
        return widget.platform_id if isinstance(widget, VariantTab | TabPlaceholder) else None

    def select(self, pid: str | None) -> None:
        if pid in self.targets and self.tabs.currentWidget() is not self._page(pid):
            self.tabs.setCurrentWidget(self._page(pid))  # builds the tab (_tab_changed)

    def _tab_changed(self, _index: int) -> None:
        pid = self.current_platform()
        if pid:
            self._apply_pending(self.built_tab(pid))
            self.current_platform_changed.emit(pid)
