"""Render a template onto a photo with Pillow: full-size files for export, and fast
reduced-scale images for the live preview (the decoded photo is cached).

Text and logo layers are laid out inside the format's safe area and clipped to it, so
no kit can put them under a story's profile bar or reply box.
"""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from core import safe_write
from core.branding import tile_cache
from core.branding.catalog import load_kit
from core.branding.colors import RGBA, with_opacity
from core.branding.errors import RenderError
from core.branding.fields import fill
from core.branding.fonts import get_font
from core.branding.formats import ImageFormat, format_label, get_format
from core.branding.geometry import (
    Rect,
    bleed,
    canvas_rect,
    contain_rect,
    cover_crop,
    resolve_box,
    safe_rect,
)
from core.branding.imageio import Photo, needed_scale, open_photo
from core.branding.kit import (
    PLACEHOLDER_LOGO_NOTE,
    BrandKit,
    ImageLayer,
    Layer,
    LogoLayer,
    PhotoLayer,
    RectLayer,
    Template,
    TextLayer,
    logo_name,
)
from core.branding.text_layout import drawable_text, layout_text
from core.record import MutableRecord

PLACEHOLDER_GREY = (186, 192, 188)
# A plain layer at least this opaque shows at most a tenth of the photo under it: there
# the photo is resized by a cheap filter (see veiled_rows).
VEIL_OPACITY = 0.9
HIGH_QUALITY = 90  # from here on, JPEG keeps full colour resolution (4:4:4)


def jpeg_subsampling(quality: int) -> int:
    """4:2:0 below HIGH_QUALITY (what every platform re-encodes to anyway; half the encode
    time), 4:4:4 from it up for the crispest coloured text."""
    return 0 if quality >= HIGH_QUALITY else 2


class RenderResult(MutableRecord):
    """What a render produced: the file (or image, for previews) and warnings for the user."""

    _fields = ("path", "size", "warnings", "image")
    path: Path | None
    size: tuple[int, int]
    warnings: list[str]
    image: Image.Image | None

    def __init__(self, path: Path | None, size: tuple[int, int],
                 warnings: list[str] | None = None, image: Image.Image | None = None) -> None:
        self.path = path
        self.size = size
        self.warnings = [] if warnings is None else warnings
        self.image = image


# ---------------------------------------------------------------- preview cache


class PhotoCache:
    """Decoded, upright, downscaled photos keyed by file, its mtime and the needed size, so
    a preview re-render (new title, moved focus point) skips decoding."""

    def __init__(self, max_items: int = 6) -> None:
        self.max_items = max_items
        self._items: OrderedDict[tuple, Photo] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, path: Path, needs: Sequence[tuple[int, int, str]]) -> Photo:
        try:
            st = path.stat()
            key = (str(path.resolve()), st.st_mtime_ns, st.st_size, tuple(needs))
        except OSError:
            key = None
        if key is not None:
            with self._lock:
                if key in self._items:
                    self._items.move_to_end(key)
                    return self._items[key]
        photo = open_photo(path, needs)
        factor = min(1.0, needed_scale(photo.size, needs)) if needs else 1.0
        photo = photo.upright(factor)
        if key is not None:
            with self._lock:
                self._items[key] = photo
                while len(self._items) > self.max_items:
                    self._items.popitem(last=False)
        return photo

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


PREVIEW_CACHE = PhotoCache()


# ---------------------------------------------------------------- public API


def _template_and_format(kit: BrandKit, template_id: str, format_id: str
                         ) -> tuple[Template, ImageFormat]:
    try:
        template = kit.template(template_id)
        fmt = get_format(format_id)
    except KeyError as exc:
        raise RenderError(exc.args[0]) from None
    if format_id not in template.formats:
        raise RenderError(
            f"Templat {template.name!r} tidak mendukung format {fmt.name} ({format_id}). "
            f"Format yang didukung: {', '.join(template.formats)}."
        )
    return template, fmt


def photo_needs(template: Template, fmt: ImageFormat, scale: float = 1.0
                ) -> list[tuple[int, int, str]]:
    """(width, height, fit) of every photo box of `template` in `fmt`, for draft decoding."""
    canvas, safe = canvas_rect(fmt, scale), safe_rect(fmt, scale)
    needs = []
    for layer in template.layers:
        if isinstance(layer, PhotoLayer) and layer.applies_to(fmt.id):
            rect = _layer_rect(layer, safe, canvas, scale)
            if not rect.is_empty():
                needs.append((rect.width, rect.height, layer.fit))
    return needs


