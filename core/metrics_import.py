"""Reading the platforms' insight CSV exports: pure parsing and matching, no database.

Flow: `read_csv_file(path)` (streamed, size-capped) -> CsvTable; `guess_mapping(headers)`
(or the mapping remembered for the source, core/import_mappings.py) -> `parse_rows` ->
`match_rows` against the published variants. Writing the numbers is the use case
`core.actions.laporan.apply_metrics_import`, through core/posts.py. Every row that cannot
be used comes back with a reason, so the GUI and CLI can show it: nothing is dropped
silently, and no input raises anything but CsvError/CsvCancelled.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qs, urlsplit

from core.model import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_METRIC,
    METRIC_FIELDS,
    METRIC_LABELS,
    PLATFORM_IDS,
    Post,
    Status,
    Variant,
)
from core.platforms import platform_for_host, platform_name
from core.report_format import format_optional_date

# ---- numbers ------------------------------------------------------------------------------

_EMPTY = {"", "-", "–", "—", "n/a", "na", "null", "none", "tidak ada", "--"}
_SUFFIX = re.compile(r"(?i)\s*(k|rb|ribu|jt|juta)\.?$")
_MULTIPLIER = {"k": 1_000, "rb": 1_000, "ribu": 1_000, "jt": 1_000_000, "juta": 1_000_000}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_MAX_NUMBER_CHARS = 40


_GROUPED = {sep: re.compile(rf"[1-9]\d{{0,2}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


def _grouped(text: str, sep: str) -> bool:
    """'1.234.567' with `sep` '.': groups of three after a first group of 1-3 digits."""
    return _GROUPED[sep].fullmatch(text) is not None


def parse_csv_number(text: str) -> int | float | None:
    """Read a number the way people type it in Indonesia or in an English export.

    '1.234' and '1,234' -> 1234; '1.234,5' and '1,234.5' -> 1234.5; '12,5' -> 12.5;
    '1,2 rb' -> 1200; '' or '-' -> None. A single separator followed by exactly three
    digits is a thousands separator (metrics are counts). Raises ValueError otherwise
    (unlike core.indonesian.parse_number, which returns None for what it cannot read).
    """
    s = _SPACES.sub("", str(text)).strip()
    if len(s) > _MAX_NUMBER_CHARS:
        raise ValueError(f"angka terlalu panjang: {text[:20]!r}\u2026")
    if s.casefold() in _EMPTY:
        return None
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s[:1] in "+-\u2212":
        negative, s = negative or s[0] != "+", s[1:]
    s = s.rstrip("%")
    multiplier = 1
    if m := _SUFFIX.search(s):
        multiplier = _MULTIPLIER[m.group(1).casefold()]
        s = s[: m.start()]
    if not s or not re.fullmatch(r"[\d.,]+", s):
        raise ValueError(f"bukan angka: {text!r}")
    value = _digits_value(s, text) * multiplier
    if isinstance(value, float) and multiplier > 1 and value.is_integer():
        value = int(value)
    return -value if negative else value


def _digits_value(s: str, original: str) -> int | float:
    bad = ValueError(f"bukan angka: {original!r}")
    if "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        whole, _, frac = s.rpartition(dec)
        if not frac.isdigit() or not (whole.isdigit() and len(whole) <= 3 and
                                      (whole == "0" or whole[0] != "0")
                                      or _grouped(whole, thou)):
            raise bad
        return float(whole.replace(thou, "") + "." + frac)
    sep = "." if "." in s else "," if "," in s else ""
    if not sep:
        return int(s)
    if s.count(sep) > 1 or _grouped(s, sep):
        if not _grouped(s, sep):
            raise bad
        return int(s.replace(sep, ""))
    whole, _, frac = s.partition(sep)
    if not whole or not whole.isdigit() or not frac.isdigit():
        raise bad
    return float(f"{whole}.{frac}")


def parse_count(text: str) -> int | None:
    """A metric cell: a whole number 0..MAX_METRIC (decimals are rounded); else ValueError."""
    value = parse_csv_number(text)
    if value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"angka terlalu besar: {text!r}")
    if value < 0:
        raise ValueError(f"angka negatif: {text!r}")
    if value > MAX_METRIC:
        raise ValueError(f"angka terlalu besar: {text!r}")
    return round(value)


# ---- CSV ----------------------------------------------------------------------------------

MAX_CSV_BYTES = 64 * 1024 * 1024  # an insights export is kilobytes; this is thousands of them
MAX_CSV_ROWS = 100_000
MAX_COLUMNS = 200
_SNIFF_LINES = 30
_SNIFF_CHARS = 64 * 1024
_CHUNK = 1024 * 1024

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass
class CsvTable:
    """A decoded CSV: header names and rows padded to the header's width.

    `bad_rows` holds (file line, reason) for rows the CSV parser could not read (a cell
    over 128 KB, a broken quote); they are reported like any other unusable row.
    """

    headers: list[str]
    rows: list[list[str]]
    delimiter: str = ","
    encoding: str = "utf-8"
    lines: list[int] = field(default_factory=list)  # file line of each row, for messages
    bad_rows: list[tuple[int, str]] = field(default_factory=list)

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else index + 2


class CsvError(ValueError):
    """The file is not a CSV Warta can read; the message says what to do."""


class CsvCancelled(Exception):
    """The user stopped reading the file; nothing was imported."""


def _size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n // 1024 + 1} KB"


def _too_large(size: int) -> CsvError:
    return CsvError(f"Berkas CSV terlalu besar ({_size_text(size)}; maks. "
                    f"{_size_text(MAX_CSV_BYTES)}). Ekspor per bulan dari Insights, lalu "
                    "impor berkas itu.")


class _Counting(io.RawIOBase):
    """A binary stream that counts bytes, reports progress, stops at the cap or on cancel."""

    def __init__(self, raw: BinaryIO, total: int, progress: Progress | None,
                 cancelled: Cancelled | None) -> None:
        self.raw, self.total, self.done = raw, total, 0
        self.progress, self.cancelled = progress, cancelled

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - memoryview/bytearray
        if self.cancelled is not None and self.cancelled():
            raise CsvCancelled()
        data = self.raw.read(min(len(buffer), _CHUNK))
        n = len(data)
        buffer[:n] = data
        self.done += n
        if self.done > MAX_CSV_BYTES:
            raise _too_large(max(self.done, self.total))
        if self.progress is not None and n:
            self.progress(self.done, max(self.total, self.done), "Membaca CSV")
        return n


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def _is_utf8(raw: BinaryIO) -> bool:
    """Whether the whole stream is valid UTF-8 (read in chunks, nothing kept, capped)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    seen = 0
    try:
        while chunk := raw.read(_CHUNK):
            seen += len(chunk)
            if seen > MAX_CSV_BYTES:
                raise _too_large(seen)
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(raw: BinaryIO) -> str:
    """BOM (UTF-8/UTF-16), else UTF-8 when the whole file decodes, else Windows-1252.

    Leaves `raw` at the start. Broken bytes later become U+FFFD (the cell is then
    reported as unreadable on its row), never an exception.
    """
    head = raw.read(4)
    raw.seek(0)
    encoding = _bom_encoding(head) or ("utf-8" if _is_utf8(raw) else "cp1252")
    raw.seek(0)
    return encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and encoding name of a whole file held in memory (same rules as the reader)."""
    encoding = detect_encoding(io.BytesIO(data))
    return data.decode(encoding, errors="replace"), encoding


def _rows(text_lines: Iterable[str], delimiter: str, limit: int | None = None,
          bad: list[tuple[int, str]] | None = None) -> Iterator[tuple[int, list[str]]]:
    """(file line the row starts on, cells); unreadable rows go to `bad` when given."""
    reader = csv.reader(text_lines, delimiter=delimiter)
    end = count = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            end = reader.line_num
            if bad is None:
                raise
            bad.append((start, _csv_problem(exc)))
            continue
        end = reader.line_num
        yield start, row[:MAX_COLUMNS]
        count += 1
        if limit and count >= limit:
            return


def _csv_problem(exc: csv.Error) -> str:
    if "field larger" in str(exc):
        return f"baris tidak dapat dibaca: ada sel lebih dari {csv.field_size_limit() // 1024} KB"
    return f"baris tidak dapat dibaca ({exc})"


def _consistency(rows: list[list[str]]) -> tuple[int, float, int]:
    """How well a delimiter splits the sample: (columns > 1, share of equal widths, width)."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return (0, 0.0, 0)
    width = len(rows[0])
    same = sum(1 for r in rows if len(r) == width) / len(rows)
    return (int(width > 1), same, width)


