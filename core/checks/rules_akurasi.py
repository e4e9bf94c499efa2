"""Akurasi: spelling, glossary, official spellings, day/date, sources, counts, acronyms, links."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from core import indonesian
from core.checks import config, dates, spelling, words
from core.checks.context import RuleContext
from core.checks.finding import Finding
from core.checks.phrases import PhraseMatcher, norm
from core.checks.registry import REGISTRY
from core.checks.text import ABBREVIATIONS, Doc, Token, match_case
from core.checks.uniclass import LETTER, NUMBER, UPPER

CAT = "Akurasi"


def _in_heading(doc: Doc, pos: int) -> bool:
    """Is `pos` on a line written entirely in capitals (a heading such as 'PENGUMUMAN')?"""
    a, b = doc.line_span(pos)
    letters = [c for c in doc.text[a:b] if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


# --------------------------------------------------------------------------- official spellings


def _official(cfg: config.Config) -> PhraseMatcher[str]:
    data = cfg.file("akurasi").get("official_spellings", {})
    return PhraseMatcher({k: str(v) for k, v in data.items() if isinstance(v, str) and v})


def _case_like(rc: RuleContext, matched: str, replacement: str) -> str:
    """Capitalise a replacement like the text it replaces ("Walikota" -> "Wali Kota").

    A capitalised match takes the glossary's form when there is one (titles such as
    "Wali Kota"), else just a capital first letter ("Apapun" -> "Apa pun").
    """
    if replacement[:1].isupper():
        return replacement.upper() if len(matched) > 1 and matched.isupper() else replacement
    if len(matched) > 1 and matched.isupper():
        return replacement.upper()
    if matched[:1].isupper():
        titled = " ".join(w[:1].upper() + w[1:] for w in replacement.split(" "))
        if titled in rc.glossary.terms:
            return titled
        return replacement[:1].upper() + replacement[1:]
    return replacement


@REGISTRY.rule("akurasi.ejaan_baku", category=CAT, order=10,
               title="Ejaan baku (Wali Kota, Jumat, November, -ir, praktik, risiko, izin ...)")
def official_spellings(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher = rc.derived("matcher", _official)
    for m in matcher.finditer(doc):
        sugg = _case_like(rc, m.text, m.value)
        if sugg == m.text:
            continue
        yield rc.emit(m.start, m.end, f"Ejaan tidak baku: “{m.text}”. Bentuk bakunya “{sugg}”.",
                      (sugg,))


# --------------------------------------------------------------------------- foreign terms


def _foreign(cfg: config.Config) -> PhraseMatcher[str]:
    data = cfg.file("akurasi").get("foreign_terms", {})
    return PhraseMatcher({k: str(v) for k, v in data.items() if isinstance(v, str)})


@REGISTRY.rule("akurasi.istilah_asing", category=CAT, order=12,
               title="Istilah asing dengan padanan bahasa Indonesia")
def foreign_terms(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher = rc.derived("matcher", _foreign)
    listed: list[tuple[int, int]] = []
    for m in matcher.finditer(doc):
        toks = doc.tokens[m.first.index:m.last.index + 1]
        listed.append((m.start, m.end))
        if all(rc.glossary.knows_word(t.text) for t in toks):
            continue  # part of an official name, e.g. "Cimahi Technopark"
        eq = m.value
        msg = f"Istilah asing: “{m.text}”."
        if eq:
            msg += f" Padanan bahasa Indonesia: “{eq}”."
        msg += " Bila tetap dipakai, tulis miring bila memungkinkan."
        yield rc.emit(m.start, m.end, msg, (match_case(m.text, eq),) if eq else ())
    yield from _english_words(doc, rc, listed)


def _english_words(doc: Doc, rc: RuleContext, listed: list[tuple[int, int]],
                   ) -> Iterator[Finding]:
    """Common English words outside the curated list ("cybersecurity"): foreign, not typos.
    Capitalised words in mid-sentence are names and left alone."""
    english = words.english()
    judge = words.judge(rc.cfg)
    for tok in doc.tokens:
        if (tok.protected or len(tok.text) < 3 or tok.lower not in english
                or not tok.text.isalpha() or rc.glossary.knows_word(tok.text)):
            continue
        if not (tok.text.islower() or (tok.sentence_start and tok.is_title)):
            continue
        if any(a <= tok.start < b for a, b in listed) or judge.ok(tok.text):
            continue
        yield rc.emit(tok.start, tok.end, f"Istilah asing: “{tok.text}”. Bila ada, gunakan "
                      "padanan bahasa Indonesia; bila tetap dipakai, tulis miring bila "
                      "memungkinkan.")


# --------------------------------------------------------------------------- glossary case


@REGISTRY.rule("akurasi.glosarium", category=CAT, order=14,
               title="Penulisan resmi nama, jabatan, perangkat daerah dan singkatan (glosarium)")
def glossary_case(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for occ in rc.glossary.occurrences(doc):
        if occ.exact:
            continue
        term = occ.term
        if occ.text.isupper() and not term.term.isupper() and _in_heading(doc, occ.start):
            continue  # an all-caps heading line: the capital letters rule speaks about it
        first = doc.token_at(occ.start)
        if (first is not None and first.sentence_start and occ.text[:1].isupper()
                and occ.text[1:] == term.term[1:] and term.term[:1].islower()):
            continue  # "Km" at a sentence start for the unit "km"
        severity = None
        if term.generic and occ.text == occ.text.lower():
            severity = "info"
            msg = (f"Bila yang dimaksud {_kind_label(term.kind)} tertentu, tulis dengan huruf "
                   f"kapital: “{term.term}”.")
        else:
            msg = f"Penulisan resmi: “{term.term}” (perhatikan huruf besar/kecil)."
        yield rc.emit(occ.start, occ.end, msg, (term.term,), severity=severity)


def _kind_label(kind: str) -> str:
    return {"jabatan": "jabatan/pejabat", "unit": "perangkat daerah/lembaga",
            "nama": "nama lembaga", "wilayah": "wilayah"}.get(kind, "nama")


# --------------------------------------------------------------------------- spelling


_WORD_LEVEL_MAX_WORDS = 3


def _claimed(found: list[Finding], text: str) -> tuple[list[int], list[int]]:
    """Spans of findings about a word or short phrase ("Walikota", "antar kota").

    The spelling rule leaves such a word to the rule that already names its fix. A finding
    about a whole sentence or list (a long sentence) never silences a misspelling inside it.
    """
    spans = sorted((f.start, f.end) for f in found
                   if f.end > f.start and len(text[f.start:f.end].split()) <= _WORD_LEVEL_MAX_WORDS)
    return [s for s, _ in spans], [e for _, e in spans]


def _overlaps(claimed: tuple[list[int], list[int]], start: int, end: int) -> bool:
    starts, ends = claimed
    i = bisect.bisect_left(starts, end)
    return any(ends[j] > start for j in range(max(0, i - 8), i))


_GLUED_RE = re.compile(rf"^(?:(?P<w1>{LETTER}{{3,}})(?P<n1>[{NUMBER}]+)"
                       rf"|(?P<n2>[{NUMBER}]+)(?P<w2>{LETTER}{{3,}}))$")
_NEAR_MIN_LETTERS = 7  # a capitalised word this long, one letter from a word, is a typo
_NEAR_BUDGET = 30  # new capitalised words looked up for a near word per check (~20 ms each)


def _glued(tok: Token, judge: words.WordJudge, known_acronyms: frozenset[str],
           ) -> tuple[str, str] | None:
    """("tanggal", "tanggal 12") for a word written against a number ("tanggal12")."""
    m = _GLUED_RE.match(tok.text)
    if m is None:
        return None
    word = m.group("w1") or m.group("w2")
    if not word.islower() and not word.istitle():
        return None  # "COVID19", "ABC123": a code or a name
    if not judge.ok(word) or word.upper() in known_acronyms:
        return None  # a code such as "abc123", or "covid19"
    if m.group("w1"):
        return word, f"{m.group('w1')} {m.group('n1')}"
    return word, f"{m.group('n2')} {m.group('w2')}"


@REGISTRY.rule("akurasi.ejaan", category=CAT, order=100,
               title="Ejaan menurut kamus Hunspell bahasa Indonesia dan glosarium")
def spelling_rule(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    if not spelling.speller().load():
        return
    judge = words.judge(rc.cfg)
    claimed = _claimed(rc.found, doc.text)
    gl = rc.glossary
    frequent, english = words.frequent(), words.english()
    budget = [_NEAR_BUDGET]  # a pasted list of names must not take seconds
    for tok in doc.tokens:
        w = tok.text
        if (tok.protected or len(w) < 2 or tok.is_upper or tok.is_mixed
                or gl.knows_word(w)):
            continue
        if tok.has_digit:
            glued = _glued(tok, judge, words.known_acronyms(rc.cfg))
            if glued is not None and not _overlaps(claimed, tok.start, tok.end):
                yield rc.emit(tok.start, tok.end, f"Kata dan angka ditulis tanpa spasi: “{w}”. "
                              f"Tulis “{glued[1]}”.", (glued[1],))
            continue
        if doc.text[tok.end:tok.end + 1] == "." and tok.lower in ABBREVIATIONS:
            continue  # "dr.", "dll.", "Yth."
        if judge.ok(w) or tok.lower in frequent:
            continue
        if any(not c.isalpha() and c not in "-'’" for c in w):
            continue  # marks, scripts the Indonesian dictionary does not cover
        if _overlaps(claimed, tok.start, tok.end):
            continue  # another rule already reports this word with its fix
        if tok.is_title:
            if not (tok.sentence_start and tok.text in _names_in_mid_sentence(doc)):
                yield from _capitalised_unknown(tok, rc, judge, budget)
            continue
        if tok.lower in english:
            continue  # a foreign word: akurasi.istilah_asing reports it
        yield rc.emit(tok.start, tok.end,
                      f"“{w}” tidak ada di kamus. Periksa ejaannya, atau tambahkan ke "
                      "glosarium bila kata ini benar.")


def _names_in_mid_sentence(doc: Doc) -> frozenset[str]:
    """Capitalised words the text also uses in mid-sentence: names ("kata Dadang" makes
    "Dadang berharap ..." a name at the start of a later sentence)."""
    cached = doc.__dict__.get("_mid_names")
    if cached is None:
        cached = frozenset(t.text for t in doc.tokens if t.is_title and not t.sentence_start)
        doc.__dict__["_mid_names"] = cached
    return cached


def _capitalised_unknown(tok: Token, rc: RuleContext, judge: words.WordJudge,
                         budget: list[int]) -> Iterator[Finding]:
    """A capitalised word the dictionary does not know: a typo when it is one letter away
    from a word ("Pelayanaan publik"), else a name (mid-sentence: silent)."""
    w = tok.text
    if tok.lower in words.english():
        return
    near = None
    if len(w) >= _NEAR_MIN_LETTERS:
        fresh = not judge.has_near(tok.lower)
        near = judge.near(tok.lower, compute=budget[0] > 0)
        budget[0] -= fresh
    fix = near[:1].upper() + near[1:] if near else ""
    if tok.sentence_start:  # a name or a typo: say so quietly, with the likely word
        maybe = f" Mungkin maksudnya “{fix}”." if fix else ""
        yield rc.emit(tok.start, tok.end,
                      f"“{w}” tidak ada di kamus.{maybe} Periksa ejaannya; bila ini nama diri, "
                      "abaikan atau tambahkan ke glosarium.", (fix,) if fix else (),
                      severity="info")
    elif fix:
        yield rc.emit(tok.start, tok.end, f"“{w}” tidak ada di kamus; mungkin maksudnya "
                      f"“{fix}”. Bila ini nama diri, abaikan atau tambahkan ke glosarium.",
                      (fix,))


# --------------------------------------------------------------------------- day and date


def _dated(doc: Doc, rc: RuleContext) -> list[dates.DateMention]:
    """The dates of the text, year-less ones completed (dates.with_years)."""
    return dates.with_years(doc.dates(None), activity=rc.context.activity_date,
                            today=rc.context.today)


def _date_label(m: dates.DateMention) -> str:
    text = m.date_text
    return text if m.year_given else f"{text}/{m.year}" if m.style == "numeric" else (
        f"{text} {m.year}")


@REGISTRY.rule("akurasi.hari_tanggal", category=CAT, order=20,
               title="Nama hari cocok dengan tanggalnya")
def day_matches_date(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for m in _dated(doc, rc):
        written = m.written_weekday
        date = m.date
        if written is None or date is None or date.weekday() == written:
            continue
        actual = indonesian.day_name(date)
        fix = match_case(m.day_name, actual) if m.day_name.isupper() else actual
        yield rc.emit(
            m.day_start, m.day_end,
            f"Hari tidak cocok dengan tanggal: {_date_label(m)} adalah {actual}, "
            f"bukan {indonesian.DAYS[written]}.",
            (fix,), matched=doc.text[m.start:m.end],
        )


@REGISTRY.rule("akurasi.tanggal_tidak_ada", category=CAT, order=21,
               title="Tanggal yang tidak ada di kalender (31 Februari)")
def impossible_date(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for m in _dated(doc, rc):
        if m.year is None or m.exists:
            continue
        last = dates.last_day(m.year, m.month)
        yield rc.emit(
            m.date_start, m.end,
            f"Tanggal {m.date_text} tidak ada: {indonesian.MONTHS[m.month - 1]} {m.year} "
            f"hanya sampai tanggal {last}.",
        )


@REGISTRY.rule("akurasi.tanggal_kegiatan", category=CAT, order=22,
               title="Tanggal di teks sama dengan tanggal kegiatan konten")
def activity_date(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    activity = rc.context.activity_date
    if activity is None:
        return
    named = [m for m in _dated(doc, rc) if m.day_name and m.date]
    if not named or any(m.date == activity for m in named):
        return
    m = named[0]
    fix = indonesian.day_name(activity) + m.between + m.format_like(activity)
    yield rc.emit(
        m.start, m.end,
        f"Tanggal di teks ({doc.text[m.start:m.end].strip()}) berbeda dengan tanggal kegiatan "
        f"konten ini ({indonesian.format_date_long(activity)}). Periksa mana yang benar.",
        (fix,),
    )


# --------------------------------------------------------------------------- figures and sources

# [^\W_]: a letter or number (core/checks/uniclass.py)
_PERCENT_RE = re.compile(rf"(?<![^\W_])(?<![.,])\d+(?:[.,]\d+)?\s?(?:%|persen(?!{LETTER}))")
_AMOUNT_RE = re.compile(
    r"(?i)(?<![^\W_])(?:rp\.?\s?\d[\d.,]*(?:\s?(?:ribu|juta|miliar|triliun|rb|jt|m))?"
    rf"|\d+(?:[.,]\d+)?\s(?:ribu|juta|miliar|triliun)(?!{LETTER}))"
)
_BIG_NUMBER_RE = re.compile(
    rf"(?<![^\W_])(?<![.,/:\-+])\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?"
    rf"(?![{NUMBER}]|[.,/:\-][{NUMBER}])"
)
_NOT_FIGURE_BEFORE = re.compile(
    r"(?i)(?:nomor|no\.?|nip|nik|kode|pukul|jam|tahun|thn|rt|rw|km|ke-|nopol|hp|wa|telp|"
    r"telepon|npwp|pasal|ayat|uu|perda|perwal)\s*$")
_QUOTES = "\"“”«»"


def _source_cues(cfg: config.Config) -> tuple[frozenset[str], PhraseMatcher[bool]]:
    cues = cfg.file("akurasi").get("source_cues", [])
    cues = [str(c) for c in cues] if isinstance(cues, list) else []
    singles = frozenset(norm(c) for c in cues if " " not in c.strip())
    phrases = PhraseMatcher({c: True for c in cues if " " in c.strip()})
    return singles, phrases


def _source_spans(doc: Doc, rc: RuleContext, pos: int) -> list[tuple[int, int]]:
    """Where a figure's source may be named: from the start of its paragraph to the
    sentence(s) after it, and the lead (first paragraph) of the text. "Menurut data BPS
    ... Angka itu naik 3 persen" names the source two sentences earlier."""
    window = rc.param("sumber_jarak_kalimat", 1)
    if not doc.sentences:
        return [(0, len(doc.text))]
    i = doc.sentence_index(pos)
    lo = max(0, i - window)
    hi = min(len(doc.sentences) - 1, i + window)
    para_start = doc.line_span(pos)[0]
    spans = [(min(para_start, doc.sentences[lo][0]), doc.sentences[hi][1])]
    lead_end = doc.line_span(doc.sentences[0][0])[1]
    if lead_end < spans[0][0]:
        spans.append((0, lead_end))
    return spans


