"""A PDF's text layer as statement text: lines in reading order with their position, bold and
underline; running headers, footers, page numbers and a two-column letterhead taken out;
lines joined into paragraphs, words hyphenated at line ends joined again.

PDFium (pypdfium2) reads the characters: 20 times as fast as pdfminer.six and pypdf on the
fixtures, with each character's box and font (ARCHITECTURE.md has the measurements).
"""

from __future__ import annotations

import ctypes
import re
import statistics
import time
from dataclasses import dataclass
from functools import cached_property

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..dates import holds_date, parse_date
from ..model import UNREADABLE, StatementError
from .marks import Char, paragraph_text, words_of

MAX_PAGES = 60  # a statement is 1-6 pages; a report of hundreds is not one statement
MAX_SECONDS = 20.0  # per file, checked between pages
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FORCE_BOLD = 1 << 18  # the font descriptor's ForceBold flag
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|стр\.?|страница)\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?"
    r"(?:\s*(?:of|из|/)\s*\d{1,3})?$",
    re.I,
)
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


@dataclass
class Line:
    chars: list[Char]
    top: float  # from the top of the page, in points
    bottom: float
    left: float
    right: float
    segments: int = 1  # pieces separated by a wide gap: columns side by side
    first_word: float = 0.0  # the width of its first word, in points

    @cached_property  # asked by every rule, of lines that never change
    def text(self) -> str:
        return "".join(c.text for c in self.chars).strip()

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Page:
    lines: list[Line]
    height: float
    width: float


def extract_pdf(data: bytes, source: str) -> tuple[str, list[str], str]:
    """(text, what was dropped, everything the file holds as text) of a PDF's text layer."""
    document = _open(data, source)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise StatementError(
                source, f"a PDF of {count} pages: more than {MAX_PAGES}, not one statement"
            )
        deadline = time.monotonic() + MAX_SECONDS
        try:
            pages = [_read_page(document[index], deadline) for index in range(count)]
        except TimeoutError:
            raise StatementError(
                source, f"reading the PDF took over {MAX_SECONDS:.0f} s: too complex"
            ) from None
        metadata = "\n".join(_hidden_text(document, data))
    finally:
        document.close()
    whole = "\n".join(line.text for page in pages for line in page.lines)
    if not whole.strip():
        raise StatementError(source, "no text layer: a scan? run OCR first")
    dropped = _drop_running_lines(pages) + _drop_letterhead(pages[0])
    text = "\n\n".join(_paragraphs(pages))
    details = [f"PDF, {count} page{'s' if count != 1 else ''}", *dropped]
    return text.translate(_LIGATURES), details, f"{metadata}\n{whole}".translate(_LIGATURES)


# Text a PDF holds besides its pages' text layer. An attachment, or XMP metadata kept
# compressed, cannot be read here: such an original is taken to name anyone.
_XMP = re.compile(rb"<x:xmpmeta.*?</x:xmpmeta>", re.S)


def _hidden_text(document: pdfium.PdfDocument, data: bytes) -> list[str]:
    """The document information, bookmarks, annotations (notes, their authors, links'
    addresses) and XMP metadata; `UNREADABLE` where something cannot be read."""
    found = [v for v in document.get_metadata_dict().values() if v]
    found += [bookmark.get_title() for bookmark in document.get_toc()]
    for index in range(len(document)):
        found += _annotation_text(document, document[index])
    xmp = _XMP.findall(data)
    found += [re.sub(r"<[^>]+>", " ", x.decode("utf-8", "replace")) for x in xmp]
    if document.count_attachments() or (b"/Metadata" in data and not xmp):
        found.append(UNREADABLE)
    return found


