"""The raw statements as the site publishes them: under `statements/` in the site, or, when
they are kept elsewhere (`originals_url`), in a folder of their own for the editor to publish
at that address (`claim_folder`).

Contract: a statement is published as its file came, or, if it names a withheld person,
decoded and redacted (UTF-8), never as it came. Copies of statements gone are removed; only
files under the given target folder are ever written or removed, and a folder outside the
site only once `claim_folder` made it the archive's.
"""

from __future__ import annotations

import time
from pathlib import Path

from .extract import RELEASED_SUFFIXES, WEB_SUFFIXES, extract, suffix
from .model import Archive, Statement
from .parsing import settled, signature
from .sources import STATEMENT_SUFFIXES, decode
from .withheld import Redactor
from .write import remove_files_not_in, write_if_changed

# In a folder of raw copies outside the site: the mark that the archive made it.
FOLDER_MARK = ".archive-originals"
MARK_TEXT = (
    "The archive's build writes this folder: the raw statements as it publishes them\n"
    "(redacted where a name is withheld). Publish it, as it is, at extra.archive.originals_url.\n"
    "A file put here that is not a statement's copy is removed by the next build.\n"
)


def claim_folder(folder: Path, *others: Path) -> None:
    """Make `folder` the archive's folder of raw copies, or raise ValueError saying why not: it
    may not be, hold or lie in any of `others` (the statements, docs/, the site), and a
    folder that already holds files must be one the archive made (its FOLDER_MARK)."""
    folder = folder.resolve()
    for other in others:
        other = other.resolve()
        if folder == other or other in folder.parents or folder in other.parents:
            raise ValueError(
                f"{folder}: the raw statements' folder (extra.archive.originals_dir) cannot "
                f"be, hold or lie in {other}"
            )
    if folder.is_dir() and any(folder.iterdir()) and not (folder / FOLDER_MARK).is_file():
        raise ValueError(
            f"{folder}: holds files the archive did not write; name an empty or new folder "
            "for the raw statements (extra.archive.originals_dir)"
        )
    write_if_changed(folder / FOLDER_MARK, MARK_TEXT)


def copy_name(statement: Statement) -> str:
    """The published copy's path under `statements/`: the file's own, or, for a web page (never
    published as HTML, with someone else's scripts) and for an original that names a withheld
    person, its extracted text beside it (`x.pdf.txt`)."""
    kind = suffix(statement.source)
    if kind in WEB_SUFFIXES or (kind in RELEASED_SUFFIXES and statement.original_withheld):
        return statement.source + ".txt"
    return statement.source


def published_raw(folder: Path, statement: Statement, redactor: Redactor | None) -> bytes:
    """The raw statement as the site publishes it: as it came, or, if it names a withheld
    person, decoded and redacted (UTF-8); a web page's or a withheld original's extracted
    text (redacted)."""
    data = (folder / (statement.raw_source or statement.source)).read_bytes()
    if suffix(statement.source) in RELEASED_SUFFIXES:
        if copy_name(statement) == statement.source:
            return data  # a PDF or Word file that names no withheld person anywhere
        text = extract(data, statement.source).text
    elif not redactor:
        return data
    else:
        text = decode(data, statement.source)
        if not redactor.people_named_in([text]):
            return data
    named = redactor.people_named_in([text]) if redactor else []
    return (redactor.redact(text, statement.lang, named) if named else text).encode("utf-8")


class RawCopies:
    """The copies one process wrote. Under `mkdocs serve`, a copy is written again only when
    its statement's file, or the withheld names, changed since this process wrote it: each
    rebuild would otherwise read every statement and every copy."""

    def __init__(self) -> None:
        self._written: dict[Path, tuple] = {}
        self._copies: set[Path] | None = None  # the copies the last write left

    def write(
        self, target: Path, folder: Path, archive: Archive, only: set[str] | None = None
    ) -> None:
        """Every statement's copy under `target`; copies of statements gone are removed. With
        `only`, the statements whose text alone changed since the last write: just those
        (the others are not even asked about)."""
        withheld = repr(archive.redactor.people) if archive.redactor else ""
        written: dict[Path, tuple] = {} if only is None else self._written
        now = time.time()
        for _, statement in archive.statements():
            if only is not None and statement.source not in only:
                continue
            copy = target / copy_name(statement)
            file_signature = signature(folder / (statement.raw_source or statement.source))
            if file_signature is None:  # gone since it was read: the next build drops it
                continue
            key = (statement.source, file_signature, withheld)
            if self._written.get(copy) != key or not copy.is_file():
                write_if_changed(copy, published_raw(folder, statement, archive.redactor))
            # As for the parsed statements: a file changed within the last moments may
            # change again without its times showing it.
            if settled(file_signature, now):
                written[copy] = key
            else:
                written.pop(copy, None)
        self._written = written
        if only is not None:
            return
        copies = {target / copy_name(st) for _, st in archive.statements()}
        if copies != self._copies:  # else no statement came or went since the last write
            remove_files_not_in(target, copies, STATEMENT_SUFFIXES)
        self._copies = copies
