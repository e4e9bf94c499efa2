"""The monthly report as a Word naskah dinas (python-docx), per the Tata Naskah Dinas.

Kop (logo, PEMERINTAH KOTA ..., the unit, address, Telp./Faks., Laman/Pos-el, thick-thin
rule), title, I Pendahuluan, II Rekapitulasi Pelaksanaan (each figure beside the previous
period's), III Analisis, IV Kendala dan Tindak Lanjut (the PIC's text only), V Simpulan
dan Saran, VI Penutup, the signature blocks; then Lampiran I (daftar unggahan, a
landscape section) and Lampiran II (dokumentasi foto). Page numbers from page 2.
Documentation photos are downscaled to about 1000 px JPEG so a month stays small.
"""

from __future__ import annotations

import io
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import _Cell
from PIL import Image

from core.indonesian import format_date_abbrev
from core.photo_cache import cached_downscale
from core.platforms import platform_name
from core.report import ENGAGEMENT_FORMULA, Change, DocPhoto, ReportData, Totals
from core.report_analysis import analysis_points, conclusion_text
from core.report_files import ReportFormat
from core.report_format import (
    format_number,
    format_optional_date,
    format_percent,
    format_signed,
)
from exporters.base import Exporter, clean_text, is_web_link, shorten
from exporters.chart import platform_chart_png
from exporters.docx_naskah import TABLE_PT, NaskahDocument
from exporters.docx_ooxml import finish_package, link_rid, link_text, row_flag, set_language
from exporters.docx_rows import Runs, hyperlink_xml, run_xml

PHOTO_PX = 1000  # ~340 dpi at the 7.4 cm a photo gets in the two-column grid
PHOTO_QUALITY = 80
PHOTO_BUDGET = 140_000  # bytes per photo before the second, smaller encoding
TITLE = "LAPORAN PENGELOLAAN MEDIA SOSIAL"
NO_UPLOADS = "Tidak ada unggahan yang terbit pada periode ini."
NO_ISSUES = "Tidak ada kendala yang dilaporkan untuk periode ini."
LEGAL_BASIS = (
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
    "Instruksi Presiden Nomor 9 Tahun 2015 tentang Pengelolaan Komunikasi Publik;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 83 "
    "Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah;",
    "Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di "
    "Lingkungan Pemerintah Daerah.",
)


def _photo_or_none(photo: DocPhoto) -> tuple[bytes, tuple[int, int]] | None:
    if not photo.exists:
        return None
    try:
        data = cached_downscale(photo.path, PHOTO_PX, PHOTO_QUALITY, PHOTO_BUDGET)
        with Image.open(io.BytesIO(data)) as im:
            return data, im.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _date(day) -> str:
    """'12 Nov 2025' in tables: short enough never to wrap."""
    return format_date_abbrev(day) if day else ""


def _change_cells(change: Change, *, percent: bool = False) -> list[str]:
    """[previous, current, difference, change %] as the comparison table prints them."""
    fmt = format_percent if percent else format_number
    prev = fmt(change.previous) if change.previous is not None else "–"
    now = fmt(change.current) if change.current is not None else "–"
    if change.diff is None:
        return [prev, now, "–", "–"]
    if percent:
        points = change.diff * 100
        return [prev, now, ("+" if points > 0 else "") + format_number(points, 1) + " poin",
                "–"]
    ratio = change.ratio
    pct = "–" if ratio is None else ("+" if ratio > 0 else "") + format_percent(ratio)
    return [prev, now, format_signed(int(change.diff)), pct]


