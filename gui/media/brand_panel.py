"""The Media page's branding panel: template, format chips, title/date/location (filled
from the post), the live preview with the safe-zone toggle and focus by click, the
export folder and the "Ekspor" button.

The panel only holds the choice; the Media page supplies the photo, the post and the
selection, saves focus points and runs the export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import settings
from core.branding import (
    DEFAULT_KIT_ID,
    FORMATS,
    PLACEHOLDER_LOGO_NOTE,
    BrandKit,
    KitError,
    format_date_id,
    load_kit,
)
from core.model import Post, Profile
from core.post_branding import BrandChoice
from core.store import Store
from widgets.brand_preview import BrandPreview
from widgets.flow_layout import FlowLayout
from widgets.media_commands import media_events
from widgets.platform_toggles import CHIP_STYLE
from widgets.settings_link import open_settings, settings_path

NO_DATE = QDate(2000, 1, 1)


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the full text is the tooltip."""

    clicked = Signal()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        super().mousePressEvent(event)
        self.clicked.emit()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(10, self.width())))


class BrandPanel(QWidget):
    export_requested = Signal()
    folder_change_requested = Signal()
    focus_changed = Signal(float, float)
    choice_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brand_panel")
        self.store = store
        self.kit: BrandKit | None = None
        self.kit_error = ""
        self._profile = Profile()
        self._post: Post | None = None
        self._export_count = 0
        self._build()
        self.reload_kit()
        self._kit_stale = False
        media_events().kit_changed.connect(self._kit_changed)

    # ---- layout
    def _build(self) -> None:
        self.template = QComboBox()
        self.template.setObjectName("brand_template")
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(12)
        self.kit_label = ElidedLabel()
        self.kit_label.setObjectName("Muted")
        self.kit_label.clicked.connect(self._kit_label_clicked)
        self.chips_box = QWidget()
        self.chips_box.setObjectName("brand_formats")
        self.chips_layout = FlowLayout(self.chips_box, spacing=5)
        self.chips: dict[str, QToolButton] = {}
        self.title = QLineEdit()
        self.title.setObjectName("brand_title")
        self.title.setPlaceholderText(self.tr("Activity title"))
        self.date = QDateEdit()
        self.date.setObjectName("brand_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("(no date)"))
        # as wide as its text and drop-down need, never wider; its hint follows the
        # style sheet and the font, which a width fixed here did not
        self.date.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.location = QLineEdit()
        self.location.setObjectName("brand_location")
        self.location.setPlaceholderText(self.tr("e.g. Aula Kecamatan Cimahi Tengah"))
        self.from_post = QToolButton()
        self.from_post.setObjectName("brand_from_post")
        self.from_post.setText(self.tr("From post"))
        self.from_post.setToolTip(self.tr("Fill title, date and location from the post again"))
        self.from_post.clicked.connect(self._from_post_clicked)
        self.from_post_hint = QLabel()
        self.from_post_hint.setObjectName("brand_from_post_hint")
        self.from_post_hint.setWordWrap(True)
        self.from_post_hint.setStyleSheet("color: #9A6700;")
        self.from_post_hint.hide()
        self._has_photo = False

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(5)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.chips_box)  # full width: the five chips fit on one row
        form.addRow(self.tr("Title"), self.title)
        place_row = QHBoxLayout()
        place_row.setContentsMargins(0, 0, 0, 0)
        place_row.addWidget(self.date)
        place_row.addWidget(self.location, 1)
        place_row.addWidget(self.from_post)
        form.addRow(self.tr("Date, place"), place_row)
        form.addRow(self.from_post_hint)

        self.preview = BrandPreview()
        self.preview.setMinimumHeight(180)
        self.preview_format = QComboBox()
        self.preview_format.setObjectName("brand_preview_format")
        self.preview_format.setToolTip(self.tr("Format shown in the preview"))
        self.safe = QCheckBox(self.tr("Safe area"))
        self.safe.setObjectName("brand_safe_zone")
        self.safe.setToolTip(self.tr("Show what the platform's buttons and captions cover"))
        self.preview.setToolTip(self.tr("Click the photo to set its focus point."))
        self.warnings = QLabel()
        self.warnings.setObjectName("brand_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9A6700;")
        self.warnings.hide()
        preview_bar = QHBoxLayout()
        preview_bar.setContentsMargins(0, 0, 0, 0)
        preview_bar.addWidget(self.preview_format, 1)
        preview_bar.addWidget(self.safe)

        self.folder = ElidedLabel()
        self.folder.setObjectName("brand_folder")
        self.folder_button = QPushButton(self.tr("Folder…"))
        self.folder_button.setObjectName("brand_folder_button")
        self.folder_button.clicked.connect(self.folder_change_requested)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("Primary")
        self.export_button.setAccessibleName("brand_export")
        self.export_button.setToolTip(self.tr("Export the selected photos in the chosen "
                                              "formats (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_requested)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.folder, 1)
        bottom.addWidget(self.folder_button)
        bottom.addWidget(self.export_button)

        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 8)
        col.setSpacing(6)
        col.addWidget(self.kit_label)
        col.addLayout(form)
        col.addLayout(preview_bar)
        col.addWidget(self.preview, 1)
        col.addWidget(self.warnings)
        col.addLayout(bottom)

        self.template.currentIndexChanged.connect(self._template_changed)
        self.preview_format.currentIndexChanged.connect(self._preview_format_changed)
        self.safe.toggled.connect(self.preview.set_safe_zone)
        for field in (self.title, self.location):
            field.textChanged.connect(self._fields_changed)
        self.date.dateChanged.connect(self._fields_changed)
        self.preview.focus_changed.connect(self.focus_changed)
        self.preview.warnings_changed.connect(self._show_warnings)

    # ---- kit and template
    def _kit_changed(self) -> None:
        """Pengaturan changed the kit: reload now if shown, else when next shown."""
        if self.isVisible():
            self.reload_kit()
        else:
            self._kit_stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._kit_stale:
            self._kit_stale = False
            self.reload_kit()

    def reload_kit(self) -> None:
        """(Re)load the kit chosen in Pengaturan; a broken kit falls back to the default."""
        kit_id = settings.get(self.store, "brand_kit") or DEFAULT_KIT_ID
        self.kit_error = ""
        try:
            self.kit = load_kit(kit_id)
        except KitError as exc:
            self.kit_error = str(exc)
            try:
                self.kit = load_kit(DEFAULT_KIT_ID)
            except KitError:
                self.kit = None
        current = self.template_id()
        with QSignalBlocker(self.template):
            self.template.clear()
            if self.kit is not None:
                for t in self.kit.templates:
                    self.template.addItem(t.name, t.id)
                    self.template.setItemData(self.template.count() - 1, t.description,
                                              Qt.ItemDataRole.ToolTipRole)
        self.preview.set_kit(self.kit)
        self._show_kit_label()
        self.set_template(current or (self.kit.templates[0].id if self.kit else ""))

    def _show_kit_label(self) -> None:
        if self.kit is None:
            self.kit_label.set_full_text(self.kit_error)
            return
        text = self.tr("Brand kit: %1").replace("%1", self.kit.name)
        if self.kit.placeholder_logos:
            text += " · " + self.tr("sample logo: replace it in %1 (click)").replace(
                "%1", settings_path("merek"))
            self.kit_label.setStyleSheet("color: #9A6700; text-decoration: underline;")
            self.kit_label.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.kit_label.setStyleSheet("")
            self.kit_label.unsetCursor()
        if self.kit_error:
            text += " · " + self.kit_error
        self.kit_label.set_full_text(text)

    def _kit_label_clicked(self) -> None:
        if self.kit is not None and self.kit.placeholder_logos:
            open_settings("merek")  # where the sample logo is replaced

    def template_id(self) -> str:
        return self.template.currentData() or ""

    def set_template(self, template_id: str) -> None:
        index = self.template.findData(template_id)
        if index < 0 and self.template.count():
            index = 0
        if index == self.template.currentIndex():
            self._template_changed()
        else:
            self.template.setCurrentIndex(index)

    def _template_changed(self, *_: object) -> None:
        if self.kit is None or not self.template_id():
            return
        template = self.kit.template(self.template_id())
        checked = set(self.formats()) or {"portrait"}
        self.chips_layout.clear()
        self.chips = {}
        for fid in template.formats:
            fmt = FORMATS[fid]
            chip = QToolButton()
            chip.setObjectName(f"format_{fid}")
            chip.setText(self._short_names().get(fid, fmt.name))
            chip.setToolTip(f"{fmt.name}: {fmt.width} × {fmt.height} px ({fmt.aspect})")
            chip.setCheckable(True)
            chip.setChecked(fid in checked)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setStyleSheet(CHIP_STYLE.replace("padding: 4px 12px", "padding: 3px 9px"))
            chip.toggled.connect(lambda on, f=fid: self._chip_toggled(f, on))
            self.chips_layout.addWidget(chip)
            self.chips[fid] = chip
        if not self.formats() and self.chips:
            next(iter(self.chips.values())).setChecked(True)
        self.preview.set_template(template.id)
        self._fill_preview_formats()
        self.choice_changed.emit()

    def _short_names(self) -> dict[str, str]:
        """Chip labels short enough for one row at 1366x768 (full names in tooltips)."""
        return {"square": self.tr("Square"), "portrait": self.tr("Portrait"),
                "story": self.tr("Story"), "landscape": self.tr("Landscape"),
                "youtube": self.tr("YouTube")}

    def formats(self) -> list[str]:
        return [f for f, chip in self.chips.items() if chip.isChecked()]

    def set_formats(self, formats: Sequence[str]) -> None:
        wanted = [f for f in formats if f in self.chips]
        if not wanted:
            return
        for fid, chip in self.chips.items():
            with QSignalBlocker(chip):
                chip.setChecked(fid in wanted)
        self._fill_preview_formats()

    def _chip_toggled(self, fid: str, on: bool) -> None:
        if not self.formats():  # keep at least one
            with QSignalBlocker(self.chips[fid]):
                self.chips[fid].setChecked(True)
            return
        self._fill_preview_formats(fid if on else None)
        self.choice_changed.emit()
        self._update_export_button()

    def _fill_preview_formats(self, show: str | None = None) -> None:
        current = show or self.preview_format.currentData()
        with QSignalBlocker(self.preview_format):
            self.preview_format.clear()
            for fid in self.formats():
                fmt = FORMATS[fid]
                self.preview_format.addItem(
                    self.tr("Preview: %1 %2×%3").replace("%1", fmt.name)
                    .replace("%2", str(fmt.width)).replace("%3", str(fmt.height)), fid)
            index = max(0, self.preview_format.findData(current))
            self.preview_format.setCurrentIndex(index)
        self._preview_format_changed()

    def _preview_format_changed(self, *_: object) -> None:
        fid = self.preview_format.currentData()
        if fid:
            self.preview.set_format(fid)

    def preview_format_id(self) -> str:
        return self.preview_format.currentData() or ""

    def choice(self, export_dir: str = "") -> BrandChoice:
        kit_id = self.kit.id if self.kit else DEFAULT_KIT_ID
        return BrandChoice(kit_id, self.template_id(), self.formats(), export_dir)

    def apply_choice(self, choice: BrandChoice | None) -> None:
        if choice is None or self.kit is None or choice.kit_id != self.kit.id:
            return
        self.set_template(choice.template_id)
        self.set_formats(choice.formats)

    # ---- fields
    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        self._fields_changed()

    def set_post(self, post: Post | None) -> None:
        """The post the photos belong to: its title, date and location fill the fields."""
        self._post = post
        self.from_post_hint.hide()
        self.fill_from_post()

    def _from_post_clicked(self) -> None:
        """Fill from the post, or say why there is none to fill from."""
        if self._post is not None:
            self.fill_from_post()
            return
        if not self._has_photo:
            reason = self.tr("No photo is selected, so there is no post to fill from. Select "
                             "a photo that is in a post, or choose a post in the list on "
                             "the left.")
        else:
            reason = self.tr("This photo is not in any post yet, so there is nothing to fill "
                             "from. Attach it to a post, or choose a post in the list on "
                             "the left.")
        self.from_post_hint.setText(reason)
        self.from_post_hint.show()

    def fill_from_post(self) -> None:
        post = self._post
        blockers = [QSignalBlocker(w) for w in (self.title, self.location, self.date)]
        self.title.setText(post.title if post else "")
        self.location.setText(post.location if post else "")
        day = post.activity_date if post and post.activity_date else None
        self.date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        for b in blockers:
            b.unblock()
        self.title.setCursorPosition(0)
        self.location.setCursorPosition(0)
        self._fields_changed()

    def activity_date(self) -> dt.date | None:
        d = self.date.date()
        return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())

    def fields(self) -> dict[str, str]:
        day = self.activity_date()
        return {"title": self.title.text().strip(),
                "date": format_date_id(day) if day else "",
                "location": self.location.text().strip(),
                "department": self._profile.dept_name.strip(),
                "city": self._profile.city.strip() or "Cimahi"}

    def _fields_changed(self, *_: object) -> None:
        self.preview.set_fields(self.fields())

    # ---- photo, warnings, export state
    def set_photo(self, path: Path | None, focus: tuple[float, float] = (0.5, 0.5)) -> None:
        self._has_photo = path is not None
        self.from_post_hint.hide()  # it spoke of the previous selection
        self.preview.set_photo(path, focus)

    def _show_warnings(self, warnings: list[str]) -> None:
        shown = [w for w in warnings if not w.startswith("Belum ada foto")]
        if self.kit is not None and self.kit.placeholder_logos:  # already said above
            shown = [w for w in shown if PLACEHOLDER_LOGO_NOTE not in w]
        self.warnings.setText("\n".join(shown))
        self.warnings.setVisible(bool(shown))

    def set_folder(self, folder: Path) -> None:
        self.folder.set_full_text(self.tr("To: %1").replace("%1", folder.name or str(folder)))
        self.folder.setToolTip(str(folder))

    def set_export_count(self, count: int) -> None:
        self._export_count = count
        self._update_export_button()

    def _update_export_button(self) -> None:
        n = self._export_count
        self.export_button.setEnabled(n > 0 and bool(self.formats()) and self.kit is not None)
        self.export_button.setText(self.tr("Export (%1)").replace("%1", str(n)) if n
                                   else self.tr("Export"))
