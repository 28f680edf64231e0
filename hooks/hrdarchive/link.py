"""Statements into one `Archive`: translations paired into cases, each defender recognised as
one person across statements and scripts, countries gathered.

Contract: `link` is deterministic (the same statements in any order give the same archive) and
never compares every statement with every other without an index: names are compared within
blocks of one surname key, translations within one country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from anyascii import anyascii

from . import countries, namekeys
from .model import (
    LANGS,
    Archive,
    Case,
    Country,
    FileReport,
    Organisation,
    PairEvidence,
    Person,
    Problem,
    Statement,
    other_lang,
)
from .people import known_publisher
from .transliterate import transliterate

SLUG_MAX = 70
# Names are compared only with names whose surname key starts alike: short enough to meet a
# typo after the second letter (Серкебаева / Sekerbayeva), long enough to keep blocks small.
BLOCK_PREFIX = 2
# Slugs of the list pages beside the generated ones (defenders/index.md): a defender or
# organisation called "Index" must not take its place.
RESERVED_SLUGS = frozenset({"index"})


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """ASCII, lowercase, hyphenated; cut at a word boundary."""
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower().replace("'", "")).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "untitled"


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def link(statements: list[Statement], problems: list[Problem], files: list[FileReport]) -> Archive:
    statements = sorted(statements, key=lambda s: s.source)
    people, mentions = _resolve_people(statements)
    _other_scripts(people, statements, mentions)
    pairs, evidence = _pair_translations(statements, mentions, problems)
    cases = _build_cases(statements, pairs, mentions)
    for case in cases.values():
        if "en" in case.statements and "ru" in case.statements:
            case.pairing = evidence[case.statements["en"].source]
    _attach(cases, people)
    country_index = _build_countries(cases, people)
    organisations = _resolve_organisations(cases, people)
    return Archive(
        cases=cases,
        people=people,
        countries=country_index,
        organisations=organisations,
        problems=problems,
        files=files,
    )


def _resolve_people(
    statements: list[Statement],
) -> tuple[dict[str, Person], dict[tuple[str, str], str]]:
    """Cluster every defender mention into persons. Returns the persons by id and a map
    (statement source, name) → person id."""
    # {"all": [every name and alias], "seen": {each distinct one}, "by_lang": {lang: [names]}}
    clusters: list[dict] = []
    by_block: dict[str, list[int]] = defaultdict(list)
    mention_cluster: dict[tuple[str, str], int] = {}
    # English first: the English spelling then names the person's page.
    ordered = sorted(statements, key=lambda s: (s.lang != "en", s.source))
    # A name written exactly as one seen before (same key) is that person: most mentions of a
    # recurring defender are settled without comparing names.
    cluster_of_key: dict[str, int] = {}
    for statement in ordered:
        for name in statement.defenders:
            blocks = namekeys.surname_blocks(name, BLOCK_PREFIX)
            best = cluster_of_key.get(namekeys.latin_key(name))
            best_score = 1.0 if best is not None else 0.0
            met = {i for block in blocks for i in by_block[block]} if best is None else ()
            for index in sorted(met):
                score = max(
                    namekeys.name_similarity(name, other) for other in clusters[index]["seen"]
                )
                if score > best_score:
                    best, best_score = index, score
            if best is None or best_score < namekeys.SAME_PERSON_THRESHOLD:
                clusters.append({"all": [], "seen": {}, "by_lang": defaultdict(list)})
                best = len(clusters) - 1
                for block in blocks:
                    by_block[block].append(best)
            clusters[best]["all"].append(name)
            clusters[best]["seen"][name] = None
            cluster_of_key.setdefault(namekeys.latin_key(name), best)
            clusters[best]["by_lang"][statement.lang].append(name)
            mention_cluster[(statement.source, name)] = best
            # 'Rita Karasartova (Rita Rahman)': a later statement may use either name.
            for alias in statement.aliases.get(name, []):
                clusters[best]["all"].append(alias)
                clusters[best]["seen"][alias] = None
                cluster_of_key.setdefault(namekeys.latin_key(alias), best)
                for alias_block in namekeys.surname_blocks(alias, BLOCK_PREFIX):
                    if best not in by_block[alias_block]:
                        by_block[alias_block].append(best)

    people: dict[str, Person] = {}
    ids: list[str] = []
    taken = set(RESERVED_SLUGS)
    for cluster in clusters:
        display = {lang: _most_common(forms) for lang, forms in cluster["by_lang"].items()}
        base = display.get("en") or display["ru"]
        person_id = _unique(slugify(base), taken)
        aliases = sorted(set(cluster["all"]) - set(display.values()))
        people[person_id] = Person(
            id=person_id, names=display, aliases=aliases, slug_base=slugify(base)
        )
        ids.append(person_id)
    mentions = {key: ids[index] for key, index in mention_cluster.items()}
    for statement in statements:
        statement.person_ids = [mentions[(statement.source, n)] for n in statement.defenders]
    return people, mentions


def _other_scripts(
    people: dict[str, Person], statements: list[Statement], mentions: dict[tuple[str, str], str]
) -> None:
    """A person no statement names in a language: the name an editor gives (`spellings:`),
    else a transliteration."""
    for statement in statements:
        other = other_lang(statement.lang)
        for name, spelling in statement.spellings.items():
            person = people.get(mentions.get((statement.source, name), ""))
            if person is not None and other not in person.names:
                person.names[other] = spelling
    for person in people.values():
        for lang in LANGS:
            if lang not in person.names:
                person.transliterated[lang] = transliterate(person.names[other_lang(lang)], lang)


def _most_common(forms: list[str]) -> str:
    """The form used most; on a tie the longest (a full name over a short one)."""
    return max(sorted(set(forms)), key=lambda f: (forms.count(f), len(f)))


def _pair_translations(
    statements: list[Statement],
    mentions: dict[tuple[str, str], str],
    problems: list[Problem],
) -> tuple[dict[str, str], dict[str, PairEvidence]]:
    """English source → Russian source, and the evidence for each pair by English source. An
    editor's `translation:` wins; otherwise pairs are taken one to one, strongest evidence
    first: a Russian statement pairs with the English one on the same country whose defenders
    it shares, from the same publisher, preferring the same date and the same numbers."""
    pairs = _pairs_by_editors(statements, problems)
    evidence = {en: PairEvidence("editor") for en in pairs}
    taken = {*pairs, *pairs.values()}
    people = {s.source: {mentions[(s.source, n)] for n in s.defenders} for s in statements}
    candidates = _pair_candidates(statements, people, taken)
    for _, en_source, ru_source, found in sorted(candidates, key=lambda c: c[:3]):
        if en_source in taken or ru_source in taken:
            continue
        pairs[en_source] = ru_source
        evidence[en_source] = found
        taken.update((en_source, ru_source))
    return pairs, evidence


def _pairs_by_editors(statements: list[Statement], problems: list[Problem]) -> dict[str, str]:
    """The pairs corrections name (`translation:`); each one that cannot be is reported."""
    by_source = {s.source: s for s in statements}
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for statement in statements:
        other_source = statement.translation
        if not other_source:
            continue
        other = by_source.get(other_source)
        if other is None:
            message = f"translation '{other_source}' not found"
        elif other.lang == statement.lang:
            message = f"translation '{other_source}' is in the same language ({other.lang})"
        else:
            en, ru = (statement, other) if statement.lang == "en" else (other, statement)
            if pairs.get(en.source, ru.source) == ru.source and (
                ru.source not in taken or pairs.get(en.source) == ru.source
            ):
                pairs[en.source] = ru.source
                taken.update((en.source, ru.source))
                continue
            message = f"'{other_source}' is already paired with another statement"
        problems.append(Problem(statement.source, "warning", message))
    return pairs


def _pair_candidates(
    statements: list[Statement], people: dict[str, set[str]], taken: set[str]
) -> list[tuple[float, str, str, PairEvidence]]:
    """(-score, English source, Russian source, evidence) of each pair that may be a
    translation."""
    by_country: dict[str | None, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.source not in taken and not s.no_translation:
            by_country[s.country].append(s)
    candidates = []
    for group in by_country.values():
        # Only statements that share a defender can be translations: each English statement
        # meets the Russian ones of its defenders, not every Russian one of its country.
        russian_of: dict[str, list[Statement]] = defaultdict(list)
        for s in group:
            if s.lang == "ru":
                for person in people[s.source]:
                    russian_of[person].append(s)
        for en in (s for s in group if s.lang == "en"):
            met = {ru.source: ru for person in people[en.source] for ru in russian_of[person]}
            for ru in met.values():
                found = _pair_evidence(en, ru, people[en.source], people[ru.source])
                if found is not None:
                    candidates.append((-_score(found), en.source, ru.source, found))
    return candidates


def _pair_evidence(
    en: Statement, ru: Statement, en_people: set, ru_people: set
) -> PairEvidence | None:
    """What speaks for `ru` translating `en` (None: it cannot). A translation comes from the
    same publisher: two publishers' statements on one event are never a pair."""
    if en.date and ru.date and en.date != ru.date:
        return None
    publishers = {known_publisher(en.publisher), known_publisher(ru.publisher)}
    if len(publishers) == 2 and None not in publishers:
        return None
    numbers = _number_overlap(en, ru)
    # Without both dates to go by, only a text that repeats the other's numbers (dates, ages,
    # article numbers: translations keep them) is a translation, and never one whose latest
    # year differs.
    if not (en.date and ru.date) and (numbers < 0.5 or _years_differ(en, ru)):
        return None
    return PairEvidence(
        "evidence",
        same_date=en.date is not None and en.date == ru.date,
        same_publisher=len(publishers) == 1 and None not in publishers,
        shared_defenders=round(len(en_people & ru_people) / len(en_people | ru_people), 2),
        shared_numbers=round(numbers, 2),
    )


