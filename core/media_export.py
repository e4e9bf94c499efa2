"""Batch export of branded library photos: each photo in each chosen format, into one
folder per post, every written file recorded in `renders` with its post.

With `jobs` > 1 photos are rendered on threads: the heavy steps (libjpeg-turbo's
decode, Pillow's resize and paste) release the GIL, so threads use the cores without
the ~0.3 s per worker (far more on Windows) that starting a spawned process costs, and
fonts, logos and the decoder are loaded once. The calling thread renders too. The GUI
passes a warm pool kept for the session (core.render_pool); the CLI makes one per run.
Each output is written atomically by the renderer, so a cancel or a failure leaves no
half-written file; a bad photo is reported and the others are still exported.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future, ThreadPoolExecutor, as_completed
from concurrent.futures import wait as wait_for
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.branding import BrandKit, KitError, RenderError, load_kit, render_set
from core.branding.photo_cost import dispatch_order
from core.long_paths import MIN_STEM, cap_stem, too_long_message
from core.media_names import safe_name
from core.platforms import IMAGE_FORMATS
from core.record import MutableRecord, Record, set_field

if TYPE_CHECKING:  # `warta brand` renders without the store: export_branded imports them
    from core.renders import RenderRecord
    from core.store import Store

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ExportItem(MutableRecord):
    """One photo to export: its file, the name its outputs start with, its focus."""

    _fields = ("src", "stem", "photo_id", "focus", "name")
    src: Path
    stem: str
    photo_id: int | None
    focus: tuple[float, float]
    name: str  # what the user calls it (the original file name) in messages

    def __init__(self, src: Path, stem: str, photo_id: int | None = None,
                 focus: tuple[float, float] = (0.5, 0.5), name: str = "") -> None:
        self.src = src
        self.stem = stem
        self.photo_id = photo_id
        self.focus = focus
        self.name = name

    @property
    def label(self) -> str:
        return self.name or self.stem


class ExportRequest(MutableRecord):
    _fields = ("kit", "template_id", "formats", "fields", "out_dir", "items", "post_id",
               "quality")
    kit: BrandKit | str
    template_id: str
    formats: Sequence[str]
    fields: Mapping[str, str]
    out_dir: Path
    items: Sequence[ExportItem]
    post_id: int | None
    quality: int

    def __init__(self, kit: BrandKit | str, template_id: str, formats: Sequence[str],
                 fields: Mapping[str, str], out_dir: Path, items: Sequence[ExportItem],
                 post_id: int | None = None, quality: int = 88) -> None:
        self.kit = kit
        self.template_id = template_id
        self.formats = formats
        self.fields = fields
        self.out_dir = out_dir
        self.items = items
        self.post_id = post_id
        self.quality = quality


class ExportFailure(MutableRecord):
    _fields = ("name", "reason")
    name: str
    reason: str

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason


class ExportResult(MutableRecord):
    _fields = ("out_dir", "written", "failed", "warnings", "cancelled")
    out_dir: Path
    written: list[RenderRecord]
    failed: list[ExportFailure]
    warnings: list[str]
    cancelled: bool

    def __init__(self, out_dir: Path, written: list[RenderRecord] | None = None,
                 failed: list[ExportFailure] | None = None, warnings: list[str] | None = None,
                 cancelled: bool = False) -> None:
        self.out_dir = out_dir
        self.written = [] if written is None else written
        self.failed = [] if failed is None else failed
        self.warnings = [] if warnings is None else warnings
        self.cancelled = cancelled

    def summary(self) -> str:
        """One Indonesian sentence for the status bar."""
        text = f"{len(self.written)} berkas disimpan di {self.out_dir}"
        if self.failed:
            text += f"; {len(self.failed)} foto gagal"
        text += "."
        if self.cancelled:
            text = "Ekspor dibatalkan. " + text
        return text


def default_jobs() -> int:
    """Photos rendered at once in a batch: every core, at most four (each render holds
    ~50 MB of decoded photo and buffers)."""
    return max(1, min(4, os.cpu_count() or 1))


def _path_key(path: str | os.PathLike[str]) -> str:
    """One spelling per file: absolute, symlinks resolved, case folded (Windows)."""
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError):
        resolved = Path(os.path.abspath(path))
    return os.path.normcase(str(resolved)).casefold()


def file_word(text: str) -> str:
    """'Pita bawah' -> 'pita-bawah': a name as one lower-case, file-safe word."""
    return "-".join(safe_name(text, "").lower().split())


def output_paths(stems: Sequence[str], template_name: str, formats: Sequence[str],
                 out_dir: Path, avoid: Iterable[str | os.PathLike[str]] = ()
                 ) -> list[dict[str, Path]]:
    """<stem>_<template>_<format>.jpg per stem and format; equal stems get -2, -3, ...
    The one naming rule of branded files, for the Media page's export and `warta brand`.
    The template and the format appear by the names the PIC knows ('pita-bawah',
    'potret', see ImageFormat.file_name), never by internal ids ('band-bottom').
    Names are compared ignoring case (Windows folders do), and a suffixed name never
    lands on another input's own stem ("a", "A", "a-2" -> a, A-2, a-2-2). No output is
    ever one of the `avoid` paths (the run's inputs): such a name gets a suffix too. Long
    stems are shortened so every path fits Windows' 260 characters (core/long_paths.py)."""
    template_word = file_word(template_name) or "templat"
    format_words = {f: IMAGE_FORMATS[f].file_name if f in IMAGE_FORMATS else file_word(f)
                    for f in formats}
    taken: set[str] = set()
    inputs = {_path_key(p) for p in avoid}
    last: dict[str, int] = {}
    plans = []
    widest = max(format_words.values(), key=len, default="")

    def outputs(name: str) -> dict[str, Path]:
        return {f: out_dir / f"{name}_{template_word}_{format_words[f]}.jpg" for f in formats}

    for stem in stems:
        stem = cap_stem(out_dir, stem, f"-99_{template_word}_{widest}.jpg")
        key = stem.casefold()
        name, n = stem, last.get(key, 1)
        while name.casefold() in taken or (
                inputs and any(_path_key(p) in inputs for p in outputs(name).values())):
            n += 1
            name = f"{stem}-{n}"
        last[key] = n
        taken.add(name.casefold())
        plans.append(outputs(name))
    return plans


def plan_outputs(items: Sequence[ExportItem], template_name: str, formats: Sequence[str],
                 out_dir: Path) -> list[tuple[ExportItem, dict[str, Path]]]:
    """Each item with its output paths (see output_paths), named after a file-safe stem."""
    stems = [safe_name(item.stem, "foto") for item in items]
    return list(zip(items, output_paths(stems, template_name, formats, out_dir), strict=True))


WORKER_DIED = "pembuat gambar berhenti mendadak (memori habis?)"


def failed_render(error: str) -> dict[str, Any]:
    """What render_one reports for a photo that produced nothing."""
    return {"ok": False, "outputs": [], "warnings": [], "error": error}


def render_one(kit: BrandKit, template_id: str, src: str | None, outputs: dict[str, Path],
               fields: dict[str, str], focus: tuple[float, float], quality: int
               ) -> dict[str, Any]:
    """Render one photo into its outputs; never raises (it runs on a pool thread).
    `outputs` of the result: {format, path, width, height} per written file."""
    try:
        rendered = render_set(kit, template_id, outputs, src, fields, focus=focus,
                              quality=quality)
    except (RenderError, KitError) as exc:
        return failed_render(str(exc))
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop the batch
        return failed_render(f"galat tak terduga saat memproses foto: {exc!r}")
    result: dict[str, Any] = {"ok": True, "outputs": [], "warnings": [], "error": None}
    for fmt, res in zip(outputs, rendered, strict=True):
        result["outputs"].append({"format": fmt, "path": str(res.path),
                                  "width": res.size[0], "height": res.size[1]})
        result["warnings"].extend(w for w in res.warnings if w not in result["warnings"])
    return result


class RenderJob(Record):
    """One input of a batch: `key` comes back with its result (an ExportItem, a path)."""

    _fields = ("key", "src", "outputs", "focus")
    __slots__ = _fields
    key: Any
    src: str | None
    outputs: dict[str, Path]
    focus: tuple[float, float]

    def __init__(self, key: Any, src: str | None, outputs: dict[str, Path],
                 focus: tuple[float, float] = (0.5, 0.5)) -> None:
        set_field(self, "key", key)
        set_field(self, "src", src)
        set_field(self, "outputs", outputs)
        set_field(self, "focus", focus)


def render_batch(kit: BrandKit, template_id: str, batch: Sequence[RenderJob],
                 fields: Mapping[str, str], quality: int, jobs: int = 1,
                 cancelled: Cancelled | None = None, pool: Executor | None = None
                 ) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Render every job, yielding (key, render_one result) as each finishes. The one
    batch runner of the Media page's export and `warta brand`; stops early when
    `cancelled()` turns true (queued renders are dropped; running ones finish and are
    yielded, their files being written). With `jobs` > 1 (and more than one job) the calling
    thread renders alongside `pool`'s threads, or alongside `jobs` - 1 threads made for
    this batch when no pool is given; a given pool is left running for the next batch.
    Jobs are handed out in photo_cost.dispatch_order (longest first on several threads)."""
    fields = dict(fields)
    if jobs <= 1 or len(batch) <= 1:
        for job in batch:
            if cancelled is not None and cancelled():
                return
            yield job.key, render_one(kit, template_id, job.src, job.outputs, fields,
                                      job.focus, quality)
        return
    own = pool is None
    if pool is None:
        pool = ThreadPoolExecutor(min(jobs, len(batch)) - 1, thread_name_prefix="warta-render")
    futures: dict[Future, RenderJob] = {}
    try:
        for i in dispatch_order([job.src for job in batch], jobs):
            job = batch[i]
            futures[pool.submit(render_one, kit, template_id, job.src, job.outputs, fields,
                                job.focus, quality)] = job
        yield from _share_batch(futures, kit, template_id, fields, quality, cancelled)
    finally:
        for future in futures:  # cancelled, failed or closed early: drop what has not begun
            future.cancel()
        wait_for(futures)  # and let what has begun finish: no render outlives its batch
        if own:
            pool.shutdown(wait=True)


def _share_batch(futures: dict[Future, RenderJob], kit: BrandKit, template_id: str,
                 fields: dict[str, str], quality: int, cancelled: Cancelled | None
                 ) -> Iterator[tuple[Any, dict[str, Any]]]:
    """The pool's threads and this one take the jobs in the order they were queued: this
    thread renders the first job no pool thread has taken yet (a taken job cannot be
    cancelled, so none runs twice), and the next, to the end of the queue; then it
    yields the pool's results as they come. `futures` keeps the jobs not yielded yet."""
    for future in list(futures):
        if cancelled is not None and cancelled():
            yield from _drop_the_rest(futures)
            return
        if not future.cancel():
            continue  # a pool thread has it
        job = futures.pop(future)
        yield job.key, render_one(kit, template_id, job.src, job.outputs, fields,
                                  job.focus, quality)
    for future in as_completed(list(futures)):
        if cancelled is not None and cancelled():
            yield from _drop_the_rest(futures)
            return
        yield futures.pop(future).key, _outcome(future)


def _drop_the_rest(futures: dict[Future, RenderJob]) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Cancelled: the queued renders are dropped; the running ones finish and are
    reported, since their files are written (an export records every file it wrote)."""
    for future in futures:
        future.cancel()
    wait_for(futures)
    for future, job in list(futures.items()):
        if not future.cancelled():
            del futures[future]
            yield job.key, _outcome(future)


def _outcome(future: Future) -> dict[str, Any]:
    try:
        return future.result()
    except BrokenExecutor:
        return failed_render(WORKER_DIED)


def export_branded(store: Store, req: ExportRequest, *, jobs: int = 1,
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   pool: Executor | None = None) -> ExportResult:
    """Export every item in every format; raises MediaError only when nothing can start
    (kit unreadable, folder not writable). Per-photo problems land in `failed`."""
    from core.media_files import MediaError
    from core.renders import RenderRecord, record_render

    try:
        kit = load_kit(req.kit)
        template = kit.template(req.template_id)
    except KitError as exc:
        raise MediaError(str(exc)) from None
    except KeyError as exc:
        raise MediaError(exc.args[0]) from None
    formats = [f for f in req.formats if f in template.formats]
    if not formats:
        raise MediaError("Pilih minimal satu format yang didukung templat "
                         f"{template.name}.")
    if not req.items:
        raise MediaError("Pilih minimal satu foto untuk diekspor.")
    out_dir = Path(req.out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".warta-tulis"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise MediaError(too_long_message(out_dir / ("x" * MIN_STEM))
                         or f"Folder hasil {out_dir} tidak dapat ditulisi "
                         f"({exc.strerror or exc}). Pilih folder lain.") from None
    result = ExportResult(out_dir)
    plan = plan_outputs(req.items, template.name, formats, out_dir)
    if plan and (too_long := too_long_message(next(iter(plan[0][1].values())))):
        raise MediaError(too_long)
    total = len(plan)
    if progress is not None:
        progress(0, total, plan[0][0].label if plan else "")  # the photo's own name
    done = 0
    batch = [RenderJob(item, str(item.src), outputs, item.focus) for item, outputs in plan]
    for item, res in render_batch(kit, template.id, batch, req.fields, req.quality, jobs,
                                  cancelled, pool):
        done += 1
        if res["ok"]:
            for out in res["outputs"]:
                result.written.append(record_render(store, RenderRecord(
                    req.post_id, item.photo_id, kit.id, template.id, out["format"],
                    out["path"])))
            for w in res["warnings"]:
                w = w.replace(item.src.name, item.label)  # not the library's sha name
                if w not in result.warnings:
                    result.warnings.append(w)
        else:
            reason = str(res["error"]).replace(item.src.name, item.label)
            result.failed.append(ExportFailure(item.label, reason))
        if progress is not None:
            progress(done, total, item.label)
    result.cancelled = done < total and cancelled is not None and cancelled()
    return result
