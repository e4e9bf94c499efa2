"""`warta import-photos`: one line per file (id or reason), --post attaches in order,
--json for scripts, exit 0 / 2 / 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from core import posts
from core.media_queries import count_photos
from core.model import Post
from core.post_photos import post_photo_ids
from core.store import open_store


def jpeg(path: Path, color) -> Path:
    Image.new("RGB", (90, 60), color).save(path, "JPEG")
    return path


@pytest.fixture
def files(tmp_path) -> list[Path]:
    return [jpeg(tmp_path / f"{name}.jpg", (i * 70, 90, 40))
            for i, name in enumerate(["c-sampul", "a-kedua", "b-ketiga"])]


def test_imports_and_prints_one_line_per_file(run_cli, files):
    code, out, err = run_cli("import-photos", *map(str, files))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("OK") and ": id " in line for line in lines)
    assert [Path(line.split(": id ")[0].split(maxsplit=1)[1]).name for line in lines] == [
        "c-sampul.jpg", "a-kedua.jpg", "b-ketiga.jpg"]
    assert "3 foto diimpor" in err
    code, out, _ = run_cli("import-photos", str(files[0]))  # again: already there, not refused
    assert code == 0 and out.startswith("ADA")
    store = open_store()
    assert count_photos(store) == 3
    store.close()


def test_refused_files_give_exit_2_with_their_reason(run_cli, files, tmp_path):
    text = tmp_path / "catatan.jpg"
    text.write_text("bukan foto")
    code, out, _ = run_cli("import-photos", str(files[0]), str(text),
                       str(tmp_path / "hilang.jpg"))
    assert code == 2
    lines = out.splitlines()
    assert lines[0].startswith("OK")
    assert lines[1].startswith("DITOLAK") and "bukan berkas foto" in lines[1]
    assert lines[2].startswith("DITOLAK") and "tidak ditemukan" in lines[2]


def test_post_gets_the_photos_in_the_order_given(run_cli, files):
    store = open_store()
    post = posts.create_post(store, Post(title="Rapat"))
    store.close()
    code, out, _ = run_cli("import-photos", *map(str, files), "--post", str(post.id),
                       "--json")
    assert code == 0
    data = json.loads(out)
    ids = [r["id"] for r in data["results"]]
    assert [r["status"] for r in data["results"]] == ["diimpor"] * 3
    assert data["post"] == post.id and data["imported"] == 3 and data["refused"] == 0
    store = open_store()
    assert post_photo_ids(store, post.id) == ids  # the first given is the cover
    store.close()


def test_unknown_post_is_a_usage_error_and_imports_nothing(run_cli, files):
    code, _, err = run_cli("import-photos", str(files[0]), "--post", "999")
    assert code == 1 and "konten #999 tidak ditemukan" in err
    store = open_store()
    assert count_photos(store) == 0
    store.close()
    code, _, err = run_cli("import-photos")
    assert code == 1 and "BERKAS" in err


def test_json_reports_refusals(run_cli, tmp_path):
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    code, out, _ = run_cli("import-photos", str(empty), "--json")
    assert code == 2
    result = json.loads(out)["results"][0]
    assert result["status"] == "ditolak" and result["id"] is None
    assert "kosong" in result["reason"]
