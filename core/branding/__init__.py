"""Branding: brand kits (kit.json + assets), the Pillow renderer and photo I/O. No Qt.

Typical use (GUI preview and the `brand` CLI):

    kit = load_kit("cimahi")
    res = render_image(kit, "band-bottom", "portrait", "foto.jpg", fields, scale=0.5)
    render(kit, "band-bottom", "portrait", "foto.jpg", fields, out_path="hasil.jpg")
"""

from core.branding.catalog import (
    DEFAULT_KIT_ID,
    KitEntry,
    list_kits,
    load_kit,
    remove_user_kit,
    replace_logo,
    user_kits_dir,
)
from core.branding.errors import KitError, KitExistsError, LogoError, RenderError
from core.branding.fields import format_date_id, parse_date
from core.branding.formats import FORMAT_IDS, FORMATS, ImageFormat, get_format
from core.branding.geometry import Rect, safe_rect
from core.branding.imageio import make_thumbnail, open_photo, photo_size, thumbnail_image
from core.branding.kit import (
    FIELDS,
    LOGO_NAMES,
    PLACEHOLDER_LOGO_NOTE,
    BrandKit,
    Template,
    logo_name,
)
from core.branding.kit_zip import export_kit_zip, import_kit_zip
from core.branding.renderer import (
    PREVIEW_CACHE,
    PhotoCache,
    RenderResult,
    focus_at,
    photo_rect,
    render,
    render_image,
    render_set,
)

__all__ = [
    "DEFAULT_KIT_ID", "FIELDS", "FORMATS", "FORMAT_IDS", "LOGO_NAMES", "PLACEHOLDER_LOGO_NOTE",
    "PREVIEW_CACHE", "BrandKit",
    "ImageFormat", "KitEntry", "KitError", "KitExistsError", "LogoError", "PhotoCache",
    "Rect", "RenderError", "RenderResult", "Template", "export_kit_zip", "focus_at",
    "format_date_id", "get_format", "import_kit_zip", "list_kits", "load_kit", "logo_name",
    "make_thumbnail", "open_photo", "parse_date", "photo_rect", "photo_size",
    "remove_user_kit", "render", "render_image", "render_set", "replace_logo", "safe_rect",
    "thumbnail_image", "user_kits_dir",
]
