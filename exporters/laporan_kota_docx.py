"""The city report (Laporan Rekapitulasi Kota) as a Word naskah dinas.

Diskominfo's kop, title and period; I Pendahuluan; II Rekapitulasi (city totals beside
the previous period's, the sending status, a chart of the units with the widest reach,
the units that have not reported and the late ones, the campaigns' amplification);
III Simpulan dan Saran drafted by core/rekap/laporan_kota.py; IV Penutup; signatures;
then Lampiran (landscape): the recap per unit. Built from the monthly report's parts
(exporters/docx_naskah.py).
"""

from __future__ import annotations

import io
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from core.indonesian import format_date_abbrev
from core.rekap.laporan_kota import CityReportData
from core.rekap.papan import LATE, MISSING, ON_TIME, UNMAPPED, Figures
from core.report import Change
from core.report_format import format_number, format_percent, format_signed
from exporters.base import Exporter, clean_text
from exporters.chart import panels_png
from exporters.docx_naskah import TABLE_PT, NaskahDocument
from exporters.docx_ooxml import finish_package, set_language
from exporters.docx_report import _change_cells

CHART_UNITS = 15
UNIT_WIDTHS = [0.9, 5.4, 1.6, 2.2, 2.3, 2.0, 1.9, 2.1, 1.9, 1.7, 1.9]


def measures(f: Figures | None) -> list[tuple[str, float | None, bool]]:
    """(label, value, is_ratio) of one unit's or the city's figures, in table order."""
    if f is None:
        return []
    return [("Konten terbit", f.posts, False), ("Unggahan", f.uploads, False),
            ("Jangkauan", f.reach, False), ("Interaksi", f.interactions, False),
            ("Tingkat keterlibatan", f.engagement, True), ("Pengikut", f.followers, False),
            ("Pertumbuhan pengikut", f.growth, False),
            ("Konten lolos pemeriksaan", f.passed_share, True),
            ("Kolaborasi dengan akun kota", f.collaborations, False)]


def _short(row) -> str:
    return row.unit.short_name if row.unit is not None and row.unit.short_name else row.name


