"""Previews: each platform's post as the audience will see it, one tab per platform.

`PostPreview` holds a tab bar and one `PlatformPreview` per platform. Each preview
shows the posting account (name, handle, an initials avatar), the first image (or a
neutral placeholder), the caption cut where that platform's feed cuts it with its
"... lainnya" link (core.captions.counting.feed_preview), hashtags, mentions and links
in the platform's link colour, the part past X's or Threads' limit in red, and the
character budget under the post.

    preview = PostPreview()
    preview.set_platforms(["instagram", "x"])
    preview.set_identity("Diskominfo Kota Cimahi", {"instagram": "diskominfocimahi"})
    preview.set_variant("instagram", text)          # YouTube: set_variant(id, text, title)
    preview.set_image(QPixmap(...) or None, focus=(0.5, 0.3))
    preview.select("x")
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from core.captions.counting import count, feed_preview
from core.captions.hashtags import normalise_handle
from core.model import PLATFORM_IDS
from core.platforms import PLATFORMS
from widgets.ellipsis_label import EllipsisLabel
from widgets.platform_counters import CountLabel
from widgets.preview_parts import Avatar, IconRow, ImageBox, caption_html

# Link colour, colour of the "... lainnya" link, and whether links are bold, per platform.
STYLE = {
    "instagram": ("#00376B", "#737373", False),
    "facebook": ("#216FDB", "#65676B", False),
    "x": ("#1D9BF0", "#1D9BF0", False),
    "tiktok": ("#FFFFFF", "#FFFFFF", True),
    "youtube": ("#065FD4", "#0F0F0F", False),
    "threads": ("#0095F6", "#999999", False),
}


@dataclass
class PreviewData:
    """What one platform's preview shows."""

    platform: str
    text: str = ""
    title: str = ""
    account_name: str = ""
    handles: dict[str, str] = field(default_factory=dict)

    @property
    def handle(self) -> str:
        """The account's handle on this platform, else one made from its name."""
        raw = normalise_handle(self.handles.get(self.platform, ""))
        return raw or "".join(ch for ch in self.account_name.lower() if ch.isalnum()) or "akun"


def _label(text: str = "", style: str = "", rich: bool = False, wrap: bool = False,
           shrink: bool = False) -> QLabel:
    """A preview label; `shrink` lets a long name end in "…" rather than widen the card."""
    label = EllipsisLabel(text) if shrink else QLabel(text)
    if shrink:
        label.setMinimumWidth(40)  # wants its text's width, gives way when narrow
    if style:
        label.setStyleSheet(f"QLabel {{ {style} background: transparent; }}")
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if wrap:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    return label


