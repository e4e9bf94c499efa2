"""Importing metrics from the platforms' insight CSV exports (pure parsing and matching).

Flow: `read_csv(bytes)` -> CsvTable; `guess_mapping(headers)` (or the mapping remembered
for the source) -> `parse_rows` -> `match_rows` against the published variants ->
`apply_matches` writes the numbers. Every row that cannot be used comes back with a
reason, so the GUI and CLI can show it: nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from core.model import PLATFORM_IDS
from core.posts import METRIC_FIELDS
from core.report_format import format_date_long
from core.store import Store

# ---- numbers ------------------------------------------------------------------------------

_EMPTY = {"", "-", "–", "—", "n/a", "na", "null", "none", "tidak ada", "--"}
_SUFFIX = re.compile(r"(?i)\s*(k|rb|ribu|jt|juta)\.?$")
_MULTIPLIER = {"k": 1_000, "rb": 1_000, "ribu": 1_000, "jt": 1_000_000, "juta": 1_000_000}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def _grouped(text: str, sep: str) -> bool:
    """'1.234.567' with `sep` '.': groups of three after a first group of 1-3 digits."""
    return re.fullmatch(rf"[1-9]\d{{0,2}}(?:{re.escape(sep)}\d{{3}})+", text) is not None


def parse_number(text: str) -> int | float | None:
    """Read a number the way people type it in Indonesia or in an English export.

    '1.234' and '1,234' -> 1234; '1.234,5' and '1,234.5' -> 1234.5; '12,5' -> 12.5;
    '1,2 rb' -> 1200; '' or '-' -> None. A single separator followed by exactly three
    digits is a thousands separator (metrics are counts). Raises ValueError otherwise.
    """
    s = _SPACES.sub("", str(text)).strip()
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
    """A metric cell: a whole, non-negative number (decimals are rounded)."""
    value = parse_number(text)
    if value is None:
        return None
    if value < 0:
        raise ValueError(f"angka negatif: {text!r}")
    return round(value)


# ---- CSV ----------------------------------------------------------------------------------

@dataclass
class CsvTable:
    """A decoded CSV: header names and rows padded to the header's width."""

    headers: list[str]
    rows: list[list[str]]
    delimiter: str = ","
    encoding: str = "utf-8"
    lines: list[int] = field(default_factory=list)  # file line of each row, for messages

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else index + 2


class CsvError(ValueError):
    """The file is not a CSV Warta can read; the message says what to do."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and encoding name; honours UTF-8/UTF-16 BOMs, falls back to Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _split(text: str, delimiter: str, limit: int | None = None,
           lines: list[int] | None = None) -> list[list[str]]:
    """Rows of `text`; `lines` (if given) receives the file line each row starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    end = 0
    for row in reader:
        if lines is not None:
            lines.append(end + 1)
        end = reader.line_num
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows


def _consistency(rows: list[list[str]]) -> tuple[int, float, int]:
    """How well a delimiter splits the sample: (columns > 1, share of equal widths, width)."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return (0, 0.0, 0)
    width = len(rows[0])
    same = sum(1 for r in rows if len(r) == width) / len(rows)
    return (int(width > 1), same, width)


def sniff_delimiter(text: str) -> str:
    """';', ',' or tab: csv.Sniffer's guess when it splits consistently, else the best split."""
    sample = "\n".join(text.splitlines()[:30])
    candidates = [";", ",", "\t"]
    try:
        guess = csv.Sniffer().sniff(sample, delimiters="".join(candidates)).delimiter
    except csv.Error:
        guess = None
    scores = {d: _consistency(_split(sample, d, 30)) for d in candidates}
    if guess in scores and scores[guess][0] and scores[guess][1] == 1.0:
        return guess
    return max(candidates, key=lambda d: scores[d])


