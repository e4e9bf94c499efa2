"""'Cek Sebelum Unggah' in the post editor: live findings, fixes, checklist, review reason.

`CheckPanel` is the side tab "Cek" of a PostEditor and the glue around it:

- every edit schedules a check (gui/konten/check_runner.py: debounced, off the UI thread, newest
  request wins); the results underline the main caption and the platform version shown
  (colour by severity, tooltip with message and suggestions), fill the findings panel and
  the summary chip in the caption header;
- right-click on an underline (or a row): "Ganti dengan …" per suggestion (dictionary
  suggestions are fetched in a worker: "Mencari saran…" first), "Abaikan di konten ini"
  (stored, undoable), "Tambahkan ke glosarium" (spelling and foreign-word findings);
- clicking a row, or F8 / Shift+F8, selects the text in the right editor (switching the
  platform tab when needed);
- the manual checklist, each tick stored with the PIC's name and the time;
- the tone profile (setting `tone_profile`);
- status changes go through core.actions.konten.change_status: moving to "Siap
  Ditinjau" or later with open errors asks for a reason, to "Disetujui" or "Terbit" with
  unticked checklist items asks "Tetap lanjutkan" with a reason (gui/konten/override_dialog.py);
  both are stored in check_overrides (who, when) for the report.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QShowEvent,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QScrollArea, QSplitter, QVBoxLayout, QWidget

from core import check_records, checks, settings
from core.actions import konten
from core.captions.hashtags import HASHTAG_RE, MENTION_RE
from core.check_request import CheckRequest
from core.checks import ChecklistItem, CheckSettings, Finding, Target, is_ready, reload_rules
from core.model import Post, Status
from core.safe_write import WriteError
from core.store import Store
from gui.konten.check_runner import CheckResult, CheckRunner, SuggestionFetcher
from gui.konten.post_editor import PostEditor
from widgets.caption_editor import CaptionEditor, Mark
from widgets.checklist_panel import ChecklistPanel
from widgets.findings_panel import FindingRow, FindingsPanel, SummaryChip, group_findings
from widgets.shortcuts import add_shortcut
from widgets.text_positions import PositionMap

GLOSSARY_RULES = frozenset({"akurasi.ejaan", "akurasi.istilah_asing"})
MAX_MENU_SUGGESTIONS = 5
FINDINGS_SHARE = 0.75  # of the Cek tab's height, the rest is the checklist


def has_caption_text(request: CheckRequest) -> bool:
    """Whether the main caption or any platform version has words besides the tags and
    mentions a new post's versions already carry (else nothing was checked to pass)."""
    def words(text: str) -> bool:
        return bool(MENTION_RE.sub("", HASHTAG_RE.sub("", text)).strip())
    return words(request.post.caption) or any(words(v.text) for v in request.variants)


@dataclass
class _ViewState:
    """What the Cek tab shows, kept while its widgets are not built yet."""

    state: str | None = None  # None: the panel's own "Checking…"
    photo_names: dict[Target, str] = field(default_factory=dict)
    findings: tuple[list[Finding], int, bool] | None = None
    checklist: tuple[list[ChecklistItem], dict] = ([], {})

    def apply(self, findings: FindingsPanel, checklist: ChecklistPanel, profile: str) -> None:
        findings.set_profile(profile)
        findings.set_photo_names(self.photo_names)
        if self.findings is not None:
            findings.set_findings(*self.findings)
        if self.state is not None:
            findings.set_state(self.state)
        checklist.set_items(*self.checklist)


class IgnoreCommand(QUndoCommand):
    """'Abaikan di konten ini' as an undoable step (Edit > Urungkan)."""

    def __init__(self, panel: CheckPanel, post_id: int, key: str, text: str) -> None:
        super().__init__(text)
        self.panel, self.post_id, self.key = panel, post_id, key

    def redo(self) -> None:
        check_records.ignore_finding(self.panel.store, self.post_id, self.key)
        self.panel.ignored_changed(self.post_id)

    def undo(self) -> None:
        check_records.unignore_finding(self.panel.store, self.post_id, self.key)
        self.panel.ignored_changed(self.post_id)


