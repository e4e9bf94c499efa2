"""Build Warta for people without Python: one-folder bundle, smoke test, Windows installer.

    uv run --group build python installer/build.py [--tests] [--no-installer] [--zip]
        [--dist DIR] [--work DIR] [--no-trim]

Steps: (1) optional tests, (2) PyInstaller with installer/warta.spec, (3) a smoke test
that starts the built program with `--selftest` on a temporary data folder and fails on
a non-zero exit or any error text in its output (like qutebrowser's release script),
then runs a first day's work with the frozen CLI: `demo`, `report --docx --xlsx` and
`brand --jobs 2` (two render threads, a HEIC photo, an emoji file name, a wildcard),
(4) on Windows, with $WARTA_SIGNTOOL set, signs Warta.exe and warta-cli.exe, and
(5) Inno Setup (ISCC.exe) with the version from core/version.py (signing setup and
uninstaller with the same command). Exit code 0 only when every step passed.

WARTA_SIGNTOOL is the whole signing command with $f where the quoted file name goes,
e.g. `signtool sign /fd sha256 /f warta.pfx /p ... /tr http://timestamp.digicert.com
/td sha256 $f` (see .github/workflows/windows.yml); it is never printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
sys.path[:0] = [str(ROOT), str(INSTALLER)]

from bundle_rules import folder_size, version_tuple  # noqa: E402

from core.version import APP_NAME, __version__  # noqa: E402

WINDOWS = sys.platform == "win32"
# Any of these in the smoke test's output fails the build, even with exit code 0.
# "Qt: ..." is how --selftest echoes Qt messages; "qt.qpa...: ..." is Qt's own logging.
BAD_OUTPUT = re.compile(
    r"error|traceback|exception|qwidget|warning|critical|gagal|galat|^qt[.:]", re.IGNORECASE)
ISCC_DEFAULTS = tuple(
    rf"{base}\Inno Setup {major}\ISCC.exe"
    for major in (6, 7)
    for base in (r"%ProgramFiles(x86)%", r"%ProgramFiles%", r"%LOCALAPPDATA%\Programs")
)
# Inno Setup's Indonesian messages are a community translation that the Inno installer
# does not ship; CI downloads it to installer/lang/ (see .github/workflows/windows.yml).
ISL_URL = "https://jrsoftware.org/files/istrans/"
SIGN_ENV = "WARTA_SIGNTOOL"


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def run_tests() -> None:
    say("menjalankan pengujian (tanpa yang bertanda slow)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", "not slow"],
                            cwd=ROOT, env=env)
    if result.returncode:
        raise BuildError("pengujian gagal; perbaiki dulu sebelum membangun installer")


def run_pyinstaller(dist: Path, work: Path, trim: bool = True) -> Path:
    """Build dist/Warta with the spec; returns the bundle folder."""
    say(f"PyInstaller -> {dist / APP_NAME}")
    cmd = [sys.executable, "-m", "PyInstaller", str(INSTALLER / "warta.spec"), "--noconfirm",
           "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    if not trim:
        cmd += ["--", "--no-trim"]
    if subprocess.run(cmd, cwd=ROOT).returncode:
        raise BuildError("PyInstaller gagal; lihat keluaran di atas")
    bundle = dist / APP_NAME
    if not executable(bundle).is_file():
        raise BuildError(f"{executable(bundle)} tidak terbentuk")
    return bundle


def executable(bundle: Path, console: bool = False) -> Path:
    """The program inside the bundle; on Windows the console twin is warta-cli.exe."""
    if WINDOWS:
        return bundle / ("warta-cli.exe" if console else f"{APP_NAME}.exe")
    return bundle / APP_NAME


def smoke_env(home: Path, qt_platform: str = "offscreen") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env.update(WARTA_HOME=str(home), QT_QPA_PLATFORM=qt_platform,
               QT_FORCE_STDERR_LOGGING="1")  # Qt on Windows logs to stderr, not the debugger
    if not WINDOWS and not env.get("XDG_RUNTIME_DIR"):
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)  # else Qt warns about it on a bare CI box
    return env


def run_frozen(program: Path, args: Sequence[str], check_output: bool = True,
               qt_platform: str = "offscreen", home: Path | None = None,
               summary: str | None = None) -> str:
    """Run the built program on a data folder (a throwaway one unless `home` is given);
    raise on failure or bad output. A line starting with `summary` is not scanned
    (brand's "Selesai: 2 foto berhasil, 0 gagal." is good news)."""
    if home is None:
        with tempfile.TemporaryDirectory(prefix="warta-smoke-") as fresh:
            return run_frozen(program, args, check_output, qt_platform, Path(fresh), summary)
    try:
        result = subprocess.run([str(program), *args], env=smoke_env(home, qt_platform),
                                capture_output=True, text=True, encoding="utf-8",
                                errors="replace", timeout=180)
    except subprocess.TimeoutExpired:
        raise BuildError(f"`{program.name} {' '.join(args)}` tidak selesai dalam 180 "
                         "detik (mungkin menunggu dialog galat Qt)") from None
    output = (result.stdout or "") + (result.stderr or "")
    shown = " ".join([program.name, *args])
    if result.returncode:
        raise BuildError(f"`{shown}` keluar dengan kode {result.returncode}:\n{output}")
    # folder names are not messages: a build in ~/errors/ must not fail the scan
    scanned = output.replace(str(program.parent), "<bundle>").replace(str(home), "<home>")
    if home.parent.name.startswith("warta-smoke-"):  # first_day's photos and reports
        scanned = scanned.replace(str(home.parent), "<tmp>")
    bad = [line for line in scanned.splitlines() if BAD_OUTPUT.search(line)
           and not (summary and line.startswith(summary))]
    if check_output and bad:
        raise BuildError(f"`{shown}` menulis pesan galat:\n" + "\n".join(bad))
    return output


def smoke_test(bundle: Path) -> None:
    """The frozen app must open its window (offscreen), in Indonesian, and run the CLI."""
    say("uji asap: --selftest dan doctor pada program hasil build")
    out = run_frozen(executable(bundle, console=True), ["--selftest"])
    if "selftest OK" not in out:
        raise BuildError(f"--selftest tidak melapor OK:\n{out}")
    if WINDOWS:
        # Warta.exe as users start it: windowed (no console, so the exit code must do)
        # and on the real "windows" platform plugin, whose DLL dependencies must be there.
        run_frozen(executable(bundle), ["--selftest"], check_output=False,
                   qt_platform="windows")
    doctor = run_frozen(executable(bundle, console=True), ["doctor"])
    if f"Warta {__version__}" not in doctor:
        raise BuildError(f"doctor tidak menampilkan versi {__version__}:\n{doctor}")
    say(out.strip().splitlines()[-1])
    first_day(executable(bundle, console=True), executable(bundle))


def make_photos(folder: Path) -> list[Path]:
    """A phone's HEIC and a camera JPEG whose name has an emoji (a cp1252 console
    cannot print it: the CLI must write UTF-8)."""
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    folder.mkdir(parents=True)
    heic, jpeg = folder / "IMG_0412.heic", folder / "Rapat \u2705 koordinasi.jpg"
    Image.new("RGB", (1200, 900), (40, 120, 200)).save(heic)
    Image.new("RGB", (3000, 2000), (200, 120, 40)).save(jpeg, quality=90)
    return [heic, jpeg]


def first_day(cli: Path, gui: Path | None = None) -> None:
    """demo, the Konten page's first-check worker (as `gui` starts it), the Word and Excel
    report, and `brand --jobs 2` with the frozen CLI on one data folder: two render
    threads, HEIC, python-docx templates, openpyxl."""
    say("uji asap: demo, --check-worker, report --docx --xlsx, brand --jobs 2")
    with tempfile.TemporaryDirectory(prefix="warta-smoke-") as tmp:
        root = Path(tmp)
        home = root / "home"
        home.mkdir()
        run_frozen(cli, ["demo"], home=home)
        check_worker(gui or cli, home)
        docx, xlsx = root / "Laporan \u2705.docx", root / "Laporan \u2705.xlsx"
        run_frozen(cli, ["report", "--docx", str(docx), "--xlsx", str(xlsx)], home=home)
        for report in (docx, xlsx):
            if not zipfile.is_zipfile(report):
                raise BuildError(f"`report` tidak menulis {report.name}")
        photos = make_photos(root / "foto")
        out = root / "hasil"
        # a wildcard, as cmd.exe passes it: the CLI expands it itself
        run_frozen(cli, ["brand", str(root / "foto" / "*.*"), "--template", "band-bottom",
                         "--format", "square", "--jobs", "2", "-o", str(out)], home=home,
                   summary="Selesai: ")
        made = sorted(p.name for p in out.glob("*.jpg"))
        wanted = sorted(f"{p.stem}_pita-bawah_persegi.jpg" for p in photos)  # Indonesian names
        if made != wanted:
            raise BuildError(f"`brand --jobs 2` menulis {made}, seharusnya {wanted}")


def check_worker(program: Path, home: Path) -> None:
    """`Warta.exe --check-worker` as the GUI starts it (core/first_check.py): the windowed
    program too must answer the first check, pickled, on the pipe it is given; else the
    GUI would always check by itself, and nothing would say so."""
    import pickle

    answer, code = None, "?"
    try:
        result = subprocess.run([str(program), "--check-worker"], env=smoke_env(home),
                                capture_output=True, timeout=180)
        code = result.returncode
        answer = pickle.loads(result.stdout) if code == 0 else None
    except (subprocess.TimeoutExpired, pickle.UnpicklingError, EOFError, ValueError):
        pass
    if not (isinstance(answer, tuple) and len(answer) == 4):
        raise BuildError(f"`{program.name} --check-worker` tidak memberi hasil cek pertama "
                         f"(kode {code})")


def sign_command() -> str | None:
    return os.environ.get(SIGN_ENV) or None


def sign_files(files: Sequence[Path]) -> None:
    """Sign the executables before Inno Setup packs them (AppLocker/SmartScreen)."""
    command = sign_command()
    if command is None:
        return
    for path in files:
        say(f"menandatangani {path.name}")
        result = subprocess.run(command.replace("$f", f'"{path}"'), capture_output=True,
                                text=True, errors="replace")
        if result.returncode:
            raise BuildError(f"penandatanganan {path.name} gagal (kode {result.returncode}); "
                             "periksa sertifikat dan kata sandinya")


def make_zip(bundle: Path) -> Path:
    arch = platform.machine().lower().replace("amd64", "x64")
    system = "windows" if WINDOWS else sys.platform
    base = bundle.parent / f"{APP_NAME}-{__version__}-{system}-{arch}"
    archive = Path(shutil.make_archive(str(base), "zip", bundle.parent, bundle.name))
    say(f"zip satu-folder: {archive}")
    return archive


def find_iscc() -> Path:
    """ISCC.exe from PATH, else the default Inno Setup 6 locations."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    candidates = [Path(found)] if found else []
    candidates += [Path(os.path.expandvars(p)) for p in ISCC_DEFAULTS]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise BuildError("ISCC.exe (Inno Setup 6) tidak ditemukan. Pasang dengan "
                     "`choco install innosetup -y` atau dari jrsoftware.org, "
                     "atau jalankan dengan --no-installer.")


def find_indonesian_isl(iscc: Path) -> Path:
    """Indonesian.isl: $WARTA_INDONESIAN_ISL, installer/lang/, or Inno's Languages folder."""
    candidates = [Path(os.environ["WARTA_INDONESIAN_ISL"])] if os.environ.get(
        "WARTA_INDONESIAN_ISL") else []
    candidates += [INSTALLER / "lang" / "Indonesian.isl",
                   iscc.parent / "Languages" / "Indonesian.isl",
                   iscc.parent / "Languages" / "Unofficial" / "Indonesian.isl"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise BuildError("Indonesian.isl (terjemahan Inno Setup) tidak ditemukan. Unduh dari "
                     f"{ISL_URL} ke {INSTALLER / 'lang'}, atau jalankan dengan --no-installer.")


def iscc_command(iscc: Path, bundle: Path, out_dir: Path, icon: Path | None,
                 indonesian: Path) -> list[str]:
    """ISCC arguments: the version comes from core/version.py, paths from this build."""
    file_version = ".".join(map(str, version_tuple(__version__)))
    cmd = [str(iscc), "/Q", f"/DAppVersion={__version__}", f"/DFileVersion={file_version}",
           f"/DBundleDir={bundle}", f"/DOutDir={out_dir}", f"/DIndonesianIsl={indonesian}"]
    if icon is not None and icon.is_file():
        cmd.append(f"/DIconFile={icon}")
    if (command := sign_command()) is not None:  # Inno signs setup and uninstaller
        cmd += [f"/Swarta={command}", "/DSignTool=warta"]
    return [*cmd, str(INSTALLER / "warta.iss")]


def build_installer(bundle: Path, work: Path) -> Path:
    iscc = find_iscc()
    indonesian = find_indonesian_isl(iscc)
    say(f"Inno Setup: {iscc} (bahasa Indonesia: {indonesian})")
    out_dir = bundle.parent
    command = iscc_command(iscc, bundle, out_dir, work / "warta.ico", indonesian)
    if subprocess.run(command, cwd=INSTALLER).returncode:
        raise BuildError("Inno Setup gagal; lihat keluaran di atas")
    setup = out_dir / f"{APP_NAME}-{__version__}-setup.exe"
    if not setup.is_file():
        raise BuildError(f"{setup} tidak terbentuk")
    say(f"installer: {setup}")
    return setup


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--tests", action="store_true", help="jalankan pengujian dulu")
    parser.add_argument("--no-installer", action="store_true",
                        help="lewati Inno Setup (di Linux selalu dilewati)")
    parser.add_argument("--zip", action="store_true", help="buat juga zip satu-folder")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="folder hasil")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder kerja PyInstaller (bawaan: build/ di sebelah --dist)")
    parser.add_argument("--no-trim", action="store_true",
                        help="jangan buang modul Qt/plugin (untuk mengukur ukuran)")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    dist = args.dist.resolve()
    work = (args.work or dist.parent / "build").resolve()
    try:
        if args.tests:
            run_tests()
        bundle = run_pyinstaller(dist, work, trim=not args.no_trim)
        smoke_test(bundle)
        size = folder_size(bundle)
        say(f"ukuran {bundle}: {size / 1e6:.1f} MB ({size} bytes)")
        if args.zip:
            make_zip(bundle)
        if WINDOWS and not args.no_installer:
            sign_files([executable(bundle), executable(bundle, console=True)])
            build_installer(bundle, work)
        elif not WINDOWS:
            say("installer Inno Setup hanya dibuat di Windows; di sini cukup bundel satu-folder")
    except BuildError as exc:
        print(f"[build] GAGAL: {exc}", file=sys.stderr)
        return 1
    say(f"selesai: Warta {__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
