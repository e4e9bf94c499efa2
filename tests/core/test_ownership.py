"""Who may talk SQL, and who may write each table (issue 11: one way to do each thing).

Why: a rule that decides what is stored must live in one place. Only core/ speaks SQL,
and within core each table has one owning module that alone writes it; everyone else
calls the owner. Migrations and the demo data set up tables wholesale and are exempt.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NO_SQL_PACKAGES = ("gui", "widgets", "cli", "exporters")
WRITE_EXEMPT = {"core/migrations.py", "core/demo.py"}

SQL_TEXT = re.compile(
    r"\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|"
    r"REPLACE\s+INTO\b|CREATE\s+(TABLE|INDEX)\b|PRAGMA\s+\w+)"
)
WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b"
)


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string constant, with f-strings joined so "UPDATE {t} SET" still reads as SQL."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            found.append((node.lineno, text))
    return found


def _python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_sql_outside_core():
    offenders = []
    for package in NO_SQL_PACKAGES:
        for path in _python_files(package):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            offenders += [f"{_rel(path)}:{line}" for line, text in _strings(tree)
                          if SQL_TEXT.search(text)]
            offenders += [f"{_rel(path)}:{node.lineno} .execute()" for node in ast.walk(tree)
                          if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                          and node.func.attr in {"execute", "executemany", "executescript"}]
    assert offenders == [], "SQL outside core/: " + ", ".join(offenders)


def table_writers() -> dict[str, set[str]]:
    """Table name -> the core modules whose SQL writes it."""
    writers: dict[str, set[str]] = defaultdict(set)
    for path in _python_files("core"):
        rel = _rel(path)
        if rel in WRITE_EXEMPT:
            continue
        for _line, text in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            for table in WRITE.findall(text):
                if table != "sqlite_sequence":
                    writers[table].add(rel)
    return writers


def test_each_table_has_one_writer():
    shared = {t: sorted(m) for t, m in table_writers().items() if len(m) > 1}
    assert shared == {}, f"tables written by more than one core module: {shared}"


def test_every_table_has_an_owner():
    """A table nobody writes is either dead or written from somewhere this test misses."""
    from core.store import open_store

    store = open_store()
    try:
        tables = {r[0] for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    finally:
        store.close()
    assert tables - set(table_writers()) == set()


def test_the_checks_see_sql_when_it_is_there():
    """The patterns above must match the shapes of SQL this code base writes."""
    samples = ["SELECT id FROM posts", "INSERT INTO variants(a) VALUES(?)",
               "UPDATE posts SET {} WHERE id = ?", "DELETE FROM renders WHERE path = ?",
               "INSERT OR REPLACE INTO accounts(id) VALUES(?)"]
    assert all(SQL_TEXT.search(s) for s in samples)
    assert WRITE.findall("UPDATE posts SET title = ?") == ["posts"]
    assert WRITE.findall("INSERT OR REPLACE INTO hashtag_sets(id) VALUES(?)") == ["hashtag_sets"]
    assert not SQL_TEXT.search("Pilih foto untuk diunggah")
