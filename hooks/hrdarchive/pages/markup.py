"""Text into Markdown, list HTML and front matter, so that it shows as itself.

Contract: whatever a statement holds (`<script>`, link syntax, `{{ }}`, a line that starts like
a list), `escape_markdown` and `escape_list_text` give text that renders as those characters,
on one line; `front_matter` gives YAML that reads back as the strings it was given.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import escape as escape_html

from babel import Locale

from ..model import Lang
from ..vocabulary import labels

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~^])")
_LINE_START = re.compile(r"(\s*)(-|\+|\d+(?=\.))")
# What YAML does not take as it is inside a double-quoted scalar: characters it refuses in a
# document, and those it reads as line breaks.
_YAML_UNSAFE = re.compile(
    "[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


@lru_cache(maxsize=1 << 16)  # names, places and labels recur on thousands of pages
def escape_markdown(text: str) -> str:
    """Text that renders as itself: HTML and Markdown syntax neutralised, one line."""
    text = " ".join(text.split())  # one line: runs of white space as one space
    text = escape_html(text, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A line starting like a list, quote or numbered item would become one.
    start = _LINE_START.match(text)
    return _escape_line_start(start) + text[start.end() :] if start else text


def _escape_line_start(match: re.Match[str]) -> str:
    indent, token = match.groups()
    return indent + (f"{token}\\" if token[0].isdigit() else f"\\{token}")


@lru_cache(maxsize=1 << 16)
def escape_list_text(text: str) -> str:
    """Text in the raw HTML of a list: one line (a blank line would end the HTML block),
    HTML-escaped, and Markdown's special characters (and so Jinja's braces) as character
    references: it shows as itself whether read as HTML or as Markdown."""
    text = escape_html(" ".join(text.split()), quote=False)
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)


def yaml_string(text: str) -> str:
    """A front-matter scalar: a JSON string is a double-quoted YAML one, with the characters
    YAML would refuse or fold escaped as YAML writes them."""
    return _YAML_UNSAFE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False)
    )


def front_matter(data: dict[str, str]) -> str:
    """YAML front matter of string values, written, not dumped: a YAML library's time on
    every page is not needed for a few strings."""
    return "---\n" + "".join(f"{k}: {yaml_string(v)}\n" for k, v in data.items()) + "---\n"


def plural(n: int, word: str, lang: Lang) -> str:
    """'1 case', '5 дел': the CLDR plural category picks the form."""
    forms = labels()[lang]["counts"][word]
    category = Locale(lang).plural_form(n)
    return f"{n} {forms.get(category, forms['other'])}"