class CheckPanel(QWidget):
    """The "Cek" side tab of `editor`, and what connects the checks to it."""

    message = Signal(str)
    checked = Signal(object)  # CheckResult shown (tests, status bar)

    def __init__(self, store: Store, editor: PostEditor, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None, *, page: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_panel")
        self.store = store
        self.editor = editor
        self.undo_stack = undo_stack
        self._post_id: int | None = None
        self._ignored: frozenset[str] = frozenset()
        self._ticks: dict[str, check_records.Tick] = {}
        self._result: CheckResult | None = None
        self._shown: list[Finding] = []
        self._open_menus: list[tuple[QAction, QWidget, Finding, tuple[int, int] | None]] = []
        self.profile = settings.load_context(store).tone_profile
        # The page's first show (at start-up) comes before its first check, which reads the
        # rules as they are: reloading them then would only throw away what the warm-up
        # loaded and check twice. Every later show (back from Pengaturan) reloads. `page`
        # (the Konten page) is what is watched when given: its own layout hides and shows
        # the editor (the narrow layout, the reflow at start-up), which changes no rule.
        self._editor_shown = False
        self._watched = page if page is not None else editor

        # The findings and the checklist are built when the Cek tab is first shown (or
        # read): until then what they would show is kept here (_ViewState).
        self._findings: FindingsPanel | None = None
        self._checklist: ChecklistPanel | None = None
        self._view = _ViewState()
        self._col = QVBoxLayout(self)
        self._col.setContentsMargins(0, 0, 0, 0)

        self.chip = SummaryChip()
        self.chip.setToolTip(self.tr("Checks before posting: open the Check tab (F8 goes to "
                                     "the next problem)"))
        self.chip.clicked.connect(self.show_panel)
        editor.add_caption_tool(self.chip)
        self.tab_index = editor.add_side_panel(self, self.tr("Check"))

        self.runner = CheckRunner(self.snapshot, parent=self)
        self.runner.finished.connect(self._show_result)
        self.runner.failed.connect(self._failed)
        self.runner.busy.connect(self._busy)
        self.suggestions = SuggestionFetcher(self)
        self.suggestions.ready.connect(self._suggestions_ready)

        editor.content_changed.connect(self.runner.schedule)
        editor.post_changed.connect(self._post_changed)
        editor.current_platform_changed.connect(self._variant_shown)
        editor.set_status_guard(self.allow_status)
        editor.caption.set_mark_menu_provider(
            lambda mark, menu: self._fill_menu(menu, mark.data, editor.caption,
                                               (mark.start, mark.end)))
        self._follow_photos()
        self._make_actions()
        self._watched.installEventFilter(self)
        self._post_changed(editor.post())

    # ---- the tab's widgets, built on first show ------------------------------------------
    @property
    def findings(self) -> FindingsPanel:
        """The findings list (built now if the Cek tab was not shown yet)."""
        self._build_views()
        assert self._findings is not None
        return self._findings

    @property
    def checklist(self) -> ChecklistPanel:
        self._build_views()
        assert self._checklist is not None
        return self._checklist

    def views_built(self) -> bool:
        return self._findings is not None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._build_views()
        super().showEvent(event)

    def _build_views(self) -> None:
        if self._findings is not None:
            return
        self._findings = FindingsPanel()
        self._checklist = ChecklistPanel()
        self._view.apply(self._findings, self._checklist, self.profile)
        holder = QWidget()
        holder_col = QVBoxLayout(holder)
        holder_col.setContentsMargins(8, 8, 8, 8)
        holder_col.addWidget(self._checklist)
        holder_col.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("checklist_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        findings_box = QWidget()
        fcol = QVBoxLayout(findings_box)
        fcol.setContentsMargins(8, 8, 8, 4)
        fcol.addWidget(self._findings)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("check_splitter")
        self.splitter.addWidget(findings_box)
        self.splitter.addWidget(scroll)
        self.splitter.setChildrenCollapsible(False)
        # the findings are what the PIC works through: they get three quarters
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        share = round(FINDINGS_SHARE * 1000)
        self.splitter.setSizes([share, 1000 - share])
        self._col.addWidget(self.splitter)
        self.splitter.show()  # added while the tab shows: Qt shows only earlier children
        self._findings.activated.connect(self.jump_to)
        self._findings.profile_changed.connect(self.set_profile)
        self._findings.restore_ignored.connect(self.restore_ignored)
        self._findings.set_menu_provider(self._fill_row_menu)
        self._checklist.toggled.connect(self._ticked)

    def _show_state(self, text: str) -> None:
        self._view.state = text
        if self._findings is not None:
            self._findings.set_state(text)

    def _show_findings(self, shown: list[Finding], ignored: int, has_text: bool) -> None:
        self._view.findings = (shown, ignored, has_text)
        if self._findings is not None:
            self._findings.set_photo_names(self._view.photo_names)
            self._findings.set_findings(shown, ignored, has_text)

    def _show_checklist(self, items: Sequence[ChecklistItem], ticks: dict) -> None:
        self._view.checklist = (list(items), ticks)
        if self._checklist is not None:
            self._checklist.set_items(items, ticks)

    def _follow_photos(self) -> None:
        """Check again when the post's photos are added, removed or reordered (alt text,
        size and the photo checklist items depend on them)."""
        strip = getattr(getattr(self.editor, "photos_card", None), "strip", None)
        model = getattr(strip, "model", None)
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.rowsMoved):
            signal.connect(self._photos_changed)

    def _photos_changed(self, *_: object) -> None:
        if self._post_id is not None:
            self.runner.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Back on the Konten page after Pengaturan: rules or the checklist may have changed.
        if watched is self._watched and event.type() == QEvent.Type.Show \
                and not event.spontaneous():
            first = not self._editor_shown
            self._editor_shown = True
            if self._post_id is not None and not (first and self.runner.last_result() is None):
                self.rules_changed()
        return False

    def _make_actions(self) -> None:
        self.next_action = add_shortcut(self.editor, self.tr("Next problem"), "F8",
                                        lambda: self.findings.select_step(1))
        self.previous_action = add_shortcut(self.editor, self.tr("Previous problem"),
                                            "Shift+F8", lambda: self.findings.select_step(-1))

    # ---- what to check ----------------------------------------------------------------
    def snapshot(self) -> CheckRequest | None:
        """The post as shown now, as plain data for the worker."""
        post = self.editor.current_post()
        if post is None or post.id is None:
            return None
        variants = tuple(v for v in self.editor.current_variants()
                         if v.platform in post.platforms)
        try:
            photos = tuple(check_records.post_photos(self.store, post.id))
            ctx = settings.load_context(self.store)
        except sqlite3.Error:  # the store is closing (window shut, backup restored)
            return None
        return CheckRequest(post=post, variants=variants, photos=photos, profile=self.profile,
                            ignored=self._ignored,
                            settings=CheckSettings(hashtag_caps=dict(ctx.hashtag_caps)),
                            today=dt.date.today())

    def _post_changed(self, post: Post | None) -> None:
        self.runner.cancel()
        self._result = None
        self._shown = []
        self._post_id = post.id if post is not None else None
        self.editor.caption.clear_marks()
        for tab in self.editor.variants.built_tabs().values():
            tab.editor.clear_marks()
        if post is None or post.id is None:
            self._ignored, self._ticks = frozenset(), {}
            self._show_findings([], 0, True)
            self._show_checklist([], {})
            return
        self._ignored = check_records.ignored_keys(self.store, post.id)
        self._ticks = check_records.list_ticks(self.store, post.id)
        self._show_state(self._waiting_text())
        self.chip.set_state("idle", self.tr("Checking…"))
        self.runner.run_now()

    def _waiting_text(self) -> str:
        if not is_ready():
            return self.tr("Preparing the dictionary… the first check takes a moment.")
        return self.tr("Checking…")

    def _busy(self, busy: bool) -> None:
        if busy and self._result is None:
            self._show_state(self._waiting_text())

    def _failed(self, message: str) -> None:
        self._show_state(self.tr("The check failed: %1. Keep writing; Warta tries again "
                                        "after the next change.").replace("%1", message))

    # ---- showing results ---------------------------------------------------------------
    def _show_result(self, result: CheckResult) -> None:
        if result.request.post.id != self._post_id:
            return
        self._result = result
        self._render()
        self.checked.emit(result)

    def _render(self) -> None:
        result = self._result
        if result is None:
            return
        shown = [f for f in result.findings if f.key not in self._ignored]
        self._shown = shown
        self._show_state("")
        self._view.photo_names = {Target.of_photo(p.id): p.original_name
                                  for p in result.request.photos}
        has_text = has_caption_text(result.request)
        self._show_findings(shown, len(self._ignored), has_text)
        self.chip.set_findings([row.finding for row in group_findings(shown)], has_text)
        self._mark(self.editor.caption, Target.caption())
        for pid, tab in self.editor.variants.built_tabs().items():
            if tab.pending_text is None:  # a tab not yet shown gets its marks when shown
                self._mark(tab.editor, Target.variant(pid))
        self._show_checklist(result.checklist, self._ticks)

    def _mark(self, editor: CaptionEditor, target: Target) -> bool:
        """Underline the findings of `target` if the editor still shows the checked text."""
        result = self._result
        if result is None or editor.text() != result.request.text_of(target):
            return False
        editor.set_mark_menu_provider(
            lambda mark, menu, ed=editor: self._fill_menu(menu, mark.data, ed,
                                                          (mark.start, mark.end)))
        editor.set_marks([Mark(f.start, f.end, f.severity, self._tooltip(f), f.rule_id, f)
                          for f in self._shown if f.target == target and f.end > f.start])
        return True

    def _variant_shown(self, pid: str) -> None:
        tab = self.editor.variants.tabs_by_platform.get(pid)
        if tab is not None and tab.pending_text is None:
            self._mark(tab.editor, Target.variant(pid))

    def _tooltip(self, finding: Finding) -> str:
        tip = finding.message
        known = self.suggestions.known(finding)
        if known:
            tip += "\n" + self.tr("Suggestion: %1").replace("%1", ", ".join(known[:5]))
        return tip + "\n" + self.tr("Right-click for fixes.")

    def shown_findings(self) -> list[Finding]:
        return list(self._shown)

    def show_panel(self) -> None:
        self.editor.side_tabs.setCurrentWidget(self)
        self.findings.view.setFocus()

    # ---- jumping to a finding ----------------------------------------------------------
    def target_widget(self, target: Target) -> CaptionEditor | QLineEdit | None:
        """The text box that holds a target, switching the platform tab if needed."""
        if target.kind == "caption":
            return self.editor.caption
        if target == Target.of_field("title"):
            return self.editor.title
        if target == Target.of_field("activity"):
            return self.editor.activity
        if target.kind == "variant":
            pid = target.platform
            if pid not in self.editor.variants.tabs_by_platform:
                return None
            self.editor.set_current_platform(pid)
            widget = self.editor.variants.editor_for(pid)
            self._variant_shown(pid)
            if target.is_variant_title:
                return self.editor.variants.tabs_by_platform[pid].title_edit
            return widget
        return None

    def live_range(self, widget: QWidget, finding: Finding) -> tuple[int, int] | None:
        """Where the finding is now (marks move with typing), else None if unknown."""
        if isinstance(widget, CaptionEditor):
            for mark in widget.marks():
                if mark.data == finding:
                    return mark.start, mark.end
        result = self._result
        if result is None:
            return None
        text = widget.text() if isinstance(widget, (CaptionEditor, QLineEdit)) else None
        if text is not None and text == result.request.text_of(finding.target):
            return finding.start, finding.end
        return None

    def jump_to(self, row: FindingRow | Finding) -> None:
        """Select the finding's text in its editor and give that editor the focus."""
        finding = row.finding if isinstance(row, FindingRow) else row
        if finding.target.is_photo:
            self.message.emit(self.tr("This is about a photo of the post: fix it in the "
                                      "photo's details (alt text, consent, size)."))
            return
        widget = self.target_widget(finding.target)
        if widget is None:
            return
        span = self.live_range(widget, finding)
        text = widget.text()
        pmap = PositionMap(text)
        if isinstance(widget, CaptionEditor):
            cursor = QTextCursor(widget.document())
            if span is not None and span[1] > span[0]:
                cursor.setPosition(pmap.to_qt(span[0]))
                cursor.setPosition(pmap.to_qt(span[1]), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        elif span is not None and span[1] > span[0]:
            start = pmap.to_qt(span[0])
            widget.setSelection(start, pmap.to_qt(span[1]) - start)
        self.editor.show_form()
        self.editor.scroll.ensureWidgetVisible(widget, 10, 40)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- fixes menu ---------------------------------------------------------------------
    def _fill_row_menu(self, row: FindingRow, menu: QMenu) -> None:
        finding = row.finding
        widget = None
        span = None
        if not finding.target.is_photo:
            widget = self._widget_no_switch(finding.target)
            span = self.live_range(widget, finding) if widget is not None else None
        self._fill_menu(menu, finding, widget, span)

    def _widget_no_switch(self, target: Target) -> QWidget | None:
        if target.kind == "variant":
            tab = self.editor.variants.tabs_by_platform.get(target.platform)
            if tab is None:
                return None
            if target.is_variant_title:
                return tab.title_edit
            return tab.editor if tab.pending_text is None else None
        return self.target_widget(target)

    def _fill_menu(self, menu: QMenu, finding: object, widget: QWidget | None,
                   span: tuple[int, int] | None) -> None:
        """Fixes for one finding: replacements, ignore, glossary."""
        if not isinstance(finding, Finding):
            return
        if widget is not None and span is not None and span[1] > span[0]:
            found = self.suggestions.fetch(finding)
            if found is None:
                waiting = menu.addAction(self.tr("Looking for suggestions…"))
                waiting.setObjectName("suggestions_waiting")
                waiting.setEnabled(False)
                self._open_menus.append((waiting, widget, finding, span))
            elif found:
                self._add_replacements(menu, None, widget, span, found)
            elif finding.rule_id == "akurasi.ejaan":
                none = menu.addAction(self.tr("No suggestions"))
                none.setEnabled(False)
            menu.addSeparator()
        ignore = menu.addAction(self.tr("Ignore in this post"))
        ignore.setObjectName("ignore_finding")
        ignore.triggered.connect(lambda _=False, f=finding: self.ignore(f))
        if finding.rule_id in GLOSSARY_RULES and finding.matched.strip():
            add = menu.addAction(self.tr("Add \"%1\" to the glossary").replace(
                "%1", finding.matched))
            add.setObjectName("add_to_glossary")
            add.triggered.connect(lambda _=False, f=finding: self.add_glossary(f))

    def _add_replacements(self, menu: QMenu, before: QAction | None, widget: QWidget,
                          span: tuple[int, int], suggestions: Sequence[str]) -> list[QAction]:
        actions = []
        for text in list(dict.fromkeys(suggestions))[:MAX_MENU_SUGGESTIONS]:
            label = self.tr("Replace with \"%1\"").replace("%1", text.replace("&", "&&"))
            act = QAction(label, menu)
            act.setObjectName("replace_with")
            act.setData(text)
            act.triggered.connect(lambda _=False, w=widget, s=span, t=text:
                                  self.replace(w, s, t))
            if before is None:
                menu.addAction(act)
            else:
                menu.insertAction(before, act)
            actions.append(act)
        return actions

    def _suggestions_ready(self, finding: Finding, found: tuple[str, ...]) -> None:
        still_open = []
        for waiting, widget, wanted, span in self._open_menus:
            if not shiboken6.isValid(waiting):
                continue
            if wanted.matched != finding.matched:
                still_open.append((waiting, widget, wanted, span))
                continue
            # the action sits in the editor's menu (and in the holder the provider filled)
            menus = [m for m in waiting.associatedObjects() if isinstance(m, QMenu)]
            if found and menus and shiboken6.isValid(widget):
                for menu in menus:
                    self._add_replacements(menu, waiting, widget, span, found)
                    menu.removeAction(waiting)
            else:
                waiting.setText(self.tr("No suggestions"))
        self._open_menus = still_open
        if self._result is not None:
            self._render()  # tooltips now name the suggestions

    def replace(self, widget: QWidget, span: tuple[int, int], text: str) -> bool:
        """Apply a suggestion as one undoable edit; a derived version's fix goes to the
        main caption (the version follows it)."""
        widget, span = self._fix_target(widget, span)
        if isinstance(widget, CaptionEditor):
            widget.replace_range(span[0], span[1], text)
        elif isinstance(widget, QLineEdit):
            pmap = PositionMap(widget.text())
            start = pmap.to_qt(span[0])
            widget.setSelection(start, pmap.to_qt(span[1]) - start)
            widget.insert(text)  # QLineEdit's own undo (Ctrl+Z) takes it back
            widget.textEdited.emit(widget.text())
        else:
            return False
        widget.setFocus()
        self.message.emit(self.tr("Replaced with \"%1\". Ctrl+Z in the text undoes it.")
                          .replace("%1", text))
        return True

    def _fix_target(self, widget: QWidget, span: tuple[int, int]
                    ) -> tuple[QWidget, tuple[int, int]]:
        """A version that still follows the main caption starts with it: fix the caption."""
        for pid, tab in self.editor.variants.built_tabs().items():
            if tab.editor is not widget:
                continue
            variant = self.editor.variants.variant(pid)
            caption = self.editor.caption.text()
            if variant is not None and not variant.edited and span[1] <= len(caption) \
                    and widget.text().startswith(caption):
                return self.editor.caption, span
        return widget, span

    # ---- ignore, glossary, profile -----------------------------------------------------
    def ignore(self, finding: Finding) -> None:
        """'Abaikan di konten ini': hide it now, store it, check again."""
        if self._post_id is None:
            return
        text = self.tr("Ignore \"%1\"").replace("%1", finding.matched or finding.rule_id)
        if self.undo_stack is not None:
            self.undo_stack.push(IgnoreCommand(self, self._post_id, finding.key, text))
        else:
            IgnoreCommand(self, self._post_id, finding.key, text).redo()
        self.message.emit(self.tr("Ignored in this post. \"Show ignored findings again\" in "
                                  "the Check tab brings it back."))

    def ignored_changed(self, post_id: int) -> None:
        if post_id != self._post_id:
            return
        self._ignored = check_records.ignored_keys(self.store, post_id)
        self._render()
        self.runner.run_now()

    def restore_ignored(self) -> None:
        if self._post_id is None:
            return
        check_records.clear_ignored(self.store, self._post_id)
        self.ignored_changed(self._post_id)
        self.message.emit(self.tr("Ignored findings are shown again."))

    def add_glossary(self, finding: Finding) -> bool:
        try:
            term = checks.add_to_glossary(finding.matched)
        except (ValueError, WriteError) as exc:
            self.message.emit(str(exc))
            return False
        reload_rules()
        self.runner.run_now()
        self.message.emit(self.tr("\"%1\" added to the glossary: it is no longer reported.")
                          .replace("%1", term))
        return True

    def set_profile(self, profile: str) -> None:
        self.profile = profile
        if self._findings is not None:
            self._findings.set_profile(profile)
        settings.set(self.store, "tone_profile", profile)
        self.runner.run_now()

    def rules_changed(self) -> None:
        """Pengaturan changed a rule, the checklist or the profile: check again."""
        self.profile = settings.load_context(self.store).tone_profile
        if self._findings is not None:
            self._findings.set_profile(self.profile)
        reload_rules()
        if self._post_id is not None:
            self.runner.run_now()

    # ---- checklist ---------------------------------------------------------------------
    def _ticked(self, item_id: str, checked: bool) -> None:
        if self._post_id is None:
            return
        try:
            if checked:
                check_records.tick(self.store, self._post_id, item_id,
                                   check_records.person_name(self.store))
            else:
                check_records.untick(self.store, self._post_id, item_id)
        except Exception as exc:  # a locked database: say so, keep the box as it was
            self.message.emit(self.tr("The tick was not saved: %1").replace("%1", str(exc)))
        self._ticks = check_records.list_ticks(self.store, self._post_id)
        self._show_checklist(self._view.checklist[0], self._ticks)

    # ---- status guard ------------------------------------------------------------------
    def current_findings(self) -> list[Finding]:
        """Findings for the post as it is now (the last result if current, else a check
        right here: a status change is a deliberate click, not typing)."""
        if self.runner.is_current() and self._result is not None:
            return list(self._shown)
        request = self.snapshot()
        if request is None:
            return []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = checks.check_post(request.post, request.variants, request.photos,
                                      profile=request.profile, ignored=self._ignored,
                                      settings=request.settings, today=request.today)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return found

    def allow_status(self, old: Status | None, new: Status) -> bool:
        """The post editor's status guard, through core.actions.konten.change_status:
        open errors need a reason, unticked checklist items a "Tetap lanjutkan"."""
        if self._post_id is None:
            return True
        post = self.editor.current_post()
        variants = [v for v in self.editor.current_variants() if v.platform in post.platforms]
        findings = None
        if check_records.needs_reason(old, new):
            findings = [row.finding for row in group_findings(self.current_findings())
                        if row.severity == "error"]
        call = dict(old=old, findings=findings, post=post, variants=variants)
        result = konten.change_status(self.store, self._post_id, new, **call)
        if result.changed:
            return True
        answer = self._ask(result.gate, str(new))
        if answer is None:
            return False
        try:
            result = konten.change_status(self.store, self._post_id, new, answer=answer, **call)
        except ValueError as exc:
            self.message.emit(str(exc))
            return False
        if result.gate.errors:
            self.editor.set_review_reason(answer.error_reason)
        self.message.emit(self.tr("Reason recorded; it appears in the monthly report."))
        return result.changed

    def _ask(self, gate: konten.Gate, status: str) -> konten.Answer | None:
        """Ask about each open part of the gate; None when the PIC cancels."""
        # the dialogs' module (and QDialogButtonBox's enum types) only when one is asked
        from gui.konten.override_dialog import ChecklistGateDialog, OverrideDialog

        error_reason = checklist_reason = ""
        if gate.errors:
            error_reason, accepted = OverrideDialog.ask(list(gate.errors), status, self.window())
            if not accepted:
                self.message.emit(self.tr("Status not changed. Fix the errors, or give a "
                                          "reason to move on."))
                return None
        if gate.unticked:
            checklist_reason, accepted = ChecklistGateDialog.ask(list(gate.unticked), status,
                                                                 self.window())
            if not accepted:
                self.message.emit(self.tr("Status not changed. Tick the checklist items in "
                                          "the Check tab, or give a reason to continue."))
                return None
        return konten.Answer(error_reason, checklist_reason,
                             check_records.person_name(self.store))
