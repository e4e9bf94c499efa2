"""The two errors the branding core raises; `str()` is always a message for the user."""

from __future__ import annotations


class KitError(Exception):
    """A brand kit is invalid or cannot be read. `problems` lists every problem found,
    each prefixed with its JSON path (e.g. "templates[2].layers[4]: ...")."""

    def __init__(self, problems: str | list[str], *, kit: str = "") -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.kit = kit
        head = f"Kit merek {kit!r} tidak valid" if kit else "Kit merek tidak valid"
        if len(self.problems) == 1:
            text = f"{head}: {self.problems[0]}"
        else:
            text = f"{head} ({len(self.problems)} masalah):\n" + "\n".join(
                f"- {p}" for p in self.problems
            )
        super().__init__(text)


class KitExistsError(KitError):
    """Importing a kit whose id is already installed; the caller may ask and retry with
    replace=True."""

    def __init__(self, kit_id: str) -> None:
        self.kit_id = kit_id
        Exception.__init__(
            self,
            f"Kit merek dengan id {kit_id!r} sudah ada. Pilih 'Ganti' untuk menimpanya, "
            "atau ubah \"id\" di kit.json.",
        )
        self.problems = [str(self)]
        self.kit = kit_id


class RenderError(Exception):
    """A photo could not be read or an output could not be written; never a traceback."""


class LogoError(Exception):
    """A replacement logo cannot be used (not an image, too big, unreadable)."""


def image_error_message(name: str, exc: BaseException, what: str = "Berkas foto") -> str:
    """The one mapping from whatever Pillow's decoders raise (OSError, ValueError,
    SyntaxError, struct.error, MemoryError, ...) to a sentence for the user. `what`
    names the file's role ("Berkas foto", "Logo")."""
    from PIL import Image, UnidentifiedImageError

    text = str(exc)
    if isinstance(exc, FileNotFoundError):
        return f"{what} tidak ditemukan: {name}"
    if isinstance(exc, PermissionError):
        return f"{what} {name} tidak boleh dibaca (izin akses ditolak)."
    if isinstance(exc, Image.DecompressionBombError):
        return (f"Gambar terlalu besar: {name}. Berkas ini mungkin rusak atau sengaja dibuat "
                "berbahaya; perkecil dulu gambarnya.")
    if isinstance(exc, UnidentifiedImageError):
        return (f"{name} bukan berkas gambar yang dikenali (JPEG, PNG, HEIC, WebP, GIF, "
                "TIFF).")
    if isinstance(exc, MemoryError) or (isinstance(exc, ValueError) and (
            "too large" in text.lower() or "MAX_TEXT" in text)):
        return (f"{name} berisi data tambahan (teks atau profil warna) yang terlalu besar. "
                "Berkas ini mungkin rusak atau sengaja dibuat berbahaya; simpan ulang "
                "gambarnya dengan program lain, lalu coba lagi.")
    return (f"{what} rusak atau terpotong: {name}. Salin ulang dari kamera atau sumber "
            f"aslinya. ({type(exc).__name__})")
