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
_WORD_END = re.compile(r"[^\W\d_]+$")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]+")


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    bold: bool = False
    underline: bool = False


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def words_of(texts: list[str]) -> frozenset[str]:
    """The words of a document, compounds whole, in lower case: what `paragraph_text` asks
    whether a word hyphenated at a line end is written elsewhere."""
    return frozenset(w.lower() for text in texts for w in _WORD.findall(text))


def paragraph_text(
    lines: list[list[Char]], breaks: set[int] = frozenset(), known: frozenset[str] = frozenset()
) -> str:
    """The lines of one paragraph as marked text: joined into one line, but for a line break
    kept after each line whose index is in `breaks` (a title above its date). `known`: the
    document's words, for hyphens at line ends."""
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
                _join(chars, line, known)
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


def _join(chars: list[Char], line: list[Char], known: frozenset[str] = frozenset()) -> None:
    """Put what goes between the last line and `line` at the end of `chars`."""
    last, first = chars[-1], line[0]
    if last.text in _BREAK_HYPHENS and first.text.isalpha():
        chars.pop()
        return
    if last.text == "-" and first.text.isalpha():
        if first.text.islower() and _hyphen_only_broke(chars, line, known):
            chars.pop()
        return  # a compound's hyphen (Al-Khawaja, пресс-служба): joined, kept
    joined = last.bold == first.bold and last.underline == first.underline
    chars.append(Char(" ", last.bold and joined, last.underline and joined))


def _hyphen_only_broke(chars: list[Char], line: list[Char], known: frozenset[str]) -> bool:
    """A plain "-" at a line's end split one word, not a compound: the hyphenated word is
    written nowhere else, and the joined word (or a form of it) is, or (in Russian) the
    dictionary knows the joined word and not the hyphenated one."""
    head = _WORD_END.search("".join(c.text for c in chars[-40:-1]))
    tail = _WORD.match("".join(c.text for c in line[:40]))
    if not head or not tail:
        return False
    head_word, tail_word = head.group(0), tail.group(0)
    joined, compound = f"{head_word}{tail_word}".lower(), f"{head_word}-{tail_word}".lower()
    if compound in known:
        return False
    if _written_elsewhere(joined, known):
        return True
    return bool(_CYRILLIC.fullmatch(head_word)) and hyphen_is_line_break(head_word, tail_word)


def _written_elsewhere(joined: str, known: frozenset[str]) -> bool:
    """The word, or another form of it (all but its last three letters the same: Секербаеву
    and Секербаевой), is written whole elsewhere in the document."""
    if joined in known:
        return True
    stem = joined[: max(len(joined) - 3, 5)]
    return len(joined) > 6 and any(w.startswith(stem) and "-" not in w for w in known)


def _mark(char: Char) -> str:
    if not char.text.strip():
        return ""
    return "u" if char.underline else "b" if char.bold else ""


_OPEN = {"": "", "b": "**", "u": "<u>"}
_CLOSE = {"": "", "b": "**", "u": "</u>"}


def marked(chars: list[Char]) -> str:
    """The characters as marked text; a line all in one style (a bold heading, a bold date)
    is plain: emphasis of the line, not a name marked in it."""
    lines, start = [], 0
    for i, char in enumerate([*chars, Char("\n")]):
        if char.text == "\n":
            line = chars[start:i]
            styles = {_mark(c) for c in line if c.text.strip()}
            if len(styles) == 1 and "" not in styles:
                line = [Char(c.text) for c in line]
            lines.append(_marked_line(line))
            start = i + 1
    return "\n".join(lines)


def _marked_line(chars: list[Char]) -> str:
    """Runs of bold or underlined characters wrapped in their marks; spaces at a run's edges
    stay outside it, those between two words of one style inside. A line break ends a run:
    a bold title above a bold date are two lines the parser reads apart."""
    out: list[str] = []
    current = ""
    pending = ""  # spaces not yet known to be inside or outside a run
    for char in chars:
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
