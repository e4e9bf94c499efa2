"""FlowLayout caches heightForWidth per width and forgets it when a chip changes."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from widgets.flow_layout import FlowLayout


def _fresh(flow: FlowLayout, width: int) -> int:
    flow._hints = None  # measure the chips now, not from the cache
    return flow._place(QRect(0, 0, width, 0), apply=False)


def _fresh_sizes(flow: FlowLayout) -> tuple[int, int]:
    """(sizeHint width, minimumSize width) measured from the chips as they are now."""
    shown = [flow.itemAt(i) for i in range(flow.count())
             if not flow.itemAt(i).widget().isHidden()]
    hint = sum(i.sizeHint().width() for i in shown) + 6 * max(0, len(shown) - 1)
    return hint, max((i.minimumSize().width() for i in shown), default=0)


def _flow(qtbot) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    owner = QWidget()
    qtbot.addWidget(owner)
    flow = FlowLayout(owner)
    chips = [QPushButton(f"chip number {i}") for i in range(6)]
    for chip in chips:
        flow.addWidget(chip)
    return owner, flow, chips


def test_height_for_width_is_measured_once_per_width(qtbot, monkeypatch):
    _owner, flow, _chips = _flow(qtbot)
    calls = []
    place = FlowLayout._place
    monkeypatch.setattr(FlowLayout, "_place",
                        lambda self, rect, apply: calls.append(rect.width()) or
                        place(self, rect, apply))
    first = flow.heightForWidth(200)
    assert all(flow.heightForWidth(200) == first for _ in range(20))
    flow.heightForWidth(500)
    flow.heightForWidth(500)
    assert calls == [200, 500]


def test_cached_height_follows_chip_changes(qtbot):
    _owner, flow, chips = _flow(qtbot)

    def agrees() -> bool:
        cached = [flow.heightForWidth(w) for w in (120, 200, 320, 900)]
        sizes = (flow.sizeHint().width(), flow.minimumSize().width())
        return cached == [_fresh(flow, w) for w in (120, 200, 320, 900)] \
            and sizes == _fresh_sizes(flow)

    assert agrees()
    before = flow.heightForWidth(200)
    for chip in chips[:3]:
        chip.hide()
    assert flow.heightForWidth(200) < before and agrees()
    for chip in chips[:3]:
        chip.show()
    assert flow.heightForWidth(200) == before and agrees()
    chips[3].setText("a much longer chip text than any other chip here")
    assert agrees()
    chips[4].setStyleSheet("QPushButton { padding: 4px 60px; }")
    assert agrees()
    font = chips[5].font()
    font.setPointSize(30)
    chips[5].setFont(font)
    assert flow.heightForWidth(200) > before and agrees()
    extra = QPushButton("one more")
    flow.addWidget(extra)
    assert agrees()
    flow.takeAt(flow.count() - 1)
    assert agrees()
    flow.clear()
    assert flow.heightForWidth(200) == _fresh(flow, 200)
