"""Schema migrations, one function per PRAGMA user_version step.

Each step takes an open connection inside a transaction and moves the schema from
version N-1 to N. Never edit a released step; add a new one (each has its own test).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statement by statement: executescript() would COMMIT our open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    """The foundation schema: settings, profile, accounts, posts, variants, photos."""
    _run_script(
        conn,
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pic_name TEXT NOT NULL DEFAULT '',
            pic_nip TEXT NOT NULL DEFAULT '',
            pic_position TEXT NOT NULL DEFAULT '',
            dept_name TEXT NOT NULL DEFAULT '',
            dept_short TEXT NOT NULL DEFAULT '',
            superior_name TEXT NOT NULL DEFAULT '',
            superior_nip TEXT NOT NULL DEFAULT '',
            superior_position TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            default_hashtags TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            is_own INTEGER NOT NULL DEFAULT 0,
            handles TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE posts (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            activity TEXT NOT NULL DEFAULT '',
            activity_date TEXT,
            location TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT 'Kegiatan',
            status TEXT NOT NULL DEFAULT 'Draf',
            caption TEXT NOT NULL DEFAULT '',
            hashtags TEXT NOT NULL DEFAULT '',
            collaborators TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            platforms TEXT NOT NULL DEFAULT '[]',
            review_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX posts_date ON posts(activity_date);
        CREATE TABLE variants (
            id INTEGER PRIMARY KEY,
            post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            platform TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            edited INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            published_url TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            reach INTEGER, impressions INTEGER, likes INTEGER, comments INTEGER,
            shares INTEGER, saves INTEGER, link_clicks INTEGER,
            UNIQUE (post_id, platform)
        );
        CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            original_name TEXT NOT NULL,
            ext TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            width INTEGER NOT NULL DEFAULT 0,
            height INTEGER NOT NULL DEFAULT 0,
            taken_at TEXT,
            credit TEXT NOT NULL DEFAULT '',
            alt_text TEXT NOT NULL DEFAULT '',
            contains_minors INTEGER NOT NULL DEFAULT 0,
            consent_obtained INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE post_photos (
            post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            focus_x REAL NOT NULL DEFAULT 0.5,
            focus_y REAL NOT NULL DEFAULT 0.5,
            PRIMARY KEY (post_id, photo_id)
        );
        """
    )


def _v2_work_records(conn: sqlite3.Connection) -> None:
    """Tables the later capabilities record into: renders, checklist, metrics, mappings."""
    _run_script(
        conn,
        """
        CREATE TABLE renders (
            id INTEGER PRIMARY KEY,
            post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
            photo_id INTEGER REFERENCES photos(id) ON DELETE SET NULL,
            kit_id TEXT NOT NULL,
            template_id TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE checklist_ticks (
            post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            ticked_by TEXT NOT NULL,
            ticked_at TEXT NOT NULL,
            PRIMARY KEY (post_id, item_id)
        );
        CREATE TABLE ignored_findings (
            post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            finding_key TEXT NOT NULL,
            PRIMARY KEY (post_id, finding_key)
        );
        CREATE TABLE check_overrides (
            id INTEGER PRIMARY KEY,
            post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            errors TEXT NOT NULL DEFAULT '[]',
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL
        );
        CREATE TABLE hashtag_sets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            tags TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE follower_counts (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            platform TEXT NOT NULL,
            on_date TEXT NOT NULL,
            followers INTEGER NOT NULL,
            PRIMARY KEY (account_id, platform, on_date)
        );
        CREATE TABLE import_mappings (
            source TEXT PRIMARY KEY,
            mapping TEXT NOT NULL
        );
        """
    )


def _v3_report_notes(conn: sqlite3.Connection) -> None:
    """The PIC's "Kendala dan Tindak Lanjut" text, kept per department and report period."""
    _run_script(
        conn,
        """
        CREATE TABLE report_notes (
            department TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (department, period_start, period_end)
        );
        """
    )


def _v4_media_branding(conn: sqlite3.Connection) -> None:
    """The media library and branding: a photo's own focus point (where its subject is,
    the default for every post it joins), each post's branding choice and export folder,
    and indexes for the library's filters ("belum dipakai", by date)."""
    _run_script(
        conn,
        """
        ALTER TABLE photos ADD COLUMN focus_x REAL NOT NULL DEFAULT 0.5;
        ALTER TABLE photos ADD COLUMN focus_y REAL NOT NULL DEFAULT 0.5;
        CREATE TABLE post_branding (
            post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
            kit_id TEXT NOT NULL,
            template_id TEXT NOT NULL,
            formats TEXT NOT NULL DEFAULT '[]',
            export_dir TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX post_photos_photo ON post_photos(photo_id);
        CREATE INDEX photos_taken ON photos(taken_at);
        CREATE INDEX renders_post ON renders(post_id);
        """
    )


