"""Opening photos safely and fast: checks, JPEG draft decoding, EXIF orientation, any
colour mode to sRGB RGB, private EXIF removed. Also the media library's thumbnails.

Work is ordered for speed: the JPEG decoder scales by n/8 while decoding (jpeg_scaled;
Pillow's `draft`, 1/2, 1/4 or 1/8, when it declines) to the smallest size still covering
what the output needs; crop and resize happen in the file's stored orientation and
colour space, and only the small result is rotated and colour-converted.
"""

from __future__ import annotations

import functools
import io
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError

from core import safe_write
from core.branding import heif, jpeg_scaled
from core.branding.errors import RenderError, image_error_message
from core.branding.geometry import contain_scale, cover_scale
from core.record import MutableRecord

if TYPE_CHECKING:  # imported where a photo has a colour profile: most camera JPEGs have none
    from PIL import ImageCms

heif.register_lazily()  # phones' HEIC/HEIF photos; pillow-heif loads at the first one

# Pillow warns above MAX_IMAGE_PIXELS and refuses above twice that. A 24 MP camera file is
# far below; a 200 MP phone JPEG still opens because the decoder scales it down (draft).
Image.MAX_IMAGE_PIXELS = 125_000_000
MAX_PIXELS = Image.MAX_IMAGE_PIXELS  # formats decoded at full size (PNG, TIFF, HEIC, ...)
MAX_JPEG_PIXELS = 2 * Image.MAX_IMAGE_PIXELS  # JPEG: decoded at 1/2..1/8 scale
TOO_SMALL_UPSCALE = 1.15  # warn when a photo must be enlarged more than this
# Memory, not only pixel count: Pillow holds RGB/RGBA/CMYK at 4 bytes a pixel, so an
# 11000x11000 RGBA PNG of 470 KB needs 484 MB just to decode. Above this, refuse.
MAX_DECODE_BYTES = 320 * 2**20
ONE_READ_BYTES = 40_000_000  # a JPEG up to this size is decoded in one call (GIL)
STRIP_BYTES = 4 * 2**20  # reduce a large decode a strip at a time (no full-size copies)

ORIENTATION_TAG = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# EXIF kept in outputs: when it was taken and who took it. Everything else (GPS, camera
# serial numbers, maker notes, thumbnails) is dropped.
_KEEP_IFD0 = {0x013B: "Artist", 0x8298: "Copyright"}
_KEEP_EXIF = {0x9003: "DateTimeOriginal", 0x9011: "OffsetTimeOriginal"}
_EXIF_IFD = 0x8769


