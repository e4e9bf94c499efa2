"""Building blocks of the platform previews: avatar, image box, icon row, caption HTML.

Icons are drawn with QPainter paths rather than emoji or symbol fonts, so the preview
looks the same on an office PC without an emoji font.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.branding.geometry import cover_crop
from core.captions.hashtags import find_hashtags, find_mentions
from core.captions.urls import find_urls

ACCENT = "#0B6E4F"


def initials(name: str) -> str:
    """'Diskominfo Kota Cimahi' -> 'DK'; '' -> '?'."""
    words = [w for w in name.replace("@", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return letters.upper()


class Avatar(QWidget):
    """A circle with the account's initials; Instagram-style ring when `ring` is set."""

    def __init__(self, size: int = 36, ring: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = "?"
        self._ring = ring
        self._color = QColor(ACCENT)
        self.setFixedSize(size, size)

    def set_name(self, name: str) -> None:
        self._text = initials(name)
        self.update()

    def text(self) -> str:
        return self._text

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self._ring:
            pen = QPen(QColor("#D62976"), 2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(rect)
            rect = rect.adjusted(3, 3, -3, -3)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._color)
        p.drawEllipse(rect)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(rect.height() * 0.38)))
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        p.end()


class ImageBox(QWidget):
    """The first photo of the post at the platform's aspect ratio, or a neutral placeholder.

    The photo fills the box and is cropped the way the platform crops it, centred on
    the post's focus point as far as the photo allows (what the branded export does)."""

    def __init__(self, aspect: float, radius: int = 0, dark: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._aspect = aspect  # height / width
        self._radius = radius
        self._dark = dark
        self._pixmap: QPixmap | None = None
        self._focus = (0.5, 0.5)
        self._cover_key: tuple | None = None
        self._cover_pix = QPixmap()
        self.placeholder_text = ""
        self._overlay: QWidget | None = None
        self.shade_bottom = False  # darken the lower part so white text on it stays legible
        sp = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.setMinimumWidth(120)

    def set_pixmap(self, pixmap: QPixmap | None,
                   focus: tuple[float, float] = (0.5, 0.5)) -> None:
        self._pixmap = pixmap if pixmap is not None and not pixmap.isNull() else None
        self._focus = focus
        self._cover_key = None
        self.update()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return int(width * self._aspect)

    def set_overlay(self, widget: QWidget) -> None:
        """A widget drawn over the whole image (TikTok's caption and buttons)."""
        widget.setParent(self)
        self._overlay = widget
        widget.setGeometry(self.rect())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._overlay is not None:
            self._overlay.setGeometry(self.rect())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, int(300 * self._aspect))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        clip = QPainterPath()
        clip.addRoundedRect(rect, self._radius, self._radius)
        p.setClipPath(clip)
        if self._pixmap is not None:
            p.drawPixmap(0, 0, self._cover(self._pixmap))
            self._shade(p, rect)
            p.end()
            return
        bg, fg = ("#2B2F2E", "#5C6462") if self._dark else ("#E6EAE8", "#AEB8B4")
        p.fillRect(rect, QColor(bg))
        # a simple "photo" glyph: sun and two hills
        cx, cy = rect.center().x(), rect.center().y()
        unit = min(rect.width(), rect.height()) / 9
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(fg))
        p.drawEllipse(QPointF(cx + unit * 1.2, cy - unit * 1.1), unit * 0.55, unit * 0.55)
        hills = QPainterPath()
        hills.moveTo(cx - unit * 2.4, cy + unit * 1.4)
        hills.lineTo(cx - unit * 0.8, cy - unit * 0.4)
        hills.lineTo(cx + unit * 0.3, cy + unit * 0.7)
        hills.lineTo(cx + unit * 1.0, cy + unit * 0.1)
        hills.lineTo(cx + unit * 2.4, cy + unit * 1.4)
        hills.closeSubpath()
        p.drawPath(hills)
        if self.placeholder_text:
            font = QFont(self.font())
            font.setPixelSize(max(10, int(unit * 0.42)))
            p.setFont(font)
            p.setPen(QColor(fg))
            p.drawText(QRectF(rect.left(), cy + unit * 1.7, rect.width(), unit),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       self.placeholder_text)
        self._shade(p, rect)
        p.end()

    def _cover(self, photo: QPixmap) -> QPixmap:
        """The photo cropped to this box's shape around the focus point and scaled to
        its device pixels; made again only when the size or the photo changes."""
        dpr = self.devicePixelRatioF()
        size = QSize(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        key = (size.width(), size.height(), self._focus)
        if key != self._cover_key:
            left, top, right, bottom = cover_crop((photo.width(), photo.height()),
                                                  (size.width(), size.height()), self._focus)
            part = photo.copy(QRectF(left, top, right - left, bottom - top).toAlignedRect())
            self._cover_pix = part.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation)
            self._cover_pix.setDevicePixelRatio(dpr)
            self._cover_key = key
        return self._cover_pix

    def _shade(self, p: QPainter, rect: QRectF) -> None:
        if not self.shade_bottom:
            return
        top = rect.top() + rect.height() * 0.55
        gradient = QLinearGradient(0, top, 0, rect.bottom())
        gradient.setColorAt(0, QColor(0, 0, 0, 0))
        gradient.setColorAt(1, QColor(0, 0, 0, 170))
        p.fillRect(QRectF(rect.left(), top, rect.width(), rect.bottom() - top), gradient)


