"""Metrics CSV import: numbers, separators, headers, URL matching, and nothing dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from core import posts
from core.actions.laporan import (
    apply_metrics_import,
    preview_metrics_import,
    undo_metrics_import,
)
from core.import_mappings import load_mapping, mapping_for, save_mapping
from core.metrics_import import (
    CsvError,
    guess_mapping,
    normalize_url,
    parse_count,
    parse_date,
    parse_rows,
    read_csv,
)
from core.metrics_import import parse_csv_number as parse_number
from core.model import Post, Status, Variant


@pytest.mark.parametrize(("text", "value"), [
    ("1.234", 1234), ("1,234", 1234), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
    ("12,5", 12.5), ("12.5", 12.5), ("1.234.567", 1234567), ("1 234", 1234),
    ("1\u00a0234", 1234), ("1,2 rb", 1200), ("3,4 jt", 3_400_000), ("2.5K", 2500),
    ("0,5", 0.5), ("0.123", 0.123), ("", None), ("-", None), ("—", None), ("n/a", None),
    ("+15", 15), ("(1.234)", -1234), ("98%", 98),
])
def test_numbers_as_people_and_exports_write_them(text: str, value) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "1.2.3", "12,34,5", "1..2", "1,2,3.4.5", "Rp"])
def test_garbage_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_counts_are_whole_and_not_negative() -> None:
    assert parse_count("1.234,6") == 1235
    with pytest.raises(ValueError, match="negatif"):
        parse_count("-5")


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.instagram.com/p/DAbc12_x/?utm_source=ig_web_copy_link",
     "instagram.com/p/DAbc12_x"),
    ("http://instagram.com/reel/DAbc12_x", "instagram.com/p/DAbc12_x"),
    ("instagram.com/diskominfocimahi/p/DAbc12_x/", "instagram.com/p/DAbc12_x"),
    ("https://twitter.com/kominfocimahi/status/123?s=20", "x.com/kominfocimahi/status/123"),
    ("https://mobile.twitter.com/kominfocimahi/status/123/", "x.com/kominfocimahi/status/123"),
    ("https://youtu.be/AbCdEf12345?si=x", "youtube.com/watch/AbCdEf12345"),
    ("https://www.youtube.com/watch?v=AbCdEf12345&t=3", "youtube.com/watch/AbCdEf12345"),
    ("https://youtube.com/shorts/AbCdEf12345", "youtube.com/watch/AbCdEf12345"),
    ("https://m.facebook.com/diskominfocimahi/posts/99#x",
     "facebook.com/diskominfocimahi/posts/99"),
])
def test_urls_normalise_to_one_key(url: str, key: str) -> None:
    assert normalize_url(url) == key


def test_dates_in_the_forms_exports_use() -> None:
    assert parse_date("2025-11-12T09:00:00+07:00") == dt.date(2025, 11, 12)
    assert parse_date("12/11/2025") == dt.date(2025, 11, 12)
    assert parse_date("11/12/2025 09:00", dayfirst=False) == dt.date(2025, 11, 12)
    assert parse_date("12 November 2025") == dt.date(2025, 11, 12)
    assert parse_date("Nov 12, 2025") == dt.date(2025, 11, 12)
    assert parse_date("Rabu, 12 Nov 2025") == dt.date(2025, 11, 12)
    with pytest.raises(ValueError):
        parse_date("kemarin")


def test_csv_with_bom_semicolons_and_indonesian_numbers() -> None:
    data = ("Tautan;Tanggal;Jangkauan;Suka;Komentar\r\n"
            "https://www.instagram.com/p/ABC/;12/11/2025;1.234;56;7\r\n\r\n"
            "https://www.instagram.com/p/DEF/;13/11/2025;2.000,4;8\r\n").encode("utf-8-sig")
    table = read_csv(data)
    assert table.delimiter == ";" and table.encoding == "utf-8-sig"
    assert table.headers[0] == "Tautan"
    assert table.rows[1] == ["https://www.instagram.com/p/DEF/", "13/11/2025", "2.000,4", "8",
                             ""]
    rows = parse_rows(table, guess_mapping(table.headers), "instagram")
    assert rows[0].metrics == {"reach": 1234, "likes": 56, "comments": 7}
    assert rows[1].metrics == {"reach": 2000, "likes": 8} and rows[1].line == 4


def test_english_export_with_commas_quotes_and_month_first_dates() -> None:
    data = (b'Permalink,Publish time,Reach,Impressions,Likes,Comments,Shares,Saves\n'
            b'"https://www.facebook.com/diskominfocimahi/posts/1","11/25/2025 09:00","1,234",'
            b'"2,345",10,2,1,0\n')
    table = read_csv(data)
    mapping = guess_mapping(table.headers)
    assert table.delimiter == ","
    assert mapping == {"url": 0, "published_at": 1, "reach": 2, "impressions": 3, "likes": 4,
                       "comments": 5, "shares": 6, "saves": 7}
    row = parse_rows(table, mapping)[0]
    assert row.date == dt.date(2025, 11, 25) and row.platform == "facebook"
    assert row.metrics["reach"] == 1234 and row.metrics["impressions"] == 2345


def test_headers_in_indonesian_and_english_are_guessed() -> None:
    headers = ["Judul", "Waktu publikasi", "Akun yang dijangkau", "Tayangan", "Tanda suka",
               "Komentar", "Dibagikan", "Disimpan", "Klik tautan", "Tautan permanen"]
    assert guess_mapping(headers) == {"title": 0, "published_at": 1, "reach": 2,
                                      "impressions": 3, "likes": 4, "comments": 5, "shares": 6,
                                      "saves": 7, "link_clicks": 8, "url": 9}
    assert guess_mapping(["Reach (Lifetime)", "Link clicks", "Permalink"]) == {
        "reach": 0, "link_clicks": 1, "url": 2}


def test_empty_file_gives_a_clear_message() -> None:
    with pytest.raises(CsvError, match="kosong"):
        read_csv(b"\xef\xbb\xbf\r\n  \n")


def test_windows_1252_file_is_read() -> None:
    table = read_csv("Judul;Jangkauan\nCaf\xe9 Literasi;10\n".encode("cp1252"))
    assert table.rows[0][0] == "Caf\u00e9 Literasi" and table.encoding == "cp1252"


@pytest.fixture
def store(demo_store):
    return demo_store


def test_mapping_is_remembered_per_source(store) -> None:
    headers = ["Kolom A", "Kolom B", "Jangkauan"]
    assert load_mapping(store, "instagram", headers) is None
    save_mapping(store, "instagram", {"url": 1, "reach": 0}, headers)
    assert load_mapping(store, "instagram", headers) == {"url": 1, "reach": 0}
    assert load_mapping(store, "facebook", headers) is None
    # a file with the columns in another order still finds them by name
    assert load_mapping(store, "instagram", ["Jangkauan", "Kolom A", "Kolom B"]) == {
        "url": 2, "reach": 1}
    assert mapping_for(store, "instagram", ["Kolom B", "Kolom A", "Suka"]) == {
        "url": 0, "reach": 1, "likes": 2}


def test_match_by_url_then_date_and_report_every_unmatched_row(store) -> None:
    variants = [v for p in posts.list_posts(store) for v in posts.list_variants(store, p.id)
                if v.published_url]
    ig = next(v for v in variants if v.platform == "instagram")
    tw = next(v for v in variants if v.platform == "x")
    # a Terbit post with no link yet, alone on its day on TikTok
    lone = posts.create_post(store, Post(title="Senam Pagi Bersama", status=Status.TERBIT,
                                         activity_date=dt.date(2025, 11, 29),
                                         platforms=["tiktok"]))
    posts.save_variant(store, Variant(platform="tiktok", post_id=lone.id,
                                      published_at=dt.datetime(2025, 11, 29, 7, 0)))
    tw_link = tw.published_url.replace("https://x.com", "http://www.twitter.com") + "?s=20"
    csv_text = "\n".join([
        "Tautan,Tanggal,Platform,Jangkauan,Suka",
        f"{ig.published_url}?utm_source=ig_web_copy_link,,,\"7.777\",70",
        f"{tw_link},,,321,4",
        "https://www.tiktok.com/@diskominfocimahi/video/1,29/11/2025,TikTok,500,50",
        "https://www.instagram.com/p/TIDAKADA/,,,10,1",
        ",03/01/2024,Instagram,10,1",
        f"{ig.published_url},,,8,1",
        "Total,,,,",
    ])
    table = read_csv(csv_text)
    preview = preview_metrics_import(store, table, guess_mapping(table.headers))
    matches = preview.matches
    assert len(matches) == 7  # every row comes back
    how = [(m.how, m.target.variant_id if m.target else None) for m in matches]
    assert how[0] == ("tautan", ig.id) and how[1] == ("tautan", tw.id)
    assert how[2][0] == "tanggal"
    unmatched = {m.row.line: m.reason for m in matches if m.target is None}
    assert set(unmatched) == {5, 6, 7, 8}
    assert "tidak cocok" in unmatched[5]
    assert "3 Januari 2024" in unmatched[6]
    assert "baris 2" in unmatched[7]
    assert "tidak ada angka" in unmatched[8]

    outcome = apply_metrics_import(store, preview)
    assert outcome.updated == 3
    after = {v.id: v for v in posts.list_variants(store, ig.post_id)}
    assert after[ig.id].reach == 7777 and after[ig.id].likes == 70
    assert after[ig.id].comments == ig.comments  # cells not in the file stay
    filled = posts.list_variants(store, lone.id)[0]
    assert filled.reach == 500 and filled.published_url.endswith("/video/1")

    undo_metrics_import(store, outcome)
    back = {v.id: v for v in posts.list_variants(store, ig.post_id)}
    assert back[ig.id].reach == ig.reach
    assert posts.list_variants(store, lone.id)[0].published_url == ""


def test_same_day_ambiguity_is_reported_not_guessed(store) -> None:
    day = dt.date(2025, 11, 29)
    for title in ("Senam Pagi", "Donor Darah"):
        p = posts.create_post(store, Post(title=title, status=Status.TERBIT, activity_date=day,
                                          platforms=["threads"]))
        posts.save_variant(store, Variant(platform="threads", post_id=p.id))
    table = read_csv("Date;Platform;Reach;Title\n2025-11-29;Threads;10;Lain\n"
                     "2025-11-29;Threads;20;Donor Darah PMI\n")
    first, second = preview_metrics_import(store, table, guess_mapping(table.headers)).matches
    assert first.target is None and "ada 2 unggahan Threads" in first.reason
    assert second.target is not None and second.target.title == "Donor Darah"
