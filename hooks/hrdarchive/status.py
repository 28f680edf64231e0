"""What has happened to each defender, as one statement tells it: the latest stage of their
case (detained, charged, on trial, sentenced with its term, released, …) and the sentence that
says so.

Contract: `find_statuses` reads only the statement's own text (headline, paragraphs, a case
page's 'Status:' field); a defender with no cue in a sentence about them has no status, never
a guess. The cues live in `statuses.yml`.
"""

from __future__ import annotations

import re

from .cues import cues_in, sentences, stages, term_pattern
from .model import Archive, Case, DefenderStatus, Lang, Statement, other_lang
from .people import surname_positions

# A cue this far (in characters) from the defender's name, in a sentence naming several people,
# is taken to be about them; further off it is about someone else in the sentence.
CUE_REACH = 160
# A cue ending this close before a name governs it: 'the assault on X', 'арест Руфата …'.
GOVERNS_REACH = 12


# A sentence that goes on about the people of the one before: 'He was …', 'Она …'.
_PRONOUN = re.compile(r"^(?:He|She|They|Он|Она|Они)\b")


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
    # defender -> (sentence, where it names them, where it names any defender, its cues)
    about: dict[str, list[tuple]] = {d: [] for d in defenders}
    texts = [[title]] if title else []
    texts += [sentences(p) for p in paragraphs]
    for i, group in enumerate(texts):
        previous: list[str] = []
        for sentence in group:
            named = {d: surname_positions(d, sentence) for d in defenders}
            present = [d for d, where in named.items() if where]
            others = sorted(w for where in named.values() for w in where)
            if not present and (i == 0 and title or previous and _PRONOUN.match(sentence)):
                # A headline that names nobody, or 'He was …': about them all, anywhere in it.
                present = defenders if i == 0 and title else previous
                named, others = dict.fromkeys(present, []), []
            cues = cues_in(sentence, lang) if present else []
            for defender in present:
                about[defender].append((sentence, named[defender], others, cues))
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
    for either in (lang, other_lang(lang)):
        stage = _latest_stage_in(cues_in(value, either), [])
        if stage is not None:
            return DefenderStatus(stage[0], f"Status: {value}", how="page")
    return None


def _latest(said: list[tuple], lang: Lang) -> DefenderStatus | None:
    order = stages()
    best: tuple[int, str, re.Match[str]] | None = None
    for sentence, where, others, cues in said:
        stage = _latest_stage_in(cues, where, others)
        if stage is not None and (best is None or order.index(stage[0]) > best[0]):
            best = (order.index(stage[0]), sentence, stage[1])
    if best is None:
        return None
    stage = order[best[0]]
    term = _term_after(best[1], best[2].end(), lang) if stage == "sentenced" else None
    return DefenderStatus(stage, best[1].strip(), term)


def _latest_stage_in(
    cues: list[tuple[str, re.Match[str]]], where: list[int], others: list[int] = ()
) -> tuple[str, re.Match[str]] | None:
    """The latest stage a sentence's `cues` tell of the person named at `where` (anywhere in
    it when `where` is empty: a headline naming nobody, a 'He was …' sentence). `others`:
    where every defender is named. A name owns the cues between it and the next name ('A was
    arrested, B released'); with none there, the first cue after it ('A, B and C were
    arrested'), else the last one before it ('the arrest of A')."""
    if where:
        starts = [c[1].start() for c in cues]
        cues = [
            c
            for c in cues
            if any(_owns(w, c[1].start(), others, starts) or _governs(c[1], w) for w in where)
        ]
    order = stages()
    return max(cues, key=lambda c: order.index(c[0]), default=None)


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


def _term_after(sentence: str, start: int, lang: Lang) -> str | None:
    match = term_pattern(lang).search(sentence, start, start + 120)
    return match["term"].strip() if match else None


def status_in(statement: Statement, person_id: str) -> DefenderStatus | None:
    """What `statement` reports of the person linking gave `person_id`."""
    for name, pid in zip(statement.defenders, statement.person_ids, strict=False):
        if pid == person_id:
            return statement.statuses.get(name)
    return None


def latest_status(
    archive: Archive, person_id: str, lang: Lang = "en"
) -> tuple[DefenderStatus, Case, Statement] | None:
    """The person's status in their newest case that reports one (the statement in `lang`
    first), with that case and statement."""
    for case_id in archive.people[person_id].cases:  # newest first
        case = archive.cases[case_id]
        for statement in sorted(case.statements.values(), key=lambda s: s.lang != lang):
            status = status_in(statement, person_id)
            if status is not None:
                return status, case, statement
    return None