def photo_rect(kit: BrandKit | str, template_id: str, format_id: str, scale: float = 1.0
               ) -> Rect | None:
    """Where the template's (first) photo sits on the canvas, for the GUI's focus clicks."""
    kit = load_kit(kit)
    template, fmt = _template_and_format(kit, template_id, format_id)
    canvas, safe = canvas_rect(fmt, scale), safe_rect(fmt, scale)
    for layer in template.layers:
        if isinstance(layer, PhotoLayer) and layer.applies_to(format_id):
            return _layer_rect(layer, safe, canvas, scale)
    return None


def focus_at(kit: BrandKit | str, template_id: str, format_id: str,
             photo_size: tuple[int, int], focus: tuple[float, float],
             point: tuple[float, float], scale: float = 1.0) -> tuple[float, float] | None:
    """The focus point (fractions of the upright photo) under `point`, a click on a preview
    rendered at `scale` with `focus`; None when the click is not on the photo."""
    rect = photo_rect(kit, template_id, format_id, scale)
    if rect is None or rect.is_empty():
        return None
    x, y = point
    if not (rect.left <= x < rect.right and rect.top <= y < rect.bottom):
        return None
    left, top, right, bottom = cover_crop(photo_size, rect.size, focus)
    fx = (left + (x - rect.left) / rect.width * (right - left)) / photo_size[0]
    fy = (top + (y - rect.top) / rect.height * (bottom - top)) / photo_size[1]
    return (min(1.0, max(0.0, fx)), min(1.0, max(0.0, fy)))


def render_image(
    kit: BrandKit | str,
    template_id: str,
    format_id: str,
    photo_path: str | os.PathLike[str] | None = None,
    fields: Mapping[str, str] | None = None,
    *,
    focus: tuple[float, float] = (0.5, 0.5),
    scale: float = 1.0,
    cache: PhotoCache | None = PREVIEW_CACHE,
) -> RenderResult:
    """Render in memory (result.image, RGB) at `scale` of the format's size; for previews.
    Without a photo, photo areas show a grey placeholder. Raises RenderError."""
    kit = load_kit(kit)
    template, fmt = _template_and_format(kit, template_id, format_id)
    if not 0.05 <= scale <= 2.0:
        raise RenderError(f"Skala pratinjau {scale} harus 0,05-2.")
    photo = None
    warnings: list[str] = []
    if template.needs_photo and photo_path is not None:
        needs = photo_needs(template, fmt, scale)
        photo = cache.get(Path(photo_path), needs) if cache else open_photo(photo_path, needs)
    elif template.needs_photo:
        warnings.append("Belum ada foto; area foto ditampilkan abu-abu.")
    image, more = compose(kit, template, fmt, photo, fields or {}, focus, scale)
    return RenderResult(None, image.size, warnings + more, image)


def render(
    kit: BrandKit | str,
    template_id: str,
    format_id: str,
    photo_path: str | os.PathLike[str] | None,
    fields: Mapping[str, str] | None,
    *,
    out_path: str | os.PathLike[str],
    focus: tuple[float, float] = (0.5, 0.5),
    quality: int = 88,
    fmt: str = "jpeg",
) -> RenderResult:
    """Render one output file at full size (atomic write). Raises RenderError."""
    return render_set(kit, template_id, {format_id: out_path}, photo_path, fields,
                      focus=focus, quality=quality, fmt=fmt)[0]