def _polyline(path: QPainterPath, size: float, points: list[tuple[float, float]],
              close: bool = False) -> QPainterPath:
    """Add a line through `points` (fractions of the icon's size) to `path`."""
    (x, y), *rest = points
    path.moveTo(size * x, size * y)
    for x, y in rest:
        path.lineTo(size * x, size * y)
    if close:
        path.closeSubpath()
    return path


def _heart(size: float) -> QPainterPath:
    path = QPainterPath()
    s = size
    path.moveTo(s * 0.5, s * 0.88)
    path.cubicTo(s * 0.1, s * 0.6, s * 0.02, s * 0.38, s * 0.1, s * 0.22)
    path.cubicTo(s * 0.2, s * 0.04, s * 0.44, s * 0.06, s * 0.5, s * 0.26)
    path.cubicTo(s * 0.56, s * 0.06, s * 0.8, s * 0.04, s * 0.9, s * 0.22)
    path.cubicTo(s * 0.98, s * 0.38, s * 0.9, s * 0.6, s * 0.5, s * 0.88)
    return path


def _bubble(size: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(size * 0.1, size * 0.1, size * 0.8, size * 0.74))
    tail = _polyline(QPainterPath(), size, [(0.22, 0.7), (0.12, 0.94), (0.42, 0.82)])
    return path.united(tail)


def _plane(size: float) -> QPainterPath:
    path = _polyline(QPainterPath(), size, [(0.08, 0.14), (0.92, 0.14), (0.5, 0.9),
                                            (0.42, 0.46)], close=True)
    return _polyline(path, size, [(0.42, 0.46), (0.92, 0.14)])


def _bookmark(size: float) -> QPainterPath:
    return _polyline(QPainterPath(), size, [(0.22, 0.1), (0.78, 0.1), (0.78, 0.9),
                                            (0.5, 0.66), (0.22, 0.9)], close=True)


def _repeat(size: float) -> QPainterPath:
    path = QPainterPath()
    for points in ([(0.12, 0.55), (0.12, 0.3), (0.8, 0.3)],  # top arrow
                   [(0.66, 0.16), (0.82, 0.3), (0.66, 0.44)],
                   [(0.88, 0.45), (0.88, 0.7), (0.2, 0.7)],  # bottom arrow
                   [(0.34, 0.56), (0.18, 0.7), (0.34, 0.84)]):
        _polyline(path, size, points)
    return path


def _bars(size: float) -> QPainterPath:
    path = QPainterPath()
    for i, h in enumerate((0.35, 0.6, 0.8)):
        x = size * (0.2 + i * 0.25)
        path.moveTo(x, size * 0.88)
        path.lineTo(x, size * (0.88 - h))
    return path


