"""The text of a statement file, whatever form its publisher released it in.

Contract: `extract` turns a file's bytes into statement text, in the form the parser reads
(paragraphs between blank lines; bold as `**…**`, underline as `<u>…</u>`, links as
`[…](…)`), or raises `StatementError` with the reason. It also says what the file was and
what was left out ("PDF, 3 pages, running header and footer removed"), and gives all the text
the file holds, left out or not, so a withheld name anywhere in the original keeps the
original unpublished. It never reads anything but the bytes it is given.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from ..model import UNREADABLE, StatementError
from ..sources import (
    MAX_STATEMENT_BYTES,
    PDF_SUFFIXES,
    RELEASED_SUFFIXES,
    TEXT_SUFFIXES,
    WEB_SUFFIXES,
    WORD_SUFFIXES,
    decode,
)

__all__ = ["RELEASED_SUFFIXES", "UNREADABLE", "WEB_SUFFIXES", "Extracted", "extract", "suffix"]
MAX_RELEASED_BYTES = 30_000_000  # a statement's PDF with photos is 0.1-5 MB


@dataclass
class Extracted:
    text: str
    # What the file was and what was left out, for the editor: ["PDF, 3 pages", ...].
    details: list[str] = field(default_factory=list)
    # Everything the original holds as text (its metadata, headers and footers too); empty
    # for a text file, whose bytes are the text.
    original_text: str = ""
    metadata: dict[str, str] = field(default_factory=dict)  # title, date, publisher


def suffix(source: str) -> str:
    return posixpath.splitext(source)[1].lower()


def extract(data: bytes, source: str) -> Extracted:
    """The statement text of a file (raises StatementError with the reason)."""
    kind = suffix(source)
    if kind in TEXT_SUFFIXES:
        return Extracted(decode(data, source))
    if not data:
        raise StatementError(source, "the file is empty")
    if len(data) > MAX_RELEASED_BYTES:
        raise StatementError(
            source,
            f"too large for one statement: {len(data) / 1e6:.1f} MB (the limit is "
            f"{MAX_RELEASED_BYTES / 1e6:.0f} MB)",
        )
    try:
        extracted = _extract_released(data, source, kind)
    except StatementError:
        raise
    except Exception as exc:  # a library's own failure on a file it cannot read
        message = f"could not be read as {kind[1:].upper()}: {type(exc).__name__}: {exc}"
        raise StatementError(source, message[:300]) from exc
    if len(extracted.text) > MAX_STATEMENT_BYTES:
        raise StatementError(
            source,
            f"its text is {len(extracted.text) / 1e6:.1f} million characters: more than one "
            "statement (the limit is the text files')",
        )
    return extracted


def _extract_released(data: bytes, source: str, kind: str) -> Extracted:
    # Imported on first use: a folder of text files never loads PDFium or trafilatura.
    if kind in PDF_SUFFIXES:
        from .pdf import extract_pdf

        text, details, original = extract_pdf(data, source)
        return Extracted(text, details, original)
    if kind in WEB_SUFFIXES:
        from .web import extract_web_page

        text, details, metadata = extract_web_page(data, source)
        return Extracted(text, details, text, metadata)
    if kind in WORD_SUFFIXES:
        from .word import extract_word

        text, details, original = extract_word(data, source)
        return Extracted(text, details, original)
    raise StatementError(source, f"not a statement file: {kind or 'no suffix'}")
