"""Statements as publishers release them, made from statements kept as text: a PDF printed by
Chromium on letterhead, a web page saved with a site's chrome around it, a Word file.

    python benchmarks/released.py pdf|html|docx SOURCE_DIR TARGET_DIR

Every `.txt` of SOURCE_DIR becomes one file of the format in TARGET_DIR, and its
`answers.json` (if any) is copied with the file names changed, so `benchmarks/score.py` scores
the same statements in another format. The text's marks (`**bold**`, `<u>underline</u>`,
`[link]()`) become the format's own bold, underline and links.

What each format adds, on purpose, for the extraction to take away again:
- PDF: A4, justified with long words hyphenable (soft hyphens) so lines end in "-" (two
  files in three), or ragged right (one in three); a two-column letterhead on the first
  page naming a board of directors (two in three); a running header, a footer naming the
  board again and "Page N of M" on every page (CSS `@page` margin boxes).
- Web page: navigation, a cookie banner, share links, related news naming other people, a
  footer, an analytics script and styles; the title, site name and date as `og:`/`article:`
  metadata and a `<time>`.
- Word: a letterhead in the document's header (or, one file in three, a table opening the
  body) and "Page N" in the footer.

The PDFs need Chromium (Debian's; `$CHROMIUM` names another), driven by Playwright.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import sys
from pathlib import Path

from search import CHROMIUM, CHROMIUM_ARGS

FORMATS = ("pdf", "html", "docx")
# People printed on letterheads and footers: never defenders in any statement.
BOARD = ["Mary Ellen Lawlor", "Arnold Tsunga", "Kristina Vanderhaegen", "Pavel Chikov"]
MARK = re.compile(
    r"\*\*(?P<bold>[^*\n]+?)\*\*"
    r"|<(?P<tag>u|b|strong|em|i)>(?P<tagged>[^<\n]+?)</(?P=tag)>"
    r"|\[(?P<link>[^\]\n]+)\]\((?P<href>[^)\s]*)\)"
)
LIST_ITEM = re.compile(r"^\s*(?:[-*•–]\s+|\d{1,2}[.)]\s+)")


def paragraphs(text: str) -> list[str]:
    """The statement's paragraphs: blocks between blank lines, each list item a paragraph of
    its own; a block's line breaks are kept (a title above its date, an address)."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        current: list[str] = []
        for line in lines:
            if LIST_ITEM.match(line) and current:
                found.append("\n".join(current))
                current = []
            current.append(line)
        if current:
            found.append("\n".join(current))
    return found


def runs(paragraph: str) -> list[tuple[str, str]]:
    """A paragraph as (style, text) runs; style is "", "b", "u" or "a"."""
    found: list[tuple[str, str]] = []
    at = 0
    for m in MARK.finditer(paragraph):
        if m.start() > at:
            found.append(("", paragraph[at : m.start()]))
        if m["bold"]:
            found.append(("b", m["bold"]))
        elif m["tagged"]:
            found.append(("u" if m["tag"] == "u" else "b", m["tagged"]))
        else:
            found.append(("a", m["link"]))
        at = m.end()
    if at < len(paragraph):
        found.append(("", paragraph[at:]))
    return found


def _hyphenable(text: str) -> str:
    """Soft hyphens in the middle of long words: justified lines then end in hyphenated words,
    as in print (Chromium has no hyphenation dictionaries here)."""

    def soft(m: re.Match) -> str:
        word = m[0]
        cut = len(word) // 2
        return word[:cut] + "\u00ad" + word[cut:]

    return re.sub(r"(?<![\w@./])[^\W\d_]{10,}(?![\w@])", soft, text)


def html_runs(paragraph: str, hyphenate: bool = False) -> str:
    parts = []
    for style, text in runs(paragraph):
        body = html.escape(text)
        if hyphenate and not style:
            body = _hyphenable(body)
        if style == "b":
            body = f"<b>{body}</b>"
        elif style == "u":
            body = f"<u>{body}</u>"
        elif style == "a":
            body = f'<a href="https://example.org/profile">{body}</a>'
        parts.append(body)
    return "".join(parts)


def _paragraph_html(paragraph: str, hyphenate: bool = False) -> str:
    return "<br>\n".join(html_runs(line, hyphenate) for line in paragraph.split("\n"))


