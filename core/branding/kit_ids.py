"""A kit's file name and id rule, below the kit loader and the kit folders (both use them;
the kit list reads them without importing the loader)."""

from __future__ import annotations

import re

KIT_FILE = "kit.json"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
