"""What has happened to each defender, as one statement tells it: the latest stage of their
case (detained, charged, on trial, sentenced with its term, released, …) and the sentence that
says so.

Contract: `find_statuses` reads only the statement's own text (headline, paragraphs, a case
page's 'Status:' field); a defender with no cue in a sentence about them has no status, never
a guess. The cues live in `statuses.yml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .model import Lang
from .people import surname_pattern

# A cue this far (in characters) from the defender's name, in a sentence naming several people,
# is taken to be about them; further off it is about someone else in the sentence.
CUE_REACH = 160
# A cue ending this close before a name governs it: 'the assault on X', 'арест Руфата …'.
GOVERNS_REACH = 12


@dataclass(frozen=True)
class DefenderStatus:
    """The latest stage of one defender's case that a statement reports."""

    stage: str  # one of `stages()`
    sentence: str  # the sentence that says it, as the statement writes it
    term: str | None = None  # for 'sentenced': '7 years', 'семи годам', 'a fine of …'
    how: str = "pattern"  # 'pattern', 'page' (a case page's Status field) or 'editor'


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
        (stage, re.compile("|".join(f"(?<!\\w)(?:{c})" for c in cues[lang]), re.I))
        for stage, cues in _table()["cues"].items()
    ]


@cache
def _not_now(lang: Lang) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _table()["not_now"][lang]), re.I)


@cache
def _term(lang: Lang) -> re.Pattern[str]:
    return re.compile(_table()["terms"][lang], re.I)


_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Art|art|ст|ч|г|им|т\.е|т\.к)|\b\w)\.$")
# A sentence that goes on about the people of the one before: 'He was …', 'Она …'.
_PRONOUN = re.compile(r"^(?:He|She|They|Он|Она|Они)\b")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph; 'Mr. X' and initials do not end one."""
    pieces = re.split(r"(?<=[.!?…])\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])", text)
    out: list[str] = []
    for piece in pieces:
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def find_statuses(
    defenders: list[str],
    title: str | None,
    paragraphs: list[str],
    lang: Lang,
    page_status: str | None = None,
) -> dict[str, DefenderStatus]:
    """Each defender's latest reported stage. A case page's own 'Status: Released' field is
    the page's word on every defender it is about."""
    if not defenders:
        return {}
    from_page = _page_status(page_status, lang)
    if from_page is not None:
        return dict.fromkeys(defenders, from_page)
    patterns = {d: re.compile(surname_pattern(d).pattern, re.I) for d in defenders}
    about: dict[str, list[tuple[str, list[int], list[int]]]] = {d: [] for d in defenders}
    texts = [[title]] if title else []
    texts += [sentences(p) for p in paragraphs]
    for i, group in enumerate(texts):
        previous: list[str] = []
        for sentence in group:
            named = {d: [m.start() for m in p.finditer(sentence)] for d, p in patterns.items()}
            present = [d for d, where in named.items() if where]
            others = sorted(w for where in named.values() for w in where)
            if not present and (i == 0 and title or previous and _PRONOUN.match(sentence)):
                # A headline that names nobody, or 'He was …': about them all, anywhere in it.
                present = defenders if i == 0 and title else previous
                named, others = dict.fromkeys(present, []), []
            for defender in present:
                about[defender].append((sentence, named[defender], others))
            previous = present or previous
    found = {}
    for defender, said in about.items():
        status = _latest(said, lang)
        if status is not None:
            found[defender] = status
    return found


def _page_status(value: str | None, lang: Lang) -> DefenderStatus | None:
    if not value:
        return None
    for other in (lang, "ru" if lang == "en" else "en"):
        stage = _latest_stage_in(value, other, [])
        if stage is not None:
            return DefenderStatus(stage[0], f"Status: {value}", how="page")
    return None


def _latest(said: list[tuple[str, list[int], list[int]]], lang: Lang) -> DefenderStatus | None:
    order = stages()
    best: tuple[int, str, re.Match[str]] | None = None
    for sentence, where, others in said:
        stage = _latest_stage_in(sentence, lang, where, others)
        if stage is not None and (best is None or order.index(stage[0]) > best[0]):
            best = (order.index(stage[0]), sentence, stage[1])
    if best is None:
        return None
    stage = order[best[0]]
    term = _term_after(best[1], best[2].end(), lang) if stage == "sentenced" else None
    return DefenderStatus(stage, best[1].strip(), term)


def _latest_stage_in(
    sentence: str, lang: Lang, where: list[int], others: list[int] = ()
) -> tuple[str, re.Match[str]] | None:
    """The latest stage a sentence tells of the person named at `where` (anywhere in it when
    `where` is empty: a headline naming nobody, a 'He was …' sentence). `others`: where every
    defender is named. A name owns the cues between it and the next name ('A was arrested, B
    released'); with none there, the first cue after it ('A, B and C were arrested'), else the
    last one before it ('the arrest of A')."""
    cues = _cues_in(sentence, lang)
    if where:
        starts = [c[1].start() for c in cues]
        cues = [
            c
            for c in cues
            if any(_owns(w, c[1].start(), others, starts) or _governs(c[1], w) for w in where)
        ]
    order = stages()
    return max(cues, key=lambda c: order.index(c[0]), default=None)


def _cues_in(sentence: str, lang: Lang) -> list[tuple[str, re.Match[str]]]:
    """Every cue of the sentence that tells what has happened, in the order they stand."""
    found = []
    for stage, cue in _cues(lang):
        for match in cue.finditer(sentence):
            if not _in_a_name(sentence, match) and not _not_now(lang).search(
                sentence[max(0, match.start() - 80) : match.start()]
            ):
                found.append((stage, match))
    return sorted(found, key=lambda c: c[1].start())


def _owns(name: int, cue: int, others: list[int], starts: list[int]) -> bool:
    following = min((o for o in others if o > name), default=10**9)
    if name < cue < following:
        return True
    if any(name < s < following for s in starts):
        return False
    after = [s for s in starts if s > name]
    if after:
        return cue == after[0] and cue - name <= CUE_REACH
    before = [s for s in starts if s < name]
    return bool(before) and cue == before[-1] and name - cue <= CUE_REACH


def _governs(cue: re.Match[str], name: int) -> bool:
    """'the assault on X', 'the arrest of A', 'арест Руфата …': a cue right before the name."""
    return 0 <= name - cue.end() <= GOVERNS_REACH


def _in_a_name(sentence: str, match: re.Match[str]) -> bool:
    """'World Organisation Against Torture', 'Relatives of the Disappeared', 'Amnesty
    International': a capitalised cue inside a sentence is a word of a name."""
    return (
        match.start() > 0
        and sentence[match.start()].isupper()
        and not sentence[: match.start()].rstrip().endswith((":", '"', "«", "“"))
    )


def _term_after(sentence: str, start: int, lang: Lang) -> str | None:
    match = _term(lang).search(sentence, start, start + 120)
    return match["term"].strip() if match else None
