"""The checker's `re` classes (core/checks/uniclass.py) and the emoji pattern
(core/captions/emoji.py) stand for the Unicode properties the `regex` patterns used."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
import regex

from core.captions import emoji
from core.checks import uniclass

# Characters a later Unicode moved to another category: "ʕ" (U+0295) is Ll in Python
# 3.11's unicodedata (Unicode 14), Lo in the `regex` module's newer Unicode
RECATEGORIZED = {"\u0295"}
ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def _of(*categories: str) -> set[str]:
    return {c for c in ALL if unicodedata.category(c) in categories}


@pytest.mark.parametrize("name", sorted(uniclass.CATEGORIES))
def test_tables_follow_this_pythons_unicodedata(name):
    """Fails after a Python upgrade with a newer Unicode: `python -m core.checks.uniclass`
    prints the tables anew."""
    assert getattr(uniclass, name) == uniclass.table(uniclass.CATEGORIES[name])


@pytest.mark.parametrize(("pattern", "categories"), [
    (uniclass.LETTER, ("Lu", "Ll", "Lt", "Lm", "Lo")),
    (uniclass.ALNUM, ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No")),
    (f"[{uniclass.NUMBER}]", ("Nd", "Nl", "No")),
    (f"[{uniclass.UPPER}]", ("Lu",)),
    (f"[{uniclass.LOWER}]", ("Ll",)),
    (f"[{uniclass.MARK}]", ("Mn", "Mc", "Me")),
])
def test_each_class_is_exactly_its_categories(pattern, categories):
    assert set(re.findall(pattern, ALL)) == _of(*categories)


def test_classes_agree_with_regex_on_the_characters_this_python_knows():
    """The `regex` module may know a newer Unicode; on every character assigned in this
    Python's, \\p{L}, \\p{N}, \\p{Lu}, \\p{Ll}, \\p{M}, \\p{So} mean the same."""
    known = "".join(c for c in ALL if unicodedata.category(c) != "Cn"
                    and c not in RECATEGORIZED)
    for ours, prop in [(uniclass.LETTER, "L"), (f"[{uniclass.NUMBER}]", "N"),
                       (f"[{uniclass.UPPER}]", "Lu"), (f"[{uniclass.LOWER}]", "Ll"),
                       (f"[{uniclass.MARK}]", "M"), (f"[{uniclass.SYMBOL_OTHER}]", "So")]:
        assert re.findall(ours, known) == regex.findall(rf"\p{{{prop}}}", known), prop


def test_the_pictograph_table_is_regexs_extended_pictographic():
    """Fails after a `regex` upgrade with a newer Unicode: `python -m core.captions.emoji`
    prints the table anew."""
    assert emoji.pictographic_table() == emoji.PICTOGRAPHIC


@pytest.mark.parametrize("text", [
    "Selamat 🙏🏽 pagi 👨‍👩‍👧 dari 🇮🇩 #️⃣ 1️⃣ © ©️ ®️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤ ❤️ ✅ ☺",
    "Tanpa emoji sama sekali, hanya teks (©) dan angka 123.",
])
def test_the_emoji_pattern_finds_what_the_regex_pattern_found(text):
    old = regex.compile(
        r"(?V1)[#*0-9]\uFE0F?\u20E3|\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F"
        r"|\p{Regional_Indicator}{2}"
        r"|(?:[\p{Extended_Pictographic}--[\u00A9\u00AE]](?:\uFE0F|\p{Emoji_Modifier})?"
        r"|[\u00A9\u00AE]\uFE0F)(?:\u200D(?:[\p{Extended_Pictographic}--[\u00A9\u00AE]]"
        r"(?:\uFE0F|\p{Emoji_Modifier})?|[\u00A9\u00AE]\uFE0F))*")
    assert ([m.span() for m in emoji.EMOJI_RE.finditer(text)]
            == [m.span() for m in old.finditer(text)])
