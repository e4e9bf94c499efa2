"""Imported first by the modules of core.checks that compile patterns at import (the
engine, text, dates, spelling): the cached compiled patterns are put in place before the
rule modules and spylls compile theirs (core/pattern_cache.py)."""

from __future__ import annotations

from core import pattern_cache

pattern_cache.preload()
