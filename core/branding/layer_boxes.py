"""Where a template's layers sit on a format's canvas, and the photo sizes they need.

Apart from the renderer so a batch can ask for its photos' decoding (core.branding.
prefetch) before the renderer, its fonts and Pillow's drawing modules are imported.
"""

from __future__ import annotations

from core.branding.formats import ImageFormat
from core.branding.geometry import Rect, bleed, canvas_rect, resolve_box, safe_rect
from core.branding.kit import Layer, PhotoLayer, Template

Need = tuple[int, int, str]  # (width, height, fit) of a photo box, upright output pixels


def layer_rect(layer: Layer, safe: Rect, canvas: Rect, scale: float) -> Rect:
    """The layer's box in the safe area, bled to the canvas edge where it touches it."""
    rect = resolve_box(layer.box, safe, scale)
    if layer.bleed:
        return bleed(rect, safe, canvas)
    return rect


def photo_needs(template: Template, fmt: ImageFormat, scale: float = 1.0) -> list[Need]:
    """(width, height, fit) of every photo box of `template` in `fmt`, for draft decoding."""
    canvas, safe = canvas_rect(fmt, scale), safe_rect(fmt, scale)
    needs = []
    for layer in template.layers:
        if isinstance(layer, PhotoLayer) and layer.applies_to(fmt.id):
            rect = layer_rect(layer, safe, canvas, scale)
            if not rect.is_empty():
                needs.append((rect.width, rect.height, layer.fit))
    return needs
