"""Issue 14 item 9: the words the PIC reads, and messages that send the PIC to
Pengaturan open the right tab."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel


def _href(label: QLabel) -> str:
    match = re.search(r'href="([^"]+)"', label.text())
    assert match, label.text()
    return match.group(1)


def _opened(window) -> str:
    assert window.current_page() == "pengaturan"
    return window.pengaturan.current_tab()


def test_no_tag_collections_yet_opens_pengaturan_tagar(main_window):
    field = main_window.konten.editor.hashtags
    assert field.sets_button.text() == "Kumpulan tagar ▾"
    field.set_sets([])
    field._fill_sets_menu()
    (action,) = field.sets_menu.actions()
    assert action.isEnabled() and "Pengaturan > Tagar" in action.text()
    action.trigger()
    assert _opened(main_window) == "tagar"


def test_no_default_tags_hint_links_to_pengaturan_tagar(main_window):
    field = main_window.konten.editor.hashtags
    field.set_default("")
    assert not field.add_default()
    main_window.show_page("konten")
    field.hint.linkActivated.emit(_href(field.hint))
    assert _opened(main_window) == "tagar"


def test_no_accounts_yet_opens_pengaturan_akun(main_window):
    picker = main_window.konten.editor.collaborators
    picker.set_accounts([])
    picker._fill_menu()
    (action,) = picker.menu.actions()
    assert action.isEnabled() and "Pengaturan > Akun" in action.text()
    action.trigger()
    assert _opened(main_window) == "akun"


def test_sample_logo_note_on_media_opens_pengaturan_merek(main_window, qtbot):
    main_window.show_page("media")
    brand = main_window.media.brand
    assert brand.kit is not None and brand.kit.placeholder_logos  # the shipped sample logo
    assert "Pengaturan > Merek" in brand.kit_label.full_text()
    qtbot.mouseClick(brand.kit_label, Qt.MouseButton.LeftButton)
    assert _opened(main_window) == "merek"


def test_followers_hint_on_laporan_links_to_pengaturan_akun(main_window):
    hint = main_window.laporan.followers_hint
    main_window.show_page("laporan")
    hint.linkActivated.emit(_href(hint))
    assert _opened(main_window) == "akun"


def test_media_says_templat(main_window):
    brand = main_window.media.brand
    form = next(lay for lay in brand.findChildren(QFormLayout)
                if lay.labelForField(brand.template) is not None)
    assert form.labelForField(brand.template).text() == "Templat"


def test_pengaturan_tag_tab_says_kumpulan_tagar(main_window):
    titles = {box.title() for box in main_window.pengaturan.hashtags.findChildren(QGroupBox)}
    assert "Kumpulan tagar tersimpan" in titles
    assert not any("Set tagar" in t for t in titles)


def test_every_named_settings_tab_is_the_tab_of_that_name(main_window):
    from widgets.settings_link import SETTINGS_TABS

    tabs = main_window.pengaturan.tabs
    for key, name in SETTINGS_TABS.items():
        main_window.open_settings(key)
        assert tabs.tabText(tabs.currentIndex()) == name
        assert main_window.pengaturan.current_tab() == key
