"""`warta brand`: brand photos outside the library, named and rendered like the Media
page's export, without the library (no store, no data model: the batch starts sooner).

core.actions.media re-exports these, next to the library's own export (brand_photos).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from core.branding import BrandKit
from core.file_intake import strip_bidi
from core.media_export import RenderJob, output_paths, render_batch
from core.record import Record, set_field

__all__ = ["FileBrand", "brand_files"]


class FileBrand(Record):
    """`warta brand` on files outside the library: the same naming and renderer."""

    _fields = ("kit", "template_id", "formats", "fields", "out_dir", "focus", "quality")
    __slots__ = _fields
    kit: BrandKit
    template_id: str
    formats: Sequence[str]
    fields: Mapping[str, str]
    out_dir: Path
    focus: tuple[float, float]
    quality: int

    def __init__(self, kit: BrandKit, template_id: str, formats: Sequence[str],
                 fields: Mapping[str, str], out_dir: Path,
                 focus: tuple[float, float] = (0.5, 0.5), quality: int = 88) -> None:
        set_field(self, "kit", kit)
        set_field(self, "template_id", template_id)
        set_field(self, "formats", formats)
        set_field(self, "fields", fields)
        set_field(self, "out_dir", out_dir)
        set_field(self, "focus", focus)
        set_field(self, "quality", quality)


def brand_files(files: Sequence[str], spec: FileBrand, *, jobs: int = 1
                ) -> Iterator[dict[str, Any]]:
    """Brand each file (or, with no files, the template alone) into spec.out_dir, named
    like the Media page's export; yields {"input", "ok", "outputs", "warnings",
    "error"} per input as each finishes."""
    names: list[str | None] = list(files) or [None]
    template_name = spec.kit.template(spec.template_id).name  # files carry the PIC's words
    stems = [strip_bidi(Path(name).stem) or "foto" if name else template_name
             for name in names]
    plans = output_paths(stems, template_name, spec.formats, spec.out_dir,
                         avoid=files)  # an output never replaces an input of the run
    batch = [RenderJob(name, name, outputs, spec.focus)
             for name, outputs in zip(names, plans, strict=True)]
    for name, result in render_batch(spec.kit, spec.template_id, batch, spec.fields,
                                     spec.quality, jobs):
        yield {"input": name, **result}
