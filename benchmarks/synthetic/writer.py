"""A statement's text in both languages, from its skeleton: the sentences chosen from
data/kinds.yml and data/sentences.yml, filled with the statement's slots (synthetic/slots.py).
Statements are written in date order, so that one can tell its defenders' earlier cases."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .data import KINDS, PHRASES, SENTENCES, Template
from .dates import date_en, date_ru
from .people import Corpus, Org, Person, Skeleton
from .slots import Slots, profile_slots, statement_slots

CUSTODY_KINDS = ("detention", "attack", "interrogation")
CASE_KINDS = ("detention", "charges", "sentence", "fine", "interrogation")

_SLOT = re.compile(r"\{(g[A-Z]+:[^{}]*|[A-Za-z0-9_]+)\}")


def fill(template: str, slots: dict[str, str], genders: dict[str, int]) -> str:
    """Put the slots into a template; slot values may hold slots themselves."""

    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        if key[0] == "g" and ":" in key:
            subject, options = key[1:].split(":", 1)
            choices = options.split("|")
            return choices[min(genders[subject], len(choices) - 1)]
        return slots[key]

    for _ in range(4):
        filled = _SLOT.sub(one, template)
        if filled == template:
            break
        template = filled
    return template


@dataclass
class Draft:
    """A statement's text in both languages, before its layout (letterhead, page breaks,
    numbering of the calls, footer), which each language's file gets on its own."""

    skeleton: Skeleton
    headline: Template
    paragraphs: list[Template]
    story: list[int]  # paragraphs a page break may split
    calls_intro: Template
    calls: list[Template]
    organisations: list[Template]
    city: str
    others: list[str]  # people named who are not defenders, for the answer key's notes
    words: list[tuple[str, str]]  # the names' words, each with the rule that declined it

    @property
    def rules(self) -> list[str]:
        """The names' words declined by the generator's rules, not pymorphy3's dictionary:
        'Жанар (a woman's name ending in a consonant: does not decline)'."""
        return [f"{word} ({rule})" for word, rule in self.words if rule]


def _join(sentences: list[Template]) -> Template:
    return " ".join(s[0] for s in sentences), " ".join(s[1] for s in sentences)


def _org_names(org: Org) -> Template:
    type_en, type_nom, _, _, _ = PHRASES["org_types"][org.kind]
    name_en, name_ru = PHRASES["org_names"][org.name]
    return f'{type_en} "{name_en}"', f"{type_nom} «{name_ru}»"


