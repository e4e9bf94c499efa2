"""The media library: imported originals stored once by content, what the PIC records
about each photo, and the ordered photos of each post.

Files live at media/<sha[:2]>/<sha>.<ext>, so the same photo imported twice is stored
once and a photo whose USB stick or download folder is gone is not lost. Import copies
in chunks while hashing, reads format, size and EXIF date from the header, checks that
the picture decodes (making its grid thumbnail on the way), and writes nothing half-done:
the copy goes to a temp name and is renamed into place only when it is good. A bad file
is reported with a reason for the user and skipped; the rest of the batch goes on.

Deleting a photo removes its rows only; the file stays until `purge_unreferenced_files`
(run at start-up), so an undo in the same session gets everything back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from core import paths
from core.branding.errors import RenderError
from core.branding.imageio import MAX_JPEG_PIXELS, MAX_PIXELS, ORIENTATION_TAG
from core.media_thumbs import drop_thumbnails, ensure_thumbnail
from core.model import Photo, Post
from core.store import Store, connect, now_iso

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".heic", ".heif", ".webp",
                  ".gif")
# Pillow format -> the extension the library stores the file under.
_FORMAT_EXT = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "HEIF": "heic", "WEBP": "webp",
               "GIF": "gif"}
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
_CHUNK = 1024 * 1024
_EXIF_IFD = 0x8769
_DATE_TAGS = ((_EXIF_IFD, 0x9003), (_EXIF_IFD, 0x9004), (None, 0x0132))
_EXIF_DATE = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
EDITABLE_FIELDS = ("credit", "alt_text", "contains_minors", "consent_obtained")
MAX_CREDIT = 200
MAX_ALT_TEXT = 2000

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class MediaError(Exception):
    """A library problem; `str()` is a message for the user that says what to do."""


class PhotoInUse(MediaError):
    """Deleting photos that posts still show; `posts` maps photo id -> post titles."""

    def __init__(self, posts: dict[int, list[str]]) -> None:
        self.posts = posts
        titles = sorted({t for ts in posts.values() for t in ts})
        super().__init__(
            f"{len(posts)} foto masih dipakai di konten: {', '.join(titles)}. "
            "Lepaskan dari konten itu dulu, atau hapus juga dari kontennya.")


# ---------------------------------------------------------------- files


def photo_path(sha256: str, ext: str) -> Path:
    """media/<sha[:2]>/<sha>.<ext>: where an imported original lives."""
    return paths.data_dir() / "media" / sha256[:2] / f"{sha256}.{ext.lstrip('.')}"


def path_of(photo: Photo) -> Path:
    return photo_path(photo.sha256, photo.ext)


@contextlib.contextmanager
def worker_store(store: Store) -> Iterator[Store]:
    """A second connection to the same database for a worker thread, so a long import or
    export never shares a transaction with the UI thread's autosave (WAL allows both)."""
    conn = connect(store.path)
    try:
        yield Store(store.path, conn)
    finally:
        conn.close()


# ---------------------------------------------------------------- rows


