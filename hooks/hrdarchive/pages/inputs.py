"""The context of every page, from the linked `Archive` (see contexts.py).

Contract: `page_contexts` gives {page stem: context} for every page of the site, a stem being
the page's path under docs/ without the language suffix ('cases/<id>', 'index'). It reads the
archive and returns values only; the same archive gives equal contexts.
"""

from __future__ import annotations

import itertools
from collections import Counter

from ..model import LANGS, Archive, Case, Lang
from ..raw_copies import copy_name
from ..status import DefenderStatus, latest_status
from ..themes import themes_by_id
from .contexts import (
    CaseCard,
    CasePage,
    CasesIndex,
    CountriesIndex,
    CountryEntry,
    CountryPage,
    CountryRef,
    DefenderEntry,
    DefenderPage,
    DefendersIndex,
    HomePage,
    OrganisationEntry,
    OrganisationPage,
    OrganisationRef,
    OrganisationsIndex,
    PageContext,
    PersonRef,
    StatementView,
    StatusView,
    ThemePage,
    ThemesIndex,
    YearPage,
)
from .letters import letter_pages

LATEST_ON_HOME = 10
RELATED_LIMIT = 5
FOLDERS = {
    "case": "cases",
    "defender": "defenders",
    "country": "countries",
    "organisation": "organisations",
    "theme": "themes",
}


def case_title(archive: Archive, case: Case, lang: Lang) -> str:
    """The headline in `lang` if there is one, else one made of the case's facts."""
    statement = case.statement(lang)
    if statement.title:
        return statement.title
    who = ", ".join(archive.people[p].name(lang) for p in case.defenders)
    where = archive.countries[case.country].names[lang] if case.country else ""
    return " – ".join(part for part in (where, who) if part) or statement.source


# A list of more cases than this has a page per year (the cases index always has), and a
# year of more than MONTH_PAGES_FROM a page per month: no page grows with the archive.
YEAR_PAGES_FROM = 50
MONTH_PAGES_FROM = 250
# A defenders' index of more people than this has a page per letter.
LETTER_PAGES_FROM = 200
# A country's or an organisation's page names at most this many of its defenders.
PEOPLE_ON_A_PAGE = 100
UNDATED = "undated"


def year_of(card: CaseCard) -> str:
    return str(card.date.year) if card.date else UNDATED


def year_stem(owner: str, year: str) -> str:
    """The stem of a list's page of `year`: 'cases/index' → 'cases/2024',
    'countries/kazakhstan' → 'countries/kazakhstan/2024'."""
    return f"{owner.removesuffix('/index')}/{year}"


def year_pages(owner: str, names, cases: tuple[CaseCard, ...]) -> dict[str, YearPage]:
    groups: dict[str, list[CaseCard]] = {}
    for card in cases:  # newest first, the undated last
        groups.setdefault(year_of(card), []).append(card)
    years = tuple((year, len(cards)) for year, cards in groups.items())
    pages = {}
    for year, cards in groups.items():
        stem = year_stem(owner, year)
        if year == UNDATED or len(cards) <= MONTH_PAGES_FROM:
            pages[stem] = YearPage(owner, names, year, tuple(cards), years)
            continue
        by_month: dict[str, list[CaseCard]] = {}
        for card in cards:
            by_month.setdefault(f"{card.date.month:02}", []).append(card)
        months = tuple((month, len(found)) for month, found in by_month.items())
        pages[stem] = YearPage(owner, names, year, (), years, months=months)
        for month, found in by_month.items():
            pages[f"{stem}/{month}"] = YearPage(
                owner, names, year, tuple(found), years, month, months
            )
    return pages


def page_contexts(archive: Archive, intros: dict[str, str] | None = None) -> dict[str, PageContext]:
    """Every page's context, by stem; `intros` are the editors' home-page introductions."""
    return _Contexts(archive).all(intros or {})


