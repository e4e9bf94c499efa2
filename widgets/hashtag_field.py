"""The post's hashtag field with "Tagar bawaan" (the profile's set) and saved hashtag sets.

The field is free text ("#CimahiKota, mpp cimahi" is fine: core.captions.hashtags
parses it). Under it a hint counts the hashtags against Instagram's cap (a setting,
5 by default): more is allowed in the field (other platforms take them) but the hint
turns amber and says how many Instagram will leave out.

The field has a row of its own and every tag it holds is also shown whole as a chip
(click removes it), so long tags are never cut at the field's edge.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.captions.hashtags import format_hashtags, parse_hashtags
from core.hashtag_sets import HashtagSet, merge_tags
from widgets.collaborator_picker import CHIP_STYLE
from widgets.flow_layout import FlowLayout
from widgets.settings_link import follow_link, open_settings, settings_link, settings_path

BUTTON_STYLE = (
    "QToolButton { background: #FFFFFF; border: 1px solid #D8DEDB; border-radius: 6px;"
    " padding: 4px 9px; }"
    " QToolButton:hover { border-color: #0B6E4F; }"
)


class HashtagField(QWidget):
    """`changed(str)` whenever the hashtag text changes (typing or a button)."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = ""
        self._sets: list[HashtagSet] = []
        self._cap: int | None = 5
        self.edit = QLineEdit()
        self.edit.setObjectName("post_hashtags")
        self.edit.setPlaceholderText(self.tr("e.g. #CimahiKota #DiskominfoCimahi"))
        self.edit.textEdited.connect(self._edited)
        self.default_button = QToolButton()
        self.default_button.setObjectName("hashtags_default")
        self.default_button.setText(self.tr("Default tags"))
        self.default_button.setStyleSheet(BUTTON_STYLE)
        self.default_button.clicked.connect(self.add_default)
        self.sets_button = QToolButton()
        self.sets_button.setObjectName("hashtags_sets")
        self.sets_button.setText(self.tr("Tag collections ▾"))
        self.sets_button.setStyleSheet(BUTTON_STYLE + " QToolButton::menu-indicator { image: none;"
                                       " width: 0; }")
        self.sets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sets_menu = QMenu(self.sets_button)
        self.sets_menu.aboutToShow.connect(self._fill_sets_menu)
        self.sets_button.setMenu(self.sets_menu)
        self.hint = QLabel()
        self.hint.setObjectName("hashtags_hint")
        self.hint.setWordWrap(True)
        self.hint.linkActivated.connect(follow_link)
        self.chips_box = QWidget()
        self._flow = FlowLayout(self.chips_box, spacing=6)
        self.chips: list[QToolButton] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        col.addWidget(self.edit)
        col.addWidget(self.chips_box)
        col.addWidget(self.hint)
        self._rebuild_chips([])
        self._update_hint()

    # ---- data -------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Show the post's hashtags (no signal)."""
        self.edit.setText(text)
        self._update_hint()

    def text(self) -> str:
        return self.edit.text()

    def tags(self) -> list[str]:
        return parse_hashtags(self.edit.text())

    def set_default(self, tags: str) -> None:
        """The profile's default hashtags."""
        self._default = tags
        has = bool(parse_hashtags(tags))
        self.default_button.setEnabled(True)
        self.default_button.setToolTip(
            self.tr("Add the department's default tags: %1").replace(
                "%1", format_hashtags(parse_hashtags(tags))) if has else
            self.tr("No default tags yet: set them in %1.").replace("%1", settings_path("tagar")))

    def set_sets(self, sets: Iterable[HashtagSet]) -> None:
        self._sets = list(sets)

    def set_cap(self, cap: int | None) -> None:
        """Instagram's hashtag cap (the setting)."""
        self._cap = cap
        self._update_hint()

    # ---- actions ----------------------------------------------------------------------
    def add_default(self) -> bool:
        """Add the profile's default hashtags (False, with a hint, when there are none)."""
        if not parse_hashtags(self._default):
            self.hint.setText(self.tr("No default tags yet: set them in %1.").replace(
                "%1", settings_link("tagar")))
            self.hint.setStyleSheet("QLabel { color: #9A6700; }")
            return False
        self._merge(self._default)
        return True

    def add_set(self, hashtag_set: HashtagSet) -> None:
        self._merge(hashtag_set.tags)

    def remove_tag(self, tag: str) -> None:
        """A chip's ✕: the field without that tag."""
        self._replace(format_hashtags(t for t in self.tags() if t != tag))

    def _merge(self, extra: str) -> None:
        self._replace(merge_tags(self.edit.text(), extra))

    def _replace(self, text: str) -> None:
        if text != self.edit.text():
            # through the line edit's own undo (Ctrl+Z in the field takes it back)
            self.edit.selectAll()
            self.edit.insert(text)
            self._edited(text)

    def _edited(self, text: str) -> None:
        self._update_hint()
        self.changed.emit(text)

    def _fill_sets_menu(self) -> None:
        self.sets_menu.clear()
        if not self._sets:
            action = self.sets_menu.addAction(self.tr(
                "No saved tag collections: make them in %1…").replace(
                "%1", settings_path("tagar")))
            action.triggered.connect(lambda: open_settings("tagar"))
            return
        for hashtag_set in self._sets:
            action = self.sets_menu.addAction(
                f"{hashtag_set.name}  ({format_hashtags(hashtag_set.tag_list)})")
            action.triggered.connect(lambda _=False, s=hashtag_set: self.add_set(s))

    def _rebuild_chips(self, tags: list[str]) -> None:
        """One chip per tag, then the two buttons, wrapping to the field's width."""
        for button in (self.default_button, self.sets_button):
            self._flow.removeWidget(button)
        self._flow.clear()
        self.chips = []
        for tag in tags:
            chip = QToolButton()
            chip.setObjectName("hashtag_chip")
            chip.setText(f"{tag}  ✕")
            chip.setStyleSheet(CHIP_STYLE.replace("padding: 3px 8px 3px 10px",
                                                  "padding: 1px 6px 1px 8px"))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(self.tr("Click to remove %1.").replace("%1", tag))
            chip.clicked.connect(lambda _=False, t=tag: self.remove_tag(t))
            self._flow.addWidget(chip)
            self.chips.append(chip)
        for button in (self.default_button, self.sets_button):
            self._flow.addWidget(button)
            button.show()
        self._fit_chips()

    def _fit_chips(self) -> None:
        """The chips' height for the field's width: a flow nested this deep is not asked
        again when its lines change, and the last line would be cut."""
        self.chips_box.setMinimumHeight(self._flow.heightForWidth(max(1, self.width())))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_chips()

    def _update_hint(self) -> None:
        tags = self.tags()
        if [c.text().rsplit("  ", 1)[0] for c in self.chips] != tags:
            self._rebuild_chips(tags)
        n = len(tags)
        if n == 0:
            self.hint.setText(self.tr("Tags are added at the end of every platform version."))
            color = "#5F6B67"
        elif self._cap is not None and n > self._cap:
            self.hint.setText(self.tr(
                "%1 tags. Instagram takes only %2: the first %2 go to the Instagram version, "
                "the rest to the other platforms.").replace("%1", str(n))
                .replace("%2", str(self._cap)))
            color = "#9A6700"
        else:
            limit = self.tr(", Instagram max. %1").replace("%1", str(self._cap)) \
                if self._cap is not None else ""
            self.hint.setText(self.tr("%1 tags%2").replace("%1", str(n)).replace("%2", limit))
            color = "#5F6B67"
        self.hint.setStyleSheet(f"QLabel {{ color: {color}; }}")