def render_set(
    kit: BrandKit | str,
    template_id: str,
    outputs: Mapping[str, str | os.PathLike[str]],
    photo_path: str | os.PathLike[str] | None,
    fields: Mapping[str, str] | None,
    *,
    focus: tuple[float, float] = (0.5, 0.5),
    quality: int = 88,
    fmt: str = "jpeg",
) -> list[RenderResult]:
    """Render one photo into several formats ({format_id: out_path}), decoding it once at
    the largest size any of them needs. Raises RenderError on the first failure."""
    kit = load_kit(kit)
    if fmt not in ("jpeg", "png"):
        raise RenderError(f"Jenis berkas keluaran {fmt!r} tidak dikenal; pilih jpeg atau png.")
    if not 1 <= int(quality) <= 100:
        raise RenderError(f"Kualitas JPEG {quality} harus 1-100.")
    plans = [(_template_and_format(kit, template_id, f), Path(p)) for f, p in outputs.items()]
    photo = None
    if any(t.needs_photo for (t, _), _ in plans):
        if photo_path is None:
            raise RenderError(f"Template {template_id!r} memerlukan foto.")
        needs = [n for (t, f), _ in plans for n in photo_needs(t, f)]
        photo = open_photo(photo_path, needs)
    results = []
    for (template, image_format), out in plans:
        image, warnings = compose(kit, template, image_format, photo, fields or {}, focus, 1.0)
        exif = photo.exif if photo is not None else b""
        save_image(image, out, fmt=fmt, quality=quality, exif=exif)
        results.append(RenderResult(out, image.size, warnings))
    return results


def save_image(image: Image.Image, out_path: str | os.PathLike[str], *, fmt: str = "jpeg",
               quality: int = 88, exif: bytes = b"") -> None:
    """Progressive optimised JPEG or PNG, encoded in memory then written safely (a full
    disk is reported, never a truncated file over the previous one)."""
    if fmt == "png":
        params: dict = {"compress_level": 6, "exif": exif}
    else:
        params = {"quality": int(quality), "optimize": True, "progressive": True,
                  "subsampling": jpeg_subsampling(quality), "exif": exif}
    try:
        safe_write.write_image(out_path, image, "PNG" if fmt == "png" else "JPEG", **params)
    except safe_write.WriteError as exc:
        raise RenderError(str(exc)) from None


# ---------------------------------------------------------------- composition


def _layer_rect(layer: Layer, safe: Rect, canvas: Rect, scale: float) -> Rect:
    rect = resolve_box(layer.box, safe, scale)
    if layer.bleed:
        return bleed(rect, safe, canvas)
    return rect


def compose(kit: BrandKit, template: Template, fmt: ImageFormat, photo: Photo | None,
            fields: Mapping[str, str], focus: tuple[float, float], scale: float
            ) -> tuple[Image.Image, list[str]]:
    """Draw every layer of `template` that applies to `fmt`, bottom to top."""
    try:
        return _compose(kit, template, fmt, photo, fields, focus, scale)
    except OSError as exc:  # a logo, overlay or font vanished or broke after the kit loaded
        name = Path(exc.filename).name if getattr(exc, "filename", None) else str(exc)
        raise RenderError(
            f"Berkas kit merek {kit.name} tidak dapat dibaca ({name}). Muat ulang atau pasang "
            "ulang kit merek di Pengaturan > Merek."
        ) from None


def _compose(kit: BrandKit, template: Template, fmt: ImageFormat, photo: Photo | None,
             fields: Mapping[str, str], focus: tuple[float, float], scale: float
             ) -> tuple[Image.Image, list[str]]:
    canvas_r, safe = canvas_rect(fmt, scale), safe_rect(fmt, scale)
    layers = [layer for layer in template.layers if layer.applies_to(fmt.id)]
    warnings: list[str] = list(photo.warnings) if photo is not None else []
    canvas = _photo_canvas(layers, photo, canvas_r, safe, focus, fmt, scale, warnings)
    if canvas is not None:
        layers = layers[1:]
    else:
        canvas = Image.new("RGB", canvas_r.size, (255, 255, 255))
    for layer in layers:
        if isinstance(layer, PhotoLayer):
            rect = _layer_rect(layer, safe, canvas_r, scale)
            _draw_photo(canvas, layer, rect, photo, focus, fmt, scale, warnings)
        elif isinstance(layer, RectLayer):
            _draw_rect(canvas, layer, _layer_rect(layer, safe, canvas_r, scale), scale)
        elif isinstance(layer, ImageLayer):
            _draw_picture(canvas, layer.src, _layer_rect(layer, safe, canvas_r, scale),
                          layer.fit, layer.align, layer.valign, layer.opacity, scale == 1.0)
        elif isinstance(layer, LogoLayer):
            rect = resolve_box(layer.box, safe, scale).intersect(safe)
            _draw_logo(canvas, kit, layer, rect, warnings, scale == 1.0)
        elif isinstance(layer, TextLayer):
            rect = resolve_box(layer.box, safe, scale).intersect(safe)
            _draw_text(canvas, kit, layer, rect, fields, scale, warnings, fmt)
    canvas.info = {}
    return canvas, _unique(warnings)