class _Contexts:
    """Builds the contexts of one archive; each reference and card is made once and shared
    by every page that shows it (thousands of lists repeat the same cases)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.newest = archive.cases_newest_first()
        self.rank = {c.id: i for i, c in enumerate(self.newest)}
        self.cards: dict[str, CaseCard] = {}
        self.people: dict[str, PersonRef] = {}
        self.organisations: dict[str, OrganisationRef] = {}
        self.countries: dict[str, CountryRef] = {}
        self.theme_order = list(themes_by_id())

    def all(self, intros: dict[str, str]) -> dict[str, PageContext]:
        a = self.archive
        people = tuple(DefenderEntry(self.person(p), len(a.people[p].cases)) for p in a.people)
        contexts: dict[str, PageContext] = {
            "index": self.home(intros),
            "cases/index": CasesIndex(tuple(self.card(c.id) for c in self.newest)),
            "defenders/index": DefendersIndex(people, len(people) > LETTER_PAGES_FROM),
            "countries/index": CountriesIndex(self.country_entries()),
            "organisations/index": OrganisationsIndex(
                tuple(
                    OrganisationEntry(self.organisation(o.id), len(o.defenders), len(o.cases))
                    for o in a.organisations.values()
                )
            ),
        }
        themes = self.themes_in_use()
        contexts["themes/index"] = ThemesIndex(
            tuple((t, sum(t in c.themes for c in a.cases.values())) for t in themes)
        )
        for case in a.cases.values():
            contexts[f"cases/{case.id}"] = self.case_page(case)
        for person in a.people.values():
            contexts[f"defenders/{person.id}"] = self.defender_page(person.id)
        for country in a.countries.values():
            contexts[f"countries/{country.slug}"] = self.country_page(country.code)
        for org in a.organisations.values():
            contexts[f"organisations/{org.id}"] = self.organisation_page(org.id)
        for theme in themes:
            cases = tuple(self.card(c.id) for c in self.newest if theme in c.themes)
            contexts[f"themes/{theme}"] = ThemePage(theme, cases, len(cases) > YEAR_PAGES_FROM)
        contexts.update(self.year_pages(contexts))
        if len(people) > LETTER_PAGES_FROM:
            contexts.update(letter_pages(people))
        return contexts

    def year_pages(self, contexts: dict[str, PageContext]) -> dict[str, YearPage]:
        """A page per year of every list split by year."""
        found: dict[str, YearPage] = {}
        for stem, context in contexts.items():
            if getattr(context, "by_year_pages", False):
                found.update(year_pages(stem, self.list_names(context), context.cases))
        return found

    def list_names(self, context: PageContext) -> tuple[tuple[str, str], ...]:
        if isinstance(context, CountryPage):
            return context.country.names
        if isinstance(context, OrganisationPage):
            return context.organisation.names
        if isinstance(context, ThemePage):
            return tuple(sorted(themes_by_id()[context.theme].names.items()))
        return ()

    # -- references shared by many pages ---------------------------------------------------

    def card(self, case_id: str) -> CaseCard:
        card = self.cards.get(case_id)
        if card is None:
            case = self.archive.cases[case_id]
            card = CaseCard(
                id=case.id,
                date=case.date,
                titles=(
                    case_title(self.archive, case, "en"),
                    case_title(self.archive, case, "ru"),
                ),
                country=self.country(case.country) if case.country else None,
                langs=tuple(lang for lang in LANGS if lang in case.statements),
            )
            self.cards[case_id] = card
        return card

    def person(self, person_id: str) -> PersonRef:
        ref = self.people.get(person_id)
        if ref is None:
            person = self.archive.people[person_id]
            names = tuple((lang, person.names[lang]) for lang in LANGS if lang in person.names)
            transliterated = tuple(sorted(person.transliterated.items()))
            ref = PersonRef(person.id, names, tuple(person.aliases), transliterated)
            self.people[person_id] = ref
        return ref

    def organisation(self, org_id: str) -> OrganisationRef:
        ref = self.organisations.get(org_id)
        if ref is None:
            org = self.archive.organisations[org_id]
            names = tuple((lang, org.names[lang]) for lang in LANGS if lang in org.names)
            ref = OrganisationRef(org.id, names)
            self.organisations[org_id] = ref
        return ref

    def country(self, code: str) -> CountryRef:
        ref = self.countries.get(code)
        if ref is None:
            country = self.archive.countries[code]
            names = tuple((lang, country.names[lang]) for lang in LANGS)
            ref = CountryRef(country.code, country.slug, names)
            self.countries[code] = ref
        return ref

    def themes_in_use(self, cases=None) -> tuple[str, ...]:
        found = {t for c in (cases or self.archive.cases.values()) for t in c.themes}
        return tuple(t for t in self.theme_order if t in found)

    # -- pages -----------------------------------------------------------------------------

    def home(self, intros: dict[str, str]) -> HomePage:
        a = self.archive
        counts = (len(a.statements()), len(a.cases), len(a.people), len(a.countries))
        latest = tuple(self.card(c.id) for c in self.newest[:LATEST_ON_HOME])
        years = Counter(c.date.year for c in a.cases.values() if c.date)
        return HomePage(
            counts,
            latest,
            tuple(sorted(intros.items())),
            countries=self.country_entries(),
            years=tuple(sorted(years.items())),
        )

    def country_entries(self) -> tuple[CountryEntry, ...]:
        return tuple(
            CountryEntry(self.country(c.code), len(c.cases), len(c.defenders))
            for c in self.archive.countries.values()
        )

    def case_page(self, case: Case) -> CasePage:
        statements = tuple(
            StatementView(
                lang=st.lang,
                source=st.source,
                copy=copy_name(st),
                title=st.title,
                paragraphs=tuple(st.paragraphs),
                calls_intro=st.calls_intro,
                calls=tuple(st.calls),
                status=st.status,
                publisher=st.publisher,
                statuses=tuple(
                    (pid, _status_view(st.statuses[name], st.lang))
                    for name, pid in zip(st.defenders, st.person_ids, strict=True)
                    if name in st.statuses
                ),
            )
            for lang in LANGS
            if (st := case.statements.get(lang)) is not None
        )
        people, country = self.related(case)
        return CasePage(
            card=self.card(case.id),
            statements=statements,
            defenders=tuple(self.person(p) for p in case.defenders),
            organisations=tuple(self.organisation(o) for o in case.organisations),
            themes=tuple(case.themes),
            related_people=tuple(self.card(c) for c in people),
            related_country=tuple(self.card(c) for c in country),
        )

    def defender_page(self, person_id: str) -> DefenderPage:
        person = self.archive.people[person_id]
        cases = [self.archive.cases[c] for c in person.cases]
        texts = tuple(
            (lang, tuple(case.statements[lang].paragraphs))
            for case in cases
            for lang in LANGS
            if lang in case.statements
        )
        return DefenderPage(
            person=self.person(person_id),
            organisations=tuple(self.organisation(o) for o in person.organisation_ids),
            countries=tuple(self.country(c) for c in person.countries),
            cases=tuple(self.card(c.id) for c in cases),
            texts=texts,
            latest_status=tuple(
                (lang, _status_view(found[0], found[2].lang), self.card(found[1].id))
                for lang in LANGS
                if (found := latest_status(self.archive, person_id, lang)) is not None
            ),
        )

    def country_page(self, code: str) -> CountryPage:
        country = self.archive.countries[code]
        cases = [self.archive.cases[c] for c in country.cases]
        return CountryPage(
            country=self.country(code),
            cases=tuple(self.card(c.id) for c in cases),
            defenders=self.most_cases(country.defenders),
            defender_count=len(country.defenders),
            themes=self.themes_in_use(cases),
            by_year_pages=len(cases) > YEAR_PAGES_FROM,
        )

    def organisation_page(self, org_id: str) -> OrganisationPage:
        org = self.archive.organisations[org_id]
        return OrganisationPage(
            organisation=self.organisation(org_id),
            countries=tuple(self.country(c) for c in org.countries),
            cases=tuple(self.card(c) for c in org.cases),
            defenders=self.most_cases(org.defenders),
            defender_count=len(org.defenders),
            by_year_pages=len(org.cases) > YEAR_PAGES_FROM,
        )

    def most_cases(self, person_ids) -> tuple[PersonRef, ...]:
        """The PEOPLE_ON_A_PAGE of these people with the most cases: a country's or an
        organisation's page names at most that many (the defenders' index names everyone)."""
        people = self.archive.people
        ranked = sorted(person_ids, key=lambda p: (-len(people[p].cases), p))
        return tuple(self.person(p) for p in ranked[:PEOPLE_ON_A_PAGE])

    def related(self, case: Case) -> tuple[list[str], list[str]]:
        """Other cases of the same defenders, and other cases of the same country, each the
        ones nearest in date to this case, newest first. Nearest, not newest: a new case, or
        an edit of one, changes the lists of the few cases around it in time, not the page of
        every case of its country."""
        a, rank = self.archive, self.rank.__getitem__
        ids = {c for p in case.defenders for c in a.people[p].cases} | {case.id}
        people = nearest(sorted(ids, key=rank), case.id, set(), RELATED_LIMIT)
        country: list[str] = []
        if case.country:
            ordered = a.countries[case.country].cases  # newest first
            country = nearest(ordered, case.id, ids - {case.id}, RELATED_LIMIT)
        return people, country


def nearest(ordered: list[str], here: str, skip: set[str], limit: int) -> list[str]:
    """Up to `limit` items of `ordered` nearest to `here` in its order (the newer first at
    equal distance), neither `here` nor any of `skip`, in the order of `ordered`."""
    position = ordered.index(here)
    newer = ((i, ordered[i]) for i in range(position - 1, -1, -1) if ordered[i] not in skip)
    older = ((i, ordered[i]) for i in range(position + 1, len(ordered)) if ordered[i] not in skip)
    picked: list[tuple[int, str]] = []
    for pair in itertools.zip_longest(newer, older):
        picked += [item for item in pair if item is not None]
        if len(picked) >= limit:
            break
    return [item for _, item in sorted(picked[:limit])]


def _status_view(status: DefenderStatus, lang: str) -> StatusView:
    return StatusView(status.stage, status.term, status.sentence, lang)
