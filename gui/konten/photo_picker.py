"""Pick photos from the library (for a post's "Tambah foto…"): search, "belum dipakai",
the thumbnail grid with multi-select, and an import button for photos not yet in it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.media_queries import PhotoFilter, list_photos
from core.store import Store
from gui.screen_fit import fit_to_screen
from widgets.thumbnail_grid import ThumbnailGrid


class PhotoPickerDialog(QDialog):
    def __init__(self, store: Store, exclude: Iterable[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_picker")
        self.setWindowTitle(self.tr("Add photos from the library"))
        self.store = store
        self.exclude = set(exclude)
        self.search = QLineEdit()
        self.search.setObjectName("photo_picker_search")
        self.search.setPlaceholderText(self.tr("Search file name, credit, alt text"))
        self.search.setClearButtonEnabled(True)
        self.unused = QCheckBox(self.tr("Not used yet"))
        self.unused.setObjectName("photo_picker_unused")
        self.import_button = QPushButton(self.tr("Import photos…"))
        self.import_button.setObjectName("photo_picker_import")
        self.grid = ThumbnailGrid(self, icon_size=112)
        self.grid.empty_text = self.tr("The library is empty: import photos first.")
        self.info = QLabel()
        self.info.setObjectName("Muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add"))
        self.ok.setObjectName("Primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.unused)
        top.addWidget(self.import_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.buttons)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.grid, 1)
        col.addLayout(bottom)
        fit_to_screen(self, 820, 560)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.unused.toggled.connect(self.reload)
        self.import_button.clicked.connect(self.import_photos)
        self.grid.files_dropped.connect(self._import_items)
        self.grid.selection_changed.connect(self._selection)
        self.grid.photo_activated.connect(lambda _p: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        flt = PhotoFilter(search=self.search.text(), unused=self.unused.isChecked())
        photos = [p for p in list_photos(self.store, flt) if p.id not in self.exclude]
        self.grid.set_photos(photos)  # emits selection_changed -> _selection

    def _selection(self, photos: list) -> None:
        self.ok.setEnabled(bool(photos))
        self.info.setText(self.tr("%1 selected").replace("%1", str(len(photos)))
                          if photos else "")

    def import_photos(self) -> None:
        from gui.media.media_import import choose_files

        self._import_items(choose_files(self))

    def _import_items(self, items: list[str]) -> None:
        # imported here: opening the Konten page need not load the import machinery
        from gui.media.media_import import import_with_progress

        report = import_with_progress(self, self.store, items)
        if report is None:
            return
        self.reload()
        self.grid.select_ids([p.id for p in report.photos if p.id not in self.exclude])
        self.info.setText(report.summary())

    def selected_ids(self) -> list[int]:
        return [p.id for p in self.grid.chosen_photos() if p.id is not None]

    @classmethod
    def get_photos(cls, store: Store, exclude: Iterable[int] = (),
                   parent: QWidget | None = None) -> tuple[list[int], bool]:
        dialog = cls(store, exclude, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        ids = dialog.selected_ids() if accepted else []
        dialog.deleteLater()
        return ids, accepted and bool(ids)
