"""Caption templates per post category: shipped as data, editable by the user.

Shipped templates live in `resources/caption_templates/*.json` (one file per category,
see the README there); the user's edited or added templates in
`data_dir()/caption_templates/*.json`, same format, and win over a shipped template
with the same id. A broken user file never hides the shipped templates: it is skipped
and reported in `TemplateLibrary.problems` with an Indonesian message.

`fill_template(template, post, profile, accounts)` fills the placeholders it knows from
the post and profile (see PLACEHOLDERS) and leaves every other one visible as
"[isi nama isian]", so the PIC sees what is left to write; `find_placeholders(text)`
finds those fields again (the checks report leftovers). A value that starts with the
words just before its placeholder is not repeated ("Rapat Koordinasi {kegiatan}" with
"Rapat koordinasi PIC" gives "Rapat Koordinasi PIC", not "Rapat Koordinasi Rapat
koordinasi PIC").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core import paths, safe_write
from core.captions.hashtags import format_hashtags, parse_hashtags
from core.indonesian import day_name, format_date, format_date_long, format_date_short, join_names
from core.model import Account, Category, Post, Profile

PLACEHOLDER_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")
BLANK_PREFIX = "isi"
# A field left to fill, as fill_template writes it: "[isi nama kegiatan]".
BLANK_RE = re.compile(r"\[" + BLANK_PREFIX + r" ([^\[\]\n]+)\]")

# Placeholders filled automatically, with the Indonesian description the editor shows.
PLACEHOLDERS: dict[str, str] = {
    "judul": "judul konten",
    "kegiatan": "nama kegiatan (atau judul bila kosong)",
    "hari_tanggal": "hari dan tanggal kegiatan, mis. Rabu, 12 November 2025",
    "hari_tanggal_pendek": "hari dan tanggal singkat, mis. Rabu (12/11/2025)",
    "tanggal": "tanggal kegiatan, mis. 12 November 2025",
    "hari": "hari kegiatan, mis. Rabu",
    "tahun": "tahun kegiatan",
    "lokasi": "lokasi kegiatan",
    "pihak": "kolaborator yang dipilih, mis. Diskominfo, Dinkes, dan Disdik",
    "dinas": "nama perangkat daerah dari Profil",
    "dinas_singkat": "singkatan perangkat daerah dari Profil",
    "kota": "nama kota dari Profil",
    "tagar": "tagar konten",
}


@dataclass(frozen=True)
class CaptionTemplate:
    id: str
    category: str  # a core.model.Category value
    name: str
    body: str
    user: bool = False  # True when it comes from the user's folder

    @property
    def placeholders(self) -> list[str]:
        """Placeholder names in order of first use."""
        return list(dict.fromkeys(PLACEHOLDER_RE.findall(self.body)))


@dataclass
class TemplateLibrary:
    """All templates (user copies over shipped ones) and the problems met loading them."""

    templates: list[CaptionTemplate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def for_category(self, category: str) -> list[CaptionTemplate]:
        return [t for t in self.templates if t.category == str(category)]

    def get(self, template_id: str) -> CaptionTemplate | None:
        return next((t for t in self.templates if t.id == template_id), None)


def shipped_dir() -> Path:
    return paths.resources_dir() / "caption_templates"


def user_dir() -> Path:
    """Where the user's copies live (created only when one is saved)."""
    return paths.data_dir() / "caption_templates"


def category_file_name(category: str) -> str:
    """'Capaian Kinerja' -> 'capaian_kinerja.json'."""
    return re.sub(r"[^a-z0-9]+", "_", str(category).lower()).strip("_") + ".json"


def _read_file(path: Path, user: bool) -> list[CaptionTemplate]:
    """Templates of one file; raises ValueError with an Indonesian reason."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"bukan JSON yang sah (baris {exc.lineno}: {exc.msg})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"tidak dapat dibaca ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("templates"), list):
        raise ValueError('harus berisi {"category": ..., "templates": [...]}')
    category = data.get("category", "")
    if category not in {c.value for c in Category}:
        raise ValueError(f"kategori {category!r} tidak dikenal")
    out: list[CaptionTemplate] = []
    for i, item in enumerate(data["templates"], 1):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) and item.get(k).strip() for k in ("id", "name", "body")
        ):
            raise ValueError(f"templat ke-{i} harus punya id, name dan body berupa teks")
        out.append(CaptionTemplate(item["id"], category, item["name"], item["body"], user))
    return out


def load_templates() -> TemplateLibrary:
    """Shipped templates, then the user's: same id replaces, new ids are added."""
    library = TemplateLibrary()
    merged: dict[str, CaptionTemplate] = {}
    sources = [(shipped_dir(), False)]
    if user_dir().is_dir():
        sources.append((user_dir(), True))
    for folder, user in sources:
        for path in sorted(folder.glob("*.json")):
            try:
                templates = _read_file(path, user)
            except ValueError as exc:
                where = f"caption_templates/{path.name}"
                library.problems.append(
                    f"Templat {where} dilewati: {exc}. Perbaiki berkas itu atau hapus agar "
                    "templat bawaan dipakai."
                )
                continue
            for t in templates:
                merged[t.id] = t
    order = {c.value: i for i, c in enumerate(Category)}
    library.templates = sorted(merged.values(), key=lambda t: order.get(t.category, 99))
    return library


