"""The post editor builds a platform's version tab when it is first shown or read: a post
opens with the one tab on screen built, the others are light placeholders. What the tabs
stand for (text, counts, notes, publish marks) lives in the panel, so the pills, the
previews and saving never need a tab that was not opened."""

from __future__ import annotations

import datetime as dt

import pytest

from core import accounts, posts
from core.actions import konten
from core.captions.counting import count
from core.demo import DEMO_ACCOUNTS, DEMO_PROFILE
from core.model import Category, Post, Variant
from core.profile import save_profile
from gui.konten.variants_panel import TabPlaceholder, VariantTab
from tests.gui.editor_host import editor_in_host

CAPTION = ("Wali Kota Cimahi meresmikan Mal Pelayanan Publik di Jl. Demang Hardjakusumah. "
           "Warga kini dapat mengurus 120 jenis layanan di satu tempat.")
PLATFORMS = ["instagram", "facebook", "x", "youtube"]
X_TEXT = "Versi X yang diketik sendiri oleh PIC: MPP Cimahi kini buka. #CimahiKota"


@pytest.fixture
def post(store):
    save_profile(store, DEMO_PROFILE)
    for a in DEMO_ACCOUNTS:
        accounts.save_account(store, a)
    post = posts.create_post(store, Post(
        title="Peresmian MPP", activity="Peresmian Mal Pelayanan Publik",
        activity_date=dt.date(2025, 11, 12), category=Category.KEGIATAN, caption=CAPTION,
        hashtags=DEMO_PROFILE.default_hashtags, platforms=PLATFORMS))
    post, _ = konten.save_post(store, post, [
        Variant(platform="x", text=X_TEXT, edited=True, post_id=post.id),
        Variant(platform="facebook", published_url="https://www.facebook.com/cimahi/posts/1",
                published_at=dt.datetime(2025, 11, 12, 9, 30), post_id=post.id)])
    return post


@pytest.fixture
def editor(qapp_id, qtbot, store, post):
    host, editor = editor_in_host(qtbot, store, 900)
    host.show()
    editor.set_post(post)
    yield editor
    editor.flush()


def built(editor) -> list[str]:
    return list(editor.variants.built_tabs())


def test_only_the_tab_on_screen_is_built(editor):
    panel = editor.variants
    assert built(editor) == ["instagram"]
    assert panel.tabs.count() == len(PLATFORMS)
    pages = [panel.tabs.widget(i) for i in range(panel.tabs.count())]
    assert isinstance(pages[0], VariantTab)
    assert all(isinstance(p, TabPlaceholder) for p in pages[1:])
    assert [p.platform_id for p in pages] == PLATFORMS
    assert len(editor.findChildren(VariantTab)) == 1
    # the tab bar still tells each version's state: X edited, Facebook published
    names = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert names == ["Instagram", "Facebook ✓", "X ✎", "YouTube"]


def test_pills_and_previews_agree_with_versions_never_opened(editor):
    panel = editor.variants
    assert list(editor.counters.chips) == PLATFORMS
    for pid in PLATFORMS:
        expected = count(pid, panel.variant(pid).text)
        assert panel.count(pid) == expected
        assert f"{expected.used}" in editor.counters.chips[pid].text().replace(".", "")
    assert panel.variant("x").text == X_TEXT
    assert editor.preview._data["x"].text == X_TEXT
    assert built(editor) == ["instagram"]