class PlatformPreview(QFrame):
    """Base of the six previews: a card with a caption label and a budget line."""

    platform_id = ""
    image_aspect = 1.0  # height / width of the photo box
    image_radius = 0
    dark_image = False  # the photo sits on black (TikTok, YouTube)
    text_color = "#000000"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"preview_{self.platform_id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        link, more, bold = STYLE[self.platform_id]
        self.link_color, self.more_color, self.bold_links = link, more, bold
        self.caption = _label(style=f"color: {self.text_color};", rich=True, wrap=True)
        self.caption.setObjectName("preview_caption")
        self.budget = CountLabel()
        self.budget.setObjectName("preview_budget")
        self.image = ImageBox(self.image_aspect, radius=self.image_radius, dark=self.dark_image)
        self.image.placeholder_text = self.tr("First photo of the post")
        self.data = PreviewData(self.platform_id)
        self._build()

    def _build(self) -> None:  # pragma: no cover - every subclass builds its own
        raise NotImplementedError

    def more_html(self) -> str:
        more = self.tr("… more")
        return f' <span style="color:{self.more_color};">{more}</span>'

    def update_content(self, data: PreviewData) -> None:
        self.data = data
        text = data.text.strip()
        visible, cut = feed_preview(self.platform_id, text)
        c = count(self.platform_id, data.text)
        over = c.overflow_at if self.platform_id in ("x", "threads") else None
        self.caption.setText(caption_html(
            visible, self.link_color, bold_links=self.bold_links, over_from=over,
            lead=self.lead_html(), more=self.more_html() if cut else ""))
        self.cut = cut
        self.budget.set_count(c)
        self.fill_identity(data)

    def lead_html(self) -> str:
        return ""

    def fill_identity(self, data: PreviewData) -> None:
        self.name.setText(self.shown_name(data))
        self.avatar.set_name(data.account_name or data.handle)

    def shown_name(self, data: PreviewData) -> str:
        """What the platform shows above the post: the account's name by default."""
        return data.account_name or data.handle

    def _avatar_beside(self, who: QHBoxLayout, icons: IconRow) -> None:
        """X and Threads: the avatar on the left, the post (name, text, photo, buttons)
        beside it."""
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addLayout(who)
        right.addWidget(self.caption)
        right.addWidget(self.image)
        right.addWidget(icons)
        right.addWidget(self.budget)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 14, 10)
        row.setSpacing(10)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(right, 1)

    def set_pixmap(self, pixmap: QPixmap | None,
                   focus: tuple[float, float] = (0.5, 0.5)) -> None:
        self.image.set_pixmap(pixmap, focus)


def _card(widget: QFrame, background: str = "#FFFFFF", border: str = "#DBDBDB") -> None:
    widget.setStyleSheet(
        f"QFrame#{widget.objectName()} {{ background: {background}; border: 1px solid {border};"
        " border-radius: 12px; }"
    )


class InstagramPreview(PlatformPreview):
    platform_id = "instagram"
    image_aspect = 1.0
    text_color = "#262626"

    def _build(self) -> None:
        _card(self)
        self.avatar = Avatar(32, ring=True)
        self.name = _label(style="font-weight: 600; color: #262626;", shrink=True)
        head = QHBoxLayout()
        head.setContentsMargins(12, 10, 12, 8)
        head.addWidget(self.avatar)
        head.addWidget(self.name, 1)
        head.addWidget(_label("•••", "color: #262626;"))
        icons = IconRow(["heart", "comment", "send", None, "bookmark"], "#262626", 22)
        self.when = _label(self.tr("Just now"), "color: #737373; font-size: 8pt;")
        body = QVBoxLayout()
        body.setContentsMargins(12, 4, 12, 10)
        body.setSpacing(4)
        body.addWidget(icons)
        body.addWidget(self.caption)
        body.addWidget(self.when)
        body.addWidget(self.budget)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addLayout(head)
        col.addWidget(self.image)
        col.addLayout(body)

    def lead_html(self) -> str:
        from html import escape

        return f'<b style="color:#262626;">{escape(self.data.handle)}</b> '

    def shown_name(self, data: PreviewData) -> str:
        return data.handle


class FacebookPreview(PlatformPreview):
    platform_id = "facebook"
    image_aspect = 1.0
    text_color = "#050505"

    def more_html(self) -> str:
        more = self.tr("See more")
        return f'... <span style="color:{self.more_color}; font-weight:600;">{more}</span>'

    def _build(self) -> None:
        _card(self, border="#DADDE1")
        self.avatar = Avatar(40)
        self.name = _label(style="font-weight: 600; color: #050505;", shrink=True)
        self.when = _label(self.tr("Just now · Public"), "color: #65676B; font-size: 8pt;")
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.name)
        who.addWidget(self.when)
        head = QHBoxLayout()
        head.setContentsMargins(12, 10, 12, 6)
        head.addWidget(self.avatar)
        head.addLayout(who, 1)
        head.addWidget(_label("•••", "color: #65676B;"), 0, Qt.AlignmentFlag.AlignTop)
        text_box = QVBoxLayout()
        text_box.setContentsMargins(12, 0, 12, 8)
        text_box.addWidget(self.caption)
        rule = QFrame()
        rule.setFixedHeight(1)
        rule.setStyleSheet("background: #CED0D4; border: none;")
        icons = IconRow(["heart", "comment", "share"], "#65676B", 18,
                        labels=[self.tr("Like"), self.tr("Comment"), self.tr("Share")],
                        spread=True)
        foot = QVBoxLayout()
        foot.setContentsMargins(12, 4, 12, 10)
        foot.addWidget(rule)
        foot.addWidget(icons)
        foot.addWidget(self.budget)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addLayout(head)
        col.addLayout(text_box)
        col.addWidget(self.image)
        col.addLayout(foot)


