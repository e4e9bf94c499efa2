"""Bringing photos into the media library.

Import copies in chunks while hashing (regular files only, size-capped, cancel checked
per chunk: see core.file_intake), reads format, size and EXIF date from the header,
checks that the picture decodes (making its grid thumbnail on the way), and writes
nothing half-done: the copy goes to a temp name and is renamed into place only when it
is good, and a row that cannot be written takes its new file with it. A bad file is
reported with a reason for the user and skipped; the rest of the batch goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import tempfile
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from core import paths, safe_write
from core.branding.errors import RenderError, image_error_message
from core.branding.imageio import MAX_JPEG_PIXELS, MAX_PIXELS, ORIENTATION_TAG, header_exif
from core.file_intake import (
    MAX_PHOTO_BYTES,
    IntakeCancelled,
    IntakeError,
    copy_regular,
    display_name,
)
from core.media_files import IMAGE_SUFFIXES, MediaError, path_of, photo_path
from core.media_thumbs import ensure_thumbnail
from core.model import Photo
from core.photos import find_by_sha, insert_photo
from core.store import Store

# Pillow format -> the extension the library stores the file under.
_FORMAT_EXT = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "HEIF": "heic", "WEBP": "webp",
               "GIF": "gif"}
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
_EXIF_IFD = 0x8769
_DATE_TAGS = ((_EXIF_IFD, 0x9003), (_EXIF_IFD, 0x9004), (None, 0x0132))
_EXIF_DATE = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ImportCancelled(MediaError):
    """The user stopped the import while this file was being copied (nothing kept)."""


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
        exif = header_exif(im)  # a PNG's late eXIf chunk would cost a full decode
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
        value = header_exif(im).get(ORIENTATION_TAG, 1)
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
        except Exception as exc:  # noqa: BLE001 - hostile chunks raise ValueError and more
            raise MediaError(image_error_message(name, exc)) from None
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


# ---------------------------------------------------------------- one file


def _incoming_dir() -> Path:
    folder = paths.media_dir() / ".incoming"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _write_error(name: str, exc: OSError) -> MediaError:
    if exc.errno == errno.ENOSPC:
        return MediaError(f"{name}: ruang disk penuh. Kosongkan ruang di {paths.data_dir()} "
                          "lalu impor lagi.")
    return MediaError(f"{name}: gagal menyalin berkas ({exc.strerror or exc}).")


def _copy_in(src: Path, tmp: Path, name: str, cancelled: Cancelled | None
             ) -> tuple[str, int]:
    try:
        return copy_regular(src, tmp, max_bytes=MAX_PHOTO_BYTES, name=name,
                            cancelled=cancelled)
    except IntakeError as exc:
        raise MediaError(str(exc)) from None
    except IntakeCancelled:
        raise ImportCancelled(f"{name}: impor dibatalkan.") from None
    except OSError as exc:  # writing the copy (full disk, media folder not writable)
        raise _write_error(name, exc) from None


def _keep_existing(existing: Photo, tmp: Path) -> None:
    """A duplicate whose library copy went missing: this copy restores it."""
    kept = path_of(existing)
    if not kept.is_file():
        kept.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            safe_write.replace(tmp, kept)


def _place(store: Store, tmp: Path, photo: Photo, name: str) -> Photo:
    """Move the checked copy into the library and record it; a row that cannot be
    written removes the file it placed, so no orphan copy stays in media/."""
    target = photo_path(photo.sha256, photo.ext)
    target.parent.mkdir(parents=True, exist_ok=True)
    placed = not target.exists()
    try:
        safe_write.replace(tmp, target)
    except OSError as exc:
        raise _write_error(name, exc) from None
    try:
        return insert_photo(store, photo)
    except BaseException:
        if placed:
            with contextlib.suppress(OSError):
                target.unlink()
        raise


def import_file(store: Store, path: str | os.PathLike[str], *,
                cancelled: Cancelled | None = None) -> tuple[Photo, bool]:
    """Bring one file into the library: (photo, True) when new, (existing photo, False)
    for a duplicate. Raises MediaError with a reason for the user (ImportCancelled when
    `cancelled()` turned true during the copy)."""
    src = Path(path)
    name = display_name(src)
    if src.is_dir():
        raise MediaError(f"{name} adalah folder; pilih berkas foto di dalamnya.")
    fd, tmp_name = tempfile.mkstemp(prefix="imp-", suffix=".part", dir=_incoming_dir())
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        sha, size = _copy_in(src, tmp, name, cancelled)
        existing = find_by_sha(store, sha)
        if existing is not None:
            _keep_existing(existing, tmp)
            return existing, False
        header = read_header(tmp, name)
        try:
            ensure_thumbnail(tmp, sha)  # proves the picture decodes (truncated, corrupt)
        except RenderError as exc:
            raise MediaError(str(exc).replace(tmp.name, name)) from None
        photo = Photo(sha256=sha, original_name=name, ext=header.ext, size_bytes=size,
                      width=header.width, height=header.height, taken_at=header.taken_at)
        return _place(store, tmp, photo, name), True
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


# ---------------------------------------------------------------- batch import


@dataclass
class ImportFailure:
    name: str
    path: str
    reason: str


@dataclass
class FileOutcome:
    """What happened to one file: its photo (new or already in the library), or the
    reason it was refused."""

    path: str
    name: str
    photo: Photo | None = None
    new: bool = False
    reason: str = ""


@dataclass
class ImportReport:
    """What a batch import did: new photos, photos already in the library, files skipped
    with the reason, and whether the user stopped it (the photos done so far are kept)."""

    imported: list[Photo] = field(default_factory=list)
    duplicates: list[Photo] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False
    outcomes: list[FileOutcome] = field(default_factory=list)  # one per file, in order

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

    def add(self, path: Path, photo: Photo, new: bool) -> None:
        self.outcomes.append(FileOutcome(_shown_path(path), display_name(path), photo, new))
        (self.imported if new else self.duplicates).append(photo)
        if all(p.id != photo.id for p in self._order):
            self._order.append(photo)

    def refuse(self, failure: ImportFailure) -> None:
        self.failed.append(failure)
        self.outcomes.append(FileOutcome(failure.path, failure.name, reason=failure.reason))


def _is_ignored(path: Path) -> bool:
    return path.name.lower() in _IGNORED_NAMES or path.name.startswith((".", "~$"))


def _shown_path(path: Path) -> str:
    return os.fsencode(path).decode("utf-8", "replace")


def _failure(path: Path, reason: str) -> ImportFailure:
    return ImportFailure(display_name(path), _shown_path(path), reason)


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
        if not path.is_dir():
            add(path)
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for fname in sorted(names, key=str.casefold):
                child = Path(root) / fname
                if _is_ignored(child):
                    continue
                if child.suffix.lower() in IMAGE_SUFFIXES:
                    add(child)
                else:
                    shown = display_name(child)
                    skipped.append(_failure(child, f"{shown}: bukan berkas foto (yang dapat "
                                                   "diimpor: JPEG, PNG, HEIC, WebP, GIF)."))
    return files, skipped


def import_files(store: Store, items: Iterable[str | os.PathLike[str]], *,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportReport:
    """Import files and folders; each bad file is reported and skipped. Cancel is checked
    between files and during each copy; what was imported before stays."""
    files, skipped = collect_files(items)
    report = ImportReport()
    for failure in skipped:
        report.refuse(failure)
    total = len(files)
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(i, total, display_name(path))
        try:
            photo, new = import_file(store, path, cancelled=cancelled)
        except ImportCancelled:
            report.cancelled = True
            break
        except MediaError as exc:
            report.refuse(_failure(path, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the batch
            report.refuse(_failure(path, f"{display_name(path)}: galat tak terduga ({exc!r})."))
            continue
        report.add(path, photo, new)
    if progress is not None and not report.cancelled:
        progress(total, total, "")
    return report
