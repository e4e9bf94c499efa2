"""Platform previews and counters: cut where the platform cuts, links coloured, budget shown."""

from __future__ import annotations

import pytest

from core.captions.counting import count
from core.model import PLATFORM_IDS
from widgets.platform_counters import CountLabel, PlatformCounters, level
from widgets.preview_parts import caption_html, initials
from widgets.previews import STYLE, PostPreview

HANDLES = {"instagram": "diskominfocimahi", "facebook": "diskominfocimahi", "x": "kominfocimahi",
           "tiktok": "diskominfocimahi", "youtube": "DiskominfoCimahi",
           "threads": "diskominfocimahi"}
SHORT = "Rapat Satu Data hari ini. #CimahiKota"
LONG = ("Diskominfo Kota Cimahi menggelar Rapat Koordinasi Satu Data bersama perangkat daerah "
        "di Ruang Rapat Sangkuriang. Rapat membahas pemutakhiran data sektoral tahun 2025 "
        "dan jadwal rilis portal.\n\nBersama @pemkotcimahi\n\n#CimahiKota #SatuData")


def hosted(qtbot, widget, width=360, height=640):
    """Show `widget` inside a plain host window (a top-level whose size hints change makes
    the offscreen plugin warn, which would fail the test)."""
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    widget.setParent(host)
    widget.setGeometry(0, 0, width, height)
    host.resize(width, height)
    host.show()
    widget.host = host  # keep the host alive as long as the widget
    return widget


@pytest.fixture
def preview(qtbot):
    widget = hosted(qtbot, PostPreview())
    widget.set_identity("Diskominfo Kota Cimahi", HANDLES)
    return widget


def test_tabs_follow_the_target_platforms(preview):
    preview.set_platforms(["x", "instagram"])
    assert [preview.tabs.tabText(i) for i in range(preview.tabs.count())] == ["Instagram", "X"]
    preview.select("x")
    assert preview.current_platform() == "x" and preview.previews["x"].isVisible()
    assert not preview.previews["instagram"].isVisible()
    preview.set_platforms([])
    assert preview.empty.isVisible() and not preview.tabs.isVisible()


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_each_preview_cuts_where_its_platform_cuts(preview, pid):
    preview.set_platforms(PLATFORM_IDS)
    preview.set_variant(pid, LONG, "Rapat Koordinasi Satu Data")
    preview.select(pid)
    widget = preview.previews[pid]
    html = widget.caption.text()
    cut = count(pid, LONG).truncation
    if cut is None:  # X and Threads show the whole post
        assert not widget.cut
        assert "#SatuData" in html.replace("\u200b", "")
    else:
        assert widget.cut
        assert "#SatuData" not in html  # hidden behind "... lainnya"
        assert ("lainnya" in html or "selengkapnya" in html or "more" in html)
    link = STYLE[pid][0]
    if pid in ("x", "threads"):
        assert f"color:{link};" in html and "@pemkotcimahi" in html
    assert widget.budget.text().startswith(f"{count(pid, LONG).used}")


def test_accounts_name_handle_and_initials(preview):
    preview.set_variant("x", SHORT)
    preview.select("x")
    x = preview.previews["x"]
    assert x.name.text() == "Diskominfo Kota Cimahi"
    assert "@kominfocimahi" in x.handle.text()
    assert x.avatar.text() == "DK"
    preview.set_variant("instagram", SHORT)
    preview.select("instagram")
    assert preview.previews["instagram"].name.text() == "diskominfocimahi"
    assert "<b" in preview.previews["instagram"].caption.text()  # bold handle before caption


def test_without_a_handle_the_name_is_used(qtbot):
    widget = hosted(qtbot, PostPreview())
    widget.set_identity("Diskominfo", {})
    widget.set_variant("threads", SHORT)
    widget.select("threads")
    assert widget.previews["threads"].name.text() == "diskominfo"


def test_x_marks_the_part_past_280_in_red(preview):
    text = "Layanan adminduk keliling hadir di Kelurahan Cibabat. " * 8
    preview.set_variant("x", text)
    preview.select("x")
    widget = preview.previews["x"]
    assert "background-color:#F9C5C0" in widget.caption.text()
    assert widget.budget.level == "over"


