"""The words that tell what has happened to someone (arrested, sentenced, released, …), found
in sentences: what `status` reads a defender's stage from. The cues live in `statuses.yml`.
"""

from __future__ import annotations

import re

# The standard library's own regular-expression parser (sre_parse until Python 3.11), to read
# a cue's anchors from the cue itself.
import re._parser as re_parser
from functools import cache
from pathlib import Path
from re._constants import BRANCH, LITERAL, SUBPATTERN

import yaml

from .model import Lang


@cache
def _table() -> dict:
    path = Path(__file__).with_name("statuses.yml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def stages() -> list[str]:
    """Every stage, earliest first: of two cues, the later stage is the defender's status."""
    return list(_table()["stages"])


@cache
def _cues(lang: Lang) -> list[tuple[str, re.Pattern[str]]]:
    return [
        # One lookbehind before the alternatives, not one each: four times as fast.
        (stage, re.compile("(?<!\\w)(?:" + "|".join(f"(?:{c})" for c in cues[lang]) + ")", re.I))
        for stage, cues in _table()["cues"].items()
    ]


# A stage's cues are searched only in a sentence holding one of their anchors: words each
# cue cannot match without ('arrest', 'приговор'). Twice as fast, the same cues found.
ANCHOR_MIN = 3


@cache
def _anchors(lang: Lang) -> dict[str, tuple[str, ...] | None]:
    """Per stage, the lower-case words one of which a sentence holds if any cue of the stage
    can match in it; None where a cue has no such word."""
    found: dict[str, tuple[str, ...] | None] = {}
    for stage, cues in _table()["cues"].items():
        words = [_cue_anchors(c) for c in cues[lang]]
        found[stage] = None if None in words else tuple(w for ws in words for w in ws)
    return found


def _cue_anchors(cue: str) -> tuple[str, ...] | None:
    """The longest run of plain letters the cue must match, or the runs its top-level
    alternatives open with ('(?:arrested|detained)'); None if it has neither."""
    best, run, branches = "", "", None
    for op, value in re_parser.parse(cue):
        if op is LITERAL:
            run += chr(value)
            continue
        best, run = max(best, run, key=len), ""
        if branches is None and op is BRANCH:  # '(?:a|b)' is parsed as a bare branch
            branches = _branch_openings(value[1])
        elif branches is None and op is SUBPATTERN:
            branches = _subpattern_openings(value[-1])
    best = max(best, run, key=len)
    if len(best) >= ANCHOR_MIN:
        return (best.lower(),)
    return branches


def _subpattern_openings(parsed) -> tuple[str, ...] | None:
    items = list(parsed)
    if len(items) != 1 or items[0][0] is not BRANCH:
        return None
    return _branch_openings(items[0][1][1])


def _branch_openings(branches) -> tuple[str, ...] | None:
    openings = []
    for branch in branches:
        opening = ""
        for op, value in branch:
            if op is not LITERAL:
                break
            opening += chr(value)
        if len(opening) < ANCHOR_MIN:
            return None
        openings.append(opening.lower())
    return tuple(openings)


@cache
def _not_now(lang: Lang) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _table()["not_now"][lang]), re.I)


@cache
def term_pattern(lang: Lang) -> re.Pattern[str]:
    return re.compile(_table()["terms"][lang], re.I)


_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Art|art|ст|ч|г|им|т\.е|т\.к)|\b\w)\.$")


# A sentence's end: its mark, a closing quote, and the space before a capital. The mark is
# matched, not looked behind for: a pattern opening with a look-behind is tried at every
# character, one opening with a character class only where it stands (four times as fast).
_SENTENCE_END = re.compile(r"[.!?…][’”»\"]?(\s+)(?=[\"“«(]?[A-ZА-ЯЁ0-9])")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph; 'Mr. X' and initials do not end one."""
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        pieces.append(text[start : end.start(1)])
        start = end.end(1)
    pieces.append(text[start:])
    out: list[str] = []
    for piece in pieces:
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def cues_in(sentence: str, lang: Lang) -> list[tuple[str, re.Match[str]]]:
    """Every cue of the sentence that tells what has happened, in the order they stand."""
    found = []
    lower = sentence.lower()
    anchors = _anchors(lang)
    for stage, cue in _cues(lang):
        if anchors[stage] is not None and not any(map(lower.__contains__, anchors[stage])):
            continue
        for match in cue.finditer(sentence):
            if not _in_a_name(sentence, match) and not _not_now(lang).search(
                sentence[max(0, match.start() - 80) : match.start()]
            ):
                found.append((stage, match))
    return sorted(found, key=lambda c: c[1].start())


def _in_a_name(sentence: str, match: re.Match[str]) -> bool:
    """'World Organisation Against Torture', 'Relatives of the Disappeared', 'Amnesty
    International': a capitalised cue inside a sentence is a word of a name."""
    return (
        match.start() > 0
        and sentence[match.start()].isupper()
        and not sentence[: match.start()].rstrip().endswith((":", '"', "«", "“"))
    )
