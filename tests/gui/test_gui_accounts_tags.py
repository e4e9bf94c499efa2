"""Pengaturan > Akun and Pengaturan > Tagar: directory of accounts, tag sets, Instagram cap."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from core import accounts, hashtag_sets, posts, settings
from core.demo import DEMO_PROFILE
from core.hashtag_sets import HashtagSet
from core.model import Account, Post
from core.profile import load_profile, save_profile
from gui.pengaturan.accounts_tab import AccountDialog, AccountsTab
from gui.pengaturan.hashtag_sets_tab import HashtagSetDialog, HashtagSetsTab


def hosted(qtbot, widget):
    host = QWidget()
    qtbot.addWidget(host)
    widget.setParent(host)
    widget.setGeometry(0, 0, 900, 600)
    host.resize(900, 600)
    host.show()
    widget.host = host
    return widget


@pytest.fixture
def accounts_tab(qapp_id, qtbot, store):
    return hosted(qtbot, AccountsTab(store))


@pytest.fixture
def tags_tab(qapp_id, qtbot, store):
    save_profile(store, DEMO_PROFILE)
    return hosted(qtbot, HashtagSetsTab(store))


# ---- accounts -------------------------------------------------------------------------------

def test_account_dialog_reads_links_and_refuses_blanks_and_twins(qapp_id, qtbot):
    dialog = AccountDialog(Account(), {"Pemerintah Kota Cimahi"})
    qtbot.addWidget(dialog)
    assert not dialog.try_accept()
    assert dialog.error.text()  # says what to fill in
    dialog.name.setText("pemerintah kota cimahi")
    dialog.handles["instagram"].setText("@pemkotcimahi")
    assert not dialog.try_accept()  # same name, other case
    dialog.name.setText("Dinas Kesehatan Kota Cimahi")
    dialog.handles["instagram"].setText("https://www.instagram.com/dinkes.cimahi/")
    dialog.handles["x"].setText(" @dinkescimahi ")
    assert dialog.try_accept()
    assert dialog.account().handles == {"instagram": "dinkes.cimahi", "x": "dinkescimahi"}


def test_add_edit_delete_and_undo(accounts_tab, store, monkeypatch):
    answers = iter([
        (Account(name="Pemerintah Kota Cimahi", handles={"instagram": "pemkotcimahi",
                                                         "x": "pemkotcimahi"}), True),
    ])
    monkeypatch.setattr(AccountDialog, "get_account",
                        classmethod(lambda cls, acc, taken, parent=None: next(answers)))
    saved = accounts_tab.add()
    assert accounts.get_account(store, saved.id).handles["x"] == "pemkotcimahi"
    assert accounts_tab.table.item(0, 0).text() == "Pemerintah Kota Cimahi"
    assert accounts_tab.table.item(0, 4).text() == "@pemkotcimahi"  # the X column

    accounts_tab.table.selectRow(0)
    monkeypatch.setattr(AccountDialog, "get_account", classmethod(
        lambda cls, acc, taken, parent=None: (Account(id=acc.id, name=acc.name, is_own=True,
                                                      handles=acc.handles), True)))
    edited = accounts_tab.edit_selected()
    assert edited.id == saved.id and accounts.get_account(store, saved.id).is_own

    post = posts.create_post(store, Post(title="Bersama Pemkot", collaborators=[saved.id],
                                         activity_date=dt.date(2025, 11, 3)))
    messages = []
    accounts_tab.message.connect(messages.append)
    accounts_tab.table.selectRow(0)
    assert accounts_tab.delete_selected()
    assert accounts.list_accounts(store) == []
    assert "1" in messages[-1]  # it was a collaborator in 1 post
    assert accounts_tab.undo_button.isVisibleTo(accounts_tab)
    restored = accounts_tab.undo_delete()
    assert restored.id == saved.id  # the post finds its collaborator again
    assert posts.get_post(store, post.id).collaborators == [saved.id]
    assert not accounts_tab.undo_button.isVisibleTo(accounts_tab)


def test_cancelled_dialog_changes_nothing(accounts_tab, store, monkeypatch):
    monkeypatch.setattr(AccountDialog, "get_account", classmethod(
        lambda cls, acc, taken, parent=None: (Account(name="X"), False)))
    assert accounts_tab.add() is None
    assert accounts.list_accounts(store) == []


# ---- tags -----------------------------------------------------------------------------------

def test_tag_sets_add_duplicate_delete_undo(tags_tab, store, monkeypatch):
    monkeypatch.setattr(HashtagSetDialog, "get_set", classmethod(
        lambda cls, st, value, parent=None: (HashtagSet(name="Kesehatan",
                                                        tags="jagasehat, #DinkesCimahi"),
                                             True)))
    saved = tags_tab.add()
    assert saved.tags == "#jagasehat #DinkesCimahi"
    assert tags_tab.table.item(0, 1).text() == "#jagasehat #DinkesCimahi"

    dialog = HashtagSetDialog(store, HashtagSet(name="kesehatan", tags="#lain"))
    assert not dialog.try_accept()  # a second "Kesehatan" is refused, with a reason
    assert "sudah ada" in dialog.error.text()
    dialog.deleteLater()

    tags_tab.table.selectRow(0)
    assert tags_tab.delete_selected()
    assert hashtag_sets.list_sets(store) == []
    tags_tab.undo_delete()
    assert [s.name for s in hashtag_sets.list_sets(store)] == ["Kesehatan"]


def test_instagram_cap_setting(tags_tab, store):
    assert tags_tab.cap.value() == 5  # Instagram's announced limit by default
    tags_tab.cap.setValue(3)
    assert settings.get(store, "instagram_hashtag_cap") == 3


def test_default_tags_saved_to_profile_and_kept_by_profile_tab(main_window, store):
    save_profile(store, DEMO_PROFILE)
    page = main_window.pengaturan
    page.hashtags.reload()
    page.hashtags.default_tags.setText("cimahikota, #SatuData")
    assert page.hashtags.save_default() == "#cimahikota #SatuData"
    assert load_profile(store).default_hashtags == "#cimahikota #SatuData"
    page.form.set_profile(load_profile(store))
    page.form.edit("pic_position").setText("Pranata Humas Ahli Muda")
    assert page.save()
    stored = load_profile(store)
    assert stored.pic_position == "Pranata Humas Ahli Muda"
    assert stored.default_hashtags == "#cimahikota #SatuData"


def test_pengaturan_has_account_and_tag_tabs(main_window):
    tabs = main_window.pengaturan.tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[:3] == ["Profil", "Akun", "Tagar"]