def _v5_versions_for_every_post(conn: sqlite3.Connection) -> None:
    """A version row for every target platform of every post that lacks one.

    Posts made by `main.py add` (or never opened in the editor) had no rows, so the
    report listed them under a "—" platform. The row follows the main caption (edited 0):
    the editor and `caption` derive its full text (tags, "Bersama @...") when they sync.
    """
    conn.execute(
        "INSERT OR IGNORE INTO variants(post_id, platform, text, edited) "
        "SELECT p.id, j.value, p.caption, 0 FROM posts p, json_each(p.platforms) j "
        "WHERE json_valid(p.platforms) AND j.type = 'text' "
        "AND j.value IN ('instagram', 'facebook', 'x', 'tiktok', 'youtube', 'threads')")


def _v6_kalender(conn: sqlite3.Connection) -> None:
    """The Kalender: the unit's own commemorative days and the shipped days it hides.

    A shipped day the PIC hides is a row with its `builtin_id` and hidden = 1; an own day
    has no builtin_id. A planned time per platform lives on the variant (`planned_at`)."""
    _run_script(
        conn,
        """
        CREATE TABLE commemorations (
            id INTEGER PRIMARY KEY,
            builtin_id TEXT UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            month INTEGER NOT NULL DEFAULT 1 CHECK (month BETWEEN 1 AND 12),
            day INTEGER NOT NULL DEFAULT 1 CHECK (day BETWEEN 1 AND 31),
            basis TEXT NOT NULL DEFAULT '',
            hidden INTEGER NOT NULL DEFAULT 0
        );
        ALTER TABLE variants ADD COLUMN planned_at TEXT;
        """
    )


def _v7_rekap(conn: sqlite3.Connection) -> None:
    """Rekap Kota at Diskominfo: every unit's imported packet (its checked document kept
    whole, so the board and the city report read it without re-importing) and the names
    Diskominfo mapped to a unit once."""
    _run_script(
        conn,
        """
        CREATE TABLE rekap_packets (
            id INTEGER PRIMARY KEY,
            unit_key TEXT NOT NULL,
            unit_id TEXT,
            unit_name TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            document TEXT NOT NULL,
            UNIQUE (unit_key, period_start, period_end)
        );
        CREATE INDEX rekap_packets_period ON rekap_packets(period_start, period_end);
        CREATE TABLE rekap_aliases (
            name_key TEXT PRIMARY KEY,
            unit_id TEXT NOT NULL
        );
        """
    )


def _v8_report_naskah_dinas(conn: sqlite3.Connection) -> None:
    """Kop lines (telephone, fax, website, e-mail) and pangkat/golongan in the profile;
    the PIC's edited "Simpulan dan Saran" kept per period beside the Kendala text."""
    for column in ("phone", "fax", "website", "email", "pic_rank", "superior_rank"):
        conn.execute(f"ALTER TABLE profile ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE report_notes ADD COLUMN conclusion TEXT NOT NULL DEFAULT ''")


def _v9_speed_indexes(conn: sqlite3.Connection) -> None:
    """Indexes the report needs with years of data: uploads by publication time (the
    period), overrides by post (the compliance table)."""
    _run_script(
        conn,
        """
        CREATE INDEX variants_published ON variants(published_at);
        CREATE INDEX check_overrides_post ON check_overrides(post_id);
        """
    )


def _v10_narasi(conn: sqlite3.Connection) -> None:
    """Paket narasi: the campaigns Diskominfo drafts (and a PIC's imported copies, origin
    'impor'; the fields that vary in count are one JSON document) and each post's link
    to the campaign it amplifies (its id and title, so the Paket Laporan can name it)."""
    _run_script(
        conn,
        """
        CREATE TABLE narasi (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            period_start TEXT,
            period_end TEXT,
            origin TEXT NOT NULL DEFAULT 'sendiri',
            sender TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL DEFAULT '{}',
            photos TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        ALTER TABLE posts ADD COLUMN campaign_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE posts ADD COLUMN campaign_title TEXT NOT NULL DEFAULT '';
        CREATE INDEX posts_campaign ON posts(campaign_id) WHERE campaign_id != '';
        """
    )


def _v11_planned_index(conn: sqlite3.Connection) -> None:
    """Versions by planned time: the Kalender's month and the reminder banner read a range
    of it at every start; without the index that is a scan of every version (years of
    data: ~30,000 rows)."""
    conn.execute("CREATE INDEX variants_planned ON variants(planned_at) "
                 "WHERE planned_at IS NOT NULL")


def _v12_listing_index(conn: sqlite3.Connection) -> None:
    """The Konten list in its order, read at every start (core/post_listing.py): with
    this index it reads only the index, already sorted, instead of every post row
    (captions included) and a sort of them (years of data: ~10,000 posts, ~14 -> ~6 ms).
    deleted_at is in it so the index covers the query's WHERE too."""
    conn.execute("CREATE INDEX posts_listing ON posts(activity_date DESC, id DESC, status, "
                 "deleted_at) WHERE deleted_at IS NULL")


MIGRATIONS: list[Migration] = [_v1_initial, _v2_work_records, _v3_report_notes,
                           _v4_media_branding, _v5_versions_for_every_post, _v6_kalender,
                           _v7_rekap, _v8_report_naskah_dinas, _v9_speed_indexes,
                           _v10_narasi, _v11_planned_index, _v12_listing_index]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every step above the database's user_version; return the new version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"Basis data dibuat oleh Warta yang lebih baru (skema {current}); "
            "perbarui Warta untuk membukanya."
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return SCHEMA_VERSION