def _photo_canvas(layers: Sequence[Layer], photo: Photo | None, canvas: Rect, safe: Rect,
                  focus: tuple[float, float], fmt: ImageFormat, scale: float,
                  warnings: list[str]) -> Image.Image | None:
    """The common first layer, an opaque photo covering the whole canvas, rendered straight
    into a new canvas (saves allocating and pasting a full-size image)."""
    layer = layers[0] if layers else None
    if (not isinstance(layer, PhotoLayer) or photo is None or layer.fit != "cover"
            or layer.opacity < 1.0 or _layer_rect(layer, safe, canvas, scale) != canvas):
        return None
    _warn_if_small(photo, canvas, fmt, scale, warnings)
    return photo.region(cover_crop(photo.size, canvas.size, focus), canvas.size,
                        sharp=veiled_rows(layers, safe, canvas, scale))


def veiled_rows(layers: Sequence[Layer], safe: Rect, canvas: Rect, scale: float
                ) -> tuple[int, int]:
    """The canvas rows (top, bottom) between the bands that plain rect layers cover
    edge to edge at VEIL_OPACITY or more from the canvas' top or bottom (band-bottom's
    94 % green band): outside them the photo shows at most 10 % and gets a cheap resize."""
    top, bottom = canvas.top, canvas.bottom
    for layer in layers:
        if not isinstance(layer, RectLayer) or layer.gradient is not None \
                or layer.radius.value != 0:
            continue
        alpha = (layer.fill or (0, 0, 0, 255))[3] / 255 * layer.opacity
        rect = _layer_rect(layer, safe, canvas, scale)
        if alpha < VEIL_OPACITY or rect.left > canvas.left or rect.right < canvas.right:
            continue
        if rect.top <= top < rect.bottom:
            top = rect.bottom
        if rect.top < bottom <= rect.bottom:
            bottom = rect.top
    return (top - canvas.top, bottom - canvas.top)


def _warn_if_small(photo: Photo, rect: Rect, fmt: ImageFormat, scale: float,
                   warnings: list[str]) -> None:
    full_box = (round(rect.width / scale), round(rect.height / scale))
    if (msg := photo.too_small_for(full_box, format_label(fmt))) is not None:
        warnings.append(msg)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _paste(canvas: Image.Image, tile: Image.Image, at: tuple[int, int], opacity: float) -> None:
    """Alpha-blend an RGBA tile onto the RGB canvas."""
    if opacity < 1.0:
        alpha = tile.getchannel("A").point(lambda v: round(v * opacity))
        tile = tile.copy()
        tile.putalpha(alpha)
    canvas.paste(tile, at, tile)


def _draw_photo(canvas: Image.Image, layer: PhotoLayer, rect: Rect, photo: Photo | None,
                focus: tuple[float, float], fmt: ImageFormat, scale: float,
                warnings: list[str]) -> None:
    if rect.is_empty():
        return
    if photo is None:
        canvas.paste(PLACEHOLDER_GREY, rect.as_tuple())
        return
    _warn_if_small(photo, rect, fmt, scale, warnings)
    if layer.fit == "cover":
        crop = cover_crop(photo.size, rect.size, focus)
        target = rect
    else:
        canvas.paste(layer.background[:3], rect.as_tuple())
        crop = (0, 0, *photo.size)
        target = contain_rect(photo.size, rect)
    image = photo.region(crop, target.size)
    if layer.opacity < 1.0:
        image = image.convert("RGBA")
        _paste(canvas, image, (target.left, target.top), layer.opacity)
    else:
        canvas.paste(image, (target.left, target.top))


def _gradient_channel(grad: Image.Image, a: int, b: int) -> Image.Image:
    return grad.point(lambda v: round(a + (b - a) * v / 255))


def _rounded_mask(size: tuple[int, int], radius: int) -> Image.Image:
    """An anti-aliased rounded-rectangle mask (drawn at 4x, then reduced)."""
    w, h = size
    big = Image.new("L", (w * 4, h * 4), 0)
    ImageDraw.Draw(big).rounded_rectangle((0, 0, w * 4 - 1, h * 4 - 1), radius * 4, fill=255)
    return big.reduce(4)


