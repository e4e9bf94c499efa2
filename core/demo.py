"""A realistic month of sample data for a Cimahi department (`python main.py demo`).

Deterministic (seeded) so screenshots and reports built on it are repeatable. The
names are fictional; the places and kinds of activity are what a Diskominfo posts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, replace

from core import accounts, photos, post_photos, posts
from core.model import Account, Category, Photo, Post, Profile, Status, Variant
from core.profile import load_profile, save_profile
from core.store import Store

DEMO_PROFILE = Profile(
    pic_name="Rina Marlina, S.I.Kom.",
    pic_nip="199203152019032007",
    pic_position="Pranata Humas Ahli Pertama",
    dept_name="Dinas Komunikasi dan Informatika Kota Cimahi",
    dept_short="Diskominfo",
    superior_name="Drs. Haryanto Wibisono, M.Si.",
    superior_nip="197005121995031004",
    superior_position="Kepala Dinas Komunikasi dan Informatika",
    city="Cimahi",
    address="Jl. Rd. Demang Hardjakusumah Blok Jati, Cihanjuang, Cimahi 40513",
    default_hashtags="#CimahiKota #DiskominfoCimahi #CimahiMaju",
    phone="(022) 1234 5678",
    fax="(022) 1234 5679",
    website="diskominfo.cimahikota.go.id",
    email="diskominfo@cimahikota.go.id",
    pic_rank="Penata Muda (III/a)",
    superior_rank="Pembina Utama Muda (IV/c)",
)

DEMO_ACCOUNTS = [
    Account(name="Diskominfo Kota Cimahi", is_own=True, handles={
        "instagram": "diskominfocimahi", "facebook": "diskominfocimahi",
        "x": "kominfocimahi", "tiktok": "diskominfocimahi", "youtube": "DiskominfoCimahi",
        "threads": "diskominfocimahi"}),
    Account(name="Pemerintah Kota Cimahi", handles={
        "instagram": "pemkotcimahi", "facebook": "pemkotcimahi", "x": "pemkotcimahi",
        "tiktok": "pemkotcimahi", "youtube": "PemkotCimahi", "threads": "pemkotcimahi"}),
    Account(name="Dinas Kesehatan Kota Cimahi", handles={
        "instagram": "dinkes.cimahi", "facebook": "dinkescimahi", "x": "dinkescimahi"}),
    Account(name="Disdukcapil Kota Cimahi", handles={
        "instagram": "disdukcapil.cimahi", "facebook": "disdukcapilcimahi"}),
]


@dataclass(frozen=True)
class _Activity:
    title: str
    activity: str
    location: str
    category: Category
    caption: str


_ACTIVITIES = [
    _Activity("Rapat Koordinasi Satu Data Kota Cimahi", "Rapat koordinasi Satu Data",
              "Ruang Rapat Sangkuriang, Pemkot Cimahi", Category.KEGIATAN,
              "Diskominfo Kota Cimahi menggelar Rapat Koordinasi Satu Data bersama "
              "perangkat daerah. Rapat membahas pemutakhiran data sektoral tahun 2025."),
    _Activity("Pelatihan Literasi Digital bagi Kader PKK", "Pelatihan literasi digital",
              "Aula Kecamatan Cimahi Tengah", Category.KEGIATAN,
              "Sebanyak 60 kader PKK mengikuti pelatihan literasi digital untuk "
              "mengenali hoaks dan menjaga keamanan data pribadi."),
    _Activity("Layanan Pengaduan SP4N-LAPOR!", "Sosialisasi kanal pengaduan",
              "Mal Pelayanan Publik Kota Cimahi", Category.LAYANAN_PUBLIK,
              "Warga dapat menyampaikan pengaduan melalui SP4N-LAPOR! di lapor.go.id. "
              "Setiap laporan ditindaklanjuti oleh perangkat daerah terkait."),
    _Activity("Klarifikasi: Pesan Berantai Bantuan Tunai", "Klarifikasi hoaks",
              "Kota Cimahi", Category.KLARIFIKASI_HOAKS,
              "[HOAKS] Beredar pesan berantai tentang pendaftaran bantuan tunai melalui "
              "tautan tidak resmi. Pemerintah Kota Cimahi tidak pernah membuka pendaftaran "
              "melalui pesan berantai."),
    _Activity("Peringatan Hari Pahlawan", "Upacara Hari Pahlawan",
              "Lapangan Apel Pemkot Cimahi", Category.PERINGATAN_HARI_BESAR,
              "Selamat Hari Pahlawan. Mari teladani semangat para pahlawan dengan "
              "berkarya untuk Kota Cimahi."),
    _Activity("Capaian Internet Gratis di Ruang Publik", "Capaian layanan Wi-Fi publik",
              "Taman Kota Cimahi", Category.CAPAIAN_KINERJA,
              "Hingga bulan ini, 120 titik Wi-Fi publik telah aktif di taman, kantor "
              "kelurahan, dan ruang publik Kota Cimahi."),
    _Activity("Imbauan Waspada Penipuan Daring", "Imbauan keamanan digital",
              "Kota Cimahi", Category.IMBAUAN,
              "Jangan bagikan kode OTP kepada siapa pun, termasuk yang mengaku petugas. "
              "Laporkan penipuan ke kanal resmi."),
    _Activity("Pengumuman Jadwal Layanan Adminduk Keliling", "Layanan adminduk keliling",
              "Kelurahan Cibabat", Category.PENGUMUMAN,
              "Layanan administrasi kependudukan keliling hadir di Kelurahan Cibabat. "
              "Bawa KTP-el dan Kartu Keluarga asli."),
    _Activity("Bimbingan Teknis Pengelola Media Sosial OPD", "Bimtek media sosial",
              "Ruang Rapat Diskominfo", Category.KEGIATAN,
              "Bimbingan teknis bagi admin media sosial perangkat daerah tentang penulisan "
              "keterangan unggahan yang akurat dan ramah pembaca."),
    _Activity("Launching Aplikasi Cimahi Smart City", "Peluncuran aplikasi layanan",
              "Gedung Technopark Cimahi", Category.LAYANAN_PUBLIK,
              "Aplikasi layanan terpadu kini dapat diunduh warga untuk mengakses "
              "berbagai layanan publik Kota Cimahi."),
]

_FOLLOW_UPS = [
    "Hasil Rapat Koordinasi Satu Data",
    "Kelas Lanjutan Literasi Digital di Cimahi Utara",
    "Rekap Pengaduan Warga Pekan Ini",
    "Klarifikasi: Tautan Pendaftaran Palsu Kartu Prakerja",
    "Ziarah ke Taman Makam Pahlawan",
    "Wi-Fi Publik Hadir di 15 Kantor Kelurahan",
    "Imbauan Cek Fakta Sebelum Berbagi",
    "Perubahan Jadwal Layanan Adminduk Keliling",
    "Kunjungan Kerja Diskominfo ke Kota Bandung",
    "Panduan Memakai Aplikasi Cimahi Smart City",
    # third round (posts 21-24), again in the order of _ACTIVITIES
    "Evaluasi Triwulan Portal Satu Data Cimahi",
    "Literasi Digital untuk Pelajar SMP di Cimahi Selatan",
    "Tindak Lanjut Aduan Lampu Jalan lewat SP4N-LAPOR!",
    "Klarifikasi: Video Banjir Lama Disebut Terjadi Hari Ini",
]

_PLATFORM_SETS = [
    ["instagram", "facebook", "x"],
    ["instagram", "facebook", "tiktok"],
    ["instagram", "facebook", "x", "threads"],
    ["instagram", "facebook", "youtube"],
]

_URL = {
    "instagram": "https://www.instagram.com/p/{code}/",
    "facebook": "https://www.facebook.com/diskominfocimahi/posts/{num}",
    "x": "https://x.com/kominfocimahi/status/{num}",
    "tiktok": "https://www.tiktok.com/@diskominfocimahi/video/{num}",
    "youtube": "https://www.youtube.com/watch?v={code}",
    "threads": "https://www.threads.net/@diskominfocimahi/post/{code}",
}


def previous_month(today: dt.date | None = None) -> tuple[int, int]:
    today = today or dt.date.today()
    first = today.replace(day=1) - dt.timedelta(days=1)
    return first.year, first.month


def _metrics(rng: random.Random, platform: str) -> dict[str, int]:
    scale = {"instagram": 1.0, "facebook": 0.7, "x": 0.3, "tiktok": 1.6,
             "youtube": 0.4, "threads": 0.2}[platform]
    reach = int(rng.randint(800, 6000) * scale) + 50
    likes = int(reach * rng.uniform(0.03, 0.09))
    return {
        "reach": reach,
        "impressions": int(reach * rng.uniform(1.2, 1.8)),
        "likes": likes,
        "comments": int(likes * rng.uniform(0.05, 0.2)),
        "shares": int(likes * rng.uniform(0.05, 0.3)),
        "saves": int(likes * rng.uniform(0.02, 0.15)),
        "link_clicks": int(reach * rng.uniform(0.0, 0.02)),
    }


def _code(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(rng.choice(alphabet) for _ in range(11))


_PIC_NAMES = ("Dewi Lestari, S.Sos.", "Asep Saepudin, S.Kom.", "Nurul Hidayah, S.I.Kom.",
              "Yudi Permana, A.Md.", "Siti Rahmawati, S.E.", "Rizky Ramadhan, S.T.")


def unit_profile(unit_name: str) -> tuple[Profile, Account]:
    """A demo profile and own account for another unit of the city (`demo --pd`), so
    several data folders can each send Diskominfo a packet of their own."""
    from core.rekap.unit import match_unit

    unit = match_unit(unit_name)
    name = unit.name if unit else " ".join(unit_name.split())
    short = unit.short_name if unit else name.split()[-1]
    rng = random.Random(name)
    handle = "".join(ch for ch in short.lower() if ch.isalnum()) + "cimahi"
    profile = replace(DEMO_PROFILE, dept_name=f"{name} Kota Cimahi", dept_short=short,
                      pic_name=rng.choice(_PIC_NAMES),
                      pic_nip=f"19{rng.randint(80, 99)}0{rng.randint(1, 9)}1"
                              f"{rng.randint(10, 28)}20{rng.randint(10, 22)}0{rng.randint(1, 2)}"
                              f"100{rng.randint(1, 9)}",
                      superior_position=f"Kepala {name}",
                      default_hashtags=f"#CimahiKota #{handle.capitalize()}")
    return profile, Account(name=f"{name} Kota Cimahi", is_own=True,
                            handles={"instagram": handle, "facebook": handle})


def _ensure_profile(store: Store, unit: str | None) -> Profile:
    """The demo profile (if none, or the unit's) and accounts (if none); the profile used."""
    profile, own = unit_profile(unit) if unit else (DEMO_PROFILE, DEMO_ACCOUNTS[0])
    if unit or not load_profile(store).is_complete():
        save_profile(store, profile)
    if not accounts.list_accounts(store):
        for acc in [own, *DEMO_ACCOUNTS[1:]]:
            accounts.save_account(store, acc)
    return profile


def fill_demo(store: Store, year: int | None = None, month: int | None = None,
              seed: int = 2025, unit: str | None = None) -> int:
    """Add the demo profile (if none), accounts and a month of posts; return posts added.

    `unit` ("Dinas Kesehatan") makes the profile and own account that unit's."""
    if year is None or month is None:
        year, month = previous_month()
    rng = random.Random(f"{seed}:{unit}" if unit else seed)
    with store.transaction():
        profile = _ensure_profile(store, unit)
        start = dt.date(year, month, 1)
        added = 0
        for i in range(24):
            act = _ACTIVITIES[i % len(_ACTIVITIES)]
            day = start + dt.timedelta(days=min(27, i + rng.randint(0, 3)))
            status = Status.TERBIT if i < 18 else rng.choice(
                [Status.DRAF, Status.SIAP_DITINJAU, Status.DISETUJUI])
            platforms = _PLATFORM_SETS[i % len(_PLATFORM_SETS)]
            n = len(_ACTIVITIES)
            title = act.title if i < n else _FOLLOW_UPS[(i - n) % len(_FOLLOW_UPS)]
            post = posts.create_post(store, Post(
                title=title, activity=act.activity, activity_date=day,
                location=act.location, category=act.category, status=status,
                caption=act.caption, hashtags=profile.default_hashtags,
                notes="Foto dari tim dokumentasi." if i % 3 == 0 else "",
                platforms=platforms,
            ))
            for platform in platforms:
                published = status is Status.TERBIT
                posted_at = dt.datetime.combine(day, dt.time(9 + rng.randint(0, 8), 0))
                metrics = _metrics(rng, platform) if published and i < 16 else {}
                posts.save_variant(store, Variant(
                    platform=platform, post_id=post.id,
                    text=f"{act.caption}\n\n{profile.default_hashtags}",
                    published_url=_URL[platform].format(code=_code(rng),
                                                        num=rng.randint(10**15, 10**16))
                    if published else "",
                    published_at=posted_at if published else None,
                    **metrics,
                ))
            added += 1
    return added


_PLACES = ("Cimahi Utara", "Cimahi Tengah", "Cimahi Selatan", "Cibabat", "Cigugur Tengah",
           "Leuwigajah", "Melong", "Padasuka", "Setiamanah", "Citeureup", "Pasirkaliki")


def fill_demo_years(store: Store, posts_wanted: int = 10_000, years: int = 3,
                    seed: int = 2025, end: tuple[int, int] | None = None) -> int:
    """Years of busy work for measuring Warta with a full database (`demo --tahun 3`):
    `posts_wanted` posts spread over the `years` ending with last month, each with its
    platform versions, metrics once published, and one to three photo records (records
    only: no photo files). Written with executemany in one transaction, so 10,000 posts
    take seconds. Returns the posts added."""
    year, month = end or previous_month()
    last = dt.date(year, month, 1) + dt.timedelta(days=31)
    last = last.replace(day=1) - dt.timedelta(days=1)
    first = dt.date(year - years, month, 1) + dt.timedelta(days=31)
    first = first.replace(day=1)
    span = (last - first).days + 1
    rng = random.Random(f"{seed}:years")
    with store.transaction():
        profile = _ensure_profile(store, None)
        items, photo_counts = [], []
        for i in range(posts_wanted):
            act = _ACTIVITIES[i % len(_ACTIVITIES)]
            day = first + dt.timedelta(days=i * span // posts_wanted)
            place = _PLACES[rng.randrange(len(_PLACES))]
            published = day < last - dt.timedelta(days=20) or rng.random() < 0.5
            status = Status.TERBIT if published else rng.choice(
                [Status.DRAF, Status.SIAP_DITINJAU, Status.DISETUJUI])
            platforms = _PLATFORM_SETS[i % len(_PLATFORM_SETS)]
            post = Post(title=f"{act.title} di {place}", activity=act.activity,
                        activity_date=day, location=f"{act.location}, {place}",
                        category=act.category, status=status, caption=act.caption,
                        hashtags=profile.default_hashtags, platforms=platforms)
            posted_at = dt.datetime.combine(day, dt.time(9 + rng.randint(0, 8), 0))
            variants = [Variant(
                platform=platform, text=f"{act.caption}\n\n{profile.default_hashtags}",
                published_url=_URL[platform].format(code=_code(rng),
                                                    num=rng.randint(10**15, 10**16))
                if published else "",
                published_at=posted_at if published else None,
                **(_metrics(rng, platform) if published else {}),
            ) for platform in platforms]
            items.append((post, variants))
            photo_counts.append((day, 1 + i % 3))
        post_ids = posts.insert_many(store, items)
        records = [Photo(sha256=hashlib.sha256(f"demo-{i}-{n}".encode()).hexdigest(),
                         original_name=f"IMG_{i:05d}_{n}.jpg", ext=".jpg", size_bytes=6_500_000,
                         width=6000, height=4000,
                         taken_at=dt.datetime.combine(day, dt.time(9, 0)))
                   for i, (day, count) in enumerate(photo_counts) for n in range(count)]
        photo_ids = iter(photos.insert_many(store, records))
        post_photos.attach_many(store, [(pid, next(photo_ids), n) for pid, (_, count)
                                        in zip(post_ids, photo_counts, strict=True)
                                        for n in range(count)])
    return len(post_ids)
