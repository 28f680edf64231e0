"""Finding and reading the raw files of a statements folder.

Contract: `scan` accounts for every entry under the folder that is not a folder, in a stable
order: each is a statement, an editor's correction file, or something the archive cannot use
(with the reason: hidden, an editor's notes, not a statement, a broken link, a pipe). `decode`
turns a statement's bytes into text or raises `StatementError` with the reason (empty, too
large, binary, not valid in its encoding); it never guesses silently between encodings that
disagree: of the encodings that read the bytes equally well, the one editors use wins.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .model import StatementError

# Statement formats: text, and files as publishers release them (extract/ reads those).
TEXT_SUFFIXES = (".txt", ".md", ".text")
PDF_SUFFIXES = (".pdf",)
WEB_SUFFIXES = (".html", ".htm")
WORD_SUFFIXES = (".docx",)
RELEASED_SUFFIXES = PDF_SUFFIXES + WEB_SUFFIXES + WORD_SUFFIXES
STATEMENT_SUFFIXES = TEXT_SUFFIXES + RELEASED_SUFFIXES
# Formats editors may have that the archive cannot read, and what to do instead.
UNREAD_FORMATS = {
    ".doc": "an old binary Word file (.doc): open it in Word or LibreOffice and save it as .docx",
    ".rtf": "a Rich Text file: save it as .docx or .txt",
    ".odt": "an OpenDocument file: save it as .docx",
    ".mhtml": "a web archive (.mhtml): save the page as 'Web page, HTML only'",
    ".mht": "a web archive (.mht): save the page as 'Web page, HTML only'",
}
CORRECTION_SUFFIXES = (".yml", ".yaml")
# Files an editor keeps beside the statements that are not statements themselves.
RESERVED_NAMES = {
    "withheld.yml": "the list of withheld names, read before the statements",
    "withheld.yaml": "the list of withheld names, read before the statements",
    "README.md": "an editor's notes, not a statement",
    "README.txt": "an editor's notes, not a statement",
    # The answer keys that benchmarks/score.py reads beside a corpus of statements.
    "answers.json": "an answer key (benchmarks/score.py), not a statement",
    "identities.json": "an answer key (benchmarks/score.py), not a statement",
}
# The record of the addresses the site has published, written by the build (addresses.py).
RECORD_NAME = "addresses.json"
# The withheld names are read from the top of the folder only: anywhere else the file would
# look read while protecting no one.
TOP_ONLY = ("withheld.yml", "withheld.yaml")

# The largest real statement is about 14 KB; a long report 500 KB. Above this a file is not
# one statement (a whole site's dump, a book, a log), and its page would take minutes to parse
# and render: it is refused with the reason instead.
MAX_STATEMENT_BYTES = 2_000_000
# Text has a few tabs and form feeds at most; a share of other control characters above this
# is a binary file that happened to decode.
MAX_CONTROL_SHARE = 0.01
# What editors' files are written in, best first: when the charset detection finds several
# encodings that read the bytes equally well (English in Windows-1252 reads as well in
# cp850, where "–" becomes "û"), the first of these among them is taken.
PREFERRED_ENCODINGS = (
    "cp1251",
    "koi8_r",
    "cp1252",
    "cp1250",
    "cp866",
    "iso8859_5",
    "mac_cyrillic",
    "utf_16",
    "utf_16_le",
    "utf_16_be",
)


@dataclass(frozen=True)
class RawFile:
    path: Path
    source: str  # relative to the statements folder, '/' separated
    # "statement" | "correction" | "reserved" | "hidden" (ignored) | "unknown" | "unusable"
    # (rejected) | "record" (the build's own record of addresses, not reported)
    kind: str
    reason: str = ""  # why a file that is not a statement or a correction is left out


def scan(folder: Path) -> list[RawFile]:
    """Every entry below `folder` that is not a folder, sorted by its relative path. Links to
    files inside the folder are followed; links to folders are not (they are listed, as
    ignored), nor links to files outside it (rejected)."""
    found = []
    # os.walk and one lstat per entry: pathlib's rglob and a stat per question took a good
    # part of a rebuild of `mkdocs serve` at thousands of files.
    for top, folders, files in os.walk(folder):
        parts = Path(top).relative_to(folder).parts
        linked_folders = [name for name in folders if os.path.islink(os.path.join(top, name))]
        for name in (*files, *linked_folders):
            found.append(((*parts, name), os.path.join(top, name)))
    found.sort()  # by the parts of the relative path, as paths sort
    return [
        RawFile(Path(path), "/".join(parts), *_classify(path, parts, folder))
        for parts, path in found
    ]


def _classify(path: str, parts: tuple[str, ...], folder: Path) -> tuple[str, str]:
    name = parts[-1]
    if any(part.startswith(".") for part in parts):
        return "hidden", "hidden file"
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode):
        if os.path.isdir(path):
            return "hidden", "a link to a folder: not followed"
        if not os.path.exists(path):
            return "unusable", "a broken link: the file it points to does not exist"
        if not Path(path).resolve().is_relative_to(folder.resolve()):
            # Raw files are published: a link must not publish a file from elsewhere.
            return "unusable", "a link to a file outside the statements folder: not followed"
        mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        return "unusable", "not a regular file (a pipe, socket or device)"
    if name in TOP_ONLY and len(parts) > 1:
        return "unusable", (
            f"{name} is read only at the top of the statements folder: here it withholds "
            "no one; move it up"
        )
    if name == RECORD_NAME and len(parts) == 1:
        return "record", ""  # the build's own (addresses.py): not a file to report on
    if name in RESERVED_NAMES:
        return "reserved", RESERVED_NAMES[name]
    suffix = os.path.splitext(name)[1].lower()
    if suffix in STATEMENT_SUFFIXES:
        return "statement", ""
    if suffix in CORRECTION_SUFFIXES:
        return "correction", ""
    if suffix in UNREAD_FORMATS:
        return "unknown", UNREAD_FORMATS[suffix]
    return "unknown", (
        "not a statement: statements are .txt, .md, .pdf, .html or .docx files, corrections .yml"
    )


def stem(raw: RawFile) -> str:
    """The path without its suffix: a statement and its correction file share it."""
    return raw.source.rsplit(".", 1)[0]


def corrections_by_stem(files: list[RawFile]) -> dict[str, RawFile]:
    """Each correction file (`.yml` or `.yaml` beside a statement of the same name) by stem."""
    found: dict[str, RawFile] = {}
    for f in files:
        if f.kind == "correction":
            found.setdefault(stem(f), f)
    return found


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Unicode's control characters (category Cc) but tab, line feed, carriage return and form feed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, source: str) -> str:
    """Text of a raw statement: BOM first, then UTF-8, then charset detection."""
    if not data:
        raise StatementError(source, "the file is empty")
    if not data.strip():
        raise StatementError(source, "the file holds only white space")
    if len(data) > MAX_STATEMENT_BYTES:
        raise StatementError(
            source,
            f"too large for one statement: {_size(len(data))} (the limit is "
            f"{_size(MAX_STATEMENT_BYTES)}); split it into statements, or keep it out of "
            "the folder",
        )
    text = decode_text(data, source)
    if "\x00" in text:
        raise StatementError(source, "not text: it contains NUL bytes (a binary file?)")
    controls = len(_CONTROLS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise StatementError(source, "not text: it is full of control characters (a binary file?)")
    return text


def decode_text(data: bytes, source: str) -> str:
    """The bytes as text, whatever their size: BOM first, then UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise StatementError(source, f"not valid {encoding}: {exc.reason}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        results = list(from_bytes(data))
        if not results:
            message = "not text: no encoding reads it (a binary file?)"
            raise StatementError(source, message) from exc
    best = results[0]
    equally_good = {r.encoding: r for r in results if r.chaos <= best.chaos}
    for encoding in PREFERRED_ENCODINGS:
        if encoding in equally_good:
            return str(equally_good[encoding])
    return str(best)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} KB"
