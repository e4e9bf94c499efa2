"""The Word report as a naskah dinas (issue 12), read back from the file: kop lines,
pangkat in both signature blocks, Simpulan dan Saran, Lampiran after the signatures,
previous-period figures, language id-ID and clean metadata."""

from __future__ import annotations

import datetime as dt
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from core.demo import DEMO_PROFILE, fill_demo
from core.report import month_report
from core.report_format import format_number
from exporters.docx_report import DocxReport


def _export(data, tmp_path):
    path = DocxReport(data).export(tmp_path / "laporan.docx")
    return path, Document(str(path))


def _body_texts(doc) -> list[str]:
    """Paragraph and table texts in document order (tables as one joined string)."""
    out = []
    for el in doc.element.body:
        if el.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            out.append("\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                 for p in el.iter(qn("w:p"))))
    return out


def test_kop_has_every_line_and_the_rule(demo_report, tmp_path) -> None:
    _, doc = _export(demo_report, tmp_path)
    kop = [p.text for p in doc.tables[0].rows[0].cells[1].paragraphs]
    assert kop == [
        "PEMERINTAH KOTA CIMAHI", "DINAS KOMUNIKASI DAN INFORMATIKA",  # city on line 1
        DEMO_PROFILE.address, f"Telp. {DEMO_PROFILE.phone}, Faks. {DEMO_PROFILE.fax}",
        f"Laman: {DEMO_PROFILE.website}, Pos-el: {DEMO_PROFILE.email}"]
    assert doc.tables[0].rows[0].cells[0]._tc.xpath(".//pic:pic")  # the logo, on the left
    assert "thickThinSmallGap" in doc.paragraphs[0]._p.xml


def test_both_signature_blocks_carry_jabatan_name_pangkat_and_nip(demo_report,
                                                                  tmp_path) -> None:
    _, doc = _export(demo_report, tmp_path)
    sign = next(t for t in doc.tables if "Mengetahui," in t.rows[0].cells[0].text)
    left, right = (c.text.splitlines() for c in sign.rows[0].cells)
    assert "Kepala Dinas Komunikasi dan Informatika Kota Cimahi" in left
    assert left[-3:] == [DEMO_PROFILE.superior_name, "Pembina Utama Muda (IV/c)",
                         "NIP. 19700512 199503 1 004"]
    assert right[-3:] == [DEMO_PROFILE.pic_name, "Penata Muda (III/a)",
                          "NIP. 19920315 201903 2 007"]


def test_lampiran_follow_the_signatures_in_their_own_sections(demo_report, tmp_path) -> None:
    _, doc = _export(demo_report, tmp_path)
    texts = _body_texts(doc)
    signed = next(i for i, t in enumerate(texts) if "Mengetahui," in t)
    assert texts.index("LAMPIRAN I") > signed
    assert texts.index("VI. PENUTUP") < signed
    assert doc.sections[1].orientation == WD_ORIENT.LANDSCAPE
    assert doc.sections[0].different_first_page_header_footer  # numbers from page 2


def test_simpulan_dan_saran_is_a_draft_from_the_data_or_the_pic_s_text(store,
                                                                      tmp_path) -> None:
    data = month_report(store, 2025, 11)
    _, doc = _export(data, tmp_path)
    texts = _body_texts(doc)
    start = texts.index("V. SIMPULAN DAN SARAN")
    chapter = "\n".join(texts[start:texts.index("VI. PENUTUP")])
    assert "Simpulan:" in chapter and "Saran:" in chapter
    assert "58 unggahan di 6 platform" in chapter and "jangkauan 142.948" in chapter
    edited = month_report(store, 2025, 11, conclusion="Simpulan:\n1. Kami menyimpulkan X.")
    _, doc = _export(edited, tmp_path)
    texts = _body_texts(doc)
    chapter = texts[texts.index("V. SIMPULAN DAN SARAN"):texts.index("VI. PENUTUP")]
    assert any("Kami menyimpulkan X." in t for t in chapter)
    assert not any("58 unggahan" in t for t in chapter)


def test_kendala_is_only_what_the_pic_wrote(store, tmp_path) -> None:
    _, doc = _export(month_report(store, 2025, 11), tmp_path)
    texts = _body_texts(doc)
    chapter = texts[texts.index("IV. KENDALA DAN TINDAK LANJUT") + 1:
                    texts.index("V. SIMPULAN DAN SARAN")]
    assert chapter == ["Tidak ada kendala yang dilaporkan untuk periode ini."]
    assert "Foto dari tim dokumentasi." not in "\n".join(texts)


def test_each_figure_stands_beside_the_previous_period(store, tmp_path) -> None:
    fill_demo(store, 2025, 10, seed=11)
    data = month_report(store, 2025, 11)
    before = data.previous.totals
    assert data.previous.period == "Oktober 2025" and before.uploads
    _, doc = _export(data, tmp_path)
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Uraian")
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in table.rows[1:]}
    reach = rows["Jangkauan"]
    assert reach[:2] == [format_number(before.sums["reach"]),
                         format_number(data.totals.sums["reach"])]
    diff = data.totals.sums["reach"] - before.sums["reach"]
    assert reach[2] == ("+" if diff > 0 else "") + format_number(diff)
    assert reach[3].endswith("%")
    texts = "\n".join(_body_texts(doc))
    assert "Dibandingkan periode Oktober 2025" in texts


def test_top_content_ranks_posts_not_uploads(demo_report, tmp_path) -> None:
    _, doc = _export(demo_report, tmp_path)
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][:3]
                 == ["No", "Konten", "Platform"])
    titles = [r.cells[1].text for r in table.rows[1:]]
    assert len(titles) == len(set(titles)) == 5


def test_wording_a_superior_signs(demo_report, tmp_path) -> None:
    _, doc = _export(demo_report, tmp_path)
    text = "\n".join(_body_texts(doc)).casefold()
    for banned in ("galat", "pengikut awal dan akhir periode belum dicatat"):
        assert banned not in text, banned
    assert "jangkauan 142.948 akun" not in text
    italic = [r.text for p in doc.paragraphs for r in p.runs if r.italic and r.text.strip()]
    assert italic == []


def test_language_is_indonesian_everywhere_and_metadata_is_warta_s(demo_report,
                                                                  tmp_path) -> None:
    path, doc = _export(demo_report, tmp_path)
    runs = doc.element.body.findall(".//" + qn("w:r"))
    assert runs and all(r.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "id-ID"
                        for r in runs)
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert defaults.get(qn("w:val")) == "id-ID"
    props = doc.core_properties
    assert props.author == DEMO_PROFILE.pic_name == props.last_modified_by
    assert props.title == "Laporan Pengelolaan Media Sosial November 2025"
    assert props.created.date() == dt.datetime.now(dt.UTC).date() == props.modified.date()
    assert props.language == "id-ID" and props.comments == ""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        app = z.read("docProps/app.xml").decode()
        meta = z.read("docProps/core.xml").decode() + app
        settings = z.read("word/settings.xml").decode()
    assert "<Application>Warta</Application>" in app
    assert "python-docx" not in meta and "Macintosh" not in meta and "2013" not in meta
    assert not any("thumbnail" in n or "customXml" in n or "stylesWithEffects" in n
                   for n in names)
    assert "en-US" not in settings and "proofState" not in settings
