"""Parsed YAML remembered by content hash, so start-up skips PyYAML's slow object construction.

The cache maps each file's whole text to its parsed data; it is validated by construction (a
changed file is another key) and everything is still checked by the loader afterwards. It lives in
CAREER_BOT_CACHE_DIR (default: $XDG_CACHE_HOME/career-advisor or ~/.cache/career-advisor);
CAREER_BOT_CACHE_DIR=off disables it. Any problem with the cache just means parsing again.
"""
from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import Any, Callable

ENV_VAR = "CAREER_BOT_CACHE_DIR"
FORMAT = 2  # bump when the cached structure changes


def cache_file(name: str) -> Path | None:
    setting = os.environ.get(ENV_VAR)
    if setting and setting.lower() in ("off", "0", "no", "false"):
        return None
    base = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "career-advisor"
    return base / f"{name}-{FORMAT}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"


class ParsedYaml:
    """Parse with ``parse`` unless this exact text was parsed before; ``save`` writes what is new."""

    def __init__(self, parse: Callable[[str], Any], name: str) -> None:
        self.parse = parse
        self.path = cache_file(name)
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.dirty = False
        if self.path is not None:
            try:
                with open(self.path, "rb") as handle:
                    loaded = marshal.load(handle)
                if isinstance(loaded, dict):
                    self.entries = loaded
            except (OSError, EOFError, ValueError, TypeError):
                self.entries = {}

    def __call__(self, text: str) -> Any:
        key = text  # the text itself is the key: exact, and cheaper than importing hashlib
        self.used.add(key)
        if key in self.entries:
            return self.entries[key]
        data = self.parse(text)
        try:
            marshal.dumps(data)  # only plain data can be cached (a YAML date, say, cannot)
        except ValueError:
            return data
        self.entries[key] = data
        self.dirty = True
        return data

    def save(self) -> None:
        """Keep what this run used (old versions of edited files drop out), written atomically."""
        if self.path is None or not self.dirty:
            return
        keep = {k: v for k, v in self.entries.items() if k in self.used}
        import tempfile
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".yaml-cache-")
            with os.fdopen(fd, "wb") as handle:
                marshal.dump(keep, handle)
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            pass  # a read-only home is fine: parse again next time
