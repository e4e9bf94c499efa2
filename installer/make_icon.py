"""Turn resources/icons/warta.svg into the Windows .ico that Warta.exe and the installer show.

Generated at build time (never committed) so the icon follows the SVG.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """Render the SVG at size x size pixels (transparent background) as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # QPainter needs an application object; a widgets one, so that a later QWidget in
    # the same process (tests) still works.
    _app = QApplication.instance() or QApplication([])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"ikon {svg} bukan SVG yang sah")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def svg_to_ico(svg: Path, ico: Path) -> Path:
    """Write a multi-size .ico rendered from the SVG (Pillow scales the 256 px render)."""
    from PIL import Image

    big = Image.open(io.BytesIO(render_png(svg, max(ICO_SIZES)))).convert("RGBA")
    ico.parent.mkdir(parents=True, exist_ok=True)
    big.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return ico
