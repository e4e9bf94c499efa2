"""Branding: brand kits (kit.json + assets), the Pillow renderer and photo I/O. No Qt.

Typical use (GUI preview and the `brand` CLI):

    kit = load_kit("cimahi")
    res = render_image(kit, "band-bottom", "portrait", "foto.jpg", fields, scale=0.5)
    render(kit, "band-bottom", "portrait", "foto.jpg", fields, out_path="hasil.jpg")

The names below are imported from their module when first used (PEP 562), so
`brand --list` starts without the renderer, photo I/O and the HEIC plugin.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "catalog": ("DEFAULT_KIT_ID", "KitEntry", "list_kits", "load_kit", "remove_user_kit",
                "replace_logo", "user_kits_dir"),
    "errors": ("KitError", "KitExistsError", "LogoError", "RenderError"),
    "fields": ("format_date_id", "parse_date"),
    "formats": ("FORMAT_IDS", "FORMATS", "ImageFormat", "get_format"),
    "geometry": ("Rect", "safe_rect"),
    "imageio": ("make_thumbnail", "open_photo", "photo_size", "thumbnail_image"),
    "kit": ("FIELDS", "LOGO_NAMES", "PLACEHOLDER_LOGO_NOTE", "BrandKit", "Template",
            "logo_name"),
    "kit_zip": ("export_kit_zip", "import_kit_zip"),
    "renderer": ("PREVIEW_CACHE", "PhotoCache", "RenderResult", "focus_at", "photo_rect",
                 "render", "render_image", "render_set"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_MODULE_OF)  # noqa: PLE0605


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
