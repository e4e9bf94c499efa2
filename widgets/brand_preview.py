"""Live preview of a branded photo at the size it is shown on screen.

Every change (template, format, title, focus, the widget's size) restarts a short timer;
when it fires the preview is rendered by core.branding.render_image on ONE shared worker
thread (the renderer's photo cache is shared, and one thread keeps the UI's CPU free).
While a render runs, further changes only mark the preview stale, so typing never piles
up work: at most one more render follows. A click on the photo moves its focus point.
"""

from __future__ import annotations

import atexit
import functools
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from core.branding import (
    BrandKit,
    KitError,
    RenderError,
    focus_at,
    get_format,
    photo_rect,
    photo_size,
    render_image,
    safe_rect,
)
from core.branding.geometry import cover_crop

DEBOUNCE_MS = 90
MIN_SCALE, MAX_SCALE = 0.05, 1.0

_POOL: QThreadPool | None = None


def preview_pool() -> QThreadPool:
    """The single thread every brand preview renders on."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool(QApplication.instance())
        _POOL.setMaxThreadCount(1)
        # a render still running while Python shuts down would crash the interpreter
        atexit.register(_POOL.waitForDone, 3000)
    return _POOL


class _Signals(QObject):
    done = Signal(int, object)  # generation, dict


def _render(generation: int, params: dict, signals: _Signals) -> None:
    """Render one preview (runs on the preview thread) and report back."""
    p = params
    out: dict = {"scale": p["scale"], "image": None, "warnings": [], "error": None,
                 "photo_size": None, "key": p["key"]}
    try:
        res = render_image(p["kit"], p["template"], p["format"], p["photo"], p["fields"],
                           focus=p["focus"], scale=p["scale"])
        if p["photo"] is not None:
            out["photo_size"] = photo_size(p["photo"])
        im = res.image.convert("RGB")
        data = im.tobytes()
        qimage = QImage(data, im.width, im.height, im.width * 3,
                        QImage.Format.Format_RGB888).copy()
        out["image"] = qimage
        out["warnings"] = list(res.warnings)
    except (RenderError, KitError) as exc:
        out["error"] = str(exc)
    except Exception as exc:  # noqa: BLE001 - the preview must never take the UI down
        out["error"] = f"{exc.__class__.__name__}: {exc}"
    signals.done.emit(generation, out)


class BrandPreview(QWidget):
    """Shows kit + template + format + photo + fields; click the photo to set the focus."""

    focus_changed = Signal(float, float)
    rendered = Signal()
    warnings_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brand_preview")
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._kit: BrandKit | str | None = None
        self._template = ""
        self._format = "square"
        self._photo: Path | None = None
        self._fields: dict[str, str] = {}
        self._focus = (0.5, 0.5)
        self._safe = False
        self._image: QImage | None = None
        self._scale = 0.0
        self._photo_size: tuple[int, int] | None = None
        self._error = ""
        self.warnings: list[str] = []
        self._generation = 0
        self._busy = False
        self._stale = False
        self.render_count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._jobs: dict[int, _Signals] = {}

    # ---- inputs
    def set_kit(self, kit: BrandKit | str | None) -> None:
        self._kit = kit
        self.schedule()

    def set_template(self, template_id: str) -> None:
        self._template = template_id
        self.schedule()

    def set_format(self, format_id: str) -> None:
        self._format = format_id
        self.updateGeometry()
        self.schedule()

    def set_photo(self, path: str | Path | None, focus: tuple[float, float] = (0.5, 0.5)
                  ) -> None:
        new = Path(path) if path is not None else None
        if new == self._photo and focus == self._focus:
            return
        if new != self._photo:
            self._photo_size = None
        self._photo = new
        self._focus = focus
        self.schedule()

    def set_fields(self, fields: Mapping[str, str]) -> None:
        if dict(fields) != self._fields:
            self._fields = dict(fields)
            self.schedule()

    def set_focus(self, focus: tuple[float, float]) -> None:
        self._focus = focus
        self.schedule()

    def focus(self) -> tuple[float, float]:
        return self._focus

    def set_safe_zone(self, on: bool) -> None:
        self._safe = on
        self.update()

    def safe_zone(self) -> bool:
        return self._safe

    def image(self) -> QImage | None:
        return self._image

    def error(self) -> str:
        return self._error

    def is_busy(self) -> bool:
        return self._busy or self._timer.isActive()

    # ---- rendering
    def schedule(self) -> None:
        self._timer.start()

    def _target_scale(self) -> float:
        try:
            fmt = get_format(self._format)
        except KeyError:
            return 0.0
        area = self.contentsRect().adjusted(4, 4, -4, -4)
        if area.width() < 10 or area.height() < 10:
            return 0.0
        dpr = self.devicePixelRatioF() or 1.0
        scale = min(area.width() / fmt.width, area.height() / fmt.height) * dpr
        return max(MIN_SCALE, min(MAX_SCALE, round(scale, 3)))

    def _start(self) -> None:
        if self._kit is None or not self._template:
            return
        if self._busy:
            self._stale = True
            return
        scale = self._target_scale()
        if scale <= 0:
            return
        self._generation += 1
        self._busy = True
        self._stale = False
        params = {"kit": self._kit, "template": self._template, "format": self._format,
                  "photo": self._photo, "fields": dict(self._fields), "focus": self._focus,
                  "scale": scale, "key": (self._template, self._format)}
        signals = _Signals()
        signals.done.connect(self._done)
        self._jobs[self._generation] = signals  # alive until it reports
        # a plain callable: PySide owns the runnable (see ThumbnailLoader.request)
        preview_pool().start(functools.partial(_render, self._generation, params, signals))

    def _done(self, generation: int, out: dict) -> None:
        signals = self._jobs.pop(generation, None)
        if signals is not None:
            signals.deleteLater()
        self._busy = False
        self.render_count += 1
        if out["error"]:
            self._error = out["error"]
            self._image = None
        else:
            self._error = ""
            self._image = out["image"]
            self._scale = out["scale"]
            self._photo_size = out["photo_size"]
            self._shown_key = out["key"]
        if out["warnings"] != self.warnings:
            self.warnings = out["warnings"]
            self.warnings_changed.emit(self.warnings)
        self.update()
        if self._stale:
            self._start()
        else:
            self.rendered.emit()

    def wait_rendered(self, msecs: int = 5000) -> bool:
        """Tests and screenshots: flush the debounce and wait for the render to land."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()
        preview_pool().waitForDone(msecs)
        QApplication.processEvents()
        QApplication.processEvents()
        return not self._busy

    # ---- geometry
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 360)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.schedule()

    def _image_rect(self) -> QRectF:
        """Where the rendered image is drawn (device-independent pixels)."""
        if self._image is None:
            return QRectF()
        dpr = self.devicePixelRatioF() or 1.0
        w, h = self._image.width() / dpr, self._image.height() / dpr
        area = QRectF(self.contentsRect())
        # shrink further if the widget got smaller than the last render
        s = min(1.0, area.width() / w if w else 1, area.height() / h if h else 1)
        w, h = w * s, h * s
        return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)

    def _to_canvas(self, pos: QPointF) -> tuple[float, float] | None:
        rect = self._image_rect()
        if rect.isEmpty() or not rect.contains(pos):
            return None
        sx = self._image.width() / rect.width()
        sy = self._image.height() / rect.height()
        return ((pos.x() - rect.left()) * sx, (pos.y() - rect.top()) * sy)

    def _from_canvas(self, x: float, y: float) -> QPointF:
        rect = self._image_rect()
        return QPointF(rect.left() + x * rect.width() / self._image.width(),
                       rect.top() + y * rect.height() / self._image.height())

    # ---- focus by click
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.click_at(event.position())

    def click_at(self, pos: QPointF) -> tuple[float, float] | None:
        """Set the focus to the photo point under `pos` (widget coordinates)."""
        point = self._to_canvas(pos)
        if point is None or self._photo_size is None or self._kit is None:
            return None
        try:
            found = focus_at(self._kit, self._template, self._format, self._photo_size,
                             self._focus, point, self._scale)
        except (RenderError, KitError):
            return None
        if found is None:
            return None
        self._focus = found
        self.focus_changed.emit(*found)
        self.schedule()
        return found

    def _focus_point(self) -> QPointF | None:
        if self._photo_size is None or self._kit is None or self._image is None:
            return None
        try:
            rect = photo_rect(self._kit, self._template, self._format, self._scale)
        except (RenderError, KitError):
            return None
        if rect is None or rect.is_empty():
            return None
        left, top, right, bottom = cover_crop(self._photo_size, rect.size, self._focus)
        fx = self._focus[0] * self._photo_size[0]
        fy = self._focus[1] * self._photo_size[1]
        x = rect.left + (fx - left) / max(1e-6, right - left) * rect.width
        y = rect.top + (fy - top) / max(1e-6, bottom - top) * rect.height
        return self._from_canvas(x, y)

    # ---- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.fillRect(self.rect(), QColor("#E9ECEB"))
        if self._error:
            p.setPen(QColor("#B3261E"))
            p.drawText(self.contentsRect().adjusted(12, 12, -12, -12),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._error)
            return
        if self._image is None:
            p.setPen(QColor("#5F6B67"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Preparing preview…"))
            return
        rect = self._image_rect()
        p.drawImage(rect, self._image)
        if self._safe:
            self._paint_safe_zone(p, rect)
        point = self._focus_point()
        if point is not None:
            p.setPen(QPen(QColor(255, 255, 255, 230), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(point, 9, 9)
            p.setPen(QPen(QColor(11, 110, 79, 230), 2))
            p.drawEllipse(point, 6, 6)
            p.drawLine(point + QPointF(-13, 0), point + QPointF(-9, 0))
            p.drawLine(point + QPointF(9, 0), point + QPointF(13, 0))

    def _paint_safe_zone(self, p: QPainter, rect: QRectF) -> None:
        fmt = get_format(self._format)
        safe = safe_rect(fmt, self._scale)
        top_left = self._from_canvas(safe.left, safe.top)
        bottom_right = self._from_canvas(safe.right, safe.bottom)
        inner = QRectF(top_left, bottom_right)
        shade = QBrush(QColor(179, 38, 30, 90), Qt.BrushStyle.BDiagPattern)
        if inner.top() > rect.top() + 0.5:
            p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), inner.top() - rect.top()),
                       QColor(179, 38, 30, 60))
            p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), inner.top() - rect.top()),
                       shade)
        if inner.bottom() < rect.bottom() - 0.5:
            band = QRectF(rect.left(), inner.bottom(), rect.width(),
                          rect.bottom() - inner.bottom())
            p.fillRect(band, QColor(179, 38, 30, 60))
            p.fillRect(band, shade)
        # the margin kit layouts keep text inside (5% of the safe area)
        margin = QRectF(inner).adjusted(inner.width() * 0.05, inner.height() * 0.04,
                                        -inner.width() * 0.05, -inner.height() * 0.04)
        pen = QPen(QColor(255, 255, 255, 220), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(inner.adjusted(0.5, 0.5, -0.5, -0.5))
        p.setPen(QPen(QColor(242, 193, 78, 230), 1, Qt.PenStyle.DotLine))
        p.drawRect(margin)
        if fmt.safe_top or fmt.safe_bottom:
            p.setPen(QColor("white"))
            p.drawText(QRect(int(rect.left()) + 6, int(rect.top()) + 4, 200, 18),
                       Qt.AlignmentFlag.AlignLeft, self.tr("Hidden by the app's buttons"))
