"""The installed kits as `brand --list` shows them, kept in <data folder>/cache/kits.json.

Listing the kits used to load each one: validate kit.json, open every logo with Pillow
(its PNG plugin) and check the fonts, about a third of `brand --list`'s start. The list
needs only ids, names and templates, so the summaries of a full load are cached, keyed
by every file of every kit folder (path, size, modification time), the font files a kit
takes from outside its folder, the cache format and the loader's own code. Any change
there, a missing, damaged or foreign file: the kits are loaded again and the file
rewritten, silently. A list with a broken kit is not cached (its message may depend on
things outside the key, e.g. an installed font package), so it is always read afresh.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from core.branding.kit_dirs import installed_folders

FORMAT = 1
_LOADER_CODE = ("catalog.py", "kit.py", "kit_dirs.py", "kit_ids.py", "kit_list.py", "fonts.py")


def cache_file() -> Path:
    from core import paths

    return paths.data_dir() / "cache" / "kits.json"


def kit_summaries(cache: Path | None = None) -> list[dict[str, Any]]:
    """One dict per installed kit, in list order: id, name, source, path, error and, for
    a kit that loads, its placeholder logos and templates (id, name, formats,
    needs_photo). The same as summarising catalog.list_kits(), read from the cache when
    nothing it was made from has changed."""
    folders = installed_folders()
    if cache is None:
        cache = cache_file()
    stored = _read(cache)
    if stored is not None and _still_valid(stored, folders):
        return stored["kits"]
    from core.branding.catalog import list_kits

    entries = list_kits()
    kits = [summary(entry) for entry in entries]
    if all(entry.kit is not None for entry in entries):
        extra = sorted({str(path) for entry in entries for path in entry.kit.fonts.values()
                        if not path.is_relative_to(entry.path)})
        _write(cache, {"format": FORMAT, "folders": _folder_key(folders), "extra": extra,
                       "stamps": _stamps(folders, extra), "kits": kits})
    return kits


def summary(entry: Any) -> dict[str, Any]:
    """What the list shows of one catalog.KitEntry (plain data: JSON as it is)."""
    item: dict[str, Any] = {"id": entry.id, "name": entry.name, "source": entry.source,
                            "path": str(entry.path), "error": entry.error}
    if entry.kit is not None:
        item["placeholder_logos"] = sorted(entry.kit.placeholder_logos)
        item["templates"] = [
            {"id": t.id, "name": t.name, "formats": list(t.formats),
             "needs_photo": t.needs_photo}
            for t in entry.kit.templates
        ]
    return item


def _folder_key(folders: list[tuple[Path, str, bool]]) -> list[list[Any]]:
    return [[str(folder), source, overrides] for folder, source, overrides in folders]


def _stat(path: str) -> list[Any]:
    try:
        st = os.stat(path)
    except OSError:
        return [path, None]
    return [path, st.st_size, st.st_mtime_ns]


def _tree(folder: Path) -> list[list[Any]]:
    """Every file and folder under `folder` with its size and modification time."""
    found = []
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        found.append(_stat(top))
        found.extend(_stat(os.path.join(top, name)) for name in sorted(files))
    return found


def _code() -> list[list[Any]]:
    from core.version import __version__

    here = Path(__file__).parent
    return [[__version__], *(_stat(str(here / name)) for name in _LOADER_CODE)]


def _stamps(folders: list[tuple[Path, str, bool]], extra: list[str]) -> list[Any]:
    return [_code(), [_tree(folder) for folder, _source, _over in folders],
            [_stat(path) for path in extra]]


def _still_valid(stored: dict[str, Any], folders: list[tuple[Path, str, bool]]) -> bool:
    extra = stored.get("extra")
    return (stored.get("format") == FORMAT and stored.get("folders") == _folder_key(folders)
            and isinstance(extra, list) and all(isinstance(p, str) for p in extra)
            and stored.get("stamps") == _stamps(folders, extra)
            and isinstance(stored.get("kits"), list))


def _read(cache: Path) -> dict[str, Any] | None:
    """The stored dict, or None when the file is missing, unreadable or not ours."""
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, truncated, not UTF-8, not JSON
        return None
    return data if isinstance(data, dict) else None


def _write(cache: Path, data: dict[str, Any]) -> None:
    """Best effort: a read-only or full data folder only costs the next list a full load."""
    from core import safe_write

    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        safe_write.write_text(cache, json.dumps(data, ensure_ascii=False))
    except Exception:  # noqa: BLE001, S110 - never let the cache break the list
        pass
