"""Caption templates: shipped per category, overridable by the user, filled from a post."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from core.captions.templates import (
    PLACEHOLDER_RE,
    CaptionTemplate,
    fill_template,
    load_templates,
    remove_user_template,
    save_user_template,
    user_dir,
)
from core.model import Account, Category, Post, Profile

PROFILE = Profile(pic_name="Rina Marlina", dept_name="Dinas Komunikasi dan Informatika",
                  dept_short="Diskominfo", city="Cimahi")
POST = Post(title="Peresmian Mal Pelayanan Publik", activity="peresmian Mal Pelayanan Publik",
            activity_date=dt.date(2025, 11, 12), location="Jl. Demang Hardjakusumah",
            collaborators=[1, 2], hashtags="#CimahiKota #MPPCimahi")
ACCOUNTS = [Account(id=1, name="Dinas Kesehatan"), Account(id=2, name="DPMPTSP")]


def test_every_category_ships_templates():
    library = load_templates()
    assert library.problems == []
    for category in Category:
        if category is Category.LAINNYA:
            continue
        assert library.for_category(category.value), category
    ids = [t.id for t in library.templates]
    assert len(ids) == len(set(ids))


def test_fill_kegiatan_template_the_indonesian_way():
    template = load_templates().get("kegiatan-umum")
    text = fill_template(template, POST, PROFILE, ACCOUNTS)
    assert text.startswith("peresmian Mal Pelayanan Publik\n\nRabu, 12 November 2025, bertempat "
                           "di Jl. Demang Hardjakusumah, Dinas Komunikasi dan Informatika Kota "
                           "Cimahi menyelenggarakan")
    assert "dihadiri oleh Dinas Kesehatan dan DPMPTSP." in text
    assert "[isi isi kegiatan]" in text and "[isi harapan]" in text
    assert not PLACEHOLDER_RE.search(text)


def test_short_date_and_unknown_placeholders_stay_visible():
    text = fill_template("{hari_tanggal_pendek} di {lokasi}: {narasumber} {tagar}", POST, PROFILE)
    assert text == "Rabu (12/11/2025) di Jl. Demang Hardjakusumah: [isi narasumber] " \
                   "#CimahiKota #MPPCimahi"


def test_missing_post_data_is_left_to_fill():
    text = fill_template("{hari_tanggal}, {lokasi}, {pihak}", Post(title="Rapat"), PROFILE)
    assert text == "[isi hari tanggal], [isi lokasi], [isi pihak]"


def test_city_is_not_repeated_when_the_department_name_has_it():
    profile = Profile(dept_name="Dinas Kesehatan Kota Cimahi", city="Cimahi")
    assert fill_template("{dinas} Kota {kota}", POST, profile) == "Dinas Kesehatan Kota Cimahi"


def test_user_copy_overrides_shipped_and_can_be_removed():
    shipped = load_templates().get("imbauan-umum")
    assert shipped is not None and not shipped.user
    mine = CaptionTemplate("imbauan-umum", "Imbauan", "Imbauan versi Diskominfo",
                           "IMBAUAN: {isi_imbauan}. Salam, {dinas_singkat}")
    path = save_user_template(mine)
    assert path.parent == user_dir() and path.name == "imbauan.json"
    save_user_template(CaptionTemplate("imbauan-banjir", "Imbauan", "Banjir", "Waspada banjir"))
    library = load_templates()
    got = library.get("imbauan-umum")
    assert got.user and got.body.startswith("IMBAUAN:")
    assert library.get("imbauan-banjir").user
    assert [t.id for t in library.for_category("Imbauan")].count("imbauan-umum") == 1
    assert remove_user_template("imbauan-umum")
    assert not load_templates().get("imbauan-umum").user
    assert load_templates().get("imbauan-banjir") is not None


@pytest.mark.parametrize("content", [
    "{bukan json", json.dumps({"category": "Rahasia", "templates": []}),
    json.dumps({"category": "Imbauan", "templates": [{"id": "x"}]}),
])
def test_broken_user_file_is_reported_and_shipped_templates_remain(content):
    user_dir().mkdir(parents=True)
    (user_dir() / "imbauan.json").write_text(content, encoding="utf-8")
    library = load_templates()
    assert library.get("imbauan-umum") is not None and not library.get("imbauan-umum").user
    assert len(library.problems) == 1
    assert "caption_templates/imbauan.json dilewati" in library.problems[0]
    with pytest.raises(ValueError, match="perbaiki"):
        save_user_template(CaptionTemplate("baru", "Imbauan", "Baru", "isi"))


def test_a_value_never_repeats_the_words_before_its_field():
    template = load_templates().get("kegiatan-rapat")
    post = Post(title="Rapat", activity="Rapat koordinasi PIC media sosial",
                activity_date=dt.date(2025, 11, 12), location="Aula")
    text = fill_template(template, post, PROFILE)
    assert text.startswith("Rapat Koordinasi PIC media sosial\n")
    assert "Rapat Koordinasi Rapat" not in text
    assert fill_template("Rapat Koordinasi {kegiatan}\n\nisi", Post(activity="rapat koordinasi"),
                         PROFILE) == "Rapat Koordinasi\n\nisi"
    assert fill_template("bertempat di {lokasi}.", Post(location="di Aula Kecamatan"),
                         PROFILE) == "bertempat di Aula Kecamatan."
    # a different word, or no space before the field, is left alone
    assert fill_template("Rapat {kegiatan}", Post(activity="Koordinasi"), PROFILE) == \
        "Rapat Koordinasi"
    assert fill_template("({kegiatan})", Post(activity="Rapat"), PROFILE) == "(Rapat)"


def test_unfilled_fields_use_one_bracket_form_and_are_found_again():
    from core.captions.templates import find_placeholders

    for template in load_templates().templates:
        text = fill_template(template, Post(), Profile())
        blanks = find_placeholders(text)
        assert not PLACEHOLDER_RE.search(text), template.id
        assert blanks, template.id
        for b in blanks:
            assert text[b.start:b.end] == b.text == f"[isi {b.name}]"
    assert find_placeholders("[KLARIFIKASI] Hoaks [isi sumber] dan [isi\nx]") == [
        find_placeholders("[KLARIFIKASI] Hoaks [isi sumber]")[0]]
    assert find_placeholders("Tanpa isian.") == []