def sniff_delimiter(text: str) -> str:
    """';', ',' or tab: csv.Sniffer's guess when it splits consistently, else the best split.

    Looks at the first lines only (at most 64 KB); a sample the csv module cannot split
    scores as a bad split, it never raises.
    """
    sample = "\n".join(text[:_SNIFF_CHARS].splitlines()[:_SNIFF_LINES])
    candidates = [";", ",", "\t"]
    try:
        guess = csv.Sniffer().sniff(sample, delimiters="".join(candidates)).delimiter
    except csv.Error:
        guess = None
    scores = {}
    for d in candidates:
        sample_rows = [row for _line, row in _rows(io.StringIO(sample, newline=""), d,
                                                   _SNIFF_LINES, bad=[])]
        scores[d] = _consistency(sample_rows)
    if guess in scores and scores[guess][0] and scores[guess][1] == 1.0:
        return guess
    return max(candidates, key=lambda d: scores[d])


def read_csv(data: bytes | str) -> CsvTable:
    """A CSV held in memory (tests, paste); files go through `read_csv_file`."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_CSV_BYTES:
        raise _too_large(len(data))
    return read_csv_stream(io.BytesIO(data), len(data))


def read_csv_file(path: str | os.PathLike[str], *, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> CsvTable:
    """Read an insights CSV row by row: size-capped, with progress and cancel."""
    path = Path(path)
    try:
        if not path.exists():
            raise CsvError(f"Berkas {path.name} tidak ditemukan.")
        if not path.is_file():  # a folder, a FIFO, a device: reading it could hang
            raise CsvError(f"{path.name} bukan berkas biasa; pilih berkas CSV.")
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise _too_large(size)
        with path.open("rb") as raw:
            return read_csv_stream(raw, size, progress=progress, cancelled=cancelled)
    except OSError as exc:
        raise CsvError(f"Berkas {path.name} tidak dapat dibuka ({exc.strerror or exc}).") \
            from exc


def read_csv_stream(raw: BinaryIO, size: int, *, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> CsvTable:
    """Decode, sniff the separator and split; blank lines are skipped, short rows padded."""
    encoding = detect_encoding(raw)
    counted = io.BufferedReader(_Counting(raw, size, None, cancelled), _CHUNK)
    text = io.TextIOWrapper(counted, encoding=encoding, errors="replace", newline="")
    sample = text.read(_SNIFF_CHARS)  # the separator is guessed from the first lines
    if not sample.lstrip("\ufeff").strip() and not text.read(1):
        raise CsvError("Berkas CSV kosong. Ekspor ulang data dari Insights lalu coba lagi.")
    delimiter = sniff_delimiter(sample.lstrip("\ufeff"))
    raw.seek(0)
    counted = io.BufferedReader(_Counting(raw, size, progress, cancelled), _CHUNK)
    text = io.TextIOWrapper(counted, encoding=encoding, errors="replace", newline="")
    table = CsvTable(headers=[], rows=[], delimiter=delimiter, encoding=encoding)
    for line, row in _rows(text, delimiter, bad=table.bad_rows):
        if not any(c.strip() for c in row):
            continue
        if not table.headers:
            table.headers = [h.strip().lstrip("\ufeff") for h in row]
            table.bad_rows.clear()  # unreadable lines before the header are not data
            continue
        if len(table.rows) >= MAX_CSV_ROWS:
            raise CsvError(f"Berkas CSV berisi lebih dari {MAX_CSV_ROWS:,} baris. Pecah "
                           "menjadi beberapa berkas lalu impor satu per satu."
                           .replace(",", "."))
        width = len(table.headers)
        table.rows.append([c.strip() for c in row] + [""] * (width - len(row)))
        table.lines.append(line)
    if not table.headers:
        raise CsvError("Berkas CSV kosong. Ekspor ulang data dari Insights lalu coba lagi.")
    return table


# ---- column mapping -----------------------------------------------------------------------

IMPORT_FIELDS = ("url", "published_at", "platform", "title", *METRIC_FIELDS)

FIELD_LABELS = {
    "url": "Tautan unggahan",
    "published_at": "Tanggal terbit",
    "platform": "Platform",
    "title": "Judul/keterangan",
    **METRIC_LABELS,
}

# Header words seen in Meta Business Suite, X Analytics, TikTok Studio and YouTube Studio
# exports, in English and Indonesian. Compared after `_norm_header`.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "url": ("permalink", "tautan permanen", "tautan", "link", "url", "post link",
            "link postingan", "tautan postingan", "tautan unggahan", "tweet permalink",
            "video link", "tautan video"),
    "published_at": ("publish time", "waktu publikasi", "waktu terbit", "tanggal terbit",
                     "tanggal", "date", "published", "publish date", "posted", "time",
                     "waktu", "tanggal unggah", "created", "waktu diposting", "tanggal posting",
                     "video publish time", "waktu dipublikasikan", "tanggal publikasi"),
    "platform": ("platform", "saluran", "channel", "jaringan", "network", "media sosial"),
    "title": ("title", "judul", "description", "deskripsi", "keterangan", "caption",
              "tweet text", "post", "postingan", "video title", "judul video", "teks"),
    "reach": ("reach", "jangkauan", "accounts reached", "akun yang dijangkau",
              "people reached", "orang yang dijangkau", "unique viewers", "penonton unik"),
    "impressions": ("impressions", "impresi", "tayangan", "views", "dilihat", "video views",
                    "penayangan", "plays", "diputar", "jumlah tayangan", "total tayangan",
                    "total views"),
    "likes": ("likes", "suka", "reactions", "reaksi", "tanda suka", "menyukai",
              "reactions comments and shares", "jumlah suka", "like"),
    "comments": ("comments", "komentar", "replies", "balasan", "jumlah komentar", "comment"),
    "shares": ("shares", "dibagikan", "bagikan", "pembagian", "reposts", "retweets",
               "repost", "berbagi", "jumlah dibagikan", "share"),
    "saves": ("saves", "disimpan", "simpan", "bookmarks", "penanda", "save"),
    "link_clicks": ("link clicks", "klik tautan", "url clicks", "klik link", "klik url",
                    "link click", "clicks", "klik"),
}


_MAX_COMPARED = 300  # header and title text compared; longer text is cut (regex cost)


def _norm_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[:_MAX_COMPARED]).casefold()
    text = re.sub(r"\(.*?\)", " ", text)  # "Reach (Lifetime)" -> "reach"
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field -> column index, from header words; each column used once, exact names first."""
    normed = [_norm_header(h) for h in headers]
    scored: list[tuple[int, int, str, int]] = []  # (quality, synonym length, field, column)
    for fld, words in _SYNONYMS.items():
        for col, name in enumerate(normed):
            for word in words:
                if name == word:
                    scored.append((2, len(word), fld, col))
                elif re.search(rf"(?<!\w){re.escape(word)}(?!\w)", name):
                    scored.append((1, len(word), fld, col))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _q, _n, fld, col in sorted(scored, key=lambda s: (-s[0], -s[1])):
        if fld not in mapping and col not in used:
            mapping[fld] = col
            used.add(col)
    return mapping


