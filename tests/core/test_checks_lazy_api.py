"""core.checks loads its names on first use (PEP 562): the types that show findings come
without the engine, the rules or the dictionary; every public name is still the one of
its module, and the modules that compile patterns put the cached ones in place first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import core.checks as checks

ROOT = Path(__file__).resolve().parents[2]
_LIGHT = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from core.checks import (PROFILES, SEVERITY_LABELS, ChecklistItem, CheckSettings, Finding,
                         Target, count_by_severity, has_errors, is_ready, summarize)
from core.check_request import CheckRequest
from core import check_records
from core.actions import konten
print(json.dumps([sorted(sys.modules), is_ready()]))
"""


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True).stdout.splitlines()[-1]


def test_the_types_that_show_findings_load_no_checker(warta_home):
    modules, ready = json.loads(_run(_LIGHT))
    heavy = {"core.checks.engine", "core.checks.text", "core.checks.glossary",
             "core.checks.spelling", "core.checks._preload", "spylls"}
    assert "core.checks.finding" in modules and not heavy & set(modules)
    assert ready is False  # asking loads no dictionary


def test_every_public_name_is_the_one_of_its_module():
    from core.checks import checklist, config, context, engine, finding, glossary, registry
    from core.checks import spelling as spelling_mod

    for name in checks.__all__:
        assert getattr(checks, name) is not None
    assert checks.Finding is finding.Finding and checks.CheckSettings is context.CheckSettings
    assert checks.check_post is engine.check_post and checks.warm_up is engine.warm_up
    assert checks.ChecklistItem is checklist.ChecklistItem
    assert checks.reload_rules is config.reload and checks.PROFILES is config.PROFILES
    assert checks.add_to_glossary is glossary.add_to_glossary
    assert checks.REGISTRY is registry.REGISTRY and checks.suggest is spelling_mod.suggest
    assert set(checks.__all__) <= set(dir(checks))


def test_the_registry_comes_with_every_rule_registered(warta_home):
    count = _run(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                 "from core.checks import REGISTRY\nprint(len(REGISTRY))")
    assert int(count) == len(checks.REGISTRY) > 20


@pytest.mark.parametrize("first", ["core.checks.engine", "core.checks.text",
                                   "core.checks.dates", "core.checks.spelling",
                                   "core.checks.glossary", "core.checks.rules_akurasi"])
def test_cached_patterns_are_in_place_before_a_module_compiles_its_own(first, warta_home):
    """Whichever checker module loads first, the cached compiled patterns come first."""
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import re
from core import pattern_cache
order = []
real_compile, real_preload = re.compile, pattern_cache.preload
def compile(*args, **kwargs):  # the checker's own patterns (not json's, say)
    if sys._getframe(1).f_globals.get("__name__", "").startswith("core.checks"):
        order.append("compile")
    return real_compile(*args, **kwargs)
re.compile = compile
pattern_cache.preload = lambda: order.append("preload") or real_preload()
import importlib
importlib.import_module({first!r})
print(order.index("preload") if "preload" in order else -1, order.count("compile"))
"""
    preloaded_at, compiles = map(int, _run(code).split())
    assert preloaded_at == 0 and compiles > 0


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        checks.no_such_name  # noqa: B018
