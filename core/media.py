"""What is left of the old media module: the default export folder.

The library was split by job: core.media_files (where files live, MediaError),
core.media_import, core.media_queries, core.photos (`photos` owner), core.post_photos
(`post_photos` owner), core.media_delete, core.post_branding (`post_branding` owner),
core.media_names (output file naming), core.renders (`renders` owner); the user actions
are in core.actions.media. `default_export_root` moves to core.paths (Laporan's work).
"""

from __future__ import annotations

from pathlib import Path

from core import paths
from core.store import Store


def default_export_root(store: Store | None = None) -> Path:
    """The export folder from Pengaturan, else Documents/Warta."""
    from core import settings

    chosen = settings.get(store, "export_folder") if store is not None else ""
    return Path(chosen) if chosen else paths.documents_dir() / "Warta"
