"""Saved hashtag sets (Pengaturan > Tagar): a name and its hashtags, picked in the editor.

Tags are stored normalised ("#CimahiKota #MPPCimahi", see core.captions.hashtags), so a
set pasted as "cimahikota, mpp cimahi" reads back the way it is put into a post.
Names are unique regardless of case; a clash or an empty set raises ValueError with an
Indonesian message that says what to do.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from core.captions.hashtags import format_hashtags, parse_hashtags
from core.store import Store


@dataclass
class HashtagSet:
    name: str
    tags: str = ""  # "#CimahiKota #MPPCimahi"
    id: int | None = None

    @property
    def tag_list(self) -> list[str]:
        return parse_hashtags(self.tags)


def _row(row: sqlite3.Row) -> HashtagSet:
    return HashtagSet(id=row["id"], name=row["name"], tags=row["tags"])


def list_sets(store: Store) -> list[HashtagSet]:
    rows = store.execute("SELECT * FROM hashtag_sets ORDER BY name COLLATE NOCASE").fetchall()
    return [_row(r) for r in rows]


def get_set(store: Store, set_id: int) -> HashtagSet | None:
    row = store.execute("SELECT * FROM hashtag_sets WHERE id = ?", (set_id,)).fetchone()
    return _row(row) if row else None


def set_problem(store: Store, hashtag_set: HashtagSet) -> str | None:
    """Why this set cannot be saved (Indonesian), or None."""
    name = hashtag_set.name.strip()
    if not name:
        return "Nama kumpulan tagar wajib diisi, mis. 'Layanan Publik'."
    if not parse_hashtags(hashtag_set.tags):
        return "Isi minimal satu tagar, mis. #CimahiKota (pisahkan dengan spasi atau koma)."
    clash = store.execute(
        "SELECT id FROM hashtag_sets WHERE lower(name) = lower(?) AND id IS NOT ?",
        (name, hashtag_set.id),
    ).fetchone()
    if clash:
        return f"Kumpulan tagar bernama '{name}' sudah ada; pakai nama lain atau ubah kumpulan itu."
    return None


def save_set(store: Store, hashtag_set: HashtagSet) -> HashtagSet:
    """Insert or update; returns the stored set (normalised tags, with its id)."""
    problem = set_problem(store, hashtag_set)
    if problem:
        raise ValueError(problem)
    name = hashtag_set.name.strip()
    tags = format_hashtags(parse_hashtags(hashtag_set.tags))
    if hashtag_set.id is None:
        cur = store.execute("INSERT INTO hashtag_sets(name, tags) VALUES(?, ?)", (name, tags))
        set_id = cur.lastrowid
    else:
        store.execute("UPDATE hashtag_sets SET name = ?, tags = ? WHERE id = ?",
                      (name, tags, hashtag_set.id))
        set_id = hashtag_set.id
    saved = get_set(store, set_id)
    assert saved is not None
    return saved


def delete_set(store: Store, set_id: int) -> None:
    store.execute("DELETE FROM hashtag_sets WHERE id = ?", (set_id,))


def restore_set(store: Store, hashtag_set: HashtagSet) -> HashtagSet:
    """Put a deleted set back with its old id (undo of a delete)."""
    store.execute("INSERT OR REPLACE INTO hashtag_sets(id, name, tags) VALUES(?, ?, ?)",
                  (hashtag_set.id, hashtag_set.name, hashtag_set.tags))
    saved = get_set(store, hashtag_set.id) if hashtag_set.id is not None else None
    return saved or hashtag_set


def merge_tags(current: str, extra: str) -> str:
    """The post's hashtag field with `extra` added after it, no repeats (case-insensitive)."""
    return format_hashtags(parse_hashtags(f"{current} {extra}"))
