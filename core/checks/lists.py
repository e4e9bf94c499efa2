"""Word lists read from the rules data files (resources/rules/*.json), as builders for
`Config.derived` / `RuleContext.derived`: each list is built once per rules-data version."""

from __future__ import annotations

from collections.abc import Callable

from core.checks import config
from core.checks.phrases import norm


def word_set(file: str, key: str) -> Callable[[config.Config], frozenset[str]]:
    """A list of words, normalised (lower case, typographic apostrophes folded)."""
    def build(cfg: config.Config) -> frozenset[str]:
        raw = cfg.file(file).get(key, [])
        return frozenset(norm(str(w)) for w in raw) if isinstance(raw, list) else frozenset()
    return build


def word_map(file: str, key: str) -> Callable[[config.Config], dict[str, str]]:
    """A {word: replacement} object with normalised keys."""
    def build(cfg: config.Config) -> dict[str, str]:
        raw = cfg.file(file).get(key, {})
        return {norm(str(k)): str(v) for k, v in raw.items() if isinstance(v, str)} \
            if isinstance(raw, dict) else {}
    return build


def exact_map(file: str, key: str) -> Callable[[config.Config], dict[str, str]]:
    """A {text: replacement} object matched exactly (case matters: "Kg" -> "kg")."""
    def build(cfg: config.Config) -> dict[str, str]:
        raw = cfg.file(file).get(key, {})
        return {str(k): str(v) for k, v in raw.items() if isinstance(v, str)} \
            if isinstance(raw, dict) else {}
    return build


def hoax_labels(cfg: config.Config) -> frozenset[str]:
    """The labels a Klarifikasi Hoaks post opens with ("[HOAKS]"), exactly as written."""
    raw = cfg.file("kepatuhan").get("hoax_labels", [])
    return frozenset(str(x) for x in raw) if isinstance(raw, list) else frozenset()
