"""What Warta calls one emoji (a keycap, a flag, a pictograph with its modifiers and ZWJ
joins). Apart from counting so the checker's emoji rule uses the same definition without
importing the counters, platform tables and X's link rules.

A standard `re` pattern (the checker no longer imports the third-party `regex` module,
~13 ms of its start): Unicode's Extended_Pictographic property, which `re` and
unicodedata do not know, is written out below as `regex` gives it, less © and ®,
which count only with the emoji presentation selector (U+FE0F).
`python -m core.captions.emoji` prints the table anew from `regex`;
tests/core/test_uniclass.py fails when it no longer matches.
"""

from __future__ import annotations

import re

# Extended_Pictographic without U+00A9 and U+00AE (regex: [\p{Extended_Pictographic}--[©®]])
PICTOGRAPHIC = (
    r"\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23e9-\u23f3"
    r"\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u2604\u260e\u2611\u2614"
    r"\u2615\u2618\u261d\u2620\u2622\u2623\u2626\u262a\u262e\u262f\u2638-\u263a\u2640\u2642"
    r"\u2648-\u2653\u265f\u2660\u2663\u2665\u2666\u2668\u267b\u267e\u267f\u2692-\u2697\u2699"
    r"\u269b\u269c\u26a0\u26a1\u26a7\u26aa\u26ab\u26b0\u26b1\u26bd\u26be\u26c4\u26c5\u26c8"
    r"\u26ce\u26cf\u26d1\u26d3\u26d4\u26e9\u26ea\u26f0-\u26f5\u26f7-\u26fa\u26fd\u2702\u2705"
    r"\u2708-\u270d\u270f\u2712\u2714\u2716\u271d\u2721\u2728\u2733\u2734\u2744\u2747\u274c"
    r"\u274e\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27a1\u27b0\u27bf\u2934\u2935\u2b05-"
    r"\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299\U0001f004\U0001f02c-\U0001f02f"
    r"\U0001f094-\U0001f09f\U0001f0af\U0001f0b0\U0001f0c0\U0001f0cf\U0001f0d0\U0001f0f6-"
    r"\U0001f0ff\U0001f170\U0001f171\U0001f17e\U0001f17f\U0001f18e\U0001f191-\U0001f19a"
    r"\U0001f1af-\U0001f1e5\U0001f201-\U0001f20f\U0001f21a\U0001f22f\U0001f232-\U0001f23a"
    r"\U0001f23c-\U0001f23f\U0001f249-\U0001f25f\U0001f266-\U0001f321\U0001f324-\U0001f393"
    r"\U0001f396\U0001f397\U0001f399-\U0001f39b\U0001f39e-\U0001f3f0\U0001f3f3-\U0001f3f5"
    r"\U0001f3f7-\U0001f3fa\U0001f400-\U0001f4fd\U0001f4ff-\U0001f53d\U0001f549-\U0001f54e"
    r"\U0001f550-\U0001f567\U0001f56f\U0001f570\U0001f573-\U0001f57a\U0001f587\U0001f58a-"
    r"\U0001f58d\U0001f590\U0001f595\U0001f596\U0001f5a4\U0001f5a5\U0001f5a8\U0001f5b1"
    r"\U0001f5b2\U0001f5bc\U0001f5c2-\U0001f5c4\U0001f5d1-\U0001f5d3\U0001f5dc-\U0001f5de"
    r"\U0001f5e1\U0001f5e3\U0001f5e8\U0001f5ef\U0001f5f3\U0001f5fa-\U0001f64f\U0001f680-"
    r"\U0001f6c5\U0001f6cb-\U0001f6d2\U0001f6d5-\U0001f6e5\U0001f6e9\U0001f6eb-\U0001f6f0"
    r"\U0001f6f3-\U0001f6ff\U0001f7dc-\U0001f7f0\U0001f80c-\U0001f80f\U0001f848-\U0001f84f"
    r"\U0001f85a-\U0001f85f\U0001f888-\U0001f88f\U0001f8ae\U0001f8af\U0001f8bc-\U0001f8bf"
    r"\U0001f8c2-\U0001f8cf\U0001f8d9-\U0001f8ff\U0001f90c-\U0001f93a\U0001f93c-\U0001f945"
    r"\U0001f947-\U0001f9ff\U0001fa58-\U0001fa5f\U0001fa6e-\U0001faff\U0001fc00-\U0001fffd"
)
_MODIFIER = r"\U0001f3fb-\U0001f3ff"  # Emoji_Modifier: the five skin tones
_REGIONAL = r"\U0001f1e6-\U0001f1ff"  # Regional_Indicator: two make a flag

_ELEM = rf"(?:[{PICTOGRAPHIC}](?:\uFE0F|[{_MODIFIER}])?|[\u00A9\u00AE]\uFE0F)"
EMOJI_RE = re.compile(
    r"[#*0-9]\uFE0F?\u20E3"
    r"|\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F"
    rf"|[{_REGIONAL}]{{2}}"
    rf"|{_ELEM}(?:\u200D{_ELEM})*"
)


def pictographic_table() -> str:
    """PICTOGRAPHIC as the installed `regex` module gives it (for `python -m` and the test)."""
    import sys

    import regex

    from core.checks.uniclass import spans_text

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    found = regex.findall(r"(?V1)[\p{Extended_Pictographic}--[\u00A9\u00AE]]", chars)
    return spans_text(ord(c) for c in found)


if __name__ == "__main__":
    print(f"PICTOGRAPHIC = {pictographic_table()!r}")
