"""The people and organisations of a corpus, all drawn from one random generator in a fixed
order.

Defenders recur as real ones do: in each country a statement's defender is someone new with a
fixed probability, else someone already named there, in proportion to their statements less a
discount (a Pitman–Yor-like, rich-get-richer draw), so that a few defenders appear in many
statements and most in one or two.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cached_property

from . import russian
from .data import COUNTRIES, NAME_GROUPS, PHRASES, Place
from .names import NamePool, name_key, name_lists
from .romanise import romanise
from .russian import CASES, Declension

# A new person with this probability, else someone already named, chosen in proportion to
# (statements so far − DISCOUNT).
NEW_PERSON = 0.45
DISCOUNT = 0.5


@dataclass
class Org:
    number: int
    country: int
    kind: int
    name: int
    adjective: int
    topic: int
    founded: int
    registering: tuple[int, int]  # month (1–12), year
    closing: int
    cities: tuple[Place, Place]
    clients: int
    members: int = 0


@dataclass
class Name:
    """A person's name as the lists give it (first name, masculine surname), and in both
    languages: Russian in every case, English."""

    given: str
    base: str
    gender: str

    @cached_property
    def first(self) -> Declension:
        return russian.first_name(self.given, self.gender)

    @cached_property
    def surname(self) -> Declension:
        return russian.surname(self.base, self.gender)

    @cached_property
    def ru(self) -> dict[str, str]:
        return {case: f"{self.first[case]} {self.surname[case]}" for case in CASES}

    @cached_property
    def en(self) -> str:
        return f"{romanise(self.first['nom'])} {romanise(self.surname['nom'])}"

    def words(self) -> list[tuple[str, str]]:
        """Each word of the name in the nominative, with the generator's rule that declined it
        ('' where pymorphy3's dictionary did)."""
        return [(d["nom"], d.rule) for d in (self.first, self.surname)]


@dataclass
class Person:
    number: int
    name: Name
    country: int
    org: int
    city: Place
    professions: tuple[int, int]
    topic: int
    degree: int
    university: int
    since: int
    abuse: int
    victims: int
    media: int
    cases: int
    award: tuple[int, int] | None
    statements: int = 0
    dates: set[dt.date] = field(default_factory=set)
    history: list[tuple[dt.date, str, dict]] = field(default_factory=list)

    @property
    def gender(self) -> str:
        return self.name.gender

    @property
    def ru(self) -> dict[str, str]:
        return self.name.ru

    @property
    def en(self) -> str:
        return self.name.en


class Corpus:
    """The people and organisations named so far."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pool = NamePool()
        self.lists = name_lists()
        self.people: list[Person] = []
        self.orgs: list[Org] = []
        self.org_names: set[tuple[int, int]] = set()
        self.mentions: dict[int, list[Person]] = {}
        self.orgs_of: dict[int, list[Org]] = {}
        self.keys: set[tuple[str, str]] = set()  # the defenders' (first, surname) keys

    def organisation(self, country: int) -> int:
        """An organisation of the country: one of its first three, then now and then a new one,
        else an existing one in proportion to its members."""
        rng = self.rng
        orgs = self.orgs_of.setdefault(country, [])
        if len(orgs) < 3 or rng.random() < 0.1:
            org = self._new_organisation(country, orgs)
            self.orgs.append(org)
            orgs.append(org)
        else:
            org = rng.choices(orgs, weights=[o.members + 1 for o in orgs])[0]
        org.members += 1
        return org.number

    def _new_organisation(self, country: int, orgs: list[Org]) -> Org:
        rng = self.rng
        kinds, names = len(PHRASES["org_types"]), len(PHRASES["org_names"])
        # A name no other organisation has; failing that (a very large corpus), one that no
        # organisation of the same country has.
        for attempt in range(400):
            name = (rng.randrange(kinds), rng.randrange(names))
            if name not in self.org_names or (
                attempt >= 200 and all((o.kind, o.name) != name for o in orgs)
            ):
                break
        else:
            raise RuntimeError("the organisation names are exhausted")
        self.org_names.add(name)
        cities = rng.sample(COUNTRIES[country].cities, 2)
        founded = rng.randrange(1994, 2014)
        return Org(
            number=len(self.orgs),
            country=country,
            kind=name[0],
            name=name[1],
            adjective=rng.randrange(len(PHRASES["org_adjectives"])),
            topic=rng.randrange(len(PHRASES["topics"])),
            founded=founded,
            registering=(rng.randrange(1, 13), rng.randrange(founded, 2015)),
            closing=rng.randrange(founded + 1, 2016),
            cities=(cities[0], cities[1]),
            clients=rng.randrange(2, 60) * 10,
        )

    def _distinct_name(self, country: int) -> Name:
        """A name not alike to any defender's so far. The country's own groups first; when their
        names run short (a large corpus), Russian names, which every one of these countries has,
        then any group's."""
        rng = self.rng
        groups = COUNTRIES[country].groups
        for attempt in range(600):
            if attempt < 200:
                group = rng.choices(list(groups), list(groups.values()))[0]
            else:
                group = "russian" if attempt < 300 else rng.choice(list(NAME_GROUPS))
            gender = rng.choice("mf")
            first = rng.choice(self.lists.first[group, gender])
            base = rng.choice(self.lists.surnames[group, gender])
            keys = (name_key(first), name_key(base))
            if self.pool.is_free(*keys):
                self.pool.take(*keys)
                self.keys.add(keys)
                return Name(first, base, gender)
        raise RuntimeError(
            f"the name lists give no distinct name for person {len(self.people) + 1} "
            "(they hold about 11,500 distinct people: about 16,000 pairs)"
        )

    def new_person(self, country: int, org: int | None) -> Person:
        rng = self.rng
        name = self._distinct_name(country)
        city = rng.choice(COUNTRIES[country].cities)
        award = None
        if rng.random() < 0.25:
            award = (rng.randrange(len(PHRASES["awards"])), rng.randrange(2008, 2020))
        person = Person(
            number=len(self.people),
            name=name,
            country=country,
            org=self.organisation(country) if org is None else org,
            city=city,
            professions=tuple(rng.sample(range(len(PHRASES["professions"])), 2)),
            topic=rng.randrange(len(PHRASES["topics"])),
            degree=rng.randrange(len(PHRASES["degrees"])),
            university=rng.randrange(len(PHRASES["universities"])),
            since=rng.randrange(1998, 2014),
            abuse=rng.randrange(len(PHRASES["abuses"])),
            victims=rng.randrange(len(PHRASES["victims"])),
            media=rng.randrange(len(PHRASES["media"])),
            cases=rng.randrange(3, 80) * 10,
            award=award,
        )
        self.people.append(person)
        return person

    def defender(self, country: int, taken: list[Person]) -> Person:
        """A defender for a statement about `country`: someone already named there (the more
        statements, the likelier) or a new person, never one of `taken`."""
        rng = self.rng
        mentions = self.mentions.setdefault(country, [])
        person = None
        if mentions and rng.random() >= NEW_PERSON:
            # A mention drawn at random picks a person in proportion to their statements;
            # accepting it with probability (n − DISCOUNT) / n makes that n − DISCOUNT.
            for _ in range(50):
                candidate = rng.choice(mentions)
                count = candidate.statements
                if candidate not in taken and rng.random() < (count - DISCOUNT) / count:
                    person = candidate
                    break
        if person is None:
            colleague = taken[0].org if taken and rng.random() < 0.6 else None
            person = self.new_person(country, colleague)
        mentions.append(person)
        person.statements += 1
        return person

    def other_person(self, country: int) -> Name:
        """An official, a lawyer or a bystander: a name of the country's groups that no defender
        has (others may share one: officials recur)."""
        rng = self.rng
        groups = COUNTRIES[country].groups
        for _ in range(20):
            group = rng.choices(list(groups), list(groups.values()))[0]
            gender = rng.choice("mf")
            first = rng.choice(self.lists.first[group, gender])
            base = rng.choice(self.lists.surnames[group, gender])
            if (name_key(first), name_key(base)) not in self.keys:
                break
        return Name(first, base, gender)


@dataclass
class Skeleton:
    """A statement before its text: who, where, what kind, when."""

    number: int
    country: int
    defenders: list[Person]
    kind: str
    role: str
    date: dt.date = dt.date(2000, 1, 1)
