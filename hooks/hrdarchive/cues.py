"""The words that tell what has happened to someone (arrested, sentenced, released, …), found
in sentences: what `status` reads a defender's stage from. The cues live in `statuses.yml`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

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


@cache
def _not_now(lang: Lang) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _table()["not_now"][lang]), re.I)


@cache
def term_pattern(lang: Lang) -> re.Pattern[str]:
    return re.compile(_table()["terms"][lang], re.I)


_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Art|art|ст|ч|г|им|т\.е|т\.к)|\b\w)\.$")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph; 'Mr. X' and initials do not end one."""
    pieces = re.split(r"(?:(?<=[.!?…])|(?<=[.!?…][’”»\"]))\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])", text)
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
    for stage, cue in _cues(lang):
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
