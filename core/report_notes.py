"""The PIC's texts per department and period (owner of the `report_notes` table):
"Kendala dan Tindak Lanjut" (`text`) and the edited "Simpulan dan Saran" (`conclusion`)."""

from __future__ import annotations

import datetime as dt

from core.store import Store, now_iso


def load_issues(store: Store, department: str, start: dt.date, end: dt.date) -> str:
    """The "Kendala dan Tindak Lanjut" text the PIC typed for this period ('' if none)."""
    row = store.execute(
        "SELECT text FROM report_notes WHERE department = ? AND period_start = ? "
        "AND period_end = ?", (department, start.isoformat(), end.isoformat())).fetchone()
    return row[0] if row else ""


def save_issues(store: Store, department: str, start: dt.date, end: dt.date, text: str) -> None:
    """Keep the PIC's text per department and period, so it survives a restart."""
    store.execute(
        "INSERT INTO report_notes(department, period_start, period_end, text, updated_at) "
        "VALUES(?, ?, ?, ?, ?) ON CONFLICT(department, period_start, period_end) "
        "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
        (department, start.isoformat(), end.isoformat(), text, now_iso()),
    )


def load_conclusion(store: Store, department: str, start: dt.date, end: dt.date) -> str:
    """The "Simpulan dan Saran" the PIC edited for this period ('' = use the draft)."""
    row = store.execute(
        "SELECT conclusion FROM report_notes WHERE department = ? AND period_start = ? "
        "AND period_end = ?", (department, start.isoformat(), end.isoformat())).fetchone()
    return row[0] if row else ""


def save_conclusion(store: Store, department: str, start: dt.date, end: dt.date,
                    text: str) -> None:
    """Keep the edited "Simpulan dan Saran" beside the Kendala text (which stays as it is)."""
    store.execute(
        "INSERT INTO report_notes(department, period_start, period_end, text, conclusion, "
        "updated_at) VALUES(?, ?, ?, '', ?, ?) ON CONFLICT(department, period_start, "
        "period_end) DO UPDATE SET conclusion = excluded.conclusion, "
        "updated_at = excluded.updated_at",
        (department, start.isoformat(), end.isoformat(), text, now_iso()),
    )
