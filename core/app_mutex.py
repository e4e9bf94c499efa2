"""The named mutex the installer waits for (Inno Setup's AppMutex in installer/warta.iss).

While Warta runs it holds this mutex, so an upgrade or uninstall asks the user to close
Warta instead of half-deleting the _internal folder under a running program. Created
in the session namespace and in Global\\ (another user's session on the same PC).
Windows only; elsewhere nothing happens.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # not typing's: importing typing costs every start ~10 ms
if TYPE_CHECKING:
    from typing import Any

# installer/warta.iss: AppMutex=Warta-37CFC5FA-...,Global\Warta-37CFC5FA-... (same AppId)
MUTEX_NAME = "Warta-37CFC5FA-FD11-4F3A-AD06-4179E655548A"
NAMES = (MUTEX_NAME, f"Global\\{MUTEX_NAME}")

_held: list[Any] = []  # handles stay open for the life of the process


def hold_app_mutex(kernel32: Any = None) -> list[Any]:
    """Create (or open) the mutexes and keep their handles; returns the handles."""
    if kernel32 is None:
        if os.name != "nt":
            return []
        import ctypes  # pragma: no cover - Windows only

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.CreateMutexW.restype = ctypes.c_void_p  # a HANDLE, not an int
        kernel32.CreateMutexW.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_wchar_p]
    if _held:
        return list(_held)
    for name in NAMES:
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:  # Global\ may be refused by policy: the session one is enough
            _held.append(handle)
    return list(_held)


def release_for_tests() -> None:
    _held.clear()
