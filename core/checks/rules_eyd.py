"""EYD V spelling rules that are not about one dictionary word: reduplication, particles,
compounds, ordinals, unit symbols, English verbs with Indonesian affixes, official acronyms
misspelt, doubled punctuation, and template placeholders left in a caption.

Word lists are data in resources/rules/ejaan.json. Each rule reports only what it is sure
of; the spelling rule (which runs last) leaves a word reported here to this finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.checks import config, lists, morphology, words
from core.checks import glossary as glossary_mod
from core.checks.context import RuleContext
from core.checks.finding import Finding
from core.checks.phrases import norm
from core.checks.registry import REGISTRY
from core.checks.text import ABBREVIATIONS, Doc, Token, match_case
from core.checks.uniclass import LETTER, LOWER, NUMBER, UPPER

AKURASI = "Akurasi"


def _pairs(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """Neighbouring words separated by spaces only (same line), neither in a link."""
    toks = doc.tokens
    text = doc.text
    for a, b in zip(toks, toks[1:], strict=False):
        gap = text[a.end:b.start]
        if gap and not gap.strip(" ") and not a.protected and not b.protected:
            yield a, b


def _is_plain(tok: Token) -> bool:
    """A lower-case word, or a capitalised one opening its sentence."""
    return tok.text.isalpha() and (tok.text.islower()
                                   or (tok.sentence_start and tok.text[1:].islower()))


# --------------------------------------------------------------------------- reduplication

_FUNCTION_WORDS = frozenset(["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada",
                             "ini", "itu", "akan", "dalam", "atau", "juga", "tidak", "sudah",
                             "telah", "oleh", "para", "bagi", "serta", "agar", "karena"])
_REDUP_PREFIXES = ("ber", "se", "ter", "per", "me", "mem", "men", "meng", "meny", "di", "ke")
_REDUP_SUFFIXES = ("", "nya", "an", "kan", "i")


def _reduplicated(a: str, b: str, judge: words.WordJudge) -> bool:
    """Is "a b" a reduplication written apart ("anak anak", "berbeda beda",
    "sebaik baiknya", "besar besaran", "tolong menolong")?"""
    if a == b:
        return len(a) >= 2 and judge.ok(a)
    for suffix in _REDUP_SUFFIXES:
        core = b[: len(b) - len(suffix)] if suffix else b
        if (suffix and not b.endswith(suffix)) or len(core) < 3 or not a.endswith(core):
            continue  # string tests first: most neighbouring words share nothing
        if ((a == core and suffix) or any(a == p + core for p in _REDUP_PREFIXES)) \
                and judge.ok(core):
            return True
    # "tolong menolong", "bahu membahu": the second word is meN- + the first
    return (len(a) >= 3 and b.startswith("me") and b.endswith(a[1:])
            and any(x.base == a and x.prefix == "meN" and not x.suffix
                    for x in morphology.analyses(b)))


@REGISTRY.rule("akurasi.kata_ulang", category=AKURASI, order=50,
               title="Kata ulang ditulis dengan tanda hubung (anak-anak, kira-kira)")
def reduplication(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    ok = rc.derived("ok", lists.word_set("ejaan", "reduplication_ok"))
    pairs = rc.derived("pairs", lists.word_map("ejaan", "reduplication_pairs"))
    judge = words.judge(rc.cfg)
    for a, b in _pairs(doc):
        titled = a.lower == b.lower and a.is_title and b.is_title  # "Undang Undang"
        if not titled and not (b.text.islower() and b.text.isalpha() and _is_plain(a)):
            continue
        pair = f"{a.lower} {b.lower}"
        if pair in ok:
            continue
        if a.lower == b.lower and a.lower in _FUNCTION_WORDS:
            yield rc.emit(a.start, b.end, f"Kata “{a.text}” tertulis dua kali.", (a.text,))
        elif pair in pairs or _reduplicated(a.lower, b.lower, judge):
            fix = (f"{a.text}-{b.text}" if titled
                   else match_case(a.text, pairs.get(pair) or f"{a.lower}-{b.lower}"))
            yield rc.emit(a.start, b.end, f"Kata ulang ditulis dengan tanda hubung: “{fix}”.",
                          (fix,))


# --------------------------------------------------------------------------- particles

_APART_PARTICLES = ("lah", "kah", "tah")


@REGISTRY.rule("akurasi.partikel", category=AKURASI, order=51,
               title="Partikel: 'apa pun' terpisah, 'walaupun' serangkai, '-lah' serangkai")
def particles(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    joined = rc.derived("joined", lists.word_set("ejaan", "particles_joined"))
    not_particle = rc.derived("pun_words", lists.word_set("ejaan", "pun_words"))
    official = rc.derived("official", lists.word_map("akurasi", "official_spellings"))
    judge = words.judge(rc.cfg)
    for a, b in _pairs(doc):
        if not a.text.isalpha() or not b.text.isalpha():
            continue
        if b.lower == "pun" and a.lower + "pun" in joined:
            fix = a.text + b.text
            yield rc.emit(a.start, b.end, f"“pun” pada kata penghubung ditulis serangkai: "
                          f"“{fix}”.", (fix,))
        elif b.lower in _APART_PARTICLES and b.text.islower() and judge.ok(a.text):
            fix = a.text + b.text
            yield rc.emit(a.start, b.end, f"Partikel “-{b.lower}” ditulis serangkai dengan kata "
                          f"di depannya: “{fix}”.", (fix,))
    for tok in doc.tokens:
        low = tok.lower
        if (tok.protected or not low.endswith("pun") or len(low) < 5 or low in joined
                or low in not_particle or low in official or not tok.text.isalpha()
                or words.judge(rc.cfg).known(tok.text)):
            continue
        base = tok.text[:-3]
        if judge.ok(base) and not base.lower().endswith("-"):
            fix = f"{base} {tok.text[-3:]}"
            yield rc.emit(tok.start, tok.end, f"Partikel “pun” yang berarti ‘juga’ ditulis "
                          f"terpisah: “{fix}”.", (fix,))


# --------------------------------------------------------------------------- compounds


_CLITICS = ("nya", "lah", "pun", "kah", "")


_COMPOUND_PREFIXES = ("", "ber", "di", "ter", "se", "ke", "mem", "meng", "men", "me", "pe")


def _compound_forms(cfg: config.Config) -> dict[str, str]:
    """Every listed compound, also with a prefix ("berterimakasih" -> "berterima kasih")."""
    apart = lists.word_map("ejaan", "compounds_apart")(cfg)
    return {prefix + joined: prefix + separate
            for joined, separate in apart.items() for prefix in _COMPOUND_PREFIXES}


@REGISTRY.rule("akurasi.gabungan_kata", category=AKURASI, order=52,
               title="Gabungan kata yang ditulis terpisah (kerja sama, tanggung jawab)")
def compounds(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    forms = rc.derived("forms", _compound_forms)
    places = rc.derived("places", lists.word_set("nada", "di_places"))
    for tok in doc.tokens:
        if tok.protected or not tok.text.replace("-", "").isalpha() or tok.is_upper:
            continue
        low = tok.lower
        if low[:2] in ("di", "ke") and low[2:] in places:
            continue  # "disini", "kedepan": nada.di_ke reports these
        for clitic in _CLITICS:
            base = low[: len(low) - len(clitic)] if clitic else low
            if clitic and not low.endswith(clitic):
                continue
            if base in forms:
                fix = match_case(tok.text, forms[base] + clitic)
                yield rc.emit(tok.start, tok.end, f"Menurut KBBI, “{tok.text}” ditulis "
                              f"terpisah tanpa tanda hubung: “{fix}”." if "-" in low else
                              f"Menurut KBBI, “{tok.text}” ditulis terpisah: “{fix}”.", (fix,))
                break


# --------------------------------------------------------------------------- ordinals

# [^\W_]: a letter or number (core/checks/uniclass.py)
_ORDINAL_SPACE_RE = re.compile(
    r"(?<![^\W_])(?P<ke>[Kk][Ee])(?:\s*[-–—]\s+|\s+[-–—]\s*|\s+)(?P<n>\d{1,4})"
    rf"(?![{NUMBER}]|[.,:/][{NUMBER}])")
_NEXT_WORD_RE = re.compile(rf"\s+([{LOWER}]+)")


def _number_words(cfg: config.Config) -> frozenset[str]:
    raw = cfg.file("akurasi").get("number_words", {})
    out = {norm(k) for k in raw} if isinstance(raw, dict) else set()
    return frozenset(out | {"seratus", "seribu", "sejuta"})


@REGISTRY.rule("akurasi.bilangan_tingkat", category=AKURASI, order=53,
               title="Bilangan tingkat: ke-5, kelima (bukan 'ke 5' atau 'ke-lima')")
def ordinals(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    heads = rc.derived("heads", lists.word_set("ejaan", "ordinal_heads"))
    numbers = rc.derived("numbers", _number_words)
    text = doc.text
    for m in _ORDINAL_SPACE_RE.finditer(text):
        if doc.is_protected(m.start(), m.end()):
            continue
        before = doc.tokens_in(max(0, m.start() - 40), m.start())
        head = before[-1].lower if before else ""
        nxt = _NEXT_WORD_RE.match(text, m.end())
        spaced_only = not text[m.end("ke"):m.start("n")].strip()
        if (spaced_only and head not in heads and nxt is not None
                and nxt.group(1) not in _FUNCTION_WORDS):
            continue  # "ke 5 lokasi": a direction, not an ordinal ("ke 22 yang" is one)
        fix = f"{m.group('ke')}-{m.group('n')}"
        yield rc.emit(m.start(), m.end(), f"Bilangan tingkat dengan angka ditulis “{fix}” "
                      "(dengan tanda hubung, tanpa spasi).", (fix,))
    for tok in doc.tokens:
        low = tok.lower
        if low.startswith("ke-") and low[3:] in numbers and not tok.protected:
            fix = tok.text[:2] + tok.text[3:]
            yield rc.emit(tok.start, tok.end, f"Bilangan tingkat dengan huruf ditulis serangkai: "
                          f"“{fix}”.", (fix,))


# --------------------------------------------------------------------------- unit symbols

_NUMBER = r"(?<![^\W_])(?<![.,])\d+(?:[.,]\d+)*"


def _unit_patterns(cfg: config.Config) -> tuple[re.Pattern[str] | None, dict[str, str],
                                                re.Pattern[str] | None]:
    units = lists.exact_map("ejaan", "units")(cfg)
    glued = [str(u) for u in cfg.file("ejaan").get("glued_units", []) if isinstance(u, str)]
    spaced = (re.compile(rf"{_NUMBER}\s+(?P<u>{'|'.join(map(re.escape, units))})"
                         r"(?![^\W_])") if units else None)
    together = (re.compile(rf"{_NUMBER}(?P<u>{'|'.join(map(re.escape, glued))})"
                           r"(?![^\W_])") if glued else None)
    return spaced, units, together


@REGISTRY.rule("akurasi.satuan", category=AKURASI, order=54,
               title="Lambang satuan baku (10 kg, 5 km) dengan spasi setelah angka")
def unit_symbols(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    spaced, units, together = rc.derived("patterns", _unit_patterns)
    text = doc.text
    if spaced is not None:
        for m in spaced.finditer(text):
            if doc.is_protected(m.start(), m.end()):
                continue
            fix = units[m.group("u")]
            yield rc.emit(m.start("u"), m.end("u"), f"Lambang satuan ditulis “{fix}”, bukan "
                          f"“{m.group('u')}”.", (fix,))
    if together is not None:
        for m in together.finditer(text):
            if doc.is_protected(m.start(), m.end()):
                continue
            unit = units.get(m.group("u"), m.group("u"))
            fix = f"{text[m.start():m.start('u')]} {unit}"
            yield rc.emit(m.start(), m.end(), f"Beri spasi antara angka dan lambang satuan: "
                          f"“{fix}”.", (fix,))


# --------------------------------------------------------------------------- English verbs

_ID_PREFIXES = ("di-", "di", "meng-", "meng", "men-", "me-", "ter-", "ter", "ke-", "pe-")
_ID_SUFFIXES = ("kannya", "kan", "nya", "in", "an", "i", "")
_NASAL = (("k", "meng", 1), ("g", "meng", 0), ("h", "meng", 0), ("p", "mem", 1),
          ("b", "mem", 0), ("f", "mem", 0), ("t", "men", 1), ("d", "men", 0), ("c", "men", 0),
          ("j", "men", 0), ("s", "meny", 1))


def me_form(base: str) -> str:
    """meN- + an Indonesian base: "unggah" -> "mengunggah", "bagikan" -> "membagikan"."""
    if base[:1] in "aiueo":
        return "meng" + base
    for letter, prefix, drop in _NASAL:
        if base.startswith(letter):
            return prefix + base[drop:]
    return "me" + base


def _english_base(low: str, verbs: dict[str, str], english: frozenset[str],
                  ) -> tuple[str, str, str] | None:
    """(prefix, English base, suffix) of "diupload", "di-share", "mengupload"."""
    for prefix in _ID_PREFIXES:
        if not low.startswith(prefix):
            continue
        rest = low[len(prefix):]
        for suffix in _ID_SUFFIXES:
            if suffix and not rest.endswith(suffix):
                continue
            base = rest[: len(rest) - len(suffix)] if suffix else rest
            if base in verbs or (len(base) >= 4 and base in english):
                return prefix.rstrip("-"), base, suffix
    return None


@REGISTRY.rule("akurasi.kata_kerja_asing", category=AKURASI, order=55,
               title="Kata Inggris berimbuhan Indonesia (diupload -> diunggah)")
def english_verbs(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    verbs = rc.derived("verbs", lists.word_map("ejaan", "english_verbs"))
    ok = rc.derived("ok", lists.word_set("ejaan", "english_verb_ok"))
    judge = words.judge(rc.cfg)
    english = words.english()
    for tok in doc.tokens:
        low = tok.lower
        if tok.protected or tok.is_upper or low in ok or len(low) < 5 or tok.has_digit:
            continue
        parts = _english_base(low, verbs, english)
        if parts is None or (judge.ok(tok.text) and "-" not in low):
            continue
        prefix, base, _suffix = parts
        indonesian = verbs.get(base, "")
        fix = ""
        if indonesian and prefix in ("di", "ter"):
            fix = prefix + indonesian
        elif indonesian and prefix in ("meng", "men", "me"):
            fix = me_form(indonesian)
        msg = f"Kata Inggris “{base}” diberi imbuhan Indonesia: “{tok.text}”."
        if fix:
            fix = match_case(tok.text, fix)
            msg += f" Gunakan “{fix}”."
        elif indonesian:
            msg += f" Gunakan padanannya (“{indonesian}”)."
        else:
            msg += (" Gunakan padanan bahasa Indonesia, atau tulis kata asingnya miring tanpa "
                    "imbuhan.")
        yield rc.emit(tok.start, tok.end, msg, (fix,) if fix else ())


# --------------------------------------------------------------------------- official acronyms


def _official_index(cfg: config.Config) -> dict[str, str]:
    """lower case -> official form of one-word glossary acronyms of 5+ letters (Forkopimda,
    BKPSDM): long enough that a word one letter away is a slip. Names are left out: a
    name one letter from another ("Dikdik", "Disdik") is usually another name."""
    out = {}
    for term in glossary_mod.glossary(cfg).terms.values():
        t = term.term
        if len(term.words) == 1 and len(t) >= 5 and term.is_acronym:
            out[t.lower()] = t
    return out


@REGISTRY.rule("akurasi.singkatan_resmi", category=AKURASI, order=56,
               title="Salah tulis singkatan resmi (Forkompimda -> Forkopimda)")
def official_acronyms(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    known = rc.derived("misspellings", lists.exact_map("ejaan", "acronym_misspellings"))
    index = rc.derived("index", _official_index)
    judge = words.judge(rc.cfg)
    gl = rc.glossary
    for tok in doc.tokens:
        w = tok.text
        if tok.protected or len(w) < 5 or not w[:1].isupper() or gl.knows_word(w):
            continue
        fix = known.get(w)
        if fix is None and w.isalpha() and not judge.ok(w) and tok.lower not in words.frequent():
            near = next((index[c] for c in words.edits1(tok.lower, substitutions=False)
                         if c in index), None)
            fix = near.upper() if near and w.isupper() else near
        if fix and fix != w:
            yield rc.emit(tok.start, tok.end, f"Penulisan resmi singkatan ini: “{fix}”.", (fix,))


# --------------------------------------------------------------------------- capitals

_SHORT_ADDRESS = {"pak": "Pak", "bu": "Bu"}
_ADDRESS_BEFORE_NAME = {"bapak": "Bapak", "ibu": "Ibu", "saudara": "Saudara",
                        "saudari": "Saudari"}
_GOVERNMENT_RE = re.compile(
    rf"(?<![^\W_])(pemerintah)(?= (?:Kota|Kabupaten|Provinsi|Daerah) [{UPPER}])")


@REGISTRY.rule("akurasi.kapital", category=AKURASI, order=58,
               title="Huruf kapital pada sapaan dan nama lembaga (Pak Budi, Pemerintah Kota)")
def capitals(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks):
        if tok.protected or not tok.text.islower():
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        before_name = (nxt is not None and text[tok.end:nxt.start] == " " and nxt.is_title
                       and not nxt.sentence_start)
        fix = _SHORT_ADDRESS.get(tok.text) or (
            _ADDRESS_BEFORE_NAME.get(tok.text) if before_name else None)
        if fix:
            yield rc.emit(tok.start, tok.end, f"Kata sapaan ditulis dengan huruf kapital: "
                          f"“{fix}”.", (fix,))
    for m in _GOVERNMENT_RE.finditer(text):
        if not doc.is_protected(m.start(), m.end()):
            yield rc.emit(m.start(), m.end(), "Nama lembaga ditulis dengan huruf kapital: "
                          "“Pemerintah”.", ("Pemerintah",))
    yield from _lower_case_words(doc, rc)


_PRONOUNS = frozenset(["ia", "dia", "mereka", "kami", "kita", "beliau", "saya", "aku"])
_SPEECH_VERBS = frozenset(["ujar", "kata", "tutur", "jelas", "ungkap", "terang", "imbuh",
                           "tambah", "pungkas", "sebut", "papar", "tegas", "ucap", "lanjut"])
_CLOSING_QUOTE_RE = re.compile(r"[”\"'’],?\s$")


def _lower_case_words(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    """Pronouns in mid-sentence ("Untuk itu, Ia ...") and the speech verb after a quotation
    ("...,” Ujar Bupati") are written in lower case."""
    text = doc.text
    for tok in doc.tokens:
        if tok.protected or not tok.is_title or tok.sentence_start:
            continue
        low = tok.lower
        before = text[max(0, tok.start - 3):tok.start]
        verb = low.removesuffix("nya") in _SPEECH_VERBS and _CLOSING_QUOTE_RE.search(before)
        pronoun = low in _PRONOUNS and before.endswith((", ", "a ", "i ", "u ", "e ", "o "))
        if not (verb or pronoun) or before.rstrip().endswith(("“", "\"", "(")):
            continue
        what = "Kata penutur setelah petikan" if verb else "Kata ganti di tengah kalimat"
        yield rc.emit(tok.start, tok.end, f"{what} ditulis dengan huruf kecil: “{low}”.",
                      (low,))


# --------------------------------------------------------------------------- acronym periods

# after a letter, an optional period, a comma and an optional space ("Budi, SH"); `re`
# looks behind by a fixed width, so the four lengths are four look-behinds
_DEGREE_RE = re.compile(
    rf"(?:(?<={LETTER},)|(?<={LETTER}\.,)|(?<={LETTER},\s)|(?<={LETTER}\.,\s))"
    rf"(?P<d>[{UPPER}]{LETTER}{{1,4}})(?![^\W_])(?!\.)")


_PERIOD_CAPITAL_RE = re.compile(rf"\.\s[{UPPER}]")


def _dotted(cfg: config.Config) -> frozenset[str]:
    raw = cfg.file("ejaan").get("dotted_acronyms", [])
    return frozenset(str(a) for a in raw) if isinstance(raw, list) else frozenset()


@REGISTRY.rule("akurasi.singkatan_titik", category=AKURASI, order=57,
               title="Titik pada singkatan: PT Sinar (bukan PT.), gelar S.H. (bukan SH)")
def acronym_periods(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    dotted = rc.derived("dotted", _dotted)
    degrees = rc.derived("degrees", lists.exact_map("ejaan", "degrees"))
    text = doc.text
    for tok in doc.tokens:
        if (tok.text in dotted and not tok.protected and text[tok.end:tok.end + 1] == "."
                and _PERIOD_CAPITAL_RE.match(text, tok.end, tok.end + 3)):
            yield rc.emit(tok.start, tok.end + 1, f"Singkatan nama lembaga ditulis tanpa titik: "
                          f"“{tok.text}”.", (tok.text,))
    for m in _DEGREE_RE.finditer(text):
        fix = degrees.get(m.group("d"))
        if fix and not doc.is_protected(m.start(), m.end()):
            yield rc.emit(m.start(), m.end(), f"Gelar akademik ditulis dengan titik: “{fix}”.",
                          (fix,))


# --------------------------------------------------------------------------- punctuation

_DOUBLED_RE = re.compile(
    r"[!?][.,;:]|[,;:][.,;:]|(?<![.…])\.\.(?![.…])|\.[,;:]|,\s?\((?=\d{1,2}/\d)")


def _abbreviation_period(text: str, dot: int) -> bool:
    """Is the period at `dot` the end of an abbreviation or degree ("dll.", "S.H.", "M.Si.")?"""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    return "." in word or word.lower() in ABBREVIATIONS or len(word) <= 3 or word.isupper()


@REGISTRY.rule("nada.tanda_baca_ganda", category="Nada", order=27,
               title="Tanda baca ganda (?, !. ,, ..)")
def doubled_punctuation(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    text = doc.text
    for m in _DOUBLED_RE.finditer(text):
        s, e = m.start(), m.end()
        if doc.is_protected(s, e) or (text[s] == "." and _abbreviation_period(text, s)):
            continue
        if m.group().endswith("("):  # "Minggu, (8/9/2019)": no comma before the bracket
            yield rc.emit(s, e, "Tanda koma sebelum tanggal dalam kurung tidak perlu.", (" (",))
            continue
        keep = text[s] if text[s] in "!?." else text[e - 1]
        yield rc.emit(s, e, f"Tanda baca ganda “{m.group()}”: cukup satu, “{keep}”.", (keep,))


# --------------------------------------------------------------------------- template gaps

_BRACKET_RE = re.compile(rf"\[(?P<c>[^\[\]\n]{{1,80}})\]|\{{(?P<b>[{LOWER}_]{{2,40}})\}}")


@REGISTRY.rule("format.templat", category="Format", order=5,
               title="Bagian templat yang belum diisi ([isi ...])")
def template_gaps(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    placeholders = rc.derived("words", lists.word_set("ejaan", "placeholder_words"))
    labels = rc.derived("labels", lists.hoax_labels)
    for m in _BRACKET_RE.finditer(doc.text):
        if m.group() in labels or doc.is_protected(m.start(), m.end()):
            continue
        inner = (m.group("c") or m.group("b") or "").strip()
        letters = [c for c in inner if c.isalpha()]
        is_gap = (m.group("b") is not None or not letters
                  or any(c.islower() for c in letters)
                  or all(norm(w) in placeholders for w in inner.split()))
        if is_gap:
            yield rc.emit(m.start(), m.end(), f"Bagian templat belum diisi: “{m.group()}”. "
                          "Ganti dengan isi yang sebenarnya.")
