"""Indonesian derived forms the dictionary misses, checked against Hunspell's own flags.

The Hunspell id_ID dictionary (2017) lacks many affixed forms ("digelar", "ujarnya",
"kependudukan") and knows nothing of Warta's supplementary words' derivations
("posyandunya"). A word the dictionary rejects is still accepted when it splits into
one clitic, one suffix and one prefix (nasal restored: "menyampaikan" -> "sampai") such
that:

- the prefix and suffix form a combination Indonesian allows (a confix): meN-/di-/ter-
  take -kan or -i but never -an ("mengerjaan", "membangunan" are not words); peN-/pe-
  take -an but never -kan ("pengembangkan"); keber-/keter-/berke- need -an;
- the base is a dictionary stem (or a supplementary word); for di-/ke-/per- without a
  suffix (where the preposition is often written together: "disaat", "kedepan") the
  stem's flags in the .aff/.dic must allow a verb or ke- prefix (a stem whose flags allow
  meN- may also take di-: the dictionary lists only some passive forms).

A stem whose flags name other prefixes but not this family is not extended, so a typo
that happens to strip to a real stem is still caught.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.record import Record, set_field

ENCLITICS = ("nya", "lah", "kah", "pun", "tah", "ku", "mu")
SUFFIXES = ("kan", "an", "i")

# prefix -> (family, letters the nasal may have swallowed: "meny" + "ampaikan" = sampaikan)
PREFIXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("memper", "memper", ("",)), ("diper", "memper", ("",)), ("keber", "keber", ("",)),
    ("keter", "keber", ("",)), ("berke", "berke", ("",)), ("memer", "memper", ("",)),
    ("meng", "meN", ("", "k")), ("meny", "meN", ("s",)), ("mem", "meN", ("", "p")),
    ("men", "meN", ("", "t")), ("me", "meN", ("",)), ("peng", "peN", ("", "k")),
    ("peny", "peN", ("s",)), ("pem", "peN", ("", "p")), ("pen", "peN", ("", "t")),
    ("per", "per", ("",)), ("pe", "peN", ("",)), ("ber", "ber", ("",)), ("be", "ber", ("",)),
    ("ter", "ter", ("",)), ("di", "di", ("",)), ("ke", "ke", ("",)), ("se", "se", ("",)),
)
MIN_BASE = 3
UNFLAGGED_MIN_BASE = 5  # a stem without prefix flags takes a confix only from this length

# Which suffixes each prefix family takes ("" = none). meN-/di-/ter- never take -an,
# peN-/pe- never -kan or -i; keber-/keter-/berke- need -an.
CONFIXES: dict[str, frozenset[str]] = {
    "": frozenset({"", "kan", "i", "an"}),
    "meN": frozenset({"", "kan", "i"}),
    "di": frozenset({"", "kan", "i"}),
    "ter": frozenset({"", "kan", "i"}),
    "memper": frozenset({"", "kan", "i"}),
    "ber": frozenset({"", "an", "kan"}),
    "peN": frozenset({"", "an"}),
    "per": frozenset({"", "an", "kan", "i"}),
    "ke": frozenset({"", "an", "i"}),
    "se": frozenset({"", "an"}),
    "keber": frozenset({"an"}),
    "berke": frozenset({"an"}),
}

# Hunspell id_ID flags start with a letter naming the prefix they belong to (B ber-,
# D di-, K ke-, M meN-, O ku-/kau-, P peN-, R per-, S se-, T ter-). A family of Warta's
# prefixes is accepted on a stem carrying any flag of these letters.
FLAG_FAMILIES: dict[str, frozenset[str]] = {
    "meN": frozenset("MDTO"),
    "di": frozenset("MDTO"),
    "ter": frozenset("MDTOB"),
    "memper": frozenset("MDR"),
    "ber": frozenset("B"),
    "peN": frozenset("PM"),
    "per": frozenset("PRM"),
    "ke": frozenset("KB"),
    "se": frozenset("S"),
    "keber": frozenset("KBT"),
    "berke": frozenset("BK"),
}


# Hunspell flag letter -> Warta's prefix family (for the dictionary's own analyses).
_FLAG_PREFIX = {"M": "meN", "D": "di", "T": "ter", "B": "ber", "P": "peN", "R": "per",
                "K": "ke", "S": "se", "O": "meN"}


def suffix_kind(added: str) -> str:
    """"kan", "an" or "i" for a derivational suffix as Hunspell adds it ("ilah" -> "i");
    "" for a clitic such as "nya" or "lah"."""
    for kind in ("kan", "an", "i"):
        if added.startswith(kind):
            return kind
    return ""


def hunspell_form_ok(prefix_flag: str, suffixes_added: list[str]) -> bool:
    """Is a Hunspell analysis (prefix flag, the suffix strings it adds) a confix Indonesian
    allows? The .aff lets any meN-/di- prefix combine with any -an suffix
    ("menyampaian", "membangunan"); this keeps only the real combinations."""
    family = _FLAG_PREFIX.get(prefix_flag[:1], "") if prefix_flag else ""
    kinds = [k for k in (suffix_kind(a) for a in suffixes_added) if k]
    if not family or family not in CONFIXES:
        return True
    return all(k in CONFIXES[family] for k in kinds) if kinds else "" in CONFIXES[family]


# Where the flags decide. "di"/"ke"/"per" + a bare noun is the classic mistake for the
# preposition written together ("disaat", "kedepan", "perhari"); ber-, se-, ter-, meN-
# and ke-...-an attach to many loanwords and adjectives the 2017 dictionary never flagged
# ("berkontribusi", "seiring", "kepunahan"), so there the confix alone decides.
FLAG_CHECKED = frozenset({("di", ""), ("ke", ""), ("per", "")})


class Analysis(Record):
    """One way to read a word: `prefix` family ("" none), `base`, `suffix` ("" none)."""

    _fields = ("base", "prefix", "suffix")
    __slots__ = _fields
    base: str
    prefix: str
    suffix: str

    def __init__(self, base: str, prefix: str, suffix: str) -> None:
        set_field(self, "base", base)
        set_field(self, "prefix", prefix)
        set_field(self, "suffix", suffix)

    @property
    def confix_ok(self) -> bool:
        return self.suffix in CONFIXES.get(self.prefix, frozenset())

    def flags_ok(self, flags: frozenset[str] | None) -> bool:
        """Does a stem with these Hunspell flag letters take this prefix?

        No flags (a supplementary word, or a stem whose prefixes the 2017 dictionary never
        described, mostly loanwords such as "kontribusi"): any prefix, and a confix (prefix
        and suffix) if the stem has UNFLAGGED_MIN_BASE letters ("per-usah-an" is no word).
        A stem whose
        flags name some prefixes but not this family does not take it ("saat" -> "disaat").
        """
        if not self.prefix:
            return True
        if not flags:  # loanwords ("kontribusi", "bertipe") yes; "per-usah-an" no
            return not self.suffix or len(self.base) >= UNFLAGGED_MIN_BASE
        if (self.prefix, self.suffix) not in FLAG_CHECKED:
            return True
        return bool(flags & FLAG_FAMILIES.get(self.prefix, frozenset()))


def _strip_enclitic(word: str) -> Iterator[str]:
    yield word
    for e in ENCLITICS:
        if word.endswith(e) and len(word) - len(e) >= MIN_BASE:
            yield word[: -len(e)]


def _strip_suffix(word: str) -> Iterator[tuple[str, str]]:
    yield word, ""
    for s in SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= MIN_BASE:
            yield word[: -len(s)], s


def _strip_prefix(word: str) -> Iterator[tuple[str, str]]:
    yield word, ""
    for p, family, restore in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= MIN_BASE - 1:
            rest = word[len(p):]
            for r in restore:
                base = r + rest
                if len(base) >= MIN_BASE:
                    yield base, family


def analyses(word: str) -> Iterator[Analysis]:
    """Every split of a lower-case word, the word itself first; only allowed confixes."""
    for a in _strip_enclitic(word):
        for b, suffix in _strip_suffix(a):
            for base, prefix in _strip_prefix(b):
                found = Analysis(base, prefix, suffix)
                if found.confix_ok:
                    yield found


def bases(word: str) -> Iterator[str]:
    """Candidate base words of a lower-case word (allowed confixes only), the word first."""
    for a in analyses(word):
        yield a.base
