"""The archive's lists go through Python-Markdown set aside whole (listblocks.py): the same
HTML as Python-Markdown's own raw HTML handling gives, without its HTML parser reading them."""

from __future__ import annotations

import datetime as dt
import re

import markdown
import pytest
from markdown.preprocessors import Preprocessor

from hrdarchive.build import build_archive
from hrdarchive.link import link
from hrdarchive.listblocks import PRIORITY, ArchiveListsExtension
from hrdarchive.model import Statement
from hrdarchive.pages import render_site

from .conftest import ROOT, STATEMENTS

EXTENSIONS = ["admonition", "toc"]  # as mkdocs.yml has them


class _Seen(Preprocessor):
    """What reaches the raw HTML preprocessors, which run after the lists are set aside."""

    def __init__(self, md, lines: list[str]) -> None:
        super().__init__(md)
        self.lines = lines

    def run(self, lines):
        self.lines.extend(lines)
        return lines


def convert(text: str, stash: bool) -> tuple[str, list[str]]:
    md = markdown.Markdown(extensions=[*EXTENSIONS, *([ArchiveListsExtension()] if stash else [])])
    seen: list[str] = []
    md.preprocessors.register(_Seen(md, seen), "seen", PRIORITY - 0.5)
    return md.convert(text), seen


def same_html(a: str, b: str) -> bool:
    """Equal but for blank lines between blocks, which the browser does not show."""
    return [line for line in a.splitlines() if line] == [line for line in b.splitlines() if line]


@pytest.fixture(scope="module")
def sample_pages() -> dict[str, str]:
    return render_site(build_archive(STATEMENTS)).pages


def test_every_list_of_the_sample_is_set_aside_and_comes_out_the_same(sample_pages):
    lists = 0
    for path, page in sample_pages.items():
        body = page.split("---", 2)[2]
        stashed, seen = convert(body, stash=True)
        plain, _ = convert(body, stash=False)
        assert same_html(stashed, plain), path
        assert not [line for line in seen if line.startswith("<li>")], path
        blocks = re.findall(r'(?s)<ul class="archive-list">.*?</ul>', body)
        # MkDocs' anchor finder does not see inside them.
        assert not [block for block in blocks if " id=" in block or " name=" in block], path
        lists += len(blocks)
    assert lists > 100


def test_hostile_titles_in_lists_stay_text():
    statements = [
        Statement(
            source=f"evil{n}.txt",
            lang="en",
            date=dt.date(2021, 6, n),
            title=f"Kazakhstan: <script>alert({n})</script> </ul> [x](javascript:x) {{{{ x }}}}",
            country="KZ",
            defenders=["Zhanar Sekerbayeva"],
            organisations=[],
            paragraphs=["Text."],
        )
        for n in (1, 2, 3)
    ]
    site = render_site(link(statements, [], []))
    pages = [p for path, p in site.pages.items() if path.startswith("countries/kazakhstan.en")]
    html, seen = convert(pages[0].split("---", 2)[2], stash=True)
    assert not [line for line in seen if line.startswith("<li>")]
    assert html.count("&lt;script&gt;alert&#40;") == 3  # each title, shown as text
    for tag in ("<script", "</ul> [", 'href="javascript'):
        assert tag not in html


def test_a_list_in_a_code_block_stays_code():
    text = '```\n<ul class="archive-list">\n<li>x</li>\n</ul>\n```\n'
    md = markdown.Markdown(extensions=[*EXTENSIONS, "fenced_code", ArchiveListsExtension()])
    assert "&lt;ul class=&quot;archive-list&quot;&gt;" in md.convert(text)


@pytest.mark.parametrize(
    "text",
    [
        '<ul class="archive-list">\n<li>a</li>\n\n<li>b</li>\n</ul>\n',  # a blank line in it
        '<ul class="archive-list">\n<li>a\nb</li>\n</ul>\n',  # an item on two lines
        '<ul class="archive-list">\n<li>a</li>\n</ul> *b*\n',  # text after it
        '    <ul class="archive-list">\n    <li>a</li>\n    </ul>\n',  # indented: code
    ],
)
def test_anything_else_goes_through_python_markdown_as_before(text):
    stashed, seen = convert(text, stash=True)
    assert stashed == convert(text, stash=False)[0]
    assert [line for line in seen if line] == [line for line in text.split("\n") if line]


def test_the_hook_adds_the_extension_once_to_a_config():
    """mkdocs-static-i18n's build of the other language runs on_config again on the same
    config."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    for _ in range(3):
        config = config.plugins.on_config(config)
    added = [e for e in config.markdown_extensions if type(e).__name__ == "ArchiveListsExtension"]
    assert len(added) == 1
