"""core/posts.py alone writes the posts table (migrations aside): others call it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITES_POSTS = re.compile(r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+posts\b",
                          re.IGNORECASE)
ALLOWED = {"core/posts.py", "core/migrations.py"}


def test_only_core_posts_writes_the_posts_table() -> None:
    writers = sorted(
        str(path.relative_to(ROOT)) for folder in ("core", "gui", "widgets", "cli", "exporters")
        for path in (ROOT / folder).rglob("*.py")
        if WRITES_POSTS.search(path.read_text(encoding="utf-8")))
    assert [w for w in writers if w not in ALLOWED] == []
    assert "core/posts.py" in writers
