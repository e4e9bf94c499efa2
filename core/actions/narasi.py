"""Paket narasi use cases: Diskominfo drafts a campaign and sends it; a PIC imports it as a
pre-filled post linked to the campaign. Called by the Rekap Kota page (campaign editor),
the Konten page ("Impor Paket Narasi…", drag and drop) and `narasi` on the CLI.

Importing never asks: a campaign that already has a post here comes back as
NEEDS_CONFIRM with those posts and the packet as read, and the caller asks, then calls
again with `again=True` and that packet (the file is not read twice).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from core import accounts as accounts_store
from core import photos, posts
from core.actions import konten
from core.actions.rekap import is_coordinator
from core.captions.variants import derive_variant, edit_variant
from core.media_names import safe_name
from core.model import PLATFORM_IDS, Account, Category, Post, Variant
from core.profile import load_profile
from core.rekap import narasi as narasi_store
from core.rekap import narasi_paket
from core.rekap.narasi import COLLABORATOR, Narasi, check_narasi
from core.rekap.wadah import PacketError
from core.safe_write import write_bytes
from core.store import Store

if TYPE_CHECKING:
    from core.media_delete import DeletedPhotos

CREATED, NEEDS_CONFIRM, REFUSED = "dibuat", "perlu konfirmasi", "ditolak"
NOT_COORDINATOR = ("Narasi disusun di Diskominfo (koordinator Rekap Kota). Bila folder data "
                   "ini milik Diskominfo, atur di Pengaturan atau lewat setelan "
                   "rekap_coordinator.")


def _media() -> ModuleType:
    """The media use cases, imported when photos move: the Konten page asks
    campaign_of() for every post it opens and should not load the export pool for it."""
    from core.actions import media

    return media


def _require_coordinator(store: Store) -> None:
    if not is_coordinator(store):
        raise PermissionError(NOT_COORDINATOR)


# ---- at Diskominfo: draft, list, export ------------------------------------------------

def save_narasi(store: Store, narasi: Narasi, files: Sequence[Path] = ()) -> Narasi:
    """Check and store a campaign (new or edited); ValueError says what to fix. `files`
    are photos to add from disk: imported into Media first (checked before that)."""
    _require_coordinator(store)
    checked = check_narasi(narasi)
    if files:
        check_narasi(replace(checked, photo_ids=[*checked.photo_ids, *range(-len(files), 0)]))
        added, refused = photos_from_files(store, files)
        if refused:
            raise ValueError("Foto tidak dapat diimpor: " + "; ".join(refused))
        checked = check_narasi(replace(checked, photo_ids=[*checked.photo_ids, *added]))
    if missing := set(checked.photo_ids) - {p.id for p in photos.photos_by_ids(
            store, checked.photo_ids)}:
        raise ValueError(f"Foto #{min(missing)} tidak ada di Media.")
    with store.transaction():
        return narasi_store.save(store, replace(checked, origin=narasi_store.OWN))


def photos_from_files(store: Store, files: Sequence[Path]) -> tuple[list[int], list[str]]:
    """Import files into Media (the Media page's import) for a campaign's photos:
    (photo ids in order, reasons for the files refused)."""
    media = _media()
    report = media.import_photos(store, [str(f) for f in files])
    return ([p.id for p in report.photos if p.id is not None],
            [f.reason for f in report.failed])


def list_narasi(store: Store, *, own_only: bool = False) -> list[Narasi]:
    return narasi_store.list_all(store, narasi_store.OWN if own_only else None)


def get_narasi(store: Store, narasi_id: int) -> Narasi:
    found = narasi_store.get(store, narasi_id)
    if found is None:
        raise LookupError(f"narasi #{narasi_id} tidak ditemukan; lihat `narasi daftar`")
    return found


def narasi_by_uid(store: Store, uid: str) -> Narasi | None:
    """A campaign by its id across folders (a board row, a post's link)."""
    return narasi_store.by_uid(store, uid) if uid else None


def delete_narasi(store: Store, narasi_id: int) -> Narasi:
    """Remove a campaign from the list (its packets already sent stay valid)."""
    found = get_narasi(store, narasi_id)
    narasi_store.delete(store, narasi_id)
    return found


def export_narasi(store: Store, narasi_id: int, target: Path) -> Path:
    """Write the campaign's Paket narasi to `target` (a folder gets the standard name)."""
    _require_coordinator(store)
    found = get_narasi(store, narasi_id)
    chosen = photos.photos_by_ids(store, found.photo_ids)
    profile = load_profile(store)
    sender = {"unit": profile.dept_name, "short_name": profile.dept_short,
              "city": profile.city}
    body = narasi_paket.packet_bytes(found, chosen, sender)
    if target.is_dir():
        target = target / narasi_paket.packet_name(found)
    elif target.suffix.lower() != narasi_paket.SUFFIX:
        target = target.with_name(target.name + narasi_paket.SUFFIX)
    write_bytes(target, body)
    return target


# ---- at a PIC: import as a pre-filled post ---------------------------------------------

@dataclass(frozen=True)
class NarasiImport:
    """What importing a Paket narasi did: the new post, or what needs confirming, or why
    it was refused (`message`, Indonesian)."""

    path: Path
    outcome: str
    message: str = ""
    narasi: Narasi | None = None
    post: Post | None = None
    existing: list[Post] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    packet: narasi_paket.NarasiPacket | None = None  # as read, for the confirmed call
    new_photo_ids: list[int] = field(default_factory=list)  # added to Media by this import


@dataclass(frozen=True)
class UndoneImport:
    """What `undo_import` took back, for `redo_import`."""

    post_id: int
    photos: DeletedPhotos


def _collaborators(store: Store, narasi: Narasi) -> tuple[list[int], list[str]]:
    """Account ids for the campaign's collaborators: the PIC's own entry when the name is
    known, else a new partner account with the packet's handles."""
    known = {a.name.casefold(): a for a in accounts_store.list_accounts(store)}
    ids, notes = [], []
    for acc in narasi.accounts:
        if acc.role != COLLABORATOR:
            continue
        found = known.get(acc.name.casefold())
        if found is None:
            found = accounts_store.save_account(store, Account(name=acc.name,
                                                               handles=dict(acc.handles)))
            known[acc.name.casefold()] = found
            notes.append(f"akun {acc.name} ditambahkan ke daftar akun")
        if found.id not in ids:
            ids.append(found.id)
    return ids, notes


def _import_photos(store: Store, packet: narasi_paket.NarasiPacket
                   ) -> tuple[list[int], list[int]]:
    """The packet's photos into Media (through the Media import): their ids in packet
    order, and which of them are new to the library (a photo already there is reused)."""
    if not packet.photos:
        return [], []
    media = _media()
    with tempfile.TemporaryDirectory(prefix="narasi-") as tmp:
        files = []
        for i, photo in enumerate(packet.photos, 1):
            path = Path(tmp) / f"{i:02d}-{safe_name(photo.name, 'foto')}"
            path.write_bytes(photo.data)
            files.append(path)
        report = media.import_photos(store, files)
    if report.failed:
        raise PacketError(f"foto narasi tidak dapat diimpor: {report.failed[0].reason}")
    ids = [o.photo.id for o in report.outcomes if o.photo is not None]
    for photo_id, photo in zip(ids, packet.photos, strict=False):
        current = photos.get_photo(store, photo_id)
        if current is not None and not current.credit and (photo.credit or photo.alt_text):
            media.update_photos(store, [photo_id], credit=photo.credit,
                                alt_text=current.alt_text or photo.alt_text)
    return list(dict.fromkeys(ids)), [p.id for p in report.imported if p.id is not None]


def _activity_date(narasi: Narasi, today: dt.date) -> dt.date:
    """Today while the campaign runs, else its first day."""
    if narasi.start and narasi.end and narasi.start <= today <= narasi.end:
        return today
    return narasi.start or today


def draft_post(narasi: Narasi, collaborators: list[int], today: dt.date) -> Post:
    """The post a campaign pre-fills (before versions and photos)."""
    platforms = [p for p in PLATFORM_IDS if p in narasi.captions] or konten.default_platforms()
    main = next((narasi.captions[p] for p in platforms if p in narasi.captions), "")
    try:
        category = Category(narasi.category)
    except ValueError:
        category = Category.LAINNYA
    return Post(title=narasi.title, activity=narasi.title,
                activity_date=_activity_date(narasi, today), category=category,
                caption=main, hashtags=" ".join(narasi.hashtags),
                collaborators=collaborators, platforms=platforms,
                campaign_id=narasi.uid, campaign_title=narasi.title)


def _platform_versions(store: Store, post: Post, narasi: Narasi,
                       saved: list[Variant]) -> None:
    """Each platform's own draft as its version (edited only where it differs from the
    main caption's), with the post's hashtags and collaborators added as usual."""
    accounts = accounts_store.list_accounts(store)
    for variant in saved:
        text = narasi.captions.get(variant.platform)
        if not text or text == post.caption:
            continue
        own = derive_variant(replace(post, caption=text), variant.platform, accounts)
        derived = derive_variant(post, variant.platform, accounts)
        posts.save_variant(store, edit_variant(variant, own.text, derived))


def import_narasi(store: Store, path: Path, *, again: bool = False,
                  today: dt.date | None = None,
                  packet: narasi_paket.NarasiPacket | None = None) -> NarasiImport:
    """Check a Paket narasi and make the pre-filled post linked to it; all or nothing
    for the post (photos already imported into Media stay there). `packet` is the one a
    NEEDS_CONFIRM result carries: the confirmed call uses it instead of reading again."""
    if packet is None:
        try:
            packet = narasi_paket.read_packet(path)
        except PacketError as exc:
            return NarasiImport(path, REFUSED, str(exc))
    narasi = packet.narasi
    existing = posts.posts_of_campaign(store, narasi.uid)
    if existing and not again:
        return NarasiImport(path, NEEDS_CONFIRM,
                            f"narasi “{narasi.title}” sudah menjadi konten di sini "
                            f"(#{', #'.join(str(p.id) for p in existing)}); buat satu lagi?",
                            narasi, existing=existing, packet=packet)
    try:
        photo_ids, new_photo_ids = _import_photos(store, packet)
    except PacketError as exc:
        return NarasiImport(path, REFUSED, str(exc), narasi)
    with store.transaction():
        copy = narasi_store.by_uid(store, narasi.uid)
        if copy is None or copy.origin == narasi_store.IMPORTED:
            narasi_store.save(store, replace(narasi, id=None, origin=narasi_store.IMPORTED,
                                             sender=packet.sender, photo_ids=photo_ids))
        collaborators, notes = _collaborators(store, narasi)
        created = konten.create_post(store, draft_post(narasi, collaborators,
                                                       today or dt.date.today()))
        post = created.post
        _platform_versions(store, post, narasi, created.variants)
        if photo_ids:
            _media().attach_photos(store, post.id, photo_ids)
    return NarasiImport(path, CREATED, "", narasi, posts.get_post(store, post.id),
                        existing, notes, new_photo_ids=new_photo_ids)


def undo_import(store: Store, result: NarasiImport) -> UndoneImport:
    """Take an import back (Ctrl+Z): its post to the bin, and the photos it added to
    Media unless another post shows them by now; `redo_import` puts both back."""
    from core.media_queries import posts_using

    if result.post is None or result.post.id is None:
        raise ValueError("hanya impor yang membuat konten yang dapat dibatalkan")
    konten.delete_post(store, result.post.id)
    shown = posts_using(store, result.new_photo_ids)  # by posts not in the bin
    taken = [i for i in result.new_photo_ids if i not in shown]
    return UndoneImport(result.post.id, _media().delete_photos(store, taken))


def redo_import(store: Store, undone: UndoneImport) -> None:
    """Put back what `undo_import` took: the photos with their places, then the post."""
    _media().undo_delete(store, undone.photos)
    konten.restore_post(store, undone.post_id)


def campaign_of(store: Store, post: Post) -> Narasi | None:
    """The campaign a post amplifies, as known here (the editor's label)."""
    return narasi_by_uid(store, post.campaign_id)