def _share(size: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(size * 0.9, size * 0.45)
    path.lineTo(size * 0.52, size * 0.12)
    path.lineTo(size * 0.52, size * 0.3)
    path.cubicTo(size * 0.2, size * 0.32, size * 0.1, size * 0.6, size * 0.1, size * 0.86)
    path.cubicTo(size * 0.24, size * 0.66, size * 0.36, size * 0.6, size * 0.52, size * 0.6)
    path.lineTo(size * 0.52, size * 0.78)
    path.closeSubpath()
    return path


ICONS = {
    "heart": _heart, "comment": _bubble, "send": _plane, "bookmark": _bookmark,
    "repost": _repeat, "stats": _bars, "share": _share,
}


class IconRow(QWidget):
    """A row of outline icons, e.g. ["heart", "comment", "send", None, "bookmark"]
    (None pushes the rest to the right); labels optional, as Facebook shows them."""

    def __init__(self, icons: list[str | None], color: str = "#262626", size: int = 20,
                 labels: list[str] | None = None, spread: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self._color = QColor(color)
        self._size = size
        self._labels = labels or []
        self._spread = spread
        self.setFixedHeight(size + 12)
        self.setMinimumWidth(120)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._color, 1.7)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        y = (self.height() - self._size) / 2
        icons = [i for i in self._icons]
        if self._spread:
            slot = self.width() / max(1, len(icons))
            for n, name in enumerate(icons):
                x = slot * n + slot / 2
                label = self._labels[n] if n < len(self._labels) else ""
                width = self._size + (6 + p.fontMetrics().horizontalAdvance(label)
                                      if label else 0)
                self._draw(p, pen, name, x - width / 2, y, label)
            p.end()
            return
        x = 2.0
        right = [i for i in icons[icons.index(None) + 1:]] if None in icons else []
        left = icons[:icons.index(None)] if None in icons else icons
        for n, name in enumerate(left):
            label = self._labels[n] if n < len(self._labels) else ""
            x = self._draw(p, pen, name, x, y, label) + 14
        rx = self.width() - 2 - self._size
        for name in reversed(right):
            self._draw(p, pen, name, rx, y, "")
            rx -= self._size + 14
        p.end()

    def _draw(self, p: QPainter, pen: QPen, name: str | None, x: float, y: float,
              label: str) -> float:
        if name is None:
            return x
        path = ICONS[name](self._size)
        p.save()
        p.translate(x, y)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.restore()
        end = x + self._size
        if label:
            p.setPen(self._color)
            rect = QRectF(end + 6, 0, 200, self.height())
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            end += 6 + p.fontMetrics().horizontalAdvance(label)
            p.setPen(pen)
        return end


# ----------------------------------------------------------------------------- caption HTML

_BREAK_AFTER = "/.?&=-_"


def _breakable(text: str) -> str:
    """Let a long link or word wrap in a narrow preview (zero-width spaces, display only)."""
    if len(text) < 24:
        return text
    out = []
    run = 0
    for ch in text:
        out.append(ch)
        run += 1
        if ch in _BREAK_AFTER or run >= 22:
            out.append("\u200b")
            run = 0
    return "".join(out)


def _plain_html(text: str) -> str:
    words = text.split(" ")
    escaped = " ".join(html.escape(_breakable(w)) for w in words)
    return escaped.replace("\n", "<br>")


def caption_html(
    text: str,
    link_color: str,
    *,
    bold_links: bool = False,
    over_from: int | None = None,
    lead: str = "",
    more: str = "",
) -> str:
    """Rich text of a caption as the platform shows it.

    Hashtags, mentions and links get `link_color`; characters from `over_from` on get a
    red background (what X shows past 280); `lead` (HTML) goes first, e.g. the bold
    account name Instagram puts before the caption; `more` (HTML) is added after a cut.
    """
    spans: list[tuple[int, int, str]] = []
    for s in find_hashtags(text) + find_mentions(text):
        spans.append((s.start, s.end, "link"))
    for u in find_urls(text):
        spans.append((u.start, u.end, "link"))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end, kind))
    weight = "font-weight:600;" if bold_links else ""
    cuts = sorted({0, len(text), *(s for s, _, _ in merged), *(e for _, e, _ in merged),
                   *([over_from] if over_from is not None else [])})
    out = [lead]
    j = 0  # the first span not yet behind the cursor: one pass, linear in pieces + spans
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = _plain_html(text[a:b])
        while j < len(merged) and merged[j][1] <= a:
            j += 1
        is_link = j < len(merged) and merged[j][0] <= a and b <= merged[j][1]
        style = ""
        if is_link:
            style += f"color:{link_color};{weight}"
        if over_from is not None and a >= over_from:
            style += "background-color:#F9C5C0;"
        out.append(f'<span style="{style}">{piece}</span>' if style else piece)
    out.append(more)
    return "".join(out)