def _body(text: str, hyphenate: bool = False) -> str:
    return "\n".join(f"<p>{_paragraph_html(p, hyphenate)}</p>" for p in paragraphs(text))


def print_html(text: str, lang: str, variant: int) -> str:
    """The statement on letterhead, as the publisher's PDF would print it."""
    board = ", ".join(BOARD)
    align = "left" if variant == 1 else "justify"
    letterhead = (
        ""
        if variant == 2
        else '<div class="letterhead"><div>Human Rights Defenders Network – Head Office<br>'
        "Second Floor, 12 Temple Road<br>Dublin, Ireland<br>phone +353 1 212 3750</div>"
        "<div>HRDN – EU Office<br>Square Marie-Louise 72<br>1000 Brussels, Belgium<br>"
        f"Board: {board}</div></div>"
    )
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 28mm 22mm 30mm;
  @top-left {{ content: "Human Rights Defenders Network"; font: 9pt sans-serif; }}
  @top-right {{ content: "Urgent appeal"; font: 9pt sans-serif; }}
  @bottom-left {{ content: "Registered charity 593190. Board: {board}"; font: 8pt sans-serif; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; }}
}}
body {{ font: 11pt/1.45 "DejaVu Serif", serif; text-align: {align}; }}
.letterhead {{ display: flex; justify-content: space-between; font: 8pt sans-serif;
  margin-bottom: 10mm; }}
</style></head><body>{letterhead}
{_body(text, hyphenate=variant != 1)}
</body></html>"""


WEB_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title_tag}Human Rights Defenders Network</title>
{title_meta}
<meta property="og:site_name" content="Human Rights Defenders Network">
<meta property="og:type" content="article">
{date_meta}
<link rel="stylesheet" href="/themes/site/style.css">
<style>.cookie{{position:fixed;bottom:0}} nav ul{{display:flex}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-XXXX');</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
</head><body>
<div class="cookie" id="cookie-banner"><p>We use cookies to improve your experience of our
website. By continuing to browse you agree to our use of cookies.</p>
<button>Accept all cookies</button> <button>Manage preferences</button></div>
<header><a href="/" class="logo">Human Rights Defenders Network</a>
<nav><ul><li><a href="/en/">Home</a></li><li><a href="/en/cases">Cases</a></li>
<li><a href="/en/statements">Statements</a></li><li><a href="/en/donate">Donate</a></li>
<li><a href="/en/contact">Contact us</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<main><div class="breadcrumb"><a href="/">Home</a> › <a href="/en/statements">Statements</a></div>
<article class="node-statement">
{heading}
{time}
<div class="field-body">
{body}
</div>
<div class="share"><span>Share this:</span> <a href="https://twitter.com/share">Twitter</a>
<a href="https://facebook.com/sharer">Facebook</a> <a href="mailto:?subject=x">Email</a>
<a href="#" onclick="window.print()">Print</a></div>
</article>
<aside class="related"><h2>Related news</h2><ul>
<li><a href="/en/case/1">Belarus: Maryia Rabkova sentenced to 15 years</a></li>
<li><a href="/en/case/2">Azerbaijan: Bakhtiyar Hajiyev detained again</a></li>
<li><a href="/en/case/3">Kyrgyzstan: Azimjan Askarov dies in prison</a></li></ul></aside>
</main>
<footer><p>Human Rights Defenders Network, Registered charity 593190. Board of directors:
{board}.</p><p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms</a>
· © 2024 All rights reserved</p>
<p>Subscribe to our newsletter <input type="email"> <button>Subscribe</button></p></footer>
<script src="/core/misc/drupal.js"></script>
<script>document.getElementById('cookie-banner').onclick=function(){{this.remove()}}</script>
</body></html>
"""


def web_page(text: str, lang: str, key: dict | None) -> str:
    """The statement as its publisher's site shows it, saved from a browser."""
    key = key or {}
    title = key.get("title") or ""  # a page whose text has no headline: the site's name alone
    date = key.get("date")
    date_meta = f'<meta property="article:published_time" content="{date}T10:00:00+00:00">'
    time_tag = f'<time datetime="{date}T10:00:00+00:00">{date}</time>' if date else ""
    return WEB_PAGE.format(
        lang=lang,
        title_tag=f"{html.escape(title)} | " if title else "",
        title_meta=f'<meta property="og:title" content="{html.escape(title)}">' if title else "",
        heading=f'<h1 class="page-title">{html.escape(title)}</h1>' if title else "",
        date_meta=date_meta if date else "",
        time=time_tag,
        body=_body(text),
        board=", ".join(BOARD),
    )


