"""A post's status and category: the enums without the model's dataclasses, for what needs
only them (`warta check --kategori` lists the categories; core.model re-exports both)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A post's workflow; the values are the Indonesian words users see."""

    DRAF = "Draf"
    SIAP_DITINJAU = "Siap Ditinjau"
    DISETUJUI = "Disetujui"
    TERBIT = "Terbit"


class Category(StrEnum):
    KEGIATAN = "Kegiatan"
    PENGUMUMAN = "Pengumuman"
    CAPAIAN_KINERJA = "Capaian Kinerja"
    LAYANAN_PUBLIK = "Layanan Publik"
    IMBAUAN = "Imbauan"
    KLARIFIKASI_HOAKS = "Klarifikasi Hoaks"
    PERINGATAN_HARI_BESAR = "Peringatan Hari Besar"
    LAINNYA = "Lainnya"