def test_youtube_shows_title_and_its_budget(preview):
    preview.set_variant("youtube", SHORT, "")
    preview.select("youtube")
    yt = preview.previews["youtube"]
    assert yt.title.text() == yt.tr("(video title not filled in yet)")
    preview.set_variant("youtube", SHORT, "Peresmian MPP Kota Cimahi")
    assert yt.title.text() == "Peresmian MPP Kota Cimahi"
    assert "25 / 100" in yt.title_budget.text()


def test_caption_html_escapes_and_colours():
    html = caption_html("Kode <b>OTP</b> & #JagaData @dinkes.cimahi", "#123456")
    assert "&lt;b&gt;OTP&lt;/b&gt;" in html and "&amp;" in html
    assert '<span style="color:#123456;">#JagaData</span>' in html
    assert '<span style="color:#123456;">@dinkes.cimahi</span>' in html


def test_initials():
    assert initials("Dinas Kesehatan Kota Cimahi") == "DK"
    assert initials("@pemkotcimahi") == "P"
    assert initials("") == "?"


# ---- counters ------------------------------------------------------------------------------

def test_counter_levels_turn_amber_then_red(qtbot):
    counters = PlatformCounters()
    qtbot.addWidget(counters)
    ok, warn, over = "a" * 100, "a" * 260, "a" * 300
    counters.set_counts({"x": count("x", ok), "threads": count("threads", ok)})
    assert counters.levels() == {"x": "ok", "threads": "ok"}
    counters.set_counts({"x": count("x", warn), "threads": count("threads", ok)})
    assert counters.levels()["x"] == "warn"
    counters.set_counts({"x": count("x", over), "threads": count("threads", over)})
    assert counters.levels() == {"x": "over", "threads": "ok"}
    assert counters.chips["x"].text() == "X  300/280"
    assert "300" in counters.chips["x"].toolTip() and "280" in counters.chips["x"].toolTip()


def test_counter_chip_click_selects_platform(qtbot):
    counters = PlatformCounters()
    qtbot.addWidget(counters)
    counters.set_counts({"instagram": count("instagram", "a"), "x": count("x", "a")})
    with qtbot.waitSignal(counters.platform_selected) as blocker:
        counters.chips["x"].click()
    assert blocker.args == ["x"] and counters.selected() == "x"


def test_count_label_uses_indonesian_numbers_and_youtube_bytes(qtbot):
    label = CountLabel()
    qtbot.addWidget(label)
    text = "é" * 2600  # 2,600 characters, 5,200 bytes: over YouTube's 5,000
    label.set_count(count("youtube", text))
    assert label.text().startswith("5.200 / 5.000")
    assert label.level == "over" == level(count("youtube", text))


def _lines_in_preview_parts(text: str, limit: int) -> int:
    """Python lines run in widgets/preview_parts.py by caption_html(text); stops (and
    fails) past `limit` so a quadratic version cannot hang the test."""
    import sys

    import widgets.preview_parts as parts

    count = 0

    class TooMany(Exception):
        pass

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
            if count > limit:
                raise TooMany
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename == parts.__file__ else None

    sys.settrace(tracer)
    try:
        caption_html(text, "#123456", over_from=len(text) // 2)
    except TooMany:
        pass
    finally:
        sys.settrace(None)
    return count


def test_caption_html_is_linear_in_the_number_of_hashtags():
    """10,000 hashtags took ~8 s per keystroke when every piece was compared with every
    span (issue 16 item 7); the work must grow with the text, not its square."""
    small = " ".join(f"#Tag{i}" for i in range(1000))
    large = " ".join(f"#Tag{i}" for i in range(10_000))
    n_small = _lines_in_preview_parts(small, 200_000)  # ~44,000 when linear
    n_large = _lines_in_preview_parts(large, 20 * n_small)
    assert n_large <= 15 * n_small  # linear: ~10x; the quadratic version ran ~100x
    html = caption_html(large, "#123456")
    assert html.count("color:#123456") == 10_000
