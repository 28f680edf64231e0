"""What each page shows, as plain values: one frozen context per page, the same for both
languages' pages.

Contract: a page is rendered from its context alone (with the templates and word tables, which
do not change within a process's build). Two equal contexts render equal pages, so a rebuild
that finds a page's context equal to the last build's keeps the last build's page
(session.py): there is no second list of what a page reads that could fall out of step.
Contexts hold values, never the archive's mutable objects; texts are tuples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Lang


@dataclass(frozen=True, slots=True)
class CountryRef:
    code: str
    slug: str
    names: tuple[tuple[str, str], ...]  # (lang, name) pairs: a dict cannot be frozen

    def name(self, lang: Lang) -> str:
        return dict(self.names)[lang]


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A defender as other pages name and link them."""

    id: str
    names: tuple[tuple[str, str], ...]  # (lang, name), in the languages that write the name
    aliases: tuple[str, ...]
    transliterated: tuple[tuple[str, str], ...] = ()  # (lang, name) where no statement has it

    def name(self, lang: Lang) -> str:
        names = dict(self.names)
        return names.get(lang) or dict(self.transliterated).get(lang) or next(iter(names.values()))

    def own_name(self, lang: Lang) -> str | None:
        """The name as `lang` writes it, None if only the other language names them."""
        return dict(self.names).get(lang)


@dataclass(frozen=True, slots=True)
class OrganisationRef:
    id: str
    names: tuple[tuple[str, str], ...]

    def name(self, lang: Lang) -> str:
        names = dict(self.names)
        return names.get(lang) or next(iter(names.values()))


@dataclass(frozen=True, slots=True)
class CaseCard:
    """A case as lists show it, in both languages: date, title, country, and the language of
    its statement where it has none in the page's language."""

    id: str
    date: dt.date | None
    titles: tuple[str, str]  # en, ru
    country: CountryRef | None
    langs: tuple[str, ...]  # the languages it has a statement in

    def title(self, lang: Lang) -> str:
        return self.titles[0 if lang == "en" else 1]


@dataclass(frozen=True, slots=True)
class StatusView:
    """A defender's status as one statement reports it."""

    stage: str
    term: str | None
    sentence: str
    lang: str  # the language of the sentence


@dataclass(frozen=True, slots=True)
class StatementView:
    """One statement of a case, as its page shows it."""

    lang: str
    source: str
    copy: str  # the published copy's path under statements/ (raw_copies.copy_name)
    title: str | None
    paragraphs: tuple[str, ...]
    calls_intro: str | None
    calls: tuple[str, ...]
    status: str | None
    publisher: str | None
    # (person id, status) for each defender the statement reports a status of, in its order
    statuses: tuple[tuple[str, StatusView], ...] = ()


@dataclass(frozen=True, slots=True)
class CasePage:
    card: CaseCard
    statements: tuple[StatementView, ...]
    defenders: tuple[PersonRef, ...]
    organisations: tuple[OrganisationRef, ...]
    themes: tuple[str, ...]
    related_people: tuple[CaseCard, ...]
    related_country: tuple[CaseCard, ...]

    def statement(self, lang: Lang) -> StatementView | None:
        return next((s for s in self.statements if s.lang == lang), None)

    def shown(self, lang: Lang) -> StatementView:
        """The statement in `lang`, else the one in the other language."""
        return self.statement(lang) or self.statements[0]


@dataclass(frozen=True, slots=True)
class DefenderPage:
    person: PersonRef
    organisations: tuple[OrganisationRef, ...]
    countries: tuple[CountryRef, ...]
    cases: tuple[CaseCard, ...]  # newest first
    # The texts their profile is taken from: per case, (lang, paragraphs) of its statements.
    texts: tuple[tuple[str, tuple[str, ...]], ...]
    # Per language: the latest status the newest case reporting one gives, and that case.
    latest_status: tuple[tuple[str, StatusView, CaseCard], ...] = ()

    def status(self, lang: Lang) -> tuple[StatusView, CaseCard] | None:
        return next(((s, c) for la, s, c in self.latest_status if la == lang), None)


