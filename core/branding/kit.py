"""Brand kit model and loader: kit.json is read as data only and checked completely.

Every problem is reported with its JSON path ("templates[2].layers[4]: font 'heading'
belum didefinisikan di \"fonts\"") so a designer can fix the kit without guessing.
Asset paths never leave the kit folder: absolute paths, "..", backslashes and symlinks
that resolve outside are refused. Nothing in a kit is executed.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path, PurePosixPath
from typing import Any

from PIL import Image

from core.branding import fonts as fontmod
from core.branding.colors import RGBA, is_hex, parse_hex
from core.branding.errors import KitError
from core.branding.fields import FIELDS
from core.branding.formats import FORMAT_IDS
from core.branding.geometry import FULL_BOX, Box, Length, parse_length
from core.branding.kit_ids import ID_PATTERN, KIT_FILE
from core.record import Record, set_field

MAX_KIT_JSON_BYTES = 1_000_000
MAX_ASSET_BYTES = 20_000_000
MAX_ASSET_PIXELS = 8000 * 8000
MAX_TEMPLATES = 100
MAX_LAYERS = 60
MAX_PX = 2000  # px lengths beyond the largest format are mistakes (and cost memory)
_KEY_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
NO_RADIUS = Length(0, "px")  # a rect layer's square corners
NO_PATH = Path()  # an image layer without its picture (never drawn: the parser drops it)


# ---------------------------------------------------------------- model


class Gradient(Record):
    _fields = ("start", "end", "direction")
    __slots__ = _fields
    start: RGBA
    end: RGBA
    direction: str  # "vertical" (top -> bottom) or "horizontal" (left -> right)

    def __init__(self, start: RGBA, end: RGBA, direction: str) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "direction", direction)


class Layer(Record):
    """Common to all layers: where (box), how opaque, and for which formats. A kind of
    layer adds its own fields after these (`_fields`, `__init__`), as a dataclass
    subclass did."""

    _fields: tuple[str, ...] = ("type", "box", "opacity", "formats", "bleed")
    __slots__ = _fields
    type: str
    box: Box
    opacity: float
    formats: frozenset[str] | None  # None: every format of the template
    bleed: bool

    def __init__(self, type: str, box: Box, opacity: float = 1.0,
                 formats: frozenset[str] | None = None, bleed: bool = False) -> None:
        set_field(self, "type", type)
        set_field(self, "box", box)
        set_field(self, "opacity", opacity)
        set_field(self, "formats", formats)
        set_field(self, "bleed", bleed)

    def applies_to(self, format_id: str) -> bool:
        return self.formats is None or format_id in self.formats


class PhotoLayer(Layer):
    __slots__ = ("fit", "background")
    _fields = (*Layer._fields, *__slots__)
    fit: str
    background: RGBA

    def __init__(self, type: str, box: Box, opacity: float = 1.0,
                 formats: frozenset[str] | None = None, bleed: bool = False,
                 fit: str = "cover", background: RGBA = (0, 0, 0, 255)) -> None:
        super().__init__(type, box, opacity, formats, bleed)
        set_field(self, "fit", fit)
        set_field(self, "background", background)


class RectLayer(Layer):
    __slots__ = ("fill", "gradient", "radius")
    _fields = (*Layer._fields, *__slots__)
    fill: RGBA | None
    gradient: Gradient | None
    radius: Length

    def __init__(self, type: str, box: Box, opacity: float = 1.0,
                 formats: frozenset[str] | None = None, bleed: bool = False,
                 fill: RGBA | None = None, gradient: Gradient | None = None,
                 radius: Length = NO_RADIUS) -> None:
        super().__init__(type, box, opacity, formats, bleed)
        set_field(self, "fill", fill)
        set_field(self, "gradient", gradient)
        set_field(self, "radius", radius)


class ImageLayer(Layer):
    __slots__ = ("src", "fit", "align", "valign")
    _fields = (*Layer._fields, *__slots__)
    src: Path
    fit: str
    align: str
    valign: str

    def __init__(self, type: str, box: Box, opacity: float = 1.0,
                 formats: frozenset[str] | None = None, bleed: bool = False,
                 src: Path = NO_PATH, fit: str = "stretch", align: str = "center",
                 valign: str = "middle") -> None:
        super().__init__(type, box, opacity, formats, bleed)
        set_field(self, "src", src)
        set_field(self, "fit", fit)
        set_field(self, "align", align)
        set_field(self, "valign", valign)


class LogoLayer(Layer):
    __slots__ = ("key", "align", "valign")
    _fields = (*Layer._fields, *__slots__)
    key: str
    align: str
    valign: str

    def __init__(self, type: str, box: Box, opacity: float = 1.0,
                 formats: frozenset[str] | None = None, bleed: bool = False,
                 key: str = "", align: str = "center", valign: str = "middle") -> None:
        super().__init__(type, box, opacity, formats, bleed)
        set_field(self, "key", key)
        set_field(self, "align", align)
        set_field(self, "valign", valign)


class TextLayer(Layer):
    __slots__ = ("value", "font", "size_max", "size_min", "color", "align", "valign",
                 "max_lines", "uppercase", "line_height")
    _fields = (*Layer._fields, *__slots__)
    value: str
    font: str
    size_max: int
    size_min: int
    color: RGBA
    align: str
    valign: str
    max_lines: int | None
    uppercase: bool
    line_height: float

    def __init__(self, type: str, box: Box, opacity: float = 1.0,
                 formats: frozenset[str] | None = None, bleed: bool = False,
                 value: str = "", font: str = "", size_max: int = 40, size_min: int = 20,
                 color: RGBA = (255, 255, 255, 255), align: str = "left",
                 valign: str = "top", max_lines: int | None = None, uppercase: bool = False,
                 line_height: float = 1.15) -> None:
        super().__init__(type, box, opacity, formats, bleed)
        set_field(self, "value", value)
        set_field(self, "font", font)
        set_field(self, "size_max", size_max)
        set_field(self, "size_min", size_min)
        set_field(self, "color", color)
        set_field(self, "align", align)
        set_field(self, "valign", valign)
        set_field(self, "max_lines", max_lines)
        set_field(self, "uppercase", uppercase)
        set_field(self, "line_height", line_height)


class Template(Record):
    _fields = ("id", "name", "formats", "layers", "description")
    __slots__ = _fields
    id: str
    name: str
    formats: tuple[str, ...]
    layers: tuple[Layer, ...]
    description: str

    def __init__(self, id: str, name: str, formats: tuple[str, ...],
                 layers: tuple[Layer, ...], description: str = "") -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "formats", formats)
        set_field(self, "layers", layers)
        set_field(self, "description", description)

    @property
    def needs_photo(self) -> bool:
        return any(isinstance(layer, PhotoLayer) for layer in self.layers)


# What the PIC calls a kit's logo; a key Warta does not know is shown as the kit wrote it.
LOGO_NAMES = {"city": "Logo kota", "department": "Logo perangkat daerah"}
# Said of a logo the kit marks as a sample (the Media page recognises the warning by it).
PLACEHOLDER_LOGO_NOTE = "masih logo contoh"


def logo_name(key: str) -> str:
    """'Logo kota' for "city"; "Logo 'x'" for a key Warta does not know."""
    return LOGO_NAMES.get(key, f"Logo {key!r}")


class BrandKit(Record):
    _fields = ("id", "name", "version", "root", "colors", "fonts", "logos", "templates",
               "description", "placeholder_logos", "source", "font_specs")
    __slots__ = _fields
    id: str
    name: str
    version: int
    root: Path
    colors: dict[str, RGBA]
    fonts: dict[str, Path]  # key -> font file (resolved, inside the kit or a font package)
    logos: dict[str, Path]
    templates: tuple[Template, ...]
    description: str
    placeholder_logos: frozenset[str]
    source: str  # "shipped", "user" or "path"
    font_specs: dict[str, str]

    def __init__(self, id: str, name: str, version: int, root: Path,
                 colors: dict[str, RGBA], fonts: dict[str, Path], logos: dict[str, Path],
                 templates: tuple[Template, ...], description: str = "",
                 placeholder_logos: frozenset[str] = frozenset(), source: str = "path",
                 font_specs: dict[str, str] | None = None) -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "version", version)
        set_field(self, "root", root)
        set_field(self, "colors", colors)
        set_field(self, "fonts", fonts)
        set_field(self, "logos", logos)
        set_field(self, "templates", templates)
        set_field(self, "description", description)
        set_field(self, "placeholder_logos", placeholder_logos)
        set_field(self, "source", source)
        set_field(self, "font_specs", {} if font_specs is None else font_specs)

    def template(self, template_id: str) -> Template:
        for template in self.templates:
            if template.id == template_id:
                return template
        ids = ", ".join(t.id for t in self.templates)
        raise KeyError(f"Templat {template_id!r} tidak ada di kit {self.id!r}. Pilihan: {ids}.")

    @property
    def template_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.templates)


# ---------------------------------------------------------------- loading


def load_kit_folder(root: str | Path, *, source: str = "path") -> BrandKit:
    """Read and validate the kit in folder `root`; KitError lists every problem."""
    root = Path(root)
    kit_file = root / KIT_FILE
    label = root.name
    if not root.is_dir():
        raise KitError(f"folder {root} tidak ditemukan", kit=label)
    if not kit_file.is_file():
        raise KitError(f"{KIT_FILE} tidak ada di folder {root}", kit=label)
    if kit_file.stat().st_size > MAX_KIT_JSON_BYTES:
        raise KitError(f"{KIT_FILE} terlalu besar (batas 1 MB)", kit=label)
    data = _read_json(kit_file, label)
    try:
        return _Parser(root, label).kit(data, source)
    except (RecursionError, OverflowError, ValueError, TypeError, MemoryError) as exc:
        # the parser reports problems as text; anything escaping it is a hostile value
        raise KitError(f"{KIT_FILE} berisi nilai yang tidak dapat diproses "
                       f"({type(exc).__name__})", kit=label) from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"nilai {name} tidak diperbolehkan")


_MAX_NUMBER_CHARS = 24  # every real kit value fits; 1e400 or a 5000-digit int do not


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or len(text) > _MAX_NUMBER_CHARS:
        raise ValueError(f"angka {text[:_MAX_NUMBER_CHARS]} terlalu besar")
    return value


def _small_int(text: str) -> int:
    if len(text) > _MAX_NUMBER_CHARS:
        raise ValueError(f"angka {text[:_MAX_NUMBER_CHARS]}... terlalu besar")
    return int(text)


def _read_json(path: Path, label: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise KitError(f"{KIT_FILE} harus berupa teks UTF-8", kit=label) from None
    except OSError as exc:
        raise KitError(f"{KIT_FILE} tidak dapat dibaca: {exc.strerror or exc}", kit=label) from None
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float,
                          parse_int=_small_int)
    except json.JSONDecodeError as exc:
        raise KitError(
            f"{KIT_FILE} baris {exc.lineno} kolom {exc.colno}: JSON tidak sah ({exc.msg})",
            kit=label,
        ) from None
    except ValueError as exc:
        raise KitError(f"{KIT_FILE}: {exc}", kit=label) from None
    except RecursionError:
        raise KitError(f"{KIT_FILE} bersarang terlalu dalam; kit merek tidak pernah "
                       "sedalam itu", kit=label) from None


def placeholder_fields(value: str) -> list[str]:
    """Field names used in a text value; raises ValueError on a stray brace."""
    names = []
    for match in _PLACEHOLDER.finditer(value):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if match.group(1) is None:
            raise ValueError("kurung kurawal tunggal; tulis {{ atau }} untuk menampilkan { }")
        names.append(match.group(1))
    return names


def safe_relative_path(root: Path, rel: str) -> Path:
    """`root/rel` if it is a real file inside `root`; ValueError (Indonesian) otherwise."""
    if not rel or not rel.strip():
        raise ValueError("path kosong")
    if "\\" in rel:
        raise ValueError(f"path {rel!r} memakai '\\'; pakai '/' (path relatif di dalam kit)")
    if rel.startswith("/") or re.match(r"^[A-Za-z]:", rel):
        raise ValueError(f"path {rel!r} absolut; pakai path relatif di dalam folder kit")
    if ".." in PurePosixPath(rel).parts:
        raise ValueError(f"path {rel!r} keluar dari folder kit ('..' tidak diperbolehkan)")
    target = root / rel
    try:
        resolved = target.resolve(strict=True)
    except (OSError, RuntimeError):
        raise ValueError(f"berkas {rel!r} tidak ditemukan di kit") from None
    if not resolved.is_relative_to(root.resolve()):
        raise ValueError(f"berkas {rel!r} menunjuk ke luar folder kit (symlink)")
    if not resolved.is_file():
        raise ValueError(f"{rel!r} bukan berkas")
    return resolved


class _Parser:
    """Walks kit.json, collecting problems instead of stopping at the first."""

    def __init__(self, root: Path, label: str) -> None:
        self.root = root
        self.label = label
        self.problems: list[str] = []
        self.colors: dict[str, RGBA] = {}
        self.font_keys: set[str] = set()
        self.logo_keys: set[str] = set()

    def problem(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}" if path else message)

    # -- generic helpers

    def check_keys(self, obj: dict, path: str, allowed: set[str], required: set[str]) -> None:
        for key in obj:
            if key.startswith("_") or key in allowed:
                continue
            import difflib  # here: only a kit with a mistake needs its hints

            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f" (maksudnya {close[0]!r}?)" if close else ""
            self.problem(path, f"kunci {key!r} tidak dikenal{hint}")
        for key in sorted(required):
            if key not in obj:
                self.problem(path, f"kunci {key!r} wajib ada")

    def string(self, obj: dict, key: str, path: str, default: str | None = None) -> str | None:
        value = obj.get(key, default)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(f"{path}.{key}", f"harus teks, bukan {type(value).__name__}")
            return None
        return value

    def boolean(self, obj: dict, key: str, path: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.problem(f"{path}.{key}", "harus true atau false")
            return default
        return value

    def number(self, obj: dict, key: str, path: str, default: float, lo: float,
               hi: float) -> float:
        value = obj.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(f"{path}.{key}", f"harus angka {lo:g}-{hi:g}")
            return default
        if not lo <= value <= hi:
            self.problem(f"{path}.{key}", f"{value:g} di luar rentang {lo:g}-{hi:g}")
            return default
        return float(value)

    def choice(self, obj: dict, key: str, path: str, options: tuple[str, ...]) -> str:
        value = obj.get(key, options[0])
        if value not in options:
            self.problem(f"{path}.{key}", f"{value!r} tidak dikenal; pilih {', '.join(options)}")
            return options[0]
        return value

    def color(self, value: object, path: str) -> RGBA | None:
        if not isinstance(value, str):
            self.problem(path, "warna harus teks: nama dari \"colors\" atau kode hex #RRGGBB")
            return None
        if value in self.colors:
            return self.colors[value]
        if is_hex(value):
            return parse_hex(value)
        names = ", ".join(sorted(self.colors)) or "(belum ada)"
        self.problem(path, f"warna {value!r} tidak didefinisikan di \"colors\" ({names}) "
                           "dan bukan kode hex")
        return None

    def asset(self, rel: object, path: str, kind: str) -> Path | None:
        if not isinstance(rel, str):
            self.problem(path, "harus berupa path relatif (teks)")
            return None
        try:
            target = safe_relative_path(self.root, rel)
        except ValueError as exc:
            self.problem(path, str(exc))
            return None
        if target.stat().st_size > MAX_ASSET_BYTES:
            self.problem(path, f"{rel!r} terlalu besar (batas 20 MB)")
            return None
        if kind == "png":
            return self._check_png(target, rel, path)
        if kind == "font" and not fontmod.looks_like_font(target):
            self.problem(path, f"{rel!r} bukan berkas font TrueType/OpenType (.ttf/.otf)")
            return None
        return target

    def _check_png(self, target: Path, rel: str, path: str) -> Path | None:
        with open(target, "rb") as fh:
            if fh.read(8) != _PNG_MAGIC:
                self.problem(path, f"{rel!r} bukan berkas PNG")
                return None
        try:
            with Image.open(target) as im:
                w, h = im.size
        except (OSError, Image.DecompressionBombError, ValueError):
            self.problem(path, f"{rel!r} rusak dan tidak dapat dibuka")
            return None
        if w * h > MAX_ASSET_PIXELS:
            self.problem(path, f"{rel!r} terlalu besar ({w}x{h} piksel, batas 8000x8000)")
            return None
        return target

    def box(self, obj: dict, path: str, required: bool) -> Box:
        if "box" not in obj:
            if required:
                self.problem(path, "kunci 'box' wajib ada: [x, y, lebar, tinggi]")
            return FULL_BOX
        value = obj["box"]
        if not isinstance(value, list) or len(value) != 4:
            self.problem(f"{path}.box", "harus daftar 4 nilai [x, y, lebar, tinggi]")
            return FULL_BOX
        lengths = []
        for i, item in enumerate(value):
            try:
                length = parse_length(item)
            except ValueError as exc:
                self.problem(f"{path}.box[{i}]", str(exc))
                return FULL_BOX
            if length.value < 0:
                self.problem(f"{path}.box[{i}]", "tidak boleh negatif")
                return FULL_BOX
            if length.unit == "%" and length.value > 100:
                self.problem(f"{path}.box[{i}]", f"{length} lebih dari 100%")
                return FULL_BOX
            if length.unit == "px" and length.value > MAX_PX:
                self.problem(f"{path}.box[{i}]", f"{length} lebih dari {MAX_PX}px (format "
                                                 "terbesar 1920 px)")
                return FULL_BOX
            lengths.append(length)
        x, y, w, h = lengths
        for a, b, axis in ((x, w, "x + lebar"), (y, h, "y + tinggi")):
            if a.unit == b.unit == "%" and a.value + b.value > 100.0001:
                self.problem(f"{path}.box", f"{axis} = {a.value + b.value:g}% melewati 100%")
        if w.value == 0 or h.value == 0:
            self.problem(f"{path}.box", "lebar dan tinggi harus lebih dari 0")
        return Box(*lengths)

    def format_list(self, value: object, path: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            self.problem(path, f"harus daftar format yang tidak kosong; pilihan: "
                               f"{', '.join(FORMAT_IDS)}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if item not in FORMAT_IDS:
                self.problem(f"{path}[{i}]", f"format {item!r} tidak dikenal; pilihan: "
                                             f"{', '.join(FORMAT_IDS)}")
            elif item in out:
                self.problem(f"{path}[{i}]", f"format {item!r} disebut dua kali")
            else:
                out.append(item)
        return tuple(out)

    # -- sections

    def kit(self, data: object, source: str) -> BrandKit:
        if not isinstance(data, dict):
            raise KitError(f"{KIT_FILE} harus berupa objek JSON {{...}}", kit=self.label)
        self.check_keys(
            data, "",
            {"id", "name", "version", "description", "colors", "fonts", "logos",
             "placeholder_logos", "templates"},
            {"id", "name", "templates"},
        )
        kit_id = self.string(data, "id", "id") or ""
        if kit_id and not ID_PATTERN.match(kit_id):
            self.problem("id", f"{kit_id!r} tidak sah; pakai huruf kecil, angka, '-' atau '_' "
                               "(maks. 40 karakter), mis. \"cimahi\"")
        if kit_id:
            self.label = kit_id
        name = self.string(data, "name", "name") or ""
        version = data.get("version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self.problem("version", "harus bilangan bulat >= 1")
            version = 1
        description = self.string(data, "description", "description", "") or ""
        self.colors = self.parse_colors(data.get("colors", {}))
        fonts, specs = self.parse_fonts(data.get("fonts", {}))
        logos = self.parse_logos(data.get("logos", {}))
        placeholders = self.parse_placeholders(data.get("placeholder_logos", []))
        templates = self.parse_templates(data.get("templates"))
        if self.problems:
            raise KitError(self.problems, kit=self.label)
        return BrandKit(
            id=kit_id, name=name, version=version, root=self.root, colors=self.colors,
            fonts=fonts, logos=logos, templates=templates, description=description,
            placeholder_logos=placeholders, source=source, font_specs=specs,
        )

    def _dict(self, value: object, path: str) -> dict:
        if not isinstance(value, dict):
            self.problem(path, "harus berupa objek {\"nama\": nilai}")
            return {}
        for key in value:
            if not _KEY_PATTERN.match(key):
                self.problem(f"{path}.{key}", "nama tidak sah; pakai huruf, angka, '-' atau '_'")
        return {k: v for k, v in value.items() if _KEY_PATTERN.match(k)}

    def parse_colors(self, value: object) -> dict[str, RGBA]:
        out: dict[str, RGBA] = {}
        for key, hex_value in self._dict(value, "colors").items():
            if isinstance(hex_value, str) and is_hex(hex_value):
                out[key] = parse_hex(hex_value)
            else:
                self.problem(f"colors.{key}", f"{hex_value!r} bukan kode hex (contoh: #0B6E4F)")
        return out

    def parse_fonts(self, value: object) -> tuple[dict[str, Path], dict[str, str]]:
        fonts: dict[str, Path] = {}
        specs: dict[str, str] = {}
        for key, spec in self._dict(value, "fonts").items():
            self.font_keys.add(key)
            if isinstance(spec, str) and fontmod.is_fontpkg(spec):
                try:
                    fonts[key] = fontmod.fontpkg_path(spec)
                    specs[key] = spec
                except ValueError as exc:
                    self.problem(f"fonts.{key}", str(exc))
                continue
            target = self.asset(spec, f"fonts.{key}", "font")
            if target is not None:
                fonts[key] = target
                specs[key] = str(spec)
        return fonts, specs

    def parse_logos(self, value: object) -> dict[str, Path]:
        logos: dict[str, Path] = {}
        for key, rel in self._dict(value, "logos").items():
            self.logo_keys.add(key)
            target = self.asset(rel, f"logos.{key}", "png")
            if target is not None:
                logos[key] = target
        return logos

    def parse_placeholders(self, value: object) -> frozenset[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem("placeholder_logos", "harus daftar nama logo")
            return frozenset()
        for i, key in enumerate(value):
            if key not in self.logo_keys:
                self.problem(f"placeholder_logos[{i}]", f"logo {key!r} tidak ada di \"logos\"")
        return frozenset(value)

    def parse_templates(self, value: object) -> tuple[Template, ...]:
        if not isinstance(value, list) or not value:
            self.problem("templates", "harus daftar templat yang tidak kosong")
            return ()
        if len(value) > MAX_TEMPLATES:
            self.problem("templates", f"terlalu banyak templat (batas {MAX_TEMPLATES})")
            return ()
        out: list[Template] = []
        seen: set[str] = set()
        for i, item in enumerate(value):
            template = self.parse_template(item, f"templates[{i}]")
            if template is None:
                continue
            if template.id in seen:
                self.problem(f"templates[{i}].id", f"id {template.id!r} dipakai dua kali")
            seen.add(template.id)
            out.append(template)
        return tuple(out)

    def parse_template(self, item: object, path: str) -> Template | None:
        if not isinstance(item, dict):
            self.problem(path, "harus berupa objek {...}")
            return None
        self.check_keys(item, path, {"id", "name", "description", "formats", "layers"},
                        {"id", "name", "formats", "layers"})
        tid = self.string(item, "id", path) or ""
        if tid and not ID_PATTERN.match(tid):
            self.problem(f"{path}.id", f"{tid!r} tidak sah; pakai huruf kecil, angka, '-' atau '_'")
        name = self.string(item, "name", path) or tid
        description = self.string(item, "description", path, "") or ""
        formats = self.format_list(item.get("formats"), f"{path}.formats") if "formats" in item \
            else ()
        layers_value = item.get("layers")
        layers: list[Layer] = []
        if not isinstance(layers_value, list) or not layers_value:
            if "layers" in item:
                self.problem(f"{path}.layers", "harus daftar lapisan yang tidak kosong")
        elif len(layers_value) > MAX_LAYERS:
            self.problem(f"{path}.layers", f"terlalu banyak lapisan (batas {MAX_LAYERS})")
        else:
            for j, layer in enumerate(layers_value):
                parsed = self.parse_layer(layer, f"{path}.layers[{j}]", formats)
                if parsed is not None:
                    layers.append(parsed)
        return Template(tid, name, formats, tuple(layers), description)

    def parse_layer(self, item: object, path: str, template_formats: tuple[str, ...]
                    ) -> Layer | None:
        if not isinstance(item, dict):
            self.problem(path, "harus berupa objek {...}")
            return None
        kind = item.get("type")
        parser = {
            "photo": self.photo_layer, "rect": self.rect_layer, "image": self.image_layer,
            "logo": self.logo_layer, "text": self.text_layer,
        }.get(kind)  # type: ignore[arg-type]
        if parser is None:
            self.problem(path, f"jenis lapisan {kind!r} tidak dikenal; pilih photo, rect, "
                               "image, logo, atau text")
            return None
        common: dict[str, Any] = {"type": kind}
        common["opacity"] = self.number(item, "opacity", path, 1.0, 0.0, 1.0)
        if "formats" in item:
            formats = self.format_list(item["formats"], f"{path}.formats")
            for f in formats:
                if template_formats and f not in template_formats:
                    self.problem(f"{path}.formats", f"format {f!r} tidak ada di formats "
                                                    "template")
            common["formats"] = frozenset(formats)
        return parser(item, path, common)

    def photo_layer(self, item: dict, path: str, common: dict) -> Layer:
        self.check_keys(item, path, {"type", "box", "opacity", "formats", "bleed", "fit",
                                     "background"}, set())
        background = self.color(item.get("background", "#000000"), f"{path}.background")
        return PhotoLayer(
            box=self.box(item, path, required=False),
            bleed=self.boolean(item, "bleed", path, True),
            fit=self.choice(item, "fit", path, ("cover", "contain")),
            background=background or (0, 0, 0, 255),
            **common,
        )

    def rect_layer(self, item: dict, path: str, common: dict) -> Layer:
        self.check_keys(item, path, {"type", "box", "opacity", "formats", "bleed", "fill",
                                     "gradient", "radius"}, set())
        fill = gradient = None
        if ("fill" in item) == ("gradient" in item):
            self.problem(path, "isi salah satu: 'fill' (warna) atau 'gradient'")
        elif "fill" in item:
            fill = self.color(item["fill"], f"{path}.fill")
        else:
            gradient = self.gradient(item["gradient"], f"{path}.gradient")
        radius = Length(0, "px")
        if "radius" in item:
            try:
                radius = parse_length(item["radius"])
                if not 0 <= radius.value <= (100 if radius.unit == "%" else MAX_PX):
                    raise ValueError(f"{radius} di luar rentang 0-{MAX_PX}px atau 0-100%")
            except ValueError as exc:
                self.problem(f"{path}.radius", str(exc))
                radius = Length(0, "px")
        return RectLayer(
            box=self.box(item, path, required=False),
            bleed=self.boolean(item, "bleed", path, True),
            fill=fill, gradient=gradient, radius=radius, **common,
        )

    def gradient(self, value: object, path: str) -> Gradient | None:
        if not isinstance(value, dict):
            self.problem(path, "harus objek {\"from\": warna, \"to\": warna, "
                               "\"direction\": \"vertical\"}")
            return None
        self.check_keys(value, path, {"from", "to", "direction", "from_opacity", "to_opacity"},
                        {"from", "to"})
        start = self.color(value.get("from", "#000000"), f"{path}.from")
        end = self.color(value.get("to", "#000000"), f"{path}.to")
        direction = self.choice(value, "direction", path, ("vertical", "horizontal"))
        a0 = self.number(value, "from_opacity", path, 1.0, 0.0, 1.0)
        a1 = self.number(value, "to_opacity", path, 1.0, 0.0, 1.0)
        if start is None or end is None:
            return None
        start = (*start[:3], round(start[3] * a0))
        end = (*end[:3], round(end[3] * a1))
        return Gradient(start, end, direction)

    def image_layer(self, item: dict, path: str, common: dict) -> Layer | None:
        self.check_keys(item, path, {"type", "box", "opacity", "formats", "bleed", "src", "fit",
                                     "align", "valign"}, {"src"})
        src = self.asset(item.get("src"), f"{path}.src", "png") if "src" in item else None
        layer = ImageLayer(
            box=self.box(item, path, required=False),
            bleed=self.boolean(item, "bleed", path, True),
            src=src or Path(),
            fit=self.choice(item, "fit", path, ("stretch", "contain", "cover")),
            align=self.choice(item, "align", path, ("center", "left", "right")),
            valign=self.choice(item, "valign", path, ("middle", "top", "bottom")),
            **common,
        )
        return layer if src is not None else None

    def logo_layer(self, item: dict, path: str, common: dict) -> Layer:
        self.check_keys(item, path, {"type", "box", "opacity", "formats", "key", "align",
                                     "valign"}, {"key"})
        key = self.string(item, "key", path) or ""
        if "key" in item and key not in self.logo_keys:
            names = ", ".join(sorted(self.logo_keys)) or "(belum ada)"
            self.problem(path, f"logo {key!r} belum didefinisikan di \"logos\" (yang ada: {names})")
        return LogoLayer(
            box=self.box(item, path, required=True), key=key,
            align=self.choice(item, "align", path, ("center", "left", "right")),
            valign=self.choice(item, "valign", path, ("middle", "top", "bottom")),
            **common,
        )

    def text_layer(self, item: dict, path: str, common: dict) -> Layer:
        self.check_keys(item, path, {"type", "box", "opacity", "formats", "value", "font", "size",
                                     "color", "align", "valign", "max_lines", "uppercase",
                                     "line_height"}, {"value", "font", "size"})
        value = self.string(item, "value", path) or ""
        try:
            for name in placeholder_fields(value):
                if name not in FIELDS:
                    fields = ", ".join("{" + f + "}" for f in FIELDS)
                    self.problem(f"{path}.value", f"kolom {{{name}}} tidak dikenal; pakai {fields}")
        except ValueError as exc:
            self.problem(f"{path}.value", str(exc))
        font = self.string(item, "font", path) or ""
        if "font" in item and font not in self.font_keys:
            names = ", ".join(sorted(self.font_keys)) or "(belum ada)"
            self.problem(path, f"font {font!r} belum didefinisikan di \"fonts\" "
                               f"(yang ada: {names})")
        size_max, size_min = self.size_range(item.get("size"), f"{path}.size")
        max_lines = item.get("max_lines")
        if max_lines is not None and (isinstance(max_lines, bool) or not isinstance(max_lines, int)
                                      or not 1 <= max_lines <= 20):
            self.problem(f"{path}.max_lines", "harus bilangan bulat 1-20")
            max_lines = None
        default_color = "text" if "text" in self.colors else "#FFFFFF"
        color = self.color(item.get("color", default_color), f"{path}.color")
        return TextLayer(
            box=self.box(item, path, required=True), value=value, font=font,
            size_max=size_max, size_min=size_min, color=color or (255, 255, 255, 255),
            align=self.choice(item, "align", path, ("left", "center", "right")),
            valign=self.choice(item, "valign", path, ("top", "middle", "bottom")),
            max_lines=max_lines,
            uppercase=self.boolean(item, "uppercase", path, False),
            line_height=self.number(item, "line_height", path, 1.15, 0.8, 3.0),
            **common,
        )

    def size_range(self, value: object, path: str) -> tuple[int, int]:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = [value, value]
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                           for v in value)):
            self.problem(path, "harus [maks, min] dalam px, mis. [64, 34], atau satu angka")
            return (40, 20)
        hi, lo = (int(round(v)) for v in value)
        if not (4 <= lo <= hi <= 600):
            self.problem(path, f"[{hi}, {lo}] harus [maks, min] dengan 4 <= min <= maks <= 600")
            return (40, 20)
        return (hi, lo)
