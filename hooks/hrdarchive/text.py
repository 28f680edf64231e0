"""Raw text into clean blocks: the repairs every statement needs before it is read.

Contract: `normalize` only changes invisible or equivalent characters (spaces, line ends, zero
width marks); `split_blocks` keeps every visible character, each block with the line it
started on; `reflow` joins blocks that a page break or a hard line break split, and never
drops text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from .model import Lang

# Regular expressions, not str.translate: translate with a dict is slow on non-ASCII text.
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000\t]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

LONG_LINE = 120  # characters; a wrapped line of PDF or e-mail text is shorter
LIST_ITEM = re.compile(r"^\s*(?:[-*•–]\s*(?:\d{1,2}[.)]\s*)?|\d{1,2}[.)]\s+)")
_SENTENCE_END = re.compile(r"[.!?:;…\"”»)\]]\s*$")
_WORD_HYPHEN_END = re.compile(r"(\w+)-$")


@dataclass
class Block:
    """A paragraph (or list item) of raw text and the line it started on."""

    text: str
    line: int
    is_item: bool = False
    raw: list[str] = field(default_factory=list, compare=False)

    @property
    def words(self) -> int:
        return len(self.text.split())


def normalize(text: str) -> str:
    """Unify line ends and spaces; drop zero-width marks and soft hyphens."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    return "\n".join(line.rstrip() for line in text.split("\n"))


_GLUED_TITLE = re.compile(r"\b(Mr|Ms|Mrs|Messrs|Dr)\.(?=[A-ZА-ЯЁ])")
_GLUED_FUNCTION_WORD = re.compile(
    r"\b(the|The|of|for|and|to|in|on|by|with|from|at|an?)(?=[A-Z][a-z])"
)
_GLUED_CAPITALS = re.compile(
    r"\b([A-Z][a-z]{3,}|[А-ЯЁ][а-яё]{3,})([A-Z][a-z]{2,}|[А-ЯЁ][а-яё]{2,})\b"
)
# What a text must hold for _GLUED_TITLE or _GLUED_YEAR to match, searched first: a pattern
# opening with a word boundary is tried at every character, these only where they can start.
_MAY_GLUE_TITLE = re.compile(r"\.[A-ZА-ЯЁ]")
_MAY_GLUE_YEAR = re.compile(r"[A-ZА-ЯЁ](?<=\d[A-ZА-ЯЁ])")
_GLUED_YEAR = re.compile(r"\b(\d{4})([A-ZА-ЯЁ]{2,})")  # 'Date: 30 April 2012URGENT ACTION'
_GLUED_NUMBER = re.compile(r"\b([A-Za-zА-Яа-яЁё]{3,})(\d{1,2},?\s+\d{4})\b")


def repair_glued_words(text: str, kept: frozenset[str] = frozenset()) -> str:
    """Put back spaces that PDF-to-HTML conversion lost: 'theProtection', 'Mr.Oyub',
    'BashirSuleimanly', 'December20, 2013'. Words in `kept` (YouTube, WhatsApp) stay whole;
    an all-lowercase run ('arbitrarydetention') cannot be told from a word and stays."""
    if _MAY_GLUE_TITLE.search(text):
        text = _GLUED_TITLE.sub(r"\1. ", text)
    text = _GLUED_FUNCTION_WORD.sub(r"\1 ", text)
    text = _GLUED_CAPITALS.sub(lambda m: m[0] if m[0] in kept else f"{m[1]} {m[2]}", text)
    text = _GLUED_NUMBER.sub(r"\1 \2", text)
    return _GLUED_YEAR.sub(r"\1 \2", text) if _MAY_GLUE_YEAR.search(text) else text


