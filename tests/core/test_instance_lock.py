"""One Warta per data folder; a killed Warta never leaves a stale lock behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core import paths
from core.instance_lock import AlreadyRunning, InstanceLock

ROOT = Path(__file__).resolve().parents[2]

_HOLDER = """
import sys, time
from core.instance_lock import InstanceLock
lock = InstanceLock()
lock.acquire()
print("terkunci", flush=True)
time.sleep(60)
"""

_TRY = """
import sys
from core.instance_lock import AlreadyRunning, InstanceLock
try:
    InstanceLock().acquire()
except AlreadyRunning as exc:
    print(exc)
    sys.exit(3)
print("dapat")
"""


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


@pytest.fixture
def holder():
    """A separate Warta-like process holding the lock on this test's data folder."""
    proc = subprocess.Popen(_python(_HOLDER), cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "terkunci", proc.stderr.read()
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()


def test_second_process_is_refused_while_the_first_holds_it(holder) -> None:
    lock = InstanceLock()
    with pytest.raises(AlreadyRunning) as info:
        lock.acquire()
    message = str(info.value)
    assert "sudah terbuka" in message and "tutup" in message
    assert (paths.data_dir() / "warta.lock").read_text() == str(holder.pid)  # not truncated

    other = subprocess.run(_python(_TRY), cwd=ROOT, env=_env(), capture_output=True,
                           text=True, timeout=30)
    assert other.returncode == 3, other.stderr
    assert "sudah terbuka" in other.stdout


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_lock_is_free_after_the_holder_is_killed(holder) -> None:
    with pytest.raises(AlreadyRunning):
        InstanceLock().acquire()
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert holder.returncode == -signal.SIGKILL

    lock = InstanceLock()
    lock.acquire()  # no stale lock
    try:
        assert (paths.data_dir() / "warta.lock").read_text() == str(os.getpid())
    finally:
        lock.release()


def test_release_lets_another_process_in() -> None:
    with InstanceLock():
        blocked = subprocess.run(_python(_TRY), cwd=ROOT, env=_env(), capture_output=True,
                                 text=True, timeout=30)
        assert blocked.returncode == 3
    free = subprocess.run(_python(_TRY), cwd=ROOT, env=_env(), capture_output=True,
                          text=True, timeout=30)
    assert free.returncode == 0 and free.stdout.strip() == "dapat"


def test_locks_on_different_data_folders_are_independent(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "a.lock")
    second = InstanceLock(tmp_path / "b.lock")
    with first, second, pytest.raises(AlreadyRunning):
        InstanceLock(tmp_path / "a.lock").acquire()


def test_release_twice_is_harmless() -> None:
    lock = InstanceLock()
    lock.acquire()
    lock.release()
    lock.release()
    with InstanceLock():
        pass
