"""Kop lines and pangkat/golongan in the profile (issue 12), and their migration step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core import migrations
from core.demo import DEMO_PROFILE
from core.pangkat import NON_ASN, PNS_RANKS, PPPK_GRADES, RANKS, rank_line
from core.profile import load_profile, profile_errors, save_profile
from core.store import connect


def test_pangkat_list_runs_from_juru_muda_to_pembina_utama() -> None:
    assert PNS_RANKS[0] == "Juru Muda (I/a)" and PNS_RANKS[-1] == "Pembina Utama (IV/e)"
    assert len(PNS_RANKS) == 17 and "Pembina Tingkat I (IV/b)" in PNS_RANKS
    assert PPPK_GRADES[0] == "PPPK Golongan I" and PPPK_GRADES[-1] == "PPPK Golongan XVII"
    assert NON_ASN in RANKS and rank_line(NON_ASN) == "" and rank_line(" ") == ""
    assert rank_line("Penata Muda (III/a)") == "Penata Muda (III/a)"


def test_kop_fields_and_ranks_are_saved_and_checked(store) -> None:
    profile = replace(DEMO_PROFILE, phone="(022) 111", fax="(022) 112", website="x.go.id",
                      email="humas@x.go.id", pic_rank="Penata (III/c)",
                      superior_rank="Pembina Tingkat I (IV/b)")
    assert profile_errors(profile) == {}
    save_profile(store, profile)
    assert load_profile(store) == profile
    errors = profile_errors(replace(profile, pic_rank="Jendral", email="bukan-alamat"))
    assert set(errors) == {"pic_rank", "email"} and "pilih dari daftar" in errors["pic_rank"]


def test_migration_adds_the_columns_and_keeps_the_profile(tmp_path: Path) -> None:
    step = migrations.MIGRATIONS.index(migrations._v8_report_naskah_dinas)
    conn = connect(tmp_path / "warta.db")
    for i, migration in enumerate(migrations.MIGRATIONS[:step], 1):
        conn.execute("BEGIN")
        migration(conn)
        conn.execute(f"PRAGMA user_version = {i}")
        conn.execute("COMMIT")
    conn.execute("INSERT INTO profile(id, pic_name) VALUES (1, 'Rina')")
    conn.execute("INSERT INTO report_notes(department, period_start, period_end, text, "
                 "updated_at) VALUES ('D', '2025-11-01', '2025-11-30', 'Kendala', 'x')")
    assert migrations.migrate(conn) == migrations.SCHEMA_VERSION
    row = conn.execute("SELECT pic_name, phone, pic_rank, superior_rank FROM profile").fetchone()
    assert tuple(row) == ("Rina", "", "", "")
    assert conn.execute("SELECT text, conclusion FROM report_notes").fetchone()[:] == \
        ("Kendala", "")
    conn.close()
