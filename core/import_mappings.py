"""The column mapping remembered per CSV source (owner of the `import_mappings` table).

A mapping is stored by header name, so a later export of the same source with its
columns in another order still maps right.
"""

from __future__ import annotations

import json

from core.metrics_import import IMPORT_FIELDS, guess_mapping
from core.store import Store


def load_mapping(store: Store, source: str, headers: list[str]) -> dict[str, int] | None:
    """The mapping remembered for `source`, for the columns this file still has."""
    row = store.execute("SELECT mapping FROM import_mappings WHERE source = ?",
                        (source,)).fetchone()
    if row is None:
        return None
    try:
        by_name = json.loads(row["mapping"])
    except ValueError:
        return None
    if not isinstance(by_name, dict):
        return None
    index = {h: i for i, h in enumerate(headers)}
    found = {f: index[h] for f, h in by_name.items()
             if f in IMPORT_FIELDS and isinstance(h, str) and h in index}
    return found or None


def save_mapping(store: Store, source: str, mapping: dict[str, int], headers: list[str]) -> None:
    """Remember the chosen columns by header name, per source."""
    by_name = {f: headers[c] for f, c in mapping.items() if 0 <= c < len(headers)}
    store.execute(
        "INSERT INTO import_mappings(source, mapping) VALUES(?, ?) "
        "ON CONFLICT(source) DO UPDATE SET mapping = excluded.mapping",
        (source, json.dumps(by_name, ensure_ascii=False)),
    )


def mapping_for(store: Store, source: str, headers: list[str]) -> dict[str, int]:
    """Remembered mapping if any, completed with guesses for columns it does not name."""
    guessed = guess_mapping(headers)
    saved = load_mapping(store, source, headers)
    if not saved:
        return guessed
    used = set(saved.values())
    extra = {f: c for f, c in guessed.items() if f not in saved and c not in used}
    return {**saved, **extra}
