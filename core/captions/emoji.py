"""What Warta calls one emoji (a keycap, a flag, a pictograph with its modifiers and ZWJ
joins). Apart from counting so the checker's emoji rule uses the same definition without
importing the counters, platform tables and X's link rules."""

from __future__ import annotations

import regex

_ELEM = (
    r"(?:[\p{Extended_Pictographic}--[\u00A9\u00AE]](?:\uFE0F|\p{Emoji_Modifier})?"
    r"|[\u00A9\u00AE]\uFE0F)"
)
EMOJI_RE = regex.compile(
    r"(?V1)[#*0-9]\uFE0F?\u20E3"
    r"|\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F"
    r"|\p{Regional_Indicator}{2}"
    rf"|{_ELEM}(?:\u200D{_ELEM})*"
)