def _annotation_text(document: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[str]:
    found = []
    buffer = ctypes.create_string_buffer(8192)
    wide = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        for key in (b"Contents", b"T", b"Subj", b"NM"):
            size = min(pdfium_c.FPDFAnnot_GetStringValue(annot, key, wide, len(buffer)), 8192)
            found.append(buffer.raw[: max(size - 2, 0)].decode("utf-16-le", "replace"))
        link = pdfium_c.FPDFAnnot_GetLink(annot)
        action = pdfium_c.FPDFLink_GetAction(link) if link else None
        if action:
            size = pdfium_c.FPDFAction_GetURIPath(document.raw, action, buffer, len(buffer))
            found.append(buffer.raw[: max(min(size, 8192) - 1, 0)].decode("latin-1"))
        pdfium_c.FPDFPage_CloseAnnot(annot)
    return [text for text in found if text.strip()]


def _open(data: bytes, source: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise StatementError(
                source, "an encrypted PDF (it needs a password): save an unprotected copy"
            ) from exc
        raise StatementError(source, f"a damaged PDF: PDFium cannot read it ({exc})") from exc


def _over(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise TimeoutError


def _read_page(page: pdfium.PdfPage, deadline: float) -> Page:
    _over(deadline)
    width, height = page.get_size()
    underlines = _underlines(page, height, deadline)
    textpage = page.get_textpage()
    raw = textpage.raw
    lines: list[Line] = []
    current: list[tuple[Char, tuple[float, float, float, float]]] = []
    fonts: dict[int, bool] = {}
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    box = [ctypes.c_double() for _ in range(4)]
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    space = False
    for i in range(textpage.count_chars()):
        if not i % 4096:
            _over(deadline)
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code in (10, 13):
            if code == 10 and current:
                lines.append(_line(current))
                current = []
            space = False
            continue
        if code < 32 and code not in (2, 9):  # a control character is no text
            continue
        # PDFium gives a hyphen it found at a line's end as U+0002, with no line end after
        # it: the line ends there, for the hyphen rules (marks.py) to join or keep it.
        char = "-" if code == 2 else chr(code)
        if pdfium_c.FPDFText_IsGenerated(raw, i):
            space = bool(current)  # kept only if the next glyph stands apart (below)
            continue
        pdfium_c.FPDFText_GetCharBox(raw, i, *box)
        pdfium_c.FPDFText_GetCharOrigin(raw, i, origin_x, origin_y)
        left, right = box[0].value, box[1].value
        size = pdfium_c.FPDFText_GetFontSize(raw, i)
        font = pdfium_c.FPDFText_GetFontInfo(raw, i, name, 128, flags)
        key = hash((name.value, flags.value))
        if key not in fonts:
            fonts[key] = _is_bold(font, name.value, flags.value, raw, i)
        # The line's box from its baseline and the font size, the same for every glyph.
        baseline = height - origin_y.value
        underlined = (
            bool(underlines)
            and char.strip() != ""
            and any(
                u_left <= (left + right) / 2 <= u_right
                and baseline - 1 <= u_y <= baseline + size / 3
                for u_left, u_right, u_y in underlines
            )
        )
        char_box = (left, baseline - size * 0.8, right, baseline + size * 0.2)
        if space and current and left - current[-1][1][2] > 0.1 * size:
            # PDFium infers a space from a gap; a narrow one is a glyph's own margin.
            current.append((Char(" "), current[-1][1]))
        space = False
        current.append((Char(char, fonts[key], underlined), char_box))
        if code == 2:
            lines.append(_line(current))
            current = []
    if current:
        lines.append(_line(current))
    textpage.close()
    return Page([line for line in lines if line.text], height, width)


def _is_bold(found: int, name: bytes, flags: int, raw, index: int) -> bool:
    if found and (_BOLD_NAME.search(name.decode("latin-1")) or flags & _FORCE_BOLD):
        return True
    return pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600


def _underlines(
    page: pdfium.PdfPage, height: float, deadline: float
) -> list[tuple[float, float, float]]:
    """Thin horizontal rules (left, right, y from the top): what underlining is drawn as.
    PDFium's own calls: pypdfium2's object wrappers took a third of the time, for the
    thousands of text objects a page has."""
    found: list[tuple[float, float, float]] = []
    box = [ctypes.c_float() for _ in range(4)]
    pending = [
        pdfium_c.FPDFPage_GetObject(page.raw, i)
        for i in range(pdfium_c.FPDFPage_CountObjects(page.raw))
    ]
    checked = 0
    while pending:
        checked += 1
        if not checked % 4096:
            _over(deadline)
        obj = pending.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:  # a form XObject: its objects are drawn too
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            pending += [pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count)]
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            pdfium_c.FPDFPageObj_GetBounds(obj, *box)
            left, bottom, right, top = (b.value for b in box)
            if top - bottom <= 2.5 and right - left > 2.0:  # a stroked rule is ~2 pt high
                found.append((left, right, height - (top + bottom) / 2))
    return found


def _line(chars: list[tuple[Char, tuple[float, float, float, float]]]) -> Line:
    boxes = [box for char, box in chars if char.text.strip()]
    if not boxes:
        return Line([c for c, _ in chars], 0, 0, 0, 0)
    segments = 1
    sizes = sorted(b[3] - b[1] for b in boxes)
    wide_gap = 2.5 * sizes[len(sizes) // 2]
    for before, after in zip(boxes, boxes[1:], strict=False):
        if after[0] - before[2] > wide_gap:
            segments += 1
    return Line(
        [c for c, _ in chars],
        top=min(b[1] for b in boxes),
        bottom=max(b[3] for b in boxes),
        left=min(b[0] for b in boxes),
        right=max(b[2] for b in boxes),
        segments=segments,
        first_word=_first_word_width(chars),
    )


def _first_word_width(chars: list[tuple[Char, tuple[float, float, float, float]]]) -> float:
    word = []
    for char, box in chars:
        if not char.text.strip():
            if word:
                break
            continue
        word.append(box)
    return word[-1][2] - word[0][0] if word else 0.0


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().casefold()


def _drop_running_lines(pages: list[Page]) -> list[str]:
    """Headers and footers that repeat on the pages (page numbers aside, the same text), page
    numbers, and on a single page the lines set apart in its top or bottom margin."""
    edges = [_edge_lines(page) for page in pages]
    seen: dict[str, int] = {}
    for page_edges in edges:
        for text in {_normal(line.text) for line in page_edges}:
            seen[text] = seen.get(text, 0) + 1
    needed = max(2, (len(pages) + 1) // 2)
    dropped: set[str] = set()
    for page, page_edges in zip(pages, edges, strict=True):
        if not page.lines:  # a blank page, or one with images only
            continue
        middle = statistics.median(line.top for line in page.lines)
        for line in page_edges:
            kind = "header" if line.top < middle else "footer"
            if _PAGE_NUMBER.match(line.text):
                dropped.add("page numbers")
            elif seen[_normal(line.text)] >= needed:
                dropped.add(f"running {kind}")
            elif len(pages) == 1 and _set_apart(page, line):
                dropped.add(kind)
            else:
                continue
            page.lines.remove(line)
    return _describe(dropped)


def _edge_lines(page: Page) -> list[Line]:
    """The first and last two lines of a page: where headers and footers are."""
    lines = page.lines
    return list({id(line): line for line in (*lines[:2], *lines[-2:])}.values())


def _set_apart(page: Page, line: Line) -> bool:
    """A line in the outer twelfth of the page, further from its neighbour than any two lines
    of text are from each other."""
    if not (line.bottom < page.height / 12 or line.top > page.height * 11 / 12):
        return False
    index = page.lines.index(line)
    neighbour = page.lines[index + 1] if index == 0 else page.lines[index - 1]
    gap = max(neighbour.top - line.bottom, line.top - neighbour.bottom)
    return gap > 3 * _typical_gap(page)


def _typical_gap(page: Page) -> float:
    gaps = [b.top - a.bottom for a, b in zip(page.lines, page.lines[1:], strict=False)]
    gaps = [g for g in gaps if g > -1]
    return max(statistics.median(gaps), 1.0) if gaps else 1.0


def _describe(dropped: set[str]) -> list[str]:
    """{"running header", "footer", "page numbers"} → ["running header and footer removed",
    "page numbers removed"]."""
    words = []
    for prefix in ("running ", ""):
        kinds = [k for k in ("header", "footer") if f"{prefix}{k}" in dropped]
        if kinds:
            words.append(f"{prefix}{' and '.join(kinds)} removed")
    if "page numbers" in dropped:
        words.append("page numbers removed")
    return words


def _drop_letterhead(page: Page) -> list[str]:
    """Lines side by side at the top of the first page, before the statement's first line:
    a letterhead's columns (addresses, a board), not the statement. A page whose text runs in
    two columns further down is a two-column layout, and is left as it is."""
    region: list[Line] = []
    for line in page.lines:
        if line.segments > 1 or _beside_another(line, page.lines):
            region.append(line)
        elif region:
            break
        elif line.top > page.height / 4:
            break
    if len(region) < 2 or region[-1].bottom > page.height * 0.4:
        return []
    if any(holds_date(line.text) for line in region):
        return []  # fields of the statement's own (an Urgent Action's "Date: …"), kept
    for line in region:
        page.lines.remove(line)
    return ["two-column letterhead removed"]


def _beside_another(line: Line, lines: list[Line]) -> bool:
    for other in lines:
        if other is line:
            continue
        overlap = min(line.bottom, other.bottom) - max(line.top, other.top)
        apart = other.left > line.right or other.right < line.left
        if apart and overlap > 0.5 * min(line.height, other.height):
            return True
    return False


def _paragraphs(pages: list[Page]) -> list[str]:
    """Lines into paragraphs: a new one after a gap wider than the page's line spacing, at a
    list item, and at a new page (the parser rejoins a sentence a page break split). A
    paragraph's lines are joined, but for a line its writer ended, which keeps its line
    break (the parser reads it as it reads text files)."""
    found: list[str] = []
    edge = _right_edge(pages)
    known = words_of([line.text for page in pages for line in page.lines])
    for page in pages:
        gap = _typical_gap(page)
        paragraphs: list[list[Line]] = []
        for line in page.lines:
            if not paragraphs or _starts_paragraph(paragraphs[-1][-1], line, gap):
                paragraphs.append([])
            paragraphs[-1].append(line)
        justified = _justified(paragraphs, edge)
        for lines in paragraphs:
            breaks = {
                i
                for i, (line, following) in enumerate(zip(lines, lines[1:], strict=False))
                if _ends_early(line, following, edge, justified)
            }
            found.append(paragraph_text([line.chars for line in lines], breaks, known))
    return [p for p in found if p]


def _right_edge(pages: list[Page]) -> float:
    """Where the text's lines end at the most: its longest line, or the right margin as wide
    as the left one (a text of short lines its writer ended reaches no edge)."""
    lines = [line for page in pages for line in page.lines]
    if not lines:
        return 0.0
    symmetric = pages[0].width - min(line.left for line in lines)
    return max(max(line.right for line in lines), symmetric)


def _justified(paragraphs: list[list[Line]], edge: float) -> bool:
    """Lines that are not a paragraph's last reach the edge, and few end just short of it
    (in the last sixth of the width, where ragged text wraps; lines its writer ended end
    anywhere)."""
    inner = [line for lines in paragraphs for line in lines[:-1]]
    left = min((line.left for line in inner), default=0.0)
    flush = sum(_reaches(line, edge) for line in inner)
    near = sum(edge - (edge - left) / 6 < line.right for line in inner) - flush
    return flush > 2 * near


def _reaches(line: Line, edge: float) -> bool:
    """The line ends at the edge, but for its last glyph's own margin."""
    return line.right > edge - 0.35 * line.height


def _ends_early(line: Line, following: Line, edge: float, justified: bool) -> bool:
    """A line its writer ended: in justified text, one short of the edge; in ragged text,
    one after which the next line's first word would have fitted, or one above a date."""
    if justified:
        return not _reaches(line, edge)
    if parse_date(following.text):  # a dateline under a title, wherever the title ended
        return True
    # A word that would have fitted within a hair counts as fitting: a break kept where the
    # layout wrapped costs the parser nothing, a join where the writer broke merges a title
    # with its date.
    space = 0.25 * following.height
    return line.right + space + following.first_word < edge + 0.2 * following.height


_ITEM = re.compile(r"^\s*(?:[-•–*]\s|\d{1,2}[.)]\s)")


def _starts_paragraph(previous: Line, line: Line, gap: float) -> bool:
    spacing = line.top - previous.bottom
    if spacing > max(1.6 * gap, gap + 0.35 * line.height) or spacing < -line.height:
        return True
    return bool(_ITEM.match(line.text))
