"""The values a statement's templates are filled with, in both languages.

`statement_slots` returns the Slots of a statement: `en` and `ru` map a slot name (CITY, A_gen,
HOURS) to its text; `genders` maps a subject (ALL, A, O, ...) to the option its {gX:...}
selectors choose (0 a man, 1 a woman, 2 several, 3 several women); the rest is what the answer
key's notes tell. The values' random choices are made here, in a fixed order.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .data import COUNTRIES, PHRASES, Country, Place
from .dates import date_en, date_ru, month_en, month_ru, number_en, number_ru
from .people import Corpus, Org, Person, Skeleton
from .russian import CASES, agreeing, counted, noun


@dataclass
class Slots:
    en: dict[str, str] = field(default_factory=dict)
    ru: dict[str, str] = field(default_factory=dict)
    genders: dict[str, int] = field(default_factory=dict)
    others: list[str] = field(default_factory=list)  # people named who are not defenders
    words: list[tuple[str, str]] = field(default_factory=list)  # their names' words, rules
    city: str = ""  # where it happened, in English

    def both(self, key: str, en: str, ru: str) -> None:
        self.en[key], self.ru[key] = en, ru


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def article(phrase: str) -> str:
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def en_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def ru_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]


def gender_of(gender: str) -> int:
    return 0 if gender == "m" else 1


def place_slots(s: Slots, key: str, place: Place) -> None:
    s.en[key] = place.en
    s.ru[key], s.ru[f"{key}_gen"], s.ru[f"{key}_pre"] = place.nom, place.gen, place.pre
    s.ru[f"{key}_acc"] = place.acc


def defender_slots(s: Slots, defenders: list[Person], role: str, rng: random.Random) -> None:
    """A, B, C and ALL in every case; the marked lists; the defenders' role."""
    for key, person in zip("ABC", defenders, strict=False):
        s.both(key, person.en, person.ru["nom"])
        for case in CASES[1:]:
            s.ru[f"{key}_{case}"] = person.ru[case]
        s.genders[key] = gender_of(person.gender)
    women = all(p.gender == "f" for p in defenders)
    g = s.genders["A"] if len(defenders) == 1 else (3 if women else 2)
    s.genders["ALL"] = g
    s.en["ALL"] = en_list([p.en for p in defenders])
    s.en["ALL_B"] = en_list([f"**{p.en}**" for p in defenders])
    marked = "<u>{}</u>" if rng.random() < 0.8 else "**{}**"
    s.en["ALL_U"] = en_list([marked.format(p.en) for p in defenders])
    for case in CASES:
        s.ru["ALL" if case == "nom" else f"ALL_{case}"] = ru_list([p.ru[case] for p in defenders])
    order = defenders[::-1] if rng.random() < 0.2 else defenders
    s.ru["ALL_L"] = ru_list([f"[{p.ru['nom']}](#)" for p in order])

    forms_en, (man, woman) = PHRASES["roles"][role]["en"], PHRASES["roles"][role]["ru"]
    s.en["ROLE"] = forms_en[g]
    s.en["ROLE_CAP"] = cap(s.en["ROLE"])
    s.en["ROLE_A"] = article(s.en["ROLE"]) if g < 2 else s.en["ROLE"]
    lemma = woman if g in (1, 3) else man
    for case in CASES:
        s.ru["ROLE" if case == "nom" else f"ROLE_{case}"] = noun(lemma, case, plural=g >= 2)
    s.ru["ROLE_CAP"] = cap(s.ru["ROLE"])
    s.ru["ROLE_dat_CAP"] = cap(s.ru["ROLE_dat"])


def org_name_slots(s: Slots, key: str, org: Org) -> None:
    type_en, type_nom, type_gen, type_pre, _ = PHRASES["org_types"][org.kind]
    name_en, name_ru = PHRASES["org_names"][org.name]
    s.both(key, f'the {type_en} "{name_en}"', f"{type_nom} «{name_ru}»")
    s.ru[f"{key}_gen"] = f"{type_gen} «{name_ru}»"
    s.ru[f"{key}_pre"] = f"{type_pre} «{name_ru}»"


