"""The installer's AppMutex and the mutex a running Warta holds must be the same name,
or an upgrade deletes _internal under a running program."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from core import app_mutex
from core.paths import display_path

ROOT = Path(__file__).resolve().parents[2]


class FakeKernel32:
    def __init__(self) -> None:
        self.created: list[tuple[object, bool, str]] = []

    def CreateMutexW(self, attributes, initial_owner, name):  # noqa: N802 - Win32 name
        self.created.append((attributes, initial_owner, name))
        return len(self.created)


@pytest.fixture(autouse=True)
def fresh():
    app_mutex.release_for_tests()
    yield
    app_mutex.release_for_tests()


def test_running_warta_holds_the_mutexes_the_installer_waits_for():
    iss = (ROOT / "installer" / "warta.iss").read_text(encoding="utf-8")
    names = re.search(r"^AppMutex=(.+)$", iss, flags=re.MULTILINE).group(1).split(",")
    kernel = FakeKernel32()
    handles = app_mutex.hold_app_mutex(kernel)
    assert [name for _, _, name in kernel.created] == names
    assert all(owner is False for _, owner, _ in kernel.created)  # not owned: no deadlock
    assert handles == [1, 2]
    assert app_mutex.hold_app_mutex(kernel) == [1, 2] and len(kernel.created) == 2


def test_a_refused_global_mutex_is_not_fatal():
    class NoGlobal(FakeKernel32):
        def CreateMutexW(self, attributes, initial_owner, name):  # noqa: N802
            return 0 if name.startswith("Global\\") else 7

    assert app_mutex.hold_app_mutex(NoGlobal()) == [7]


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows only")
def test_nothing_happens_off_windows():
    assert app_mutex.hold_app_mutex() == []


def test_paths_are_shown_with_backslashes_on_windows():
    assert display_path("C:/Users/pic/Documents/Warta", windows=True) == (
        "C:\\Users\\pic\\Documents\\Warta")
    assert display_path(Path("/home/pic/Warta"), windows=False) == "/home/pic/Warta"
