"""Check the link of a published post before it is recorded (Indonesian messages).

`validate_published_url("instagram", url)` returns None when the link is an https link
to a post on Instagram, else a message that says what is wrong and what to do.
`normalise_published_url` trims spaces and adds a missing "https://" to what was pasted.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from core.platforms import PLATFORMS, platform, platform_for_host


def normalise_published_url(url: str) -> str:
    """' instagram.com/p/abc ' -> 'https://instagram.com/p/abc' (other links unchanged)."""
    s = url.strip()
    if s and "://" not in s and platform_for_host(s.split("/", 1)[0]) is not None:
        return "https://" + s
    return s


def validate_published_url(platform_id: str, url: str) -> str | None:
    """None for a valid link of this platform's post; otherwise what is wrong, in Indonesian."""
    p = platform(platform_id)
    s = url.strip()
    example = f"https://{p.url_domains[0]}/..."
    if not s:
        return f"Tautan kosong. Salin tautan unggahan dari aplikasi {p.name} lalu tempel di sini."
    if any(ch.isspace() for ch in s):
        return "Tautan tidak boleh berisi spasi. Salin ulang tautannya dari aplikasi."
    try:
        parts = urlsplit(s if "://" in s else "//" + s)
        host = (parts.hostname or "").lower()
    except ValueError:
        return f"Tautan tidak dikenali. Salin ulang tautan unggahan, misalnya {example}"
    if parts.scheme.lower() != "https":
        if parts.scheme.lower() == "http":
            return "Tautan harus memakai https://, bukan http://."
        return f"Tautan harus diawali https://, misalnya {example}"
    owner = platform_for_host(host) if host else None
    if owner != platform_id:
        if owner is not None:
            return (
                f"Ini tautan {PLATFORMS[owner].name}, bukan {p.name}. Periksa lagi varian mana "
                "yang diisi."
            )
        domains = ", ".join(p.url_domains)
        return f"Tautan {p.name} harus mengarah ke {domains}; {host or s} bukan alamat {p.name}."
    if parts.path.strip("/") == "" and not parts.query:
        return (
            f"Tautan itu halaman depan {p.name}, bukan unggahannya. Buka unggahan lalu salin "
            "tautannya (Bagikan > Salin tautan)."
        )
    return None