def _draw_rect(canvas: Image.Image, layer: RectLayer, rect: Rect, scale: float) -> None:
    if rect.is_empty():
        return
    w, h = rect.size
    radius = round(layer.radius.resolve(min(w, h), scale))
    radius = min(radius, min(w, h) // 2)
    if layer.gradient is None:
        color = with_opacity(layer.fill or (0, 0, 0, 255), layer.opacity)
        if radius == 0 and color[3] == 255:
            canvas.paste(color[:3], rect.as_tuple())
            return
        tile = Image.new("RGBA", (w, h), color)
    else:
        g = layer.gradient
        grad = Image.linear_gradient("L")
        if g.direction == "horizontal":
            grad = grad.transpose(Image.Transpose.ROTATE_90)  # black left, white right
        grad = grad.resize((w, h), Image.Resampling.BILINEAR)
        channels = [_gradient_channel(grad, g.start[i], g.end[i]) for i in range(4)]
        tile = Image.merge("RGBA", channels)
        if layer.opacity < 1.0:
            tile.putalpha(tile.getchannel("A").point(lambda v: round(v * layer.opacity)))
    if radius > 0:
        tile.putalpha(ImageChops.multiply(tile.getchannel("A"), _rounded_mask((w, h), radius)))
    canvas.paste(tile, (rect.left, rect.top), tile)


@functools.lru_cache(maxsize=16)
def _asset(path: str, mtime_ns: int) -> Image.Image:
    with Image.open(path) as im:
        return im.convert("RGBA")


@functools.lru_cache(maxsize=16)
def _asset_size(path: str, mtime_ns: int) -> tuple[int, int]:
    """The picture's size from its header (a kept tile needs no decode)."""
    with Image.open(path) as im:
        return im.size


@functools.lru_cache(maxsize=64)
def _asset_resized(path: str, mtime_ns: int, size: tuple[int, int],
                   crop: tuple[float, float, float, float] | None) -> Image.Image:
    return _asset(path, mtime_ns).resize(size, Image.Resampling.LANCZOS, box=crop)


@functools.lru_cache(maxsize=64)
def _kept_tile(path: str, mtime_ns: int, size: tuple[int, int],
               crop: tuple[float, float, float, float] | None) -> Image.Image:
    """_asset_resized's tile, from the cache folder when an earlier run made it."""
    return tile_cache.tile(path, mtime_ns, size, crop,
                           lambda: _asset_resized(path, mtime_ns, size, crop))


# A batch's render threads start their first photos together and would each decode and
# resize the same logo (~8 ms of LANCZOS for a 512 px logo): one does, the other waits
# for its result. Later photos find both in the caches.
_ASSET_LOCK = threading.Lock()


def _draw_picture(canvas: Image.Image, src: Path, rect: Rect, fit: str, align: str,
                  valign: str, opacity: float, keep: bool = False) -> None:
    """`keep`: a full-size render, whose tile is kept in the cache folder (tile_cache)."""
    if rect.is_empty():
        return
    mtime = src.stat().st_mtime_ns
    with _ASSET_LOCK:
        base_size = _asset_size(str(src), mtime)
        crop = None
        if fit == "contain":
            target = contain_rect(base_size, rect, align, valign)
        else:
            target = rect
            if fit == "cover":
                crop = cover_crop(base_size, rect.size)
        resized = _kept_tile if keep else _asset_resized
        tile = resized(str(src), mtime, target.size, crop)
    _paste(canvas, tile, (target.left, target.top), opacity)


def _draw_logo(canvas: Image.Image, kit: BrandKit, layer: LogoLayer, rect: Rect,
               warnings: list[str], keep: bool = False) -> None:
    if rect.is_empty():
        return
    _draw_picture(canvas, kit.logos[layer.key], rect, "contain", layer.align, layer.valign,
                  layer.opacity, keep)
    if layer.key in kit.placeholder_logos:
        warnings.append(
            f"{logo_name(layer.key)} di kit {kit.name} {PLACEHOLDER_LOGO_NOTE}. Ganti dengan "
            "logo resmi di Pengaturan > Merek sebelum dipublikasikan."
        )


def _draw_text(canvas: Image.Image, kit: BrandKit, layer: TextLayer, rect: Rect,
               fields: Mapping[str, str], scale: float, warnings: list[str],
               fmt: ImageFormat | None = None) -> None:
    text = fill(layer.value, fields)
    if layer.uppercase:
        text = text.upper()
    font_path = str(kit.fonts[layer.font])
    text, removed = drawable_text(text, font_path)
    if removed:
        warnings.append(f"Karakter {' '.join(removed)} tidak tersedia di font kit merek dan "
                        "tidak ditampilkan di gambar (keterangan unggahan tidak berubah).")
    if not text:
        return
    if rect.is_empty():
        warnings.append(f"Teks {text[:30]!r} berada di luar area aman format; tidak ditampilkan.")
        return
    if fmt is not None and scale < 1:
        # A preview: FreeType hints every glyph advance to whole pixels, which at 7-12 px
        # spaces letters unevenly ("4 D esemb er 2026") where the exported file is even.
        # Lay the text out and draw it at the exported size, then shrink it, so the
        # preview shows the file's spacing and line breaks.
        full_safe = safe_rect(fmt, 1.0)
        full = resolve_box(layer.box, full_safe, 1.0).intersect(full_safe)
        if not full.is_empty():
            mask = _text_mask(text, font_path, layer, full, 1.0, warnings)
            if mask is not None:
                _paint(canvas, rect, layer.color, layer.opacity,
                       mask.resize(rect.size, Image.Resampling.HAMMING))
            return
    block = _layout(text, font_path, layer, rect, scale, warnings)
    if block is None:
        return
    font = get_font(font_path, block.size)
    color: RGBA = with_opacity(layer.color, layer.opacity)
    if color[3] == 255:
        target, origin = canvas, (rect.left, rect.top)
        fill_color: tuple[int, ...] = color[:3]
    else:
        target, origin = Image.new("RGBA", rect.size, (*color[:3], 0)), (0, 0)
        fill_color = color
    _draw_lines(ImageDraw.Draw(target), block, font, layer, rect, origin, fill_color)
    if target is not canvas:
        canvas.paste(target, (rect.left, rect.top), target)


def _layout(text: str, font_path: str, layer: TextLayer, rect: Rect, scale: float,
            warnings: list[str]):
    """The text's lines and size in `rect` (None when nothing fits), warning when cut."""
    block = layout_text(text, font_path, rect.width, rect.height,
                        max(1, round(layer.size_max * scale)),
                        max(1, round(layer.size_min * scale)),
                        layer.max_lines, layer.line_height)
    if block.truncated:
        warnings.append(f"Teks {text[:40]!r} terlalu panjang untuk kotaknya; dipotong dengan '…'.")
    return block if block.lines else None


def _draw_lines(draw: ImageDraw.ImageDraw, block, font, layer: TextLayer, rect: Rect,
                origin: tuple[int, int], fill_color) -> None:
    free = rect.height - block.height
    top = {"top": 0, "middle": free // 2, "bottom": free}[layer.valign]
    for i, line in enumerate(block.lines):
        width = font.getlength(line)
        dx = {"left": 0, "center": (rect.width - width) / 2, "right": rect.width - width}[
            layer.align]
        baseline = origin[1] + top + block.ascent + i * block.pitch
        draw.text((origin[0] + dx, baseline), line, font=font, fill=fill_color, anchor="ls")


def _text_mask(text: str, font_path: str, layer: TextLayer, rect: Rect, scale: float,
               warnings: list[str]) -> Image.Image | None:
    """The text's coverage (L) in a `rect`-sized image, laid out at `scale`."""
    block = _layout(text, font_path, layer, rect, scale, warnings)
    if block is None:
        return None
    mask = Image.new("L", rect.size, 0)
    _draw_lines(ImageDraw.Draw(mask), block, get_font(font_path, block.size), layer, rect,
                (0, 0), 255)
    return mask


def _paint(canvas: Image.Image, rect: Rect, color: RGBA, opacity: float,
           mask: Image.Image) -> None:
    """Lay `color` through `mask` (and the layer's opacity) onto the canvas at `rect`."""
    alpha = with_opacity(color, opacity)[3]
    if alpha < 255:
        mask = mask.point(lambda v: v * alpha // 255)
    canvas.paste(color[:3], (rect.left, rect.top, rect.right, rect.bottom), mask)