def test_a_tab_is_built_when_shown_with_its_text(editor, qtbot):
    panel = editor.variants
    editor.set_current_platform("x")
    assert built(editor) == ["instagram", "x"]
    x = panel.tabs.currentWidget()
    assert isinstance(x, VariantTab) and x.platform_id == "x"
    assert panel.tabs.indexOf(x) == 2 and panel.tabs.tabText(2) == "X ✎"
    assert x.editor.text() == X_TEXT
    assert x.reset_button.isEnabled()  # edited by hand
    assert editor.counters.chips["x"].isChecked()
    # chosen in the tab bar, as a PIC does
    panel.tabs.setCurrentIndex(1)
    fb = panel.tabs.currentWidget()
    assert isinstance(fb, VariantTab) and fb.platform_id == "facebook"
    assert editor.current_platform() == "facebook"
    assert fb.editor.text() == panel.variant("facebook").text
    assert fb.editor.text().startswith(CAPTION)
    assert fb.url_edit.text() == "https://www.facebook.com/cimahi/posts/1"
    assert fb.published_label.isVisibleTo(fb)
    assert panel.tabs.tabText(1) == "Facebook ✓"
    assert built(editor) == ["instagram", "facebook", "x"]


def test_saving_keeps_the_versions_of_tabs_never_opened(editor, store, post, qtbot):
    editor.caption.setPlainText("Keterangan baru: MPP Cimahi resmi dibuka.")
    qtbot.waitUntil(lambda: not editor._derive_timer.isActive(), timeout=2000)
    assert editor.flush()
    assert built(editor) == ["instagram"]
    stored = {v.platform: v for v in posts.list_variants(store, post.id)}
    assert stored["x"].text == X_TEXT and stored["x"].edited
    assert stored["facebook"].published_url == "https://www.facebook.com/cimahi/posts/1"
    assert stored["facebook"].text.startswith("Keterangan baru: MPP Cimahi resmi dibuka.")
    assert stored["youtube"].text.startswith("Keterangan baru: MPP Cimahi resmi dibuka.")
    # opened afterwards, the tabs show what was saved
    editor.set_current_platform("youtube")
    assert editor.variants.tabs_by_platform["youtube"].editor.text() == stored["youtube"].text


def test_another_post_and_other_platforms_keep_tabs_lazy(editor, store, qtbot):
    other = posts.create_post(store, Post(title="Lain", caption="Teks lain.",
                                          platforms=["x", "threads"]))
    editor.set_post(other)
    assert editor.variants.targets == ["x", "threads"]
    assert built(editor) == ["x"]  # the tab on screen; threads waits
    assert editor.variants.tabs_by_platform["x"].editor.text().startswith("Teks lain.")
    editor.platforms.set_platforms(["x", "threads", "tiktok"])
    editor._platforms_changed(["x", "threads", "tiktok"])
    assert built(editor) == ["x"]
    assert list(editor.counters.chips) == ["x", "tiktok", "threads"]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, resizing
@pytest.mark.parametrize("screen, arrangement", [("1366x768@100", 0), ("1366x768@125", 1),
                                                 ("1280x720@150", 2)])
def test_tabs_built_on_show_fit_in_each_layout(qapp_id, qtbot, store, screen, arrangement):
    """Wide (preview beside the form), tabbed ("Sunting" beside "Pratinjau") and one at a
    time (list or editor): a version tab built when first shown fits like the others."""
    from PySide6.QtWidgets import QApplication

    from core.demo import fill_demo
    from gui.main_window import MainWindow
    from tests.gui.geometry import SCREENS, clipped, overlaps

    fill_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.setMinimumSize(0, 0)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*SCREENS[screen])
    window.show_page("konten")
    page = window.konten
    for _ in range(3):
        QApplication.processEvents()
    assert page.arrangements.current == arrangement
    page.show_editor()
    editor = page.editor
    editor.show_form()
    panel = editor.variants
    assert len(panel.built_tabs()) == 1
    for pid in panel.targets[1:]:
        editor.set_current_platform(pid)
        for _ in range(3):
            QApplication.processEvents()
        tab = panel.built_tabs()[pid]
        assert panel.tabs.currentWidget() is tab and tab.isVisible()
        assert tab.editor.text() == panel.variant(pid).text
        assert overlaps(page) == [] and clipped(page) == [], (screen, pid)
    window.konten.editor.flush()
