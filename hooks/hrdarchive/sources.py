"""Finding and reading the raw files of a statements folder.

Contract: `scan` accounts for every file under the folder, in a stable order: each is a
statement, an editor's correction file, or something the archive cannot use (reported with the
reason). `decode` turns a statement's bytes into text or raises `StatementError`; it never
guesses silently between encodings that disagree.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .model import StatementError

STATEMENT_SUFFIXES = (".txt", ".md", ".text")
CORRECTION_SUFFIXES = (".yml", ".yaml")
# Files an editor keeps beside the statements that are not statements themselves.
RESERVED_NAMES = ("withheld.yml", "withheld.yaml", "README.md", "README.txt")


@dataclass(frozen=True)
class RawFile:
    path: Path
    source: str  # relative to the statements folder, '/' separated
    kind: str  # "statement" | "correction" | "reserved" | "unknown" | "hidden"


def scan(folder: Path) -> list[RawFile]:
    """Every file below `folder`, sorted by its relative path."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder)
        source = rel.as_posix()
        if any(part.startswith(".") for part in rel.parts):
            kind = "hidden"
        elif rel.name in RESERVED_NAMES:
            kind = "reserved"
        elif path.suffix.lower() in STATEMENT_SUFFIXES:
            kind = "statement"
        elif path.suffix.lower() in CORRECTION_SUFFIXES:
            kind = "correction"
        else:
            kind = "unknown"
        found.append(RawFile(path, source, kind))
    return found


def correction_for(statement: RawFile, files: list[RawFile]) -> RawFile | None:
    """The correction file beside a statement: same name, `.yml` or `.yaml` instead."""
    stem = statement.source.rsplit(".", 1)[0]
    for f in files:
        if f.kind == "correction" and f.source.rsplit(".", 1)[0] == stem:
            return f
    return None


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, source: str) -> str:
    """Text of a raw statement: BOM first, then UTF-8, then charset detection."""
    if not data.strip():
        raise StatementError(source, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise StatementError(source, f"not valid {encoding}: {exc.reason}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        best = from_bytes(data).best()
        if best is None:
            message = "not text: no encoding reads it (a binary file?)"
            raise StatementError(source, message) from exc
        text = str(best)
    if "\x00" in text:
        raise StatementError(source, "not text: it contains NUL bytes (a binary file?)")
    return text
