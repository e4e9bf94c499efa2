"""Konten use cases: what the Konten page and the CLI (`add`, `caption`) do to a post.

One function per user action; the GUI and the CLI both call these, so a post made on
the command line has the same platform versions as one made in the editor.

- `create_post`    : a new post with a version per target platform ("Konten baru", `add`).
- `save_post`      : the post and its versions in one transaction (the editor's autosave).
- `change_status`  : with its gates. Open errors need a reason (from "Siap Ditinjau" on);
                     unticked checklist items need "Tetap lanjutkan" with a reason (from
                     "Disetujui" on). Without the answer it returns the `Gate` to ask about.
- `mark_published` : record a version's link and time (`published_mark` validates; the
                     editor validates with it and saves with the post).
- `duplicate_post`, `delete_post`, `restore_post`.
- `caption_views`  : each target version's text, notes and cap messages (`caption`).

Writes go through core/posts.py (posts, variants) and core/check_records.py (overrides).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from core import accounts as accounts_store
from core import check_records, checks, posts, settings
from core.captions.published import normalise_published_url, validate_published_url
from core.captions.variants import VariantNotes, sync_variants, variant_notes
from core.checks import ChecklistItem, CheckSettings, Finding, applicable_items
from core.model import PLATFORM_IDS, Account, Photo, Post, Status, Variant
from core.profile import load_profile
from core.settings import SettingsContext
from core.store import Store

# Moving to one of these (forward) with unticked checklist items asks "Tetap lanjutkan?".
CHECKLIST_GATED: frozenset[Status] = frozenset({Status.DISETUJUI, Status.TERBIT})


def default_platforms() -> list[str]:
    """The platforms a new post targets until the PIC changes them (editor and `add`)."""
    return list(Post().platforms)


def parse_platforms(values: Iterable[str]) -> list[str]:
    """Platform ids in model order; raises ValueError (Indonesian) for an unknown one."""
    chosen: list[str] = []
    for raw in values:
        pid = raw.strip().casefold()
        if pid not in PLATFORM_IDS:
            raise ValueError(f"platform '{raw}' tidak dikenal; pilih dari: "
                             f"{', '.join(PLATFORM_IDS)}")
        chosen.append(pid)
    return [p for p in PLATFORM_IDS if p in chosen]


# ---- gates ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Gate:
    """What must be confirmed before a post moves on: open errors, unticked items."""

    errors: tuple[Finding, ...] = ()
    unticked: tuple[ChecklistItem, ...] = ()

    @property
    def open(self) -> bool:
        return bool(self.errors or self.unticked)


@dataclass(frozen=True)
class Answer:
    """The caller's answer to a Gate: a reason for the errors, and for the checklist."""

    error_reason: str = ""
    checklist_reason: str = ""
    decided_by: str = ""  # empty: the profile's PIC

    @classmethod
    def both(cls, reason: str, decided_by: str = "") -> Answer:
        """One reason for both questions (the CLI's --alasan)."""
        return cls(reason, reason, decided_by)


@dataclass(frozen=True)
class StatusResult:
    """`changed` False with `gate.open`: ask, then call again with an Answer."""

    post: Post | None
    changed: bool
    gate: Gate = field(default_factory=Gate)


def _rank(status: Status | str | None) -> int:
    order = check_records.STATUS_ORDER
    try:
        return order.index(Status(status)) if status is not None else -1
    except ValueError:
        return -1


def needs_checklist(old: Status | str | None, new: Status | str) -> bool:
    """Is `new` a step forward into Disetujui or Terbit (unticked items need a 'go on')?"""
    try:
        status = Status(new)
    except ValueError:
        return False
    return status in CHECKLIST_GATED and _rank(status) > _rank(old)


def _context(store: Store, ctx: SettingsContext | None) -> SettingsContext:
    return ctx if ctx is not None else settings.load_context(store)


def _open_errors(findings: Iterable[Finding], explained: set[str]) -> tuple[Finding, ...]:
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for f in findings:
        if f.severity == "error" and (f.key, f.message) not in seen:
            seen.add((f.key, f.message))
            out.append(f)
    if out and {f.key for f in out} <= explained:
        return ()  # these errors were already explained for this post
    return tuple(out)


