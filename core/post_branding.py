"""The `post_branding` table's owner: what each post's photos are branded with (kit,
template, formats) and where its exports go, so the Media page and the post's branding
panel start from the last choice. Only this module writes `post_branding`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from core.store import Store, now_iso


@dataclass
class BrandChoice:
    """What a post's photos are branded with, and where its exports go ('' = default)."""

    kit_id: str
    template_id: str
    formats: list[str] = field(default_factory=list)
    export_dir: str = ""


def get_branding(store: Store, post_id: int) -> BrandChoice | None:
    row = store.execute("SELECT * FROM post_branding WHERE post_id = ?", (post_id,)).fetchone()
    if row is None:
        return None
    try:
        formats = [str(f) for f in json.loads(row["formats"])]
    except (ValueError, TypeError):
        formats = []
    return BrandChoice(row["kit_id"], row["template_id"], formats, row["export_dir"])


def save_branding(store: Store, post_id: int, choice: BrandChoice) -> None:
    store.execute(
        "INSERT INTO post_branding(post_id, kit_id, template_id, formats, export_dir, "
        "updated_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(post_id) DO UPDATE SET "
        "kit_id = excluded.kit_id, template_id = excluded.template_id, "
        "formats = excluded.formats, export_dir = excluded.export_dir, "
        "updated_at = excluded.updated_at",
        (post_id, choice.kit_id, choice.template_id, json.dumps(choice.formats),
         choice.export_dir, now_iso()))