def _score(found: PairEvidence) -> float:
    """The strength of the evidence: dates alike weigh most, then shared defenders and
    numbers, then the publisher."""
    return (
        found.shared_defenders
        + found.shared_numbers
        + (1 if found.same_date else 0)
        + (0.5 if found.same_publisher else 0)
    )


def text_numbers(statement: Statement) -> frozenset[str]:
    """The numbers a statement's text writes: translations keep them (dates, ages, articles),
    so pairing compares them."""
    return _numbers_in(tuple(statement.paragraphs))


_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=1 << 15)  # pairing asks for each candidate; every rebuild asks again
def _numbers_in(paragraphs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_NUMBER.findall(" ".join(paragraphs)))


def _number_overlap(a: Statement, b: Statement) -> float:
    """Share of the numbers of the text with fewer numbers that the other also writes (a
    translation may be cut shorter than its original)."""
    first, second = text_numbers(a), text_numbers(b)
    return len(first & second) / min(len(first), len(second)) if first and second else 0.0


def _years_differ(a: Statement, b: Statement) -> bool:
    years = [
        {int(n) for n in text_numbers(s) if len(n) == 4 and 1900 <= int(n) <= 2099} for s in (a, b)
    ]
    return all(years) and max(years[0]) != max(years[1])


def _build_cases(
    statements: list[Statement],
    pairs: dict[str, str],
    mentions: dict[tuple[str, str], str],
) -> dict[str, Case]:
    by_source = {s.source: s for s in statements}
    paired_ru = set(pairs.values())
    groups: list[dict[str, Statement]] = []
    for s in statements:
        if s.lang == "en":
            group = {"en": s}
            if s.source in pairs:
                group["ru"] = by_source[pairs[s.source]]
            groups.append(group)
        elif s.source not in paired_ru:
            groups.append({"ru": s})

    cases: dict[str, Case] = {}
    taken = set(RESERVED_SLUGS)
    for group in sorted(groups, key=lambda g: min(s.source for s in g.values())):
        first = group.get("en") or group["ru"]
        date = next((s.date for s in group.values() if s.date), None)
        country = next((s.country for s in group.values() if s.country), None)
        defenders: list[str] = []
        for lang in LANGS:
            if lang in group:
                for name in group[lang].defenders:
                    person = mentions[(group[lang].source, name)]
                    if person not in defenders:
                        defenders.append(person)
        slug = _case_slug(first, date)
        case_id = _unique(slug, taken)
        themes = [t for s in group.values() for t in s.themes]
        cases[case_id] = Case(
            id=case_id,
            slug_base=slug,
            statements=group,
            date=date,
            country=country,
            defenders=defenders,
            themes=list(dict.fromkeys(themes)),
        )
    return cases


