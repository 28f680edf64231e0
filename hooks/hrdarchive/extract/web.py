"""A web page saved from a browser as statement text: its main text found by trafilatura
(navigation, banners, share links, related links, footers, scripts and styles left out), bold
and underline kept as marks, and its title, date and site name from the page's metadata."""

from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

from ..model import StatementError
from ..sources import decode_text

MAX_PAGE_BYTES = 5_000_000  # a saved statement page is 20-300 KB; this is a site's dump
MIN_WORDS = 25  # the shortest real statement has 60; a menu or a cookie banner a few
MAX_ELEMENTS = 100_000  # trafilatura's work grows with the tree; a real page has 500-5,000
_ESCAPED = re.compile(r"\\([-*_#\[\]()<>+.!`\\|{}])")
_HEADING = re.compile(r"^#{1,6}\s+", re.M)


def extract_web_page(data: bytes, source: str) -> tuple[str, list[str], dict[str, str]]:
    """(text, what was dropped, metadata: title, date, publisher) of a saved web page."""
    if len(data) > MAX_PAGE_BYTES:
        raise StatementError(
            source,
            f"a web page of {len(data) / 1e6:.1f} MB: more than {MAX_PAGE_BYTES / 1e6:.0f} MB",
        )
    tree = _tree(data, source)
    _mark_line_breaks(tree)
    document = trafilatura.bare_extraction(
        tree,
        output_format="python",  # the Markdown text, marks kept
        include_formatting=True,
        include_links=True,
        include_comments=False,
        include_images=False,
        with_metadata=True,
        # Dates from the page's markup only (meta tags, <time>, JSON-LD): a guess from its
        # text finds a footer's "© 2024".
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or len((document.text or "").split()) < MIN_WORDS:
        raise StatementError(source, "a web page with no main text: no statement found in it")
    body = _ESCAPED.sub(r"\1", _HEADING.sub("", document.text))
    body = re.sub(rf"[ \t]*{_LINE_BREAK}[ \t]*", "\n", body).strip()
    body = _plain_lines(_LINKS.sub(r"[\g<text>]()", body))
    metadata = {
        "title": (document.title or "").strip(),
        "date": document.date or "",
        "publisher": (document.sitename or "").strip(),
    }
    text = _with_metadata(body, metadata)
    kept, total = len(body.split()), _words(tree)
    details = [
        "web page",
        f"main text kept ({kept:,} of {max(kept, total):,} words); menus, banners, links, "
        "scripts and styles left out",
    ]
    return text, details, metadata


_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _tree(data: bytes, source: str):
    """The page parsed by lxml: by its declared encoding, else as the statement files are
    decoded (UTF-8, else detected): libxml2 alone reads an undeclared page as Latin-1."""
    markup: bytes | str = data
    if not _DECLARED_CHARSET.search(data[:4096]):
        markup = _XML_DECLARATION.sub("", decode_text(data, source))
    try:
        tree = lxml_html.document_fromstring(markup)
    except Exception as exc:  # lxml raises several kinds for what is not HTML
        raise StatementError(source, f"not a web page lxml can read ({exc})") from exc
    count = 0
    for _ in tree.iter():
        count += 1
        if count > MAX_ELEMENTS:
            raise StatementError(
                source, f"a web page of over {MAX_ELEMENTS:,} elements: too large to read"
            )
    return tree


# A line break (<br>) kept through trafilatura, which makes each one a paragraph: a title
# and its date, or an address, stay lines of one block, as in a text statement.
_LINE_BREAK = "\u204b"  # ⁋: printable, or trafilatura drops it


# A link as trafilatura writes it, `[text](url)` or `[text](<url with spaces>)`: kept as a
# mark (`[text]()`, as the seeds mark names), its address left out.
_LINKS = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?:<[^>\n]*>|[^)\s]*)\)")
_WHOLE_LINE_MARK = re.compile(r"^(?:\*\*([^*\n]+)\*\*|<u>([^<\n]+)</u>|\*([^*\n]+)\*)$", re.M)
_ITALIC = re.compile(r"(?<![*\w])\*(?!\*)([^*\n]+?)\*(?![*\w])")


def _plain_lines(body: str) -> str:
    """A line all in bold or underline is a heading, not a marked name; italics are no mark
    the parser reads, and their asterisks would show on the page."""
    body = _WHOLE_LINE_MARK.sub(lambda m: m[1] or m[2] or m[3], body)
    return _ITALIC.sub(r"\1", body)


def _words(tree) -> int:
    """The words a reader of the whole page sees, scripts and styles aside."""
    body = tree.find("body")
    if body is None:
        return 0
    return sum(len(text.split()) for text in body.itertext() if text.strip()) - sum(
        len(" ".join(e.itertext()).split()) for e in body.iter("script", "style")
    )


def _mark_line_breaks(tree) -> None:
    for br in list(tree.iter("br")):
        br.tail = _LINE_BREAK + (br.tail or "")
        br.drop_tree()


def _with_metadata(body: str, metadata: dict[str, str]) -> str:
    """The title first, where the parser looks for a headline, when the text lacks it
    (trafilatura often leaves out the page's heading); once when the text repeats it. The
    date is the parser's to find in the text (the metadata's is a fallback: parsing.py)."""
    lines = [line.strip() for line in body.split("\n")]
    title = metadata["title"]
    if title == metadata["publisher"]:
        title = metadata["title"] = ""  # the site's name, not a headline
    if title and lines.count(title) > 1:
        lines.remove(title)  # the page's heading and the statement's own headline
    head = [] if not title or title in lines else [title, ""]
    return "\n".join(head + lines)
