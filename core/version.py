"""The one source of truth for Warta's version (read by the app, the CLI and the installer)."""

__version__ = "0.1.0"
APP_NAME = "Warta"
APP_ID = "Warta"