def status_gate(store: Store, post: Post, variants: Sequence[Variant], photos: Sequence[Photo],
                old: Status | str | None, new: Status | str, *,
                findings: Iterable[Finding] | None = None,
                ctx: SettingsContext | None = None) -> Gate:
    """What moving `post` from `old` to `new` needs confirmed (nothing is written).

    `findings`: the caller's current findings (the editor checks unsaved text); None runs
    the checks here on `post` as given."""
    errors_needed = check_records.needs_reason(old, new)
    checklist_needed = needs_checklist(old, new)
    if not errors_needed and not checklist_needed:
        return Gate()
    explained = check_records.overridden_keys(store, post.id)
    errors: tuple[Finding, ...] = ()
    if errors_needed:
        if findings is None:
            ctx = _context(store, ctx)
            findings = checks.check_post(  # the engine loads here, not with the page
                post, variants, photos, profile=ctx.tone_profile,
                ignored=check_records.ignored_keys(store, post.id),
                settings=CheckSettings(hashtag_caps=dict(ctx.hashtag_caps)))
        errors = _open_errors(findings, explained)
    unticked: tuple[ChecklistItem, ...] = ()
    if checklist_needed:
        ticked = check_records.list_ticks(store, post.id) if post.id is not None else {}
        unticked = tuple(i for i in applicable_items(post, photos, variants)
                         if i.id not in ticked
                         and check_records.checklist_key(i.id) not in explained)
    return Gate(errors, unticked)


def _check_answer(gate: Gate, answer: Answer | None) -> bool:
    """True when the answer has a reason for each open part of the gate (an empty
    reason counts as no answer: the caller asks again)."""
    if not gate.open:
        return True
    if answer is None:
        return False
    if gate.errors and not answer.error_reason.strip():
        return False
    return not (gate.unticked and not answer.checklist_reason.strip())


def _record_answer(store: Store, post_id: int, gate: Gate, answer: Answer) -> None:
    by = answer.decided_by.strip() or check_records.person_name(store)
    if gate.errors:
        check_records.record_override(store, post_id, answer.error_reason, gate.errors, by)
    if gate.unticked:
        check_records.record_checklist_override(store, post_id, answer.checklist_reason,
                                                gate.unticked, by)


def _validate_answer(gate: Gate, answer: Answer | None) -> None:
    """Refuse a reason that is given but unusable before anything is written."""
    if answer is None:
        return
    for needed, reason in ((gate.errors, answer.error_reason),
                           (gate.unticked, answer.checklist_reason)):
        if needed and len(reason.strip()) > check_records.MAX_REASON:
            raise ValueError(f"Alasan terlalu panjang ({len(reason.strip())} karakter, "
                             f"maks. {check_records.MAX_REASON}).")


def change_status(store: Store, post_id: int, new: Status | str, *,
                  old: Status | str | None = None, answer: Answer | None = None,
                  findings: Iterable[Finding] | None = None,
                  post: Post | None = None, variants: Sequence[Variant] | None = None,
                  ctx: SettingsContext | None = None) -> StatusResult:
    """Move a post to `new`, through its gates.

    `old` defaults to the stored status; `post`/`variants` to the stored ones (the editor
    passes what it shows). Returns changed=False and the Gate when an answer is missing;
    with an Answer the reasons are recorded (who, when) and the status is written."""
    new = Status(new)
    stored = posts.get_post(store, post_id)
    if stored is None:
        raise LookupError(f"konten #{post_id} tidak ditemukan")
    post = post if post is not None else stored
    old = stored.status if old is None else old
    if variants is None:
        variants = target_variants(store, post, ctx)
    photos = check_records.post_photos(store, post_id)
    gate = status_gate(store, post, variants, photos, old, new, findings=findings, ctx=ctx)
    _validate_answer(gate, answer)
    if not _check_answer(gate, answer):
        return StatusResult(stored, False, gate)
    with store.transaction():
        if gate.open:
            _record_answer(store, post_id, gate, answer)
        posts.set_status(store, post_id, new)
    return StatusResult(posts.get_post(store, post_id), True, gate)


# ---- create, save ----------------------------------------------------------------------------

def target_variants(store: Store, post: Post, ctx: SettingsContext | None,
                    accounts: Sequence[Account] | None = None) -> list[Variant]:
    """The post's versions for its target platforms, as they are now (derived or edited)."""
    stored = posts.list_variants(store, post.id) if post.id is not None else []
    accounts = accounts_store.list_accounts(store) if accounts is None else accounts
    synced = sync_variants(post, stored, accounts,
                           hashtag_caps=_context(store, ctx).hashtag_caps)
    return [v for v in synced if v.platform in post.platforms]


@dataclass(frozen=True)
class CreateResult:
    """The new post (None when the gate needs an answer first) and its versions."""

    post: Post | None
    variants: list[Variant]
    gate: Gate = field(default_factory=Gate)


