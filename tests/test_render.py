"""Rendered Markdown: golden files for the seed case, and escaping of whatever a statement
contains. Regenerate the golden files with `UPDATE_GOLDEN=1 pytest tests/test_render.py` and
review the diff."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import os
import re
import shutil
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from hrdarchive.build import build_archive
from hrdarchive.link import link
from hrdarchive.model import Statement
from hrdarchive.pages import render_site
from hrdarchive.pages.markup import escape_markdown, plural, yaml_string

from .conftest import SEED_EN, SEED_RU, STATEMENTS

GOLDEN = Path(__file__).parent / "golden"
SEED_CASE = "2021-06-04-zhanar-sekerbayeva-and-gulzada-serzhan-verbally-and"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, folder / name)
    return render_site(build_archive(folder))


@pytest.fixture(scope="module")
def seed_pages(seed_site) -> dict[str, str]:
    return seed_site.pages


def golden_text(site, page: str) -> str:
    """A page's Markdown, then the meta its template shows (facts, JSON-LD, search entry)."""
    meta = site.page_meta.get(page)
    if meta is None:
        return site.pages[page]
    dumped = json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True)
    return f"{site.pages[page]}\n<!-- page meta -->\n{dumped}\n"


@pytest.mark.parametrize(
    "page",
    [
        f"cases/{SEED_CASE}.en.md",
        f"cases/{SEED_CASE}.ru.md",
        "defenders/zhanar-sekerbayeva.en.md",
        "defenders/zhanar-sekerbayeva.ru.md",
        "countries/kazakhstan.ru.md",
        "index.ru.md",
    ],
)
def test_golden_page(seed_site, page):
    golden = GOLDEN / page.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(golden_text(seed_site, page), encoding="utf-8")
        pytest.skip("golden file written: review its diff")
    assert golden_text(seed_site, page) == golden.read_text(encoding="utf-8")


def test_every_kind_of_page_in_both_languages(seed_pages):
    for lang in ("en", "ru"):
        for page in (
            f"index.{lang}.md",
            f"cases/index.{lang}.md",
            f"defenders/index.{lang}.md",
            f"countries/index.{lang}.md",
            f"cases/{SEED_CASE}.{lang}.md",
            f"defenders/gulzada-serzhan.{lang}.md",
            f"countries/kazakhstan.{lang}.md",
        ):
            assert page in seed_pages


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![pixel](https://tracker.example/p.gif)",
    "<!-- hidden -->",
    "{{ config.extra }} {% include 'x' %}",
    "**bold** _em_ `code`",
    "1. not a list",
    "# not a heading",
    "> not a quote",
    "- not an item",
    "!!! note",
    "&lt; stays written as &lt;",
    "https://example.org/bare-url",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_statement_text_renders_as_itself(text):
    html = markdown.markdown(escape_markdown(text), extensions=["admonition", "toc"])
    assert html.startswith("<p>") and html.endswith("</p>")
    assert "<" not in html[3:-4]
    assert html_lib.unescape(html[3:-4]) == text


def test_hostile_statement_in_a_whole_page():
    statement = Statement(
        source="evil <b>.txt",
        lang="en",
        date=dt.date(2021, 6, 4),
        title="Kazakhstan: <script>alert('title')</script> {{ x }}",
        country="KZ",
        defenders=["Zhanar Sekerbayeva"],
        organisations=["<img src=x onerror=alert(1)> Union"],
        paragraphs=["<script>alert(1)</script> [x](javascript:alert(1))"],
        calls=["<iframe src=//evil>"],
        calls_intro="We urge:",
    )
    site = render_site(link([statement], [], []))
    path = next(k for k in site.pages if k.startswith("cases/2021") and k.endswith("en.md"))
    page = site.pages[path]
    html = markdown.markdown(page.split("---", 2)[2], extensions=["admonition", "toc"])
    for tag in ("<script", "<img", "<iframe", 'href="javascript'):
        assert tag not in html
    front = yaml.safe_load(page.split("---", 2)[1])
    assert "<" not in front["title"]
    assert html_lib.unescape(front["title"]) == statement.title
    hrefs = [i["href"] for f in site.page_meta[path]["archive_facts"] for i in f["items"]]
    assert "../../statements/evil%20%3Cb%3E.txt" in hrefs


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (1, "ru", "1 дело"),
        (2, "ru", "2 дела"),
        (5, "ru", "5 дел"),
        (21, "ru", "21 дело"),
        (1, "en", "1 case"),
        (3, "en", "3 cases"),
    ],
)
def test_plurals(n, lang, expected):
    assert plural(n, "case", lang) == expected


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_front_matter_strings_read_back_as_written(text):
    """Titles and descriptions go into front matter as JSON strings; YAML must read each back
    as it was, whatever it holds (control characters, U+2028, NEL, BOM, quotes, colons)."""
    assert yaml.safe_load(f"title: {yaml_string(text)}\n") == {"title": text}


def test_list_text_is_one_line_and_shows_as_itself():
    """A blank line would end a list's raw HTML block; Markdown and Jinja syntax stay text."""
    from hrdarchive.pages.markup import escape_list_text

    assert escape_list_text("a\n\n[b](javascript:x) {{ c }} <i>") == (
        "a &#91;b&#93;&#40;javascript:x&#41; &#123;&#123; c &#125;&#125; &lt;i&gt;"
    )


def test_related_cases_are_the_nearest_in_date():
    """A case page lists the cases nearest to it in date, newer first at equal distance and
    newest first on the page, not the newest of all: a new case changes the lists of the few
    cases around it, not the page of every case of its country."""
    from hrdarchive.pages.inputs import nearest as _nearest

    newest_first = list("abcdefghij")
    assert _nearest(newest_first, "e", set(), 5) == list("bcdfg")
    assert _nearest(newest_first, "a", set(), 3) == list("bcd")
    assert _nearest(newest_first, "j", set(), 2) == list("hi")
    assert _nearest(newest_first, "e", {"d", "f"}, 3) == list("bcg")  # listed elsewhere
    assert _nearest(["a"], "a", set(), 5) == []


@pytest.mark.parametrize("heading", ["2021", "Undated", "Без даты", "A & B", "Ё", "Ǆ x", "Ä"])
def test_jump_links_use_the_ids_the_toc_extension_gives(heading):
    """The lists' jump links ('[2021](#2021)') and the headings' ids come from one slugify,
    the one mkdocs.yml configures for `toc`: "A & B" is `a-b`, as the heading's id."""
    from pymdownx.slugs import slugify

    from hrdarchive.pages import Kit, Urls

    configured = slugify(case="lower")
    html = markdown.markdown(f"## {escape_markdown(heading)}", extensions=["toc"],
                             extension_configs={"toc": {"slugify": configured}})  # fmt: skip
    [id_] = re.findall(r'id="([^"]*)"', html)
    assert Kit(Urls(), slugify=configured).anchor(heading) == id_
