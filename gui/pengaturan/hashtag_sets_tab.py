"""Pengaturan > Tagar: the department's default tags, saved tag sets, Instagram's tag cap.

Default tags go into every new post and behind "Tagar bawaan" in the editor; saved
collections are offered under "Kumpulan tagar"; the Instagram cap (a setting, 5 by default)
decides how many tags the Instagram version takes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import hashtag_sets, settings
from core.captions.hashtags import format_hashtags, parse_hashtags
from core.hashtag_sets import HashtagSet
from core.profile import load_profile, save_profile
from core.store import Store
from widgets.record_table import RecordDialog, RecordTable


class HashtagSetDialog(RecordDialog):
    """Name and tags of a set; the tags may be typed with or without '#'."""

    def __init__(self, store: Store, hashtag_set: HashtagSet,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._set = hashtag_set
        self.setWindowTitle(self.tr("Tag collection"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(hashtag_set.name)
        self.name.setObjectName("set_name")
        self.name.setPlaceholderText(self.tr("e.g. Layanan Publik"))
        self.tags = QLineEdit(hashtag_set.tags)
        self.tags.setObjectName("set_tags")
        self.tags.setPlaceholderText(self.tr("e.g. #MPPCimahi #LayananPublik"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Tags"), self.tags)
        self.finish(form)

    def value(self) -> HashtagSet:
        return replace(self._set, name=self.name.text().strip(), tags=self.tags.text())

    def problem(self) -> str | None:
        return hashtag_sets.set_problem(self.store, self.value())

    @classmethod
    def get_set(cls, store: Store, hashtag_set: HashtagSet,
                parent: QWidget | None = None) -> tuple[HashtagSet, bool]:
        dialog = cls(store, hashtag_set, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), accepted


class HashtagSetsTab(QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(12)
        col.addWidget(self._default_box())
        col.addWidget(self._sets_box(), 1)
        col.addWidget(self._cap_box())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    # ---- default tags -------------------------------------------------------------------
    def _default_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Default tags of the department"))
        self.default_tags = QLineEdit()
        self.default_tags.setObjectName("default_hashtags")
        self.default_tags.setPlaceholderText(self.tr("e.g. #CimahiKota #DiskominfoCimahi"))
        self.default_tags.textEdited.connect(lambda _t: self.default_save.setEnabled(True))
        self.default_save = QPushButton(self.tr("Save"))
        self.default_save.setObjectName("default_hashtags_save")
        self.default_save.setEnabled(False)
        self.default_save.clicked.connect(self.save_default)
        hint = QLabel(self.tr("Put into every new post, and added by \"Default tags\" in the "
                              "editor."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.default_tags, 1)
        row.addWidget(self.default_save)
        col = QVBoxLayout(box)
        col.addLayout(row)
        col.addWidget(hint)
        return box

    def save_default(self) -> str:
        tags = format_hashtags(parse_hashtags(self.default_tags.text()))
        profile = load_profile(self.store)
        save_profile(self.store, replace(profile, default_hashtags=tags))
        self.default_tags.setText(tags)
        self.default_save.setEnabled(False)
        self.changed.emit()
        self.message.emit(self.tr("Default tags saved."))
        return tags

    # ---- saved sets ---------------------------------------------------------------------
    def _sets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Saved tag collections"))
        self.records = RecordTable("hashtag_sets_table", "sets",
                                   [self.tr("Name"), self.tr("Tags")], self.tr("Add collection"),
                                   stretch_column=1)
        self.records.connect_actions(self.add, self.edit_selected, self.delete_selected,
                                     self.undo_delete)
        self.table, self.undo_button = self.records.table, self.records.undo_button
        self.table.setMinimumHeight(160)
        col = QVBoxLayout(box)
        col.addWidget(self.records, 1)
        return box

    def reload(self, select_id: int | None = None) -> None:
        self.default_tags.setText(load_profile(self.store).default_hashtags)
        self.default_save.setEnabled(False)
        self._sets = hashtag_sets.list_sets(self.store)
        self.records.set_records(self._sets, [(s.name, s.tags) for s in self._sets], select_id)
        self.cap.blockSignals(True)
        self.cap.setValue(settings.get(self.store, "instagram_hashtag_cap"))
        self.cap.blockSignals(False)

    def selected(self) -> HashtagSet | None:
        return self.records.selected()

    def add(self) -> HashtagSet | None:
        value, ok = HashtagSetDialog.get_set(self.store, HashtagSet(name=""), self)
        return self._save(value) if ok else None

    def edit_selected(self) -> HashtagSet | None:
        current = self.selected()
        if current is None:
            return None
        value, ok = HashtagSetDialog.get_set(self.store, current, self)
        return self._save(value) if ok else None

    def _save(self, value: HashtagSet) -> HashtagSet | None:
        try:
            saved = hashtag_sets.save_set(self.store, value)
        except ValueError as exc:
            self.message.emit(str(exc))
            return None
        self.reload(select_id=saved.id)
        self.changed.emit()
        self.message.emit(self.tr("Tag collection \"%1\" saved.").replace("%1", saved.name))
        return saved

    def delete_selected(self) -> bool:
        current = self.selected()
        if current is None or current.id is None:
            return False
        hashtag_sets.delete_set(self.store, current.id)
        self.records.offer_undo(current, current.name)
        self.reload()
        self.changed.emit()
        self.message.emit(self.tr("Tag collection \"%1\" deleted.").replace("%1", current.name))
        return True

    def undo_delete(self) -> HashtagSet | None:
        deleted = self.records.deleted()
        if deleted is None:
            return None
        restored = hashtag_sets.restore_set(self.store, deleted)
        self.records.clear_undo()
        self.reload(select_id=restored.id)
        self.changed.emit()
        return restored

    # ---- Instagram cap --------------------------------------------------------------------
    def _cap_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Instagram tag limit"))
        self.cap = QSpinBox()
        self.cap.setObjectName("instagram_hashtag_cap")
        self.cap.setRange(1, 30)
        self.cap.setSuffix(self.tr(" tags per post"))
        self.cap.valueChanged.connect(self.save_cap)
        explain = QLabel(self.tr(
            "Instagram announced a limit of 5 tags per post (it used to be 30). The Instagram "
            "version takes at most this many of the post's tags; the rest still go to the "
            "other platforms. Change it only if Instagram changes its limit."))
        explain.setObjectName("Muted")
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.cap)
        row.addStretch(1)
        col = QVBoxLayout(box)
        col.addLayout(row)
        col.addWidget(explain)
        return box

    def save_cap(self, value: int) -> None:
        settings.set(self.store, "instagram_hashtag_cap", int(value))
        self.changed.emit()
        self.message.emit(self.tr("Instagram tag limit: %1.").replace("%1", str(value)))
