"""Undoable edits of metrics and follower counts (the Laporan page's Metrik/Pengikut tabs)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

Apply = Callable[[list[tuple[int, int, object]]], None]


class GridEditCommand(QUndoCommand):
    """Cell edits in a GridModel: `apply` saves and shows values; undo applies the old ones."""

    def __init__(self, text: str, new: list[tuple[int, int, object]],
                 old: list[tuple[int, int, object]], apply: Apply) -> None:
        super().__init__(text)
        self.new, self.old, self.apply = new, old, apply

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)


class ImportCommand(QUndoCommand):
    """A CSV import already written to the store; undo/redo call the import's use cases."""

    def __init__(self, text: str, undo_fn: Callable[[], None], redo_fn: Callable[[], None],
                 refresh: Callable[[], None]) -> None:
        super().__init__(text)
        self.undo_fn, self.redo_fn, self.refresh = undo_fn, redo_fn, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # the import itself already ran before the command was pushed
            self._first = False
        else:
            self.redo_fn()
        self.refresh()

    def undo(self) -> None:
        self.undo_fn()
        self.refresh()
