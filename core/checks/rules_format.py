"""Format: platform limits and photos, from the one table of facts in core/platforms.py.

Counting is core.captions.counting's (the same numbers the counters in the editor show);
this module only turns "over the limit" into findings with a span and a kind message.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.checks.context import PostInput, RuleContext
from core.checks.finding import Finding, Target
from core.checks.registry import REGISTRY

CAT = "Format"


def _platforms():
    from core import platforms  # lazy: keeps `import core.checks` light

    return platforms


def _counting():
    from core.captions import counting

    return counting


def _n(value: int) -> str:
    """1234 -> '1.234' (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


def _variants(pin: PostInput) -> Iterator[tuple[str, Target, str]]:
    """(platform id, target, text) for every variant of a known platform."""
    known = _platforms().PLATFORMS
    for v in pin.variants:
        if v.platform in known:
            yield v.platform, Target.variant(v.platform), pin.variant_text(v)


@REGISTRY.rule("format.panjang", category=CAT, scope="post", order=10,
               title="Panjang teks per platform")
def length(pin: PostInput, rc: RuleContext) -> Iterator[Finding]:
    counting = _counting()
    plats = _platforms()
    for pid, target, text in _variants(pin):
        name = plats.platform(pid).name
        c = counting.count(pid, text)
        if c.over:
            at = c.overflow_at if c.overflow_at is not None else len(text)
            yield rc.emit(at, len(text),
                          f"Terlalu panjang untuk {name}: {_n(c.used)} dari maks. {_n(c.limit)} "
                          f"{c.unit_label}. Pendekkan {_n(c.used - c.limit)} lagi.",
                          target=target, matched=pid)
    for v in pin.variants:
        p = plats.PLATFORMS.get(v.platform)
        if p is None or p.title is None or not v.title:
            continue
        c = counting.count(v.platform, v.title, "title")
        if c.over:
            at = c.overflow_at if c.overflow_at is not None else len(v.title)
            yield rc.emit(at, len(v.title),
                          f"Judul terlalu panjang untuk {p.name}: {c.used} dari maks. {c.limit} "
                          f"{c.unit_label}.", target=Target.variant(v.platform, "title"),
                          matched=f"{v.platform}:title")


@REGISTRY.rule("format.karakter_terlarang", category=CAT, scope="post", order=12,
               title="Karakter yang ditolak platform (mis. < > di YouTube)")
def forbidden_chars(pin: PostInput, rc: RuleContext) -> Iterator[Finding]:
    plats = _platforms()
    for v in pin.variants:
        p = plats.PLATFORMS.get(v.platform)
        if p is None:
            continue
        fields = [("caption", pin.variant_text(v), Target.variant(v.platform), p.caption)]
        if p.title is not None and v.title:
            fields.append(("title", v.title, Target.variant(v.platform, "title"), p.title))
        for _field, text, target, limit in fields:
            for i, ch in enumerate(text):
                if ch in limit.forbidden_chars:
                    yield rc.emit(i, i + 1, f"{p.name} tidak menerima tanda “{ch}”; ganti atau "
                                  "hapus.", target=target, matched=ch)


@REGISTRY.rule("format.baris_pertama", category=CAT, scope="post", order=14,
               title="Baris pertama terpotong di beranda")
def first_line(pin: PostInput, rc: RuleContext) -> Iterator[Finding]:
    counting = _counting()
    plats = _platforms()
    for pid, target, text in _variants(pin):
        cut = counting.count_cut(pid, text)
        if cut is None:
            continue
        body_start = len(text) - len(text.lstrip())
        line_end = text.find("\n", body_start)
        line_end = len(text) if line_end < 0 else line_end
        if cut < line_end:
            p = plats.platform(pid)
            yield rc.emit(cut, line_end,
                          f"Di beranda {p.name}, baris pertama terpotong setelah sekitar "
                          f"{p.feed_cut} karakter (“... lainnya”). Taruh inti pesan di awal atau "
                          "pendekkan kalimat pembuka.", target=target, matched=pid)


def _cap_findings(pin: PostInput, rc: RuleContext, kind: str) -> Iterator[Finding]:
    from core.captions import hashtags as tags

    plats = _platforms()
    for pid, target, text in _variants(pin):
        if kind == "tagar":
            cap = plats.hashtag_cap(pid, pin.settings.hashtag_caps or None)
            spans, label = tags.find_hashtags(text), "tagar"
        else:
            cap = plats.mention_cap(pid, pin.settings.mention_caps or None)
            spans, label = tags.find_mentions(text), "sebutan (@)"
        if cap is None:
            continue
        seen: dict[str, object] = {}
        distinct = []
        for s in spans:
            key = s.value.casefold()
            if key not in seen:
                seen[key] = s
                distinct.append(s)
        if len(distinct) <= cap:
            continue
        excess = distinct[cap:]
        name = plats.platform(pid).name
        yield rc.emit(excess[0].start, excess[-1].end,
                      f"{name} membatasi {cap} {label} per unggahan; ada {len(distinct)}. "
                      f"Kurangi {len(distinct) - cap} {label}.", target=target, matched=pid)


@REGISTRY.rule("format.tagar", category=CAT, scope="post", order=16,
               title="Jumlah tagar melebihi batas platform")
def hashtag_cap(pin: PostInput, rc: RuleContext) -> Iterator[Finding]:
    yield from _cap_findings(pin, rc, "tagar")


@REGISTRY.rule("format.sebutan", category=CAT, scope="post", order=18,
               title="Jumlah sebutan (@) melebihi batas platform")
def mention_cap(pin: PostInput, rc: RuleContext) -> Iterator[Finding]:
    yield from _cap_findings(pin, rc, "sebutan")


def _photo_target(photo) -> Target:
    return Target.of_photo(photo.id if photo.id is not None else photo.sha256[:12])


@REGISTRY.rule("format.alt_teks", category=CAT, scope="post", order=20,
               title="Foto tanpa teks alternatif (alt text)")
def alt_text(pin: PostInput, rc: RuleContext) -> Iterator[Finding]:
    for photo in pin.photos:
        if not photo.alt_text.strip():
            yield rc.emit(0, 0, f"Foto “{photo.original_name}” belum punya teks alternatif. "
                          "Tulis deskripsi singkat isi foto agar dapat dibacakan pembaca layar "
                          "bagi warga tunanetra.", target=_photo_target(photo),
                          matched=photo.sha256)


@REGISTRY.rule("format.ukuran_foto", category=CAT, scope="post", order=22,
               title="Foto terlalu kecil untuk format gambar platform")
def photo_size(pin: PostInput, rc: RuleContext) -> Iterator[Finding]:
    plats = _platforms()
    min_scale = float(rc.param("foto_skala_min", 1.0))
    min_scale = min(max(min_scale, 0.1), 1.0)
    formats: dict[str, list[str]] = {}
    platform_ids = [v.platform for v in pin.variants] or list(pin.post.platforms)
    for pid in platform_ids:
        p = plats.PLATFORMS.get(pid)
        if p is None or not p.image_formats:
            continue
        fmt_id = pin.settings.image_formats.get(pid) or p.image_formats[0]
        if fmt_id in plats.IMAGE_FORMATS:
            formats.setdefault(fmt_id, []).append(p.name)
    for photo in pin.photos:
        if photo.width <= 0 or photo.height <= 0:
            continue
        for fmt_id, names in formats.items():
            fmt = plats.IMAGE_FORMATS[fmt_id]
            scale = max(fmt.width / photo.width, fmt.height / photo.height)
            if scale <= 1 / min_scale:
                continue
            yield rc.emit(
                0, 0,
                f"Foto “{photo.original_name}” ({photo.width}×{photo.height} px) terlalu kecil "
                f"untuk format {fmt.name} {fmt.width}×{fmt.height} px ({', '.join(names)}): "
                f"harus diperbesar {scale:.1f}× dan akan tampak buram. Pilih foto beresolusi "
                "lebih tinggi.".replace(".0×", "×"),
                target=_photo_target(photo), matched=f"{photo.sha256}:{fmt_id}",
            )
