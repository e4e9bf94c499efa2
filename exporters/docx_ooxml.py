"""Low-level OOXML for the Word documents: borders, fields, links, row flags, the
document language (id-ID) and clean package metadata.

python-docx starts from a template made on a Mac in 2013: en-US everywhere, "python-docx"
as last editor, a template thumbnail, a bibliography part and "Microsoft Macintosh Word"
as application. `finish_package` replaces all of that, so Word checks Indonesian
spelling and File > Info shows the PIC, today and "Warta".
"""

from __future__ import annotations

import copy
import datetime as dt

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from exporters.base import APPLICATION, LANGUAGE, app_xml

_DROPPED_RELS = (RT.THUMBNAIL, RT.CUSTOM_XML,
                 "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects")


def set_cell_fill(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def no_wrap(cell: _Cell) -> None:
    """w:noWrap: a date or number stays on one line (tcPr order: noWrap after shd)."""
    el = OxmlElement("w:noWrap")
    cell._tc.get_or_add_tcPr().append(el)


def row_flag(row: _Row, tag: str) -> None:
    """w:tblHeader (repeat on each page) or w:cantSplit on a table row."""
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def bottom_rule(paragraph: Paragraph) -> None:
    """The kop's double rule: a thick-thin border under the paragraph."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "thickThinSmallGap"), ("w:sz", "24"), ("w:space", "1"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def add_field(paragraph: Paragraph, code: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice both update."""
    def fld_char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    fld_char("begin")
    instr = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {code} "
    instr._r.append(text)
    fld_char("separate")
    paragraph.add_run(placeholder)
    fld_char("end")


def cell_margins(table: Table, twips: int) -> None:
    """Left/right cell margins of a whole table (57 twips = 1 mm)."""
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    look = tbl_pr.find(qn("w:tblLook"))  # schema order: tblCellMar before tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)


def link_rid(part, url: str) -> str:
    """The part's relationship id for an external link, one per URL.

    python-docx's relate_to scans every relationship of the part for a match and again
    for a free id: a year's report with 10,000 links spent a minute there. Ids are kept
    per part here and numbered "rIdL<n>", which python-docx's "rId<n>" never uses."""
    links = part.__dict__.setdefault("_warta_links", {})
    r_id = links.get(url)
    if r_id is None:
        r_id = links[url] = f"rIdL{len(links) + 1}"
        part.rels.add_relationship(RT.HYPERLINK, url, r_id, is_external=True)
    return r_id


def link_text(url: str) -> str:
    """A URL as printed: without https:// and www., so it wraps in a narrow column."""
    text = url.split("://", 1)[-1]
    return text.removeprefix("www.").rstrip("/")


# ---- language and metadata --------------------------------------------------------------

LANG_XML = f'<w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/>'


def _lang_element() -> OxmlElement:
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    lang.set(qn("w:bidi"), "ar-SA")
    return lang


def _mark_runs(root) -> None:
    """w:lang id-ID on every run (w:lang comes late in rPr, so appending keeps order).
    A year's report has ~100,000 runs: those written with LANG_XML already (table rows,
    exporters/docx_rows.py) are left out by one XPath query, the rest get a copy of one
    element."""
    lang = _lang_element()
    r_pr_tag, lang_tag = qn("w:rPr"), qn("w:lang")
    unmarked = root.xpath(
        f".//w:r[not(w:rPr/w:lang[last()][@w:val='{LANGUAGE}' and @w:eastAsia='{LANGUAGE}'"
        " and @w:bidi='ar-SA' and not(following-sibling::*)] and count(w:rPr/w:lang) = 1)]")
    for run in unmarked:
        r_pr = run.find(r_pr_tag)
        if r_pr is None:
            r_pr = OxmlElement("w:rPr")
            run.insert(0, r_pr)
        for old in r_pr.findall(lang_tag):
            r_pr.remove(old)
        r_pr.append(copy.deepcopy(lang))


def set_language(doc: Document) -> None:
    """Indonesian in the style defaults, every style and every run of text."""
    styles = doc.styles.element
    for lang in styles.iter(qn("w:lang")):
        for key in ("w:val", "w:eastAsia"):
            lang.set(qn(key), LANGUAGE)
    _mark_runs(doc.element.body)
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer):
            if not part.is_linked_to_previous:
                _mark_runs(part._element)
    settings = doc.settings.element
    for tag in ("w:proofState",):  # "already proofread" would hide Indonesian spelling
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    for el in settings.findall(qn("w:themeFontLang")):
        el.set(qn("w:val"), LANGUAGE)


def finish_package(doc: Document, *, title: str, author: str, company: str,
                   subject: str = "", now: dt.datetime | None = None) -> None:
    """Title, author = the PIC, created/modified = now, application Warta; template
    leftovers (thumbnail, bibliography, stylesWithEffects, 2013 dates) removed."""
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0, tzinfo=None)
    props = doc.core_properties
    props.title = title
    props.author = author or APPLICATION
    props.last_modified_by = author or APPLICATION
    props.created = props.modified = when
    props.revision = 1
    props.comments = ""
    props.subject = subject
    props.keywords = "laporan; media sosial"
    props.category = "Laporan"
    props.language = LANGUAGE
    package = doc.part.package
    for rels in (package.rels, doc.part.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype in _DROPPED_RELS:
                del rels[r_id]
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = app_xml(company)