def _has_source(doc: Doc, rc: RuleContext, pos: int) -> bool:
    singles, phrases = rc.derived("cues", _source_cues)
    for a, b in _source_spans(doc, rc, pos):
        if any(q in doc.text[a:b] for q in _QUOTES):
            return True
        if any(tok.lower in singles for tok in doc.tokens_in(a, b)):
            return True
        if phrases and any(True for _ in phrases.finditer(Doc(doc.text[a:b]))):
            return True
    return False


def _figures(doc: Doc, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    for m in pattern.finditer(doc.text):
        if doc.is_protected(m.start(), m.end()):
            continue
        if _NOT_FIGURE_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()):
            continue
        yield m.start(), m.end()


@REGISTRY.rule("akurasi.persen_tanpa_sumber", category=CAT, order=30,
               title="Persentase tanpa sumber di dekatnya")
def percent_without_source(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for s, e in _figures(doc, _PERCENT_RE):
        if not _has_source(doc, rc, s):
            fig = doc.text[s:e]
            yield rc.emit(s, e, f"Persentase “{fig}” tanpa sumber di dekatnya. Sebutkan "
                          "sumbernya, misalnya “menurut data Dinas Kesehatan” atau "
                          "“berdasarkan survei BPS”.")


@REGISTRY.rule("akurasi.angka_tanpa_sumber", category=CAT, order=31,
               title="Angka (jumlah, rupiah) tanpa sumber di dekatnya")
def figure_without_source(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    minimum = rc.param("angka_minimum", 1000)
    spans = list(_figures(doc, _AMOUNT_RE))
    taken = [(s, e) for s, e in spans]
    for s, e in _figures(doc, _BIG_NUMBER_RE):
        if any(a <= s < b for a, b in taken):
            continue
        try:
            value = float(doc.text[s:e].replace(".", "").replace(",", "."))
        except ValueError:
            continue
        if value >= minimum:
            spans.append((s, e))
    for s, e in sorted(spans):
        if _PERCENT_RE.match(doc.text, s) or _has_source(doc, rc, s):
            continue
        fig = doc.text[s:e]
        yield rc.emit(s, e, f"Angka “{fig}” tanpa sumber di dekatnya. Bila ini data, sebutkan "
                      "sumbernya (misalnya “berdasarkan data Disdukcapil”).")


# --------------------------------------------------------------------------- counts

_COLLECTIVE_RE = re.compile(r"(?i)^ke(?P<n>[a-z]+?)(?P<nya>nya)?$")
_NOT_COUNTED = frozenset([
    "kali", "hari", "minggu", "bulan", "tahun", "jam", "menit", "detik", "persen", "ratus",
    "ribu", "juta", "puluh", "belas", "miliar", "triliun", "kilometer", "meter", "km", "kg",
    "ton", "liter", "lembar", "buah", "unit"
])


def _number_words(cfg: config.Config) -> dict[str, int]:
    raw = cfg.file("akurasi").get("number_words", {})
    return {norm(k): int(v) for k, v in raw.items() if isinstance(v, int)} if isinstance(
        raw, dict) else {}


@REGISTRY.rule("akurasi.jumlah_bertentangan", category=CAT, order=32,
               title="Jumlah yang bertentangan (dua narasumber ... ketiganya)")
def contradictory_counts(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    numbers = rc.derived("numbers", _number_words)
    by_value = {v: k for k, v in numbers.items()}
    window = rc.data("akurasi", "count_window_sentences", 3)
    window = window if isinstance(window, int) else 3
    counts: list[tuple[int, int, str, Token]] = []  # (sentence, value, noun, number token)
    toks = doc.tokens
    for i, tok in enumerate(toks):
        low = tok.lower
        value = numbers.get(low)
        if value is None and len(tok.text) <= 2 and tok.text.isascii() and tok.text.isdigit() \
                and 2 <= int(tok.text) <= 12:
            value = int(tok.text)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if value is not None and nxt is not None and nxt.text.isalpha() \
                and nxt.lower not in _NOT_COUNTED and nxt.lower not in numbers:
            if low == "satu" or value < 2:
                continue
            counts.append((doc.sentence_index(tok.start), value, nxt.lower, tok))
            continue
        m = _COLLECTIVE_RE.match(tok.text)
        if not m or m.group("n") not in numbers or numbers[m.group("n")] < 2:
            continue
        said = numbers[m.group("n")]
        here = doc.sentence_index(tok.start)
        prior = [c for c in counts if here - c[0] <= window and c[3].start < tok.start]
        if not prior:
            continue
        if m.group("nya"):
            sent, value, noun, num_tok = prior[-1]
        else:
            noun_tok = nxt
            if noun_tok is None:
                continue
            same = [c for c in prior if c[2] == norm(noun_tok.text)]
            if not same:
                continue
            sent, value, noun, num_tok = same[-1]
        if value == said or value not in by_value:
            continue
        fix = "ke" + by_value[value] + ("nya" if m.group("nya") else "")
        yield rc.emit(
            tok.start, tok.end,
            f"Jumlah tidak konsisten: sebelumnya disebut “{num_tok.text} {noun}”, di sini "
            f"“{tok.text}”.",
            (match_case(tok.text, fix),),
        )


# --------------------------------------------------------------------------- acronyms

_ACRONYM_RE = re.compile(rf"^[{UPPER}{NUMBER}]{{2,9}}$")


def _acronym_tokens(doc: Doc, rc: RuleContext, inside: list[tuple[int, int]],
                    ) -> Iterator[tuple[str, int, int]]:
    """(acronym, start, end) for ALL-CAPS words that are not ordinary words shouted.

    `inside`: spans of multi-word glossary terms ("Satpol PP"), whose parts are not
    acronyms of their own.
    """
    known = words.known_acronyms(rc.cfg)
    for tok in doc.tokens:
        if tok.protected or not tok.is_upper:
            continue
        if any(a <= tok.start and tok.end <= b for a, b in inside):
            continue
        offset = 0
        for part in tok.text.split("-"):
            start = tok.start + offset
            offset += len(part) + 1
            if (not _ACRONYM_RE.match(part) or part in known or tok.text in known
                    or sum(c.isalpha() for c in part) < 2):
                continue
            if re.match(r"^[MDCLXVI]+$", part) and tok.is_roman:
                continue
            if len(part) >= 3 and _is_word(part, rc):
                continue  # "PENTING", "VIRAL", "JAKARTA": a word in capitals, not an acronym
            yield part, start, start + len(part)


def _is_word(part: str, rc: RuleContext) -> bool:
    """Is an ALL-CAPS `part` an ordinary word or name written in capitals?"""
    judge = words.judge(rc.cfg)
    lower = part.lower()
    return judge.ok(lower) or judge.ok(part.capitalize()) or lower in words.english()


_DEF_AFTER_RE = re.compile(
    rf"{LETTER}(?:{LETTER}|[,.])*\s*\(\s*([{UPPER}{NUMBER}](?:[^\W_]|-){{1,15}})\s*\)")
_DEF_BEFORE_RE = re.compile(
    rf"(?<![^\W_])([{UPPER}{NUMBER}](?:[^\W_]|-){{1,15}})\s*\(\s*{LETTER}+"
    rf"(?:[\s,-]+{LETTER}+)+\s*\)"
)


def _definitions(doc: Doc) -> dict[str, list[int]]:
    """acronym -> where it is spelled out: "Nama Panjang (ACR)" or "ACR (Nama Panjang)"."""
    out: dict[str, list[int]] = {}
    for m in _DEF_AFTER_RE.finditer(doc.text):
        out.setdefault(m.group(1), []).append(m.start(1))
    for m in _DEF_BEFORE_RE.finditer(doc.text):
        out.setdefault(m.group(1), []).append(m.start(1))
    for positions in out.values():
        positions.sort()
    return out


def _acronym_issues(doc: Doc, rc: RuleContext) -> Iterator[tuple[str, int, int, bool, str]]:
    """(acronym, start, end, spelled_out_later, expansion) for each acronym not explained first."""
    known = words.known_acronyms(rc.cfg)
    uses: dict[str, list[tuple[int, int]]] = {}
    occurrences = [o for o in rc.glossary.occurrences(doc) if o.exact]
    multi = [(o.start, o.end) for o in occurrences if len(o.term.words) > 1]
    for acr, s, e in _acronym_tokens(doc, rc, multi):
        uses.setdefault(acr, []).append((s, e))
    for occ in occurrences:
        if occ.exact and occ.term.is_acronym and occ.term.term not in known \
                and not occ.term.term.isupper():
            uses.setdefault(occ.term.term, []).append((occ.start, occ.end))
    lower_text = doc.lower
    definitions = _definitions(doc) if uses else {}
    for acr, spans in uses.items():
        spans.sort()
        defs = definitions.get(acr, [])
        term = rc.glossary.terms.get(acr)
        expansion = term.expansion if term else ""
        first_use = next(((s, e) for s, e in spans if not any(abs(s - d) <= 1 for d in defs)),
                         None)
        if first_use is None:
            continue
        s, e = first_use
        if defs and min(defs) < s:
            continue
        if expansion and lower_text.find(expansion.lower(), 0, s) >= 0:
            continue  # the full name was written earlier in the text
        yield acr, s, e, bool(defs), expansion


@REGISTRY.rule("akurasi.singkatan", category=CAT, order=40,
               title="Singkatan yang belum ditulis kepanjangannya")
def acronym_not_spelled_out(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for acr, s, e, later, expansion in _acronym_issues(doc, rc):
        if later:
            continue
        msg = f"Singkatan “{acr}” belum dijelaskan. Tulis kepanjangannya pada penyebutan pertama"
        msg += f", yaitu “{expansion} ({acr})”." if expansion else "."
        yield rc.emit(s, e, msg, (f"{expansion} ({acr})",) if expansion else (), matched=acr)


@REGISTRY.rule("akurasi.singkatan_urutan", category=CAT, order=41,
               title="Singkatan dipakai sebelum kepanjangannya ditulis")
def acronym_before_definition(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for acr, s, e, later, expansion in _acronym_issues(doc, rc):
        if not later:
            continue
        msg = (f"“{acr}” dipakai sebelum kepanjangannya ditulis. Tulis kepanjangannya pada "
               "penyebutan pertama")
        msg += f": “{expansion} ({acr})”." if expansion else "."
        yield rc.emit(s, e, msg, (f"{expansion} ({acr})",) if expansion else (), matched=acr)


# --------------------------------------------------------------------------- links

_MALFORMED = (
    (re.compile(rf"(?i)(?<!{LETTER})(https?)//(?=\S)"), lambda m: f"{m.group(1)}://"),
    (re.compile(rf"(?i)(?<!{LETTER})(https?):/(?!/)(?=\S)"), lambda m: f"{m.group(1)}://"),
    (re.compile(rf"(?i)(?<!{LETTER})(https?):\\\\(?=\S)"), lambda m: f"{m.group(1)}://"),
    (re.compile(rf"(?i)(?<!{LETTER})(?:htps|htttps|hhtps|httsp|htpps)://"), lambda m: "https://"),
    (re.compile(rf"(?i)(?<!{LETTER})(?:htp|htttp|hhtp)://"), lambda m: "http://"),
    (re.compile(rf"(?i)(?<!{LETTER})www,(?={LETTER})"), lambda m: "www."),
    (re.compile(rf"(?i)(?<!{LETTER})(https?://)\s+(?=[^\W_])"), lambda m: m.group(1)),
)
_URL_HOST_RE = re.compile(r"(?i)^(?:https?://)?([^/?#\s]*)")


_TLD_RE = re.compile(rf"^{LETTER}{{2,}}$")


def _host_problem(url: str) -> str | None:
    host = _URL_HOST_RE.match(url).group(1)  # type: ignore[union-attr]
    if not host:
        return "alamatnya kosong"
    if ".." in host or host.startswith(".") or host.endswith("-"):
        return "ada titik ganda atau tanda yang salah di nama situs"
    labels = host.split(":")[0].split(".")
    if len(labels) < 2 or not _TLD_RE.match(labels[-1]):
        return "nama situsnya tidak lengkap (tanpa .go.id, .com, dan sebagainya)"
    return None


@REGISTRY.rule("akurasi.tautan", category=CAT, order=45,
               title="Tautan yang salah tulis atau belum https")
def links(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    text = doc.text
    flagged: list[tuple[int, int]] = []
    for pattern, fix in _MALFORMED:
        for m in pattern.finditer(text):
            flagged.append((m.start(), m.end()))
            yield rc.emit(m.start(), m.end(),
                          f"Tautan tampaknya salah tulis: “{m.group().strip()}”. Periksa lagi; "
                          "contoh yang benar: https://cimahikota.go.id", (fix(m),))
    for s, e in doc.urls:
        url = text[s:e]
        if any(a < e and s < b for a, b in flagged):
            continue
        lower = url.lower()
        if lower.startswith(("http://", "https://", "www.")):
            problem = _host_problem(url if not lower.startswith("www.") else "http://" + url)
            if problem:
                yield rc.emit(s, e, f"Tautan “{url}” tampaknya salah: {problem}.")
                continue
        if lower.startswith("http://"):
            yield rc.emit(s, e, f"Tautan belum aman (http): “{url}”. Gunakan https:// bila "
                          "situsnya mendukung.", ("https://" + url[7:],))
