"""Text extracted from PDF, web page and Word files (`hrdarchive.extract`), rule by rule, on
files made here: hand-written PDFs, Word files written by python-docx, saved pages."""

from __future__ import annotations

import importlib.util
import io
import textwrap
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdarchive.extract import extract
from hrdarchive.extract.marks import Char, marked, paragraph_text, words_of
from hrdarchive.model import StatementError

BAD = Path(__file__).parent / "fixtures" / "bad"
_spec = importlib.util.spec_from_file_location("bad_inputs", BAD / "make.py")
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)


def chars(text: str, bold: bool = False, underline: bool = False) -> list[Char]:
    return [Char(c, bold, underline) for c in text]


# -- Lines into paragraphs ----------------------------------------------------------------


def test_a_word_broken_by_a_typesetters_hyphen_is_joined_again():
    assert paragraph_text([chars("the defen\u2010"), chars("ders were")]) == "the defenders were"
    assert paragraph_text([chars("the defen\u00ad"), chars("ders were")]) == "the defenders were"


def test_a_compounds_own_hyphen_at_a_line_end_is_kept():
    assert paragraph_text([chars("a well-"), chars("known lawyer")]) == "a well-known lawyer"
    assert paragraph_text([chars("Abdulhadi Al-"), chars("Khawaja")]) == "Abdulhadi Al-Khawaja"
    assert paragraph_text([chars("Как сообщает пресс-"), chars("служба")]) == (
        "Как сообщает пресс-служба"
    )


def test_a_plain_hyphen_is_dropped_when_the_document_writes_the_word_whole():
    known = words_of(["human rights defenders", "a well-known lawyer"])
    lines = [chars("the defen-"), chars("ders were a well-"), chars("known group")]
    assert paragraph_text(lines, known=known) == "the defenders were a well-known group"
    # A name's other form written elsewhere: Секербаевой there, Секер-баеву here.
    known = words_of(["Жанар Секербаевой"])
    lines = [chars("журналистку Жанар Секер-"), chars("баеву после")]
    assert paragraph_text(lines, known=known) == "журналистку Жанар Секербаеву после"


def test_a_russian_word_hyphenated_at_a_line_end_is_joined_when_the_dictionary_knows_it():
    assert paragraph_text([chars("задержали правоза-"), chars("щитниц")]) == (
        "задержали правозащитниц"
    )


def test_lines_are_joined_with_a_space_and_a_kept_break_stays_a_line_break():
    lines = [chars("Russia: trial begins"), chars("12 June 2023"), chars("The court")]
    assert paragraph_text(lines) == "Russia: trial begins 12 June 2023 The court"
    assert paragraph_text(lines, breaks={0}) == "Russia: trial begins\n12 June 2023 The court"


def test_bold_and_underline_become_the_marks_the_parser_reads():
    line = [*chars("defenders "), *chars("Zhanar Sekerbayeva", bold=True), *chars(" and ")]
    line += chars("Gulzada Serzhan", underline=True)
    assert marked(line) == "defenders **Zhanar Sekerbayeva** and <u>Gulzada Serzhan</u>"


def test_a_marked_name_across_two_lines_stays_one_mark():
    lines = [chars("defender ") + chars("Zhanar", bold=True), chars("Sekerbayeva", bold=True)]
    assert paragraph_text(lines) == "defender **Zhanar Sekerbayeva**"
    # A line break its writer made ends the mark; a line all bold is a heading, not a name.
    title = [chars("Kazakhstan: attack", bold=True), chars("4 June 2021", bold=True)]
    assert paragraph_text(title, breaks={0}) == "Kazakhstan: attack\n4 June 2021"
    named = [chars("Defender ") + chars("Zhanar", bold=True), chars("Sekerbayeva", bold=True)]
    assert paragraph_text(named, breaks={0}) == "Defender **Zhanar**\nSekerbayeva"


def test_spaces_at_a_marks_edges_stay_outside_it():
    line = chars("a ") + chars(" Name ", bold=True) + chars(" b")
    assert marked(line) == "a **Name** b"


