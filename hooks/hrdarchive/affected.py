"""Defenders a statement names with no role word before them: every name in a list of the
people it is about ('The eight defendants – A, B, … and C –', 'Those detained include A
(Ashara Media), B, …'), and a person a sentence says was arrested, tried or sentenced
('вынесли приговор Леониду Судаленко и его помощнице Татьяне Ласице').

Contract: reads the statement's cleaned body and returns names as the text writes them (the
caller brings Russian ones to the nominative and drops officials and relatives). A name counts
only with a person's evidence (`persons.is_person`); a list, only where its sentence tells what
happened to people or names them as defendants, journalists or activists.
"""

from __future__ import annotations

import re
from functools import cache

from .cues import cues_in, sentences
from .model import Lang
from .persons import NAME, is_person
from .vocabulary import words

# A list of at least this many names is a list of people whatever its words around it.
LIST_MIN = 3
# A list's own words ('Those detained include', 'were arrested') stand this close to it.
LIST_REACH = 60
# A cue this far (in characters) from a name tells what happened to that person.
CUE_REACH = 80

_NAME_ANYWHERE = re.compile(rf"(?<![\w-]){NAME}")
# Between two names of a list: a comma or 'and', after an optional '(Ashara Media)'.
_BETWEEN = re.compile(
    r"\s*(?:\(\s*\))?\s*(?:[,;]\s*(?:and\s+|и\s+|а также\s+)?|\s+and\s+|\s+и\s+)\s*$"
)


@cache
def _people_nouns(lang: Lang) -> re.Pattern[str]:
    return re.compile(rf"(?i:{words()['people_nouns'][lang]})")


@cache
def associates(lang: Lang) -> re.Pattern[str]:
    """A tie said just before a name: 'his lawyer', 'своего адвоката', 'the brother of'."""
    return re.compile(rf"(?i:{words()['associates'][lang]})[\s,]*$")


@cache
def _voices(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str]]:
    voices = words()["voices"][lang]
    return re.compile(rf"(?i:{voices['before']})\s*$"), re.compile(rf"^(?i:{voices['after']})")


def affected_people(paragraphs: list[str], lang: Lang) -> tuple[list[str], list[str]]:
    """The names of listed people and of people a sentence says something happened to, each
    in the order the text gives them."""
    listed: list[str] = []
    affected: list[str] = []
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            in_lists, near_cues = _in_sentence(sentence, lang)
            listed += [n for n in in_lists if n not in listed]
            affected += [n for n in near_cues if n not in affected]
    return listed, affected


def _in_sentence(sentence: str, lang: Lang) -> tuple[list[str], list[str]]:
    runs = _runs(sentence)
    if not runs:
        return [], []
    cues = [m for stage, m in cues_in(sentence, lang) if stage != "threatened"]
    nouns = list(_people_nouns(lang).finditer(sentence))
    listed, affected = [], []
    for run in runs:
        # 'the brother of political prisoners A and B': the whole run is someone's relatives.
        if associates(lang).search(sentence[max(0, run[0].start() - 60) : run[0].start()]):
            continue
        persons = [m for m in run if is_person(m.group(0))]
        # A list broken by an item that is no name ('four unidentified employees of …') goes
        # on in the next run of its sentence.
        if len(run) >= LIST_MIN and persons and (listed or _introduced(run, cues + nouns)):
            listed += [m.group(0) for m in run]
            continue
        # 'in San Isidro, in Sierra Nevada, Santa Marta': a run after 'in' is of places.
        if _PLACE_BEFORE.search(sentence[max(0, run[0].start() - 8) : run[0].start()]):
            continue
        # 'A and B were sentenced': a cue near one name of a run is about the whole run.
        if any(_near_cue(m, cues) for m in run):
            affected += [m.group(0) for m in persons if not _is_voice(sentence, m, lang)]
    return listed, affected


def _introduced(run: list[re.Match[str]], words_: list[re.Match[str]]) -> bool:
    """'Those detained include A, B, C', 'The defendants – A, B and C –', 'A, B and C were
    arrested': the list's own words stand just before or just after it."""
    return any(
        0 <= run[0].start() - w.end() <= LIST_REACH or 0 <= w.start() - run[-1].end() <= LIST_REACH
        for w in words_
    )


# 'in San Isidro', 'в Минске': a name after these is a place.
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|at|near|into|from|в|во|из|около|под)\s+$", re.I)
_PARENTHESIS = re.compile(r"\(([^()]{1,80})\)")


def _runs(sentence: str) -> list[list[re.Match[str]]]:
    """The names of the sentence, grouped into runs joined only by commas and 'and'. A name in
    brackets is a name's affiliation ('A (Ashara Media), B'), not one of the list."""
    masked = _PARENTHESIS.sub(lambda m: "(" + " " * len(m[1]) + ")", sentence)
    runs: list[list[re.Match[str]]] = []
    for match in _NAME_ANYWHERE.finditer(masked):
        if runs and _BETWEEN.match(masked[runs[-1][-1].end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _near_cue(name: re.Match[str], cues: list[re.Match[str]]) -> bool:
    return any(
        0 <= cue.start() - name.end() <= CUE_REACH or 0 <= name.start() - cue.end() <= CUE_REACH
        for cue in cues
    )


def _is_voice(sentence: str, name: re.Match[str], lang: Lang) -> bool:
    """Someone quoted or describing the case ('said X', 'X, director of', 'по словам X')."""
    before, after = _voices(lang)
    return bool(
        before.search(sentence[max(0, name.start() - 40) : name.start()])
        or after.match(sentence[name.end() : name.end() + 60])
    )