def create_post(store: Store, draft: Post | None = None, *, answer: Answer | None = None,
                ctx: SettingsContext | None = None) -> CreateResult:
    """A new post with one version per target platform, as the editor makes it.

    Empty hashtags take the profile's default tags; a draft without a date gets today.
    A status past Draf passes the same gates as `change_status` (from Draf)."""
    draft = draft or Post()
    if draft.hashtags == "":
        draft = replace(draft, hashtags=load_profile(store).default_hashtags)
    if draft.activity_date is None:
        draft = replace(draft, activity_date=dt.date.today())
    draft = replace(draft, id=None, platforms=[p for p in PLATFORM_IDS if p in draft.platforms])
    ctx = _context(store, ctx)
    accounts = accounts_store.list_accounts(store)
    versions = target_variants(store, draft, ctx, accounts)
    gate = status_gate(store, draft, versions, (), None, draft.status, ctx=ctx) \
        if draft.status != Status.DRAF else Gate()
    _validate_answer(gate, answer)
    if not _check_answer(gate, answer):
        return CreateResult(None, versions, gate)
    with store.transaction():
        post = posts.create_post(store, draft)
        saved = [posts.save_variant(store, replace(v, post_id=post.id)) for v in versions]
        if gate.open:
            _record_answer(store, post.id, gate, answer)
    return CreateResult(posts.get_post(store, post.id), saved, gate)


def versions_to_save(post: Post, variants: Sequence[Variant], accounts: Iterable[Account],
                     ctx: SettingsContext) -> list[Variant]:
    """Which versions a save writes: every target platform's (derived ones follow the
    main caption), and any version already stored (its link and metrics are kept)."""
    synced = sync_variants(post, variants, accounts, hashtag_caps=ctx.hashtag_caps)
    return [replace(v, post_id=post.id) for v in synced
            if v.platform in post.platforms or v.id is not None]


def save_post(store: Store, post: Post, variants: Sequence[Variant],
              accounts: Iterable[Account] | None = None,
              ctx: SettingsContext | None = None) -> tuple[Post, list[Variant]]:
    """Write the post and its versions in one transaction (the editor's autosave)."""
    if post.id is None:
        raise ValueError("save_post needs a saved post (create_post first)")
    ctx = _context(store, ctx)
    accounts = accounts_store.list_accounts(store) if accounts is None else list(accounts)
    wanted = versions_to_save(post, variants, accounts, ctx)
    with store.transaction():
        saved_post = posts.update_post(store, post)
        saved = [posts.save_variant(store, v) for v in wanted]
    return saved_post, saved


# ---- publishing --------------------------------------------------------------------------

def published_mark(platform_id: str, url: str, when: dt.datetime | None = None
                   ) -> tuple[str, dt.datetime]:
    """The link (normalised) and minute a version was published; ValueError says what is
    wrong with the link (Indonesian)."""
    clean = normalise_published_url(url)
    problem = validate_published_url(platform_id, clean)
    if problem:
        raise ValueError(problem)
    when = when or dt.datetime.now()
    return clean, when.replace(second=0, microsecond=0)


def mark_published(store: Store, post_id: int, platform_id: str, url: str,
                   when: dt.datetime | None = None, ctx: SettingsContext | None = None
                   ) -> Variant:
    """Record that the post's `platform_id` version is online at `url`."""
    clean, when = published_mark(platform_id, url, when)
    post = posts.get_post(store, post_id)
    if post is None:
        raise LookupError(f"konten #{post_id} tidak ditemukan")
    stored = {v.platform: v for v in posts.list_variants(store, post_id)}
    current = stored.get(platform_id) or next(
        (v for v in target_variants(store, post, ctx) if v.platform == platform_id),
        Variant(platform=platform_id, post_id=post_id))
    return posts.save_variant(store, replace(current, post_id=post_id, published_url=clean,
                                             published_at=when))


# ---- duplicate, delete, restore ----------------------------------------------------------

def duplicate_post(store: Store, post_id: int, *, title_suffix: str = " (salinan)") -> Post:
    """A new draft with the same fields, versions and photos; never published data."""
    return posts.duplicate_post(store, post_id, title_suffix=title_suffix)


def delete_post(store: Store, post_id: int) -> None:
    """Move the post to the bin (undo: `restore_post`)."""
    posts.delete_post(store, post_id)


def restore_post(store: Store, post_id: int) -> None:
    posts.undelete_post(store, post_id)


# ---- captions ----------------------------------------------------------------------------

@dataclass(frozen=True)
class CaptionView:
    """One target version as the PIC sees it: text and what to know about it."""

    variant: Variant
    notes: VariantNotes


def caption_views(store: Store, post_id: int, ctx: SettingsContext | None = None
                  ) -> tuple[Post, list[CaptionView]]:
    """The post and each target version with its notes and cap messages (`caption`)."""
    post = posts.get_post(store, post_id)
    if post is None:
        raise LookupError(f"konten #{post_id} tidak ditemukan; lihat daftar di halaman Konten")
    ctx = _context(store, ctx)
    accounts = accounts_store.list_accounts(store)
    views = [CaptionView(v, variant_notes(post, v, accounts, hashtag_caps=ctx.hashtag_caps))
             for v in target_variants(store, post, ctx, accounts)]
    return post, views
