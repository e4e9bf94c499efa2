"""The user's own changes to the check rules and the manual checklist (Pengaturan > Aturan).

Rule data is shipped in resources/rules/ and overridden per key by files of the same name
in data_dir()/rules/ (see core/checks/config.py). This module edits only those user files,
atomically (core.safe_write), and reloads the rules so the next check uses them:

- a rule's on/off and severity: a rule the tone profiles set (the Nada rules) is changed
  for the chosen profile only (profiles.json); any other rule for every profile
  (rules.json);
- checklist items: label, help, order, on/off; new items of the user's own; removal.

A user file that is not valid JSON is never overwritten: RuleFileError says what to do.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import safe_write
from core.checks import config, reload_rules
from core.checks.finding import SEVERITIES

MAX_LABEL = 300


class RuleFileError(ValueError):
    """A user rules file cannot be read as JSON; it is left as it is."""


def _user_path(name: str) -> Path:
    return config.user_dir() / f"{name}.json"


def _read_user(name: str) -> dict[str, Any]:
    path = _user_path(name)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise RuleFileError(f"Berkas aturan {path} tidak dapat dibaca ({exc}).") from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise RuleFileError(
            f"Berkas aturan {path} bukan JSON yang sah, jadi tidak diubah. Perbaiki atau "
            "hapus berkas itu, lalu coba lagi.") from exc
    if not isinstance(data, dict):
        raise RuleFileError(f"Berkas aturan {path} harus berisi objek JSON {{...}}; "
                            "perbaiki atau hapus berkas itu.")
    return data


def _write_user(name: str, data: dict[str, Any]) -> None:
    path = _user_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    safe_write.write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    reload_rules()


def _dict_at(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    """data[k1][k2]... created as dicts where missing (a non-dict value is replaced)."""
    node = data
    for key in keys:
        child = node.get(key)
        if not isinstance(child, dict):
            child = {}
            node[key] = child
        node = child
    return node


# ---- rules ------------------------------------------------------------------------------------

def per_profile_rules(profile: str) -> set[str]:
    """Ids of the rules the tone profile (shipped + user) sets itself (Nada); one config
    read for a whole table of rules."""
    layer = config.current().file("profiles").get(config.normalize_profile(profile), {})
    rules = layer.get("rules", {}) if isinstance(layer, dict) else {}
    if not isinstance(rules, dict):
        return set()
    return {rule_id for rule_id, setting in rules.items() if isinstance(setting, dict)}


def is_per_profile(rule_id: str, profile: str) -> bool:
    """Does the tone profile (shipped + user) have its own setting for this rule (Nada)?"""
    return rule_id in per_profile_rules(profile)


def set_rule(rule_id: str, profile: str, *, enabled: bool | None = None,
             severity: str | None = None) -> None:
    """Switch a rule on/off or change its severity so it holds under `profile`."""
    profile = config.normalize_profile(profile)
    if severity is not None and severity not in SEVERITIES:
        raise ValueError(f"Tingkat '{severity}' tidak dikenal; pilih galat, peringatan, "
                         "atau info.")
    changes = {k: v for k, v in (("enabled", enabled), ("severity", severity)) if v is not None}
    if not changes:
        return
    if is_per_profile(rule_id, profile):
        data = _read_user("profiles")
        _dict_at(data, profile, "rules", rule_id).update(changes)
        _write_user("profiles", data)
    else:
        data = _read_user("rules")
        _dict_at(data, "rules", rule_id).update(changes)
        _write_user("rules", data)


def reset_rules() -> bool:
    """Forget the user's rule switches and severities (word lists and params stay)."""
    changed = False
    rules = _read_user("rules")
    if "rules" in rules:
        del rules["rules"]
        _write_user("rules", rules)
        changed = True
    profiles = _read_user("profiles")
    touched = False
    for value in profiles.values():
        if isinstance(value, dict) and "rules" in value:
            del value["rules"]
            touched = True
    if touched:
        _write_user("profiles", profiles)
        changed = True
    return changed


def has_rule_changes() -> bool:
    try:
        rules = _read_user("rules")
        profiles = _read_user("profiles")
    except RuleFileError:
        return True
    return "rules" in rules or any(isinstance(v, dict) and "rules" in v
                                   for v in profiles.values())


# ---- checklist ------------------------------------------------------------------------------

@dataclass(frozen=True)
class EditableItem:
    """A checklist item as the settings page edits it (disabled ones included)."""

    id: str
    label: str
    help: str
    order: int
    enabled: bool
    shipped: bool  # part of Warta's own list (removing it switches it off instead)
    when: dict[str, Any]


def _shipped_items() -> dict[str, Any]:
    path = config.shipped_dir() / "checklist.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    items = data.get("items", {}) if isinstance(data, dict) else {}
    return items if isinstance(items, dict) else {}