def _case_slug(statement: Statement, date) -> str:
    headline = (
        statement.title or " ".join(statement.defenders) or statement.source.rsplit(".", 1)[0]
    )
    if ":" in headline and countries.lookup(headline.split(":", 1)[0]):
        headline = headline.split(":", 1)[1]
    prefix = date.isoformat() if date else "undated"
    return f"{prefix}-{slugify(headline, SLUG_MAX - len(prefix) - 1)}"


def _attach(cases: dict[str, Case], people: dict[str, Person]) -> None:
    """Give each person their cases (newest first), countries and organisations."""
    for case in sorted(cases.values(), key=Case.sort_key):
        for person_id in case.defenders:
            person = people[person_id]
            person.cases.append(case.id)
            if case.country and case.country not in person.countries:
                person.countries.append(case.country)
            for lang, statement in case.statements.items():
                for organisation in statement.organisations:
                    known = person.organisations.setdefault(lang, [])
                    if organisation not in known:
                        known.append(organisation)


def _build_countries(cases: dict[str, Case], people: dict[str, Person]) -> dict[str, Country]:
    found: dict[str, Country] = {}
    for case in sorted(cases.values(), key=Case.sort_key):
        if not case.country:
            continue
        country = found.setdefault(
            case.country,
            Country(
                code=case.country,
                slug=countries.slug(case.country),
                names={lang: countries.name(case.country, lang) for lang in LANGS},
            ),
        )
        country.cases.append(case.id)
        for person_id in case.defenders:
            if person_id not in country.defenders:
                country.defenders.append(person_id)
    return dict(sorted(found.items()))


