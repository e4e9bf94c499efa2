"""The campaign editor (Rekap Kota, Diskominfo): title, period, key messages, official
hashtags, accounts to invite as collaborators or to tag, approved photos, a caption
draft per platform, do's and don'ts. Saving goes through core.actions.narasi; a problem
is shown and nothing is lost (the dialog stays open)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import accounts as accounts_store
from core import photos as photos_store
from core.actions import narasi as actions
from core.date_range import MAX_DATE, MIN_DATE
from core.model import PLATFORM_IDS, Category
from core.platforms import platform_name
from core.rekap.narasi import COLLABORATOR, TAG, CampaignAccount, Narasi
from core.store import Store
from gui.screen_fit import fit_to_screen


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


class NarasiDialog(QDialog):
    """Create (narasi None) or edit a campaign; `saved` holds it after Accept."""

    def __init__(self, store: Store, narasi: Narasi | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("narasi_dialog")
        self.store = store
        first = dt.date.today().replace(day=1)
        self.original = narasi or Narasi(start=first, end=(first + dt.timedelta(days=32))
                                         .replace(day=1) - dt.timedelta(days=1))
        self.saved: Narasi | None = None
        self.photo_ids = list(self.original.photo_ids)
        self.setWindowTitle(self.tr("Edit campaign") if narasi else self.tr("New campaign"))
        self._build()
        self._fill(self.original)
        fit_to_screen(self, 860, 680)

    # ---- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("narasi_title")
        self.title.setPlaceholderText(self.tr("e.g. Cimahi Bebas Sampah Plastik"))
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDateRange(MIN_DATE, MAX_DATE)
        self.category = QComboBox()
        for cat in Category:
            self.category.addItem(cat.value, cat.value)
        self.key_messages = self._lines_edit(self.tr("One key message per line"))
        self.hashtags = QLineEdit()
        self.hashtags.setObjectName("narasi_hashtags")
        self.hashtags.setPlaceholderText("#CimahiKota #CimahiBebasPlastik")
        self.dos = self._lines_edit(self.tr("One per line"))
        self.donts = self._lines_edit(self.tr("One per line"))
        self.collaborators = self._accounts_list("narasi_collaborators")
        self.tagged = self._accounts_list("narasi_tagged")
        self.captions = QTabWidget()
        self.captions.setObjectName("narasi_captions")
        self.caption_edits: dict[str, QPlainTextEdit] = {}
        for pid in PLATFORM_IDS:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(self.tr("Caption draft for %1 (leave empty to skip)")
                                    .replace("%1", platform_name(pid)))
            self.caption_edits[pid] = edit
            self.captions.addTab(edit, platform_name(pid))
        self.photos = QListWidget()
        self.photos.setObjectName("narasi_photos")
        self.photos.setMaximumHeight(110)
        add_photo = QPushButton(self.tr("Add photos…"))
        add_photo.setToolTip(self.tr("From the Media library, or import files into it"))
        add_photo.clicked.connect(self.add_photos)
        remove_photo = QPushButton(self.tr("Remove"))
        remove_photo.clicked.connect(self.remove_photo)

        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        period.addWidget(QLabel(self.tr("Category")))
        period.addWidget(self.category)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Official hashtags"), self.hashtags)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, (label, widget) in enumerate((
                (self.tr("Key messages"), self.key_messages),
                (self.tr("Do's"), self.dos), (self.tr("Don'ts"), self.donts))):
            grid.addWidget(QLabel(label), 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(QLabel(self.tr("Invite as collaborators")), 2, 0)
        grid.addWidget(self.collaborators, 3, 0)
        grid.addWidget(QLabel(self.tr("Tag only")), 2, 1)
        grid.addWidget(self.tagged, 3, 1)
        photo_col = QVBoxLayout()
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(add_photo)
        photo_buttons.addWidget(remove_photo)
        photo_col.addWidget(self.photos)
        photo_col.addLayout(photo_buttons)
        grid.addWidget(QLabel(self.tr("Approved photos")), 2, 2)
        grid.addLayout(photo_col, 3, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("Primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addLayout(grid)
        col.addWidget(QLabel(self.tr("Caption draft per platform")))
        col.addWidget(self.captions, 1)
        col.addWidget(buttons)

    def _lines_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaximumHeight(110)
        return edit

    def _accounts_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setMaximumHeight(110)
        for account in accounts_store.list_accounts(self.store):
            item = QListWidgetItem(account.name)
            item.setData(Qt.ItemDataRole.UserRole, account)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    # ---- data -------------------------------------------------------------------------
    def _fill(self, n: Narasi) -> None:
        self.title.setText(n.title)
        self.start.setDate(_qdate(n.start or dt.date.today()))
        self.end.setDate(_qdate(n.end or dt.date.today()))
        self.category.setCurrentIndex(max(0, self.category.findData(n.category)))
        self.key_messages.setPlainText("\n".join(n.key_messages))
        self.hashtags.setText(" ".join(n.hashtags))
        self.dos.setPlainText("\n".join(n.dos))
        self.donts.setPlainText("\n".join(n.donts))
        roles = {a.name.casefold(): a.role for a in n.accounts}
        for widget, role in ((self.collaborators, COLLABORATOR), (self.tagged, TAG)):
            for i in range(widget.count()):
                item = widget.item(i)
                if roles.get(item.text().casefold()) == role:
                    item.setCheckState(Qt.CheckState.Checked)
        for pid, edit in self.caption_edits.items():
            edit.setPlainText(n.captions.get(pid, ""))
        self._show_photos()

    def _show_photos(self) -> None:
        self.photos.clear()
        for photo in photos_store.photos_by_ids(self.store, self.photo_ids):
            item = QListWidgetItem(photo.original_name)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.photos.addItem(item)

    def _checked(self, widget: QListWidget, role: str) -> list[CampaignAccount]:
        found = []
        for i in range(widget.count()):
            item = widget.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                account = item.data(Qt.ItemDataRole.UserRole)
                found.append(CampaignAccount(account.name, dict(account.handles), role))
        return found

    def narasi(self) -> Narasi:
        """The campaign as the fields show it."""
        return replace(
            self.original, title=self.title.text(), start=_date(self.start),
            end=_date(self.end), category=self.category.currentData(),
            key_messages=_lines(self.key_messages), hashtags=self.hashtags.text().split(),
            accounts=self._checked(self.collaborators, COLLABORATOR)
            + self._checked(self.tagged, TAG),
            captions={pid: e.toPlainText() for pid, e in self.caption_edits.items()},
            dos=_lines(self.dos), donts=_lines(self.donts), photo_ids=list(self.photo_ids))

    def add_photos(self) -> None:
        from gui.konten.photo_picker import PhotoPickerDialog

        ids, ok = PhotoPickerDialog.get_photos(self.store, self.photo_ids, self)
        if ok:
            self.photo_ids += [i for i in ids if i not in self.photo_ids]
            self._show_photos()

    def remove_photo(self) -> None:
        item = self.photos.currentItem()
        if item is not None:
            self.photo_ids.remove(item.data(Qt.ItemDataRole.UserRole))
            self._show_photos()

    def save(self) -> None:
        try:
            self.saved = actions.save_narasi(self.store, self.narasi())
        except (ValueError, PermissionError) as exc:
            QMessageBox.warning(self, self.tr("Campaign not saved"), str(exc))
            return
        self.accept()
