"""`kalender --bulan`: each day's holidays, commemorations and posts, text and JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import cli
from core import posts
from core.model import Post
from core.store import open_store


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_august_shows_17_agustus_and_the_post(capsys, warta_home):
    store = open_store()
    post = posts.create_post(store, Post(title="Lomba 17-an", activity_date=dt.date(2026, 8, 17)))
    store.close()
    code, out, _ = run(capsys, "kalender", "--bulan", "2026-08")
    assert code == 0
    line = next(ln for ln in out.splitlines() if "17 Agustus 2026" in ln)
    assert "Hari Kemerdekaan Republik Indonesia" in line and f"#{post.id} Lomba 17-an" in line
    code, out, _ = run(capsys, "kalender", "--bulan", "2026-08", "--json")
    data = json.loads(out)
    assert len(data["hari"]) == 31
    day = next(d for d in data["hari"] if d["tanggal"] == "2026-08-17")
    assert day["libur"] is True and day["konten"][0]["judul"] == "Lomba 17-an"


@pytest.mark.parametrize("month", ["2026-13", "kemarin"])
def test_bad_month_exits_2_with_a_message(capsys, month):
    code, out, err = run(capsys, "kalender", "--bulan", month)
    assert code == 2 and "TTTT-BB" in err and out == ""


def test_docx_and_xlsx_write_the_rencana_konten(capsys, warta_home, tmp_path):
    store = open_store()
    posts.create_post(store, Post(title="Rapat Evaluasi", activity_date=dt.date(2026, 8, 5)))
    store.close()
    code, out, err = run(capsys, "kalender", "--bulan", "2026-08", "--docx",
                         str(tmp_path / "r.docx"), "--xlsx", str(tmp_path / "r.xlsx"))
    assert code == 0, err
    assert out.split() == [str(tmp_path / "r.docx"), str(tmp_path / "r.xlsx")]
    from docx import Document

    cells = [c.text for t in Document(str(tmp_path / "r.docx")).tables for row in t.rows
             for c in row.cells]
    assert "Rapat Evaluasi" in cells


def test_unwritable_target_is_a_clear_error(capsys, warta_home, tmp_path):
    code, out, err = run(capsys, "kalender", "--bulan", "2026-08", "--docx",
                         str(tmp_path / "tidak-ada" / "r.docx"))
    assert code == 1 and err.startswith("galat:") and "Traceback" not in err
