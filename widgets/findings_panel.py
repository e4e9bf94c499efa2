"""The findings of "Cek Sebelum Unggah", grouped by category, and the summary chip.

`FindingsPanel` shows one row per problem under Akurasi, Nada, Kepatuhan and Format:
a severity sign (shape and colour: red circle = galat, amber triangle = peringatan, blue
circle = info), the message, and where it is ("Keterangan utama · Instagram"). The same
problem found in the main caption and in the platform versions that follow it is one row
(`group_findings`), so one "Walikota" is one row, not seven. Clicking a row (or Enter)
emits `activated(FindingRow)`; `select_step(+1/-1)` walks the rows (F8 / Shift+F8).

`SummaryChip` is the compact "2 galat, 3 peringatan" pill shown next to the caption,
coloured by the worst severity (red, amber, green for info or none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPolygonF,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.checks import PROFILES, Finding, Target, count_by_severity, summarize
from core.checks.finding import CATEGORIES

SEVERITY_COLORS = {"error": "#C62828", "warning": "#C77700", "info": "#1D63B8"}
# the summary (chip and panel title) takes the colour of the worst finding: only info
# left, or none, is green like a pass; a post with no text yet is grey, never a pass
WORST_TEXT = {"error": "#B3261E", "warning": "#8A5A00", "info": "#085A40", "ok": "#085A40",
              "idle": "#4A5552"}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NO_ROW = ""  # what non-finding items hold in ROW_ROLE (see row_of)
MAX_ROWS = 300  # a 100k paste can yield thousands; the first ones are what the PIC fixes


@dataclass(frozen=True)
class FindingRow:
    """One problem as the panel lists it: the first finding, and every target it is in."""

    finding: Finding
    findings: tuple[Finding, ...]

    @property
    def targets(self) -> tuple[Target, ...]:
        return tuple(dict.fromkeys(f.target for f in self.findings))

    @property
    def severity(self) -> str:
        return self.finding.severity

    @property
    def category(self) -> str:
        return self.finding.category


def row_of(index: QModelIndex) -> FindingRow | None:
    """The FindingRow of a view index, else None.

    Every item stores something in ROW_ROLE and invalid indexes are never asked: with
    PySide6 6.12 a data() call that answers None drops a reference to None, and enough of
    them (one per paint) abort the process ("none_dealloc").
    """
    if not index.isValid():
        return None
    value = index.data(ROW_ROLE)
    return value if isinstance(value, FindingRow) else None


_TARGET_ORDER = (Target.caption(), Target.of_field("title"), Target.of_field("activity"))


def _target_rank(target: Target) -> tuple[int, str]:
    """Caption, title, activity first; then variants and photos in key order."""
    if target in _TARGET_ORDER:
        return _TARGET_ORDER.index(target), ""
    return len(_TARGET_ORDER), target.key


def group_findings(findings: Iterable[Finding]) -> list[FindingRow]:
    """Merge findings that are the same problem (rule, text, message) across targets."""
    groups: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.rule_id, f.matched, f.message), []).append(f)
    rows = []
    for items in groups.values():
        items.sort(key=lambda f: (_target_rank(f.target), f.start))
        rows.append(FindingRow(items[0], tuple(items)))
    rank = {"error": 0, "warning": 1, "info": 2}
    rows.sort(key=lambda r: (CATEGORIES.index(r.category) if r.category in CATEGORIES else 9,
                             _target_rank(r.finding.target), r.finding.start,
                             rank.get(r.severity, 3)))
    return rows


def paint_severity(painter: QPainter, rect: QRect, severity: str) -> None:
    """A sign that differs in shape, not only colour: circle !, triangle !, circle i."""
    color = QColor(SEVERITY_COLORS.get(severity, SEVERITY_COLORS["warning"]))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    size = min(rect.width(), rect.height())
    box = QRect(rect.left(), rect.top(), size, size)
    if severity == "warning":
        pts = [QPointF(box.center().x() + 0.5, box.top()), QPointF(box.right() + 1, box.bottom()),
               QPointF(box.left(), box.bottom())]
        painter.drawPolygon(QPolygonF(pts))
        glyph_rect = box.adjusted(0, 3, 0, 1)
    else:
        painter.drawEllipse(box)
        glyph_rect = box
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(size * 0.7)))
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, "i" if severity == "info" else "!")
    painter.restore()


class FindingDelegate(QStyledItemDelegate):
    """Draws a finding row: sign, wrapped message, muted 'where' line; headers in bold."""

    PAD = 6
    ICON = 14

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self.where: Callable[[FindingRow], str] = lambda row: ""

    def _text_width(self, index: QModelIndex) -> int:
        """The message width, the same when measuring and painting (rows then fit)."""
        depth = 2 if index.parent().isValid() else 1  # the root decoration takes one indent
        width = self._view.viewport().width() - depth * self._view.indentation()
        return max(80, width - self.ICON - 3 * self.PAD)

    @staticmethod
    def _is_note(index: QModelIndex) -> bool:
        """A top-level message with no findings under it (not a category header)."""
        return not index.parent().isValid() and not index.model().hasChildren(index)

    def _small_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        row = row_of(index)
        if row is None:
            size = super().sizeHint(option, index)
            if self._is_note(index):  # "no problems", "no text yet": wrapped, not cut
                font = QFont(option.font)
                font.setBold(True)
                note = QFontMetrics(font).boundingRect(
                    QRect(0, 0, self._text_width(index), 100000), Qt.TextFlag.TextWordWrap,
                    str(index.data()))
                return QSize(size.width(), max(26, note.height() + 2 * self.PAD))
            return QSize(size.width(), max(size.height(), 26))
        width = self._text_width(index)
        fm = QFontMetrics(option.font)
        msg = fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap,
                              row.finding.message)
        small = QFontMetrics(self._small_font(option))
        where = small.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap,
                                   self.where(row))
        return QSize(width, msg.height() + where.height() + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,  # noqa: D102
              index: QModelIndex) -> None:
        row = row_of(index)
        if row is None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.font.setBold(True)
            if self._is_note(index):
                opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            super().paint(painter, opt, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        from PySide6.QtWidgets import QStyle  # at the first paint: see gui/theme.py

        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        rect = option.rect
        paint_severity(painter, QRect(rect.left() + self.PAD, rect.top() + self.PAD + 2,
                                      self.ICON, self.ICON), row.severity)
        left = rect.left() + 2 * self.PAD + self.ICON
        width = self._text_width(index)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(QColor("#1F2A27"))
        fm = QFontMetrics(option.font)
        msg_rect = fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap,
                                   row.finding.message)
        painter.drawText(QRect(left, rect.top() + self.PAD, width, msg_rect.height()),
                         Qt.TextFlag.TextWordWrap, row.finding.message)
        painter.setFont(self._small_font(option))
        painter.setPen(QColor("#5F6B67"))
        top = rect.top() + self.PAD + msg_rect.height() + 2
        painter.drawText(QRect(left, top, width, rect.bottom() - top),
                         Qt.TextFlag.TextWordWrap, self.where(row))
        painter.restore()


class FindingsView(QTreeView):
    """The tree; relays out rows when its width changes (wrapped text changes height)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._width = -1

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.scheduleDelayedItemsLayout()


