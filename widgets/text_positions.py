"""Python str indices <-> QTextDocument positions, and grapheme boundaries (no Qt here).

Qt counts positions in UTF-16 code units: every character above U+FFFF (most emoji,
their skin-tone modifiers, regional-indicator flags, tag letters) takes two positions,
while a Python str index counts it once. The checks engine and core/captions report
str indices; the editor needs Qt positions. A QPlainTextEdit's raw text has one
position per UTF-16 unit (a paragraph break is one position, like the "\\n" it becomes),
so converting is a matter of counting astral characters before an index.

`PositionMap(text)` precomputes the astral characters once, so converting many marks is
O(log n) each. `grapheme_bounds(text)` lists the str indices a cursor may stand on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from core.captions.counting import grapheme_start

_GRAPHEME_RE = regex.compile(r"\X")
_ASTRAL_RE = regex.compile(r"[\U00010000-\U0010FFFF]")
# An emoji cluster: pictographs, flags, keycaps, tag sequences (what Backspace removes whole).
_EMOJI_CLUSTER_RE = regex.compile(
    r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3|[\U000E0020-\U000E007F]"
)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units (what Qt and JavaScript call the length)."""
    return len(text) + len(_ASTRAL_RE.findall(text))


class PositionMap:
    """Converts between str indices and Qt positions for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral = [m.start() for m in _ASTRAL_RE.finditer(text)]  # str indices
        # Qt position where each astral character starts: its str index + astral chars before.
        self._astral_qt = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """Qt position of str index `index` (clamped to the text)."""
        index = max(0, min(index, len(self.text)))
        return index + bisect_left(self._astral, index)

    def to_py(self, pos: int) -> int:
        """str index of Qt position `pos`; a position between two surrogates snaps back."""
        pos = max(0, min(pos, len(self.text) + len(self._astral)))
        # astral characters that end at or before `pos` (start + 2 <= pos)
        done = bisect_right(self._astral_qt, pos - 2)
        index = pos - done
        if done < len(self._astral_qt) and self._astral_qt[done] == pos - 1:
            index -= 1  # inside a surrogate pair: the start of that character
        return index


def to_qt(text: str, index: int) -> int:
    """One-off conversion of a str index to a Qt position."""
    return PositionMap(text).to_qt(index)


def to_py(text: str, pos: int) -> int:
    """One-off conversion of a Qt position to a str index."""
    return PositionMap(text).to_py(pos)


def grapheme_bounds(text: str) -> list[int]:
    """Every str index where a cursor may stand: 0, each cluster end (so also len(text))."""
    bounds = [0]
    bounds.extend(m.end() for m in _GRAPHEME_RE.finditer(text))
    return bounds


def snap(text: str, index: int, forward: bool = False) -> int:
    """The nearest grapheme boundary at or before `index` (or at or after, if `forward`).

    Only the cluster around `index` is examined (core's grapheme_start scans from the
    nearest safe space), so this stays cheap in a 2,200-character paragraph."""
    index = max(0, min(index, len(text)))
    start = grapheme_start(text, index)
    if start == index or not forward:
        return start
    match = _GRAPHEME_RE.match(text, start)
    return match.end() if match else len(text)


def previous_cluster(text: str, index: int) -> tuple[int, int] | None:
    """(start, end) of the grapheme cluster just before `index` (a boundary)."""
    if index <= 0:
        return None
    return grapheme_start(text, index - 1), index


def next_cluster(text: str, index: int) -> tuple[int, int] | None:
    """(start, end) of the grapheme cluster starting at (or holding) `index`."""
    if index >= len(text):
        return None
    start = grapheme_start(text, index)
    match = _GRAPHEME_RE.match(text, start)
    return start, match.end() if match else len(text)


def is_emoji_cluster(cluster: str) -> bool:
    """True for a cluster that is (or contains) an emoji, flag, keycap or tag sequence."""
    return bool(_EMOJI_CLUSTER_RE.search(cluster))
