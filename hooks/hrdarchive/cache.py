"""Parsed statements kept between builds, keyed by what they were parsed from.

Contract: `ParseCache.get` gives back a fresh copy of the `Statement` stored for the same key,
or None. A key holds everything a parsed statement depends on: the file's path and bytes, the
bytes of its correction file, and the parser (`parser_version`: the package's own code and
data files, Python's version, and the installed version of every library the package imports
and of what those require, such as pymorphy3's dictionaries). No setting of mkdocs.yml changes
parsing, and withheld names are taken out after parsing (reading.py), so neither is in it. The
cache lives in memory for the life of the process (`mkdocs serve` rebuilds) and, when given a
folder, on disk between processes. A cache file that cannot be read, or was written by another
parser, is ignored: the statements are parsed again. Only the entries a build used are written
back, so the file never grows beyond the folder it describes.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import re
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

# Each store's entries kept in memory for the life of the process, by the store's file name.
_memory: dict[str, dict[str, bytes]] = {}
# The keys each cache file held when this process last read or wrote it: a rebuild under
# `mkdocs serve` whose statements are all in memory neither reads nor writes the file.
_disk_keys: dict[Path, frozenset[str]] = {}


PACKAGE = Path(__file__).parent


@cache
def parser_version() -> str:
    """A digest of what parsing depends on besides its input: a changed rule, a new Python or
    another release of a library makes every entry stale."""
    digest = hashlib.sha256(f"python {sys.version}\0".encode())
    for name, version in sorted(library_versions().items()):
        digest.update(f"{name} {version}\0".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".yml", ".j2") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@cache
def library_versions() -> dict[str, str]:
    """The installed version of every distribution the package imports, and of every
    distribution those require, by name: found, not listed by hand, so a new import cannot be
    forgotten."""
    installed = {_normal(d.metadata["Name"]): d for d in importlib.metadata.distributions()}
    providers = importlib.metadata.packages_distributions()
    wanted = [dist for module in _imported_modules() for dist in providers.get(module, [])]
    versions: dict[str, str] = {}
    while wanted:
        name = _normal(wanted.pop())
        distribution = installed.get(name)
        if name in versions or distribution is None:
            continue
        versions[name] = distribution.version
        for requirement in distribution.requires or []:
            if "extra ==" not in requirement:  # an optional extra is not installed for it
                wanted.append(re.match(r"[A-Za-z0-9._-]+", requirement)[0])
    return dict(sorted(versions.items()))


_IMPORT = re.compile(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", re.M)


def _imported_modules() -> set[str]:
    """The top-level modules the package's code imports (its own, relative, left out)."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        found.update(_IMPORT.findall(path.read_text(encoding="utf-8")))
    return found - set(sys.stdlib_module_names)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def extraction_version() -> str:
    """A digest of what extracting text from a PDF, web page or Word file depends on: the
    `extract` package's code, the package modules it imports, Python's version and the
    libraries' versions. A change to the parser alone leaves extracted text as it is."""
    digest = hashlib.sha256(f"python {sys.version}\0".encode())
    for name, version in sorted(library_versions().items()):
        digest.update(f"{name} {version}\0".encode())
    for path in sorted(_extraction_modules()):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


_RELATIVE_IMPORT = re.compile(r"^\s*from\s+(\.+)(\w*)\s+import\s+([\w, ]+)", re.M)


def _extraction_modules() -> set[Path]:
    """The files of the `extract` package and every package module they import, found."""
    found: set[Path] = set()
    pending = list((PACKAGE / "extract").glob("*.py"))
    while pending:
        path = pending.pop()
        if path in found:
            continue
        found.add(path)
        for dots, module, names in _RELATIVE_IMPORT.findall(path.read_text(encoding="utf-8")):
            base = path.parent if len(dots) == 1 else path.parent.parent
            candidates = [base / f"{module}.py"] if module else []
            candidates += [base / module / f"{n.strip()}.py" for n in names.split(",")]
            pending.extend(c for c in candidates if c.is_file())
    return found


class ParseCache:
    """Parsed statements by the file's path and bytes, its correction's bytes and the parser."""

    FILE_NAME = "parsed-statements.pickle"

    def version(self) -> str:
        return parser_version()

    def __init__(self, folder: Path | None = None) -> None:
        self.path = folder / self.FILE_NAME if folder else None
        self.used: dict[str, bytes] = {}
        self._disk: dict[str, bytes] | None = None  # read on the first miss in memory
        self._dirty = False
        self._asked = False

    def key(self, *parts: str | bytes) -> str:
        digest = hashlib.sha256(self.version().encode())
        for part in parts:
            part = part.encode("utf-8") if isinstance(part, str) else part
            digest.update(len(part).to_bytes(8, "big") + part)
        return digest.hexdigest()

    def get(self, key: str) -> Any:
        self._asked = True
        stored = self._memory().get(key) or self._read_disk().get(key)
        if stored is None:
            return None
        self.used[key] = stored
        return pickle.loads(stored)

    def _memory(self) -> dict[str, bytes]:
        return _memory.setdefault(self.FILE_NAME, {})

    def put(self, key: str, value: Any) -> None:
        stored = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.used[key] = stored  # kept in memory by save(), with the others used
        self._dirty = True

    def save(self) -> None:
        """Keep in memory, and write to disk if anything changed (atomically), the entries
        this build used: those of files since changed or removed are dropped."""
        memory = self._memory()
        for key in set(memory) - set(self.used):
            del memory[key]
        memory.update(self.used)  # those read from the disk too
        if not self.path:
            return
        if self.path not in _disk_keys:
            self._read_disk()
        if not self._dirty and set(self.used) == _disk_keys[self.path]:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps({"version": self.version(), "entries": self.used})
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
                    if stored.get("version") == self.version():
                        self._disk = stored["entries"]
                except Exception:  # an old, cut or foreign file: parse again
                    self._disk = {}
            if self.path:
                _disk_keys[self.path] = frozenset(self._disk)
        return self._disk


class ExtractionCache(ParseCache):
    """Text extracted from PDF, web page and Word files, by the file's bytes and the
    extractor (`extraction_version`): a statement parsed again is not extracted again.

    It is asked only for statements the parse cache misses, so a build may not ask it at
    all: such a build leaves it as it is (not even read). A build that asks keeps the entries
    of every released file still in the folder, asked or not."""

    FILE_NAME = "extracted-texts.pickle"

    def version(self) -> str:
        return extraction_version()

    def save(self, alive: list[str] | None = None) -> None:
        if not self.used and not self._asked:
            return
        memory, disk = self._memory(), self._read_disk()
        for key in alive or ():
            stored = memory.get(key) or disk.get(key)
            if stored is not None:
                self.used.setdefault(key, stored)
        super().save()