def word_file(text: str, variant: int = 0) -> bytes:
    """The statement as a Word draft: the letterhead in the header (or, one file in three, as
    a table of two columns opening the body), the page number in the footer."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    section = document.sections[0]
    office = "Human Rights Defenders Network – Head Office, 12 Temple Road, Dublin, Ireland"
    board = f"Board: {', '.join(BOARD)}"
    if variant == 0:
        table = document.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = office, board
    else:
        section.header.paragraphs[0].text = office
        section.header.add_paragraph(board)
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    run = footer.add_run()
    for kind, value in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = value
        run._r.append(element)
    for paragraph_text in paragraphs(text):
        paragraph = document.add_paragraph()
        for number, line in enumerate(paragraph_text.split("\n")):
            if number:
                paragraph.add_run().add_break()
            for style, part in runs(line):
                run = paragraph.add_run(part)
                run.bold = style == "b" or None
                run.underline = style in ("u", "a") or None
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _variant(name: str) -> int:
    return hashlib.sha256(name.encode()).digest()[0] % 3


def _lang(text: str) -> str:
    return "ru" if len(re.findall("[а-яё]", text, re.I)) > len(re.findall("[a-z]", text)) else "en"


def generator_digest(*more: Path) -> str:
    """A digest of this generator (and of `more` files): made files kept under a folder
    named with it are made again when the generator changes."""
    code = b"".join(p.read_bytes() for p in sorted([Path(__file__).resolve(), *more]))
    return hashlib.sha256(code).hexdigest()[:12]


def convert(source: Path, target: Path, fmt: str, browser=None) -> list[Path]:
    """Every `.txt` of `source` as `fmt` in `target` (made only where missing or older), and
    its answers.json renamed to match."""
    target.mkdir(parents=True, exist_ok=True)
    answers_path = source / "answers.json"
    answers = json.loads(answers_path.read_text(encoding="utf-8")) if answers_path.is_file() else []
    keys = {a["file"]: a for a in answers}
    made: list[Path] = []
    pending: list[tuple[str, Path]] = []
    for path in sorted(source.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out = target / f"{path.stem}.{fmt}"
        made.append(out)
        if out.is_file() and out.stat().st_mtime >= path.stat().st_mtime:
            continue
        lang = _lang(text)
        if fmt == "html":
            out.write_text(web_page(text, lang, keys.get(path.name)), encoding="utf-8")
        elif fmt == "docx":
            out.write_bytes(word_file(text, _variant(path.name)))
        else:
            pending.append((print_html(text, lang, _variant(path.name)), out))
    if pending:
        print_pdfs(pending, browser)
    renamed = [_renamed(a, fmt) for a in answers]
    (target / "answers.json").write_text(json.dumps(renamed, ensure_ascii=False, indent=1))
    for extra in ("identities.json",):
        if (source / extra).is_file():
            (target / extra).write_bytes((source / extra).read_bytes())
    return made


def _renamed(answer: dict, fmt: str) -> dict:
    renamed = dict(answer)
    for field in ("file", "pair"):
        if renamed.get(field):
            renamed[field] = re.sub(r"\.txt$", f".{fmt}", renamed[field])
    return renamed


def print_pdfs(jobs: list[tuple[str, Path]], browser=None) -> None:
    """Each page of HTML printed to its PDF by one headless Chromium: `browser` (a Playwright
    browser already open, as the tests' is), or one launched for it."""
    if browser is not None:
        page = browser.new_page()
        for page_html, out in jobs:
            page.set_content(page_html)
            out.write_bytes(page.pdf(prefer_css_page_size=True, print_background=True))
        page.close()
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print_pdfs(jobs, launched)
        launched.close()


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in FORMATS:
        print(__doc__)
        return 2
    made = convert(Path(argv[1]), Path(argv[2]), argv[0])
    print(f"{len(made)} statements as {argv[0]} in {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
