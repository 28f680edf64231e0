"""Styled characters into statement text: bold as `**…**`, underline as `<u>…</u>`, the marks
the parser reads in text statements (text.MARK); lines of a paragraph joined, a word
hyphenated at a line end joined again."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import hyphen_is_line_break

# What a typesetter prints where it broke a word: a soft hyphen shown, or U+2010. A plain
# "-" may be a compound's own hyphen (пресс-служба), and is decided word by word.
_BREAK_HYPHENS = "\u00ad\u2010"
_CYRILLIC_WORD_END = re.compile(r"([А-Яа-яЁё]+)-$")


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    bold: bool = False
    underline: bool = False


def paragraph_text(lines: list[list[Char]], breaks: set[int] = frozenset()) -> str:
    """The lines of one paragraph as marked text: joined into one line, but for a line break
    kept after each line whose index is in `breaks` (a title above its date)."""
    chars: list[Char] = []
    broken = False
    for index, line in enumerate(lines):
        line = _strip(line)
        if not line:
            continue
        if chars:
            if broken and chars[-1].text not in _BREAK_HYPHENS:
                chars.append(Char("\n"))
            else:
                _join(chars, line)
        chars.extend(line)
        broken = index in breaks
    return marked(chars).strip()


def _strip(line: list[Char]) -> list[Char]:
    start, end = 0, len(line)
    while start < end and not line[start].text.strip():
        start += 1
    while end > start and not line[end - 1].text.strip():
        end -= 1
    return line[start:end]


def _join(chars: list[Char], line: list[Char]) -> None:
    """Put what goes between the last line and `line` at the end of `chars`."""
    last, first = chars[-1], line[0]
    if last.text in _BREAK_HYPHENS and first.text.isalpha():
        chars.pop()
        return
    if last.text == "-" and first.text.islower():
        tail = "".join(c.text for c in line[:40]).split(" ", 1)[0]
        head = _CYRILLIC_WORD_END.search("".join(c.text for c in chars[-40:]))
        if head and hyphen_is_line_break(head.group(1), tail):
            chars.pop()
        return  # a compound's hyphen: joined, kept
    joined = last.bold == first.bold and last.underline == first.underline
    chars.append(Char(" ", last.bold and joined, last.underline and joined))


def _mark(char: Char) -> str:
    if not char.text.strip():
        return ""
    return "u" if char.underline else "b" if char.bold else ""


_OPEN = {"": "", "b": "**", "u": "<u>"}
_CLOSE = {"": "", "b": "**", "u": "</u>"}


def marked(chars: list[Char]) -> str:
    """Runs of bold or underlined characters wrapped in their marks; spaces and line breaks
    at a run's edges stay outside it, those between two words of one style inside (the
    parser joins a paragraph's lines before it reads marks)."""
    out: list[str] = []
    current = ""
    pending = ""  # spaces not yet known to be inside or outside a run
    for char in chars:
        if char.text == "\n":  # a line break, inside a run that goes on after it
            pending = "\n"
            continue
        if not char.text.strip():
            pending = pending or " "
            continue
        mark = _mark(char)
        if mark != current:
            out.extend((_CLOSE[current], pending, _OPEN[mark]))
            current = mark
        else:
            out.append(pending)
        pending = ""
        out.append(char.text)
    out.append(_CLOSE[current])
    return "".join(out)