class SummaryChip(QPushButton):
    """The findings in a few pixels: a sign and a count per severity, or "✓" when clean.

    The words ("2 galat, 3 peringatan") are its tooltip and accessible name; clicking it
    opens the findings. It has to fit in the caption header at 1366 px.

    It keeps one width for what it usually shows ("Checking…", "✓ OK", up to three
    one-digit counts) and draws its pill at the right of that room: the header's
    width is part of what the Konten page splits between the list and the editor, and a
    chip that grew and shrank with each check moved that split, depending on whether
    the first check came before the first layout (at 150 % the list was 319 or 340 px).
    """

    BG = {"error": "#FDECEA", "warning": "#FFF4D6", "info": "#E3F1EB", "ok": "#E3F1EB",
          "idle": "#EEF0EF"}
    FG = WORST_TEXT
    ICON = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_chip")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFlat(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.counts: dict[str, int] = {}
        self.kind = "idle"
        self.summary = ""
        self.set_state("idle", self.tr("Checking…"))

    def set_state(self, kind: str, text: str) -> None:
        """A state without counts ('Checking…'), shown as text."""
        self.kind, self.summary, self.counts = kind, text, {}
        self.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def set_findings(self, findings: Sequence[Finding], has_text: bool = True) -> None:
        """`has_text` False: the post has no caption text yet, so no findings is no pass."""
        counts = count_by_severity(findings)
        self.counts = {s: counts[s] for s in ("error", "warning", "info") if counts[s]}
        self.kind = next(iter(self.counts), "ok" if has_text else "idle")
        self.summary = summarize(findings) if self.counts or has_text \
            else self.tr("No text yet")
        self.setText("✓" if self.kind == "ok" else self.summary)
        self.setAccessibleName(self.summary)
        self.setToolTip(self.summary + "\n" + self.tr("Click to see them in the Check tab "
                                                      "(F8: next problem)."))
        self.updateGeometry()
        self.update()

    def _parts(self) -> list[tuple[str | None, str]]:
        if self.counts:
            return [(sev, str(n)) for sev, n in self.counts.items()]
        return [(None, "✓ " + self.tr("OK") if self.kind == "ok" else self.summary)]

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _pill_width(self, parts: Sequence[tuple[str | None, str]], fm: QFontMetrics) -> int:
        width = 16
        for sev, text in parts:
            width += (self.ICON + 4 if sev else 0) + fm.horizontalAdvance(text) + 8
        return width

    def _room(self, fm: QFontMetrics) -> int:
        """The width kept whatever the chip shows: its usual states all fit in it (a
        post without text, or with ten findings of a kind, gets a wider chip)."""
        usual = ([(None, self.tr("Checking…"))], [(None, "✓ " + self.tr("OK"))],
                 [(s, "9") for s in ("error", "warning", "info")])
        return max(self._pill_width(parts, fm) for parts in usual)

    def pill_rect(self) -> QRect:
        """Where the pill is drawn: its content's width, at the right of the chip."""
        fm = QFontMetrics(self._bold_font())
        width = min(self.width(), self._pill_width(self._parts(), fm))
        return QRect(self.width() - width, 0, width, self.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self._bold_font())
        width = max(self._pill_width(self._parts(), fm), self._room(fm))
        return QSize(width, max(24, fm.height() + 8))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - only the pill is clickable
        return self.pill_rect().contains(pos)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.pill_rect().adjusted(0, 1, -1, -1)
        painter.setPen(QColor(self.FG.get(self.kind, "#1F2A27")) if self.hasFocus()
                       else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.BG.get(self.kind, self.BG["idle"])))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        font = self._bold_font()
        painter.setFont(font)
        fm = QFontMetrics(font)
        x = rect.left() + 8
        for sev, text in self._parts():
            if sev is not None:
                top = rect.center().y() - self.ICON // 2 + 1
                paint_severity(painter, QRect(x, top, self.ICON, self.ICON), sev)
                x += self.ICON + 4
            painter.setPen(QColor(self.FG.get(self.kind, "#1F2A27")))
            width = fm.horizontalAdvance(text)
            painter.drawText(QRect(x, rect.top(), width + 2, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += width + 8
        painter.end()


class FindingsPanel(QWidget):
    """Summary, tone profile, and the findings grouped by category.

    Signals: activated(FindingRow); profile_changed(str); restore_ignored().
    """

    activated = Signal(object)
    profile_changed = Signal(str)
    restore_ignored = Signal()

    PROFILE_LABELS = {"formal": "Formal", "semi-formal": "Semi-formal", "santai": "Santai"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self._rows: list[FindingRow] = []
        self._menu_provider: Callable[[FindingRow, QMenu], None] | None = None
        self._photo_names: dict[Target, str] = {}

        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self.summary.setStyleSheet("QLabel { font-size: 11pt; font-weight: 600; }")
        self.summary.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("Muted")
        self.state.setWordWrap(True)
        self.profile = QComboBox()
        self.profile.setObjectName("tone_profile")
        for pid in PROFILES:
            self.profile.addItem(self.PROFILE_LABELS.get(pid, pid), pid)
        self.profile.setToolTip(self.tr(
            "Tone profile: Formal for official releases, Semi-formal for friendly notices, "
            "Santai for light content; it changes which tone rules apply"))
        self.profile.currentIndexChanged.connect(
            lambda _i: self.profile_changed.emit(self.profile.currentData()))
        profile_label = QLabel(self.tr("Tone"))
        profile_label.setObjectName("Muted")
        profile_label.setBuddy(self.profile)

        self.model = QStandardItemModel(self)
        self.view = FindingsView()
        self.view.setObjectName("findings_view")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setIndentation(10)
        self.view.setRootIsDecorated(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setMouseTracking(True)
        self.delegate = FindingDelegate(self.view)
        self.delegate.where = self.where_text
        self.view.setItemDelegate(self.delegate)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.ignored_button = QPushButton()
        self.ignored_button.setObjectName("restore_ignored")
        self.ignored_button.setFlat(True)
        self.ignored_button.setStyleSheet("QPushButton { color: #0B6E4F; border: none;"
                                          " padding: 2px 0; text-align: left; }")
        self.ignored_button.clicked.connect(self.restore_ignored)
        self.ignored_button.hide()

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.summary, 1)
        top.addWidget(profile_label)
        top.addWidget(self.profile)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addLayout(top)
        col.addWidget(self.state)
        col.addWidget(self.view, 1)
        col.addWidget(self.ignored_button)
        self.set_state(self.tr("Checking…"))

    # ---- content ----------------------------------------------------------------------
    def set_profile(self, profile: str) -> None:
        index = self.profile.findData(profile)
        if index >= 0 and index != self.profile.currentIndex():
            self.profile.blockSignals(True)
            self.profile.setCurrentIndex(index)
            self.profile.blockSignals(False)

    def current_profile(self) -> str:
        return str(self.profile.currentData())

    def set_photo_names(self, names: dict[Target, str]) -> None:
        """photo target -> the file name shown as the place."""
        self._photo_names = dict(names)

    def set_state(self, text: str) -> None:
        """'Checking…', 'Preparing the dictionary…' or an error; empty hides it."""
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def set_findings(self, findings: Sequence[Finding], ignored: int = 0,
                     has_text: bool = True) -> None:
        """Show these findings (already filtered of ignored ones); `ignored` says how many
        keys the PIC chose to ignore in this post; `has_text` False: no caption text yet."""
        self._rows = group_findings(findings)
        shown = [r.finding for r in self._rows]
        empty = not shown and not has_text
        self.summary.setText(self.tr("No text yet") if empty else summarize(shown))
        counts = count_by_severity(shown)
        worst = next((s for s in ("error", "warning", "info") if counts[s]), "ok")
        colour = WORST_TEXT["idle" if empty else worst]
        self.summary.setStyleSheet(f"QLabel {{ font-size: 11pt; font-weight: 600;"
                                   f" color: {colour}; }}")
        self.model.clear()
        by_category: dict[str, list[FindingRow]] = {}
        for row in self._rows[:MAX_ROWS]:
            by_category.setdefault(row.category, []).append(row)
        for category in CATEGORIES:
            rows = by_category.get(category)
            if not rows:
                continue
            head = QStandardItem(f"{category} ({len(rows)})")
            head.setSelectable(False)
            head.setData(NO_ROW, ROW_ROLE)
            head.setData(category, Qt.ItemDataRole.AccessibleTextRole)
            for row in rows:
                item = QStandardItem(row.finding.message)
                item.setData(row, ROW_ROLE)
                item.setToolTip(self._tooltip(row))
                item.setData(f"{self._severity_word(row.severity)}: {row.finding.message}. "
                             f"{self.where_text(row)}", Qt.ItemDataRole.AccessibleTextRole)
                head.appendRow(item)
            self.model.appendRow(head)
        if len(self._rows) > MAX_ROWS:
            more = QStandardItem(self.tr("… and %1 more").replace(
                "%1", str(len(self._rows) - MAX_ROWS)))
            more.setSelectable(False)
            more.setData(NO_ROW, ROW_ROLE)
            self.model.appendRow(more)
        if not self._rows:
            done = QStandardItem(self.tr(
                "No caption text yet: the checks start when you write the main caption.")
                if empty else self.tr("No problems found. Still go through the checklist "
                                      "below before posting."))
            done.setSelectable(False)
            done.setData(NO_ROW, ROW_ROLE)
            self.model.appendRow(done)
        self.view.expandAll()
        self.ignored_button.setText(self.tr("Show %1 ignored finding(s) again").replace(
            "%1", str(ignored)))
        self.ignored_button.setVisible(ignored > 0)

    def rows(self) -> list[FindingRow]:
        return list(self._rows)

    def summary_text(self) -> str:
        return self.summary.text()

    # ---- labels -----------------------------------------------------------------------
    def _severity_word(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"),
                "info": self.tr("Info")}.get(severity, severity)

    def target_label(self, target: Target) -> str:
        """'Keterangan utama', 'Instagram', 'Judul', 'Judul YouTube', 'Foto a.jpg'."""
        from core.platforms import PLATFORMS

        if target.kind == "caption":
            return self.tr("Main caption")
        if target == Target.of_field("title"):
            return self.tr("Title")
        if target == Target.of_field("activity"):
            return self.tr("Activity")
        if target.kind == "variant":
            pid = target.platform
            name = PLATFORMS[pid].name if pid in PLATFORMS else pid
            return self.tr("%1 title").replace("%1", name) if target.field else name
        if target.is_photo:
            name = self._photo_names.get(target)
            return self.tr("Photo %1").replace("%1", name) if name else self.tr("Photo")
        return target.key

    def where_text(self, row: FindingRow) -> str:
        places = " · ".join(self.target_label(t) for t in row.targets)
        return f"{self._severity_word(row.severity)} · {places}"

    def _tooltip(self, row: FindingRow) -> str:
        tip = row.finding.message
        if row.finding.suggestions:
            tip += "\n" + self.tr("Suggestion: %1").replace(
                "%1", ", ".join(row.finding.suggestions[:5]))
        return tip + "\n" + self.tr("Click to go to the text (F8: next problem).")

    # ---- navigation -------------------------------------------------------------------
    def _items(self) -> list[QModelIndex]:
        out = []
        for r in range(self.model.rowCount()):
            parent = self.model.index(r, 0)
            for c in range(self.model.rowCount(parent)):
                out.append(self.model.index(c, 0, parent))
        return out

    def _clicked(self, index: QModelIndex) -> None:
        row = row_of(index)
        if row is not None:
            self.activated.emit(row)

    def select_step(self, step: int) -> FindingRow | None:
        """Select the next (+1) or previous (-1) finding, wrapping around; activate it."""
        items = self._items()
        if not items:
            return None
        current = self.view.currentIndex()
        at = next((n for n, i in enumerate(items) if i == current), None)
        if at is None:
            at = -1 if step > 0 else 0
        target = items[(at + step) % len(items)]
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)
        row = row_of(target)
        self.activated.emit(row)
        return row

    # ---- context menu -----------------------------------------------------------------
    def set_menu_provider(self, provider: Callable[[FindingRow, QMenu], None] | None) -> None:
        """`provider(row, menu)` fills the right-click menu of a row (fixes, ignore)."""
        self._menu_provider = provider

    def menu_for(self, row: FindingRow) -> QMenu:
        menu = QMenu(self)
        go = menu.addAction(self.tr("Go to the text"))
        go.triggered.connect(lambda: self.activated.emit(row))
        if self._menu_provider is not None:
            menu.addSeparator()
            self._menu_provider(row, menu)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        row = row_of(self.view.indexAt(pos))
        if row is not None:
            menu = self.menu_for(row)
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()