def org_slots(s: Slots, org: Org, published: dt.date, rng: random.Random) -> None:
    """The first defender's organisation: its names, marked names, and facts."""
    org_name_slots(s, "ORG", org)
    type_en = PHRASES["org_types"][org.kind][0]
    s.genders["ORG"] = PHRASES["org_types"][org.kind][4]
    name_en, name_ru = PHRASES["org_names"][org.name]
    s.both("ORG_SHORT", name_en, f"«{name_ru}»")
    if rng.random() < 0.7:
        s.en["ORG_U"] = f'The {type_en} <u>"{name_en}"</u>'
    else:
        s.en["ORG_U"] = f'The <u>{type_en} "{name_en}"</u>'
    s.ru["ORG_L"] = f"[{s.ru['ORG']}](#)"
    adjective_en, adjective_ru = PHRASES["org_adjectives"][org.adjective]
    s.en["ORG_ADJ_A"], s.ru["ORG_ADJ"] = article(adjective_en), adjective_ru
    topic = PHRASES["topics"][org.topic]
    s.en["ORG_TOPIC"] = topic[0]
    s.ru["ORG_TOPIC_ins"] = f"{topic[1]} {topic[4]}"
    month, year = org.registering
    registering = dt.date(year, month, 1)
    s.en["ORG_REG"], s.ru["ORG_REG_gen"] = month_en(registering), month_ru(registering, "gen")
    for i, key in ((0, "ORG_CITY1"), (1, "ORG_CITY2")):
        s.en[key], s.ru[f"{key}_pre"] = org.cities[i].en, org.cities[i].pre
    for key, value in (
        ("ORG_FOUNDED", org.founded),
        ("ORG_CLOSE", org.closing),
        ("ORG_CLIENTS", org.clients),
        ("ORG_JOINED", rng.randrange(org.founded, max(org.founded + 1, published.year))),
    ):
        s.both(key, str(value), str(value))


def date_slots(s: Slots, published: dt.date, rng: random.Random) -> None:
    """The event and the dates around it."""
    event = published - dt.timedelta(days=rng.randint(1, 20))
    before = event - dt.timedelta(days=rng.randint(7, 150))
    earlier = [event - dt.timedelta(days=rng.randint(7, 400)) for _ in range(2)]
    after = event + dt.timedelta(days=rng.randint(1, (published - event).days))
    next_date = published + dt.timedelta(days=rng.randint(5, 45))
    month = event - dt.timedelta(days=rng.randint(90, 700))
    for key, day in (
        ("EDATE", event),
        ("EDATE0", before),
        ("EDATE1", earlier[0]),
        ("EDATE2", earlier[1]),
        ("NDATE0", after),
        ("NDATE", next_date),
    ):
        s.both(key, date_en(day), date_ru(day))
    s.en["EMONTH"] = month_en(month)
    s.ru["EMONTH_pre"], s.ru["EMONTH_gen"] = month_ru(month, "pre"), month_ru(month, "gen")


# Numbers with a noun: slot, lowest, highest, English noun (plural) or '', and the Russian
# forms as (slot suffix, noun, case) for 'counted' (the number and its noun).
_COUNTS = (
    ("HOURS", 2, 14, "hours", (("", "час", "nom"),)),
    ("HOURS2", 2, 30, "hours", (("", "час", "nom"), ("_gen", "час", "gen"))),
    ("DAYS", 2, 30, "days", (("", "день", "nom"),)),
    ("DAYS2", 2, 40, "days", (("", "день", "nom"),)),
    ("YEARS2", 2, 5, "", (("_gen", "год", "gen"), ("_acc", "год", "acc"))),
    ("PAGES", 120, 900, "", (("", "страница", "nom"),)),
    ("COMPLAINTS", 2, 7, "", (("", "жалоба", "acc"),)),
    ("AGE", 58, 84, "", (("", "год", "nom"),)),
    ("MONTHS", 2, 11, "months", (("", "месяц", "nom"),)),
    ("YEARS_WORK", 3, 25, "", (("_gen", "год", "gen"),)),
    ("CHILD2", 10, 17, "", (("_ru", "год", "nom"),)),
)
# Plain numbers: slot, lowest, highest.
_NUMBERS = (
    ("ARTICLE", 100, 420),
    ("WITNESSES", 3, 19),
    ("PEOPLE", 10, 300),
    ("ESCORTS", 2, 6),
    ("TEMP", 6, 14),
    ("REPORT_N", 20, 400),
    ("CHILD1", 3, 9),
)