class CityReportDocx(Exporter):
    """CityReportData -> .docx."""

    suffix = ".docx"
    label = "Word"

    def __init__(self, data: CityReportData) -> None:  # type: ignore[override]
        super().__init__(data)  # type: ignore[arg-type]

    def build(self) -> None:
        data: CityReportData = self.data  # type: ignore[assignment]
        self.n = n = NaskahDocument(data.page)
        self.doc = n.doc
        n.page_numbers(self.doc.sections[0], skip_first=True)
        self.step(1, 5, "Menyusun kop dan judul")
        n.kop(data.profile, data.department, data.logo)
        center = WD_ALIGN_PARAGRAPH.CENTER
        p = n.para(data.title, bold=True, align=center)
        p.paragraph_format.space_after = Pt(0)
        p = n.para(f"PERIODE {data.period.upper()}", bold=True, align=center)
        p.paragraph_format.space_after = Pt(12)
        self._introduction(data)
        self.step(2, 5, "Menyusun rekapitulasi kota")
        self._recap(data)
        self.step(3, 5, "Menyusun simpulan dan saran")
        self._conclusion(data)
        n.signatures(data.profile, data.department, data.place_date,
                     left_label="Mengetahui,", right_label="Yang membuat laporan,")
        self.step(4, 5, "Menyusun lampiran rekap per unit")
        self._per_unit(data)
        set_language(self.doc)
        finish_package(self.doc, title=clean_text(f"Laporan Rekapitulasi Kota {data.period}"),
                       author=clean_text(data.profile.pic_name), company=data.department,
                       subject=f"Rekapitulasi media sosial perangkat daerah Kota {data.city}")

    def save(self, path: Path) -> None:
        self.doc.save(str(path))

    def _introduction(self, d: CityReportData) -> None:
        n = self.n
        n.heading("I. PENDAHULUAN")
        n.justified(
            f"Laporan ini merekapitulasi pengelolaan media sosial perangkat daerah, kecamatan, "
            f"dan kelurahan di lingkungan Pemerintah Kota {d.city} periode {d.period}, "
            f"disusun dari paket laporan yang dikirim PIC media sosial setiap unit melalui "
            f"Warta. Angka periode ini dibandingkan dengan periode {d.previous_period}.")

    def _recap(self, d: CityReportData) -> None:
        n, board = self.n, d.board
        n.heading("II. REKAPITULASI")
        n.heading("A. Capaian Kota Dibandingkan Periode Sebelumnya", 2)
        now_units, before_units = d.reporting
        rows = [["Unit yang melapor",
                 *_change_cells(Change(now_units, before_units if d.has_previous else None))]]
        for (label, now, ratio), (_, before, _) in zip(
                measures(board.totals), measures(board.previous_totals), strict=True):
            before = before if d.has_previous else None
            rows.append([label, *_change_cells(Change(now, before), percent=ratio)])
        n.table(["Uraian", "Periode Lalu", "Periode Ini", "Selisih", "Perubahan"], rows,
                [4.9, 2.6, 2.6, 2.6, 2.6], {1, 2, 3, 4},
                f"Capaian kota periode {d.period} dibandingkan periode {d.previous_period}",
                nowrap={1, 2, 3, 4})
        n.para("Keterangan: angka kota adalah jumlah angka unit yang melapor pada periode "
               "masing-masing; keterlibatan = "
               "interaksi ÷ jangkauan unggahan yang metriknya dicatat; \u201c–\u201d berarti "
               "tidak ada data pembanding.", size=TABLE_PT)
        n.heading("B. Penyampaian Paket Laporan", 2)
        n.justified(
            f"Tepat waktu {board.count(ON_TIME)} unit, terlambat {board.count(LATE)} unit, "
            f"belum menyampaikan {board.count(MISSING)} unit"
            + (f", dan {board.count(UNMAPPED)} paket perlu dipetakan." if board.count(UNMAPPED)
               else ".")
            + "".join(f" Angka {r.name} dibaca dari data Warta-nya sendiri."
                      for r in board.rows if r.own))
        self._chart(d)
        late = d.rows_with(LATE)
        if late:
            n.table(["No.", "Unit", "Dikirim"],
                    [[str(i), r.name, format_date_abbrev(r.sent_at.date()) if r.sent_at else "–"]
                     for i, r in enumerate(late, 1)], [1.0, 10.5, 4.0], {0},
                    "Unit yang terlambat menyampaikan", nowrap={2})
        missing = d.rows_with(MISSING)
        if missing:
            n.table(["No.", "Unit yang belum menyampaikan"],
                    [[str(i), r.name] for i, r in enumerate(missing, 1)], [1.0, 14.5], {0},
                    "Unit yang belum menyampaikan paket laporan")
        else:
            n.justified("Seluruh unit telah menyampaikan paket laporan.")
        self._campaigns(d)

    def _campaigns(self, d: CityReportData) -> None:
        """C. Amplifikasi Narasi: each campaign's units, posts, reach and interactions."""
        campaigns = d.board.campaigns
        if not campaigns:
            return
        n = self.n
        n.heading("C. Amplifikasi Narasi", 2)
        n.justified(f"Pada periode ini terdapat {len(campaigns)} narasi Diskominfo; "
                    + "; ".join(f"\u201c{a.title}\u201d " + (
                        f"diamplifikasi {len(a.units)} unit dengan {format_number(a.posts)} "
                        "konten" if a.units else "belum diamplifikasi unit mana pun")
                        for a in campaigns) + ".")
        rows = [[str(i), a.title, ", ".join(u.name for u in a.units) or "–",
                 format_number(a.posts), format_number(a.reach), format_number(a.interactions),
                 format_number(len(a.not_amplified))] for i, a in enumerate(campaigns, 1)]
        n.table(["No.", "Narasi", "Unit yang Mengamplifikasi", "Konten", "Jangkauan",
                 "Interaksi", "Belum"], rows, [0.9, 3.5, 3.6, 1.8, 2.4, 2.1, 1.4],
                {0, 3, 4, 5, 6}, "Amplifikasi narasi per unit", nowrap={3, 4, 5, 6})
        n.para("Keterangan: Belum = unit yang mengirim paket laporan tanpa konten narasi itu "
               "ditambah unit yang belum mengirim paket.", size=TABLE_PT)

    def _chart(self, d: CityReportData) -> None:
        sent = [r for r in d.sent if r.figures is not None]
        if not sent:
            return
        top = sorted(sent, key=lambda r: -r.figures.reach)[:CHART_UNITS]
        height = 260 + 70 * len(top)
        png = panels_png([
            ("Jangkauan per unit", (11, 110, 79), [(_short(r), r.figures.reach) for r in top]),
            ("Konten terbit per unit", (196, 140, 20),
             [(_short(r), r.figures.posts) for r in top])], height=height, label_w=300)
        chart = self.doc.add_paragraph()
        chart.alignment = WD_ALIGN_PARAGRAPH.CENTER
        chart.paragraph_format.keep_with_next = True
        chart.add_run().add_picture(io.BytesIO(png), width=Cm(min(15.5, self.n.text_width_cm)))
        more = f" ({CHART_UNITS} jangkauan terbesar)" if len(sent) > CHART_UNITS else ""
        self.n.para(f"Gambar 1. Jangkauan dan konten terbit per unit{more}",
                    style="Keterangan Gambar")

    def _conclusion(self, d: CityReportData) -> None:
        n = self.n
        n.heading("III. SIMPULAN DAN SARAN")
        n.heading("A. Simpulan", 2)
        n.numbered(d.conclusions)
        n.heading("B. Saran", 2)
        if d.suggestions:
            n.numbered(d.suggestions)
        else:
            n.justified("Tidak ada saran perbaikan yang timbul dari data periode ini.")
        n.heading("IV. PENUTUP")
        n.justified("Demikian laporan rekapitulasi ini disampaikan sebagai bahan evaluasi "
                    "dan tindak lanjut pembinaan pengelolaan media sosial perangkat daerah.")

    def _per_unit(self, d: CityReportData) -> None:
        n = self.n
        n.new_section(landscape=True)
        # the paragraph carrying the section break ends page 3 under the signatures: kept
        # 1 pt high so it never needs a (blank) page of its own
        brk = self.doc.paragraphs[-1].paragraph_format
        brk.space_before = brk.space_after = Pt(0)
        brk.line_spacing = Pt(1)
        p = n.para("LAMPIRAN", bold=True)
        p.paragraph_format.space_after = Pt(0)
        n.para(f"REKAPITULASI PER UNIT PERIODE {d.period.upper()}", bold=True,
               align=WD_ALIGN_PARAGRAPH.CENTER)
        headers = ["No.", "Unit", "Konten", "Unggahan", "Jangkauan", "Interaksi",
                   "Keterli\u00adbatan", "Pengikut", "Pertum\u00adbuhan", "Lolos Cek",
                   "Kola\u00adborasi"]
        rows = []
        for i, r in enumerate((r for r in d.board.rows if r.figures is not None), 1):
            rows.append([str(i), r.name, *_cells(r.figures)])
        if not rows:
            n.justified("Belum ada unit yang menyampaikan paket laporan.")
            return
        rows.append(["", "Jumlah kota", *_cells(d.board.totals)])
        if d.has_previous:
            rows.append(["", f"Periode lalu ({d.previous_period})",
                         *_cells(d.board.previous_totals)])
        total = sum(UNIT_WIDTHS)
        n.table(headers, rows, [w * 24.0 / total for w in UNIT_WIDTHS], {0, *range(2, 11)},
                "Rekapitulasi per unit", nowrap=set(range(2, 11)), landscape=True)
        n.para("Keterangan: Lolos Cek = bagian konten yang lolos pemeriksaan Warta tanpa "
               "pengecualian; Kolaborasi = konten yang diunggah berkolaborasi dengan akun "
               "resmi Pemerintah Kota.", size=TABLE_PT)


def _cells(f: Figures) -> list[str]:
    return [format_number(f.posts), format_number(f.uploads), format_number(f.reach),
            format_number(f.interactions), format_percent(f.engagement) or "–",
            format_number(f.followers), format_signed(f.growth),
            format_percent(f.passed_share) or "–", format_number(f.collaborations)]
