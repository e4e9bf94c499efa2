"""`warta check --json` gives, byte for byte, what it gave before its start-up was trimmed.

tests/data/check_golden.json holds a sample of the evaluation corpora (press releases,
planted errors, twitter-text's link cases, the demo captions, a 600-character caption
with a link and hashtags) with the JSON `check --json` printed for each, made by the code
before the start-up work (lazy link search, paused garbage collection, caches). A change
that means to change findings rewrites it:

    WARTA_HOME=$(mktemp -d) uv run python tests/cli/test_cli_check_golden.py --write
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "check_golden.json"
TODAY = dt.date(2025, 11, 12)


class _FixedDate(dt.date):
    @classmethod
    def today(cls) -> dt.date:
        return TODAY


def run_check(text: str, args: list[str], folder: Path) -> list:
    """[exit code, stdout] of `warta check FILE --json ARGS` run in this process."""
    import cli
    import cli.check

    path = folder / "keterangan.txt"
    path.write_text(text, encoding="utf-8")
    real = cli.check.dt
    cli.check.dt = types.SimpleNamespace(date=_FixedDate)  # type: ignore[assignment]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            code = cli.main(["check", str(path), "--json", *args])
    finally:
        cli.check.dt = real
    return [code, out.getvalue()]


def _cases() -> list[dict]:
    if not GOLDEN.exists():  # only while --write makes it; test_the_sample_is_there fails
        return []
    return json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]


def test_the_sample_is_there():
    cases = _cases()
    assert len(cases) >= 30
    assert sum('"findings": []' not in c["output"] for c in cases) >= 20  # not all clean


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["name"])
def test_check_json_is_unchanged(case, tmp_path):
    assert run_check(case["text"], case["args"], tmp_path) == [case["code"], case["output"]]


def test_the_garbage_collector_is_back_after_a_check(tmp_path):
    import gc

    run_check("Rapat koordinasi di Cimahi. #CimahiKota", [], tmp_path)
    assert gc.isenabled()


def _sample() -> list[tuple[str, str, list[str]]]:
    """(name, text, extra args) of the sample, read from the corpora in the repository."""
    import yaml

    corpus = ROOT / "benchmarks" / "data" / "checks_corpus"
    texts = sorted((corpus / "texts").glob("*.txt"))
    out = [(p.stem, p.read_text(encoding="utf-8"), []) for p in texts[::4]]
    planted = json.loads((corpus / "planted.json").read_text(encoding="utf-8"))["items"]
    out += [(item["id"], item["text"], []) for item in planted[::5]]
    cases = yaml.safe_load((ROOT / "tests" / "data" / "twitter-text" / "extract.yml")
                           .read_text(encoding="utf-8"))["tests"]["urls"]
    out += [(f"twitter-urls-{i}", c["text"], []) for i, c in enumerate(cases) if i % 6 == 0]
    from core import demo

    for i, act in enumerate(demo._ACTIVITIES[:4]):
        caption = f"{act.caption}\n\n#CimahiKota #BangunCimahi"
        out.append((f"demo-{i}", caption, []))
        out.append((f"demo-{i}-santai", caption, ["--profile", "santai", "--kategori",
                                                   act.category.value,
                                                   "--tanggal-kegiatan", "2025-11-10"]))
    from benchmarks.bench_startup import LONG_CAPTION  # the benchmark's full caption

    out.append(("caption-600", LONG_CAPTION, []))
    return out


def _write() -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp())
    cases = []
    for name, text, args in _sample():
        code, output = run_check(text, args, folder)
        cases.append({"name": name, "text": text, "args": args, "code": code,
                      "output": output})
    GOLDEN.write_text(json.dumps({"today": TODAY.isoformat(), "cases": cases},
                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written to {GOLDEN}")


if __name__ == "__main__" and "--write" in sys.argv:
    sys.path.insert(0, str(Path.cwd()))  # the checkout run from (e.g. main, for the baseline)
    _write()