class DocxReport(Exporter):
    """ReportData -> .docx."""

    format = ReportFormat.DOCX

    def build(self) -> None:
        data = self.data
        total = 8
        self.n = NaskahDocument(data.page)
        self.doc = self.n.doc
        self.figures = 0
        self.n.page_numbers(self.doc.sections[0], skip_first=True)
        self.step(1, total, "Menyusun kop dan judul")
        self.n.kop(data.profile, data.department, data.logo)
        self._title()
        self.step(2, total, "Menyusun pendahuluan")
        self._introduction()
        self.step(3, total, "Menyusun rekapitulasi")
        self._recap()
        self.step(4, total, "Menyusun analisis")
        self._analysis()
        self._issues()
        self._conclusion()
        self._closing()
        self.n.signatures(data.profile, data.department, data.place_date)
        self.step(5, total, "Menyusun lampiran daftar unggahan")
        self._post_list()
        self.step(6, total, "Menyiapkan foto dokumentasi")
        self._documentation()
        self.step(7, total, "Menyelesaikan dokumen")
        set_language(self.doc)
        finish_package(self.doc, title=f"{TITLE.title()} {data.period}",
                       author=clean_text(data.profile.pic_name), company=data.department,
                       subject=f"Laporan media sosial {data.department}")

    def save(self, path: Path) -> None:
        self.n.save(path)  # puts in the upload list's rows

    # ---- title and chapter I -----------------------------------------------------------
    def _title(self) -> None:
        center = WD_ALIGN_PARAGRAPH.CENTER
        p = self.n.para(TITLE, bold=True, align=center)
        p.paragraph_format.space_after = Pt(0)
        p = self.n.para(self.data.department.upper(), bold=True, align=center)
        p.paragraph_format.space_after = Pt(0)
        p = self.n.para(f"PERIODE {self.data.period.upper()}", bold=True, align=center)
        p.paragraph_format.space_after = Pt(12)

    def _scope(self) -> list[str]:
        """'Instagram: @handle' per own account and platform (the Ruang Lingkup list)."""
        seen: list[str] = []
        for f in self.data.followers:
            line = f"{platform_name(f.platform)}: @{f.handle.lstrip('@')} ({f.account})"
            if line not in seen:
                seen.append(line)
        return seen

    def _introduction(self) -> None:
        d, profile = self.data, self.data.profile
        short = profile.dept_short or d.department
        city = f"Kota {profile.city}" if profile.city else "daerah"
        n = self.n
        n.heading("I. PENDAHULUAN")
        n.heading("A. Latar Belakang", 2)
        n.justified(
            f"Media sosial merupakan salah satu saluran utama {d.department} dalam "
            f"menyampaikan informasi kegiatan, layanan, dan kebijakan Pemerintah {city} kepada "
            "masyarakat. Pengelolaan yang terencana dan terukur diperlukan agar informasi yang "
            "disampaikan akurat, tepat waktu, dan menjangkau masyarakat seluas-luasnya.")
        n.heading("B. Dasar Hukum", 2)
        n.numbered(LEGAL_BASIS)
        n.heading("C. Maksud dan Tujuan", 2)
        n.justified(f"Laporan ini disusun sebagai bahan evaluasi dan pertanggungjawaban "
                    f"pengelolaan media sosial {short} kepada pimpinan, dengan tujuan:")
        n.numbered([
            "menyajikan rekapitulasi unggahan dan capaiannya dibandingkan periode sebelumnya;",
            "menilai efektivitas penyampaian informasi melalui jangkauan dan tingkat "
            "keterlibatan masyarakat;",
            "mencatat kendala serta rencana tindak lanjut untuk periode berikutnya.",
        ], marks=["a.", "b.", "c."])
        n.heading("D. Ruang Lingkup", 2)
        span = f"{format_optional_date(d.start)} sampai dengan {format_optional_date(d.end)}"
        accounts = self._scope()
        if accounts:
            n.justified(f"Laporan ini mencakup seluruh konten berstatus terbit pada periode "
                        f"{span} melalui akun resmi {short} berikut:")
            n.numbered(accounts, marks=[f"{chr(97 + i % 26)}." for i in range(len(accounts))])
        else:
            n.justified(f"Laporan ini mencakup seluruh konten berstatus terbit pada periode "
                        f"{span} melalui akun resmi {short}.")

    # ---- chapter II --------------------------------------------------------------------
    def _comparison_rows(self) -> list[list[str]]:
        d, t = self.data, self.data.totals
        p = d.previous.totals if d.previous is not None else None

        def pair(label: str, now: float | None, before: float | None, percent: bool = False):
            return [label, *_change_cells(Change(now, before), percent=percent)]

        def prev(value):
            return None if p is None else value(p)

        return [
            pair("Konten terbit", t.posts, prev(lambda x: x.posts)),
            pair("Unggahan (semua platform)", t.uploads, prev(lambda x: x.uploads)),
            pair("Jangkauan", t.sums["reach"], prev(lambda x: x.sums["reach"])),
            pair("Tayangan", t.sums["impressions"], prev(lambda x: x.sums["impressions"])),
            pair("Interaksi", t.interactions, prev(lambda x: x.interactions)),
            pair("Tingkat keterlibatan", t.engagement, prev(lambda x: x.engagement),
                 percent=True),
        ]

    @staticmethod
    def _totals_cells(t: Totals) -> list[str]:
        return [format_number(t.uploads), format_number(t.sums["reach"]),
                format_number(t.interactions), format_percent(t.engagement) or "–"]

    def _summary_paragraph(self) -> str:
        d, t = self.data, self.data.totals
        short = d.profile.dept_short or d.department
        if not t.uploads:
            return f"{NO_UPLOADS} Rekapitulasi di bawah ini karenanya bernilai nol."
        platforms = [k for k in d.by_platform if k]
        text = (f"Selama periode {d.period}, {short} menerbitkan {format_number(t.posts)} "
                f"konten dalam {format_number(t.uploads)} unggahan di {len(platforms)} platform. "
                f"Jumlah jangkauan seluruh unggahan (dijumlahkan per unggahan, sehingga satu "
                f"orang dapat terhitung lebih dari sekali) sebesar "
                f"{format_number(t.sums['reach'])}, dengan {format_number(t.interactions)} "
                "interaksi")
        text += (f" dan tingkat keterlibatan rata-rata {format_percent(t.engagement)}."
                 if t.engagement is not None else ".")
        return text

    def _recap(self) -> None:
        d, t, n = self.data, self.data.totals, self.n
        n.heading("II. REKAPITULASI PELAKSANAAN")
        n.justified(self._summary_paragraph())
        n.para(ENGAGEMENT_FORMULA, size=TABLE_PT + 0.5)
        n.heading("A. Capaian Dibandingkan Periode Sebelumnya", 2)
        before = d.previous.period if d.previous is not None else "–"
        n.table(["Uraian", "Periode Lalu", "Periode Ini", "Selisih", "Perubahan"],
                self._comparison_rows(), [4.9, 2.6, 2.6, 2.6, 2.6], {1, 2, 3, 4},
                f"Capaian periode {d.period} dibandingkan periode {before}",
                nowrap={1, 2, 3, 4})
        n.heading("B. Rekap per Platform", 2)
        prev = d.previous.by_platform if d.previous is not None else {}
        rows = []
        for key, totals in d.by_platform.items():
            before_reach = prev[key].sums["reach"] if key in prev else 0
            change = Change(totals.sums["reach"], before_reach)
            rows.append([platform_name(key), *self._totals_cells(totals),
                         format_number(before_reach), _change_cells(change)[3]])
        if rows:
            p_total = d.previous.totals.sums["reach"] if d.previous is not None else 0
            rows.append(["Jumlah", *self._totals_cells(t), format_number(p_total),
                         _change_cells(Change(t.sums["reach"], p_total))[3]])
            n.table(["Platform", "Unggahan", "Jangkauan", "Interaksi", "Keterlibatan",
                     "Jangkauan Periode Lalu", "Perubahan Jangkauan"], rows,
                    [2.3, 2.1, 2.2, 2.0, 2.5, 2.2, 2.2], set(range(1, 7)),
                    "Rekapitulasi per platform", nowrap=set(range(1, 7)), bold_last=True)
        else:
            n.justified(NO_UPLOADS)
        if t.with_metrics:
            chart = self.doc.add_paragraph()
            chart.alignment = WD_ALIGN_PARAGRAPH.CENTER
            chart.paragraph_format.keep_with_next = True
            chart.add_run().add_picture(io.BytesIO(platform_chart_png(d)),
                                        width=Cm(min(15.0, n.text_width_cm)))
            self.figures += 1
            n.para(f"Gambar {self.figures}. Jangkauan dan interaksi per platform "
                   "(masing-masing dengan skalanya sendiri)", style="Keterangan Gambar")
        n.heading("C. Rekap per Kategori Konten", 2)
        rows = [[k, format_number(v.posts), *self._totals_cells(v)]
                for k, v in d.by_category.items()]
        if rows:
            n.table(["Kategori", "Konten", "Unggahan", "Jangkauan", "Interaksi",
                     "Keterlibatan"], rows, [3.9, 1.8, 2.2, 2.3, 2.1, 2.5], set(range(1, 6)),
                    "Rekapitulasi per kategori konten", nowrap=set(range(1, 6)))
        else:
            n.justified(NO_UPLOADS)
        letter = "D"
        known = [f for f in d.followers if f.start is not None or f.end is not None]
        if known:
            n.heading(f"{letter}. Pertumbuhan Pengikut", 2)
            letter = "E"
            rows = [[f.account, platform_name(f.platform), format_number(f.start) or "–",
                     format_number(f.end) or "–", format_signed(f.growth) or "–",
                     format_percent(f.growth_ratio) or "–"] for f in known]
            n.table(["Akun", "Platform", "Awal Periode", "Akhir Periode", "Pertumbuhan", "%"],
                    rows, [4.2, 2.2, 2.1, 2.1, 2.8, 1.6], set(range(2, 6)),
                    "Jumlah pengikut akun resmi", nowrap=set(range(2, 6)))
        self._compliance(letter)

    def _compliance(self, letter: str) -> None:
        d, n = self.data, self.n
        n.heading(f"{letter}. Pemeriksaan Sebelum Unggah", 2)
        total = len(d.compliance)
        if not total:
            n.justified(NO_UPLOADS)
            return
        over = d.overridden
        ticks = sum(c.ticks for c in d.compliance)
        text = (f"Sebelum diunggah, setiap konten diperiksa ejaannya, istilahnya, dan "
                f"kelengkapannya. Dari {format_number(total)} konten yang terbit, "
                f"{format_number(total - len(over))} konten terbit tanpa melewati temuan "
                f"pemeriksaan; butir daftar periksa yang dicentang berjumlah "
                f"{format_number(ticks)}. ")
        text += (f"{format_number(len(over))} konten tetap diterbitkan dengan alasan berikut."
                 if over else "Tidak ada temuan pemeriksaan yang dilewati.")
        n.justified(text)
        if over:
            rows = [[str(i), shorten(c.title, 80), shorten("; ".join(c.skipped) or "–", 400),
                     shorten("; ".join(c.reasons) or "–", 300), clean_text(c.decided_by)]
                    for i, c in enumerate(over, 1)]
            n.table(["No", "Konten", "Temuan yang Dilewati", "Alasan", "Diputuskan oleh"],
                    rows, [0.9, 3.7, 4.0, 4.2, 2.7], {0},
                    "Konten yang diterbitkan dengan temuan pemeriksaan yang dilewati")

    # ---- chapters III to VI ------------------------------------------------------------
    def _analysis(self) -> None:
        d, n = self.data, self.n
        n.heading("III. ANALISIS")
        n.heading("A. Konten dengan Interaksi Tertinggi", 2)
        if d.top_content:
            rows = [[str(i), shorten(c.title, 90), c.platform_names, format_number(c.reach),
                     format_number(c.interactions), format_percent(c.engagement) or "–"]
                    for i, c in enumerate(d.top_content, 1)]
            n.table(["No", "Konten", "Platform", "Jangkauan", "Interaksi", "Keterlibatan"],
                    rows, [0.9, 5.0, 2.9, 2.2, 2.0, 2.5], {0, 3, 4, 5},
                    "Konten dengan interaksi tertinggi (semua platform dijumlahkan)",
                    nowrap={3, 4, 5})
        else:
            n.justified("Belum ada unggahan yang metriknya dicatat, sehingga peringkat konten "
                        "belum dapat disusun.")
        points = analysis_points(d)
        if points:
            n.heading("B. Uraian", 2)
            for point in points:
                n.justified(point)

    def _issues(self) -> None:
        n = self.n
        n.heading("IV. KENDALA DAN TINDAK LANJUT")
        blocks = [b.strip() for b in clean_text(self.data.issues).split("\n\n") if b.strip()]
        for block in blocks or [NO_ISSUES]:
            n.justified(block)

    def _conclusion(self) -> None:
        n = self.n
        n.heading("V. SIMPULAN DAN SARAN")
        for line in clean_text(conclusion_text(self.data)).splitlines():
            line = line.strip()
            if not line:
                continue
            mark, _, rest = line.partition(" ")
            if mark.rstrip(".").isdigit() and mark.endswith(".") and rest:
                n.numbered([rest], marks=[mark])
            elif line.endswith(":") and len(line) < 40:
                n.para(line, bold=True).paragraph_format.keep_with_next = True
            else:
                n.justified(line)

    def _closing(self) -> None:
        d = self.data
        self.n.heading("VI. PENUTUP")
        closing = self.n.justified(
            f"Demikian laporan pengelolaan media sosial {d.department} periode {d.period} ini "
            "disusun sebagai bahan evaluasi dan pertanggungjawaban. Atas perhatian dan arahan "
            "Bapak/Ibu, kami ucapkan terima kasih.")
        closing.paragraph_format.keep_with_next = True  # never a page of signatures alone

    # ---- lampiran ----------------------------------------------------------------------
    def _lampiran_head(self, number: str, title: str) -> None:
        """'LAMPIRAN I' block at the top right, then the attachment's centred title."""
        d = self.data
        for i, line in enumerate((f"LAMPIRAN {number}", f"{TITLE.title()}",
                                  f"{d.department}", f"Periode {d.period}")):
            p = self.n.para(line, bold=i == 0, size=TABLE_PT + 1)
            p.paragraph_format.left_indent = Cm(self.n.page.landscape_width_mm / 10 * 0.55
                                                if number == "I" else
                                                self.n.text_width_cm * 0.5)
            p.paragraph_format.space_after = Pt(0)
        self.n.para("").paragraph_format.space_after = Pt(0)
        self.n.para(title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    def _post_list(self) -> None:
        d, n = self.data, self.n
        n.new_section(landscape=True)
        self._lampiran_head("I", f"DAFTAR UNGGAHAN PERIODE {d.period.upper()}")
        if not d.rows:
            n.justified(NO_UPLOADS)
            return
        headers = ["No", "Tanggal", "Platform", "Judul", "Tautan", "Kategori", "Jangkauan",
                   "Interaksi", "Keterlibatan"]
        rows = [[str(r.no), _date(r.date), r.platform_name, shorten(r.title, 160),
                 self._link(r.url), r.category, format_number(r.reach) or "–",
                 format_number(r.interactions) or "–", format_percent(r.engagement) or "–"]
                for r in d.rows]
        n.table(headers, rows, [0.9, 2.3, 2.2, 5.2, 4.4, 2.8, 2.1, 2.0, 2.5],
                {0, 6, 7, 8}, "", nowrap={1, 6, 7, 8}, landscape=True, at_save=True)
        n.para("Keterangan: Keterlibatan = interaksi ÷ jangkauan × 100%; \u201c–\u201d berarti "
               "metrik unggahan belum dicatat.", size=TABLE_PT)

    def _link(self, url: str) -> Runs:
        """The Tautan cell: a clickable link, or the text as given ('–' when none)."""
        url = clean_text(url).strip()
        size = round((TABLE_PT - 0.5) * 2)
        if is_web_link(url):
            return Runs(hyperlink_xml(link_rid(self.doc.part, url), link_text(url), size))
        return Runs(run_xml(url or "–", size_half_points=size))

    def _documentation(self) -> None:
        d = self.data
        if not d.photos and not d.photos_withheld:
            return
        self.n.new_section(landscape=False)
        self._lampiran_head("II", f"DOKUMENTASI KEGIATAN PERIODE {d.period.upper()}")
        if d.photos:
            self._photo_grid(d.photos)
        if d.photos_withheld:
            self.n.para(f"{format_number(d.photos_withheld)} foto yang memuat anak tanpa "
                        "persetujuan tidak ditampilkan.", size=TABLE_PT)

    def _photo_grid(self, photos: list[DocPhoto]) -> None:
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(_photo_or_none, p) for p in photos]
            images = []
            for i, fut in enumerate(futures):
                self.step(6, 8, f"Menyiapkan foto {i + 1} dari {len(photos)}")
                images.append(fut.result())
        cols = 2
        cell_w = self.n.text_width_cm / cols
        table = self.doc.add_table(rows=0, cols=cols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for i in range(cols):
            table.columns[i].width = Cm(cell_w)
        cells: list[_Cell] = []
        for i, (photo, image) in enumerate(zip(photos, images, strict=True)):
            if i % cols == 0:
                row = table.add_row()
                row_flag(row, "w:cantSplit")
                cells = row.cells
            cell = cells[i % cols]
            cell.width = Cm(cell_w)
            pic = cell.paragraphs[0]
            pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pic.paragraph_format.space_after = Pt(2)
            if image is None:
                pic.add_run("(berkas foto tidak ditemukan atau rusak)")
            else:
                data, (w, h) = image
                width_cm = min(cell_w - 0.6, 5.6 * w / h)  # at most 5.6 cm tall
                pic.add_run().add_picture(io.BytesIO(data), width=Cm(width_cm))
            cap = cell.add_paragraph()
            cap._p.style = self.n.caption_style_id  # by name: a search of the styles each
            self.figures += 1
            cap.add_run(f"Gambar {self.figures}. {shorten(photo.caption, 220)}")


__all__ = ["DocxReport", "ReportData"]
