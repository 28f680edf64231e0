"""The archive's lists of cases and people, and its pictures, in Python-Markdown: set aside
whole, as the raw HTML they are, before any HTML parser reads them.

The renderer writes each list as one raw HTML block (`<ul class="archive-list">`, one `<li>`
per line, its text escaped: pages.markup.escape_list_text). Python-Markdown's raw HTML
preprocessor, and MkDocs' own before it (which looks for anchors), would each feed it through
Python's html.parser tag by tag: a large archive's cases index and theme pages hold tens of
thousands of tags, and parsing them was most of what converting those pages cost. This
preprocessor runs before both and puts each such block in the HTML stash as it is;
the stash gives the block back, unchanged, where it stood. The pattern takes only a block the
renderer's shape: anything else (an editor's own HTML, a list inside a code block, which the
code block has already stashed) goes through Python-Markdown as before. MkDocs' anchor finder
does not see inside a block set aside: the lists carry no ids, and must not.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

LIST_OPENING = '<ul class="archive-list">'
# A picture drawn at build time (pages/pictures.py): one line, an <svg> of the archive's.
PICTURE_OPENING = '<svg xmlns="http://www.w3.org/2000/svg"'
_LIST = re.compile(
    rf"^(?:{re.escape(LIST_OPENING)}\n(?:<li>[^\n]*</li>\n)*</ul>"
    rf"|{re.escape(PICTURE_OPENING)} [^\n]*</svg>)$",
    re.MULTILINE,
)

# After fenced code (25), before MkDocs' anchor finder (21) and Python-Markdown's raw HTML (20).
PRIORITY = 22


class _StashLists(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if LIST_OPENING not in text and PICTURE_OPENING not in text:
            return lines
        stashed = _LIST.sub(lambda m: f"\n\n{self.md.htmlStash.store(m.group())}\n\n", text)
        return stashed.split("\n")


class ArchiveListsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_StashLists(md), "archive_lists", PRIORITY)