# -- PDF ----------------------------------------------------------------------------------

HEADER = "Human Rights Defenders Network      Urgent appeal"


def statement_pages() -> list[list[str]]:
    """Two pages of a statement, each with a running header and a numbered footer."""
    body = [line for page in make.seed_pages(24) for line in page][:40]
    return [
        [HEADER, "", *body[:20], "", f"Registered charity 593190. Page {n} of 2"]
        for n, body in ((1, body[:20]), (2, body[20:]))
    ]


def test_a_pdfs_running_header_and_footer_are_removed_and_its_text_kept():
    pages = statement_pages()
    extracted = extract(make.pdf(pages), "appeal.pdf")
    assert "Urgent appeal" not in extracted.text
    assert "Registered charity" not in extracted.text and "Page 1" not in extracted.text
    assert "Kazakhstan: Zhanar Sekerbayeva" in extracted.text
    assert extracted.details[0] == "PDF, 2 pages"
    assert "running header and footer removed" in extracted.details
    # What was left out is still read for withheld names.
    assert "Registered charity" in extracted.original_text


def test_a_page_number_alone_is_removed():
    pages = [[*page[1:-1], "", str(n)] for n, page in enumerate(statement_pages(), 1)]
    extracted = extract(make.pdf(pages), "appeal.pdf")
    assert "page numbers removed" in extracted.details
    assert not any(line.strip() in ("1", "2") for line in extracted.text.splitlines())


LETTERHEAD = [
    (72, 800, "Human Rights Defenders Network"),
    (72, 790, "12 Temple Road, Dublin"),
    (330, 800, "EU Office, 1000 Brussels"),
    (330, 790, "Board: Mary Ellen Lawlor"),
]


def test_a_two_column_letterhead_is_removed():
    pages = [[line for page in make.seed_pages(30) for line in page][10:30]]
    extracted = extract(make.pdf(pages, top=LETTERHEAD), "appeal.pdf")
    assert "two-column letterhead removed" in extracted.details
    assert "Temple Road" not in extracted.text and "Lawlor" not in extracted.text
    assert "Lawlor" in extracted.original_text


def test_a_page_set_in_two_columns_is_kept_whole():
    words = " ".join(line for page in make.seed_pages() for line in page)
    lines = textwrap.wrap(words, 40)[:50]
    columns = [(72, 780 - 12 * i, lines[i]) for i in range(25)]
    columns += [(320, 780 - 12 * i, lines[25 + i]) for i in range(25)]
    extracted = extract(make.pdf([[]], top=columns), "newsletter.pdf")
    assert "letterhead" not in " ".join(extracted.details)
    assert lines[0] in extracted.text and lines[49] in extracted.text


def test_fields_side_by_side_that_hold_the_date_are_kept():
    fields = [
        (72, 800, "UA: 148/20 Index: EUR 49/3117/2020"),
        (72, 790, "Belarus"),
        (330, 800, "Date: 24 September 2020"),
        (330, 790, "Urgent Action"),
    ]
    pages = [[line for page in make.seed_pages(30) for line in page][10:30]]
    extracted = extract(make.pdf(pages, top=fields), "ua.pdf")
    assert "letterhead" not in " ".join(extracted.details)
    assert "Date: 24 September 2020" in extracted.text


def test_what_a_pdf_holds_beside_its_pages_is_read_for_withheld_names():
    from pypdf import PdfReader, PdfWriter

    from hrdarchive.extract import UNREADABLE

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make.pdf(statement_pages()))))
    writer.add_metadata({"/Author": "Aigerim Tleuzhan"})
    writer.add_outline_item(title="Statement by Marat Zhanuzakov", page_number=0)
    out = io.BytesIO()
    writer.write(out)
    original = extract(out.getvalue(), "appeal.pdf").original_text
    assert "Aigerim Tleuzhan" in original and "Marat Zhanuzakov" in original
    assert UNREADABLE not in original
    writer.add_attachment("notes.txt", b"anything at all")
    out = io.BytesIO()
    writer.write(out)
    assert UNREADABLE in extract(out.getvalue(), "appeal.pdf").original_text


