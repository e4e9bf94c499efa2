"""Translations: English source strings in self.tr(), Indonesian in resources/translations.

Each GUI module has its own .ts file (resources/translations/id/<module>.ts) so several
people can add strings without clobbering each other; `update` regenerates them with
pyside6-lupdate and compiles all of them into one warta_id.qm with pyside6-lrelease.

Developer commands:
    uv run python -m gui.i18n update          # extract strings, compile .qm
    uv run python -m gui.i18n missing         # print untranslated strings as JSON
    uv run python -m gui.i18n apply map.json  # fill translations {source: terjemahan}, compile
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("gui", "widgets")
LANG = "id"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_path(lang: str = LANG) -> Path:
    return translations_dir() / f"warta_{lang}.qm"


def install_translators(app: QCoreApplication, lang: str = LANG) -> list[QTranslator]:
    """Load Warta's and Qt's own Indonesian strings; English needs no translator."""
    loaded: list[QTranslator] = []
    if lang == "en":
        return loaded
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        loaded.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(base)
        loaded.append(base)
    return loaded


def switch_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Drop the translators installed so far and load `lang`'s (setting `ui_language`)."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return install_translators(app, lang)


# ---- developer tooling (not used at run time) -------------------------------------------

def _tool(name: str) -> str:
    import shutil  # the developer commands' imports stay off the app's start

    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return exe or f"pyside6-{name}"


def source_files() -> list[Path]:
    """GUI modules that contain tr( calls."""
    found = []
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if path.name != "i18n.py" and ("tr(" in text or "translate(" in text):
                found.append(path)
    return found


def ts_for(source: Path, lang: str = LANG) -> Path:
    rel = source.relative_to(ROOT).with_suffix("")
    return ROOT / "resources" / "translations" / lang / (".".join(rel.parts) + ".ts")


def update(lang: str = LANG) -> None:
    """Run lupdate on every GUI module and drop .ts files of modules that are gone."""
    import subprocess

    wanted = set()
    for src in source_files():
        ts = ts_for(src, lang)
        ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-silent", "-target-language",
                        lang, str(src), "-ts", str(ts)],
                       check=True)
        wanted.add(ts)
    for stale in (ROOT / "resources" / "translations" / lang).glob("*.ts"):
        if stale not in wanted and not stale.name.startswith("qt."):  # qt.*: Qt's own strings
            stale.unlink()
    release(lang)


def release(lang: str = LANG, out: Path | None = None) -> Path:
    """Compile every .ts of `lang` into one .qm."""
    import subprocess

    ts_files = sorted((ROOT / "resources" / "translations" / lang).glob("*.ts"))
    out = out or (ROOT / "resources" / "translations" / f"warta_{lang}.qm")
    subprocess.run([_tool("lrelease"), "-silent", *map(str, ts_files), "-qm", str(out)],
                   check=True)
    return out


def unfinished(lang: str = LANG) -> dict[str, list[str]]:
    """ts file name -> source strings with no finished translation."""
    import xml.etree.ElementTree as ET

    result: dict[str, list[str]] = {}
    for ts in sorted((ROOT / "resources" / "translations" / lang).glob("*.ts")):
        missing = []
        for msg in ET.parse(ts).getroot().iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                    continue
                missing.append(msg.findtext("source") or "")
        if missing:
            result[ts.name] = missing
    return result


def apply(mapping: dict[str, str], lang: str = LANG) -> int:
    """Fill unfinished translations whose source is in `mapping`; returns how many."""
    import xml.etree.ElementTree as ET

    filled = 0
    for ts in sorted((ROOT / "resources" / "translations" / lang).glob("*.ts")):
        tree = ET.parse(ts)
        changed = tree.getroot().get("language") != lang
        tree.getroot().set("language", lang)
        for msg in tree.getroot().iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is not None and source in mapping and (
                tr.get("type") == "unfinished" or not (tr.text or "").strip()
            ):
                tr.text = mapping[source]
                tr.attrib.pop("type", None)
                changed = True
                filled += 1
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    release(lang)
    return filled


def _main(argv: list[str]) -> int:
    import json

    if not argv or argv[0] not in {"update", "missing", "apply", "release"}:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "release":
        release()
    elif argv[0] == "missing":
        todo = unfinished()
        print(json.dumps({s: "" for items in todo.values() for s in items},
                         ensure_ascii=False, indent=1))
    else:
        count = apply(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        print(f"{count} terjemahan diisi")
        left = sum(len(v) for v in unfinished().values())
        print(f"{left} belum diterjemahkan")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
