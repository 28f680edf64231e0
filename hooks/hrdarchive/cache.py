"""Parsed statements kept between builds, keyed by what they were parsed from.

Contract: `ParseCache.get` gives back a fresh copy of the `Statement` stored for the same raw
bytes, correction bytes and parser (the package's own code and word lists), or None. The
cache lives in memory for the life of the process (`mkdocs serve` rebuilds) and, when given a
folder, on disk between processes. A cache file that cannot be read is ignored: the statements
are parsed again. Only the entries a build used are written back, so the file never grows
beyond the folder it describes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

from .model import Statement

_FILE_NAME = "parsed-statements.pickle"
_memory: dict[str, bytes] = {}
# The keys each cache file held when this process last read or wrote it: a rebuild under
# `mkdocs serve` whose statements are all in memory neither reads nor writes the file.
_disk_keys: dict[Path, frozenset[str]] = {}


@cache
def parser_version() -> str:
    """A digest of the package's code and data: a changed rule makes every entry stale."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yml", ".j2") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


class ParseCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = folder / _FILE_NAME if folder else None
        self.used: dict[str, bytes] = {}
        self._disk: dict[str, bytes] | None = None  # read on the first miss in memory
        self._dirty = False

    @staticmethod
    def key(source: str, data: bytes, correction: bytes) -> str:
        digest = hashlib.sha256(parser_version().encode())
        for part in (source.encode("utf-8"), data, correction):
            digest.update(len(part).to_bytes(8, "big") + part)
        return digest.hexdigest()

    def get(self, key: str) -> Statement | None:
        stored = _memory.get(key) or self._read_disk().get(key)
        if stored is None:
            return None
        self.used[key] = stored
        return pickle.loads(stored)

    def put(self, key: str, statement: Statement) -> None:
        stored = pickle.dumps(statement, protocol=pickle.HIGHEST_PROTOCOL)
        self.used[key] = stored  # kept in memory by save(), with the others used
        self._dirty = True

    def save(self) -> None:
        """Keep in memory, and write to disk if anything changed (atomically), the entries
        this build used: those of files since changed or removed are dropped."""
        for key in set(_memory) - set(self.used):
            del _memory[key]
        _memory.update(self.used)  # those read from the disk too
        if not self.path:
            return
        if self.path not in _disk_keys:
            self._read_disk()
        if not self._dirty and set(self.used) == _disk_keys[self.path]:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps({"version": parser_version(), "entries": self.used})
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, self.path)
        _disk_keys[self.path] = frozenset(self.used)

    def _read_disk(self) -> dict[str, bytes]:
        if self._disk is None:
            self._disk = {}
            if self.path and self.path.is_file():
                try:
                    stored = pickle.loads(self.path.read_bytes())
                    if stored.get("version") == parser_version():
                        self._disk = stored["entries"]
                except Exception:  # an old, cut or foreign file: parse again
                    self._disk = {}
            if self.path:
                _disk_keys[self.path] = frozenset(self._disk)
        return self._disk
