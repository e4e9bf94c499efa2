"""The single table of platform facts: limits, how they are counted, caps, domains, image sizes.

Facts change (Instagram's hashtag cap went from 30 to 5), so they live here as data,
each with a one-line source note in `Platform.sources` / `ImageFormat.source`. Code
that needs a fact reads it from `PLATFORMS[...]`, `IMAGE_FORMATS[...]` or `X_WEIGHTING`;
nothing else in Warta hard-codes a limit.

Counting units (how `core.captions.counting.count` measures a text):
- ``Unit.UTF16``: UTF-16 code units, i.e. JavaScript's ``string.length``, which is what
  the platforms' web composers check (an emoji such as 😀 is 2, é is 1, 👨‍👩‍👧‍👦 is 11).
- ``Unit.X_WEIGHTED``: twitter-text v3 weighted length (see `X_WEIGHTING`).
- ``Unit.THREADS``: one per code point, except that emoji count their UTF-8 bytes.
- ``Unit.UTF8``: UTF-8 bytes (YouTube description).
- ``Unit.CODEPOINTS``: Unicode code points (YouTube title).

Settings that override a fact (the lead wires them from the database) are passed in
as plain mappings, e.g. ``hashtag_cap("instagram", {"instagram": 7})``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from core.record import Record, set_field


class Unit(StrEnum):
    """How a platform measures a text against its limit."""

    UTF16 = "utf16"
    X_WEIGHTED = "x_weighted"
    THREADS = "threads"
    UTF8 = "utf8"
    CODEPOINTS = "codepoints"


# Indonesian wording of each unit, for counters, the CLI and tooltips.
UNIT_LABELS: Mapping[Unit, str] = MappingProxyType({
    Unit.UTF16: "karakter (emoji umumnya 2)",
    Unit.X_WEIGHTED: "karakter berbobot X (emoji/CJK 2, tautan 23)",
    Unit.THREADS: "karakter (emoji dihitung per byte UTF-8)",
    Unit.UTF8: "byte UTF-8",
    Unit.CODEPOINTS: "karakter",
})


class TextLimit(Record):
    """A maximum length and the unit it is measured in."""

    _fields = ("limit", "unit", "forbidden_chars")
    __slots__ = _fields
    limit: int
    unit: Unit
    forbidden_chars: str  # characters the platform rejects in this field

    def __init__(self, limit: int, unit: Unit, forbidden_chars: str = "") -> None:
        set_field(self, "limit", limit)
        set_field(self, "unit", unit)
        set_field(self, "forbidden_chars", forbidden_chars)


class XWeighting(Record):
    """twitter-text v3 configuration (config/v3.json), used by X's composer."""

    _fields = ("max_weighted_length", "scale", "default_weight", "ranges",
               "transformed_url_length", "emoji_weight", "invalid_chars", "source")
    __slots__ = _fields
    max_weighted_length: int
    scale: int
    default_weight: int
    ranges: tuple[tuple[int, int, int], ...]  # (first code point, last code point, weight)
    transformed_url_length: int
    emoji_weight: int | None  # None: emoji are not one piece (twitter-text v1/v2)
    invalid_chars: str
    source: str

    def __init__(self, max_weighted_length: int, scale: int, default_weight: int,
                 ranges: tuple[tuple[int, int, int], ...], transformed_url_length: int,
                 emoji_weight: int | None, invalid_chars: str, source: str) -> None:
        set_field(self, "max_weighted_length", max_weighted_length)
        set_field(self, "scale", scale)
        set_field(self, "default_weight", default_weight)
        set_field(self, "ranges", ranges)
        set_field(self, "transformed_url_length", transformed_url_length)
        set_field(self, "emoji_weight", emoji_weight)
        set_field(self, "invalid_chars", invalid_chars)
        set_field(self, "source", source)


X_WEIGHTING = XWeighting(
    max_weighted_length=280,
    scale=100,
    default_weight=200,
    ranges=((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100)),
    transformed_url_length=23,
    emoji_weight=200,
    invalid_chars="\ufffe\ufeff\uffff",
    source=(
        "twitter-text config/v3.json (maxWeightedTweetLength 280, scale 100, defaultWeight 200, "
        "emojiParsingEnabled) dan conformance/validate.yml"
    ),
)


