"""Caption studio in the post editor: versions per platform, copy, publish, templates,
tags, collaborators, counters and previews, all autosaved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from core import accounts, hashtag_sets, posts, settings
from core.captions.counting import count, x_weighted_length
from core.captions.templates import load_templates
from core.captions.variants import all_variants_text
from core.demo import DEMO_ACCOUNTS, DEMO_PROFILE
from core.hashtag_sets import HashtagSet
from core.model import Account, Category, Post, Status
from core.profile import save_profile
from core.store import open_store
from gui.konten.post_editor import PostEditor
from gui.konten.variants_panel import ShortenDialog
from tests.gui.editor_host import editor_in_host

CAPTION = ("Wali Kota Cimahi meresmikan Mal Pelayanan Publik di Jl. Demang Hardjakusumah. "
           "Warga kini dapat mengurus 120 jenis layanan di satu tempat.")


@pytest.fixture
def directory(store):
    save_profile(store, DEMO_PROFILE)
    saved = [accounts.save_account(store, a) for a in DEMO_ACCOUNTS]
    return {a.name: a for a in saved}


@pytest.fixture
def studio(qapp_id, qtbot, store, directory):
    """A PostEditor (inside a plain host window) showing a post for four platforms."""
    dinkes = directory["Dinas Kesehatan Kota Cimahi"]
    post = posts.create_post(store, Post(
        title="Peresmian MPP", activity="Peresmian Mal Pelayanan Publik",
        activity_date=dt.date(2025, 11, 12), location="Jl. Demang Hardjakusumah",
        category=Category.KEGIATAN, caption=CAPTION, hashtags=DEMO_PROFILE.default_hashtags,
        collaborators=[dinkes.id], platforms=["instagram", "facebook", "x", "youtube"]))
    host, editor = editor_in_host(qtbot, store, 900)
    host.show()
    editor.set_post(post)
    editor.host = host
    yield editor
    editor.flush()


def tab(editor, pid):
    """A platform's version tab, its text box brought up to date (as when it is shown)."""
    editor.variants.editor_for(pid)
    return editor.variants.tabs_by_platform[pid]


def settle(editor, qtbot):
    """Let the derive and recount timers run."""
    qtbot.waitUntil(lambda: not editor._derive_timer.isActive()
                    and not editor.caption._recount_timer.isActive(), timeout=2000)


# ---- versions follow the main caption until edited ------------------------------------------

def test_versions_follow_the_main_caption_until_edited(studio, qtbot):
    ig = tab(studio, "instagram")
    assert ig.editor.text().startswith(CAPTION)
    assert "Bersama @dinkes.cimahi" in ig.editor.text()
    assert ig.editor.text().endswith(DEMO_PROFILE.default_hashtags)
    assert not ig.reset_button.isEnabled()

    studio.caption.setPlainText("Keterangan baru untuk semua platform.")
    settle(studio, qtbot)
    assert ig.editor.text().startswith("Keterangan baru untuk semua platform.")

    ig.editor.setPlainText("Teks khusus Instagram 📸")
    assert studio.variants.variant("instagram").edited
    assert ig.reset_button.isEnabled()
    assert ig.badge.text() == ig.tr("Edited by hand")
    assert "✎" in studio.variants.tabs.tabText(0)

    studio.caption.setPlainText("Keterangan diubah lagi.")
    settle(studio, qtbot)
    assert ig.editor.text() == "Teks khusus Instagram 📸"  # kept
    assert tab(studio, "facebook").editor.text().startswith("Keterangan diubah lagi.")

    studio.variants.reset("instagram")
    assert ig.editor.text().startswith("Keterangan diubah lagi.")
    assert not studio.variants.variant("instagram").edited
    ig.editor.undo()  # the reset is one undoable edit
    assert ig.editor.text() == "Teks khusus Instagram 📸"
    assert studio.variants.variant("instagram").edited