def test_ligatures_are_read_as_letters():
    from hrdarchive.extract.pdf import _LIGATURES

    assert "Head Oﬃce, ﬁrst ﬂoor".translate(_LIGATURES) == "Head Office, first floor"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("scan.pdf", make.pdf([[]], drawing=True), "no text layer: a scan? run OCR first"),
        ("locked.pdf", make.encrypted_pdf(), "an encrypted PDF"),
        ("cut.pdf", make.pdf(make.seed_pages())[:300], "a damaged PDF"),
        ("report.pdf", make.pdf([["page"]] * 61), "a PDF of 61 pages"),
        ("empty.pdf", b"", "the file is empty"),
    ],
)
def test_a_pdf_that_cannot_be_read_gets_the_reason(name, data, reason):
    with pytest.raises(StatementError) as error:
        extract(data, name)
    assert error.value.message.startswith(reason) and error.value.source == name


def test_a_pdf_taking_too_long_is_stopped_between_pages(monkeypatch):
    from hrdarchive.extract import pdf

    monkeypatch.setattr(pdf, "MAX_SECONDS", -1.0)
    with pytest.raises(StatementError, match="took over"):
        extract(make.pdf(statement_pages()), "slow.pdf")


# -- Word ---------------------------------------------------------------------------------


def word_file(**options) -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Board: Mary Ellen Lawlor"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.add_paragraph("4 June 2021")
    paragraph = document.add_paragraph("On 29 May 2021, defenders ")
    paragraph.add_run("Zhanar Sekerbayeva").bold = True
    paragraph.add_run(" and ")
    paragraph.add_run("Gulzada Serzhan").underline = True
    paragraph.add_run(" were attacked.")
    out = io.BytesIO()
    document.core_properties.author = options.get("author", "")
    document.save(out)
    return out.getvalue()


def test_a_word_files_marks_are_kept_and_its_header_and_footer_left_out():
    extracted = extract(word_file(), "draft.docx")
    assert extracted.text == (
        "4 June 2021\n\nOn 29 May 2021, defenders **Zhanar Sekerbayeva** and "
        "<u>Gulzada Serzhan</u> were attacked."
    )
    assert extracted.details == ["Word file", "header and footer removed"]


def table_on_top(cells: list[str]) -> bytes:
    document = docx.Document()
    table = document.add_table(rows=1, cols=len(cells))
    for cell, text in zip(table.rows[0].cells, cells, strict=True):
        cell.text = text
    document.add_paragraph("4 June 2021")
    document.add_paragraph("Kazakhstan: defenders attacked")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_letterhead_table_opening_a_word_file_is_left_out():
    data = table_on_top(["HRDN, 12 Temple Road, Dublin", "Board: Mary Ellen Lawlor"])
    extracted = extract(data, "draft.docx")
    assert extracted.text == "4 June 2021\n\nKazakhstan: defenders attacked"
    assert "letterhead table removed" in extracted.details
    assert "Lawlor" in extracted.original_text


def test_a_table_of_fields_with_the_date_is_kept():
    data = table_on_top(["UA: 148/20 Index: EUR 49/3117/2020", "Date: 24 September 2020"])
    extracted = extract(data, "ua.docx")
    assert extracted.text.startswith("UA: 148/20 Index: EUR 49/3117/2020\n\nDate: 24 September")


def test_tracked_changes_and_content_controls_read_as_the_document_now_reads():
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Defender ")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(
        parse_xml(f'<w:ins {ns} w:id="1" w:author="A"><w:r><w:t>Ivan</w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {ns} w:id="2" w:author="A"><w:r><w:delText>Old</w:delText></w:r></w:del>'
        )
    )
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:sdt {ns}><w:sdtContent><w:p><w:r><w:t>4 June 2021</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    out = io.BytesIO()
    document.save(out)
    assert extract(out.getvalue(), "draft.docx").text == "4 June 2021\n\nDefender Ivan"


