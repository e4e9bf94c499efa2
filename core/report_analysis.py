"""Chapter III (Analisis) and the draft of chapter V (Simpulan dan Saran), from rules.

Every sentence states a figure from ReportData or a comparison with the previous period;
nothing is praise that would be true of any month. The draft is what the Laporan page
shows for the PIC to edit; the edited text (core/report_notes.py) replaces it.
"""

from __future__ import annotations

from core.platforms import platform_name
from core.report import Change, ReportData, Totals
from core.report_format import format_number, format_percent

MIN_REACH_TO_RANK = 100  # a group with less reach says nothing about what works


def _pct_change(change: Change) -> str:
    """'naik 12,3%' / 'turun 4,0%' / 'tetap'; '' when there is no base to compare with."""
    if change.ratio is None:
        return ""
    if abs(change.ratio) < 0.0005:
        return "tetap"
    return f"{'naik' if change.ratio > 0 else 'turun'} {format_percent(abs(change.ratio))}"


def _ranked(groups: dict[str, Totals]) -> list[tuple[str, Totals]]:
    """Groups with enough recorded reach, best engagement first."""
    usable = [(k, t) for k, t in groups.items()
              if k and t.engagement is not None and t.engaged_reach >= MIN_REACH_TO_RANK]
    return sorted(usable, key=lambda kt: -(kt[1].engagement or 0))


def _quote(title: str) -> str:
    return f"\u201c{title}\u201d"


def top_content_sentence(data: ReportData) -> str:
    if not data.top_content:
        return ""
    best = data.top_content[0]
    return (f"Konten dengan interaksi tertinggi adalah {_quote(best.title)} (kategori "
            f"{best.category}, diunggah di {best.platform_names}) dengan "
            f"{format_number(best.interactions)} interaksi dari jangkauan "
            f"{format_number(best.reach)} (keterlibatan {format_percent(best.engagement)}).")


def category_sentence(data: ReportData) -> str:
    ranked = _ranked(data.by_category)
    if not ranked:
        return ""
    name, best = ranked[0]
    most = max(data.by_category.items(), key=lambda kt: (kt[1].posts, kt[1].uploads))
    text = (f"Kategori {name} mencatat tingkat keterlibatan tertinggi "
            f"({format_percent(best.engagement)} dari {format_number(best.posts)} konten)")
    if most[0] != name:
        text += (f", sedangkan kategori yang paling banyak diunggah adalah {most[0]} "
                 f"({format_number(most[1].posts)} konten, keterlibatan "
                 f"{format_percent(most[1].engagement) or 'belum tercatat'})")
    return text + "."


def platform_sentence(data: ReportData) -> str:
    ranked = _ranked(data.by_platform)
    if not ranked:
        return ""
    best_key, best = ranked[0]
    widest = max(((k, t) for k, t in data.by_platform.items() if k),
                 key=lambda kt: kt[1].sums["reach"])
    text = (f"Di antara platform, {platform_name(best_key)} memiliki tingkat keterlibatan "
            f"tertinggi ({format_percent(best.engagement)})")
    if widest[0] != best_key:
        text += (f", sedangkan jangkauan terbesar dicapai {platform_name(widest[0])} "
                 f"({format_number(widest[1].sums['reach'])})")
    if len(ranked) > 1:
        low_key, low = ranked[-1]
        text += (f"; keterlibatan terendah ada di {platform_name(low_key)} "
                 f"({format_percent(low.engagement)})")
    return text + "."


def _biggest_mover(data: ReportData) -> tuple[str, int] | None:
    """The platform whose reach changed most against the previous period."""
    prev = data.previous
    if prev is None:
        return None
    keys = {k for k in (*data.by_platform, *prev.by_platform) if k}
    moves = []
    for k in keys:
        now = data.by_platform.get(k)
        before = prev.by_platform.get(k)
        moves.append((k, (now.sums["reach"] if now else 0) -
                      (before.sums["reach"] if before else 0)))
    return max(moves, key=lambda kv: abs(kv[1]), default=None)


def change_sentences(data: ReportData) -> list[str]:
    """What changed against the previous period, and which platform moved it most."""
    prev = data.previous
    if prev is None:
        return []
    if not prev.totals.uploads:
        return [f"Pada periode sebelumnya ({prev.period}) tidak ada unggahan terbit yang "
                "tercatat di Warta, sehingga perbandingan belum dapat dibuat."]
    t, p = data.totals, prev.totals
    parts = []
    for label, now, before in (("jumlah unggahan", t.uploads, p.uploads),
                               ("jangkauan", t.sums["reach"], p.sums["reach"]),
                               ("interaksi", t.interactions, p.interactions)):
        moved = _pct_change(Change(now, before))
        if moved == "tetap":
            parts.append(f"{label} tetap ({format_number(now)})")
        elif moved:
            parts.append(f"{label} {moved} (dari {format_number(before)} menjadi "
                         f"{format_number(now)})")
    out = []
    if parts:
        out.append(f"Dibandingkan periode {prev.period}, " + "; ".join(parts) + ".")
    if t.engagement is not None and p.engagement is not None:
        points = (t.engagement - p.engagement) * 100
        word = "naik" if points > 0 else "turun"
        out.append(f"Tingkat keterlibatan {word if abs(points) >= 0.05 else 'tetap'} "
                   + (f"{format_number(abs(points), 1)} poin persentase " if abs(points) >= 0.05
                      else "") + f"menjadi {format_percent(t.engagement)}.")
    mover = _biggest_mover(data)
    if mover and mover[1]:
        key, delta = mover
        out.append(f"Perubahan jangkauan terbesar berasal dari {platform_name(key)} "
                   f"({'+' if delta > 0 else '-'}{format_number(abs(delta))}).")
    return out


