"""The shared start-up cache plumbing: keyed marshal files and code fingerprints."""

from __future__ import annotations

import gc
import hashlib
import subprocess
import sys
from pathlib import Path

from core import disk_cache

ROOT = Path(__file__).resolve().parents[2]


def test_a_value_reads_back_only_for_its_key_and_damage_reads_as_none(tmp_path):
    path = tmp_path / "sub" / "nilai.marshal"
    assert disk_cache.write_marshal(path, "kunci", {"a": frozenset({"b"})})
    assert disk_cache.read_marshal(path, "kunci") == ({"a": frozenset({"b"})},)
    assert disk_cache.read_marshal(path, "kunci lain") is None
    path.write_bytes(path.read_bytes()[:5])
    assert disk_cache.read_marshal(path, "kunci") is None
    assert disk_cache.read_marshal(tmp_path / "tidak-ada", "kunci") is None


def test_reading_leaves_the_collector_as_it_was(tmp_path):
    path = tmp_path / "x.marshal"
    disk_cache.write_marshal(path, "k", [1, 2])
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        disk_cache.read_marshal(path, "k")
        assert gc.isenabled() is enabled
    gc.enable()


def test_an_unwritable_folder_is_not_an_error(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    assert disk_cache.write_marshal(blocker / "x.marshal", "k", 1) is False


def _with_nested_code(words):
    return sorted({w.lower() for w in words}, key=lambda w: (len(w), w))


def test_code_fingerprint_is_the_same_in_every_process():
    """A nested function's repr holds a memory address; the fingerprint must not."""
    digest = hashlib.sha256()
    disk_cache.add_code(digest, _with_nested_code.__code__)
    script = ("import hashlib, sys; sys.path[:0] = ['.', 'tests/core']; "
              "from core import disk_cache; import test_disk_cache as t; "
              "d = hashlib.sha256(); disk_cache.add_code(d, t._with_nested_code.__code__); "
              "print(d.hexdigest())")
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout.strip()
    assert other == digest.hexdigest()


def test_the_key_digest_is_blake2b_without_hashlib():
    digest = disk_cache.new_digest(b"kamus")
    digest.update(b" ejaan")
    assert digest.hexdigest() == hashlib.blake2b(b"kamus ejaan", digest_size=32).hexdigest()


def test_the_lazy_logger_records_through_logging(caplog):
    import logging

    log = disk_cache.LazyLogger("core.checks.uji")
    with caplog.at_level(logging.DEBUG, logger="core.checks.uji"):
        log.warning("kamus %s", "rusak")
    assert [(r.name, r.getMessage()) for r in caplog.records] == [("core.checks.uji",
                                                                   "kamus rusak")]