# ---- cells: URLs, dates, platforms --------------------------------------------------------

_HOST_ALIASES = {"twitter.com": "x.com", "mobile.twitter.com": "x.com", "fb.com": "facebook.com",
                 "m.facebook.com": "facebook.com", "web.facebook.com": "facebook.com",
                 "youtu.be": "youtube.com", "m.youtube.com": "youtube.com",
                 "vm.tiktok.com": "tiktok.com", "threads.com": "threads.net"}


def normalize_url(url: str) -> str:
    """A comparable form: no scheme, www, query, fragment or trailing slash; x.com for twitter.

    Instagram /reel/ and /tv/ links and /<user>/p/ links become /p/<code>; YouTube
    youtu.be, shorts and watch?v= links become youtube.com/watch/<id>.
    """
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").casefold().removeprefix("www.")
    except ValueError:  # "http://[oops": not a URL; compare it as typed
        return text.casefold()
    host = _HOST_ALIASES.get(host, host)
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    if host == "instagram.com" and (m := re.search(r"/(?:p|reel|reels|tv)/([^/]+)", path)):
        path = f"/p/{m.group(1)}"
    if host == "youtube.com":
        vid = parse_qs(parts.query).get("v", [""])[0]
        if not vid and (m := re.match(r"/(?:shorts/|embed/|live/)?([\w-]{6,})$", path)):
            vid = m.group(1)
        if vid:
            path = f"/watch/{vid}"
    return host + path


