"""Doc.urls skips X's link search for words inside a scheme/www link: same spans as
searching every dotted word, and no X link regex for a caption whose links have a scheme."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.captions.urls import find_urls
from core.checks.text import (
    _DOTTED_WORD_RE,
    _MAX_URL_WORD,
    URL_RE,
    Doc,
    _strip_trailing,
    merge_spans,
)

ROOT = Path(__file__).resolve().parents[2]


def every_word_searched(text: str) -> list[tuple[int, int]]:
    """Doc.urls as it was: every dotted word through find_urls."""
    doc = Doc(text)
    spans = []
    for m in URL_RE.finditer(text):
        start, end = m.start(), _strip_trailing(text, m.start(), m.end())
        if end > start:
            spans.append((start, end))
    for w in _DOTTED_WORD_RE.finditer(text):
        if len(w.group()) <= _MAX_URL_WORD:
            spans.extend((w.start() + u.start, w.start() + u.end) for u in find_urls(w.group()))
    return merge_spans(spans, doc.emails)


PIECES = ["https://", "http://", "www.", "ftp://", "cimahikota.go.id", "lapor.go.id", "a.b",
          "x.com", "/path", "?q=1", "(", ")", "\"", "'", ".", ",", " ", "\n", "@", "humas",
          "humas@cimahikota.go.id", "kota", "t.co/abc", "bit.ly", "…", "»", "-", "_", "#",
          "10.00", "Rp1.000", "例え.jp", "ſ9.com", "wikipedia.org/wiki/X_(Y)"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_the_same_links_as_searching_every_word(text):
    assert Doc(text).urls == every_word_searched(text)


def test_known_captions():
    for text in ("Daftar di https://satudata.cimahikota.go.id/dataset?id=3. #CimahiKota",
                 "Lapor lewat lapor.go.id atau https://www.lapor.go.id/, email humas@x.go.id",
                 "Lihat (https://cimahikota.go.id/berita/a.b) dan www.cimahikota.go.id."):
        assert Doc(text).urls == every_word_searched(text)


def test_a_caption_whose_link_has_a_scheme_loads_no_x_link_search():
    code = ("import sys; from core.checks.text import Doc; "
            "Doc('Buka https://satudata.cimahikota.go.id/data.csv sekarang.').urls; "
            "print('core.captions.urls' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "False"