def split_blocks(
    text: str, lang: Lang, stands_alone: Callable[[str], bool] | None = None
) -> list[Block]:
    """Blocks separated by blank lines; list items, and lines for which `stands_alone` is true
    (a date, a country, a reference code), become blocks of their own; the other lines of a
    block are joined (they were wrapped, not separate paragraphs)."""
    blocks: list[Block] = []
    current: list[tuple[int, str]] = []

    def flush() -> None:
        if not current:
            return
        group: list[tuple[int, str]] = []
        # Web pages put a paragraph on one long line with no blank line between paragraphs;
        # PDF and e-mail text wraps lines short. Long lines are paragraphs of their own.
        long_lines = max(len(line) for _, line in current) > LONG_LINE
        alone = stands_alone or (lambda line: False)
        for number, line in current:
            if (LIST_ITEM.match(line) or long_lines or alone(line)) and group:
                blocks.append(_join(group, lang))
                group = []
            group.append((number, line))
            if alone(line) and len(current) > 1:
                blocks.append(_join(group, lang))
                group = []
        if not group:
            current.clear()
            return
        blocks.append(_join(group, lang))
        current.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            current.append((number, line.strip()))
        else:
            flush()
    flush()
    return blocks


def _join(lines: list[tuple[int, str]], lang: Lang) -> Block:
    text = lines[0][1]
    for _, line in lines[1:]:
        text = join_broken(text, line, lang)
    return Block(
        text=text,
        line=lines[0][0],
        is_item=bool(LIST_ITEM.match(lines[0][1])),
        raw=[line for _, line in lines],
    )


def join_broken(left: str, right: str, lang: Lang) -> str:
    """Join two pieces of one sentence; a word hyphenated across the break is rejoined."""
    match = _WORD_HYPHEN_END.search(left)
    if match and right[:1].islower():
        first = right.split(" ", 1)[0]
        if lang == "ru" and hyphen_is_line_break(match.group(1), first):
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def hyphen_is_line_break(head: str, tail: str) -> bool:
    """True where the hyphen only split a word: the joined word is known to the Russian
    dictionary and the hyphenated one is not (so 'пресс-' / 'служба' keeps its hyphen)."""
    analyzer = russian_morphology()
    tail = re.sub(r"\W+$", "", tail)
    return analyzer.word_is_known((head + tail).lower()) and not analyzer.word_is_known(
        f"{head}-{tail}".lower()
    )


@cache
def russian_morphology():
    """One pymorphy3 analyzer for the process: it takes a second to load."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def reflow(blocks: list[Block], lang: Lang) -> list[Block]:
    """Join body paragraphs that a page break split: a paragraph that stops mid-sentence
    ('... Shymkent city. Zhanar' / 'Sekerbayeva was charged ...') continues in the next."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.is_item
            and not block.is_item
            and prev.words >= 8
            and not ends_sentence(prev.text)
            and block.text[:1].isalnum()
        ):
            prev.text = join_broken(prev.text, block.text, lang)
            prev.raw.extend(block.raw)
            continue
        out.append(Block(block.text, block.line, block.is_item, list(block.raw)))
    return out


# Markup that extraction left around names: **bold**, <u>underline</u>, [empty links](#).
MARK = re.compile(
    r"\*\*(?P<bold>[^*\n]{1,200}?)\*\*"
    r"|<(?P<tag>u|b|strong|em|i)>(?P<tagged>[^<\n]{1,200}?)</(?P=tag)>"
    r"|\[(?P<link>[^\]\n]{1,200})\]\((?P<href>[^)\s]*)\)"
)


def marked_phrases(text: str) -> list[str]:
    """The phrases a statement marks (bold, underlined, linked), in order."""
    return [m["bold"] or m["tagged"] or m["link"] for m in MARK.finditer(text)]


def strip_marks(text: str) -> str:
    """The text without the marking syntax, the marked words kept."""
    return MARK.sub(lambda m: m["bold"] or m["tagged"] or m["link"], text)


def list_item_text(text: str) -> str:
    """A list item without its bullet or (possibly broken) number."""
    return LIST_ITEM.sub("", text, count=1).strip()
