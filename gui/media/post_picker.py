"""Choose a post ("Lampirkan ke konten…" on the Media page): searchable, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import posts
from core.indonesian import format_date_abbrev
from core.store import Store


def post_label(post) -> str:
    title = post.title or post.activity or "(tanpa judul)"
    day = format_date_abbrev(post.activity_date) if post.activity_date else ""
    return f"{title} — {day}" if day else title


class PostPickerDialog(QDialog):
    def __init__(self, store: Store, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_picker")
        self.setWindowTitle(self.tr("Attach to post"))
        self.store = store
        self.prompt = QLabel(text or self.tr("Attach the selected photos to which post?"))
        self.prompt.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("post_picker_search")
        self.search.setPlaceholderText(self.tr("Search posts"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("post_picker_list")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Attach"))
        self.ok.setObjectName("Primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        col = QVBoxLayout(self)
        col.addWidget(self.prompt)
        col.addWidget(self.search)
        col.addWidget(self.list, 1)
        col.addWidget(self.buttons)
        self.resize(520, 460)
        self.search.textChanged.connect(self.reload)
        self.list.currentItemChanged.connect(lambda *_: self.ok.setEnabled(
            self.list.currentItem() is not None))
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for post in posts.list_posts(self.store, posts.PostFilter(search=self.search.text())):
            item = QListWidgetItem(post_label(post))
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.ok.setEnabled(self.list.currentItem() is not None)

    def post_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def get_post(cls, store: Store, text: str = "", parent: QWidget | None = None
                 ) -> tuple[int | None, bool]:
        dialog = cls(store, text, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        post_id = dialog.post_id() if accepted else None
        dialog.deleteLater()
        return post_id, accepted and post_id is not None
