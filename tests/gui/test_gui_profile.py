"""First start and Pengaturan: the profile form validates NIP and required fields."""

from __future__ import annotations

from core.demo import DEMO_PROFILE
from core.model import Profile
from core.profile import load_profile
from gui.pengaturan.profile_dialog import ProfileDialog


def fill(form, **values):
    for name, value in values.items():
        form.edit(name).setText(value)


def test_first_start_dialog_rejects_bad_nip(qapp_id, qtbot):
    dialog = ProfileDialog(Profile())
    qtbot.addWidget(dialog)
    fill(dialog.form, pic_name="Rina", pic_nip="1992 0315", dept_name="Dinas X",
         dept_short="DX", city="Cimahi")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    errors = dialog.form.validate()
    assert errors["pic_nip"] == "NIP harus 18 digit; yang diisi 8 digit."
    assert dialog.form.edit("pic_nip").property("invalid") is True


def test_first_start_dialog_accepts_valid_profile(qapp_id, qtbot):
    dialog = ProfileDialog(Profile())
    qtbot.addWidget(dialog)
    fill(dialog.form, pic_name="Rina", pic_nip="1992 0315 2019 03 2 007", dept_name="Dinas X",
         dept_short="DX", city="Cimahi", superior_nip="")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.form.profile().pic_nip == "1992 0315 2019 03 2 007"


def test_get_profile_classmethod_returns_value_and_flag(qapp_id, qtbot, monkeypatch):
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: self.DialogCode.Rejected)
    profile, accepted = ProfileDialog.get_profile(DEMO_PROFILE)
    assert not accepted and profile.pic_name == DEMO_PROFILE.pic_name


def test_pengaturan_edits_profile(main_window, store):
    page = main_window.pengaturan
    main_window.show_page("pengaturan")
    fill(page.form, pic_name="Budi", pic_nip="199001012015031001", dept_name="Dinas Y",
         dept_short="DY", city="Cimahi")
    assert page.save_button.isEnabled()
    assert page.save()
    saved = load_profile(store)
    assert (saved.pic_name, saved.pic_nip, saved.dept_short) == ("Budi", "199001012015031001",
                                                                 "DY")
    assert main_window.dept_label.text() == "DY"


def test_pengaturan_refuses_invalid_profile(main_window, store):
    page = main_window.pengaturan
    fill(page.form, pic_name="", pic_nip="abc")
    assert not page.save()
    assert load_profile(store).pic_name == ""
    assert "merah" in main_window.statusBar().currentMessage()


def test_profile_form_offers_kop_fields_and_rank_choices(qapp_id, qtbot):
    dialog = ProfileDialog(DEMO_PROFILE)
    qtbot.addWidget(dialog)
    form = dialog.form
    box = form.rank_box("superior_rank")
    assert box.currentText() == DEMO_PROFILE.superior_rank
    assert [box.itemText(i) for i in (1, box.count() - 1)] == ["Juru Muda (I/a)",
                                                               "Non-ASN (tanpa pangkat)"]
    box.setCurrentIndex(box.findText("Pembina Tingkat I (IV/b)"))
    form.edit("website").setText("diskominfo.cimahikota.go.id")
    profile = form.profile()
    assert profile.superior_rank == "Pembina Tingkat I (IV/b)"
    assert profile.website == "diskominfo.cimahikota.go.id"
    assert profile.email == DEMO_PROFILE.email
