"""Pengaturan: the profile (editable any time), accounts, tags, brand kit, rules, backups;
above the tabs, the city's Paket Aturan in force and its import (a dropped .warta too)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.profile import load_profile, save_profile
from core.store import Store
from gui.pengaturan.accounts_tab import AccountsTab
from gui.pengaturan.aturan_box import AturanBox
from gui.pengaturan.backups_tab import BackupsTab
from gui.pengaturan.brand_tab import BrandTab
from gui.pengaturan.hashtag_sets_tab import HashtagSetsTab
from gui.pengaturan.report_page_tab import ReportPageTab
from gui.pengaturan.rules_tab import RulesTab
from widgets.packet_drop import dropped_packets
from widgets.profile_form import ProfileForm


class PengaturanPage(QWidget):
    message = Signal(str)
    profile_saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        title = QLabel(self.tr("Pengaturan"))
        title.setObjectName("PageTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pengaturan_tabs")
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.accounts = AccountsTab(store)
        self.accounts.message.connect(self.message)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.hashtags = HashtagSetsTab(store)
        self.hashtags.message.connect(self.message)
        self.tabs.addTab(self.hashtags, self.tr("Tags"))
        self.brand = BrandTab(store)
        self.brand.message.connect(self.message)
        self.tabs.addTab(self.brand, self.tr("Brand"))
        self.rules = RulesTab(store)
        self.rules.message.connect(self.message)
        self.tabs.addTab(self.rules, self.tr("Rules"))
        self.report_page = ReportPageTab(store)
        self.report_page.message.connect(self.message)
        self.tabs.addTab(self.report_page, self.tr("Report"))
        self.backups = BackupsTab(store)
        self.backups.message.connect(self.message)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.backups.restored.connect(lambda: self.accounts.reload())  # restored data
        self.backups.restored.connect(lambda: self.hashtags.reload())
        self.aturan = AturanBox(store)
        self.aturan.message.connect(self.message)
        self.aturan.applied.connect(self._rules_packet_applied)
        self.setAcceptDrops(True)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(24)
        heading.addWidget(self.aturan, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)

    def _rules_packet_applied(self) -> None:
        """A city packet changed accounts, tags, the kit and the rules: show them."""
        self.accounts.reload()
        self.hashtags.reload()
        self.brand.reload()
        self.rules.reload()

    def dragEnterEvent(self, event) -> None:
        if dropped_packets(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        packets = dropped_packets(event.mimeData().urls())
        if not packets:
            return
        event.acceptProposedAction()
        from core.aturan.dokumen import FORMAT as ATURAN_FORMAT
        from core.rekap.wadah import misdirected

        notes = {p: misdirected(p, ATURAN_FORMAT) for p in packets}
        for note in filter(None, notes.values()):
            self.message.emit(note)
        rules = [p for p, note in notes.items() if not note]
        if rules:
            self.aturan.import_file(rules[0])  # one city packet at a time

    def _tabs_by_key(self) -> dict[str, QWidget]:
        """Tabs by their key in widgets.settings_link.SETTINGS_TABS."""
        return {"profil": self.tabs.widget(0), "akun": self.accounts, "tagar": self.hashtags,
                "merek": self.brand, "aturan": self.rules, "cadangan": self.backups}

    def show_tab(self, key: str) -> None:
        """Bring up a tab by its key (a message said "… di Pengaturan > Tagar")."""
        self.tabs.setCurrentWidget(self._tabs_by_key().get(key, self.tabs.widget(0)))

    def current_tab(self) -> str:
        current = self.tabs.currentWidget()
        return next(k for k, w in self._tabs_by_key().items() if w is current)

    def _profile_tab(self) -> QWidget:
        self.form = ProfileForm()
        self.form.set_profile(load_profile(self.store))
        self.form.changed.connect(lambda: self.save_button.setEnabled(True))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(16, 12, 16, 12)
        col.addWidget(self.form)
        scroll.setWidget(holder)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setObjectName("Primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        tab = QWidget()
        outer = QVBoxLayout(tab)
        outer.setContentsMargins(0, 0, 0, 8)
        outer.addWidget(scroll, 1)
        outer.addLayout(row)
        return tab

    def save(self) -> bool:
        if self.form.validate():
            self.message.emit(self.tr("Profile not saved: fix the fields marked in red."))
            return False
        # the default tags are edited in the Tagar tab: keep what is stored
        stored_tags = load_profile(self.store).default_hashtags
        profile = replace(self.form.profile(), default_hashtags=stored_tags)
        save_profile(self.store, profile)
        self.save_button.setEnabled(False)
        self.profile_saved.emit(profile)
        self.message.emit(self.tr("Profile saved."))
        return True
