"""Nada: tone for a government account, plus the EYD V spacing rules PICs often get wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core import indonesian
from core.checks import config, lists, spelling, words
from core.checks.context import RuleContext
from core.checks.finding import Finding
from core.checks.phrases import lexicon, norm
from core.checks.registry import REGISTRY
from core.checks.text import Doc, Token, inside_quotes
from core.checks.uniclass import LETTER, LOWER, UPPER

CAT = "Nada"
# --------------------------------------------------------------------------- clickbait


@REGISTRY.rule("nada.sensasional", category=CAT, order=10,
               title="Kata sensasional dan umpan klik (heboh, viral, tak disangka ...)")
def clickbait(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher = rc.derived("matcher", lexicon("nada", "clickbait"))
    for m in matcher.finditer(doc):
        msg = (f"Kata sensasional: “{m.text}”. Akun pemerintah sebaiknya memakai bahasa yang "
               "tenang dan faktual")
        msg += f"; misalnya “{m.value}”." if m.value else "; pertimbangkan untuk menghapusnya."
        yield rc.emit(m.start, m.end, msg, (m.value,) if m.value else ())


# --------------------------------------------------------------------------- shouting


def _is_shouted_word(tok: Token, rc: RuleContext, min_letters: int) -> bool:
    letters = sum(c.isalpha() for c in tok.text)
    if letters < min_letters or tok.has_digit or tok.is_roman:
        return False
    if tok.text in words.known_acronyms(rc.cfg) or rc.glossary.single(tok.text):
        return False
    return words.judge(rc.cfg).ok(tok.text.lower())


def _calm(tok: Token, rc: RuleContext) -> str:
    """How an ALL-CAPS word should be written: glossary form, acronym as is, else lower case."""
    terms = rc.glossary.single(tok.text)
    if terms:
        return terms[0].term
    if tok.text in words.known_acronyms(rc.cfg):
        return tok.text
    lower = tok.text.lower()
    if lower in _ALWAYS_CAPITAL:
        return _ALWAYS_CAPITAL[lower]
    judge = words.judge(rc.cfg)
    if judge.ok(lower):
        return lower
    return tok.text.capitalize() if judge.ok(tok.text.capitalize()) else tok.text


_ALWAYS_CAPITAL = {"anda": "Anda", "tuhan": "Tuhan", "allah": "Allah"}


@REGISTRY.rule("nada.kapital", category=CAT, order=12,
               title="Huruf kapital semua (terkesan berteriak)")
def shouting(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    min_letters = rc.param("kapital_min_huruf", 4)
    emphatic = rc.derived("emphatic", lists.word_set("nada", "shout_words"))
    labels = rc.derived("labels", lists.hoax_labels)
    toks = doc.tokens
    text = doc.text
    i = 0
    while i < len(toks):
        if toks[i].protected or not toks[i].is_upper:
            i += 1
            continue
        j = i
        while (j + 1 < len(toks) and toks[j + 1].is_upper and not toks[j + 1].protected
               and "\n" not in text[toks[j].end:toks[j + 1].start]
               and not any(c.isalpha() for c in text[toks[j].end:toks[j + 1].start])):
            j += 1
        run = toks[i:j + 1]
        i = j + 1
        if not any(_is_shouted_word(t, rc, min_letters) for t in run):
            continue
        if _is_label(run, text, labels):
            continue  # "[HOAKS]": the label the Klarifikasi Hoaks checklist asks for
        start, end = run[0].start, run[-1].end
        pieces = []
        for k, t in enumerate(run):
            pieces.append(_calm(t, rc))
            if k + 1 < len(run):
                pieces.append(text[t.end:run[k + 1].start])
        calm = "".join(pieces)
        if run[0].sentence_start:
            calm = calm[:1].upper() + calm[1:]
        a, b = doc.line_span(start)
        line_letters = [c for c in text[a:b] if c.isalpha()]
        heading = len(line_letters) == sum(sum(c.isalpha() for c in t.text) for t in run)
        if not heading and _looks_like_a_name(run, text, emphatic):
            continue  # "Indeks KAMI", "program AYO SATU", "Kantor Berita ANTARA"
        if heading:
            msg = ("Judul dengan huruf kapital semua terkesan berteriak dan lebih sulit dibaca; "
                   f"pertimbangkan huruf biasa: “{calm}”.")
            yield rc.emit(start, end, msg, (calm,), severity="info")
        else:
            yield rc.emit(start, end, "Huruf kapital semua terkesan berteriak. Tulis dengan "
                          f"huruf biasa: “{calm}”.", (calm,))


_SHORT_RUN = 2  # words: a short run of capitals in normal text is usually a name


def _looks_like_a_name(run: list[Token], text: str, emphatic: frozenset[str]) -> bool:
    """One or two capitalised common words inside normal text, none of them an emphasis
    word ("PENTING", "GRATIS") and no "!" after them: a programme, index or brand name."""
    if len(run) > _SHORT_RUN or any(t.lower in emphatic for t in run):
        return False
    return not text[run[-1].end:run[-1].end + 2].lstrip().startswith("!")


def _is_label(run: list[Token], text: str, labels: frozenset[str]) -> bool:
    a, b = run[0].start, run[-1].end
    return text[a - 1:b + 1] in labels if a > 0 else False


_BANG_RE = re.compile(r"[!?¡]{2,}")


@REGISTRY.rule("nada.seru", category=CAT, order=14, title="Tanda seru berulang (!!!)")
def exclamations(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    minimum = rc.param("seru_min", 2)
    for m in _BANG_RE.finditer(doc.text):
        if m.group().count("!") < minimum or doc.is_protected(m.start(), m.end()):
            continue
        yield rc.emit(m.start(), m.end(),
                      f"Tanda seru berulang (“{m.group()}”) terkesan berteriak. Cukup satu tanda "
                      "seru, atau titik.", ("!", "."))


# --------------------------------------------------------------------------- informal words


@REGISTRY.rule("nada.tidak_baku", category=CAT, order=16,
               title="Kata tidak baku/percakapan (gak, udah, gimana ...) menurut profil nada")
def informal_words(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    matcher = rc.derived("matcher", lexicon("nada", "informal"))
    label = rc.profile_label
    for m in matcher.finditer(doc):
        if m.first is m.last and (rc.glossary.knows_word(m.text)
                                  or (m.first.is_upper and len(m.text) <= 3)
                                  or (m.first.is_title and not m.first.sentence_start)):
            continue  # an acronym or a name ("Lo Siauw Ging"), not a casual word
        quoted = inside_quotes(doc, m.start)
        formal = m.value
        fix = (formal[:1].upper() + formal[1:]) if formal and m.first.sentence_start else formal
        if formal:
            msg = f"Kata tidak baku: “{m.text}”. Untuk nada {label}, gunakan “{fix}”."
        else:
            msg = (f"Partikel percakapan “{m.text}” kurang cocok untuk nada {label}; sebaiknya "
                   "dihapus.")
        if quoted:
            msg += " (Ada di dalam kutipan: ubah hanya bila narasumber setuju.)"
        yield rc.emit(m.start, m.end, msg, (fix,) if fix else (),
                      severity="info" if quoted else None)


# --------------------------------------------------------------------------- long sentences


@REGISTRY.rule("nada.kalimat_panjang", category=CAT, order=18, title="Kalimat sangat panjang")
def long_sentences(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    limit = rc.param("kalimat_maks_kata", 35)
    for a, b in doc.sentences:
        n = sum(1 for t in doc.tokens_in(a, b) if not t.protected)
        if n > limit:
            yield rc.emit(a, b, f"Kalimat ini panjang ({n} kata). Pertimbangkan memecahnya; "
                          f"kalimat yang mudah dibaca umumnya tidak lebih dari {limit} kata.")


# --------------------------------------------------------------------------- emoji


def _emoji_re() -> re.Pattern[str]:
    from core.captions.emoji import EMOJI_RE  # one definition of "an emoji" for Warta

    return EMOJI_RE


def _starts_line(text: str, pos: int) -> bool:
    """An emoji opening a line is a list marker (📍 Lokasi, ✅ Syarat), not decoration."""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


@REGISTRY.rule("nada.emoji", category=CAT, order=20,
               title="Terlalu banyak emoji (emoji pembuka baris tidak dihitung)")
def too_many_emoji(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    limit = rc.param("emoji_maks", 3)
    text = doc.text
    found = [m for m in _emoji_re().finditer(text)
             if m.group() not in "#*0123456789" and not _starts_line(text, m.start())]
    if len(found) <= limit:
        return
    extra = found[limit]
    yield rc.emit(extra.start(), extra.end(),
                  f"Terlalu banyak emoji: {len(found)} (saran untuk nada {rc.profile_label}: "
                  f"paling banyak {limit}). Emoji berlebihan mengurangi kesan resmi dan "
                  "mengganggu pembaca layar.", matched="")


# --------------------------------------------------------------------------- di / ke


def _joined_forms(cfg: config.Config) -> dict[str, str]:
    data = cfg.file("nada")
    places = [norm(str(p)) for p in data.get("di_places", []) if isinstance(p, str)]
    ok = {norm(str(w)) for w in data.get("ke_joined_ok", []) if isinstance(w, str)}
    out = {}
    for p in places:
        out["di" + p] = "di " + p
        if "ke" + p not in ok:
            out["ke" + p] = "ke " + p
    return out


@REGISTRY.rule("nada.di_ke", category=CAT, order=22,
               title="'di'/'ke' sebagai kata depan dipisah, sebagai awalan digabung (EYD V)")
def di_ke(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    joined = rc.derived("joined", _joined_forms)
    places = rc.derived("places", lists.word_set("nada", "di_places"))
    keep_apart = rc.derived("apart", lists.word_set("nada", "di_separate_ok"))
    judge = words.judge(rc.cfg)
    toks = doc.tokens
    for i, tok in enumerate(toks):
        if tok.protected or tok.is_upper:
            continue
        low = tok.lower
        fix = joined.get(low)
        if fix is not None:
            fix = fix[:1].upper() + fix[1:] if tok.text[:1].isupper() else fix
            yield rc.emit(tok.start, tok.end,
                          f"“{tok.text}” menunjukkan tempat, arah, atau waktu, jadi “{fix[:2]}” "
                          f"ditulis terpisah: “{fix}”.", (fix,))
            continue
        if low != "di" or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        gap = doc.text[tok.end:nxt.start]
        nlow = nxt.lower
        if (gap != " " or nxt.protected or not nxt.text.isalpha() or not nxt.text.islower()
                or nlow in places or nlow in keep_apart or len(nlow) < 3):
            continue
        if judge.known("di" + nlow) or (nlow.endswith(("kan", "i")) and judge.ok("di" + nlow)):
            fix = tok.text + nxt.text
            yield rc.emit(tok.start, nxt.end,
                          f"Di sini “di” adalah awalan kata kerja, jadi ditulis serangkai: "
                          f"“{fix}”.", (fix,))


# --------------------------------------------------------------------------- spacing

# [^\W_]: a letter or number (core/checks/uniclass.py)
_AFTER_RE = re.compile(rf"[,;:!?](?={LETTER})|\)(?=[{LOWER}])"
                       rf"|(?<=[{LOWER}]{{3}})\.(?=[{UPPER}][{LOWER}])"
                       rf"|(?<=[{LOWER}]{{2}})[.,;:](?=[(\[])")
_BEFORE_RE = re.compile(r"(?<=(?:[^\W_]|[)\"”’]))[ \t]+([,.;:!?])(?=\s|$|[\"”’])")
_LABEL_LINE_RE = re.compile(r"[^\n:]{1,30}")


@REGISTRY.rule("nada.spasi_setelah_tanda", category=CAT, order=24,
               title="Spasi setelah tanda baca")
def space_after_punctuation(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    text = doc.text
    for m in _AFTER_RE.finditer(text):
        p = m.start()
        if doc.is_protected(p) or doc.is_protected(p + 1):
            continue
        ch = m.group()
        if ch == "." and _abbreviation_before(text, p):
            continue
        yield rc.emit(p, p + 1, f"Perlu spasi setelah tanda baca “{ch}”.", (ch + " ",))


def _abbreviation_before(text: str, p: int) -> bool:
    j = p
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    from core.checks.text import ABBREVIATIONS

    return text[j:p].lower() in ABBREVIATIONS


_OPEN_SPACE_RE = re.compile(r"(?:(?<=^[“(\[])|(?<=\s[“(\[]))[ \t]+(?=[^\W_])", re.M)


@REGISTRY.rule("nada.spasi_sebelum_tanda", category=CAT, order=25,
               title="Spasi sebelum tanda baca (dan setelah tanda petik atau kurung buka)")
def space_before_punctuation(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    text = doc.text
    for m in _OPEN_SPACE_RE.finditer(text):
        if not doc.is_protected(m.start() - 1):
            mark = text[m.start() - 1]
            yield rc.emit(m.start() - 1, m.end(), f"Hapus spasi setelah “{mark}”.", (mark,))
    for m in _BEFORE_RE.finditer(text):
        mark = m.group(1)
        if mark == ":":
            a, _ = doc.line_span(m.start())
            if _LABEL_LINE_RE.fullmatch(text, a, m.start()):
                continue  # "Hari/Tanggal : Senin" aligned labels in an announcement
        if doc.is_protected(m.start(1)):
            continue
        yield rc.emit(m.start(), m.end(), f"Hapus spasi sebelum tanda baca “{mark}”.", (mark,))


# --------------------------------------------------------------------------- se-


_SE_ADMIN = ("kota", "kabupaten", "provinsi", "kecamatan", "kelurahan")


@REGISTRY.rule("nada.se", category=CAT, order=26,
               title="'se-' sebelum nama diri ditulis dengan tanda hubung (se-Kota Cimahi)")
def se_prefix(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks):
        if tok.protected:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        gap = text[tok.end:nxt.start] if nxt else ""
        low = tok.text.lower()
        fix = start = end = None
        if low == "se" and tok.text[0] == "s" and nxt is not None and gap == " " and (
                nxt.text[:1].isupper()):
            start, end, fix = tok.start, nxt.end, "se-" + nxt.text
        elif low.startswith("se") and len(tok.text) > 3 and tok.text[2].isupper() \
                and tok.text[:2] == "se" and "-" not in tok.text[:3]:
            start, end, fix = tok.start, tok.end, "se-" + tok.text[2:]
        elif nxt is not None and gap == " " and nxt.text[:1].isupper():
            for admin in _SE_ADMIN:
                if low in ("se" + admin, "se-" + admin) and tok.text[:2] == "se" \
                        and tok.text != "se-" + admin.capitalize():
                    start, end, fix = tok.start, tok.end, "se-" + admin.capitalize()
        if fix is not None and start is not None and end is not None:
            yield rc.emit(start, end, "Awalan “se-” sebelum nama diri ditulis dengan tanda "
                          f"hubung: “{fix}”.", (fix,))


# --------------------------------------------------------------------------- bound forms


@REGISTRY.rule("nada.bentuk_terikat", category=CAT, order=28,
               title="Bentuk terikat ditulis serangkai (antarinstansi, pascabanjir, non-ASN)")
def bound_forms(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    forms = rc.derived("forms", lists.word_set("nada", "bound_forms"))
    free = rc.derived("free", lists.word_set("nada", "bound_form_free_words"))
    followers = rc.derived("followers", lists.word_set("nada", "bound_form_followers"))
    exceptions = rc.derived("exceptions", lists.word_set("nada", "bound_form_exceptions"))
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks):
        if tok.protected or not tok.text[:1].islower():
            continue
        low = tok.lower
        if "-" in low:
            head, _, rest = tok.text.partition("-")
            if norm(head) in forms and rest[:1].islower() and rest.isalpha() \
                    and low not in exceptions and head.islower():
                fix = head + rest
                yield rc.emit(tok.start, tok.end,
                              f"“{head}” adalah bentuk terikat, jadi ditulis serangkai tanpa "
                              f"tanda hubung: “{fix}”.", (fix,))
            continue
        if low not in forms or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        if text[tok.end:nxt.start] != " " or nxt.protected:
            continue
        pair = f"{low} {nxt.lower}"
        if pair in exceptions:
            continue
        if nxt.text[:1].isupper() or nxt.text[:1].isdigit():
            if low in free and not nxt.is_upper:
                continue
            fix = f"{tok.text}-{nxt.text}"
            msg = (f"Bentuk terikat “{tok.text}” sebelum huruf kapital atau angka ditulis dengan "
                   f"tanda hubung: “{fix}”.")
        elif nxt.text.isalpha():
            if low in free and nxt.lower not in followers:
                continue
            fix = tok.text + nxt.text
            msg = f"“{tok.text}” adalah bentuk terikat, jadi ditulis serangkai: “{fix}”."
        else:
            continue
        yield rc.emit(tok.start, nxt.end, msg, (fix,))


# --------------------------------------------------------------------------- double spaces

_DOUBLE_SPACE_RE = re.compile(
    r"(?<=(?:[^\W_]|[,.;:!?)\"”]))[ \t]{2,}(?=[^\W_]|[(\"“])")


@REGISTRY.rule("nada.spasi_ganda", category=CAT, order=29, title="Spasi ganda di antara kata")
def double_spaces(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    for m in _DOUBLE_SPACE_RE.finditer(doc.text):
        if doc.is_protected(m.start() - 1, m.end() + 1):
            continue
        yield rc.emit(m.start(), m.end(), "Spasi ganda: cukup satu spasi.", (" ",))


# --------------------------------------------------------------------------- final period

_LINE_END_OK = ".!?…:;\"'”’)]»*-–—"
_FINAL_MIN_WORDS = 8  # shorter lines are headings, list items, signatures


@REGISTRY.rule("nada.titik_akhir", category=CAT, order=30,
               title="Paragraf tanpa tanda titik di akhir kalimat")
def final_period(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    text = doc.text
    for a, b in _paragraphs(text):
        line = text[a:b].rstrip()
        if not line or line[-1] in _LINE_END_OK or not line[-1].isalnum():
            continue  # already ends a sentence, or ends with an emoji or a symbol
        end = a + len(line)
        last = doc.token_at(end - 1)
        if last is None or last.protected or last.has_digit:
            continue  # a hashtag, link or number closes the line
        if len(line.split()) < _FINAL_MIN_WORDS or line.upper() == line \
                or _title_case_line(doc, a):
            continue  # short line or headline
        yield rc.emit(last.start, end, "Kalimat di akhir paragraf ini belum diberi tanda titik.",
                      (text[last.start:end] + ".",), matched=text[last.start:end])


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


# --------------------------------------------------------------------------- capitals

_NAME_BEFORE = frozenset(["kata", "ujar", "tutur", "jelas", "oleh", "bersama", "kepada",
                          "dengan", "dari", "menurut", "dan", "serta", "atau", "bapak", "ibu",
                          "pak", "bu", "saudara", "sdr", "kak", "mas", "mbak", "teh", "kang",
                          "yth", "tim", "ucap", "sebut", "imbuh", "tambah", "papar", "terang"])
_HONORIFICS = frozenset(["bapak", "ibu", "pak", "bu", "saudara", "saudari", "anda", "kakak",
                         "adik", "tuhan", "allah", "nabi", "presiden", "gubernur", "bupati"])


_NAMES_OF_TIME = frozenset(d.lower() for d in (*indonesian.DAYS, *indonesian.MONTHS))


def _common_word(tok: Token, judge: words.WordJudge, rc: RuleContext) -> bool:
    """A dictionary word in its own right ("instansi"), not a name the dictionary writes
    with a capital ("Belanda"), a day or month, or a derived form."""
    sp = spelling.speller()
    return ((tok.lower in sp.stems or tok.lower in judge.extra)
            and tok.text not in sp.proper and tok.lower not in _NAMES_OF_TIME)


def _title_case_line(doc: Doc, pos: int) -> bool:
    """A headline in Title Case ("Bupati Tinjau Rumah yang Hancur Diterjang Longsor"): most
    words capitalised and no comma (a sentence full of names and titles has commas)."""
    a, b = doc.line_span(pos)
    if "," in doc.text[a:b]:
        return False
    toks = [t for t in doc.tokens_in(a, b) if t.text[:1].isalpha()]
    capital = sum(1 for t in toks if t.text[:1].isupper())
    return len(toks) >= 3 and capital >= 0.6 * len(toks)


@REGISTRY.rule("nada.kapital_tengah", category=CAT, order=31,
               title="Huruf kapital pada kata biasa di tengah kalimat (Instansi vertikal)")
def mid_sentence_capital(doc: Doc, rc: RuleContext) -> Iterator[Finding]:
    judge = words.judge(rc.cfg)
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks):
        if (tok.sentence_start or tok.protected or not tok.is_title or len(tok.text) < 3
                or tok.lower in _HONORIFICS or rc.glossary.knows_word(tok.text)):
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev is None or nxt is None or text[prev.end:tok.start] != " " \
                or text[tok.end:nxt.start] != " ":
            continue  # next to punctuation or a line break: a list, a title, a name
        if not (prev.text.isalpha() and prev.text.islower() and nxt.text.isalpha()
                and nxt.text.islower()) or prev.lower in _NAME_BEFORE:
            continue  # only a capital between two lower-case words ("badan Jalan penghubung")
        if not _common_word(tok, judge, rc) or _title_case_line(doc, tok.start):
            continue
        low = tok.text.lower()
        yield rc.emit(tok.start, tok.end, f"Huruf kapital di tengah kalimat: bila “{tok.text}” "
                      f"bukan bagian nama diri, tulis “{low}”.", (low,), severity="info")