_QUOTED = re.compile(r"[„“\"«]([^„“”\"«»]{2,60})[”\"»“]")
_ACRONYM = re.compile(r"\(([A-ZА-ЯЁ]{2,10})\)")


def organisation_key(name: str) -> str:
    """What identifies an organisation across spellings and scripts: its quoted name
    ('Feminita' = «Феминита»), else its acronym (EMDS), else its whole name."""
    quoted = _QUOTED.search(name)
    if quoted:
        return namekeys.latin_key(quoted.group(1))
    acronym = _ACRONYM.search(name)
    if acronym:
        return anyascii(acronym.group(1)).lower()
    return namekeys.latin_key(name)


def _resolve_organisations(
    cases: dict[str, Case], people: dict[str, Person]
) -> dict[str, Organisation]:
    """One organisation per key; the English and Russian names of a translated case's
    organisations are one organisation when both list the same number of them."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    forms: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for case in cases.values():
        lists = {lang: st.organisations for lang, st in case.statements.items()}
        for lang, found in lists.items():
            for name in found:
                forms[find(organisation_key(name))][lang].append(name)
        if len(lists) == 2 and len(lists["en"]) == len(lists["ru"]):
            for en, ru in zip(lists["en"], lists["ru"], strict=True):
                parent[find(organisation_key(ru))] = find(organisation_key(en))

    merged: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key, by_lang in forms.items():
        for lang, found in by_lang.items():
            merged[find(key)][lang].extend(found)

    organisations: dict[str, Organisation] = {}
    id_of: dict[str, str] = {}
    taken = set(RESERVED_SLUGS)
    for key in sorted(merged):
        display = {lang: _most_common(found) for lang, found in merged[key].items()}
        slug = slugify(display.get("en") or display["ru"])
        org_id = _unique(slug, taken)
        organisations[org_id] = Organisation(id=org_id, names=display, slug_base=slug)
        id_of[key] = org_id

    for case in sorted(cases.values(), key=Case.sort_key):
        for statement in case.statements.values():
            for name in statement.organisations:
                org = organisations[id_of[find(organisation_key(name))]]
                if org.id not in case.organisations:
                    case.organisations.append(org.id)
                if case.id not in org.cases:
                    org.cases.append(case.id)
                if case.country and case.country not in org.countries:
                    org.countries.append(case.country)
                for person_id in case.defenders:
                    if person_id not in org.defenders:
                        org.defenders.append(person_id)
                    if org.id not in people[person_id].organisation_ids:
                        people[person_id].organisation_ids.append(org.id)
    return organisations