def test_youtube_title_follows_the_post_title_until_edited(studio, qtbot):
    yt = tab(studio, "youtube")
    assert yt.title_edit.text() == "Peresmian MPP"
    studio.title.setText("Peresmian MPP Cimahi")
    studio.title.textEdited.emit("Peresmian MPP Cimahi")
    settle(studio, qtbot)
    assert yt.title_edit.text() == "Peresmian MPP Cimahi"
    yt.title_edit.setText("MPP Kota Cimahi resmi dibuka")
    yt.title_edit.textEdited.emit("MPP Kota Cimahi resmi dibuka")
    assert studio.variants.variant("youtube").edited
    assert studio.variants.variant("youtube").title == "MPP Kota Cimahi resmi dibuka"
    assert "28 / 100" in yt.title_count.text()


def test_version_edit_is_autosaved_and_committed(studio, qtbot, store):
    """What a killed process would leave: a second connection sees the edit once the
    one-second autosave has run."""
    x = tab(studio, "x")
    x.editor.setPlainText("MPP Cimahi resmi dibuka! 120 layanan di satu tempat.")
    assert studio.is_dirty()
    qtbot.waitUntil(lambda: not studio.is_dirty(), timeout=3000)
    other = open_store()
    try:
        stored = {v.platform: v for v in posts.list_variants(other, studio.post().id)}
    finally:
        other.close()
    assert stored["x"].text == "MPP Cimahi resmi dibuka! 120 layanan di satu tempat."
    assert stored["x"].edited
    # derived versions are stored too, so the report and the CLI see them
    assert stored["facebook"].text.startswith(CAPTION)
    assert not stored["facebook"].edited
    assert set(stored) == {"instagram", "facebook", "x", "youtube"}


# ---- copying --------------------------------------------------------------------------------

def test_copy_puts_the_exact_text_on_the_clipboard(studio, qtbot):
    text = "Selamat Hari Pahlawan 🇮🇩\u00a0Cimahi\n\n👨\u200d👩\u200d👧 #CimahiKota"
    tab(studio, "instagram").editor.setPlainText(text)
    assert studio.variants.copy("instagram") == text
    assert QGuiApplication.clipboard().text() == text

    copied = studio.variants.copy_all()
    expected = all_variants_text("Peresmian MPP", studio.variants.target_variants())
    assert copied == expected == QGuiApplication.clipboard().text()
    assert copied.index("=== Instagram ===") < copied.index("=== X ===")
    assert "Judul: Peresmian MPP" in copied