def platform_from_url(url: str) -> str | None:
    return _platform_of_key(normalize_url(url))


def _platform_of_key(key: str) -> str | None:
    """The platform of a normalised link ('instagram.com/p/x' -> 'instagram')."""
    return platform_for_host(key.split("/", 1)[0]) if key else None


_PLATFORM_WORDS = {"instagram": "instagram", "ig": "instagram", "facebook": "facebook",
                   "fb": "facebook", "x": "x", "twitter": "x", "x twitter": "x",
                   "tiktok": "tiktok", "tik tok": "tiktok", "youtube": "youtube", "yt": "youtube",
                   "threads": "threads"}


def parse_platform(text: str) -> str | None:
    return _PLATFORM_WORDS.get(_norm_header(text))


_MONTH_WORDS = {
    **{m: i + 1 for i, m in enumerate(("januari", "februari", "maret", "april", "mei", "juni",
                                        "juli", "agustus", "september", "oktober", "november",
                                        "desember"))},
    **{m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december"))},
    **{m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu",
                                        "sep", "okt", "nov", "des"))},
    "may": 5, "aug": 8, "oct": 10, "dec": 12, "agt": 8, "sept": 9, "ags": 8,
}
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})(?!\d)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def _year(text: str) -> int:
    year = int(text[:8])  # a 20-digit "year" is out of range, not a huge int
    return year + 2000 if year < 100 else year


