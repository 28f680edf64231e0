"""A Word file (.docx) as statement text: the body's paragraphs and tables in order (content
controls and tracked insertions included, tracked deletions not), bold and underline kept as
marks, a link's text as underlined; the document's headers and footers (letterhead, page
numbers) and a letterhead table opening the body left out."""

from __future__ import annotations

import html
import re
import zipfile
from io import BytesIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..dates import holds_date
from ..model import UNREADABLE, StatementError
from .marks import Char, marked

MAX_UNPACKED_BYTES = 50_000_000  # a statement's document.xml is 20-500 KB; more is a zip bomb


def extract_word(data: bytes, source: str) -> tuple[str, list[str], str]:
    """(text, what was dropped, everything the file holds as text) of a .docx."""
    archive = _zip(data, source)
    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise StatementError(source, f"a damaged Word file ({exc})") from exc
    blocks = _blocks(document.element.body)
    dropped = ["Word file"]
    if blocks and _is_letterhead(blocks[0]):
        blocks = blocks[1:]
        dropped.append("letterhead table removed")
    paragraphs = [text for block in blocks for text in _texts(block, document) if text]
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


def _blocks(element) -> list:
    """The paragraphs and tables of a body or cell, in order; a content control's
    (`w:sdt`) as if it were not there."""
    found = []
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            found.append(child)
        elif tag == "sdt":
            for content in child.iterchildren(qn("w:sdtContent")):
                found += _blocks(content)
    return found


def _is_letterhead(block) -> bool:
    """A table of two columns or more opening the document, with no date in it: the
    addresses and board a letterhead sets side by side (a table of the statement's own
    fields, "Index: … Date: …", holds its date and is kept)."""
    if block.tag != qn("w:tbl"):
        return False
    widest = max((len(row.findall(qn("w:tc"))) for row in block.iter(qn("w:tr"))), default=0)
    text = " ".join(t.text or "" for t in block.iter(qn("w:t")))
    return widest >= 2 and not holds_date(text)


def _texts(block, document) -> list[str]:
    """A paragraph's text, or each paragraph of each cell of a table (nested tables too;
    a merged cell once, as Word's XML holds it once)."""
    if block.tag == qn("w:p"):
        return [_paragraph(block, document)]
    texts = []
    for row in block.iterchildren(qn("w:tr")):
        for cell in row.iterchildren(qn("w:tc")):
            for inner in _blocks(cell):
                texts += _texts(inner, document)
    return texts


def _paragraph(element, document) -> str:
    """A paragraph's runs, those of tracked insertions, links, fields and content controls
    included and tracked deletions left out; a link's text underlined, as a browser shows
    it."""
    paragraph = Paragraph(element, document)
    chars: list[Char] = []
    for r in element.xpath(".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)]"):
        run = Run(r, paragraph)
        linked = bool(r.xpath("ancestor::w:hyperlink"))
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