def test_copy_shortcuts(studio, qtbot):
    studio.variants.select("facebook")
    studio.caption.setFocus()
    qtbot.keyClick(studio.caption, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == studio.variants.variant("facebook").text
    qtbot.keyClick(studio.caption, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert QGuiApplication.clipboard().text().startswith("Konten: Peresmian MPP")


# ---- X: shorten on request only --------------------------------------------------------------

def test_shorten_for_x_is_a_proposal(studio, qtbot, monkeypatch):
    long_caption = " ".join([CAPTION] * 3)
    studio.caption.setPlainText(long_caption)
    settle(studio, qtbot)
    x = tab(studio, "x")
    x.editor.recount()
    assert x.shorten_button.isVisibleTo(x)
    before = x.editor.text()

    dialog = ShortenDialog(before, "https://cimahikota.go.id/mpp")
    proposal = dialog.result_text()
    assert x_weighted_length(proposal) <= 280
    assert proposal.endswith("https://cimahikota.go.id/mpp")
    dialog.deleteLater()

    monkeypatch.setattr(ShortenDialog, "propose",
                        classmethod(lambda cls, text, link, parent=None: (proposal, False)))
    assert not studio.variants.shorten("x")
    assert x.editor.text() == before  # declined: nothing changes

    monkeypatch.setattr(ShortenDialog, "propose",
                        classmethod(lambda cls, text, link, parent=None: (proposal, True)))
    assert studio.variants.shorten("x")
    assert x.editor.text() == proposal
    assert studio.variants.variant("x").edited
    assert not count("x", x.editor.text()).over
    x.editor.undo()
    assert x.editor.text() == before


def test_shorten_link_comes_from_the_text_or_a_published_post(studio):
    tab(studio, "x").editor.setPlainText("Info lengkap: cimahikota.go.id/mpp sekarang")
    assert studio.variants.suggested_link("x") == "cimahikota.go.id/mpp"
    tab(studio, "x").editor.setPlainText("Tanpa tautan")
    ig = tab(studio, "instagram")
    ig.url_edit.setText("https://www.instagram.com/p/DAbc123/")
    assert studio.variants.mark_published("instagram")
    assert studio.variants.suggested_link("x") == "https://www.instagram.com/p/DAbc123/"


# ---- publishing -------------------------------------------------------------------------------

def test_mark_published_checks_the_link_and_offers_terbit(studio, store):
    x = tab(studio, "x")
    x.url_edit.setText("https://www.instagram.com/p/DAbc123/")
    assert not studio.variants.mark_published("x")
    assert x.url_error.isVisibleTo(x) and "Instagram" in x.url_error.text()
    assert not studio.variants.variant("x").published_url

    x.url_edit.setText("x.com/kominfocimahi/status/1987654321")
    x.when_edit.setDateTime(dt.datetime(2025, 11, 12, 9, 30))
    assert studio.variants.mark_published("x")
    assert not x.url_error.isVisibleTo(x)
    stored = {v.platform: v for v in posts.list_variants(store, studio.post().id)}["x"]
    assert stored.published_url == "https://x.com/kominfocimahi/status/1987654321"
    assert stored.published_at == dt.datetime(2025, 11, 12, 9, 30)
    assert "✓" in studio.variants.tabs.tabText(studio.variants.tabs.indexOf(x))
    assert x.terbit_button.isVisibleTo(x)

    x.terbit_button.click()
    assert posts.get_post(store, studio.post().id).status is Status.TERBIT
    assert not x.terbit_button.isVisibleTo(x)

    studio.variants.clear_published("x")
    assert studio.flush()
    stored = {v.platform: v for v in posts.list_variants(store, studio.post().id)}["x"]
    assert stored.published_url == "" and stored.published_at is None


# ---- templates --------------------------------------------------------------------------------

def test_template_fills_from_the_post_and_is_undoable(studio, qtbot):
    template = load_templates().for_category("Kegiatan")[0]
    text = studio.apply_template(template)
    assert studio.caption.text() == text
    assert "Rabu" in text and "12" in text  # the activity date, the Indonesian way
    assert "{" not in text
    studio.caption.undo()
    assert studio.caption.text() == CAPTION
    studio._fill_template_menu()
    names = [a.text() for a in studio.template_menu.actions()]
    assert template.name in names


def test_template_dialog_saves_a_user_copy_and_reverts(qapp_id, qtbot):
    from gui.konten.template_dialog import TemplateDialog

    dialog = TemplateDialog("Imbauan")
    qtbot.addWidget(dialog)
    shipped = dialog.current()
    dialog.body.setPlainText("Waspada penipuan di {lokasi}!\n\n{tagar}")
    assert dialog.save()
    mine = load_templates().get(shipped.id)
    assert mine.user and mine.body == "Waspada penipuan di {lokasi}!\n\n{tagar}"
    assert dialog.revert()
    assert load_templates().get(shipped.id).body == shipped.body

    dialog.name.setText("Imbauan cuaca")
    dialog.body.setPlainText("Hujan deras di {kota}.")
    assert dialog.save_as_new()
    assert any(t.name == "Imbauan cuaca" for t in load_templates().for_category("Imbauan"))


# ---- hashtags ---------------------------------------------------------------------------------

def test_default_tags_sets_and_instagram_cap(studio, qtbot, store):
    studio.hashtags.edit.setText("")
    studio.hashtags.edit.textEdited.emit("")
    assert studio.hashtags.add_default()
    assert studio.hashtags.text() == DEMO_PROFILE.default_hashtags

    hashtag_sets.save_set(store, HashtagSet(name="Layanan", tags="mpp cimahi, LayananPublik"))
    settings.set(store, "instagram_hashtag_cap", 4)
    studio.reload_directory()
    studio.hashtags._fill_sets_menu()
    studio.hashtags.sets_menu.actions()[0].trigger()
    assert studio.hashtags.text() == DEMO_PROFILE.default_hashtags + " #mpp #cimahi #LayananPublik"
    assert studio.hashtags.hint.text().startswith("6")  # 6 tags, more than Instagram's 4
    settle(studio, qtbot)
    ig = tab(studio, "instagram")
    assert ig.editor.text().endswith("#CimahiKota #DiskominfoCimahi #CimahiMaju #mpp")
    assert "#LayananPublik" in ig.notes.text()  # left out, and said so
    assert tab(studio, "facebook").editor.text().endswith("#LayananPublik")
    assert studio.flush()
    assert posts.get_post(store, studio.post().id).hashtags.endswith("#LayananPublik")


def test_directory_is_applied_again_only_when_it_changed(studio, store, monkeypatch):
    """Each show of the page reads what Pengaturan edits; unchanged, it is not applied
    again (the versions are not worked out anew), changed, it is."""
    refreshed = []
    monkeypatch.setattr(studio.variants, "update_post",
                        lambda *args: refreshed.append(args))
    studio.reload_directory()
    studio.hide()
    studio.show()  # the page shown again, nothing changed in Pengaturan
    assert refreshed == []
    settings.set(store, "instagram_hashtag_cap", 4)
    studio.reload_directory()
    assert len(refreshed) == 1 and refreshed[0][2]["instagram"] == 4
    assert studio.hashtags._cap == 4
    accounts.save_account(store, Account(name="Kelurahan Cibabat",
                                         handles={"instagram": "kel.cibabat"}))
    studio.hide()
    studio.show()
    assert len(refreshed) == 2
    assert any(a.name == "Kelurahan Cibabat" for a in refreshed[1][1])


def test_new_post_gets_the_default_tags(main_window, store):
    save_profile(store, DEMO_PROFILE)
    main_window.konten.new_post()
    post = main_window.konten.editor.post()
    assert post.hashtags == DEMO_PROFILE.default_hashtags
    assert main_window.konten.editor.hashtags.text() == DEMO_PROFILE.default_hashtags


# ---- collaborators ------------------------------------------------------------------------------

def test_collaborators_put_each_platforms_handle(studio, qtbot, directory):
    pemkot = directory["Pemerintah Kota Cimahi"]
    capil = directory["Disdukcapil Kota Cimahi"]
    assert studio.collaborators.add(pemkot.id)
    assert studio.collaborators.add(capil.id)
    settle(studio, qtbot)
    assert "Bersama @dinkes.cimahi @pemkotcimahi @disdukcapil.cimahi" in \
        tab(studio, "instagram").editor.text()
    x_text = tab(studio, "x").editor.text()
    assert "Bersama @dinkescimahi @pemkotcimahi" in x_text and "disdukcapil" not in x_text
    assert "Disdukcapil Kota Cimahi" in tab(studio, "x").notes.text()  # no X account: said
    studio.collaborators.remove(pemkot.id)
    settle(studio, qtbot)
    assert "@pemkotcimahi" not in tab(studio, "instagram").editor.text()


def test_instagram_collab_cap_refuses_a_sixth(studio, store):
    extra = [accounts.save_account(store, Account(name=f"Kelurahan {n}", handles={
        "instagram": f"kel.{n.lower()}"})) for n in ("Cibabat", "Cigugur", "Citeureup",
                                                     "Karangmekar", "Leuwigajah")]
    studio.reload_directory()
    for acc in extra[:4]:
        assert studio.collaborators.add(acc.id)  # with Dinkes: 5
    assert not studio.collaborators.add(extra[4].id)
    assert studio.collaborators.message.isVisibleTo(studio.collaborators)
    assert "5" in studio.collaborators.message.text()
    assert extra[4].id not in studio.collaborators.selected()
    # without Instagram among the targets there is no Collab cap
    studio.platforms.buttons["instagram"].click()
    assert studio.collaborators.add(extra[4].id)


# ---- platforms, counters, previews -------------------------------------------------------------

def test_target_platforms_drive_versions_previews_and_counters(studio, qtbot, store):
    studio.platforms.buttons["tiktok"].click()
    studio.platforms.buttons["facebook"].click()
    names = [studio.variants.tabs.tabText(i).split()[0]
             for i in range(studio.variants.tabs.count())]
    assert names == ["Instagram", "X", "TikTok", "YouTube"]
    assert studio.preview.platforms() == ["instagram", "x", "tiktok", "youtube"]
    settle(studio, qtbot)
    assert list(studio.counters.chips) == ["instagram", "x", "tiktok", "youtube"]
    assert studio.flush()
    saved = posts.get_post(store, studio.post().id)
    assert saved.platforms == ["instagram", "x", "tiktok", "youtube"]
    stored = {v.platform for v in posts.list_variants(store, saved.id)}
    assert "tiktok" in stored


def test_counters_colour_and_current_platform_is_shared(studio, qtbot):
    studio.caption.setPlainText("Layanan adminduk keliling hadir di Kelurahan Cibabat. " * 6)
    settle(studio, qtbot)
    levels = studio.counters.levels()
    assert levels["x"] == "over" and levels["instagram"] == "ok"
    studio.counters.chips["x"].click()
    assert studio.current_platform() == "x"
    assert studio.variants.current_platform() == "x"
    assert studio.preview.current_platform() == "x"
    assert studio.caption.focus_platform() == "x"
    studio.preview.tabs.setCurrentIndex(0)
    assert studio.current_platform() == "instagram"
    assert studio.counters.selected() == "instagram"
    assert studio.caption.cut_position() is not None  # Instagram's feed cut is marked


def test_preview_shows_own_account_and_the_version_text(studio, qtbot):
    ig = tab(studio, "instagram")
    ig.editor.setPlainText("Teks pratinjau #MPPCimahi")
    studio.preview.select("instagram")
    preview = studio.preview.previews["instagram"]
    assert preview.name.text() == "diskominfocimahi"
    assert "Teks pratinjau" in preview.caption.text()
    assert "#MPPCimahi" in preview.caption.text()
    studio.preview.select("facebook")
    assert studio.preview.previews["facebook"].name.text() == "Diskominfo Kota Cimahi"


def test_side_panel_has_room_for_more_tabs(studio):
    index = studio.add_side_panel(QWidget(), "Cek")
    assert studio.side_tabs.tabText(index) == "Cek"
    assert studio.side_tabs.tabText(0) == studio.tr("Preview")


# ---- "Pakai templat" asks before replacing typed text ---------------------------------------

def test_template_asks_before_replacing_typed_text(studio, monkeypatch):
    template = load_templates().get("kegiatan-rapat")
    asked = []
    monkeypatch.setattr(studio, "confirm_replace_caption",
                        lambda name: asked.append(name) or False)
    assert studio.use_template(template) is None
    assert asked == [template.name] and studio.caption.text() == CAPTION

    monkeypatch.setattr(studio, "confirm_replace_caption", lambda name: True)
    text = studio.use_template(template)
    assert studio.caption.text() == text
    assert text.startswith("Rapat Koordinasi Peresmian Mal Pelayanan Publik\n")
    assert "[isi pokok bahasan]" in text  # what is left to write is marked as a field
    assert studio.caption.textCursor().selectedText() == "[isi pokok bahasan]"  # first field

    studio.caption.setPlainText("   ")
    monkeypatch.setattr(studio, "confirm_replace_caption",
                        lambda name: pytest.fail("nothing typed: no question"))
    assert studio.use_template(template)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on a real dialog
def test_template_question_is_in_indonesian_and_keeps_text_by_default(studio, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    template = load_templates().get("kegiatan-umum")
    assert studio.use_template(template) is None
    assert seen == {"text": "Ganti keterangan yang sudah ditulis?",
                    "default": "Pertahankan teks saya"}
    assert studio.caption.text() == CAPTION


# ---- the editor and `caption` say the same ------------------------------------------------

def test_editor_and_cli_caption_show_the_same_text_notes_and_caps(qapp_id, qtbot, store,
                                                                   capsys):
    import json

    import cli

    settings.set(store, "instagram_hashtag_cap", 2)
    partners = [accounts.save_account(store, Account(name=f"Mitra {i}",
                                                     handles={"instagram": f"mitra{i}"}))
                for i in range(6)]
    post = posts.create_post(store, Post(
        title="Rapat", caption="Rapat koordinasi #SatuData", activity_date=dt.date(2025, 11, 12),
        hashtags="#Cimahi #CimahiMaju #SatuData #Kominfo", platforms=["instagram", "x"],
        collaborators=[a.id for a in partners]))
    editor = PostEditor(store)
    qtbot.addWidget(editor)
    editor.set_post(post)
    shown = {}
    for pid in ("instagram", "x"):
        t = tab(editor, pid)
        shown[pid] = (t.editor.text(), t.notes.text().split("\n") if t.notes.text() else [])

    assert cli.main(["caption", str(post.id), "--json"]) == 0
    printed = {v["platform"]: (v["text"], v["notes"] + v["cap_issues"])
               for v in json.loads(capsys.readouterr().out)["variants"]}
    assert printed == shown
    ig_notes = shown["instagram"][1]
    assert any("2 tagar" in n for n in ig_notes)  # the cap from the settings
    assert any("kolaborator" in n.casefold() for n in ig_notes)  # Instagram only
    assert not any("kolaborator" in n.casefold() for n in shown["x"][1])
    assert any("belum punya akun X" in n for n in shown["x"][1])


def test_counter_pills_show_each_versions_count(studio, qtbot):
    """Issue 14: the pill said "X 242/280" while the X version and Cek said 284/280,
    because the pill counted the main caption without tags and mentions."""
    for pid in ("tiktok", "threads"):
        studio.platforms.buttons[pid].click()
    studio.caption.setPlainText(CAPTION + " Info: cimahikota.go.id/berita 🎉\n\n" + CAPTION * 2)
    settle(studio, qtbot)
    assert list(studio.counters.chips) == ["instagram", "facebook", "x", "tiktok", "youtube",
                                          "threads"]
    for pid, chip in studio.counters.chips.items():
        version = studio.variants.variant(pid).text
        assert version != studio.caption.text()  # tags and mentions are added per platform
        expected = count(pid, version)
        assert chip.text().split()[-1] == f"{expected.used:,}/{expected.limit:,}".replace(",", ".")
        assert tab(studio, pid).count_label.text().startswith(
            chip.text().split()[-1].replace("/", " / "))
        studio.preview.select(pid)
        assert studio.preview.previews[pid].budget.text().startswith(
            chip.text().split()[-1].replace("/", " / "))
    assert studio.counters.levels()["x"] == "over"


def test_a_pill_follows_a_version_edited_by_hand(studio, qtbot):
    x = tab(studio, "x")
    x.editor.setPlainText("Versi X singkat")
    qtbot.waitUntil(lambda: studio.counters.chips["x"].text().endswith(" 15/280"), timeout=2000)
    studio.caption.setPlainText(CAPTION * 3)  # the edited version no longer follows
    settle(studio, qtbot)
    assert studio.counters.chips["x"].text().endswith(" 15/280")
    assert studio.counters.levels()["instagram"] == "ok"
