"""The photo sizes the last `warta brand` batch decoded at, kept so the next run with the
same kit, template and formats starts decoding its first photos before the kit has
loaded (core.branding.prefetch): the kit's modules and fonts take most of the start-up,
and a second core would wait through them.

A shortcut only: a render takes a prefetched photo only when the needs its loaded kit
gives are the same (Prefetch.open), so a stale or damaged file costs the decodes it
started, never a different output. Kept in <data folder>/cache/brand/needs: one entry,
keyed by the kit file's path, size and time, the template and the formats asked for.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from core import disk_cache
from core.branding.kit_ids import ID_PATTERN, KIT_FILE

Need = tuple[int, int, str]


def _kit_file(kit: str) -> Path | None:
    """The kit.json load_kit(kit) reads, for an installed id or a folder; None for a .zip
    (its kit.json is inside) or a kit not found."""
    from core.branding.kit_dirs import kit_folder

    folder = kit_folder(kit) if ID_PATTERN.match(kit) else None
    if folder is None and os.path.isdir(kit):
        folder = Path(kit)
    return folder / KIT_FILE if folder is not None else None


def _key(kit: str, template_id: str, formats: Sequence[str] | None) -> str | None:
    try:
        kit_file = _kit_file(kit)
        if kit_file is None:
            return None
        st = kit_file.stat()
        where = os.path.normcase(str(kit_file.resolve()))
    except (OSError, ValueError):
        return None
    return "|".join([where, str(st.st_size), str(st.st_mtime_ns), template_id,
                     ",".join(formats) if formats else "*"])


def _path() -> Path:
    return disk_cache.cache_path("brand", "needs")


def recall(kit: str, template_id: str, formats: Sequence[str] | None) -> list[Need] | None:
    """The needs remembered for this kit file, template and formats (None: the
    template's own formats), or None."""
    key = _key(kit, template_id, formats)
    try:
        found = disk_cache.read_marshal(_path(), key) if key else None
    except OSError:  # no usable data folder
        return None
    needs = found[0] if found is not None else None
    if not isinstance(needs, list) or not all(
            isinstance(n, tuple) and len(n) == 3 and isinstance(n[0], int)
            and isinstance(n[1], int) and isinstance(n[2], str) for n in needs):
        return None
    return needs


def remember(kit: str, template_id: str, formats: Sequence[str] | None,
             needs: Sequence[Need]) -> None:
    """Best effort: keep `needs` for the next run asking the same."""
    key = _key(kit, template_id, formats)
    if key is None:
        return
    try:
        disk_cache.write_marshal(_path(), key, [tuple(n) for n in needs])
    except OSError:
        return