class XPreview(PlatformPreview):
    platform_id = "x"
    image_aspect = 9 / 16
    image_radius = 14
    text_color = "#0F1419"

    def _build(self) -> None:
        _card(self, border="#EFF3F4")
        self.avatar = Avatar(40)
        self.name = _label(style="font-weight: 700; color: #0F1419;", shrink=True)
        self.handle = _label(style="color: #536471;", shrink=True)  # "@kominfo…" as on X
        self.handle.setMinimumWidth(0)
        self.handle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        who = QHBoxLayout()
        who.setSpacing(4)
        who.addWidget(self.name)
        who.addWidget(self.handle, 1)
        icons = IconRow(["comment", "repost", "heart", "stats", None, "bookmark", "share"],
                        "#536471", 17)
        self._avatar_beside(who, icons)

    def fill_identity(self, data: PreviewData) -> None:
        super().fill_identity(data)
        when = self.tr("1m")
        self.handle.setText(f"@{data.handle} · {when}")


class TikTokPreview(PlatformPreview):
    platform_id = "tiktok"
    image_aspect = 16 / 9
    image_radius = 12
    dark_image = True
    text_color = "white"

    def more_html(self) -> str:
        more = self.tr("more")
        return f' <b style="color:{self.more_color};">{more}</b>'

    def _build(self) -> None:
        self.setStyleSheet("QFrame#preview_tiktok { background: transparent; }")
        self.image.placeholder_text = self.tr("First photo or video of the post")
        self.image.shade_bottom = True
        self.name = _label(style="color: white; font-weight: 700;", shrink=True)
        tabs = _label(self.tr("Following   <b>For You</b>"), "color: white;", rich=True)
        tabs.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.avatar = Avatar(38)
        side = QVBoxLayout()
        side.setSpacing(14)
        side.addStretch(1)
        side.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        for icon in ("heart", "comment", "bookmark", "share"):
            side.addWidget(IconRow([icon], "#FFFFFF", 24), 0, Qt.AlignmentFlag.AlignHCenter)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addStretch(1)
        text.addWidget(self.name)
        text.addWidget(self.caption)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addLayout(text, 1)
        bottom.addLayout(side)
        overlay = QWidget()
        overlay.setObjectName("tiktok_overlay")
        over = QVBoxLayout(overlay)  # the caption sits on the video, as in the app
        over.setContentsMargins(12, 12, 8, 16)
        over.addWidget(tabs)
        over.addLayout(bottom, 1)
        self.image.set_overlay(overlay)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.image)
        col.addWidget(self.budget)
        for icon_row in self.image.findChildren(IconRow):
            icon_row.setMinimumWidth(28)
            icon_row.setFixedWidth(30)

    def shown_name(self, data: PreviewData) -> str:
        return f"@{data.handle}"


