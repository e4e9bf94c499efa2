"""Does `warta check --json` print the same in two checkouts? (issue 15: a faster start
must not change a finding.)

Run: uv run python benchmarks/check_output_compare.py OTHER_CHECKOUT [--limit N]

Runs `main.py check --json` of this checkout and of OTHER_CHECKOUT (each with its own
interpreter, .venv/bin/python when it has one) on every text of the corpus, each
checkout with its own data folder (warmed by one untimed run, as on a user's PC), and
reports every text whose output differs (exit code, stdout and stderr). By default one
process per checkout runs main.py's `main` for every text in turn (seconds instead of
half an hour on the shared machine; a check keeps no result between runs, only the
per-word dictionary answers); --fresh N also runs the first N in a fresh process each.
The corpus (a few hundred texts):
- the press texts of benchmarks/data/checks_corpus (texts/, and planted.json's texts
  with one planted error each);
- tests/data/check_golden.json's cases;
- the twitter-text conformance texts (tests/data/twitter-text/*.yml, `text:` entries);
- the demo captions (core/demo.py) and benchmarks/bench_startup.py's captions.
Every fifth text is also checked with the other profiles (semi-formal, santai), and
every seventh with --tanggal-kegiatan.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus() -> list[tuple[str, str]]:
    """(name, text) of every text compared."""
    import yaml

    data = ROOT / "benchmarks" / "data" / "checks_corpus"
    out = [(f"press/{p.stem}", p.read_text(encoding="utf-8"))
           for p in sorted((data / "texts").glob("*.txt"))]
    planted = json.loads((data / "planted.json").read_text(encoding="utf-8"))["items"]
    out += [(f"planted/{item['id']}", item["text"]) for item in planted if item.get("text")]
    golden = json.loads((ROOT / "tests" / "data" / "check_golden.json").read_text(
        encoding="utf-8"))["cases"]
    out += [(f"golden/{case['name']}", case["text"]) for case in golden]
    for name in ("extract.yml", "validate.yml"):
        doc = yaml.safe_load((ROOT / "tests" / "data" / "twitter-text" / name).read_text(
            encoding="utf-8"))
        out += [(f"twitter/{name}/{i}", text) for i, text in enumerate(_texts(doc))]
    from core import demo

    out += [(f"demo/{i}", a.caption) for i, a in enumerate(demo._ACTIVITIES)]  # noqa: SLF001
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_startup

    out += [("bench/caption", bench_startup.CAPTION),
            ("bench/caption-600", bench_startup.LONG_CAPTION)]
    return out


def _texts(node: object) -> list[str]:
    """Every string under a `text` key of a parsed YAML document."""
    if isinstance(node, dict):
        found = [node["text"]] if isinstance(node.get("text"), str) else []
        return found + [t for k, v in node.items() if k != "text" for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def python_of(checkout: Path) -> str:
    venv = checkout / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def run(checkout: Path, home: Path, path: Path, extra: list[str]) -> str:
    env = {**os.environ, "WARTA_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([python_of(checkout), str(checkout / "main.py"), "check", "--json",
                           *extra, str(path)], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=checkout, timeout=300)
    return f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"


# One process runs every case: main.main(argv) for each, its output captured.
_DRIVER = """
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
import main
cases = json.load(open(sys.argv[2], encoding="utf-8"))
out = []
for argv in cases:
    o, e = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):
        try:
            code = main.main(argv)
        except SystemExit as exc:
            code = exc.code
    out.append(f"exit {code}\\n{o.getvalue()}\\n{e.getvalue()}")
json.dump(out, open(sys.argv[3], "w", encoding="utf-8"))
"""


def run_all(checkout: Path, home: Path, argvs: list[list[str]], tmp: Path) -> list[str]:
    env = {**os.environ, "WARTA_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    cases, result = tmp / "cases.json", tmp / f"out-{home.name}.json"
    cases.write_text(json.dumps(argvs), encoding="utf-8")
    subprocess.run([python_of(checkout), "-c", _DRIVER, str(checkout), str(cases),
                    str(result)], env=env, cwd=checkout, check=True, timeout=3600)
    return json.loads(result.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (e.g. main's worktree)")
    ap.add_argument("--limit", type=int, default=0, help="compare only the first N texts")
    ap.add_argument("--fresh", type=int, default=0,
                    help="also run the first N checks in a fresh process each")
    args = ap.parse_args()
    texts = corpus()
    if args.limit:
        texts = texts[: args.limit]
    cases = []
    for i, (name, text) in enumerate(texts):
        cases.append((name, text, []))
        if i % 5 == 0:
            cases += [(f"{name} [{p}]", text, ["--profile", p]) for p in ("semi-formal", "santai")]
        if i % 7 == 0:
            cases.append((f"{name} [tanggal]", text, ["--tanggal-kegiatan", "2025-11-10"]))
    checkouts = {"this": ROOT, "other": args.other.resolve()}
    with tempfile.TemporaryDirectory() as tmp:
        homes = {k: Path(tmp) / k for k in checkouts}
        warm = Path(tmp) / "warm.txt"
        warm.write_text(texts[0][1], encoding="utf-8")
        for k, checkout in checkouts.items():
            homes[k].mkdir()
            run(checkout, homes[k], warm, [])  # writes each one's caches
        argvs = []
        for n, (_name, text, extra) in enumerate(cases):
            path = Path(tmp) / f"keterangan-{n}.txt"
            path.write_text(text, encoding="utf-8")
            argvs.append(["check", "--json", *extra, str(path)])
        outs = {k: run_all(c, homes[k], argvs, Path(tmp)) for k, c in checkouts.items()}
        differ = []
        for n, (name, _text, _extra) in enumerate(cases):
            if outs["this"][n] != outs["other"][n]:
                differ.append(name)
                print(f"DIFFERS: {name}\n--- this\n{outs['this'][n]}\n"
                      f"--- other\n{outs['other'][n]}")
        for n, (name, _text, _extra) in enumerate(cases[: args.fresh]):
            fresh = {k: run(c, homes[k], Path(argvs[n][-1]), argvs[n][2:-1])
                     for k, c in checkouts.items()}
            if fresh["this"] != fresh["other"]:
                differ.append(f"{name} (fresh process)")
                print(f"DIFFERS (fresh): {name}\n--- this\n{fresh['this']}\n"
                      f"--- other\n{fresh['other']}")
    print(f"{len(texts)} texts, {len(cases)} checks in one process per checkout"
          f"{f' + {min(args.fresh, len(cases))} in fresh processes' if args.fresh else ''}, "
          f"{len(differ)} differences")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
