"""Kepatuhan: personal data (UU 27/2022), ASN neutrality, SARA, hoax bait, hoax-label convention."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.checks import config
from core.checks.context import RuleContext
from core.checks.finding import Finding
from core.checks.phrases import PhraseMatcher, lexicon
from core.checks.registry import REGISTRY
from core.checks.text import Doc, inside_quotes
from core.checks.uniclass import FORMAT, LETTER, NUMBER, SYMBOL_MODIFIER, SYMBOL_OTHER

CAT = "Kepatuhan"
_UU_PDP = "UU 27/2022 tentang Pelindungan Data Pribadi"


# --------------------------------------------------------------------------- personal data

_NIK_RE = re.compile(
    rf"(?<![{NUMBER}])(?:\d{{16}}|\d{{4}}[ .\-]\d{{4}}[ .\-]\d{{4}}[ .\-]\d{{4}}"
    rf"|\d{{6}}[ .\-]\d{{6}}[ .\-]\d{{4}})(?![{NUMBER}]|[.\-][{NUMBER}])"
)


@REGISTRY.rule("kepatuhan.nik", category=CAT, order=10,
               title="NIK/nomor KK (16 digit) — data pribadi")
def nik(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for m in _NIK_RE.finditer(doc.text):
        if doc.is_protected(m.start(), m.end()):
            continue
        digits = re.sub(r"\D", "", m.group())
        if not 11 <= int(digits[:2]) <= 96:  # NIK/KK start with a province code
            continue
        masked = digits[:6] + "x" * 10
        yield rc.emit(m.start(), m.end(),
                      "Nomor 16 digit ini tampak seperti NIK atau nomor KK. Data pribadi tidak "
                      f"boleh diunggah ({_UU_PDP}); hapus atau samarkan.", (masked,))


_PHONE_RE = re.compile(
    rf"(?<![{NUMBER}+])(?:\+62|62|0)[ .\-]?8\d{{1,3}}(?:[ .\-]?\d{{2,5}}){{1,3}}(?![{NUMBER}])"
)


def _digits(s: str) -> str:
    d = re.sub(r"\D", "", s)
    if d.startswith("62"):
        d = "0" + d[2:]
    return d


def _allowed_numbers(cfg: config.Config) -> frozenset[str]:
    raw = cfg.file("kepatuhan").get("allowed_numbers", [])
    return frozenset(_digits(str(n)) for n in raw) if isinstance(raw, list) else frozenset()


@REGISTRY.rule("kepatuhan.telepon", category=CAT, order=12,
               title="Nomor ponsel pribadi — data pribadi")
def phone_numbers(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    allowed = rc.derived("allowed", _allowed_numbers)
    for m in _PHONE_RE.finditer(doc.text):
        number = _digits(m.group())
        if not 10 <= len(number) <= 13 or number in allowed:
            continue
        if doc.is_protected(m.start(), m.end()):
            # a link only counts when it opens a WhatsApp chat with that number
            a = max(0, m.start() - 30)
            if not re.search(r"(?i)(wa\.me/|whatsapp\.com/send\?phone=)\+?$",
                                doc.text[a:m.start()]):
                continue
        yield rc.emit(m.start(), m.end(),
                      "Nomor ponsel ini termasuk data pribadi dan tidak boleh diunggah tanpa "
                      f"persetujuan pemiliknya ({_UU_PDP}). Bila ini nomor layanan resmi, "
                      "abaikan temuan ini atau tambahkan nomornya ke daftar nomor resmi.")


def _official_domains(cfg: config.Config) -> tuple[str, ...]:
    raw = cfg.file("kepatuhan").get("official_email_domains", [])
    return tuple(str(d).lower().lstrip("@.") for d in raw) if isinstance(raw, list) else ()


@REGISTRY.rule("kepatuhan.email", category=CAT, order=14,
               title="Alamat surel pribadi — data pribadi (alamat .go.id boleh)")
def emails(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    official = rc.derived("domains", _official_domains)
    for s, e in doc.emails:
        address = doc.text[s:e]
        host = address.rsplit("@", 1)[-1].lower()
        if any(host == d or host.endswith("." + d) for d in official):
            continue
        yield rc.emit(s, e, f"Alamat surel “{address}” tampak milik pribadi; alamat surel "
                      f"termasuk data pribadi ({_UU_PDP}). Gunakan alamat resmi instansi "
                      "(…@cimahikota.go.id).")


# --------------------------------------------------------------------------- neutrality

_CANDIDATE_NUMBER_RE = re.compile(  # [^\W_]: a letter or number (core/checks/uniclass.py)
    rf"(?i)(?<!{LETTER})(?:nomor|no\.?|nmr)\s*urut\s*(?:\d{{1,2}}|satu|dua|tiga|empat|lima|enam)"
    r"(?![^\W_])"
)
_NEUTRALITY = ("Ajakan atau atribut kampanye di akun pemerintah melanggar netralitas ASN "
               "(UU 20/2023 tentang ASN); hapus dari konten ini.")


@REGISTRY.rule("kepatuhan.kampanye", category=CAT, order=20,
               title="Ajakan kampanye dan nomor urut calon (netralitas ASN)")
def campaign(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher = rc.derived("matcher", lexicon("kepatuhan", "campaign_phrases"))
    spans = [(m.start, m.end) for m in matcher.finditer(doc)]
    spans += [(m.start(), m.end()) for m in _CANDIDATE_NUMBER_RE.finditer(doc.text)]
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):  # "coblos nomor" + "nomor urut 2" -> one finding
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    for s, e in merged:
        yield rc.emit(s, e, f"“{doc.text[s:e]}”: {_NEUTRALITY}")


def _parties(cfg: config.Config) -> tuple[PhraseMatcher[str], frozenset[str]]:
    raw = cfg.file("kepatuhan").get("parties", [])
    names = [str(n) for n in raw] if isinstance(raw, list) else []
    # acronyms and brand spellings (PKS, NasDem) must match exactly; "Partai ..." in any case
    exact = frozenset(n for n in names if " " not in n and n != n.capitalize())
    return PhraseMatcher({n: n for n in names}), exact


@REGISTRY.rule("kepatuhan.partai", category=CAT, order=22,
               title="Nama partai politik (pastikan netral)")
def parties(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher, exact = rc.derived("matcher", _parties)
    for m in matcher.finditer(doc):
        if m.key in exact and m.text != m.key:
            continue
        yield rc.emit(m.start, m.end,
                      f"Nama partai politik (“{m.text}”) di akun pemerintah: pastikan hanya "
                      "pemberitaan yang netral (misalnya rapat DPRD), bukan dukungan — "
                      "netralitas ASN.")


# --------------------------------------------------------------------------- SARA and insults


@REGISTRY.rule("kepatuhan.sara", category=CAT, order=30,
               title="Istilah SARA, kebencian, dan hinaan")
def sara(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher = rc.derived("matcher", lexicon("kepatuhan", "sara_terms"))
    for m in matcher.finditer(doc):
        msg = (f"“{m.text}” bernuansa SARA, merendahkan, atau kasar, dan tidak pantas untuk "
               "akun pemerintah.")
        if m.value:
            msg += f" Gunakan “{m.value}”."
        yield rc.emit(m.start, m.end, msg, (m.value,) if m.value else ())


# --------------------------------------------------------------------------- hoaxes


@REGISTRY.rule("kepatuhan.umpan_hoaks", category=CAT, order=40,
               title="Frasa umpan hoaks/pesan berantai (sebarkan sebelum dihapus, viralkan)")
def hoax_bait(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher = rc.derived("matcher", lexicon("kepatuhan", "hoax_bait"))
    clarification = rc.context.category == "Klarifikasi Hoaks"
    for m in matcher.finditer(doc):
        if clarification and inside_quotes(doc, m.start):
            yield rc.emit(m.start, m.end,
                          f"Kutipan frasa hoaks “{m.text}”: pastikan jelas ditandai sebagai isi "
                          "pesan hoaks yang diklarifikasi.", severity="info")
            continue
        yield rc.emit(m.start, m.end,
                      f"“{m.text}” adalah frasa khas pesan berantai/hoaks. Akun pemerintah tidak "
                      "meminta warga menyebarkan pesan secara berantai; hapus frasa ini.")


_LEADING_JUNK_RE = re.compile(rf"^[\s{SYMBOL_OTHER}{SYMBOL_MODIFIER}{FORMAT}\uFE0F\u200D]*")
_BRACKET_LABEL_RE = re.compile(rf"^\[\s*((?:{LETTER}| ){{3,20}})\s*\]")
_LABEL_ALIASES = {"hoax": "[HOAKS]", "hoaks": "[HOAKS]", "hoaxs": "[HOAKS]",
                  "disinformasi": "[DISINFORMASI]", "misinformasi": "[MISINFORMASI]",
                  "klarifikasi": "[KLARIFIKASI]", "malinformasi": "[MALINFORMASI]"}


@REGISTRY.rule("kepatuhan.label_hoaks", category=CAT, order=42,
               title="Label [HOAKS]/[DISINFORMASI]/... di awal konten Klarifikasi Hoaks")
def hoax_label(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    if rc.context.category != "Klarifikasi Hoaks":
        return
    target = rc.context.target
    if target.kind not in ("caption", "variant") or target.is_variant_title:
        return
    raw = rc.data("kepatuhan", "hoax_labels", [])
    labels = [str(x) for x in raw] if isinstance(raw, list) else []
    text = doc.text
    start = _LEADING_JUNK_RE.match(text).end()  # type: ignore[union-attr]
    rest = text[start:]
    if not rest.strip() or any(rest.startswith(label) for label in labels):
        return
    m = _BRACKET_LABEL_RE.match(rest)
    if m:
        fix = _LABEL_ALIASES.get(m.group(1).strip().lower())
        if fix:
            yield rc.emit(start, start + m.end(),
                          f"Tulis label sesuai konvensi: “{fix}” (huruf kapital, ejaan baku).",
                          (fix,))
            return
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    first_line = text[start:line_end]
    shown = ", ".join(labels) if labels else "[HOAKS]"
    yield rc.emit(start, line_end,
                  f"Konten Klarifikasi Hoaks diawali label sesuai konvensi: {shown}.",
                  tuple(f"{label} {first_line}" for label in labels[:4]), matched="")