class Platform(Record):
    """Facts about one platform; every fact has a one-line note in `sources`."""

    _fields = ("id", "name", "caption", "title", "feed_cut", "hashtag_cap", "mention_cap",
               "collaborator_cap", "url_domains", "image_formats", "sources")
    __slots__ = _fields
    id: str
    name: str
    caption: TextLimit  # the post text (YouTube: the video description)
    title: TextLimit | None  # a separate title field (YouTube only)
    feed_cut: int | None  # characters visible in the feed before "... lainnya"
    hashtag_cap: int | None
    mention_cap: int | None
    collaborator_cap: int | None
    url_domains: tuple[str, ...]  # where a published post of this platform lives
    image_formats: tuple[str, ...]  # ids in IMAGE_FORMATS that suit this platform
    sources: Mapping[str, str]

    def __init__(self, id: str, name: str, caption: TextLimit, title: TextLimit | None,
                 feed_cut: int | None, hashtag_cap: int | None, mention_cap: int | None,
                 collaborator_cap: int | None, url_domains: tuple[str, ...],
                 image_formats: tuple[str, ...], sources: Mapping[str, str] | None = None
                 ) -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "caption", caption)
        set_field(self, "title", title)
        set_field(self, "feed_cut", feed_cut)
        set_field(self, "hashtag_cap", hashtag_cap)
        set_field(self, "mention_cap", mention_cap)
        set_field(self, "collaborator_cap", collaborator_cap)
        set_field(self, "url_domains", url_domains)
        set_field(self, "image_formats", image_formats)
        set_field(self, "sources", {} if sources is None else sources)

    def source(self, fact: str) -> str:
        """The source note of one fact (a field name), for tooltips and the CLI."""
        return self.sources.get(fact, "")