def coverage_sentence(data: ReportData) -> str:
    t = data.totals
    if not t.uploads or t.with_metrics == t.uploads:
        return ""
    missing = t.uploads - t.with_metrics
    return (f"Metrik belum dicatat untuk {format_number(missing)} dari "
            f"{format_number(t.uploads)} unggahan, sehingga angka jangkauan dan interaksi di "
            "atas belum mencakup unggahan tersebut.")


def analysis_points(data: ReportData) -> list[str]:
    """Chapter III's paragraphs, in reading order; empty sentences dropped."""
    points = [top_content_sentence(data), category_sentence(data), platform_sentence(data),
              *change_sentences(data), coverage_sentence(data)]
    return [p for p in points if p]


def _suggestions(data: ReportData) -> list[str]:
    t = data.totals
    out = []
    ranked = _ranked(data.by_category)
    if ranked and t.engagement and (ranked[0][1].engagement or 0) > t.engagement:
        out.append(f"Memperbanyak konten kategori {ranked[0][0]} yang keterlibatannya "
                   f"({format_percent(ranked[0][1].engagement)}) di atas rata-rata "
                   f"({format_percent(t.engagement)}).")
    platforms = _ranked(data.by_platform)
    if len(platforms) > 1:
        key, low = platforms[-1]
        out.append(f"Menyesuaikan format dan waktu unggah di {platform_name(key)}, yang "
                   f"keterlibatannya terendah ({format_percent(low.engagement)}).")
    prev = data.previous
    if prev is not None and prev.totals.uploads and t.sums["reach"] < prev.totals.sums["reach"]:
        out.append("Menelaah penyebab turunnya jangkauan dibanding periode "
                   f"{prev.period} pada platform yang paling menurun.")
    if t.uploads and t.with_metrics < t.uploads:
        out.append(f"Melengkapi pencatatan metrik {format_number(t.uploads - t.with_metrics)} "
                   "unggahan yang belum tercatat agar capaian periode ini utuh.")
    if not any(f.start is not None and f.end is not None for f in data.followers):
        out.append("Mencatat jumlah pengikut akun resmi pada awal dan akhir periode agar "
                   "pertumbuhannya dapat dilaporkan.")
    if data.overridden:
        out.append(f"Meninjau {format_number(len(data.overridden))} konten yang terbit dengan "
                   "melewati hasil pemeriksaan sebelum unggah.")
    return out


def _conclusions(data: ReportData) -> list[str]:
    t = data.totals
    if not t.uploads:
        return [f"Pada periode {data.period} tidak ada konten yang terbit melalui akun resmi "
                f"{data.profile.dept_short or data.department}."]
    platforms = [k for k in data.by_platform if k]
    first = (f"Selama periode {data.period} telah terbit {format_number(t.posts)} konten "
             f"dalam {format_number(t.uploads)} unggahan di {format_number(len(platforms))} "
             "platform")
    if t.engagement is not None:
        first += (f", dengan jangkauan {format_number(t.sums['reach'])} dan tingkat "
                  f"keterlibatan {format_percent(t.engagement)}")
    out = [first + "."]
    out += change_sentences(data)[:1]
    best = _ranked(data.by_platform)
    if best:
        out.append(f"{platform_name(best[0][0])} menjadi platform dengan keterlibatan "
                   f"tertinggi ({format_percent(best[0][1].engagement)}).")
    return out


def draft_conclusion(data: ReportData) -> str:
    """The Simpulan dan Saran draft as plain text the PIC can edit (numbered lines)."""
    lines = ["Simpulan:"]
    lines += [f"{i}. {text}" for i, text in enumerate(_conclusions(data), 1)]
    suggestions = _suggestions(data)
    if suggestions:
        lines += ["", "Saran:"]
        lines += [f"{i}. {text}" for i, text in enumerate(suggestions, 1)]
    return "\n".join(lines)


def conclusion_text(data: ReportData) -> str:
    """What chapter V prints: the PIC's edited text, else the draft."""
    return data.conclusion.strip() or draft_conclusion(data)
