"""A Word file (.docx) as statement text: the body's paragraphs and tables in order, bold and
underline kept as marks, links as links; the document's headers and footers (letterhead,
page numbers) left out."""

from __future__ import annotations

import html
import re
import zipfile
from io import BytesIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..dates import holds_date
from ..model import StatementError
from . import UNREADABLE
from .marks import Char, marked

MAX_UNPACKED_BYTES = 50_000_000  # a statement's document.xml is 20-500 KB; more is a zip bomb


def extract_word(data: bytes, source: str) -> tuple[str, list[str], str]:
    """(text, what was dropped, everything the file holds as text) of a .docx."""
    archive = _zip(data, source)
    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise StatementError(source, f"a damaged Word file ({exc})") from exc
    blocks = list(document.iter_inner_content())
    dropped = ["Word file"]
    if blocks and _is_letterhead(blocks[0]):
        blocks = blocks[1:]
        dropped.append("letterhead table removed")
    paragraphs = [text for text in _body_texts(blocks) if text]
    if not paragraphs:
        raise StatementError(source, "a Word file with no text")
    section = document.sections[0] if document.sections else None
    if section is not None and any(
        p.text.strip() for part in (section.header, section.footer) for p in part.paragraphs
    ):
        dropped.insert(1, "header and footer removed")
    return "\n\n".join(paragraphs), dropped, _all_text(archive)


def _zip(data: bytes, source: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise StatementError(source, "a damaged Word file: not a .docx package") from exc
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise StatementError(source, "a Word file that unpacks to over 50 MB: not one statement")
    if "word/document.xml" not in archive.namelist():
        raise StatementError(source, "not a Word document: it has no word/document.xml")
    return archive


def _is_letterhead(block) -> bool:
    """A table of two columns or more opening the document, with no date in it: the
    addresses and board a letterhead sets side by side (a table of the statement's own
    fields, "Index: … Date: …", holds its date and is kept)."""
    if not isinstance(block, Table) or len(block.columns) < 2:
        return False
    cells = " ".join(cell.text for row in block.rows for cell in row.cells)
    return not holds_date(cells)


def _body_texts(blocks: list) -> list[str]:
    texts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            texts.append(_paragraph(block))
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    texts.extend(_paragraph(p) for p in cell.paragraphs)
    return texts


def _paragraph(paragraph: Paragraph) -> str:
    chars: list[Char] = []
    for item in paragraph.iter_inner_content():
        runs = item.runs if hasattr(item, "runs") else [item]
        linked = not hasattr(item, "bold")  # a hyperlink: underlined, as a browser shows it
        for run in runs:
            bold, underline = bool(run.bold), bool(run.underline) or linked
            chars.extend(Char(c, bold, underline) for c in run.text.replace("\t", " "))
    return marked(chars).strip()


# Where Word's XML ends a line of text; every other tag joins its text to the next (a
# word is often split into runs).
_LINE_END = re.compile(
    rb"</w:p>|<w:br\b[^>]*>|<w:cr\b[^>]*>|<w:tab\b[^>]*>|</w:tc>"
    rb"|</(?:dc|cp|dcterms):[a-zA-Z]+>|</[A-Z][a-zA-Z]*>"  # properties: author, company
)
_TAG = re.compile(rb"<[^>]+>")
_ATTRIBUTE = re.compile(rb'\s[\w:]+="([^"]*)"')
_IMAGE = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)$", re.I)


def _all_text(archive: zipfile.ZipFile) -> str:
    """The text of every part: body, headers, footers, comments, tracked changes and their
    authors, properties, links' addresses, attribute values. An embedded file (an object,
    anything not XML, an image or a font) cannot be read here: `UNREADABLE` says so. Images
    are not read (no OCR): a page's thumbnail shows the text read here."""
    parts = []
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")):
            xml = archive.read(name)
            text = _TAG.sub(b"", _LINE_END.sub(b"\n", xml)).decode("utf-8", "replace")
            values = b"\n".join(_ATTRIBUTE.findall(xml)).decode("utf-8", "replace")
            parts += [html.unescape(text), html.unescape(values)]
        elif not name.endswith("/") and not _IMAGE.search(name) and "/fonts/" not in name:
            parts.append(UNREADABLE)
    return "\n".join(parts)
