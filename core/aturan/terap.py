"""Accepting a Paket Aturan at a PIC: the diff first, then every list in one step.

Where each list goes, through its owner:
- glossary and word lists: the city layer of the rules files (core.rule_overrides), which
  the PIC's own terms (glossary_user.json) and overrides sit above, so they stay;
- hashtag sets and accounts: their tables (core.hashtag_sets, core.accounts); the names
  the packets brought are remembered in the `aturan_kota` setting, and only those leave
  when a later packet no longer has them (an account still chosen as collaborator in a
  post stays, as the PIC's own);
- the brand kit: installed as a user kit and made the active kit (core.aturan.merek).

The database changes run in one transaction; the files are written inside it and put
back from a snapshot if anything fails, so nothing is half-applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core import accounts, hashtag_sets, rule_overrides, settings
from core.aturan import merek, selisih
from core.aturan.dokumen import RULE_FILES, AturanPacket
from core.checks import config
from core.hashtag_sets import HashtagSet
from core.model import Account
from core.platforms import platform_name
from core.store import Store

GLOSSARY = "glossary"


@dataclass(frozen=True)
class State:
    """The city packet in force at this PIC, as the `aturan_kota` setting keeps it."""

    version: int
    date: str
    sender: str
    city: str = ""
    sha256: str = ""
    sets: frozenset[str] = frozenset()
    accounts: frozenset[str] = frozenset()
    kit: str = ""


def load_state(store: Store) -> State | None:
    raw: dict[str, Any] = settings.get(store, "aturan_kota")
    version = raw.get("versi")
    if not isinstance(version, int) or isinstance(version, bool):
        return None
    def names(key: str) -> frozenset[str]:
        value = raw.get(key)
        return frozenset(str(n) for n in value) if isinstance(value, list) else frozenset()

    return State(version, str(raw.get("tanggal", "")), str(raw.get("pengirim", "")),
                 str(raw.get("kota", "")), str(raw.get("sha256", "")),
                 names("tagar"), names("akun"), str(raw.get("kit", "")))


def _save_state(store: Store, state: State) -> None:
    settings.set(store, "aturan_kota", {
        "versi": state.version, "tanggal": state.date, "pengirim": state.sender,
        "kota": state.city, "sha256": state.sha256, "tagar": sorted(state.sets),
        "akun": sorted(state.accounts), "kit": state.kit,
        "diterima": dt.datetime.now().isoformat(timespec="seconds")})


@dataclass(frozen=True)
class Plan:
    """What accepting would do: the diff shown to the PIC and what applying needs."""

    packet: AturanPacket
    diff: selisih.RulesDiff
    kit: merek.KitCheck | None
    removable_sets: frozenset[str]
    removable_accounts: frozenset[str]


def _account_text(handles: dict[str, str]) -> str:
    return " · ".join(f"{platform_name(p)} @{h}" for p, h in sorted(handles.items())) or "-"


def _terms(layer: dict[str, Any]) -> dict[str, Any]:
    terms = layer.get("terms", {})
    return terms if isinstance(terms, dict) else {}


def _glossary_diff(packet: AturanPacket) -> selisih.ListDiff:
    shipped = _terms(config.shipped_file(GLOSSARY))
    before = config.merge(shipped, _terms(rule_overrides.city_layer(GLOSSARY)))
    after = config.merge(shipped, packet.glossary)
    return selisih.compare("glosarium", "Glosarium", selisih.glossary_entries(before),
                           selisih.glossary_entries(after))


def _rules_diff(packet: AturanPacket) -> selisih.ListDiff:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for name in RULE_FILES:
        shipped = config.shipped_file(name)
        before |= selisih.flatten(name, config.merge(shipped, rule_overrides.city_layer(name)))
        after |= selisih.flatten(name, config.merge(shipped, packet.rule_lists.get(name, {})))
    return selisih.compare("aturan", "Daftar aturan", selisih.exact(before),
                           selisih.exact(after))


def plan(store: Store, packet: AturanPacket) -> Plan:
    """The diff of accepting `packet` here; PacketError when its kit is not a valid kit."""
    kit = merek.check_kit(packet.kit) if packet.kit is not None else None
    state = load_state(store)
    sets = {s.name: s.tags for s in hashtag_sets.list_sets(store)}
    owned_sets = frozenset(state.sets if state else ())
    accs = accounts.list_accounts(store)
    owned_accounts = frozenset(a.name.casefold() for a in accs
                               if state and a.name.casefold() in state.accounts
                               and accounts.posts_using(store, a.id) == 0)
    shown = {a.name: _account_text(a.handles) for a in accs}
    incoming = {n: _account_text(h) for n, h in packet.accounts.items()}
    diff = selisih.RulesDiff((
        _glossary_diff(packet),
        selisih.compare("tagar", "Kumpulan tagar", selisih.entries(sets),
                        selisih.planned(sets, packet.hashtag_sets, owned_sets)),
        selisih.compare("akun", "Direktori akun", selisih.entries(shown),
                        selisih.planned(shown, incoming, owned_accounts)),
        merek.kit_diff(store, kit),
        _rules_diff(packet),
    ))
    return Plan(packet, diff, kit, owned_sets, owned_accounts)


def _reconcile(current: dict[str, Any], incoming: dict[str, Any], removable: frozenset[str],
               delete: Callable[[Any], None], save: Callable[[Any, str, Any], None],
               same: Callable[[Any, str, Any], bool]) -> frozenset[str]:
    """Make a table hold the packet's entries (by folded name): remove what a previous
    packet brought and this one lacks, add or update the rest. Returns the folded names
    now owned by packets (not those that were the PIC's own before)."""
    wanted = {name.casefold(): (name, value) for name, value in incoming.items()}
    for key, old in current.items():
        if key in removable and key not in wanted:
            delete(old)
    for key, (name, value) in wanted.items():
        old = current.get(key)
        if old is None or not same(old, name, value):
            save(old, name, value)
    return frozenset(k for k in wanted if k not in current or k in removable)


def _apply_sets(store: Store, plan: Plan) -> frozenset[str]:
    return _reconcile(
        {s.name.casefold(): s for s in hashtag_sets.list_sets(store)},
        plan.packet.hashtag_sets, plan.removable_sets,
        lambda old: hashtag_sets.delete_set(store, old.id),
        lambda old, name, tags: hashtag_sets.save_set(
            store, HashtagSet(name, tags, old.id if old else None)),
        lambda old, name, tags: (old.name, old.tags) == (name, tags))


def _apply_accounts(store: Store, plan: Plan) -> frozenset[str]:
    """Accounts from the city are partners here; an account the PIC had keeps its kind."""
    return _reconcile(
        {a.name.casefold(): a for a in accounts.list_accounts(store)},
        plan.packet.accounts, plan.removable_accounts,
        lambda old: accounts.delete_account(store, old.id),
        lambda old, name, handles: accounts.save_account(store, Account(
            old.id if old else None, name, old.is_own if old else False, dict(handles))),
        lambda old, name, handles: (old.name, old.handles) == (name, handles))


def _city_layers(packet: AturanPacket) -> dict[str, dict[str, Any]]:
    layers: dict[str, dict[str, Any]] = {
        GLOSSARY: {"terms": packet.glossary} if packet.glossary else {}}
    layers.update({name: packet.rule_lists.get(name, {}) for name in RULE_FILES})
    return layers


def apply(store: Store, plan: Plan) -> State:
    """Accept the packet: all lists or none. Returns the state now in force."""
    packet = plan.packet
    snapshot = rule_overrides.snapshot_city_layer(list(_city_layers(packet)))
    kit_backup = merek.KitBackup(packet.kit.id if packet.kit else None)
    try:
        with store.transaction():
            sets = _apply_sets(store, plan)
            owned_accounts = _apply_accounts(store, plan)
            if packet.kit is not None:
                settings.set(store, "brand_kit", packet.kit.id)
            state = State(packet.version, packet.date.isoformat(), packet.sender, packet.city,
                          packet.sha256, sets, owned_accounts,
                          packet.kit.id if packet.kit else "")
            _save_state(store, state)
            rule_overrides.write_city_layer(_city_layers(packet))
            if packet.kit is not None:
                merek.install_kit(packet.kit)
    except BaseException:
        rule_overrides.restore_city_layer(snapshot)
        kit_backup.restore()
        raise
    finally:
        kit_backup.discard()
    return state