class Photo(MutableRecord):
    """A decoded photo ready for cropping. `image` is in the file's stored orientation
    (see `orientation`) and colour space (`icc`) until `region()` fixes both."""

    _fields = ("image", "full_size", "orientation", "icc", "exif", "name", "warnings")
    image: Image.Image
    full_size: tuple[int, int]  # the original's size, upright
    orientation: int
    icc: bytes | None
    exif: bytes
    name: str
    warnings: list[str]

    def __init__(self, image: Image.Image, full_size: tuple[int, int], orientation: int = 1,
                 icc: bytes | None = None, exif: bytes = b"", name: str = "",
                 warnings: list[str] | None = None) -> None:
        self.image = image
        self.full_size = full_size
        self.orientation = orientation
        self.icc = icc
        self.exif = exif
        self.name = name
        self.warnings = [] if warnings is None else warnings

    @property
    def size(self) -> tuple[int, int]:
        """Size of the decoded image, upright."""
        w, h = self.image.size
        return (h, w) if self.orientation in (5, 6, 7, 8) else (w, h)

    def region(self, box: tuple[float, float, float, float], out: tuple[int, int],
               sharp: tuple[int, int] | None = None) -> Image.Image:
        """The upright region `box` (in `size` coordinates) resized to `out`, sRGB RGB.
        `sharp`: the output rows (top, bottom) that need the bicubic filter; a template
        hides the rest under a near-opaque layer (renderer.veiled_rows), so those are
        resized by nearest neighbour (~8 of a 33 ms resize for a bottom band). Rows
        inside `sharp` come out as without it: the sub-box keeps the scale and Pillow
        samples beyond a box's edge, so the filter taps are the same (byte for byte
        when the scale survives the sub-box's float division, else +-1 in a few
        pixels)."""
        top, bottom = sharp if sharp is not None else (0, out[1])
        top, bottom = max(0, top), min(out[1], bottom)
        if top <= 0 and bottom >= out[1] or bottom <= top:
            # Bicubic: as sharp as Lanczos to the eye for these 1-2x reductions after the
            # draft decode, and ~30% cheaper (the benchmark's 1.5x-of-floor budget).
            return self._resized(box, out, Image.Resampling.BICUBIC)
        x0, y0, x1, y1 = box

        def source_y(row: int) -> float:  # the box's own edges exactly at either end
            return y0 if row == 0 else y1 if row == out[1] else y0 + row * (y1 - y0) / out[1]

        canvas = Image.new("RGB", out)
        for start, end, method in ((0, top, Image.Resampling.NEAREST),
                                   (top, bottom, Image.Resampling.BICUBIC),
                                   (bottom, out[1], Image.Resampling.NEAREST)):
            if end > start:
                part = (x0, source_y(start), x1, source_y(end))
                canvas.paste(self._resized(part, (out[0], end - start), method), (0, start))
        return canvas

    def _resized(self, box: tuple[float, float, float, float], out: tuple[int, int],
                 method: Image.Resampling) -> Image.Image:
        stored_box = _to_stored(box, self.image.size, self.orientation)
        stored_out = (out[1], out[0]) if self.orientation in (5, 6, 7, 8) else out
        im = self.image
        if stored_box != (0, 0, *im.size) or stored_out != im.size:
            im = im.resize(stored_out, method, box=stored_box, reducing_gap=3.0)
        if self.orientation in _TRANSPOSE:
            im = im.transpose(_TRANSPOSE[self.orientation])
        out = to_srgb(im, self.icc, self.warnings)
        if out is self.image:
            out = out.copy()
        out.info = {}  # the source's ICC profile, comment and XMP must not reach outputs
        return out

    def upright(self, scale: float = 1.0) -> Photo:
        """A copy whose image is upright sRGB RGB, scaled by `scale` (preview cache)."""
        w, h = self.size
        out = (max(1, round(w * scale)), max(1, round(h * scale)))
        image = self.region((0, 0, w, h), out)
        return self.replace(image=image, orientation=1, icc=None)

    def too_small_for(self, box: tuple[int, int], label: str) -> str | None:
        """A warning when the original must be enlarged noticeably to fill `box`."""
        if cover_scale(self.full_size, box) <= TOO_SMALL_UPSCALE:
            return None
        w, h = self.full_size
        return (f"Foto {self.name} terlalu kecil untuk {label} ({w}x{h} piksel, perlu sekitar "
                f"{box[0]}x{box[1]}): hasilnya akan buram. Pakai foto dengan resolusi lebih besar.")


def _to_stored(box: tuple[float, float, float, float], stored: tuple[int, int],
               orientation: int) -> tuple[float, float, float, float]:
    """Map a box in upright coordinates back to the stored image's coordinates."""
    W, H = stored  # noqa: N806 - image algebra reads better in capitals
    x0, y0, x1, y1 = box
    corners = [(x0, y0), (x1, y1)]
    mapped = []
    for x, y in corners:
        if orientation == 2:
            u, v = W - x, y
        elif orientation == 3:
            u, v = W - x, H - y
        elif orientation == 4:
            u, v = x, H - y
        elif orientation == 5:
            u, v = y, x
        elif orientation == 6:
            u, v = y, H - x
        elif orientation == 7:
            u, v = W - y, H - x
        elif orientation == 8:
            u, v = W - y, x
        else:
            u, v = x, y
        mapped.append((u, v))
    (u0, v0), (u1, v1) = mapped
    return (min(u0, u1), min(v0, v1), max(u0, u1), max(v0, v1))


# ---------------------------------------------------------------- colour