class ImageFormat(Record):
    """An output image size with the bands that platform UI covers."""

    _fields = ("id", "name", "width", "height", "safe_top", "safe_bottom", "source",
               "file_name")
    __slots__ = _fields
    id: str
    name: str
    width: int
    height: int
    safe_top: int  # pixels at the top hidden under platform UI (profile bar, etc.)
    safe_bottom: int  # pixels at the bottom hidden under the caption and buttons
    source: str
    file_name: str  # the Indonesian word exported files carry ("potret"), not the id

    def __init__(self, id: str, name: str, width: int, height: int, safe_top: int,
                 safe_bottom: int, source: str, file_name: str = "") -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "width", width)
        set_field(self, "height", height)
        set_field(self, "safe_top", safe_top)
        set_field(self, "safe_bottom", safe_bottom)
        set_field(self, "source", source)
        set_field(self, "file_name", file_name)

    @property
    def aspect(self) -> str:
        """'4:5', '9:16', ... for labels."""
        from math import gcd

        d = gcd(self.width, self.height)
        return f"{self.width // d}:{self.height // d}"

    @property
    def safe_box(self) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) of the area that stays visible, in pixels."""
        return (0, self.safe_top, self.width, self.height - self.safe_bottom)


# Platform facts that are the same for every post and every field of a platform.
FACT_FIELDS = (
    "name", "caption", "title", "feed_cut", "hashtag_cap", "mention_cap",
    "collaborator_cap", "url_domains", "image_formats",
)

_UTF16_NOTE = (
    "dihitung dalam unit UTF-16 (panjang string JavaScript), seperti penghitung di "
    "komposer web-nya; emoji umumnya 2"
)


def _platform(**kwargs) -> Platform:
    kwargs["sources"] = MappingProxyType(dict(kwargs.pop("sources")))
    return Platform(**kwargs)


PLATFORMS: Mapping[str, Platform] = MappingProxyType({
    "instagram": _platform(
        id="instagram",
        name="Instagram",
        caption=TextLimit(2200, Unit.UTF16),
        title=None,
        feed_cut=125,
        hashtag_cap=5,
        mention_cap=20,
        collaborator_cap=5,
        url_domains=("instagram.com", "instagr.am"),
        image_formats=("square", "portrait", "story"),
        sources={
            "name": "Nama resmi platform.",
            "caption": f"Keterangan maks. 2.200 karakter (Pusat Bantuan Instagram); {_UTF16_NOTE}.",
            "title": "Instagram tidak punya kolom judul.",
            "feed_cut": "Di beranda, keterangan dipotong sekitar 125 karakter lalu '... lainnya'.",
            "hashtag_cap": (
                "Instagram mengumumkan pemangkasan dari 30 menjadi 5 tagar per unggahan; bisa "
                "diubah lewat pengaturan 'instagram_hashtag_cap'."
            ),
            "mention_cap": "Maks. 20 sebutan @ per keterangan (Pusat Bantuan Instagram).",
            "collaborator_cap": "Fitur Collab: hingga 5 kolaborator per unggahan.",
            "url_domains": "Tautan unggahan: instagram.com/p/..., /reel/... (instagr.am pendek).",
            "image_formats": "Feed 1:1 dan 4:5, Story/Reels 9:16.",
        },
    ),
    "facebook": _platform(
        id="facebook",
        name="Facebook",
        caption=TextLimit(63206, Unit.UTF16),
        title=None,
        feed_cut=480,
        hashtag_cap=None,
        mention_cap=None,
        collaborator_cap=None,
        url_domains=("facebook.com", "fb.watch", "fb.com", "fb.me"),
        image_formats=("square", "portrait", "landscape", "story"),
        sources={
            "name": "Nama resmi platform.",
            "caption": f"Status/unggahan Halaman maks. 63.206 karakter; {_UTF16_NOTE}.",
            "title": "Facebook tidak punya kolom judul unggahan.",
            "feed_cut": (
                "Teks panjang dipotong dengan 'Lihat selengkapnya' sekitar 480 karakter "
                "(perkiraan; di ponsel bisa lebih pendek)."
            ),
            "hashtag_cap": "Tidak ada batas tagar yang diumumkan.",
            "mention_cap": "Tidak ada batas sebutan yang diumumkan.",
            "collaborator_cap": "Tidak ada fitur setara Instagram Collab untuk Halaman.",
            "url_domains": "Tautan unggahan: facebook.com/..., video pendek fb.watch.",
            "image_formats": "Feed 1:1, 4:5, lanskap; Story 9:16.",
        },
    ),
    "x": _platform(
        id="x",
        name="X",
        caption=TextLimit(280, Unit.X_WEIGHTED),
        title=None,
        feed_cut=None,
        hashtag_cap=None,
        mention_cap=None,
        collaborator_cap=None,
        url_domains=("x.com", "twitter.com"),
        image_formats=("landscape", "square"),
        sources={
            "name": "Dulu Twitter.",
            "caption": (
                "280 berbobot (twitter-text v3): kebanyakan huruf Latin 1, CJK dan emoji 2 (satu "
                "rangkaian emoji utuh = 2), setiap tautan 23, setelah normalisasi NFC."
            ),
            "title": "X tidak punya kolom judul.",
            "feed_cut": "Unggahan 280 karakter tampil utuh; tidak ada potongan di linimasa.",
            "hashtag_cap": "Tidak ada batas tagar; tagar ikut dihitung dalam 280.",
            "mention_cap": "Tidak ada batas sebutan yang diumumkan; sebutan ikut dihitung.",
            "collaborator_cap": "X tidak punya fitur kolaborator.",
            "url_domains": "Tautan unggahan: x.com/<akun>/status/<id> (twitter.com lama).",
            "image_formats": "Gambar dalam linimasa 16:9 (1600x900) atau 1:1.",
        },
    ),
    "tiktok": _platform(
        id="tiktok",
        name="TikTok",
        caption=TextLimit(2200, Unit.UTF16),
        title=None,
        feed_cut=100,
        hashtag_cap=None,
        mention_cap=None,
        collaborator_cap=None,
        url_domains=("tiktok.com", "vm.tiktok.com", "vt.tiktok.com"),
        image_formats=("story",),
        sources={
            "name": "Nama resmi platform.",
            "caption": (
                "Keterangan video maks. 2.200 (batas Content Posting API, aman di semua akun; "
                f"di aplikasi sebagian akun bisa sampai 4.000); {_UTF16_NOTE}."
            ),
            "title": "Judul hanya untuk unggahan foto; tidak dipakai Warta.",
            "feed_cut": "Di For You hanya baris pertama tampil, sekitar 100 karakter (perkiraan).",
            "hashtag_cap": "Tidak ada batas tagar; tagar ikut dihitung dalam keterangan.",
            "mention_cap": "Tidak ada batas sebutan yang diumumkan.",
            "collaborator_cap": "Tidak ada fitur kolaborator setara Instagram Collab.",
            "url_domains": "Tautan video: tiktok.com/@akun/video/<id>; pendek vm./vt.tiktok.com.",
            "image_formats": "Video/foto vertikal 9:16 (1080x1920).",
        },
    ),
    "youtube": _platform(
        id="youtube",
        name="YouTube",
        caption=TextLimit(5000, Unit.UTF8, forbidden_chars="<>"),
        title=TextLimit(100, Unit.CODEPOINTS, forbidden_chars="<>"),
        feed_cut=157,
        hashtag_cap=60,
        mention_cap=None,
        collaborator_cap=None,
        url_domains=("youtube.com", "youtu.be"),
        image_formats=("youtube", "story"),
        sources={
            "name": "Nama resmi platform.",
            "caption": (
                "Deskripsi maks. 5.000 byte UTF-8, tanpa '<' dan '>' (YouTube Data API, "
                "videos: snippet.description)."
            ),
            "title": (
                "Judul maks. 100 karakter, tanpa '<' dan '>' (YouTube Data API, videos: "
                "snippet.title)."
            ),
            "feed_cut": "Di bawah video, deskripsi tampil ~157 karakter sebelum '...lainnya'.",
            "hashtag_cap": "Lebih dari 60 tagar membuat YouTube mengabaikan semua tagar video itu.",
            "mention_cap": "Tidak ada batas sebutan @ yang diumumkan.",
            "collaborator_cap": "YouTube tidak punya fitur kolaborator unggahan.",
            "url_domains": "Tautan video: youtube.com/watch?v=, /shorts/; pendek youtu.be.",
            "image_formats": "Thumbnail 1280x720 (16:9); Shorts vertikal 9:16.",
        },
    ),
    "threads": _platform(
        id="threads",
        name="Threads",
        caption=TextLimit(500, Unit.THREADS),
        title=None,
        feed_cut=None,
        hashtag_cap=1,
        mention_cap=None,
        collaborator_cap=None,
        url_domains=("threads.net", "threads.com"),
        image_formats=("portrait", "square"),
        sources={
            "name": "Nama resmi platform.",
            "caption": (
                "Teks maks. 500 karakter; emoji dihitung sebanyak byte UTF-8-nya (dokumentasi "
                "Threads API, Posts: Limitations)."
            ),
            "title": "Threads tidak punya kolom judul.",
            "feed_cut": "Unggahan 500 karakter tampil utuh di linimasa.",
            "hashtag_cap": "Hanya 1 tag topik per unggahan (Threads API dan aplikasi).",
            "mention_cap": "Tidak ada batas sebutan yang diumumkan.",
            "collaborator_cap": "Threads tidak punya fitur kolaborator.",
            "url_domains": "Tautan unggahan: threads.net/@akun/post/<id> (kini juga threads.com).",
            "image_formats": "Foto 4:5 atau 1:1.",
        },
    ),
})


IMAGE_FORMATS: Mapping[str, ImageFormat] = MappingProxyType({
    f.id: f
    for f in (
        ImageFormat("square", "Persegi (feed)", 1080, 1080, 0, 0,
                    "Feed Instagram/Facebook 1:1, 1080x1080 px.", "persegi"),
        ImageFormat("portrait", "Potret (feed)", 1080, 1350, 0, 0,
                    "Feed Instagram 4:5, 1080x1350 px; paling luas di beranda ponsel.", "potret"),
        ImageFormat("story", "Story / Reels", 1080, 1920, 250, 250,
                    "Story/Reels/TikTok 9:16, 1080x1920 px; sisakan ~250 px atas dan bawah "
                    "untuk profil, keterangan dan tombol.", "story"),
        ImageFormat("landscape", "Lanskap (X)", 1600, 900, 0, 0,
                    "Gambar linimasa X 16:9, 1600x900 px tampil tanpa terpotong.", "lanskap"),
        ImageFormat("youtube", "Thumbnail YouTube", 1280, 720, 0, 0,
                    "Thumbnail YouTube 1280x720 px (16:9), maks. 2 MB.", "thumbnail-youtube"),
    )
})


def platform(platform_id: str) -> Platform:
    """The facts of one platform; raises KeyError with the known ids for a typo."""
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        known = ", ".join(PLATFORMS)
        raise KeyError(f"platform tidak dikenal: {platform_id!r} (pilih: {known})") from None


def platform_name(platform_id: str | None) -> str:
    """'Instagram' for 'instagram'; '—' for no platform; an unknown id as it is."""
    if not platform_id:
        return "\u2014"
    known = PLATFORMS.get(platform_id)
    return known.name if known else platform_id


def _cap(platform_id: str, fact: str, overrides: Mapping[str, int | None] | None) -> int | None:
    if overrides and platform_id in overrides:
        return overrides[platform_id]
    return getattr(platform(platform_id), fact)


def hashtag_cap(platform_id: str, overrides: Mapping[str, int | None] | None = None) -> int | None:
    """Hashtag cap, with a setting (e.g. {'instagram': 7}) winning over the table."""
    return _cap(platform_id, "hashtag_cap", overrides)


def mention_cap(platform_id: str, overrides: Mapping[str, int | None] | None = None) -> int | None:
    return _cap(platform_id, "mention_cap", overrides)


def collaborator_cap(
    platform_id: str, overrides: Mapping[str, int | None] | None = None
) -> int | None:
    return _cap(platform_id, "collaborator_cap", overrides)


def platform_for_host(host: str) -> str | None:
    """Which platform a host name (www.instagram.com, youtu.be) belongs to, if any."""
    host = host.lower().rstrip(".")
    for pid, p in PLATFORMS.items():
        for domain in p.url_domains:
            if host == domain or host.endswith("." + domain):
                return pid
    return None