@dataclass(frozen=True, slots=True)
class CountryPage:
    country: CountryRef
    cases: tuple[CaseCard, ...]  # newest first
    defenders: tuple[PersonRef, ...]
    themes: tuple[str, ...]  # of its cases, in the taxonomy's order
    by_year_pages: bool = False  # its cases are on a page per year (YearPage)
    defender_count: int = 0  # all its defenders; `defenders` holds those with most cases


@dataclass(frozen=True, slots=True)
class OrganisationPage:
    organisation: OrganisationRef
    countries: tuple[CountryRef, ...]
    cases: tuple[CaseCard, ...]
    defenders: tuple[PersonRef, ...]
    by_year_pages: bool = False
    defender_count: int = 0  # all its defenders; `defenders` holds those with most cases


@dataclass(frozen=True, slots=True)
class ThemePage:
    theme: str
    cases: tuple[CaseCard, ...]  # newest first
    by_year_pages: bool = False


@dataclass(frozen=True, slots=True)
class HomePage:
    counts: tuple[int, int, int, int]  # statements, cases, defenders, countries
    latest: tuple[CaseCard, ...]
    # An editor's own introduction per language (Markdown), where they wrote one.
    intros: tuple[tuple[str, str], ...]
    countries: tuple[CountryEntry, ...] = ()  # for the map
    years: tuple[tuple[int, int], ...] = ()  # (year, cases), oldest first


@dataclass(frozen=True, slots=True)
class CasesIndex:
    cases: tuple[CaseCard, ...]  # newest first
    by_year_pages: bool = True


@dataclass(frozen=True, slots=True)
class YearPage:
    """One year's part of a long list of cases: the cases index's, a country's, a theme's or
    an organisation's."""

    owner: str  # the stem of the list's own page: 'cases/index', 'countries/kazakhstan'
    names: tuple[tuple[str, str], ...]  # (lang, the list's name); none for the cases index
    year: str  # '2024', or 'undated'
    cases: tuple[CaseCard, ...]  # newest first; none on a year's page split by month
    years: tuple[tuple[str, int], ...]  # every part of the list, newest first: (year, cases)
    month: str = ""  # '05' on a month's page of a long year
    months: tuple[tuple[str, int], ...] = ()  # a long year's months, newest first: (month, cases)


@dataclass(frozen=True, slots=True)
class DefenderEntry:
    person: PersonRef
    cases: int


@dataclass(frozen=True, slots=True)
class DefendersIndex:
    entries: tuple[DefenderEntry, ...]
    by_letter_pages: bool = False  # the people are on a page per letter (LetterPage)


@dataclass(frozen=True, slots=True)
class LetterPage:
    """The people of the defenders' index under one letter, as one language lists them."""

    group: str  # the language whose names' letters these are
    letter: str  # 'A', 'Ж'
    entries: tuple[DefenderEntry, ...]
    letters: tuple[tuple[str, str, int], ...]  # every letter of `group`: (letter, stem, people)


@dataclass(frozen=True, slots=True)
class CountryEntry:
    country: CountryRef
    cases: int
    defenders: int


@dataclass(frozen=True, slots=True)
class CountriesIndex:
    entries: tuple[CountryEntry, ...]


@dataclass(frozen=True, slots=True)
class OrganisationEntry:
    organisation: OrganisationRef
    defenders: int
    cases: int


@dataclass(frozen=True, slots=True)
class OrganisationsIndex:
    entries: tuple[OrganisationEntry, ...]


@dataclass(frozen=True, slots=True)
class ThemesIndex:
    counts: tuple[tuple[str, int], ...]  # theme id, number of cases


PageContext = (
    CasePage
    | DefenderPage
    | CountryPage
    | OrganisationPage
    | ThemePage
    | HomePage
    | CasesIndex
    | DefendersIndex
    | CountriesIndex
    | OrganisationsIndex
    | ThemesIndex
    | YearPage
    | LetterPage
)