def _date(year: int, month: int, day: int, text: str) -> dt.date:
    """A real date within FIRST_YEAR..LAST_YEAR, else ValueError naming the cell."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"tahun di luar {FIRST_YEAR}\u2013{LAST_YEAR}: {text!r}")
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        raise ValueError(f"tanggal tidak ada: {text!r}") from None


def parse_date(text: str, dayfirst: bool = True) -> dt.date | None:
    """ISO, '12/11/2025' (day first unless told), '12 November 2025', 'Nov 12, 2025'.

    Only years FIRST_YEAR..LAST_YEAR are dates; anything else is a ValueError.
    """
    s = text.strip()[:_MAX_COMPARED]
    if not s:
        return None
    if m := _ISO_DATE.match(s):
        return _date(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _NUMERIC_DATE.match(s):
        a, b, year = int(m[1]), int(m[2]), _year(m[3])
        day, month = (a, b) if dayfirst else (b, a)
        return _date(year, month, day, text)
    words = re.findall(r"[^\W\d_]+|\d+", s.casefold())
    nums = [w[:8] for w in words if w.isdigit()]
    months = [_MONTH_WORDS[w] for w in words if w in _MONTH_WORDS]
    if months and len(nums) >= 2:
        day, year = (int(nums[0]), int(nums[1])) if len(nums[1]) == 4 or int(nums[0]) <= 31 \
            else (int(nums[1]), int(nums[0]))
        return _date(_year(str(year)), months[0], day, text)
    raise ValueError(f"tanggal tidak dikenali: {text!r}")


def infer_dayfirst(values: list[str], default: bool = True) -> bool:
    """For a column of 'a/b/yyyy' dates: day first unless some 'b' is above 12."""
    day_first_ok = month_first_ok = True
    for v in values:
        if m := _NUMERIC_DATE.match(v.strip()):
            a, b = int(m[1]), int(m[2])
            day_first_ok &= b <= 12
            month_first_ok &= a <= 12
    if day_first_ok and month_first_ok:
        return default
    return day_first_ok


# ---- rows ---------------------------------------------------------------------------------

@dataclass
class ParsedRow:
    """One CSV row read through the mapping; problems are per cell, in Indonesian."""

    line: int
    url: str = ""
    date: dt.date | None = None
    platform: str | None = None
    title: str = ""
    metrics: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    unreadable: str = ""  # the CSV parser could not read the row at all


def parse_rows(table: CsvTable, mapping: dict[str, int],
               default_platform: str | None = None, *, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> list[ParsedRow]:
    """Read every row; a bad cell becomes a problem on its row, never an exception.

    Long files report progress and stop with CsvCancelled when asked, every 1000 rows.
    """
    date_col = mapping.get("published_at")
    english = date_col is not None and re.search(r"[a-z]", table.headers[date_col]) and \
        _norm_header(table.headers[date_col]) in ("publish time", "date", "published", "time",
                                                  "publish date", "posted", "created",
                                                  "video publish time")
    dayfirst = infer_dayfirst([r[date_col] for r in table.rows], not english) \
        if date_col is not None else True
    parsed = []
    for i, row in enumerate(table.rows):
        if i % 1000 == 999:
            if cancelled is not None and cancelled():
                raise CsvCancelled()
            if progress is not None:
                progress(i, len(table.rows), "Membaca baris")
        out = ParsedRow(line=table.line_of(i))

        def cell(fld: str, _row: list[str] = row) -> str:
            col = mapping.get(fld)
            return _row[col] if col is not None and col < len(_row) else ""

        out.url = cell("url")
        out.title = cell("title")
        if raw := cell("published_at"):
            try:
                out.date = parse_date(raw, dayfirst)
            except ValueError:
                out.problems.append(f"tanggal \u201c{_clip(raw)}\u201d tidak dikenali")
        if raw := cell("platform"):
            out.platform = parse_platform(raw)
            if out.platform is None:
                out.problems.append(f"platform \u201c{_clip(raw)}\u201d tidak dikenal")
        key = normalize_url(out.url)
        out.platform = out.platform or _platform_of_key(key) or default_platform
        for metric in METRIC_FIELDS:
            raw = cell(metric)
            if not raw:
                continue
            try:
                value = parse_count(raw)
            except ValueError as exc:
                why = "terlalu besar" if "besar" in str(exc) else "bukan angka"
                out.problems.append(f"{FIELD_LABELS[metric]} \u201c{_clip(raw)}\u201d {why}")
                continue
            if value is not None:
                out.metrics[metric] = value
        parsed.append(out)
    parsed += [ParsedRow(line=line, unreadable=why) for line, why in table.bad_rows]
    parsed.sort(key=lambda r: r.line)
    return parsed


def _clip(text: str, limit: int = 40) -> str:
    """A cell quoted in a message: long cells are cut so the message stays readable."""
    return text if len(text) <= limit else text[:limit] + "\u2026"


# ---- matching -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Published:
    """A published variant that a CSV row can be matched to."""

    variant_id: int
    post_id: int
    platform: str
    url: str
    published: dt.date | None
    title: str


def published_from(posts_and_variants: Iterable[tuple[Post, list[Variant]]]
                   ) -> list[Published]:
    """The variants a CSV row may fill: of a published post, or with a link or a time.

    Takes core.posts.posts_with_variants(store), so this module never reads the store.
    """
    out = []
    for post, variants in posts_and_variants:
        for v in variants:
            if not (v.published_url or v.published_at or post.status is Status.TERBIT):
                continue
            when = v.published_at.date() if v.published_at else post.activity_date
            out.append(Published(v.id, post.id, v.platform, v.published_url, when, post.title))
    return out


@dataclass
class RowMatch:
    """A row and the variant it fills, or why it fills none (`reason`)."""

    row: ParsedRow
    target: Published | None = None
    how: str = ""  # "tautan" or "tanggal"
    reason: str = ""


def _by_title(row: ParsedRow, options: list[Published]) -> list[Published]:
    needle = _norm_header(row.title)
    if not needle:
        return []
    return [p for p in options if (t := _norm_header(p.title)) and (t in needle or needle in t)]


def _match_one(row: ParsedRow, by_url: dict[str, Published],
               by_day: dict[tuple[dt.date, str], list[Published]]) -> RowMatch:
    if row.unreadable:
        return RowMatch(row, reason=row.unreadable)
    if not row.metrics:  # nothing to write: it must not claim an upload from a later row
        return RowMatch(row, reason="tidak ada angka metrik di baris ini")
    key = normalize_url(row.url)
    if key and key in by_url:
        return RowMatch(row, by_url[key], "tautan")
    if row.date is None or row.platform is None:
        what = "tautan tidak cocok dengan unggahan mana pun" if key else "tidak ada tautan"
        lack = "tanggal" if row.date is None else "platform"
        return RowMatch(row, reason=f"{what}, dan {lack} tidak diketahui")
    options = by_day.get((row.date, row.platform), [])
    if key:  # a link that is not ours may only fill a variant that has no link yet
        options = [p for p in options if not p.url]
    if len(options) > 1:
        options = _by_title(row, options) or options
    day = format_optional_date(row.date)
    if len(options) == 1:
        return RowMatch(row, options[0], "tanggal")
    if not options:
        return RowMatch(row, reason=f"tidak ada unggahan {platform_name(row.platform)} "
                                    f"pada {day} yang cocok")
    return RowMatch(row, reason=f"ada {len(options)} unggahan {platform_name(row.platform)} "
                                f"pada {day}; tambahkan kolom tautan agar bisa dibedakan")


def match_rows(rows: list[ParsedRow], candidates: list[Published]) -> list[RowMatch]:
    """Match by normalised link, else by date and platform (title breaks ties)."""
    by_url = {normalize_url(p.url): p for p in candidates if p.url}
    by_day: dict[tuple[dt.date, str], list[Published]] = {}
    for p in candidates:
        if p.published is not None:
            by_day.setdefault((p.published, p.platform), []).append(p)
    matches: list[RowMatch] = []
    taken: dict[int, int] = {}
    for row in rows:
        m = _match_one(row, by_url, by_day)
        if m.target is not None:
            if m.target.variant_id in taken:
                m = RowMatch(row, reason=f"unggahan yang sama sudah diisi baris "
                                         f"{taken[m.target.variant_id]}")
            else:
                taken[m.target.variant_id] = row.line
        matches.append(m)
    return matches


MIXED_SOURCE = "campuran"  # a CSV with a Platform column (or links) for several platforms
SOURCES: tuple[str, ...] = (*PLATFORM_IDS, MIXED_SOURCE)  # what an import can come from
