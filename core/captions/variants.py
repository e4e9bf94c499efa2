"""Per-platform variants of a post: derived from the main caption until the PIC edits one.

Pure functions over core.model objects; the caller loads and saves (core/posts.py).

- `derive_variant(post, platform_id, accounts)` -> Draft: the caption, a "Bersama @..."
  line with the collaborators' handles on that platform, and the post's hashtags (those
  already in the caption are not repeated; hashtags past the platform cap are left out
  and named in `Draft.notes`, never dropped silently).
- `sync_variants(post, variants, accounts)`: one Variant per target platform; edited
  variants are kept exactly, the others follow the main caption. Nothing is deleted.
- `edit_variant(variant, text, derived)` marks a variant edited only when its text differs
  from what would be derived; `reset_variant(...)` goes back to the derived text.
- `variant_notes(post, variant, accounts)`: what the PIC should know about a version:
  what derivation left out, and the platform's caps (Instagram also counts the Collab
  partners); the editor and `caption` both show exactly this.
- `shorten_for_x(text, link)`: a suggestion that fits 280: whole sentences, then the link.
- `all_variants_text(post_title, variants)`: the "Salin semua" text with a heading each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import regex

from core.captions.counting import graphemes, x_weighted_length
from core.captions.hashtags import (
    check_caps,
    collaborator_cap_message,
    distinct_hashtags,
    mention,
    parse_hashtags,
)
from core.model import PLATFORM_IDS, Account, Post, Variant
from core.platforms import PLATFORMS, X_WEIGHTING, collaborator_cap, hashtag_cap, platform

MENTION_PREFIX = "Bersama"


@dataclass(frozen=True)
class Draft:
    """The derived text of one platform's variant, and what derivation had to leave out."""

    platform: str
    text: str
    title: str = ""  # YouTube video title
    notes: tuple[str, ...] = ()  # Indonesian, for the PIC


def collaborator_accounts(post: Post, accounts: Iterable[Account]) -> list[Account]:
    """The post's collaborators as Accounts, in the order the PIC chose them."""
    by_id = {a.id: a for a in accounts}
    return [by_id[i] for i in post.collaborators if i in by_id]


def collaborator_handles(
    post: Post, accounts: Iterable[Account], platform_id: str
) -> tuple[list[str], list[str]]:
    """(['@handle', ...] on this platform, [names of collaborators without a handle there])."""
    handles: list[str] = []
    missing: list[str] = []
    for acc in collaborator_accounts(post, accounts):
        tag = mention(acc.handles.get(platform_id, ""))
        if tag and tag.casefold() not in {h.casefold() for h in handles}:
            handles.append(tag)
        elif not tag:
            missing.append(acc.name)
    return handles, missing


def collab_invites(post: Post, accounts: Iterable[Account]) -> tuple[list[str], str | None]:
    """Instagram Collab partners to invite (handles) and a cap message when there are too many."""
    handles, _ = collaborator_handles(post, accounts, "instagram")
    cap = collaborator_cap("instagram")
    if cap is not None and len(handles) > cap:
        return handles, collaborator_cap_message("instagram", cap, len(handles))
    return handles, None


def derive_variant(
    post: Post,
    platform_id: str,
    accounts: Iterable[Account] = (),
    *,
    hashtag_caps: Mapping[str, int | None] | None = None,
) -> Draft:
    """What this platform's variant says while the PIC has not edited it."""
    p = platform(platform_id)
    caption = post.caption.strip()
    notes: list[str] = []
    handles, missing = collaborator_handles(post, accounts, platform_id)
    for name in missing:
        notes.append(f"{name} belum punya akun {p.name} di daftar akun; tidak disebut.")
    in_caption = {t.casefold() for t in distinct_hashtags(caption)}
    extra = [t for t in parse_hashtags(post.hashtags) if t.casefold() not in in_caption]
    cap = hashtag_cap(platform_id, hashtag_caps)
    if cap is not None:
        room = max(0, cap - len(in_caption))
        if len(extra) > room:
            left_out = extra[room:]
            extra = extra[:room]
            notes.append(
                f"{p.name} membatasi {cap} tagar per unggahan; {len(left_out)} tagar tidak "
                f"dipakai di varian ini: {' '.join(left_out)}."
            )
    blocks = [caption] if caption else []
    if handles:
        blocks.append(f"{MENTION_PREFIX} {' '.join(handles)}")
    if extra:
        blocks.append(" ".join(extra))
    title = post.title.strip() if p.title is not None else ""
    return Draft(platform_id, "\n\n".join(blocks), title, tuple(notes))


@dataclass(frozen=True)
class VariantNotes:
    """Notes on one version: from derivation (`derived`) and from the caps (`caps`)."""

    derived: tuple[str, ...] = ()
    caps: tuple[str, ...] = ()

    @property
    def all(self) -> tuple[str, ...]:
        return self.derived + self.caps


def collaborators_counted(post: Post, platform_id: str) -> int:
    """Collaborators that count against a cap: only Instagram has Collab partners."""
    return len(post.collaborators) if platform_id == "instagram" else 0


def variant_notes(
    post: Post,
    variant: Variant,
    accounts: Iterable[Account] = (),
    *,
    hashtag_caps: Mapping[str, int | None] | None = None,
    draft: Draft | None = None,
) -> VariantNotes:
    """What to tell the PIC about this version (an edited one has no derivation notes).

    `draft`: the already derived Draft of this platform, to skip deriving it again."""
    derived: tuple[str, ...] = ()
    if not variant.edited:
        draft = draft or derive_variant(post, variant.platform, accounts,
                                        hashtag_caps=hashtag_caps)
        derived = tuple(draft.notes)
    caps = tuple(i.message for i in check_caps(
        variant.platform, variant.text, hashtag_caps=hashtag_caps,
        collaborators=collaborators_counted(post, variant.platform)))
    return VariantNotes(derived, caps)