def editable_items() -> list[EditableItem]:
    """Every item of the merged checklist, enabled or not, in order."""
    raw = config.current().file("checklist").get("items", {})
    shipped = _shipped_items()
    out = []
    for item_id, info in (raw.items() if isinstance(raw, dict) else []):
        if not isinstance(info, dict):
            continue
        order = info.get("order", 0)
        when = info.get("when", {})
        out.append(EditableItem(
            id=str(item_id), label=str(info.get("label", "")).strip(),
            help=str(info.get("help", "") or ""),
            order=order if isinstance(order, int) and not isinstance(order, bool) else 0,
            enabled=info.get("enabled", True) is not False, shipped=item_id in shipped,
            when=when if isinstance(when, dict) else {}))
    out.sort(key=lambda i: (i.order, i.id))
    return out


def _clean_label(label: str) -> str:
    clean = " ".join(label.split())
    if not clean:
        raise ValueError("Teks butir daftar periksa tidak boleh kosong.")
    if len(clean) > MAX_LABEL:
        raise ValueError(f"Teks butir terlalu panjang ({len(clean)} karakter, maks. "
                         f"{MAX_LABEL}).")
    return clean


def update_item(item_id: str, *, label: str | None = None, help: str | None = None,  # noqa: A002
                enabled: bool | None = None, order: int | None = None) -> None:
    """Change an item's text, on/off or position (only the given fields)."""
    data = _read_user("checklist")
    entry = _dict_at(data, "items", item_id)
    if label is not None:
        entry["label"] = _clean_label(label)
    if help is not None:
        entry["help"] = " ".join(help.split())
    if enabled is not None:
        entry["enabled"] = bool(enabled)
    if order is not None:
        entry["order"] = int(order)
    _write_user("checklist", data)


def _slug(label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return slug[:40].strip("_") or "butir"


def add_item(label: str, help: str = "") -> str:  # noqa: A002
    """A new item of the user's own (always applies); returns its id."""
    clean = _clean_label(label)
    items = editable_items()
    existing = {i.id for i in items}
    base = "pengguna_" + _slug(clean)
    item_id, n = base, 2
    while item_id in existing:
        item_id, n = f"{base}_{n}", n + 1
    order = max((i.order for i in items), default=0) + 10
    data = _read_user("checklist")
    _dict_at(data, "items")[item_id] = {"label": clean, "help": " ".join(help.split()),
                                        "order": order, "when": {}}
    _write_user("checklist", data)
    return item_id


def remove_item(item_id: str) -> None:
    """Delete a user item; a shipped item is switched off instead (it can come back)."""
    data = _read_user("checklist")
    items = _dict_at(data, "items")
    if item_id in _shipped_items():
        _dict_at(items, item_id)["enabled"] = False
    else:
        items.pop(item_id, None)
    _write_user("checklist", data)


def move_item(item_id: str, step: int) -> None:
    """Move an item up (step -1) or down (+1) in the list, renumbering every order."""
    items = editable_items()
    ids = [i.id for i in items]
    if item_id not in ids:
        return
    at = ids.index(item_id)
    to = max(0, min(len(ids) - 1, at + step))
    ids.insert(to, ids.pop(at))
    data = _read_user("checklist")
    all_items = _dict_at(data, "items")
    for n, iid in enumerate(ids, 1):
        _dict_at(all_items, iid)["order"] = n * 10
    _write_user("checklist", data)


def reset_checklist() -> bool:
    """Back to Warta's own list (the user's items and edits are dropped)."""
    data = _read_user("checklist")
    if "items" not in data:
        return False
    del data["items"]
    _write_user("checklist", data)
    return True


# ---- the city layer (Paket Aturan) ---------------------------------------------------------

def city_layer(name: str) -> dict[str, Any]:
    """The city's layer of one rules file as stored ({} when there is none or it is broken:
    the next accepted packet rewrites it)."""
    path = config.city_dir() / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def user_layer(name: str) -> dict[str, Any]:
    """The user's own override of one rules file ({} when unreadable), for export."""
    try:
        return _read_user(name)
    except RuleFileError:
        return {}


def snapshot_city_layer(names: list[str]) -> dict[str, bytes | None]:
    """The city layer's files as bytes (None: absent), to put back if applying fails."""
    out: dict[str, bytes | None] = {}
    for name in names:
        try:
            out[name] = (config.city_dir() / f"{name}.json").read_bytes()
        except OSError:
            out[name] = None
    return out


def write_city_layer(layers: dict[str, dict[str, Any]]) -> None:
    """Replace the city layer of each named file (an empty dict removes it). Atomic per
    file; the caller snapshots first and restores on failure (see restore_city_layer)."""
    folder = config.city_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in layers.items():
        path = folder / f"{name}.json"
        if data:
            safe_write.write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        elif path.exists():
            path.unlink()
    reload_rules()


def restore_city_layer(snapshot: dict[str, bytes | None]) -> None:
    """Put the city layer back as snapshot_city_layer found it."""
    folder = config.city_dir()
    for name, data in snapshot.items():
        path = folder / f"{name}.json"
        if data is None:
            path.unlink(missing_ok=True)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            safe_write.write_bytes(path, data)
    reload_rules()