def read_csv(data: bytes | str) -> CsvTable:
    """Decode, sniff the separator and split; blank lines are skipped, short rows padded."""
    text, encoding = (data, "utf-8") if isinstance(data, str) else decode_bytes(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CsvError("Berkas CSV kosong. Ekspor ulang data dari Insights lalu coba lagi.")
    delimiter = sniff_delimiter(text)
    starts: list[int] = []
    try:
        rows = _split(text, delimiter, lines=starts)
    except csv.Error as exc:
        raise CsvError(f"Berkas CSV tidak dapat dibaca ({exc}). Simpan ulang sebagai CSV "
                       "dari Excel lalu coba lagi.") from exc
    first = 0
    while first < len(rows) and not any(c.strip() for c in rows[first]):
        first += 1
    if first >= len(rows):
        raise CsvError("Berkas CSV kosong. Ekspor ulang data dari Insights lalu coba lagi.")
    headers = [h.strip().lstrip("\ufeff") for h in rows[first]]
    width = len(headers)
    body: list[list[str]] = []
    lines: list[int] = []
    for row, line in zip(rows[first + 1:], starts[first + 1:], strict=True):
        if not any(c.strip() for c in row):
            continue
        body.append([c.strip() for c in row] + [""] * (width - len(row)))
        lines.append(line)
    return CsvTable(headers=headers, rows=body, delimiter=delimiter, encoding=encoding,
                    lines=lines)


# ---- column mapping -----------------------------------------------------------------------

IMPORT_FIELDS = ("url", "published_at", "platform", "title", *METRIC_FIELDS)

FIELD_LABELS = {
    "url": "Tautan unggahan",
    "published_at": "Tanggal terbit",
    "platform": "Platform",
    "title": "Judul/keterangan",
    "reach": "Jangkauan",
    "impressions": "Tayangan/impresi",
    "likes": "Suka/reaksi",
    "comments": "Komentar",
    "shares": "Dibagikan",
    "saves": "Disimpan",
    "link_clicks": "Klik tautan",
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


def _norm_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
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


def load_mapping(store: Store, source: str, headers: list[str]) -> dict[str, int] | None:
    """The mapping remembered for `source`, for the columns this file still has."""
    row = store.execute("SELECT mapping FROM import_mappings WHERE source = ?",
                        (source,)).fetchone()
    if row is None:
        return None
    try:
        by_name = json.loads(row["mapping"])
    except ValueError:
        return None
    index = {h: i for i, h in enumerate(headers)}
    found = {f: index[h] for f, h in by_name.items() if f in IMPORT_FIELDS and h in index}
    return found or None


def save_mapping(store: Store, source: str, mapping: dict[str, int], headers: list[str]) -> None:
    """Remember the chosen columns by header name, per source."""
    by_name = {f: headers[c] for f, c in mapping.items() if 0 <= c < len(headers)}
    store.execute(
        "INSERT INTO import_mappings(source, mapping) VALUES(?, ?) "
        "ON CONFLICT(source) DO UPDATE SET mapping = excluded.mapping",
        (source, json.dumps(by_name, ensure_ascii=False)),
    )


def mapping_for(store: Store, source: str, headers: list[str]) -> dict[str, int]:
    """Remembered mapping if any, completed with guesses for columns it does not name."""
    guessed = guess_mapping(headers)
    saved = load_mapping(store, source, headers)
    if not saved:
        return guessed
    used = set(saved.values())
    extra = {f: c for f, c in guessed.items() if f not in saved and c not in used}
    return {**saved, **extra}


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
    parts = urlsplit(text)
    host = (parts.hostname or "").casefold().removeprefix("www.")
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
    host = normalize_url(url).split("/", 1)[0]
    return {"instagram.com": "instagram", "facebook.com": "facebook", "x.com": "x",
            "tiktok.com": "tiktok", "youtube.com": "youtube", "threads.net": "threads"}.get(host)


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
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def parse_date(text: str, dayfirst: bool = True) -> dt.date | None:
    """ISO, '12/11/2025' (day first unless told), '12 November 2025', 'Nov 12, 2025'."""
    s = text.strip()
    if not s:
        return None
    if m := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DATE.match(s):
        a, b, year = int(m[1]), int(m[2]), _year(m[3])
        day, month = (a, b) if dayfirst else (b, a)
        return dt.date(year, month, day)
    words = re.findall(r"[^\W\d_]+|\d+", s.casefold())
    nums = [w for w in words if w.isdigit()]
    months = [_MONTH_WORDS[w] for w in words if w in _MONTH_WORDS]
    if months and len(nums) >= 2:
        day, year = (int(nums[0]), int(nums[1])) if len(nums[1]) == 4 or int(nums[0]) <= 31 \
            else (int(nums[1]), int(nums[0]))
        return dt.date(_year(str(year)), months[0], day)
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


def parse_rows(table: CsvTable, mapping: dict[str, int],
               default_platform: str | None = None) -> list[ParsedRow]:
    """Read every row; a bad cell becomes a problem on its row, never an exception."""
    date_col = mapping.get("published_at")
    english = date_col is not None and re.search(r"[a-z]", table.headers[date_col]) and \
        _norm_header(table.headers[date_col]) in ("publish time", "date", "published", "time",
                                                  "publish date", "posted", "created",
                                                  "video publish time")
    dayfirst = infer_dayfirst([r[date_col] for r in table.rows], not english) \
        if date_col is not None else True
    parsed = []
    for i, row in enumerate(table.rows):
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
                out.problems.append(f"tanggal \u201c{raw}\u201d tidak dikenali")
        if raw := cell("platform"):
            out.platform = parse_platform(raw)
            if out.platform is None:
                out.problems.append(f"platform \u201c{raw}\u201d tidak dikenal")
        out.platform = out.platform or platform_from_url(out.url) or default_platform
        for metric in METRIC_FIELDS:
            raw = cell(metric)
            try:
                value = parse_count(raw)
            except ValueError:
                out.problems.append(f"{FIELD_LABELS[metric]} \u201c{raw}\u201d bukan angka")
                continue
            if value is not None:
                out.metrics[metric] = value
        parsed.append(out)
    return parsed


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


def published_variants(store: Store) -> list[Published]:
    """Every variant of a live post that has a link or a publication time."""
    rows = store.execute(
        "SELECT v.id, v.post_id, v.platform, v.published_url, v.published_at, p.title, "
        "p.activity_date FROM variants v JOIN posts p ON p.id = v.post_id "
        "WHERE p.deleted_at IS NULL AND (v.published_url != '' OR v.published_at IS NOT NULL "
        "OR p.status = 'Terbit')"
    ).fetchall()
    out = []
    for r in rows:
        when = r["published_at"] or r["activity_date"]
        out.append(Published(r["id"], r["post_id"], r["platform"], r["published_url"],
                             dt.date.fromisoformat(when[:10]) if when else None, r["title"]))
    return out


@dataclass
class RowMatch:
    """A row and the variant it fills, or why it fills none (`reason`)."""

    row: ParsedRow
    target: Published | None = None
    how: str = ""  # "tautan" or "tanggal"
    reason: str = ""


def _platform_name(pid: str | None) -> str:
    names = {"instagram": "Instagram", "facebook": "Facebook", "x": "X", "tiktok": "TikTok",
             "youtube": "YouTube", "threads": "Threads"}
    return names.get(pid or "", pid or "?")


def _by_title(row: ParsedRow, options: list[Published]) -> list[Published]:
    needle = _norm_header(row.title)
    if not needle:
        return []
    return [p for p in options if (t := _norm_header(p.title)) and (t in needle or needle in t)]


def _match_one(row: ParsedRow, by_url: dict[str, Published],
               by_day: dict[tuple[dt.date, str], list[Published]]) -> RowMatch:
    key = normalize_url(row.url)
    if key and key in by_url:
        return RowMatch(row, by_url[key], "tautan")
    if not row.metrics:
        return RowMatch(row, reason="tidak ada angka metrik di baris ini")
    if row.date is None or row.platform is None:
        what = "tautan tidak cocok dengan unggahan mana pun" if key else "tidak ada tautan"
        lack = "tanggal" if row.date is None else "platform"
        return RowMatch(row, reason=f"{what}, dan {lack} tidak diketahui")
    options = by_day.get((row.date, row.platform), [])
    if key:  # a link that is not ours may only fill a variant that has no link yet
        options = [p for p in options if not p.url]
    if len(options) > 1:
        options = _by_title(row, options) or options
    day = format_date_long(row.date)
    if len(options) == 1:
        return RowMatch(row, options[0], "tanggal")
    if not options:
        return RowMatch(row, reason=f"tidak ada unggahan {_platform_name(row.platform)} "
                                    f"pada {day} yang cocok")
    return RowMatch(row, reason=f"ada {len(options)} unggahan {_platform_name(row.platform)} "
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


@dataclass
class ImportOutcome:
    """What `apply_matches` did, and what to restore for undo."""

    updated: int = 0
    previous: dict[int, dict[str, object]] = field(default_factory=dict)


def apply_matches(store: Store, matches: list[RowMatch]) -> ImportOutcome:
    """Write the numbers of matched rows in one transaction; cells left empty stay as they were.

    A row matched by date whose variant has no link yet also gives the variant its link.
    """
    outcome = ImportOutcome()
    columns = ", ".join((*METRIC_FIELDS, "published_url"))
    with store.transaction():
        for m in matches:
            if m.target is None or not m.row.metrics:
                continue
            vid = m.target.variant_id
            old = store.execute(f"SELECT {columns} FROM variants WHERE id = ?", (vid,)).fetchone()
            outcome.previous[vid] = dict(old)
            values = dict(m.row.metrics)
            if m.row.url.strip() and not old["published_url"]:
                values["published_url"] = m.row.url.strip()
            sets = ", ".join(f"{k} = :{k}" for k in values)
            store.execute(f"UPDATE variants SET {sets} WHERE id = :id", values | {"id": vid})
            outcome.updated += 1
    return outcome


def restore_metrics(store: Store, previous: dict[int, dict[str, object]]) -> None:
    """Undo an import: put back the values `apply_matches` replaced."""
    with store.transaction():
        for vid, values in previous.items():
            sets = ", ".join(f"{k} = :{k}" for k in values)
            store.execute(f"UPDATE variants SET {sets} WHERE id = :id", dict(values) | {"id": vid})


def preview(store: Store, table: CsvTable, mapping: dict[str, int],
            default_platform: str | None = None) -> list[RowMatch]:
    """Parse and match without writing: what the preview and the report show."""
    return match_rows(parse_rows(table, mapping, default_platform), published_variants(store))


SOURCES = (*PLATFORM_IDS, "campuran")
