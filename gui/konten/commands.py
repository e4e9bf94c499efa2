"""Undoable actions on the post list (Ctrl+Z in the Konten page), through the Konten
use cases (core/actions/konten.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.actions import konten
from core.store import Store


class DeletePostCommand(QUndoCommand):
    """Soft-delete a post; undo brings it back unchanged."""

    def __init__(self, store: Store, post_id: int, title: str,
                 refresh: Callable[[int | None], None]) -> None:
        super().__init__()
        self.setText(title)
        self.store, self.post_id, self.refresh = store, post_id, refresh

    def redo(self) -> None:
        konten.delete_post(self.store, self.post_id)
        self.refresh(None)

    def undo(self) -> None:
        konten.restore_post(self.store, self.post_id)
        self.refresh(self.post_id)


class CreatePostCommand(QUndoCommand):
    """Remember a post made by "Konten baru" or "Duplikat" so it can be taken back."""

    def __init__(self, store: Store, post_id: int, title: str,
                 refresh: Callable[[int | None], None]) -> None:
        super().__init__()
        self.setText(title)
        self.store, self.post_id, self.refresh = store, post_id, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # the post already exists the first time
            self._first = False
        else:
            konten.restore_post(self.store, self.post_id)
        self.refresh(self.post_id)

    def undo(self) -> None:
        konten.delete_post(self.store, self.post_id)
        self.refresh(None)
