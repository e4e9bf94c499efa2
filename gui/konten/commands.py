"""Undoable actions on the post list (Ctrl+Z in the Konten page), through the Konten and
Paket narasi use cases (core/actions/konten.py, core/actions/narasi.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from core.actions import konten
from core.store import Store
from gui.konten.narasi import narasi_actions
from widgets.media_commands import media_events

if TYPE_CHECKING:
    from core.actions.narasi import NarasiImport, UndoneImport


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


class ImportNarasiCommand(QUndoCommand):
    """A post made from a Paket narasi; undo takes back the post and the photos the
    import added to Media, redo puts both back."""

    def __init__(self, store: Store, result: NarasiImport, title: str,
                 refresh: Callable[[int | None], None]) -> None:
        super().__init__()
        self.setText(title)
        self.store, self.result, self.refresh = store, result, refresh
        self.undone: UndoneImport | None = None

    def redo(self) -> None:
        if self.undone is not None:  # the import itself made the post the first time
            narasi_actions().redo_import(self.store, self.undone)
        self._library_changed()
        self.refresh(self.result.post.id)

    def undo(self) -> None:
        self.undone = narasi_actions().undo_import(self.store, self.result)
        self._library_changed()
        self.refresh(None)

    def _library_changed(self) -> None:
        """The Media page shows the photos the import added, or no longer shows them."""
        if self.result.new_photo_ids:
            media_events().library_changed.emit()

