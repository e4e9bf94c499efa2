"""One analysed text: word tokens, sentences, lines and the spans no word rule may touch.

Built once per text and shared by every rule, so a check tokenizes once. The patterns
are linear (no nested unbounded repeats), so a 100k-character paste stays fast.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from core.checks import _preload  # noqa: F401 - first: compiled patterns from the cache
from core.checks.dates import DateMention, find_dates
from core.checks.uniclass import LETTER, LOWER, MARK, UPPER
from core.record import Record, set_field

# A word: letters (with combining marks) and digits, joined by apostrophes or hyphens
# ("Jum'at", "anak-anak", "ke-24", "COVID-19").
# `re` has no \p{..}: core/checks/uniclass.py. [^\W_] is a letter or number, \w adds "_".
_WORD_CHAR = rf"(?:[^\W_]|[{MARK}])"
WORD_RE = re.compile(rf"{_WORD_CHAR}+(?:['’\-]{_WORD_CHAR}+)*")

# Spans that are not prose: links, e-mail addresses, mentions, hashtags.
URL_RE = re.compile(r"(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'`(){}\[\]]+")


def words_in(text: str) -> list[str]:
    """The words of `text` as WORD_RE finds them. A single word of letters, what most
    list entries and glossary terms are, is itself: a check builds its lexicons from
    thousands of entries, and the pattern search for each was ~3 ms of every start."""
    if text.isalpha():
        return [text]
    return WORD_RE.findall(text)


_DOTTED_WORD_RE = re.compile(r"\S*[^\s.]\.[^\s.]\S*")
_MAX_URL_WORD = 4200  # longer "words" are not links (and would make the host search slow)
EMAIL_RE = re.compile(rf"(?i)[\w.%+-]+@(?:(?:[^\W_]|-)+\.)+{LETTER}{{2,}}")
MENTION_RE = re.compile(r"(?<![\w.@])@\w(?:[\w.]*\w)?")
HASHTAG_RE = re.compile(rf"(?<![\w&#])#[\w{MARK}]+")
_TRAILING_PUNCT = ".,;:!?)]}\"'’”"

# News conventions that are not prose either. An editor's initials closing a paragraph:
# "(ant/rd)", "(Dod)", "(rls)".
CREDIT_RE = re.compile(
    rf"(?m)\((?:{LETTER}{{1,8}}(?:\s*/\s*{LETTER}{{1,8}})+|[{UPPER}][{LOWER}]{{1,5}}"
    rf"|[{LOWER}]{{2,5}})\)(?=[ \t.]*$)")
# A dateline opening a line: "JAKARTA (ANTARA) –", "Bandung (ANTARA) -",
# "CIMAHI, Potensinetwork.com –".
DATELINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<place>[{UPPER}][{UPPER}{LOWER}.' ]{{1,40}}?)"
    rf"(?:\s*\((?P<agency>(?:[^\W_]|[ .&]){{2,30}})\)"
    rf"|,\s*(?P<outlet>{LETTER}(?:[^\W_]|[.\-]){{1,40}}))?"
    r"\s*[–—-]{1,2}(?=\s)")
# A news site named by its address without a link: "Temporatur.id", "beritalima.com".
SITE_NAME_RE = re.compile(
    r"(?<![^\W_])(?<![@./])[^\W_](?:[^\W_]|-)*(?:\.(?:[^\W_]|-)+)*"
    r"\.(?:id|com|net|org|info|news|co|tv)(?![^\W_])", re.IGNORECASE)
# A document number: "800/123/BKPSDM/2025", "100.3.3/2534/Disdik".
DOCNUM_RE = re.compile(
    r"(?<![^\W_])(?<!/)(?=[^\s/]*\d)(?:[^\W_]|[.\-])+(?:/(?:[^\W_]|[.\-])+){2,}")

# Sentence ends: . ! ? … (with closing quotes/brackets) before whitespace or the end.
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'’”)\]]*(?=\s|$)|\n")

# Words after which a period does not end a sentence (titles, degrees, street and unit names).
ABBREVIATIONS = frozenset([
    "dr", "drg", "drh", "ir", "prof", "drs", "dra", "hj", "h", "kh", "jl", "jln", "no", "kec",
    "kel", "kab", "prov", "tn", "ny", "nn", "sdr", "sdri", "bpk", "yth", "ybs", "st", "gg",
    "kp", "ds", "dsn", "sos", "kom", "pd", "si", "ak", "kes", "ked", "sh", "mh", "mm", "ab",
    "ag", "ars", "hum", "ip", "kn", "sp", "pt", "cv", "tbk", "tlp", "telp", "hp", "ext", "vol",
    "hlm", "nip", "nik", "mr", "mrs", "ms", "vs", "approx", "dll", "dsb", "dst", "dkk", "tsb",
    "sd", "purn", "plh", "plt", "pj", "pjs", "ust", "hj", "kol", "let", "mayjen", "brigjen"
])
# These end a sentence when a capital letter follows ("... pensil, dll. Kegiatan ...").
_LIST_ABBREVIATIONS = frozenset({"dll", "dsb", "dst", "dkk", "tsb", "etc"})

ROMAN_RE = re.compile(
    r"^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$"
)


class Token(Record):
    """A word in the text; `protected` when it sits inside a link, e-mail, mention, hashtag
    or news convention (dateline, editor's initials, document number).

    `lower` (lower case, typographic apostrophe folded), `is_upper` and `has_digit` are
    computed once here because every rule asks for them.
    """

    start: int
    end: int
    text: str
    index: int
    protected: bool
    sentence_start: bool
    lower: str
    is_upper: bool  # ALL CAPS with at least two letters ("DPRD", "PENTING", "P3K")
    has_digit: bool
    _fields = ("start", "end", "text", "index", "protected", "sentence_start", "lower",
               "is_upper", "has_digit")
    __slots__ = _fields

    def __init__(self, start: int, end: int, text: str, index: int, protected: bool,
                 sentence_start: bool, lower: str, is_upper: bool, has_digit: bool) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "text", text)
        set_field(self, "index", index)
        set_field(self, "protected", protected)
        set_field(self, "sentence_start", sentence_start)
        set_field(self, "lower", lower)
        set_field(self, "is_upper", is_upper)
        set_field(self, "has_digit", has_digit)

    @classmethod
    def make(cls, start: int, end: int, text: str, index: int, protected: bool,
             sentence_start: bool) -> Token:
        upper = text.isupper() and sum(c.isalpha() for c in text) >= 2
        digit = not text.isalpha() and any(c.isdigit() for c in text)
        return cls(start, end, text, index, protected, sentence_start,
                   text.lower().replace("’", "'"), upper, digit)

    @property
    def is_title(self) -> bool:
        """Capital first letter, the rest lower case ("Cimahi", "Anak-anak")."""
        t = self.text
        return t[:1].isupper() and not any(c.isupper() for c in t[1:])

    @property
    def is_mixed(self) -> bool:
        """Capitals after the first letter but not all caps ("WhatsApp", "e-KTP", "YouTube")."""
        return not self.is_upper and any(c.isupper() for c in self.text[1:])

    @property
    def is_roman(self) -> bool:
        return bool(ROMAN_RE.match(self.text))


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        # keep a closing bracket that belongs to the link, e.g. wikipedia.org/wiki/X_(Y)
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def merge_spans(spans: list[tuple[int, int]],
                emails: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` in order, overlapping ones joined, leaving out those starting in an e-mail."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if any(a <= s < b for a, b in emails):
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


class Doc:
    """Lazily analysed text; every property is computed at most once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    # -- spans that are not prose ---------------------------------------------------------

    @cached_property
    def urls(self) -> list[tuple[int, int]]:
        """Links: anything with a scheme or www., plus bare hosts X links (cimahikota.go.id).

        A dotted word lying wholly inside a scheme or www. link is not searched for X's
        links: whatever it found would lie inside that link and merge into it, so the
        result is the same, and a caption whose only link has a scheme never compiles X's
        link regex (every top-level domain, ~30 ms)."""
        spans = []
        emails = self.emails
        for m in URL_RE.finditer(self.text):
            start, end = m.start(), _strip_trailing(self.text, m.start(), m.end())
            if end > start:
                spans.append((start, end))
        kept = [(s, e) for s, e in spans if not any(a <= s < b for a, b in emails)]
        kept_starts = [s for s, _e in kept]  # in order and apart, as finditer gives them
        for w in _DOTTED_WORD_RE.finditer(self.text):
            if len(w.group()) > _MAX_URL_WORD:
                continue
            i = bisect.bisect_right(kept_starts, w.start()) - 1
            if i >= 0 and w.end() <= kept[i][1]:
                continue
            from core.captions.urls import find_urls  # twitter-text rules for bare hosts

            spans.extend((w.start() + u.start, w.start() + u.end) for u in find_urls(w.group()))
        return merge_spans(spans, emails)

    def dates(self, default_year: int | None = None) -> list[DateMention]:
        """core.checks.dates.find_dates(text, default_year), parsed once per year asked
        (the day/date rules all read the same dates)."""
        cache: dict[int | None, list[DateMention]] = self.__dict__.setdefault("_dates", {})
        if default_year not in cache:
            cache[default_year] = find_dates(self.text, default_year)
        return cache[default_year]

    @cached_property
    def emails(self) -> list[tuple[int, int]]:
        return [(m.start(), _strip_trailing(self.text, m.start(), m.end()))
                for m in EMAIL_RE.finditer(self.text)]

    @cached_property
    def mentions(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in MENTION_RE.finditer(self.text)]

    @cached_property
    def hashtags(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in HASHTAG_RE.finditer(self.text)]

    @cached_property
    def conventions(self) -> list[tuple[int, int]]:
        """News conventions that are not prose: editors' initials, datelines, document
        numbers that contain letters, and site names ("Temporatur.id"): no spelling, acronym
        or capital-letter finding there."""
        text = self.text
        spans = [(m.start(), m.end()) for m in CREDIT_RE.finditer(text)]
        for m in DATELINE_RE.finditer(text):
            place = m.group("place").strip()
            if m.group("agency") or m.group("outlet") or (place.isupper() and len(place) > 2):
                spans.append((m.start("place"), m.end()))
        spans.extend((m.start(), m.end()) for m in DOCNUM_RE.finditer(text)
                     if any(c.isalpha() for c in m.group()))
        spans.extend((m.start(), m.end()) for m in SITE_NAME_RE.finditer(text))
        return spans

    @cached_property
    def protected(self) -> list[tuple[int, int]]:
        """Merged, sorted spans of links, e-mails, mentions, hashtags and news conventions."""
        spans = sorted(self.urls + self.emails + self.mentions + self.hashtags
                       + self.conventions)
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        return merged

    @cached_property
    def _protected_starts(self) -> list[int]:
        return [s for s, _ in self.protected]

    def is_protected(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) overlaps a link, e-mail, mention or hashtag."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._protected_starts, end - 1) - 1
        # spans are merged and sorted: only the last one starting before `end` can overlap
        return i >= 0 and self.protected[i][1] > start

    # -- sentences ------------------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, trimmed; a line break always ends a sentence."""
        text = self.text
        cuts = [0]
        for m in _BOUNDARY_RE.finditer(text):
            if m.group() != "\n" and self._is_abbreviation_period(m.start(), m.end()):
                continue
            if self.is_protected(m.start(), m.start() + 1):
                continue
            cuts.append(m.end())
        cuts.append(len(text))
        out = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
        return out

    def _is_abbreviation_period(self, start: int, end: int) -> bool:
        text = self.text
        if text[start:end] != ".":
            return False
        j = start
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
            j -= 1
        word = text[j:start].lower().strip(".")
        if not word:
            return False
        last = word.rsplit(".", 1)[-1]
        if last in _LIST_ABBREVIATIONS:
            nxt = text[end:end + 3].lstrip()
            return not (nxt[:1].isupper())
        if last in ABBREVIATIONS or "." in word:
            return True
        # a single capital letter is an initial ("Ahmad S. Putra")
        return len(last) == 1 and text[start - 1].isupper()

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing `pos` (or the nearest one before it)."""
        if not self.sentences:
            return (0, len(self.text))
        i = max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)
        return self.sentences[i]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    # -- words ----------------------------------------------------------------------------

    @cached_property
    def tokens(self) -> list[Token]:
        text = self.text
        out: list[Token] = []
        starts = self._sentence_starts
        next_sentence = 0
        prot = self.protected
        p = 0
        for i, m in enumerate(WORD_RE.finditer(text)):
            s, e = m.start(), m.end()
            while p < len(prot) and prot[p][1] <= s:
                p += 1
            protected = p < len(prot) and prot[p][0] < e
            first = False
            while next_sentence < len(starts) and starts[next_sentence] <= s:
                first = True
                next_sentence += 1
            if first:
                # only when nothing word-like sits between the sentence start and this token
                first = not any(c.isalnum() for c in text[starts[next_sentence - 1]:s])
            out.append(Token.make(s, e, m.group(), i, protected, first))
        return out

    def token_at(self, pos: int) -> Token | None:
        i = bisect.bisect_right(self._token_starts, pos) - 1
        if i >= 0 and self.tokens[i].start <= pos < self.tokens[i].end:
            return self.tokens[i]
        return None

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self._token_starts, start)
        j = bisect.bisect_left(self._token_starts, end)
        return self.tokens[i:j]

    # -- lines ----------------------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        out = [0]
        out.extend(i + 1 for i, ch in enumerate(self.text) if ch == "\n")
        return out

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a str index."""
        line = bisect.bisect_right(self.line_starts, pos) - 1
        return line + 1, pos - self.line_starts[line] + 1

    def line_span(self, pos: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, pos) - 1
        start = self.line_starts[line]
        end = self.text.find("\n", start)
        return start, (len(self.text) if end < 0 else end)


def line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based (line, column) of `pos` in `text`, for the CLI and logs."""
    return Doc(text).line_col(pos)


def match_case(template: str, replacement: str) -> str:
    """Give `replacement` the capitalisation pattern of `template` (ALL CAPS / Capital / as is)."""
    letters = [c for c in template if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return replacement.upper()
    if template[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"


def inside_quotes(doc: Doc, pos: int) -> bool:
    """Is `pos` inside a quotation on its line (someone's own words)?"""
    a, _ = doc.line_span(pos)
    seg = doc.text[a:pos]
    if seg.count('"') % 2 == 1:
        return True
    opened = max(seg.rfind(c) for c in _QUOTE_OPEN)
    closed = max(seg.rfind(c) for c in _QUOTE_CLOSE)
    return opened > closed