class YouTubePreview(PlatformPreview):
    platform_id = "youtube"
    image_aspect = 9 / 16
    image_radius = 10
    dark_image = True
    text_color = "#0F0F0F"

    def more_html(self) -> str:
        more = self.tr("...more")
        return f' <b style="color:{self.more_color};">{more}</b>'

    def _build(self) -> None:
        self.setStyleSheet("QFrame#preview_youtube { background: transparent; }")
        self.image.placeholder_text = self.tr("Video")
        self.title = _label(style="font-size: 12pt; font-weight: 700; color: #0F0F0F;",
                            wrap=True)
        self.title.setObjectName("preview_title")
        self.avatar = Avatar(32)
        self.name = _label(style="font-weight: 600; color: #0F0F0F;", shrink=True)
        subscribe = _label(self.tr("Subscribe"))
        subscribe.setStyleSheet(
            "QLabel { background: #0F0F0F; color: white; border-radius: 12px;"
            " padding: 4px 12px; font-weight: 600; }")
        channel = QHBoxLayout()
        channel.addWidget(self.avatar)
        channel.addWidget(self.name, 1)
        channel.addWidget(subscribe)
        views = _label(self.tr("0 views · Just now"), "font-weight: 600; color: #0F0F0F;")
        box = QFrame()
        box.setObjectName("yt_description")
        box.setStyleSheet("QFrame#yt_description { background: #F2F2F2; border-radius: 10px; }")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 8, 10, 10)
        inner.setSpacing(4)
        inner.addWidget(views)
        inner.addWidget(self.caption)
        self.title_budget = CountLabel()
        self.title_budget.setObjectName("preview_title_budget")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        col.addWidget(self.image)
        col.addWidget(self.title)
        col.addLayout(channel)
        col.addWidget(box)
        col.addWidget(self.title_budget)
        col.addWidget(self.budget)

    def update_content(self, data: PreviewData) -> None:
        super().update_content(data)
        title = data.title.strip()
        self.title.setText(title or self.tr("(video title not filled in yet)"))
        self.title.setStyleSheet(
            "QLabel { font-size: 12pt; font-weight: 700; background: transparent; color: %s; }"
            % ("#0F0F0F" if title else "#909090"))
        self.title_budget.set_count(count("youtube", data.title, "title"))
        self.title_budget.setText(self.tr("Title: %1").replace("%1", self.title_budget.text()))


class ThreadsPreview(PlatformPreview):
    platform_id = "threads"
    image_aspect = 1.0
    image_radius = 8

    def _build(self) -> None:
        _card(self, border="#E5E5E5")
        self.avatar = Avatar(36)
        self.name = _label(style="font-weight: 600; color: #000000;", shrink=True)
        self.when = _label(self.tr("now"), "color: #999999;")
        who = QHBoxLayout()
        who.addWidget(self.name)
        who.addWidget(self.when, 1)
        who.addWidget(_label("•••", "color: #000000;"))
        icons = IconRow(["heart", "comment", "repost", "send"], "#000000", 19)
        self._avatar_beside(who, icons)

    def shown_name(self, data: PreviewData) -> str:
        return data.handle


PREVIEW_CLASSES: dict[str, type[PlatformPreview]] = {
    cls.platform_id: cls
    for cls in (InstagramPreview, FacebookPreview, XPreview, TikTokPreview, YouTubePreview,
                ThreadsPreview)
}