def _parse_dt(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _row_to_photo(row: sqlite3.Row) -> Photo:
    return Photo(
        id=row["id"], sha256=row["sha256"], original_name=row["original_name"],
        ext=row["ext"], size_bytes=row["size_bytes"], width=row["width"],
        height=row["height"], taken_at=_parse_dt(row["taken_at"]), credit=row["credit"],
        alt_text=row["alt_text"], contains_minors=bool(row["contains_minors"]),
        consent_obtained=bool(row["consent_obtained"]),
        imported_at=_parse_dt(row["imported_at"]),
    )


def get_photo(store: Store, photo_id: int) -> Photo | None:
    row = store.execute("SELECT * FROM photos WHERE id = ?", (photo_id,)).fetchone()
    return _row_to_photo(row) if row else None


def photos_by_ids(store: Store, photo_ids: Sequence[int]) -> list[Photo]:
    """The photos with these ids, in the order given (missing ids are left out)."""
    if not photo_ids:
        return []
    marks = ",".join("?" * len(photo_ids))
    rows = store.execute(f"SELECT * FROM photos WHERE id IN ({marks})",
                         tuple(photo_ids)).fetchall()
    by_id = {r["id"]: _row_to_photo(r) for r in rows}
    return [by_id[i] for i in photo_ids if i in by_id]


def find_by_sha(store: Store, sha256: str) -> Photo | None:
    row = store.execute("SELECT * FROM photos WHERE sha256 = ?", (sha256,)).fetchone()
    return _row_to_photo(row) if row else None


def needs_consent(photo: Photo) -> bool:
    """A photo showing minors whose consent is not recorded: not to be published."""
    return photo.contains_minors and not photo.consent_obtained


# ---------------------------------------------------------------- reading a file


@dataclass
class _Header:
    ext: str
    width: int
    height: int
    taken_at: dt.datetime | None


def exif_datetime(text: object) -> dt.datetime | None:
    """'2025:11:12 09:00:00' -> datetime; None for blanks, zeros and garbage."""
    if isinstance(text, bytes):
        text = text.decode("ascii", "ignore")
    if not isinstance(text, str):
        return None
    m = _EXIF_DATE.match(text.replace("\x00", ""))
    if not m:
        return None
    try:
        return dt.datetime(*(int(g) for g in m.groups()))
    except ValueError:
        return None


def _taken_at(im: Image.Image) -> dt.datetime | None:
    try:
        exif = im.getexif()
        sub = exif.get_ifd(_EXIF_IFD)
    except Exception:  # noqa: BLE001 - corrupt EXIF: the photo is fine, the date unknown
        return None
    for ifd, tag in _DATE_TAGS:
        value = (sub if ifd else exif).get(tag)
        found = exif_datetime(value)
        if found is not None:
            return found
    return None


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(ORIENTATION_TAG, 1)
    except Exception:  # noqa: BLE001
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def read_header(path: Path, name: str) -> _Header:
    """Format, upright size and date taken, from the header only (no pixel decoding).
    Raises MediaError with the reason the file cannot go into the library."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MediaError(f"{name}: berkas tidak dapat dibaca ({exc.strerror or exc}).") from None
    if size == 0:
        raise MediaError(f"{name}: berkas kosong (0 byte). Salin ulang foto dari sumbernya.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(path) as im:
                fmt = im.format or ""
                w, h = im.size
                orientation = _orientation(im)
                taken = _taken_at(im)
        except Image.DecompressionBombError:
            raise MediaError(f"{name}: gambar terlalu besar (lebih dari "
                             f"{MAX_JPEG_PIXELS // 1_000_000} juta piksel); perkecil dulu "
                             "fotonya.") from None
        except UnidentifiedImageError:
            raise MediaError(f"{name}: bukan berkas foto yang dikenali. Yang dapat diimpor: "
                             "JPEG, PNG, HEIC, WebP, GIF.") from None
        except OSError as exc:
            raise MediaError(f"{name}: berkas tidak dapat dibaca ({exc}).") from None
    ext = _FORMAT_EXT.get(fmt)
    if ext is None:
        raise MediaError(f"{name}: format {fmt or 'ini'} tidak didukung. Simpan ulang sebagai "
                         "JPEG atau PNG, lalu impor lagi.")
    limit = MAX_JPEG_PIXELS if ext == "jpg" else MAX_PIXELS
    if w * h > limit:
        raise MediaError(f"{name}: gambar terlalu besar ({w}x{h} piksel; batas "
                         f"{limit // 1_000_000} juta piksel). Perkecil dulu fotonya.")
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    return _Header(ext, w, h, taken)


def _copy_hashing(src: Path, dst: Path) -> tuple[str, int]:
    """Copy src to dst in chunks, hashing as it goes: (sha256 hex, bytes)."""
    digest = hashlib.sha256()
    total = 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(_CHUNK):
            digest.update(chunk)
            fout.write(chunk)
            total += len(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    return digest.hexdigest(), total


def _incoming_dir() -> Path:
    folder = paths.media_dir() / ".incoming"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy_error(name: str, exc: OSError) -> MediaError:
    import errno

    if exc.errno == errno.ENOSPC:
        return MediaError(f"{name}: ruang disk penuh. Kosongkan ruang di {paths.data_dir()} "
                          "lalu impor lagi.")
    if isinstance(exc, FileNotFoundError):
        return MediaError(f"{name}: berkas tidak ditemukan (dipindah atau flashdisk dicabut?).")
    if isinstance(exc, PermissionError):
        return MediaError(f"{name}: berkas tidak boleh dibaca (izin akses ditolak).")
    return MediaError(f"{name}: gagal menyalin berkas ({exc.strerror or exc}).")


def import_file(store: Store, path: str | os.PathLike[str]) -> tuple[Photo, bool]:
    """Bring one file into the library: (photo, True) when new, (existing photo, False)
    for a duplicate. Raises MediaError with a reason for the user."""
    src = Path(path)
    name = src.name or str(src)
    if src.is_dir():
        raise MediaError(f"{name} adalah folder; pilih berkas foto di dalamnya.")
    fd, tmp_name = tempfile.mkstemp(prefix="imp-", suffix=".part", dir=_incoming_dir())
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            sha, size = _copy_hashing(src, tmp)
        except OSError as exc:
            raise _copy_error(name, exc) from None
        existing = find_by_sha(store, sha)
        if existing is not None:
            kept = path_of(existing)
            if not kept.is_file():  # the library's copy went missing: this one restores it
                kept.parent.mkdir(parents=True, exist_ok=True)
                with contextlib.suppress(OSError):
                    os.replace(tmp, kept)
            return existing, False
        header = read_header(tmp, name)
        try:
            ensure_thumbnail(tmp, sha)  # proves the picture decodes (truncated, corrupt)
        except RenderError as exc:
            raise MediaError(str(exc).replace(tmp.name, name)) from None
        target = photo_path(sha, header.ext)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _copy_error(name, exc) from None
        photo = Photo(sha256=sha, original_name=unicodedata.normalize("NFC", name),
                      ext=header.ext, size_bytes=size, width=header.width,
                      height=header.height, taken_at=header.taken_at)
        return _insert(store, photo), True
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _insert(store: Store, photo: Photo) -> Photo:
    stamp = now_iso()
    try:
        cur = store.execute(
            "INSERT INTO photos(sha256, original_name, ext, size_bytes, width, height, "
            "taken_at, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
            (photo.sha256, photo.original_name, photo.ext, photo.size_bytes, photo.width,
             photo.height, photo.taken_at.isoformat() if photo.taken_at else None, stamp))
    except sqlite3.IntegrityError:  # imported meanwhile by another window/worker
        existing = find_by_sha(store, photo.sha256)
        if existing is None:
            raise
        return existing
    photo.id = cur.lastrowid
    photo.imported_at = dt.datetime.fromisoformat(stamp)
    return photo


# ---------------------------------------------------------------- batch import


@dataclass
class ImportFailure:
    name: str
    path: str
    reason: str


@dataclass
class ImportReport:
    """What a batch import did: new photos, photos already in the library, files skipped
    with the reason, and whether the user stopped it (the photos done so far are kept)."""

    imported: list[Photo] = field(default_factory=list)
    duplicates: list[Photo] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False

    @property
    def photos(self) -> list[Photo]:
        """Every photo the batch stands for (new and already present), in input order."""
        return list(self._order)

    _order: list[Photo] = field(default_factory=list, repr=False)

    def summary(self) -> str:
        """One Indonesian sentence for the status bar."""
        parts = []
        if self.imported:
            parts.append(f"{len(self.imported)} foto diimpor")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} foto sudah ada di pustaka")
        if self.failed:
            parts.append(f"{len(self.failed)} berkas dilewati")
        if not parts:
            parts.append("Tidak ada foto yang diimpor")
        text = "; ".join(parts) + "."
        if self.cancelled:
            text = "Impor dibatalkan. " + text
        return text[0].upper() + text[1:]


def _is_ignored(path: Path) -> bool:
    return path.name.lower() in _IGNORED_NAMES or path.name.startswith((".", "~$"))


def collect_files(items: Iterable[str | os.PathLike[str]]
                  ) -> tuple[list[Path], list[ImportFailure]]:
    """Files to import from dropped/chosen files and folders (folders recursively, in
    name order). Files in folders that are not photos are reported, not imported;
    system files (Thumbs.db, .DS_Store, hidden) are left out silently."""
    files: list[Path] = []
    skipped: list[ImportFailure] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            files.append(path)

    for item in items:
        path = Path(item)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for fname in sorted(names, key=str.casefold):
                    child = Path(root) / fname
                    if _is_ignored(child):
                        continue
                    if child.suffix.lower() in IMAGE_SUFFIXES:
                        add(child)
                    else:
                        skipped.append(ImportFailure(
                            fname, str(child), f"{fname}: bukan berkas foto (yang dapat "
                            "diimpor: JPEG, PNG, HEIC, WebP, GIF)."))
        else:
            add(path)
    return files, skipped


def import_files(store: Store, items: Iterable[str | os.PathLike[str]], *,
                 attach_to: int | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportReport:
    """Import files and folders; each bad file is reported and skipped. With `attach_to`
    the batch's photos (new and already present) are attached to that post in order."""
    files, skipped = collect_files(items)
    report = ImportReport(failed=list(skipped))
    total = len(files)
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(i, total, path.name)
        try:
            photo, new = import_file(store, path)
        except MediaError as exc:
            report.failed.append(ImportFailure(path.name, str(path), str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the batch
            report.failed.append(ImportFailure(
                path.name, str(path), f"{path.name}: galat tak terduga ({exc!r})."))
            continue
        (report.imported if new else report.duplicates).append(photo)
        if all(p.id != photo.id for p in report._order):
            report._order.append(photo)
    if progress is not None and not report.cancelled:
        progress(total, total, "")
    if attach_to is not None and report._order:
        attach_photos(store, attach_to, [p.id for p in report._order if p.id is not None])
    return report


# ---------------------------------------------------------------- metadata


def update_photo(store: Store, photo_id: int, **values: object) -> None:
    """Save what the PIC records about a photo: credit, alt_text, contains_minors,
    consent_obtained (the autosave path). Unknown fields are a bug (ValueError)."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"kolom foto tidak bisa diubah: {', '.join(sorted(unknown))}")
    clean: dict[str, object] = {}
    for key, value in values.items():
        if key in ("contains_minors", "consent_obtained"):
            clean[key] = int(bool(value))
        else:
            limit = MAX_CREDIT if key == "credit" else MAX_ALT_TEXT
            clean[key] = str(value or "").strip()[:limit]
    if not clean:
        return
    sets = ", ".join(f"{k} = :{k}" for k in clean)
    store.execute(f"UPDATE photos SET {sets} WHERE id = :id", clean | {"id": photo_id})


def get_focus(store: Store, photo_id: int, post_id: int | None = None) -> tuple[float, float]:
    """Where the photo's subject is (0..1 from left and top): the post's own choice when
    the photo is in that post, else the photo's."""
    if post_id is not None:
        row = store.execute("SELECT focus_x, focus_y FROM post_photos WHERE post_id = ? "
                            "AND photo_id = ?", (post_id, photo_id)).fetchone()
        if row:
            return (row[0], row[1])
    row = store.execute("SELECT focus_x, focus_y FROM photos WHERE id = ?",
                        (photo_id,)).fetchone()
    return (row[0], row[1]) if row else (0.5, 0.5)


def set_focus(store: Store, photo_id: int, focus: tuple[float, float],
              post_id: int | None = None) -> None:
    """Store the focus point on the photo (the default for every post) and, with
    `post_id`, on that post's copy too."""
    fx, fy = (min(1.0, max(0.0, float(v))) for v in focus)
    with store.transaction():
        store.execute("UPDATE photos SET focus_x = ?, focus_y = ? WHERE id = ?",
                      (fx, fy, photo_id))
        if post_id is not None:
            store.execute("UPDATE post_photos SET focus_x = ?, focus_y = ? "
                          "WHERE post_id = ? AND photo_id = ?", (fx, fy, post_id, photo_id))


# ---------------------------------------------------------------- listing


@dataclass(frozen=True)
class PhotoFilter:
    """What the library shows: name/credit/alt search, month taken ("YYYY-MM", falling
    back to the import date), one post's photos (in the post's order), or only photos
    no post uses yet."""

    search: str = ""
    month: str | None = None
    post_id: int | None = None
    unused: bool = False


_DAY = "substr(coalesce(f.taken_at, f.imported_at), 1, 10)"


def list_photos(store: Store, flt: PhotoFilter | None = None) -> list[Photo]:
    """Library photos, newest taken first (a post's photos in the post's order)."""
    flt = flt or PhotoFilter()
    where: list[str] = []
    params: list[object] = []
    joins = ""
    if flt.post_id is not None:
        joins = "JOIN post_photos pp ON pp.photo_id = f.id AND pp.post_id = ?"
        params.append(flt.post_id)
        order = "pp.position, f.id"
    else:
        order = f"{_DAY} DESC, f.taken_at DESC, f.id DESC"
    if needle := unicodedata.normalize("NFC", flt.search.strip()).casefold():
        where.append("(instr(casefold(f.original_name), ?) OR instr(casefold(f.credit), ?) "
                     "OR instr(casefold(f.alt_text), ?))")
        params += [needle] * 3
    if flt.month:
        where.append(f"substr({_DAY}, 1, 7) = ?")
        params.append(flt.month)
    if flt.unused:
        where.append("NOT EXISTS (SELECT 1 FROM post_photos u JOIN posts p ON p.id = u.post_id "
                     "WHERE u.photo_id = f.id AND p.deleted_at IS NULL)")
    sql = (f"SELECT f.* FROM photos f {joins} "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}")
    return [_row_to_photo(r) for r in store.execute(sql, tuple(params)).fetchall()]


def photo_months(store: Store) -> list[str]:
    """Distinct "YYYY-MM" the library's photos were taken (or imported), newest first."""
    rows = store.execute(f"SELECT DISTINCT substr({_DAY}, 1, 7) AS m FROM photos f "
                         "ORDER BY m DESC").fetchall()
    return [r["m"] for r in rows if r["m"]]


def count_photos(store: Store) -> int:
    return store.execute("SELECT count(*) FROM photos").fetchone()[0]


def posts_using(store: Store, photo_ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    """photo id -> [(post id, title)] of the (not deleted) posts that show it."""
    if not photo_ids:
        return {}
    marks = ",".join("?" * len(photo_ids))
    rows = store.execute(
        f"SELECT pp.photo_id, p.id, p.title FROM post_photos pp JOIN posts p "
        f"ON p.id = pp.post_id WHERE p.deleted_at IS NULL AND pp.photo_id IN ({marks}) "
        "ORDER BY p.activity_date DESC, p.id DESC", tuple(photo_ids)).fetchall()
    out: dict[int, list[tuple[int, str]]] = {}
    for photo_id, post_id, title in rows:
        out.setdefault(photo_id, []).append((post_id, title or "(tanpa judul)"))
    return out


# ---------------------------------------------------------------- a post's photos


@dataclass
class PostPhoto:
    photo: Photo
    position: int
    focus: tuple[float, float] = (0.5, 0.5)


def post_photos(store: Store, post_id: int) -> list[PostPhoto]:
    """A post's photos in their order, each with the post's focus point."""
    rows = store.execute(
        "SELECT f.*, pp.position AS pp_position, pp.focus_x AS pp_fx, pp.focus_y AS pp_fy "
        "FROM post_photos pp JOIN photos f ON f.id = pp.photo_id WHERE pp.post_id = ? "
        "ORDER BY pp.position, f.id", (post_id,)).fetchall()
    return [PostPhoto(_row_to_photo(r), r["pp_position"], (r["pp_fx"], r["pp_fy"]))
            for r in rows]


def post_photo_ids(store: Store, post_id: int) -> list[int]:
    return [r[0] for r in store.execute(
        "SELECT photo_id FROM post_photos WHERE post_id = ? ORDER BY position, photo_id",
        (post_id,)).fetchall()]


def _renumber(store: Store, post_id: int, ordered: Sequence[int]) -> None:
    for pos, photo_id in enumerate(ordered):
        store.execute("UPDATE post_photos SET position = ? WHERE post_id = ? AND photo_id = ?",
                      (pos, post_id, photo_id))


def attach_photos(store: Store, post_id: int, photo_ids: Sequence[int],
                  index: int | None = None) -> list[int]:
    """Add photos to a post at `index` (default: the end), keeping the given order; ones
    already in the post stay where they are. Returns the ids newly attached."""
    with store.transaction():
        current = post_photo_ids(store, post_id)
        new = [p for p in dict.fromkeys(photo_ids) if p not in current]
        at = len(current) if index is None else max(0, min(index, len(current)))
        for photo_id in new:
            fx, fy = get_focus(store, photo_id)
            store.execute("INSERT INTO post_photos(post_id, photo_id, position, focus_x, "
                          "focus_y) VALUES(?, ?, ?, ?, ?)", (post_id, photo_id, 0, fx, fy))
        _renumber(store, post_id, current[:at] + new + current[at:])
    return new


@dataclass(frozen=True)
class Link:
    """One photo's place in one post, kept so a removal can be undone exactly."""

    post_id: int
    photo_id: int
    position: int
    focus_x: float
    focus_y: float


def detach_photos(store: Store, post_id: int, photo_ids: Sequence[int]) -> list[Link]:
    """Take photos out of a post (the photos stay in the library); returns the removed
    links for `restore_links` (undo)."""
    with store.transaction():
        links = _links(store, "post_id = ?", (post_id,))
        gone = [lk for lk in links if lk.photo_id in set(photo_ids)]
        for lk in gone:
            store.execute("DELETE FROM post_photos WHERE post_id = ? AND photo_id = ?",
                          (post_id, lk.photo_id))
        _renumber(store, post_id, post_photo_ids(store, post_id))
    return gone


def restore_links(store: Store, links: Sequence[Link]) -> None:
    """Put removed links back at their old positions (undo of detach/delete)."""
    with store.transaction():
        by_post: dict[int, list[Link]] = {}
        for lk in links:
            by_post.setdefault(lk.post_id, []).append(lk)
        for post_id, items in by_post.items():
            order = post_photo_ids(store, post_id)
            for lk in sorted(items, key=lambda x: x.position):
                if lk.photo_id in order:
                    continue
                store.execute("INSERT INTO post_photos(post_id, photo_id, position, focus_x, "
                              "focus_y) VALUES(?, ?, 0, ?, ?)",
                              (post_id, lk.photo_id, lk.focus_x, lk.focus_y))
                order.insert(min(lk.position, len(order)), lk.photo_id)
            _renumber(store, post_id, order)


def set_photo_order(store: Store, post_id: int, photo_ids: Sequence[int]) -> None:
    """Reorder a post's photos; `photo_ids` must be exactly the post's photos."""
    with store.transaction():
        current = post_photo_ids(store, post_id)
        if sorted(current) != sorted(photo_ids) or len(set(photo_ids)) != len(photo_ids):
            raise ValueError("urutan foto harus memuat tepat foto-foto konten ini")
        _renumber(store, post_id, list(photo_ids))


def _links(store: Store, where: str, params: tuple) -> list[Link]:
    rows = store.execute(f"SELECT post_id, photo_id, position, focus_x, focus_y FROM "
                         f"post_photos WHERE {where}", params).fetchall()
    return [Link(*tuple(r)) for r in rows]


# ---------------------------------------------------------------- deleting


@dataclass
class DeletedPhotos:
    """Everything `delete_photos` removed, for `restore_photos` (undo)."""

    rows: list[dict] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    renders: list[tuple[int, int]] = field(default_factory=list)  # (render id, photo id)


def delete_photos(store: Store, photo_ids: Sequence[int], *, force: bool = False
                  ) -> DeletedPhotos:
    """Remove photos from the library. Photos a post still shows raise PhotoInUse unless
    `force` (then they leave those posts too). The files stay until the next start-up
    purge, so the returned snapshot can undo it all."""
    ids = list(dict.fromkeys(photo_ids))
    if not ids:
        return DeletedPhotos()
    used = posts_using(store, ids)
    if used and not force:
        raise PhotoInUse({pid: [t for _, t in posts] for pid, posts in used.items()})
    marks = ",".join("?" * len(ids))
    snap = DeletedPhotos()
    with store.transaction():
        snap.rows = [dict(r) for r in store.execute(
            f"SELECT * FROM photos WHERE id IN ({marks})", tuple(ids)).fetchall()]
        snap.links = _links(store, f"photo_id IN ({marks})", tuple(ids))
        snap.renders = [tuple(r) for r in store.execute(
            f"SELECT id, photo_id FROM renders WHERE photo_id IN ({marks})", tuple(ids))]
        store.execute(f"DELETE FROM photos WHERE id IN ({marks})", tuple(ids))
        for post_id in {lk.post_id for lk in snap.links}:
            _renumber(store, post_id, post_photo_ids(store, post_id))
    return snap


def restore_photos(store: Store, snap: DeletedPhotos) -> None:
    """Undo `delete_photos`: the rows with their ids, their places in posts, their renders."""
    with store.transaction():
        for row in snap.rows:
            cols = ", ".join(row)
            marks = ", ".join(f":{k}" for k in row)
            store.execute(f"INSERT OR IGNORE INTO photos({cols}) VALUES({marks})", row)
        for render_id, photo_id in snap.renders:
            store.execute("UPDATE renders SET photo_id = ? WHERE id = ?", (photo_id, render_id))
    restore_links(store, snap.links)


def purge_unreferenced_files(store: Store) -> int:
    """Delete media files (and thumbnails) no photo row points at: what deletions left
    for undo, and copies an interrupted import left. Returns how many files went."""
    known = {(r[0], r[1]) for r in store.execute("SELECT sha256, ext FROM photos")}
    removed = 0
    root = paths.media_dir()
    for folder in root.iterdir():
        if folder.name == ".incoming":
            shutil.rmtree(folder, ignore_errors=True)
            continue
        if not folder.is_dir() or len(folder.name) != 2:
            continue
        for path in folder.iterdir():
            if (path.stem, path.suffix.lstrip(".")) in known or not path.is_file():
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
                drop_thumbnails(path.stem)
    return removed


# ---------------------------------------------------------------- branding per post


@dataclass
class BrandChoice:
    """What a post's photos are branded with, and where its exports go ('' = default)."""

    kit_id: str
    template_id: str
    formats: list[str] = field(default_factory=list)
    export_dir: str = ""


def get_branding(store: Store, post_id: int) -> BrandChoice | None:
    row = store.execute("SELECT * FROM post_branding WHERE post_id = ?", (post_id,)).fetchone()
    if row is None:
        return None
    try:
        formats = [str(f) for f in json.loads(row["formats"])]
    except (ValueError, TypeError):
        formats = []
    return BrandChoice(row["kit_id"], row["template_id"], formats, row["export_dir"])


def save_branding(store: Store, post_id: int, choice: BrandChoice) -> None:
    store.execute(
        "INSERT INTO post_branding(post_id, kit_id, template_id, formats, export_dir, "
        "updated_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(post_id) DO UPDATE SET "
        "kit_id = excluded.kit_id, template_id = excluded.template_id, "
        "formats = excluded.formats, export_dir = excluded.export_dir, "
        "updated_at = excluded.updated_at",
        (post_id, choice.kit_id, choice.template_id, json.dumps(choice.formats),
         choice.export_dir, now_iso()))


_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}
MAX_FOLDER_NAME = 80


def safe_name(text: str, fallback: str = "Tanpa judul") -> str:
    """A file or folder name Windows accepts: no <>:"/\\|?*, no trailing dot or space,
    not a reserved device name, at most MAX_FOLDER_NAME characters."""
    name = _UNSAFE_NAME.sub(" ", unicodedata.normalize("NFC", text))
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    name = name[:MAX_FOLDER_NAME].rstrip(". ")
    if not name or name.casefold() in _RESERVED:
        return fallback
    return name


def post_folder_name(post: Post | None, title: str = "", day: dt.date | None = None) -> str:
    """'2025-11-12 Peresmian Mal Pelayanan Publik': the post's date and title."""
    if post is not None:
        title = post.title or post.activity or title
        day = post.activity_date or day
    day = day or dt.date.today()
    return f"{day.isoformat()} {safe_name(title)}"


# ---------------------------------------------------------------- renders


@dataclass
class RenderRecord:
    post_id: int | None
    photo_id: int | None
    kit_id: str
    template_id: str
    format: str
    path: str
    created_at: str = ""
    id: int | None = None


def record_render(store: Store, rec: RenderRecord) -> RenderRecord:
    """Remember an exported file with its post (a re-export of the same path replaces it)."""
    stamp = now_iso()
    with store.transaction():
        store.execute("DELETE FROM renders WHERE path = ?", (rec.path,))
        cur = store.execute(
            "INSERT INTO renders(post_id, photo_id, kit_id, template_id, format, path, "
            "created_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
            (rec.post_id, rec.photo_id, rec.kit_id, rec.template_id, rec.format, rec.path,
             stamp))
    rec.id, rec.created_at = cur.lastrowid, stamp
    return rec


def renders_for_post(store: Store, post_id: int) -> list[RenderRecord]:
    rows = store.execute("SELECT * FROM renders WHERE post_id = ? ORDER BY id",
                         (post_id,)).fetchall()
    return [RenderRecord(r["post_id"], r["photo_id"], r["kit_id"], r["template_id"],
                         r["format"], r["path"], r["created_at"], r["id"]) for r in rows]
