"""Rule data: the shipped JSON in resources/rules/, overridden per key by the user's copies.

Every file `resources/rules/<name>.json` may be overridden by `data_dir()/rules/<name>.json`.
Between the two sits the city's layer, `data_dir()/rules/kota/<name>.json`, written only by
an accepted Paket Aturan (core/aturan): the user's own overrides still win over it, and a
new packet replaces the city layer whole without touching them.
Merging is per key and recursive: a user dict merges into the shipped dict, any other user
value (string, number, list) replaces the shipped one, and `null` removes the shipped key.
Keys starting with "_" are comments. A user file that is not valid JSON is skipped (the
shipped values stay in force) and reported in `Config.problems`, never raised: a typo in a
rules file must not stop the PIC from working.

`current()` re-reads only when a file's mtime or size changed, so the live check can call it
on every keystroke.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from core import paths
from core.checks.finding import SEVERITIES
from core.record import MutableRecord

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

FILES: tuple[str, ...] = (
    "rules", "profiles", "glossary", "akurasi", "nada", "kepatuhan", "ejaan", "spelling_extra",
    "checklist",
)
USER_GLOSSARY = "glossary_user.json"
PROFILES: tuple[str, ...] = ("formal", "semi-formal", "santai")
DEFAULT_PROFILE = "formal"


def shipped_dir() -> Path:
    return paths.resources_dir() / "rules"


def user_dir() -> Path:
    """The user's override folder (created on demand by writers, not by readers)."""
    return paths.data_dir() / "rules"


def city_dir() -> Path:
    """The city layer's folder (Paket Aturan from Diskominfo), below the user's own files."""
    return user_dir() / "kota"


def merge(base: Any, over: Any) -> Any:
    """Recursive per-key merge; `None` in `over` deletes the key."""
    if not isinstance(base, dict) or not isinstance(over, dict):
        return over
    out = dict(base)
    for key, value in over.items():
        if value is None:
            out.pop(key, None)
        elif key in out:
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def _strip_comments(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_comments(v) for k, v in value.items() if not str(k).startswith("_")}
    return value


def _read_json(path: Path, problems: list[str], *, user: bool) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"Berkas aturan {path} tidak bisa dibaca ({exc}); aturan bawaan dipakai.")
        return {}
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        where = "pengguna" if user else "bawaan"
        problems.append(
            f"Berkas aturan {where} {path.name} bukan JSON yang sah (baris {exc.lineno}, "
            f"kolom {exc.colno}: {exc.msg}); isinya diabaikan. Perbaiki berkas itu lalu "
            "muat ulang aturan."
        )
        return {}
    if not isinstance(data, dict):
        problems.append(f"Berkas aturan {path.name} harus berisi objek JSON {{...}}; diabaikan.")
        return {}
    return _strip_comments(data)


def shipped_file(name: str) -> dict[str, Any]:
    """Warta's own copy of one rules file, without any layer (for the packet diff)."""
    return _read_json(shipped_dir() / f"{name}.json", [], user=False)


class Config(MutableRecord):
    """All rule data for one moment; derived objects (lexicons, glossary) hang off `cache`."""

    _fields = ("data", "user_glossary", "problems", "signature", "cache", "lock")
    data: dict[str, dict[str, Any]]
    user_glossary: dict[str, Any]
    problems: list[str]
    signature: tuple[Any, ...]
    cache: dict[str, Any]
    lock: threading.Lock

    def __init__(self, data: dict[str, dict[str, Any]], user_glossary: dict[str, Any],
                 problems: list[str], signature: tuple[Any, ...],
                 cache: dict[str, Any] | None = None, lock: threading.Lock | None = None) -> None:
        self.data = data
        self.user_glossary = user_glossary
        self.problems = problems
        self.signature = signature
        self.cache = {} if cache is None else cache
        self.lock = threading.Lock() if lock is None else lock

    def file(self, name: str) -> dict[str, Any]:
        return self.data.get(name, {})

    def derived(self, name: str, build: Any) -> Any:
        """Build a derived object once per Config (thread-safe)."""
        value = self.cache.get(name)
        if value is None:
            with self.lock:
                value = self.cache.get(name)
                if value is None:
                    value = build(self)
                    self.cache[name] = value
        return value

    def rule_setting(self, rule_id: str, profile: str) -> tuple[bool, str]:
        """(enabled, severity) of a rule under a tone profile."""
        enabled, severity = True, "warning"
        layers = [
            self.file("rules").get("rules", {}).get(rule_id),
            self.file("profiles").get(profile, {}).get("rules", {}).get(rule_id),
        ]
        for layer in layers:
            if not isinstance(layer, dict):
                continue
            if isinstance(layer.get("enabled"), bool):
                enabled = layer["enabled"]
            if layer.get("severity") in SEVERITIES:
                severity = layer["severity"]
        return enabled, severity

    def params(self, profile: str) -> dict[str, Any]:
        base = self.file("rules").get("params", {})
        over = self.file("profiles").get(profile, {}).get("params", {})
        merged = merge(base if isinstance(base, dict) else {},
                       over if isinstance(over, dict) else {})
        return merged if isinstance(merged, dict) else {}

    def profile_label(self, profile: str) -> str:
        return str(self.file("profiles").get(profile, {}).get("label", profile))


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def _paths() -> list[Path]:
    ship, user, city = shipped_dir(), user_dir(), city_dir()
    out = [ship / f"{n}.json" for n in FILES] + [user / f"{n}.json" for n in FILES]
    out += [city / f"{n}.json" for n in FILES]
    out.append(user / USER_GLOSSARY)
    return out


def _signature() -> tuple[Any, ...]:
    return tuple((str(p), _stat(p)) for p in _paths())


def _load(signature: tuple[Any, ...]) -> Config:
    problems: list[str] = []
    data: dict[str, dict[str, Any]] = {}
    for name in FILES:
        shipped = _read_json(shipped_dir() / f"{name}.json", problems, user=False)
        city = _read_json(city_dir() / f"{name}.json", problems, user=True)
        user = _read_json(user_dir() / f"{name}.json", problems, user=True)
        merged = merge(merge(shipped, city), user)
        data[name] = merged if isinstance(merged, dict) else shipped
    user_glossary = _read_json(user_dir() / USER_GLOSSARY, problems, user=True)
    return Config(data, user_glossary, problems, signature)


_current: Config | None = None
_load_lock = threading.Lock()


def current() -> Config:
    """The rule data now in force; cheap when nothing changed on disk."""
    global _current
    sig = _signature()
    cfg = _current
    if cfg is not None and cfg.signature == sig:
        return cfg
    with _load_lock:
        if _current is None or _current.signature != sig:
            _current = _load(sig)
        return _current


def reload() -> Config:
    """Forget what was loaded (e.g. after the rules page saved a file within the same mtime)."""
    global _current
    with _load_lock:
        _current = None
    return current()


def normalize_profile(profile: str | None) -> str:
    """'Semi-formal', 'semi_formal', 'SANTAI' -> the canonical id; unknown -> 'formal'."""
    key = (profile or "").strip().lower().replace("_", "-").replace(" ", "-")
    if key == "semiformal":
        key = "semi-formal"
    return key if key in PROFILES else DEFAULT_PROFILE