def test_everything_a_word_file_holds_is_read_for_withheld_names():
    original = extract(word_file(author="Aigerim Tleuzhan"), "draft.docx").original_text
    assert "Board: Mary Ellen Lawlor" in original and "Aigerim Tleuzhan" in original


# -- Web pages ----------------------------------------------------------------------------

PAGE = """<!doctype html><html lang="en"><head><title>Kazakhstan: defenders attacked | HRDN</title>
<meta property="og:title" content="Kazakhstan: defenders attacked">
<meta property="og:site_name" content="HRDN">
<meta property="article:published_time" content="2021-06-04T10:00:00+00:00">
<script>var analytics = "Accept all cookies";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/cases">Cases</a></nav>
<div class="cookie">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<article><h1>Kazakhstan: defenders attacked</h1><time datetime="2021-06-04">4 June 2021</time>
<p>On 29 May 2021, women human rights defenders <b>Zhanar Sekerbayeva</b> and
<u>Gulzada Serzhan</u> were verbally and physically attacked by unknown male individuals and a
police officer during a public event they organised in Shymkent.</p>
<p>Following the attack, a police officer detained them both.<br>The Network calls on
the authorities to investigate.</p>
<div class="share">Share this: <a href="https://twitter.com/share">Twitter</a></div></article>
<aside><h2>Related news</h2><a href="/1">Belarus: Maryia Rabkova sentenced</a></aside>
<footer>© 2024 HRDN. Board: Mary Ellen Lawlor</footer></body></html>"""


def test_a_web_pages_main_text_title_date_and_publisher_are_read():
    extracted = extract(PAGE.encode(), "page.html")
    assert "**Zhanar Sekerbayeva**" in extracted.text and "<u>Gulzada Serzhan</u>" in extracted.text
    assert extracted.metadata == {
        "title": "Kazakhstan: defenders attacked",
        "date": "2021-06-04",
        "publisher": "HRDN",
    }
    assert "detained them both.\nThe Network calls" in extracted.text  # a <br>
    for chrome in ("cookies", "Share this", "Related news", "Rabkova", "© 2024", "analytics"):
        assert chrome not in extracted.text, chrome


def test_a_web_page_statement_parses_with_its_metadata():
    from hrdarchive.parsing import parse_job

    (statement, problems), _ = parse_job(("", "page.html", PAGE.encode(), "", b"", None))
    assert problems == []
    assert statement.title == "Kazakhstan: defenders attacked"
    assert str(statement.date) == "2021-06-04" and statement.country == "KZ"
    assert statement.defenders == ["Zhanar Sekerbayeva", "Gulzada Serzhan"]
    assert statement.publisher == "HRDN"
    assert statement.origin.startswith("web page, main text kept")


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_a_russian_web_page_is_read_in_its_encoding_declared_or_not(encoding, declared):
    page = PAGE.replace("Kazakhstan: defenders attacked", "Казахстан: нападение на правозащитниц")
    page = page.replace('<html lang="en"><head>', "<html><head>")
    if declared:
        page = page.replace("<head>", f'<head><meta charset="{encoding}">')
    extracted = extract(page.encode(encoding), "page.html")
    assert extracted.metadata["title"] == "Казахстан: нападение на правозащитниц"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div>",
                    "</div>",
                    "<br>",
                    "<script>",
                    "</script>",
                    "<b>",
                    "</b>",
                    "<!--",
                    "-->",
                    "<![CDATA[",
                    "&amp;",
                    "&#0;",
                    "<html",
                    ">",
                    "<meta property='og:title' content='",
                    "'>",
                    "\x00",
                    "<time>",
                ]
            ),
            st.text(max_size=40),
        ),
        max_size=60,
    )
)
def test_any_bytes_saved_as_a_web_page_are_read_or_refused_with_a_reason(parts):
    data = "".join(parts).encode("utf-8", "surrogatepass")
    try:
        extracted = extract(data, "fuzz.html")
    except StatementError as error:
        assert error.source == "fuzz.html" and error.message
    else:
        assert extracted.text.strip()