class Writer:
    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.rng: random.Random = corpus.rng
        self.slots = Slots()

    def both(self, template: Template) -> Template:
        s = self.slots
        return fill(template[0], s.en, s.genders), fill(template[1], s.ru, s.genders)

    def render(self, sk: Skeleton) -> Draft:
        rng = self.rng
        kind = KINDS[sk.kind]
        self.slots = statement_slots(sk, self.corpus, rng)
        headline = self.both(rng.choice(kind["headlines"]))
        paragraphs = [self.both(rng.choice(kind["leads"]))]
        paragraphs.extend(self._profiles(sk.defenders))
        paragraphs.extend(self._background(sk.defenders))
        story_start = len(paragraphs)
        paragraphs.extend(self._story(sk))
        story_end = len(paragraphs)
        paragraphs.extend(self._concern(kind))
        calls = [self.both(c) for c in kind["calls"]]
        if rng.random() < 0.6:
            calls.insert(0, self.both(SENTENCES["call_safety"]))
        calls.append(self.both(SENTENCES["call_final"]))
        calls_intro = self.both(rng.choice(SENTENCES["calls_intro"]))
        self._remember(sk)
        organisations = list(dict.fromkeys(p.org for p in sk.defenders))
        words = [w for p in sk.defenders for w in p.name.words()] + self.slots.words
        return Draft(
            skeleton=sk,
            headline=headline,
            paragraphs=paragraphs,
            story=list(range(story_start, story_end)),
            calls_intro=calls_intro,
            calls=calls,
            organisations=[_org_names(self.corpus.orgs[o]) for o in organisations],
            city=self.slots.city,
            others=self.slots.others,
            words=list(dict.fromkeys(words)),
        )

    def _profiles(self, defenders: list[Person]) -> list[Template]:
        """Who the defenders are; their organisation."""
        rng = self.rng
        same_org = all(p.org == defenders[0].org for p in defenders)
        intro = rng.choice(SENTENCES["profile_intro"]) if same_org else None
        sentences = [self.both(intro or SENTENCES["profile_intro_plain"])]
        for person in defenders:
            profile_slots(self.slots, person, self.corpus)
            size = rng.randint(2, 4 if len(defenders) < 3 else 2)
            chosen = rng.sample(SENTENCES["profile"], size)
            if person.award and rng.random() < 0.5:
                chosen.append(SENTENCES["profile_award"])
            if not same_org:
                chosen.insert(0, SENTENCES["profile_other_org"])
            sentences.extend(self.both(t) for t in chosen)
        paragraphs = [_join(sentences)]
        if rng.random() < 0.75:
            more = rng.sample(SENTENCES["org_more"], rng.randint(1, 2))
            org = [self.both(rng.choice(SENTENCES["org_paragraph"]))]
            paragraphs.append(_join(org + [self.both(t) for t in more]))
        return paragraphs

    def _background(self, defenders: list[Person]) -> list[Template]:
        """Earlier cases of the same defenders (two at most)."""
        s = self.slots
        background = []
        for person in defenders:
            if person.history and len(background) < 2:
                day, past_kind, past = person.history[-1]
                profile_slots(s, person, self.corpus)
                s.both("HDATE", date_en(day), date_ru(day))
                s.en.update(past["en"])
                s.ru.update(past["ru"])
                s.both("PAST", *self.both(KINDS[past_kind]["past"]))
                background.append(self.both(self.rng.choice(SENTENCES["background"])))
        return [_join(background)] if background else []

    def _story(self, sk: Skeleton) -> list[Template]:
        """The kind's details and 23 to 31 other sentences, shuffled, in paragraphs of 3–5."""
        rng = self.rng
        pool = list(SENTENCES["common"])
        if sk.kind in CUSTODY_KINDS:
            pool += SENTENCES["common_custody"]
            if len(sk.defenders) > 1:
                pool += SENTENCES["common_pair"]
        if sk.kind in CASE_KINDS:
            pool += SENTENCES["common_case"]
        story = list(KINDS[sk.kind]["details"]) + rng.sample(pool, rng.randint(23, 31))
        rng.shuffle(story)
        paragraphs = []
        while story:
            size = min(len(story), rng.randint(3, 5))
            paragraphs.append(_join([self.both(t) for t in story[:size]]))
            story = story[size:]
        return paragraphs

    def _concern(self, kind: dict) -> list[Template]:
        s = self.slots
        s.both("CONCERN", *self.both(kind["concern"]))
        concern = [
            self.both(self.rng.choice(SENTENCES["concern"])),
            self.both(self.rng.choice(SENTENCES["condemn"])),
        ]
        return [_join(concern)] if self.rng.random() < 0.5 else concern

    def _remember(self, sk: Skeleton) -> None:
        """What later statements about these defenders may recall of this one."""
        s = self.slots
        past = {
            "en": {"HCITY": s.en["CITY"], "HCHARGE": s.en["CHARGE"], "HYEARS": s.en["YEARS"]},
            "ru": {
                "HCITY_pre": s.ru["CITY_pre"],
                "HCHARGE_pre": s.ru["CHARGE_pre"],
                "HYEARS_dat": s.ru["YEARS_dat"],
            },
        }
        for person in sk.defenders:
            person.history.append((sk.date, sk.kind, past))