@functools.lru_cache(maxsize=1)
def _srgb() -> ImageCms.ImageCmsProfile:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@functools.lru_cache(maxsize=16)
def _transform(icc: bytes, mode: str) -> ImageCms.ImageCmsTransform | None:
    """A cached transform from the embedded profile to sRGB; None when it already is sRGB."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    description = (ImageCms.getProfileDescription(profile) or "").lower()
    if "srgb" in description and mode == "RGB":
        return None
    return ImageCms.buildTransform(
        profile, _srgb(), mode, "RGB",
        renderingIntent=ImageCms.Intent.PERCEPTUAL,
        flags=ImageCms.Flags.BLACKPOINTCOMPENSATION,
    )


def to_srgb(im: Image.Image, icc: bytes | None, warn: list[str] | None = None) -> Image.Image:
    """RGB/L/CMYK -> sRGB RGB, honouring an embedded ICC profile when there is one."""
    if icc and im.mode in ("RGB", "L", "CMYK"):
        from PIL import ImageCms  # here: ~2 ms of every batch's start, for a few photos

        try:
            transform = _transform(icc, im.mode)
        except (OSError, ImageCms.PyCMSError, ValueError, TypeError):
            transform = None
            if warn is not None and not any("Profil warna" in w for w in warn):
                warn.append("Profil warna (ICC) di foto rusak; warna dianggap sRGB.")
        if transform is not None:
            return ImageCms.applyTransform(im, transform)
    return im if im.mode == "RGB" else im.convert("RGB")


def _flatten(im: Image.Image) -> Image.Image:
    """Transparent parts of a photo go on white, like every photo viewer shows them."""
    rgba = im.convert("RGBA")
    base = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(base, rgba).convert("RGB")


def _deep_to_l(im: Image.Image) -> Image.Image:
    """16-bit or 32-bit grey (I;16, I, F) to 8-bit grey, scaled by the actual range."""
    if im.mode == "F":
        lo, hi = im.getextrema()
        factor = 255.0 if hi <= 1.0 else (1 / 257 if hi > 255 else 1.0)
        return im.point(lambda v: v * factor).convert("L")
    as_i = im.convert("I")
    hi = as_i.getextrema()[1]
    if hi > 255:
        as_i = as_i.point(lambda v: v * (1 / 257))
    return as_i.convert("L")


def normalise_mode(im: Image.Image) -> Image.Image:
    """Any Pillow mode -> RGB, L or CMYK with no alpha (transparency flattened on white)."""
    mode = im.mode
    if mode in ("RGB", "L", "CMYK"):
        return im
    if mode.startswith("I") or mode == "F":
        return _deep_to_l(im)
    if mode in ("RGBA", "RGBa", "LA", "La", "PA") or (
        mode == "P" and "transparency" in im.info
    ):
        return _flatten(im)
    if mode == "1":
        return im.convert("L")
    return im.convert("RGB")  # P without transparency, YCbCr, HSV, ...


# ---------------------------------------------------------------- opening


def _label(path: Path) -> str:
    return path.name or str(path)


def _check_file(path: Path) -> None:
    name = _label(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise RenderError(f"Berkas foto tidak ditemukan: {path}") from None
    except OSError as exc:
        raise RenderError(f"Berkas foto tidak dapat dibaca: {name} ({exc.strerror})") from None
    if path.is_dir():
        raise RenderError(f"{name} adalah folder, bukan berkas foto.")
    if st.st_size == 0:
        raise RenderError(
            f"Berkas foto kosong (0 byte): {name}. Salin ulang foto dari sumbernya."
        )


def _too_big(name: str, pixels: int | None, limit: int) -> RenderError:
    what = f"{pixels / 1e6:.0f} juta piksel" if pixels else "ukurannya sangat besar"
    return RenderError(
        f"Gambar terlalu besar: {name} ({what}; batas {limit // 1_000_000} juta piksel). "
        "Berkas ini mungkin rusak atau sengaja dibuat berbahaya; perkecil dulu fotonya."
    )


def header_exif(im: Image.Image) -> Image.Exif:
    """The EXIF of an opened image without decoding its pixels. Pillow's PNG plugin
    decodes the whole image to look for an eXIf chunk after the pixel data (seconds and
    hundreds of MB for a large PNG, just to read a header); such a late chunk is ignored."""
    if im.format == "PNG" and "exif" not in im.info:
        return Image.Exif()
    return im.getexif()


def _read_exif(im: Image.Image, warn: list[str], name: str) -> tuple[int, bytes]:
    """(orientation, kept EXIF bytes); corrupt EXIF is ignored with a warning."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns on corrupt EXIF; we report it
            exif = header_exif(im)
            sub = exif.get_ifd(_EXIF_IFD)
        orientation = exif.get(ORIENTATION_TAG, 1)
        keep = Image.Exif()
        for tag in _KEEP_IFD0:
            value = exif.get(tag)
            if isinstance(value, str) and value.strip():
                keep[tag] = value
        kept_sub = {tag: sub[tag] for tag in _KEEP_EXIF
                    if isinstance(sub.get(tag), str) and sub[tag].strip()}
        if kept_sub:
            keep.get_ifd(_EXIF_IFD).update(kept_sub)
        data = keep.tobytes() if (len(keep) or kept_sub) else b""
    except Exception:  # noqa: BLE001 - any malformed EXIF: the photo itself is still fine
        warn.append(f"Data EXIF di {name} rusak dan diabaikan (orientasi dianggap normal).")
        return 1, b""
    if not isinstance(orientation, int) or not 1 <= orientation <= 8:
        warn.append(f"Orientasi EXIF di {name} tidak sah ({orientation!r}); diabaikan.")
        orientation = 1
    return orientation, data


