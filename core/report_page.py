"""Page setup of the Word report, per the Tata Naskah Dinas defaults (settings-backed).

Paper A4 (210 x 297 mm) or F4 (215 x 330 mm, common in Indonesian offices); margins in
millimetres (top 20, bottom 20, left 30, right 20); body font Arial 12 pt (Bookman Old
Style offered). Page numbers start on page 2 (the first page carries the kop).
"""

from __future__ import annotations

from dataclasses import dataclass

from core import settings
from core.store import Store

PAPERS: dict[str, tuple[int, int]] = {"A4": (210, 297), "F4": (215, 330)}
FONTS: tuple[str, ...] = ("Arial", "Bookman Old Style")
FONT_SIZES: tuple[int, ...] = (11, 12)
# Side margins are capped so the text is at least 155 mm wide on A4: the report's tables
# are drawn for that width and no header word may break (Permendagri 1/2023 uses 30/20).
MARGIN_LIMITS: dict[str, tuple[int, int]] = {"top": (15, 40), "bottom": (15, 40),
                                             "left": (20, 35), "right": (15, 20)}


@dataclass(frozen=True)
class PageSetup:
    paper: str = "A4"
    top_mm: int = 20
    bottom_mm: int = 20
    left_mm: int = 30
    right_mm: int = 20
    font: str = "Arial"
    font_size: int = 12

    @property
    def size_mm(self) -> tuple[int, int]:
        return PAPERS.get(self.paper, PAPERS["A4"])

    @property
    def text_width_mm(self) -> int:
        """Width between the margins on a portrait page."""
        return self.size_mm[0] - self.left_mm - self.right_mm

    @property
    def landscape_width_mm(self) -> int:
        """Width between the margins on a landscape page (Lampiran I)."""
        return self.size_mm[1] - self.left_mm - self.right_mm


def page_error(paper: str) -> str | None:
    """An Indonesian message for an unknown paper name (CLI --kertas, settings)."""
    if paper not in PAPERS:
        return f"kertas harus salah satu dari {', '.join(PAPERS)} (yang diisi: {paper!r})"
    return None


def load_page_setup(store: Store, paper: str | None = None) -> PageSetup:
    """The saved page setup; `paper` (from `report --kertas`) overrides the saved paper."""
    def bounded(key: str, low: int, high: int) -> int:
        return min(high, max(low, settings.get(store, key)))

    chosen = paper or settings.get(store, "report_paper")
    font = settings.get(store, "report_font")
    return PageSetup(
        paper=chosen if chosen in PAPERS else "A4",
        top_mm=bounded("report_margin_top_mm", *MARGIN_LIMITS["top"]),
        bottom_mm=bounded("report_margin_bottom_mm", *MARGIN_LIMITS["bottom"]),
        left_mm=bounded("report_margin_left_mm", *MARGIN_LIMITS["left"]),
        right_mm=bounded("report_margin_right_mm", *MARGIN_LIMITS["right"]),
        font=font if font in FONTS else "Arial",
        font_size=bounded("report_font_size", min(FONT_SIZES), max(FONT_SIZES)),
    )