def number_slots(s: Slots, published: dt.date, org: Org, rng: random.Random) -> None:
    """Counts, sums and years."""
    for key, low, high, noun_en, forms_ru in _COUNTS:
        n = rng.randint(low, high)
        s.both(key, f"{n} {noun_en}".strip(), str(n))
        for suffix, word, case in forms_ru:
            s.ru[key + suffix] = counted(n, word, case)
    years = rng.randint(3, 12)
    s.both("YEARS", str(years), str(years))
    s.ru["YEARS_gen"] = counted(years, "год", "gen")
    s.ru["YEARS_dat"] = counted(years, "год", "dat")
    served = rng.randint(1, years - 1)
    s.both("SERVED", str(served), str(served))
    s.ru["SERVED_acc"] = counted(served, "год", "acc")
    for key, low, high in _NUMBERS:
        n = rng.randint(low, high)
        s.both(key, str(n), str(n))
    for key, low, high in (
        ("PATTERN_YEAR", 2008, published.year - 1),
        ("YEAR_EVENT", 2008, published.year - 1),
        ("ORG_CHECK", max(org.founded, 2008), published.year),
    ):
        n = rng.randint(low, high)
        s.both(key, str(n), str(n))
    s.both("YEAR_NOW", str(published.year), str(published.year))
    for key, low, high, scale in (
        ("MSGS", 40, 2000, 1),
        ("VIEWS", 5, 400, 1000),
        ("FINE", 5, 300, 1000),
        ("SIGNATURES", 200, 20000, 1),
    ):
        n = rng.randint(low, high) * scale
        s.both(key, number_en(n), number_ru(n))
    n = rng.randint(20, 400)
    s.both("DETAINED", str(n), str(n))
    s.ru["DETAINED_WORD"] = agreeing(n, "активист")
    n = rng.randint(3, 9)
    s.both("TIMES", str(n), str(n))
    s.ru["TIMES_WORD"] = counted(n, "раз")
    minutes = str(rng.choice((10, 15, 20, 25, 30, 40, 45, 50)))
    s.both("MINUTES", minutes, minutes)


def phrase_slots(s: Slots, country: Country, rng: random.Random) -> None:
    """Phrases drawn from the tables."""
    s.both("NTH", *rng.choice(PHRASES["ordinals"]))
    s.ru["NTH_ru"] = s.ru["NTH"]
    s.both("CURRENCY", *country.currency)
    s.both("SECURITY", *country.security)
    first, second = rng.sample(range(len(PHRASES["charges"])), 2)
    s.en["CHARGE"], s.ru["CHARGE_nom"], s.ru["CHARGE_pre"] = PHRASES["charges"][first]
    s.en["CHARGE2"], _, s.ru["CHARGE2_pre"] = PHRASES["charges"][second]
    platform = rng.choice(PHRASES["platforms"])
    s.both("PLATFORM", platform, platform)
    for key, table in (
        ("INTL", "international"),
        ("SOURCE", "sources"),
        ("LAW_TOPIC", "law_topics"),
        ("TV", "tv_channels"),
        ("PATTERN", "patterns"),
        ("BUSINESS", "businesses"),
        ("VICTIMS2", "victims"),
        ("ABUSE2", "abuses"),
        ("WORKERS", "workers"),
    ):
        s.both(key, *rng.choice(PHRASES[table]))
    event2 = rng.choice(PHRASES["events"])
    s.en["EVENT2"], s.ru["EVENT2_gen"] = event2[0], event2[1]
    media_en, media_ru = rng.choice(PHRASES["media"])
    s.both("MEDIA", f'"{media_en}"', f"«{media_ru}»")
    s.en["EVENT"], s.ru["EVENT_gen"], s.ru["EVENT_pre"] = rng.choice(PHRASES["events"])
    for key, table in (
        ("ACT", "public_acts"),
        ("CIRC", "circumstances"),
        ("STATION", "stations"),
        ("ITEMS", "items"),
        ("DEST", "destinations"),
        ("MEETING", "meetings"),
        ("EMPLOYER", "employers"),
    ):
        s.both(key, *rng.choice(PHRASES[table]))
    relative_en, relative_ru, relative_gender = rng.choice(PHRASES["relatives"])
    s.both("RELATIVE", relative_en, relative_ru)
    s.ru["RELATIVE_CAP"] = cap(relative_ru)
    s.ru["RELATIVE_acc"] = noun(relative_ru, "acc")
    s.genders["R"] = gender_of(relative_gender)