def new_variant(post: Post, draft: Draft) -> Variant:
    return Variant(platform=draft.platform, text=draft.text, title=draft.title, post_id=post.id)


def sync_variants(
    post: Post,
    variants: Sequence[Variant],
    accounts: Iterable[Account] = (),
    *,
    hashtag_caps: Mapping[str, int | None] | None = None,
) -> list[Variant]:
    """One variant per target platform (model order): edited ones unchanged, others re-derived.

    Variants of platforms the post no longer targets are returned unchanged at the end,
    so published links and metrics are never lost."""
    accounts = list(accounts)
    existing = {v.platform: v for v in variants}
    out: list[Variant] = []
    for pid in [p for p in PLATFORM_IDS if p in post.platforms]:
        current = existing.get(pid)
        if current is not None and current.edited:
            out.append(current)
            continue
        draft = derive_variant(post, pid, accounts, hashtag_caps=hashtag_caps)
        if current is None:
            out.append(new_variant(post, draft))
        else:
            out.append(replace(current, text=draft.text, title=draft.title or current.title))
    out.extend(v for v in variants if v.platform not in post.platforms)
    return out


def edit_variant(variant: Variant, text: str, derived: Draft, title: str | None = None) -> Variant:
    """The variant with the PIC's text (and YouTube title); `edited` only when it differs
    from what derivation gives, so typing the derived text back clears the mark."""
    new_title = variant.title if title is None else title
    edited = text != derived.text or (variant.platform == "youtube" and new_title != derived.title)
    return replace(variant, text=text, title=new_title, edited=edited)


def reset_variant(
    post: Post,
    variant: Variant,
    accounts: Iterable[Account] = (),
    *,
    hashtag_caps: Mapping[str, int | None] | None = None,
) -> Variant:
    """'Kembalikan ke keterangan utama': derived text again, no longer marked edited."""
    draft = derive_variant(post, variant.platform, accounts, hashtag_caps=hashtag_caps)
    return replace(variant, text=draft.text, title=draft.title or variant.title, edited=False)


# ----------------------------------------------------------------------------- X

# Words ending in a full stop that do not end a sentence in Indonesian official writing.
_ABBREVIATIONS = frozenset((
    "jl", "jln", "no", "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "st", "sdr", "sdri",
    "bpk", "kec", "kel", "kab", "rt", "rw", "tel", "telp", "hp", "dll", "dsb", "dkk", "tsb",
    "yth", "a.md", "s.pd", "s.sos", "s.h", "s.e", "s.t", "m.si", "m.pd", "m.m", "m.h", "m.t",
))
_SENTENCE_END = regex.compile(r"(?<=[.!?…])[\"'”’)]*(?=\s)|\n")


def _sentence_ends(text: str) -> list[int]:
    """Indices just after each sentence, skipping abbreviations such as 'Jl.' or 'Dr.'."""
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        if m.group() != "\n":
            word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
            bare = word.rstrip(".!?…").lstrip("(\"'").lower()
            if text[m.start() - 1] == "." and (bare in _ABBREVIATIONS or len(bare) == 1):
                continue
        ends.append(m.end())
    return ends


def _fits(text: str) -> bool:
    return x_weighted_length(text) <= X_WEIGHTING.max_weighted_length


def shorten_for_x(text: str, link: str = "") -> str:
    """A version of `text` that fits X: whole sentences from the start, then `link`.

    Returns `text` unchanged (with the link added if missing) when that already fits.
    Only if the first sentence alone is too long is it cut after a word and marked '…',
    so the shortening is always visible; the PIC accepts or edits the suggestion."""
    text = text.strip()
    link = link.strip()

    def with_link(body: str) -> str:
        body = body.rstrip()
        if not link or link in body:  # a link the cut removed from the body is added back
            return body
        return f"{body}\n\n{link}" if body else link

    if _fits(with_link(text)):
        return with_link(text)
    best = ""
    for end in _sentence_ends(text):
        candidate = text[:end].rstrip()
        if _fits(with_link(candidate)):
            best = candidate
        else:
            break
    if best:
        return with_link(best)
    head = _longest_fitting_prefix(text.split(" "), " ", with_link)
    if not head:  # one enormous word: cut between characters, never inside an emoji
        head = _longest_fitting_prefix(graphemes(text), "", with_link)
    return with_link(head + "…") if head else with_link("")


def _longest_fitting_prefix(pieces: list[str], sep: str, with_link) -> str:
    """The longest join of leading `pieces` that still fits X once '…' and the link follow."""
    lo, hi = 0, len(pieces)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _fits(with_link(sep.join(pieces[:mid]).rstrip(" ,;:") + "…")):
            lo = mid
        else:
            hi = mid - 1
    return sep.join(pieces[:lo]).rstrip(" ,;:")


# ----------------------------------------------------------------------------- copy all


def all_variants_text(post_title: str, variants: Sequence[Variant]) -> str:
    """Every variant under a heading, for 'Salin semua'; YouTube shows title and description."""
    order = {p: i for i, p in enumerate(PLATFORM_IDS)}
    parts = [f"Konten: {post_title.strip() or '(tanpa judul)'}"]
    for v in sorted(variants, key=lambda v: order.get(v.platform, len(order))):
        name = PLATFORMS[v.platform].name if v.platform in PLATFORMS else v.platform
        heading = f"=== {name} ==="
        body = v.text if v.text.strip() else "(kosong)"
        if v.platform == "youtube":
            body = f"Judul: {v.title.strip() or '(kosong)'}\n\nDeskripsi:\n{body}"
        parts.append(f"{heading}\n{body}")
    return "\n\n".join(parts) + "\n"