def needed_scale(upright: tuple[int, int], needs: Sequence[tuple[int, int, str]]) -> float:
    """The largest scale any requested box needs from the full image."""
    scale = 0.0
    for w, h, fit in needs:
        fn = contain_scale if fit == "contain" else cover_scale
        scale = max(scale, fn(upright, (w, h)))
    return scale


def open_photo(path: str | os.PathLike[str],
               needs: Sequence[tuple[int, int, str]] = ()) -> Photo:
    """Open and decode a photo, just big enough for every (width, height, fit) in `needs`
    (fit: "cover" or "contain"; upright output pixels). Empty `needs`: full size.
    Raises RenderError with a message for the user on anything wrong with the file."""
    path = Path(path)
    name = _label(path)
    _check_file(path)
    warn: list[str] = []
    with warnings.catch_warnings():
        # size limits are checked below; corrupt-EXIF warnings are reported as text
        warnings.simplefilter("ignore")
        try:
            im = Image.open(path)
        except Image.DecompressionBombError:
            raise _too_big(name, None, MAX_JPEG_PIXELS) from None
        except UnidentifiedImageError:
            raise RenderError(
                f"{name} bukan berkas gambar yang dikenali (JPEG, PNG, HEIC, WebP, GIF, TIFF). "
                f"Mungkin berkas lain yang diberi akhiran {path.suffix or '(tanpa akhiran)'}."
            ) from None
        except Exception as exc:  # noqa: BLE001 - decoders raise many types for hostile files
            raise RenderError(image_error_message(name, exc)) from None
    try:
        photo = _decode(im, path, needs, warn)
    except BaseException:
        im.close()
        raise
    if photo.image is not im:
        im.close()
    return photo


def _decode(im: Image.Image, path: Path,
            needs: Sequence[tuple[int, int, str]], warn: list[str]) -> Photo:
    name = _label(path)
    w, h = im.size
    is_jpeg = im.format in ("JPEG", "MPO")  # MPO: phones' JPEG with extra (depth) images
    limit = MAX_JPEG_PIXELS if is_jpeg else MAX_PIXELS
    if w * h > limit:
        raise _too_big(name, w * h, limit)
    if getattr(im, "is_animated", False) and not is_jpeg:
        warn.append(f"{name} berisi animasi; hanya bingkai pertama yang dipakai.")
    orientation, exif = _read_exif(im, warn, name)
    upright = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
    icc = im.info.get("icc_profile")
    need = _draft_size(im.size, upright, needs)
    if is_jpeg:
        # The whole file in one decode call: Pillow lets the GIL go for each call, and
        # in its 64 KB steps a camera JPEG takes ~130, each waiting for the GIL again
        # while the other render thread (or the start-up's imports) holds it.
        im.decodermaxblock = max(im.decodermaxblock, min(_file_bytes(path), ONE_READ_BYTES))
    decoded = None
    if need and is_jpeg and not jpeg_scaled.draft(im, need):
        decoded = jpeg_scaled.decode_scaled(path, im.mode, need)
    if decoded is None:
        if not is_jpeg or need is None:
            _check_memory(name, im.mode, (w, h))
        decoded = _pillow_decode(im, need if is_jpeg else None, name,
                                 reduce_to=None if is_jpeg else need)
    return Photo(decoded, upright, orientation, icc if icc and isinstance(icc, bytes) else None,
                 exif, name, warn)


