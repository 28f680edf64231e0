"""Properties of the parser and the pages, on random text and on real statements mutated at
random (hypothesis): reading never fails with anything but `StatementError`, and no markup or
template code from a statement reaches a page's Markdown except escaped.

The examples are derived from a fixed seed (`derandomize=True`), so a run in CI is the same as
a run at a desk; `HYPOTHESIS_PROFILE=thorough` tries many more.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from hrdarchive.corrections import apply_corrections
from hrdarchive.link import link
from hrdarchive.listblocks import PICTURE_OPENING
from hrdarchive.model import StatementError
from hrdarchive.namekeys import latin_key
from hrdarchive.pages import render_site
from hrdarchive.parse import parse_statement
from hrdarchive.sources import decode

from .conftest import STATEMENTS

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=3000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REAL = [p.read_text(encoding="utf-8") for p in sorted(STATEMENTS.glob("*.txt"))]
WORDS = sorted({w for text in REAL for w in text.split()})

# What an editor's files, a hostile page or a broken converter put in a statement.
HOSTILE = [
    "<script>alert('x')</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<iframe src='https://evil.example/'></iframe>",
    "[a link](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
    "javascript:alert(1)",
    "{{ config.extra }}",
    "{% include 'main.html' %}",
    "{{",
    "{%",
    "---",
    "---\ntemplate: main.html\ntitle: injected\n---",
    "<!-- comment -->",
    "**Bold Name**",
    "<u>Underlined Name</u>",
    "**Aliya <img src=x onerror=alert(1)> Nurlanova**",
    "<u>Ivan {{ config }} Petrov</u>",
    "human rights defender Ivan <script>x</script> Petrov",
    "Kazakhstan: <script>alert(1)</script> {{ x }} detained",
    "&lt;script&gt;",
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066\u2069",  # isolates
    "\u200b\u200c\u200d\u2060\ufeff",  # zero-width
    "\x00",
    "\r",
    "\u2028\u2029\u0085\x0b\x0c",  # line breaks split() sees but '\n' does not
    "e\u0301\u0301\u0301",  # combining marks
    "👩🏽‍⚖️",
    "- 1.",
    "# heading",
    "> quote",
    "| table | row |",
    "!!! note",
    "    indented code",
    "Kazakhstan:",
    "Казахстан:",
    "4 June 2021",
    "Status:",
    "human rights defender",
    "правозащитница",
    "Front Line Defenders urges the authorities to:",
]

hostile_piece = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=12),
)
long_line = st.builds(lambda piece, n: " ".join([piece] * n), hostile_piece, st.integers(50, 800))


@st.composite
def mutated_statement(draw) -> str:
    """A real statement with lines deleted, duplicated, swapped, and hostile pieces put in."""
    lines = draw(st.sampled_from(REAL)).split("\n")
    for _ in range(draw(st.integers(0, 12))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "line", "long"]))
        i = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if op == "delete" and lines:
            del lines[i]
        elif op == "duplicate" and lines:
            lines.insert(i, lines[i])
        elif op == "swap" and lines:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert" and lines:
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(hostile_piece) + lines[i][at:]
        elif op == "line":
            lines.insert(i, draw(hostile_piece))
        elif op == "long":
            lines.insert(i, draw(long_line))
    return "\n".join(lines)


random_words = st.lists(
    st.one_of(hostile_piece, st.sampled_from(["\n", "\n\n", " "])), max_size=300
).map(" ".join)
any_text = st.one_of(st.text(max_size=500), random_words, mutated_statement())


def parsed(text: str):
    """The statement read from `text`, or None when it is refused as documented."""
    try:
        statement = parse_statement(text, "input.txt")
    except StatementError as exc:
        assert exc.source == "input.txt" and exc.message
        event(f"refused: {exc.message}")
        return None
    event("parsed")
    return statement


@PROFILE
@given(st.binary(max_size=3000))
def test_decode_gives_text_or_a_statement_error(data):
    try:
        text = decode(data, "input.txt")
    except StatementError as exc:
        assert exc.source == "input.txt" and exc.message
    else:
        assert isinstance(text, str) and "\x00" not in text


@PROFILE
@given(any_text)
def test_the_parser_reads_or_refuses_with_a_statement_error(text):
    statement = parsed(text)
    if statement is not None:
        assert statement.lang in ("en", "ru")
        assert statement.paragraphs and all(p.strip() for p in statement.paragraphs)


# What would be markup or template code in a page's Markdown body, if it came through as is.
_TAG = re.compile(r"<\s*/?\s*(?:script|img|iframe|object|embed|svg|style|link|meta)\b", re.I)
_JS_LINK = re.compile(r"\]\(\s*<?\s*javascript:|<a\b[^>]*\bhref\s*=\s*[\"']?\s*javascript:", re.I)
_TEMPLATE = re.compile(r"(?<!\\)\{(?:\{|%)")
_PICTURE = re.compile(rf"^{re.escape(PICTURE_OPENING)} [^\n]*</svg>$", re.MULTILINE)
_SCRIPT = re.compile(
    r"<\s*/?\s*(?:script|img|iframe|object|embed|style|link|meta|foreignObject)\b|\son\w+\s*=|javascript:",
    re.I,
)
_TAG_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son\w+\s*=", re.I)
# The keys the renderer writes in front matter ('hide' on the home pages); a statement's
# 'template:' or 'title:' line must never add one.
FRONT_KEYS = {"template", "title", "description", "archive_meta", "archive_search"}
FRONT_KEYS |= {"hide"}


def markup_in_markdown(page: str) -> list[str]:
    """Unescaped markup in one generated page: in its body, and in its front matter's title
    and description (Material prints those as they are)."""
    body, data = get_data(page)  # as MkDocs reads it
    # The archive's own pictures are SVG: in them, only what a statement could smuggle in.
    pictures = _PICTURE.findall(body)
    body = _PICTURE.sub("", body)
    offences = [m.group(0) for p in pictures for m in _SCRIPT.finditer(p)]
    offences += [m.group(0) for m in _TAG.finditer(body)]
    offences += [m.group(0) for m in _JS_LINK.finditer(body)]
    offences += [m.group(0) for m in _TEMPLATE.finditer(body)]
    offences += [m.group(0) for m in _TAG_ATTRIBUTE.finditer(body)]
    if not data or not set(data) <= FRONT_KEYS:
        offences.append(f"front matter keys {sorted(data)}")
    else:
        for key in ("title", "description"):
            if "<" in str(data.get(key, "")):
                offences.append(f"{key}: {data[key]!r}")
    return offences


@PROFILE
@given(st.one_of(mutated_statement(), random_words))
def test_pages_never_carry_markup_from_a_statement(text):
    statement = parsed(text)
    if statement is None:
        return
    archive = link([statement], [], [])
    for path, page in render_site(archive).pages.items():
        assert markup_in_markdown(page) == [], path


hostile_value = st.lists(hostile_piece, min_size=1, max_size=6).map(" ".join)
# A name of a few words: `names.name_similarity` tries every pairing of two names' words, so two
# names of ten words each take seconds, of twelve an hour (reported; the parser's names have
# four words at most, an editor's correction is not checked).
hostile_name = hostile_value.filter(lambda name: len(latin_key(name).split()) <= 6)


@PROFILE
@given(
    st.sampled_from(REAL),
    st.fixed_dictionaries(
        {},
        optional={
            "title": hostile_value,
            "defenders": st.lists(hostile_name, max_size=3),
            "organisations": st.lists(hostile_value, max_size=3),
            "publisher": hostile_value,
        },
    ),
)
def test_pages_never_carry_markup_from_an_editors_corrections(text, corrections):
    statement = parse_statement(text, "input.txt")
    corrections = {
        key: [v for v in value if v.strip()] if isinstance(value, list) else value
        for key, value in corrections.items()
    }
    apply_corrections(statement, corrections)
    archive = link([statement], [], [])
    for path, page in render_site(archive).pages.items():
        assert markup_in_markdown(page) == [], path


def test_the_markup_check_finds_markup():
    page = "---\ntitle: '<b>'\n---\n<script>x</script> [a](javascript:x) {{ x }} <p onclick=x>"
    assert markup_in_markdown(page) == [
        "<script",
        "</script",
        "](javascript:",
        "{{",
        "<p onclick=",
        "title: '<b>'",
    ]
    assert markup_in_markdown("---\ntitle: x\nhidden: 1\n---\n")
    assert markup_in_markdown("---\ntitle: x\n---\n&lt;script&gt; \\{\\{ x \\}\\}") == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@given(st.dictionaries(st.text(), json_values))
def test_open_data_json_is_what_the_standard_library_writes(data):
    """orjson writes archive.json; its text is compact `json.dumps`'s, for any text."""
    import json

    from hrdarchive.export import _json

    assert _json(data) == json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
