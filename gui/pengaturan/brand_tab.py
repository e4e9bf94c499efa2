"""Pengaturan > Merek: which brand kit Warta uses, its logos, and sharing kits as .zip.

"Ganti logo…" is the one step the issue asks for: choose the official logo file and it
replaces the kit's sample logo (in the user's copy of the kit; the shipped kit is never
changed), with the preview showing it on a template at once. "Pulihkan kit bawaan"
brings the shipped kit (and its sample logo) back. Import and export of kits as .zip
report every problem in the designer's kit.json with its exact place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import settings
from core.branding import (
    DEFAULT_KIT_ID,
    BrandKit,
    KitError,
    KitExistsError,
    LogoError,
    export_kit_zip,
    format_date_id,
    import_kit_zip,
    list_kits,
    load_kit,
    remove_user_kit,
    replace_logo,
)
from core.profile import load_profile
from core.store import Store
from gui import start_dirs
from widgets.brand_preview import BrandPreview
from widgets.media_commands import media_events

LOGO_FILTER = "*.png *.jpg *.jpeg *.webp"


class BrandTab(QWidget):
    message = Signal(str)
    kit_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brand_tab")
        self.store = store
        self.kit: BrandKit | None = None
        self._logo_rows: list[QWidget] = []
        self._build()
        self.reload()

    # ---- layout
    def _build(self) -> None:
        self.kit_combo = QComboBox()
        self.kit_combo.setObjectName("brand_kit_combo")
        self.kit_combo.currentIndexChanged.connect(self._kit_chosen)
        self.kit_info = QLabel()
        self.kit_info.setObjectName("brand_kit_info")
        self.kit_info.setWordWrap(True)
        self.kit_info.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.logos_box = QFrame()
        self.logos_box.setObjectName("Card")
        self.logos_layout = QGridLayout(self.logos_box)
        self.logos_layout.setContentsMargins(12, 10, 12, 10)
        self.logos_layout.setHorizontalSpacing(12)

        self.import_button = QPushButton(self.tr("Import kit (.zip)…"))
        self.import_button.setObjectName("brand_kit_import")
        self.import_button.clicked.connect(self.import_kit)
        self.export_button = QPushButton(self.tr("Export kit (.zip)…"))
        self.export_button.setObjectName("brand_kit_export")
        self.export_button.clicked.connect(self.export_kit)
        self.restore_button = QPushButton(self.tr("Restore shipped kit"))
        self.restore_button.setObjectName("brand_kit_restore")
        self.restore_button.setToolTip(self.tr(
            "Remove your copy of this kit (your logo) and use the kit that came with Warta"))
        self.restore_button.clicked.connect(self.restore_shipped)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(8)
        caption = QLabel(self.tr("Brand kit used for photos"))
        caption.setObjectName("Muted")
        left.addWidget(caption)
        left.addWidget(self.kit_combo)
        left.addWidget(self.kit_info)
        left.addWidget(self.error)
        logos_caption = QLabel(self.tr("Logos"))
        logos_caption.setObjectName("Muted")
        left.addWidget(logos_caption)
        left.addWidget(self.logos_box)
        left.addLayout(buttons)
        left.addStretch(1)

        self.template_combo = QComboBox()
        self.template_combo.setObjectName("brand_tab_template")
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.preview = BrandPreview()
        self.preview.setObjectName("brand_tab_preview")
        self.preview.setMinimumSize(240, 240)
        self.preview.set_format("square")
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.template_combo)
        right.addWidget(self.preview, 1)

        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(18)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

    # ---- data
    def reload(self, select: str | None = None) -> None:
        """List installed kits; select `select` or the kit chosen in settings."""
        chosen = select or settings.get(self.store, "brand_kit") or DEFAULT_KIT_ID
        self.kit_combo.blockSignals(True)
        self.kit_combo.clear()
        self._entries = list_kits()
        for entry in self._entries:
            label = entry.name
            if entry.error:
                label += " " + self.tr("(broken)")
            elif entry.overrides_shipped:
                label += " " + self.tr("(your copy)")
            elif entry.source == "user":
                label += " " + self.tr("(imported)")
            self.kit_combo.addItem(label, entry.id)
        index = self.kit_combo.findData(chosen)
        self.kit_combo.setCurrentIndex(max(0, index))
        self.kit_combo.blockSignals(False)
        self._show_kit()

    def _entry(self):
        kit_id = self.kit_combo.currentData()
        return next((e for e in self._entries if e.id == kit_id), None)

    def _kit_chosen(self, _index: int) -> None:
        entry = self._entry()
        if entry is None:
            return
        if entry.kit is not None:
            settings.set(self.store, "brand_kit", entry.id)
            self._changed(self.tr("Brand kit \"%1\" is used for photos now.")
                          .replace("%1", entry.name))
        self._show_kit()

    def _show_kit(self) -> None:
        entry = self._entry()
        self.kit = entry.kit if entry else None
        self.error.setVisible(bool(entry and entry.error))
        self.error.setText(entry.error or "" if entry else "")
        if entry is None or self.kit is None:
            self.kit_info.setText(self.tr("No usable brand kit."))
            self._fill_logos()
            self.export_button.setEnabled(False)
            self.restore_button.setVisible(bool(entry and entry.overrides_shipped))
            return
        kit = self.kit
        source = {"shipped": self.tr("shipped with Warta"),
                  "user": self.tr("your copy") if entry.overrides_shipped
                  else self.tr("imported")}.get(entry.source, entry.source)
        lines = [f"{kit.name} ({source}, v{kit.version})"]
        if kit.description:
            lines.append(kit.description)
        lines.append(self.tr("%1 templates: %2").replace("%1", str(len(kit.templates)))
                     .replace("%2", ", ".join(t.name for t in kit.templates)))
        self.kit_info.setText("\n".join(lines))
        self.export_button.setEnabled(True)
        self.restore_button.setVisible(entry.overrides_shipped)
        self._fill_logos()
        self.template_combo.blockSignals(True)
        current = self.template_combo.currentData()
        self.template_combo.clear()
        for t in kit.templates:
            self.template_combo.addItem(self.tr("Preview: %1").replace("%1", t.name), t.id)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(current)))
        self.template_combo.blockSignals(False)
        self.preview.set_kit(kit)
        profile = load_profile(self.store)
        self.preview.set_fields({
            "title": self.tr("Example: Launch of the Public Service Mall"),
            "date": format_date_id(dt.date.today()), "location": profile.city or "Cimahi",
            "department": profile.dept_name, "city": profile.city or "Cimahi"})
        self._template_chosen()

    def _template_chosen(self, *_: object) -> None:
        template_id = self.template_combo.currentData()
        if self.kit is None or not template_id:
            return
        template = self.kit.template(template_id)
        if "square" not in template.formats:
            self.preview.set_format(template.formats[0])
        else:
            self.preview.set_format("square")
        self.preview.set_template(template_id)

    def _fill_logos(self) -> None:
        for w in self._logo_rows:
            w.deleteLater()
        self._logo_rows = []
        self.logo_buttons: dict[str, QPushButton] = {}
        kit = self.kit
        if kit is None:
            return
        for row, (key, path) in enumerate(sorted(kit.logos.items())):
            image = QLabel()
            image.setFixedSize(72, 72)
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setStyleSheet("background: #EEF1EF; border-radius: 6px;")
            pix = QPixmap(str(path))
            if not pix.isNull():
                image.setPixmap(pix.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
            name = QLabel(self.logo_label(key))
            name.setObjectName(f"logo_name_{key}")
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            if key in kit.placeholder_logos:
                state = QLabel(self.tr("Sample logo: replace it with the official logo "
                                       "before publishing."))
                state.setStyleSheet("color: #9A6700;")
            else:
                state = QLabel(self.tr("Official logo in use."))
                state.setObjectName("Muted")
            state.setWordWrap(True)
            text = QVBoxLayout()
            text.addWidget(name)
            text.addWidget(state)
            holder = QWidget()
            holder.setLayout(text)
            button = QPushButton(self.tr("Replace logo…"))
            button.setObjectName(f"replace_logo_{key}")
            if key in kit.placeholder_logos:
                button.setObjectName("Primary")
                button.setAccessibleName(f"replace_logo_{key}")
            button.clicked.connect(lambda _=False, k=key: self.replace_logo(k))
            self.logos_layout.addWidget(image, row, 0)
            self.logos_layout.addWidget(holder, row, 1)
            self.logos_layout.addWidget(button, row, 2)
            self._logo_rows += [image, holder, button]
            self.logo_buttons[key] = button
        self.logos_layout.setColumnStretch(1, 1)

    def logo_label(self, key: str) -> str:
        """What the user calls a kit's logo: "city" is the city's logo; a key Warta does
        not know is shown as the kit's designer wrote it."""
        known = {"city": self.tr("City logo"), "department": self.tr("Department logo")}
        return known.get(key, key)

    def _changed(self, text: str) -> None:
        media_events().kit_changed.emit()
        self.kit_changed.emit()
        self.message.emit(text)

    def _use_kit(self, kit_id: str, text: str) -> None:
        """Make `kit_id` the kit for photos, show it, and tell everyone."""
        settings.set(self.store, "brand_kit", kit_id)
        self.reload(kit_id)
        self._changed(text)

    def _ask(self, title: str, question: str) -> bool:
        """Yes / Cancel, Cancel being the default (the answer to an accidental Enter)."""
        answer = QMessageBox.question(
            self, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # ---- actions
    def replace_logo(self, key: str, path: str | None = None) -> bool:
        """Choose a file and put it in as the kit's logo `key` (one step)."""
        if self.kit is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose the official logo"), start_dirs.pictures_dir(),
                self.tr("Logo (PNG, transparent background)") + f" ({LOGO_FILTER})")
        if not path:
            return False
        try:
            kit = replace_logo(self.kit.id, key, path)
        except (LogoError, KitError) as exc:
            QMessageBox.warning(self, self.tr("Logo not replaced"), str(exc))
            return False
        self._use_kit(kit.id, self.tr("Logo replaced: %1 is used on every branded photo "
                                      "and in the report's letterhead.")
                      .replace("%1", Path(path).name))
        return True

    def import_kit(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import brand kit"),
                                                  start_dirs.documents_dir(),
                                                  self.tr("Brand kit") + " (*.zip)")
        if not path:
            return False
        try:
            kit = import_kit_zip(path)
        except KitExistsError as exc:
            if not self._ask(self.tr("Kit already installed"),
                             self.tr("A kit with the id \"%1\" is already installed. Replace "
                                     "it with the one in this file?").replace("%1", exc.kit_id)):
                return False
            try:
                kit = import_kit_zip(path, replace=True)
            except KitError as again:
                QMessageBox.warning(self, self.tr("Kit not imported"), str(again))
                return False
        except KitError as exc:
            QMessageBox.warning(self, self.tr("Kit not imported"), str(exc))
            return False
        self._use_kit(kit.id, self.tr("Brand kit \"%1\" imported and in use.")
                      .replace("%1", kit.name))
        return True

    def export_kit(self, path: str | None = None) -> bool:
        if self.kit is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export brand kit"), start_dirs.in_documents(f"{self.kit.id}.zip"),
                self.tr("Brand kit") + " (*.zip)")
        if not path:
            return False
        try:
            out = export_kit_zip(self.kit, path)
        except (KitError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Kit not exported"), str(exc))
            return False
        self.message.emit(self.tr("Brand kit saved as %1.").replace("%1", str(out)))
        return True

    def restore_shipped(self) -> bool:
        entry = self._entry()
        if entry is None or not entry.overrides_shipped:
            return False
        if not self._ask(self.tr("Restore shipped kit"),
                         self.tr("Remove your copy of \"%1\", including the logo you put in, "
                                 "and use the kit that came with Warta (with its sample logo)?")
                         .replace("%1", entry.name)):
            return False
        try:
            remove_user_kit(entry.id)
            load_kit(entry.id)
        except (KitError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            return False
        self.reload(entry.id)
        self._changed(self.tr("The shipped kit is used again."))
        return True