def save_user_template(template: CaptionTemplate) -> Path:
    """Write the template to the user's file of its category (atomic); returns the path."""
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / category_file_name(template.category)
    existing: list[CaptionTemplate] = []
    if target.exists():
        try:
            existing = _read_file(target, True)
        except ValueError as exc:
            raise ValueError(
                f"{target} rusak ({exc}); perbaiki atau pindahkan berkas itu sebelum menyimpan."
            ) from exc
    items = [t for t in existing if t.id != template.id] + [template]
    payload = {
        "category": template.category,
        "templates": [{"id": t.id, "name": t.name, "body": t.body} for t in items],
    }
    safe_write.write_text(target, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return target


def remove_user_template(template_id: str) -> bool:
    """Drop the user's copy so the shipped template (if any) is used again."""
    folder = user_dir()
    if not folder.is_dir():
        return False
    for path in sorted(folder.glob("*.json")):
        try:
            templates = _read_file(path, True)
        except ValueError:
            continue
        if any(t.id == template_id for t in templates):
            rest = [t for t in templates if t.id != template_id]
            payload = {
                "category": templates[0].category,
                "templates": [{"id": t.id, "name": t.name, "body": t.body} for t in rest],
            }
            safe_write.write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
            return True
    return False


def template_values(
    post: Post, profile: Profile, accounts: Iterable[Account] = ()
) -> dict[str, str]:
    """The automatic placeholder values of a post ('' when the post has no such data)."""
    date = post.activity_date
    by_id = {a.id: a for a in accounts}
    names = [by_id[i].name for i in post.collaborators if i in by_id and by_id[i].name]
    return {
        "judul": post.title.strip(),
        "kegiatan": (post.activity or post.title).strip(),
        "hari_tanggal": format_date_long(date) if date else "",
        "hari_tanggal_pendek": format_date_short(date) if date else "",
        "tanggal": format_date(date) if date else "",
        "hari": day_name(date) if date else "",
        "tahun": str(date.year) if date else "",
        "lokasi": post.location.strip(),
        "pihak": join_names(names),
        "dinas": profile.dept_name.strip(),
        "dinas_singkat": profile.dept_short.strip(),
        "kota": profile.city.strip(),
        "tagar": format_hashtags(parse_hashtags(post.hashtags)),
    }


def blank(name: str) -> str:
    """How an unfilled placeholder shows in the caption: '[isi nama kegiatan]'."""
    return f"[{BLANK_PREFIX} {name.replace('_', ' ')}]"


@dataclass(frozen=True)
class Blank:
    """A field still to fill in a caption: where it is and what it asks for."""

    start: int
    end: int
    name: str  # "nama kegiatan"

    @property
    def text(self) -> str:
        return f"[{BLANK_PREFIX} {self.name}]"


def find_placeholders(text: str) -> list[Blank]:
    """The "[isi ...]" fields a template left in `text`, in order (Python str indices)."""
    return [Blank(m.start(), m.end(), m.group(1).strip()) for m in BLANK_RE.finditer(text)]


def _without_overlap(before: str, value: str) -> tuple[str, str]:
    """Drop the words `value` starts with that `before` (its line) already ends with."""
    line = before.rsplit("\n", 1)[-1]
    if not value or not line[-1:].isspace():
        return before, value
    prev = line.split()
    words = value.split()
    for k in range(min(len(prev), len(words)), 0, -1):
        if [w.casefold() for w in prev[-k:]] == [w.casefold() for w in words[:k]]:
            rest = value.strip()
            for _ in range(k):  # cut the first k words, keep the rest as written
                rest = rest.split(None, 1)[1] if len(rest.split(None, 1)) > 1 else ""
            return (before if rest else before.rstrip(" \t")), rest
    return before, value


def fill_template(
    template: CaptionTemplate | str,
    post: Post,
    profile: Profile,
    accounts: Iterable[Account] = (),
) -> str:
    """The template body with known placeholders filled and the rest shown as '[isi ...]'."""
    body = template.body if isinstance(template, CaptionTemplate) else template
    values = template_values(post, profile, accounts)
    text = ""
    last = 0
    for m in PLACEHOLDER_RE.finditer(body):
        text += body[last:m.start()]
        value = values.get(m.group(1))
        if value:
            text, value = _without_overlap(text, value)
            text += value
        else:
            text += blank(m.group(1))
        last = m.end()
    text += body[last:]
    city = values["kota"]
    if city:  # a department name that already says "Kota Cimahi" must not say it twice
        text = text.replace(f"Kota {city} Kota {city}", f"Kota {city}")
    return text