def _file_bytes(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def decode_bytes(mode: str, size: tuple[int, int]) -> int:
    """What Pillow allocates to hold an image of `mode` and `size`."""
    per_pixel = 1 if mode in ("1", "L", "P") else 2 if mode.startswith("I;16") else 4
    return size[0] * size[1] * per_pixel


def _check_memory(name: str, mode: str, size: tuple[int, int]) -> None:
    need = decode_bytes(mode, size)
    if need > MAX_DECODE_BYTES:
        raise RenderError(
            f"Gambar terlalu besar untuk dibuka: {name} ({size[0]}x{size[1]} piksel, perlu "
            f"sekitar {need // 2**20} MB memori; batas {MAX_DECODE_BYTES // 2**20} MB). "
            "Berkas ini mungkin rusak atau sengaja dibuat berbahaya; perkecil dulu gambarnya."
        )


def _reduce_in_strips(im: Image.Image, factor: int) -> Image.Image:
    """`im` made `factor` times smaller (box average) and normalised to RGB/L/CMYK, one
    horizontal strip at a time: a full-size copy (RGBA flattening, mode conversion)
    would multiply the memory a large PNG or TIFF needs."""
    w, h = im.size
    out_w, out_h = w // factor, h // factor
    rows = max(factor, STRIP_BYTES // max(1, decode_bytes(im.mode, (w, 1))) // factor * factor)
    out: Image.Image | None = None
    for top in range(0, out_h * factor, rows):
        bottom = min(top + rows, out_h * factor)
        small = normalise_mode(im.crop((0, top, out_w * factor, bottom))).reduce(factor)
        if out is None:
            out = Image.new(small.mode, (out_w, out_h))
        out.paste(small, (0, top // factor))
    assert out is not None
    return out


def _pillow_decode(im: Image.Image, need: tuple[int, int] | None, name: str,
                   reduce_to: tuple[int, int] | None = None) -> Image.Image:
    """Decode with Pillow (at draft size `need` for a JPEG), as RGB, L or CMYK; other
    formats are then reduced towards `reduce_to` before anything else is allocated."""
    try:
        if need:
            im.draft(None, need)
        im.load()
        factor = min(im.width // reduce_to[0], im.height // reduce_to[1]) if reduce_to else 1
        deep = im.mode.startswith("I") or im.mode == "F"  # range scaled over the whole image
        decoded = _reduce_in_strips(im, factor) if factor >= 2 and not deep else \
            normalise_mode(im)
    except RenderError:
        raise
    except Exception as exc:  # noqa: BLE001 - decoders raise many types for broken files
        raise RenderError(image_error_message(name, exc)) from None
    if decoded is im and getattr(im, "fp", None) is not None:
        decoded = im.copy()  # multi-frame files keep their file open; detach from it
    return decoded


def _draft_size(stored: tuple[int, int], upright: tuple[int, int],
                needs: Sequence[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The smallest decode size (stored orientation) covering every need; None: full size."""
    scale = needed_scale(upright, needs) if needs else 1.0
    if scale >= 1:
        return None
    w, h = stored
    return (max(1, int(w * scale + 0.999)), max(1, int(h * scale + 0.999)))


def photo_size(path: str | os.PathLike[str]) -> tuple[int, int]:
    """A photo's upright size from its header alone (no decoding). Raises RenderError."""
    path = Path(path)
    _check_file(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as im:
                orientation, _ = _read_exif(im, [], path.name)
                w, h = im.size
    except Exception as exc:  # noqa: BLE001 - decoders raise many types for hostile files
        raise RenderError(image_error_message(path.name, exc)) from None
    return (h, w) if orientation in (5, 6, 7, 8) else (w, h)


# ---------------------------------------------------------------- thumbnails


def thumbnail_image(src: str | os.PathLike[str], size: int = 256) -> Image.Image:
    """An upright sRGB thumbnail fitting in size x size, decoded at draft scale."""
    photo = open_photo(src, [(size, size, "contain")])
    s = contain_scale(photo.size, (size, size))
    out = (max(1, round(photo.size[0] * s)), max(1, round(photo.size[1] * s)))
    return photo.region((0, 0, *photo.size), out)


def make_thumbnail(src: str | os.PathLike[str], dst: str | os.PathLike[str],
                   size: int = 256, quality: int = 82) -> Path:
    """Write a JPEG thumbnail (no EXIF) for the media library grid; atomic write."""
    image = thumbnail_image(src, size)
    dst = Path(dst)
    try:
        safe_write.write_image(dst, image, "JPEG", quality=quality)
    except safe_write.WriteError as exc:
        raise RenderError(str(exc)) from None
    return dst
