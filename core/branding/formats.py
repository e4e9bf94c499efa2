"""Output image formats for branding: the sizes and safe zones from core/platforms.py
(IMAGE_FORMATS is the single table of platform facts), plus small lookups."""

from __future__ import annotations

from core.platforms import IMAGE_FORMATS, ImageFormat

FORMATS = IMAGE_FORMATS
FORMAT_IDS: tuple[str, ...] = tuple(IMAGE_FORMATS)

__all__ = ["FORMATS", "FORMAT_IDS", "ImageFormat", "format_label", "get_format"]


def get_format(format_id: str) -> ImageFormat:
    """Look a format up by id; KeyError's message lists the valid ids."""
    try:
        return FORMATS[format_id]
    except KeyError:
        raise KeyError(
            f"Format {format_id!r} tidak dikenal. Pilihan: {', '.join(FORMAT_IDS)}."
        ) from None


def format_label(fmt: ImageFormat) -> str:
    """'Potret (feed) 1080x1350' for messages and lists."""
    return f"{fmt.name} {fmt.width}x{fmt.height}"
