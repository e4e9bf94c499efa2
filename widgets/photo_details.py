"""What the PIC records about the selected photo(s): facts read from the file (date taken,
size) and the editable credit, alt text and the "contains minors" / "consent obtained"
flags, autosaved shortly after each change.

With several photos selected, credit and flags apply to all of them (a mixed value shows
as "(berbeda-beda)" / a partly ticked box and is left alone unless changed); alt text
describes one picture, so it is edited one photo at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.actions import media as actions
from core.indonesian import format_date, format_number
from core.media_queries import posts_using
from core.model import Photo
from core.photos import MAX_CREDIT, needs_consent
from core.store import Store

AUTOSAVE_MS = 700


def size_text(photo: Photo) -> str:
    """'6000 × 4000 px · 6,8 MB'."""
    parts = []
    if photo.width and photo.height:
        parts.append(f"{photo.width} × {photo.height} px")
    mb = photo.size_bytes / (1024 * 1024)
    parts.append(f"{format_number(mb, 1)} MB" if mb >= 0.1 else
                 f"{format_number(photo.size_bytes / 1024)} KB")
    return " · ".join(parts)


def taken_text(photo: Photo) -> str:
    if photo.taken_at is None:
        return ""
    return f"{format_date(photo.taken_at.date())}, {photo.taken_at:%H.%M}"


class PhotoDetails(QWidget):
    """Details of the selected photos; emits `saved(list[Photo])` after each autosave."""

    saved = Signal(list)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_details")
        self.store = store
        self._photos: list[Photo] = []
        self._pending: dict[str, object] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self.set_photos([])

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("photo_details_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.taken = QLabel()
        self.taken.setObjectName("photo_details_taken")
        self.size = QLabel()
        self.size.setObjectName("photo_details_size")
        self.used = QLabel()
        self.used.setObjectName("photo_details_used")
        self.used.setWordWrap(True)
        self.credit = QLineEdit()
        self.credit.setObjectName("photo_details_credit")
        self.credit.setPlaceholderText(self.tr("e.g. Humas Diskominfo"))
        self.credit.setMaxLength(MAX_CREDIT)
        self.alt = QPlainTextEdit()
        self.alt.setObjectName("photo_details_alt")
        self.alt.setPlaceholderText(self.tr(
            "Describe the picture for blind readers, e.g. Wali Kota menyerahkan bantuan "
            "kepada warga di Aula Kecamatan."))
        self.alt.setTabChangesFocus(True)
        self.alt.setFixedHeight(72)
        self.minors = QCheckBox(self.tr("Shows minors (children)"))
        self.minors.setObjectName("photo_details_minors")
        self.consent = QCheckBox(self.tr("Consent obtained (parent/guardian)"))
        self.consent.setObjectName("photo_details_consent")
        self.warning = QLabel(self.tr(
            "Shows minors without recorded consent: do not publish until a parent or "
            "guardian has agreed."))
        self.warning.setObjectName("FieldError")
        self.warning.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("SaveState")

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Taken"), self.taken)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Credit"), self.credit)
        self.alt_label = QLabel(self.tr("Alt text"))
        form.addRow(self.alt_label, self.alt)
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 10, 10, 10)
        col.setSpacing(8)
        col.addWidget(self.title)
        col.addLayout(form)
        col.addWidget(self.used)
        col.addWidget(self.minors)
        col.addWidget(self.consent)
        col.addWidget(self.warning)
        col.addWidget(self.state)
        col.addStretch(1)

        self.credit.textEdited.connect(lambda t: self._edit("credit", t))
        self.alt.textChanged.connect(self._alt_changed)
        self.minors.clicked.connect(self._minors_clicked)
        self.consent.clicked.connect(self._consent_clicked)

    # ---- showing
    def photos(self) -> list[Photo]:
        return list(self._photos)

    def set_photos(self, photos: Sequence[Photo]) -> None:
        """Show these photos (saving what was typed for the previous ones first)."""
        self.flush()
        self._photos = [p for p in photos if p.id is not None]
        has = bool(self._photos)
        for w in (self.credit, self.alt, self.minors, self.consent):
            w.setEnabled(has)
        blockers = [QSignalBlocker(w) for w in (self.credit, self.alt, self.minors,
                                                  self.consent)]
        if not has:
            self.title.setText(self.tr("No photo selected"))
            for label in (self.taken, self.size):
                label.setText("–")
            self.used.setText("")
            self.credit.clear()
            self.alt.clear()
            self.minors.setChecked(False)
            self.consent.setChecked(False)
        elif len(self._photos) == 1:
            p = self._photos[0]
            self.title.setText(p.original_name)
            self.taken.setText(taken_text(p) or self.tr("unknown (no camera date)"))
            self.size.setText(size_text(p))
            self.credit.setText(p.credit)
            self.credit.setPlaceholderText(self.tr("e.g. Humas Diskominfo"))
            self.alt.setPlainText(p.alt_text)
            self.minors.setTristate(False)
            self.consent.setTristate(False)
            self.minors.setChecked(p.contains_minors)
            self.consent.setChecked(p.consent_obtained)
        else:
            n = len(self._photos)
            self.title.setText(self.tr("%1 photos selected").replace("%1", str(n)))
            dates = sorted(d for p in self._photos if (d := p.taken_at))
            self.taken.setText(
                f"{format_date(dates[0].date())} – {format_date(dates[-1].date())}"
                if dates else self.tr("unknown (no camera date)"))
            total = sum(p.size_bytes for p in self._photos) / (1024 * 1024)
            self.size.setText(f"{format_number(total, 1)} MB")
            credits = {p.credit for p in self._photos}
            self.credit.setText(credits.pop() if len(credits) == 1 else "")
            self.credit.setPlaceholderText(
                self.tr("(differs) type to set for all") if len({p.credit for p in
                                                                  self._photos}) > 1
                else self.tr("e.g. Humas Diskominfo"))
            self.alt.setPlainText("")
            self.alt.setEnabled(False)
            self.alt.setPlaceholderText(self.tr("Alt text is written per photo: select one."))
            self._set_tristate(self.minors, [p.contains_minors for p in self._photos])
            self._set_tristate(self.consent, [p.consent_obtained for p in self._photos])
        if has:
            self._show_used()
        for b in blockers:
            b.unblock()
        self.state.setText("")
        self._update_warning()

    def _set_tristate(self, box: QCheckBox, values: list[bool]) -> None:
        if all(values) or not any(values):
            box.setTristate(False)
            box.setChecked(bool(values) and values[0])
        else:
            box.setTristate(True)
            box.setCheckState(Qt.CheckState.PartiallyChecked)

    def _show_used(self) -> None:
        used = posts_using(self.store, [p.id for p in self._photos if p.id is not None])
        titles = list(dict.fromkeys(t for posts in used.values() for _, t in posts))
        if not titles:
            self.used.setText(self.tr("Not used in any post yet."))
        else:
            shown = ", ".join(titles[:3])
            if len(titles) > 3:
                shown += self.tr(" and %1 more").replace("%1", str(len(titles) - 3))
            self.used.setText(self.tr("Used in: %1").replace("%1", shown))

    def _update_warning(self) -> None:
        self.warning.setVisible(any(needs_consent(p) for p in self._photos))
        self.consent.setEnabled(bool(self._photos) and self.minors.checkState()
                                != Qt.CheckState.Unchecked)

    # ---- editing
    def _edit(self, key: str, value: object) -> None:
        if not self._photos:
            return
        self._pending[key] = value
        self._photos = [replace(p, **{key: value}) for p in self._photos]
        self.state.setText(self.tr("Saving…"))
        self._timer.start()
        self._update_warning()

    def _alt_changed(self) -> None:
        if len(self._photos) == 1:
            self._edit("alt_text", self.alt.toPlainText())

    def _minors_clicked(self) -> None:
        self.minors.setTristate(False)
        self._edit("contains_minors", self.minors.isChecked())

    def _consent_clicked(self) -> None:
        self.consent.setTristate(False)
        self._edit("consent_obtained", self.consent.isChecked())

    def is_dirty(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Save pending edits now (selection change, page change, close)."""
        self._timer.stop()
        if not self._pending or not self._photos:
            self._pending.clear()
            return True
        values, self._pending = self._pending, {}
        fresh = actions.update_photos(self.store, [p.id for p in self._photos], **values)
        self._photos = fresh
        self.state.setText(self.tr("Saved."))
        self.saved.emit(fresh)
        return True
