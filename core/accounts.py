"""The accounts directory: own and partner accounts with a handle per platform."""

from __future__ import annotations

import json

from core.model import Account
from core.store import Store


def _row(row) -> Account:
    return Account(id=row["id"], name=row["name"], is_own=bool(row["is_own"]),
                   handles=dict(json.loads(row["handles"] or "{}")))


def list_accounts(store: Store) -> list[Account]:
    rows = store.execute("SELECT * FROM accounts ORDER BY is_own DESC, name").fetchall()
    return [_row(r) for r in rows]


def get_account(store: Store, account_id: int) -> Account | None:
    row = store.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return _row(row) if row else None


def _clean_handle(value: str | None) -> str:
    """'  @ pemkotcimahi ' -> 'pemkotcimahi': what people paste from a profile page."""
    return (value or "").strip().lstrip("@").strip()


def save_account(store: Store, account: Account) -> Account:
    cleaned = {k: _clean_handle(v) for k, v in account.handles.items()}
    handles = json.dumps({k: v for k, v in cleaned.items() if v}, ensure_ascii=False)
    if account.id is None:
        cur = store.execute("INSERT INTO accounts(name, is_own, handles) VALUES(?, ?, ?)",
                            (account.name, int(account.is_own), handles))
        account_id = cur.lastrowid
    else:
        store.execute("UPDATE accounts SET name = ?, is_own = ?, handles = ? WHERE id = ?",
                      (account.name, int(account.is_own), handles, account.id))
        account_id = account.id
    saved = get_account(store, account_id)
    assert saved is not None
    return saved


def delete_account(store: Store, account_id: int) -> None:
    store.execute("DELETE FROM accounts WHERE id = ?", (account_id,))


def restore_account(store: Store, account: Account) -> Account:
    """Put a deleted account back with its old id, so posts that chose it as collaborator
    find it again (undo of a delete)."""
    handles = json.dumps(account.handles, ensure_ascii=False)
    store.execute("INSERT OR REPLACE INTO accounts(id, name, is_own, handles) VALUES(?, ?, ?, ?)",
                  (account.id, account.name, int(account.is_own), handles))
    restored = get_account(store, account.id) if account.id is not None else None
    return restored or account


def posts_using(store: Store, account_id: int) -> int:
    """How many posts (not in the bin) have this account among their collaborators."""
    row = store.execute(
        "SELECT count(*) FROM posts WHERE deleted_at IS NULL AND EXISTS "
        "(SELECT 1 FROM json_each(posts.collaborators) WHERE value = ?)",
        (account_id,),
    ).fetchone()
    return row[0]
