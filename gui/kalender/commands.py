"""Undoable calendar actions: a post dragged to another day can be dragged back (Ctrl+Z)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.actions import kalender
from core.store import Store


class MovePostCommand(QUndoCommand):
    """Move a post to another day; undo puts it (and its planned times) back."""

    def __init__(self, store: Store, moved: kalender.Moved, title: str,
                 refresh: Callable[[], None]) -> None:
        super().__init__()
        self.setText(title)
        self.store, self.moved, self.refresh = store, moved, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # the page already moved it when the drop happened
            self._first = False
        else:
            kalender.move_post(self.store, self.moved.post_id, self.moved.new_date)
        self.refresh()

    def undo(self) -> None:
        back: dt.date | None = self.moved.old_date
        if back is not None:
            kalender.move_post(self.store, self.moved.post_id, back)
        self.refresh()