class PostPreview(QWidget):
    """Tabs of platform previews; `platform_selected(id)` when the user picks a tab."""

    platform_selected = Signal(str)
    MAX_WIDTH = 420  # about a phone screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_preview")
        self.tabs = QTabBar()
        self.tabs.setObjectName("preview_tabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.setUsesScrollButtons(False)  # a narrow column shortens the names
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)  # rather than hide a tab
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack = QWidget()  # only the current preview is shown, so its height rules
        self.stack.setObjectName("preview_stack")
        self._stack_layout = QVBoxLayout(self.stack)
        self._stack_layout.setContentsMargins(0, 0, 0, 0)
        self._stack_layout.addStretch(1)
        self.previews: dict[str, PlatformPreview] = {}
        self._data: dict[str, PreviewData] = {}
        self._name = ""
        self._handles: dict[str, str] = {}
        self._pixmap: QPixmap | None = None
        self._focus = (0.5, 0.5)
        self._platforms: list[str] = []
        holder = QWidget()
        holder.setObjectName("preview_holder")
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(10, 10, 10, 10)
        centre.addStretch(0)
        centre.addWidget(self.stack, 1)
        centre.addStretch(0)
        self.stack.setMaximumWidth(self.MAX_WIDTH)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("preview_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(holder)
        self.empty = QLabel(self.tr("Choose at least one target platform to see a preview."))
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.tabs)
        col.addWidget(self.scroll, 1)
        col.addWidget(self.empty, 1)
        self.set_platforms(PLATFORM_IDS)

    # ---- content ----------------------------------------------------------------------
    def set_platforms(self, platform_ids: Iterable[str]) -> None:
        """Show tabs for these platforms only (in table order)."""
        wanted = [p for p in PLATFORM_IDS if p in set(platform_ids)]
        if wanted == self._platforms:
            return
        current = self.current_platform()
        self._platforms = wanted
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for pid in wanted:
            index = self.tabs.addTab(PLATFORMS[pid].name)
            self.tabs.setTabData(index, pid)
        self.tabs.blockSignals(False)
        self.empty.setVisible(not wanted)
        self.scroll.setVisible(bool(wanted))
        self.tabs.setVisible(bool(wanted))
        self.select(current if current in wanted else (wanted[0] if wanted else None))

    def platforms(self) -> list[str]:
        return list(self._platforms)

    def set_identity(self, account_name: str, handles: Mapping[str, str]) -> None:
        """The posting account: its name and its handle per platform."""
        self._name = account_name
        self._handles = dict(handles)
        for pid, data in self._data.items():
            data.account_name, data.handles = self._name, dict(self._handles)
            if pid in self.previews:
                self.previews[pid].update_content(data)

    def set_variant(self, platform_id: str, text: str, title: str = "") -> None:
        """The final text (and YouTube title) of one platform's variant."""
        data = PreviewData(platform_id, text, title, self._name, dict(self._handles))
        old = self._data.get(platform_id)
        self._data[platform_id] = data
        if platform_id in self.previews and (old is None or old != data):
            self.previews[platform_id].update_content(data)

    def set_image(self, pixmap: QPixmap | None,
                  focus: tuple[float, float] = (0.5, 0.5)) -> None:
        """The post's first photo (None: a neutral placeholder), cropped by each platform
        around `focus` (fractions of the photo, as the post's focus point)."""
        self._pixmap, self._focus = pixmap, focus
        for preview in self.previews.values():
            preview.set_pixmap(pixmap, focus)

    # ---- tabs -------------------------------------------------------------------------
    def preview(self, platform_id: str) -> PlatformPreview:
        """The preview widget of a platform (made on first use)."""
        if platform_id not in self.previews:
            widget = PREVIEW_CLASSES[platform_id]()
            widget.set_pixmap(self._pixmap, self._focus)
            self.previews[platform_id] = widget
            widget.hide()
            self._stack_layout.insertWidget(self._stack_layout.count() - 1, widget)
            data = self._data.get(platform_id) or PreviewData(
                platform_id, account_name=self._name, handles=dict(self._handles))
            widget.update_content(data)
        return self.previews[platform_id]

    def select(self, platform_id: str | None) -> None:
        """Show this platform's preview (no signal)."""
        if platform_id is None or platform_id not in self._platforms:
            return
        index = self._platforms.index(platform_id)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self._show(platform_id)

    def _show(self, platform_id: str) -> PlatformPreview:
        shown = self.preview(platform_id)
        for pid, widget in self.previews.items():
            widget.setVisible(pid == platform_id)
        self.scroll.verticalScrollBar().setValue(0)
        return shown

    def current_platform(self) -> str | None:
        index = self.tabs.currentIndex()
        return self.tabs.tabData(index) if index >= 0 else None

    def _tab_changed(self, index: int) -> None:
        pid = self.tabs.tabData(index) if index >= 0 else None
        if pid:
            self._show(pid)
            self.platform_selected.emit(pid)