def other_people_slots(s: Slots, corpus: Corpus, country: int, rng: random.Random) -> None:
    """An official, a judge, an investigator, a lawyer and a bystander: named, not marked."""

    def person(key: str) -> tuple[str, dict[str, str]]:
        name = corpus.other_person(country)
        s.genders[key] = gender_of(name.gender)
        s.words.extend(name.words())
        return name.en, name.ru

    title_en, title_ru = rng.choice(PHRASES["officials"])
    name_en, name_ru = person("O")
    s.both("O", name_en, name_ru["nom"])
    s.both("OT_CAP", cap(title_en), cap(title_ru))
    s.others.append(f"{title_en} {name_en}")
    name_en, name_ru = person("J")
    s.both("J", name_en, name_ru["nom"])
    s.others.append(f"judge {name_en}")
    name_en, name_ru = person("I")
    s.both("INV", name_en, name_ru["nom"])
    s.others.append(f"investigator {name_en}")
    name_en, name_ru = person("L")
    s.en["LAW"], s.ru["LAW_acc"], s.ru["LAW_dat"] = name_en, name_ru["acc"], name_ru["dat"]
    s.others.append(f"lawyer {name_en}")
    name_en, name_ru = person("W")
    title = rng.choice(PHRASES["bystanders"])
    s.both("W", name_en, name_ru["nom"])
    s.both("WT_CAP", cap(title[0]), cap(title[1 + s.genders["W"]]))
    s.others.append(f"{title[0].removeprefix('the ')} {name_en}")


def profile_slots(s: Slots, person: Person, corpus: Corpus) -> None:
    """P and the facts of the person a profile sentence is about."""
    s.both("P", person.en, person.ru["nom"])
    s.ru["P_gen"] = person.ru["gen"]
    g = s.genders["P"] = gender_of(person.gender)
    first, second = (PHRASES["professions"][i] for i in person.professions)
    s.both("PROF1", article(first[0]), first[1 + g])
    s.both("PROF2", second[0], second[1 + g])
    s.en["PCITY"], s.ru["PCITY_gen"], s.ru["PCITY_pre"] = (
        person.city.en,
        person.city.gen,
        person.city.pre,
    )
    topic = PHRASES["topics"][person.topic]
    s.en["PTOPIC"], s.ru["PTOPIC_ins"] = topic[0], f"{topic[1]} {topic[4]}"
    for key, value in (("PSINCE", person.since), ("PCASES", person.cases)):
        s.both(key, str(value), str(value))
    s.both("PDEGREE", *PHRASES["degrees"][person.degree])
    s.both("PUNIV", *PHRASES["universities"][person.university])
    s.both("PABUSE", *PHRASES["abuses"][person.abuse])
    s.both("PVICTIMS", *PHRASES["victims"][person.victims])
    media_en, media_ru = PHRASES["media"][person.media]
    s.both("PMEDIA", f'"{media_en}"', f"«{media_ru}»")
    if person.award:
        s.both("PAWARD", *PHRASES["awards"][person.award[0]])
        s.both("PAWARDYEAR", str(person.award[1]), str(person.award[1]))
    org_name_slots(s, "PORG", corpus.orgs[person.org])


def statement_slots(sk: Skeleton, corpus: Corpus, rng: random.Random) -> Slots:
    country = COUNTRIES[sk.country]
    s = Slots()
    s.both("COUNTRY", country.en, country.nom)
    s.ru["COUNTRY_gen"], s.ru["COUNTRY_pre"] = country.gen, country.pre
    s.en["ADJ"] = country.adj
    s.both("OFFICIAL", *country.official)
    city = sk.defenders[0].city if rng.random() < 0.5 else rng.choice(country.cities)
    city2 = rng.choice([c for c in country.cities if c != city])
    for key, place in (("CITY", city), ("CITY2", city2), ("CAPITAL", country.capital)):
        place_slots(s, key, place)
    s.city = city.en
    defender_slots(s, sk.defenders, sk.role, rng)
    org = corpus.orgs[sk.defenders[0].org]
    org_slots(s, org, sk.date, rng)
    topic = PHRASES["topics"][sk.defenders[0].topic]
    s.en["TOPIC"] = topic[0]
    for key, head in (("TOPIC_ins", topic[1]), ("TOPIC_dat", topic[2]), ("TOPIC_gen", topic[3])):
        s.ru[key] = f"{head} {topic[4]}"
    date_slots(s, sk.date, rng)
    number_slots(s, sk.date, org, rng)
    phrase_slots(s, country, rng)
    other_people_slots(s, corpus, sk.country, rng)
    return s
