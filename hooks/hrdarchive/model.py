"""The archive's data model: what a statement says, and how statements, cases, people and
countries link up.

Parsing produces `Statement`s; linking turns them into one `Archive` of `Case`s, `Person`s and
`Country`s; rendering and the open-data export only read the `Archive`. Everything here is plain
data: no I/O, no MkDocs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["en", "ru"]
LANGS: tuple[Lang, ...] = ("en", "ru")
Severity = Literal["error", "warning"]


def other_lang(lang: Lang) -> Lang:
    return "ru" if lang == "en" else "en"


@dataclass(frozen=True)
class Problem:
    """Something an editor should look at, tied to the file it came from."""

    source: str
    severity: Severity
    message: str
    line: int | None = field(default=None, compare=False)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


class StatementError(Exception):
    """A raw file that cannot become a statement; names the file and, where known, the line."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.message = message
        self.line = line
        super().__init__(f"{source}:{line}: {message}" if line else f"{source}: {message}")


@dataclass(frozen=True)
class DefenderStatus:
    """The latest stage of one defender's case that a statement reports."""

    stage: str  # one of `stages` in statuses.yml
    sentence: str  # the sentence that says it, as the statement writes it
    term: str | None = None  # for 'sentenced': '7 years', 'семи годам', 'a fine of …'
    how: str = "pattern"  # 'pattern', 'page' (a case page's Status field) or 'editor'


# In a Statement's `original_text`: a part of the file that could not be read (a PDF's
# attachment, a Word file's embedded object), which may name anyone.
UNREADABLE = "\x00unreadable"


@dataclass
class Statement:
    """One raw statement as read: metadata found in it, and its cleaned text."""

    source: str  # path relative to the statements folder, with '/' separators
    lang: Lang
    date: dt.date | None
    title: str | None  # the headline as written, "Country: ..." prefix included
    country: str | None  # ISO 3166-1 alpha-2
    defenders: list[str]  # names as the statement's language writes them, nominative
    organisations: list[str]
    paragraphs: list[str]  # cleaned body text, one entry a paragraph
    calls_intro: str | None = None
    calls: list[str] = field(default_factory=list)
    publisher: str | None = None
    status: str | None = None  # a case page's "Status: Released"
    # defender -> the latest stage of their case this statement reports (status.py)
    statuses: dict[str, DefenderStatus] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # defender -> other names
    themes: list[str] = field(default_factory=list)  # theme ids, set after corrections
    translation: str | None = None  # source of the other-language version, from corrections
    no_translation: bool = False  # an editor said this statement has no translation
    person_ids: list[str] = field(default_factory=list)  # set by linking, one per defender
    warnings: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)  # fields an editor's corrections set
    # How each fact was found: 'date', 'country' and 'defender:<name>' -> 'markup', 'pattern',
    # 'mentions', 'name lists', 'frequency', 'metadata' or 'editor' (ARCHITECTURE.md).
    found_by: dict[str, str] = field(default_factory=dict)
    confirmed: list[str] = field(default_factory=list)  # facts an editor confirmed (`confirm:`)
    # defender -> the name as the other language writes it, from an editor (`spellings:`)
    spellings: dict[str, str] = field(default_factory=dict)
    digest: str = field(default="", compare=False)
    # Set when withheld names were taken out: the raw file is then published redacted, from
    # `raw_source`, its path in the statements folder (`source` may be a neutral name).
    withheld: bool = False
    raw_source: str = ""
    # What the file was and what extraction left out: "PDF, 3 pages, running header and
    # footer removed"; empty for a text file.
    origin: str = ""
    # All the text a PDF, web page or Word file holds (letterhead and metadata too), read for
    # withheld names: one found there keeps the original unpublished. Empty for a text file.
    original_text: str = field(default="", repr=False, compare=False)
    original_withheld: bool = False  # the original names a withheld person: not published


@dataclass
class Person:
    """One defender, recognised across statements and scripts."""

    id: str
    names: dict[str, str]  # lang -> the name as that language writes it
    aliases: list[str] = field(default_factory=list)
    organisations: dict[str, list[str]] = field(default_factory=dict)  # lang -> names
    # lang -> the name in that language's script where no statement or editor gives it: a
    # transliteration (transliterate.py), marked as such on pages and in the open data
    transliterated: dict[str, str] = field(default_factory=dict)
    cases: list[str] = field(default_factory=list)  # case ids, newest first
    countries: list[str] = field(default_factory=list)
    organisation_ids: list[str] = field(default_factory=list)
    slug_base: str = ""  # the address its name makes, before `-2` (addresses.py)

    def name(self, lang: Lang) -> str:
        """The name in `lang`, else its transliteration, else the other language's (never
        empty)."""
        return self.names.get(lang) or self.transliterated.get(lang) or self.names[other_lang(lang)]


@dataclass(frozen=True)
class PairEvidence:
    """Why two statements were taken for one another's translations."""

    how: str  # 'editor' or 'evidence'
    same_date: bool = False
    same_publisher: bool = False
    shared_defenders: float = 0.0  # share of the two statements' defenders they share
    shared_numbers: float = 0.0  # share of the numbers of the text with fewer that both write

    @property
    def weak(self) -> bool:
        """A pair an editor should look at: not set by an editor, and not dated alike with
        most of their defenders shared."""
        return self.how != "editor" and not (self.same_date and self.shared_defenders >= 0.5)


@dataclass
class Case:
    """One statement and, where it exists, its translation."""

    id: str  # ASCII slug shared by both languages
    statements: dict[str, Statement]  # lang -> statement
    date: dt.date | None
    country: str | None
    defenders: list[str]  # person ids, in order of first mention
    themes: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)  # organisation ids
    slug_base: str = ""  # the address its date and headline make, before `-2` (addresses.py)
    # How its two statements were paired: 'editor', or the evidence found (link.py)
    pairing: PairEvidence | None = None

    def statement(self, lang: Lang) -> Statement:
        """The statement in `lang`, else the one in the other language."""
        return self.statements.get(lang) or self.statements[other_lang(lang)]

    def sort_key(self) -> tuple:
        """Newest first; undated cases last."""
        return (self.date is None, -(self.date.toordinal() if self.date else 0), self.id)


@dataclass
class Organisation:
    """A defenders' organisation, one page per language."""

    id: str
    names: dict[str, str]  # lang -> name as statements in that language write it
    defenders: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)  # newest first
    countries: list[str] = field(default_factory=list)
    slug_base: str = ""  # the address its name makes, before `-2` (addresses.py)

    def name(self, lang: Lang) -> str:
        return self.names.get(lang) or self.names[other_lang(lang)]


@dataclass
class Country:
    code: str  # ISO 3166-1 alpha-2
    slug: str
    names: dict[str, str]
    cases: list[str] = field(default_factory=list)  # newest first
    defenders: list[str] = field(default_factory=list)


@dataclass
class FileReport:
    """What became of one file in the statements folder."""

    source: str
    status: Literal["parsed", "parsed with warnings", "rejected", "correction", "ignored"]
    detail: str = ""
    origin: str = ""  # a PDF, web page or Word file: what it was and what was left out
    extracted: bool = False  # its text was extracted by this build (not from the cache)
    original_unpublished: bool = False  # it names a withheld person: only its text is published


@dataclass
class Archive:
    cases: dict[str, Case]
    people: dict[str, Person]
    countries: dict[str, Country]  # by code
    organisations: dict[str, Organisation]
    problems: list[Problem]
    files: list[FileReport]
    redactor: object = None  # the withheld names' Redactor, for copies of raw statements
    # Old addresses that answer by redirect, per kind of page: {old: current} (addresses.py).
    redirects: dict[str, dict[str, str]] = field(default_factory=dict)

    def statements(self) -> list[tuple[Case, Statement]]:
        return [(case, st) for case in self.cases.values() for st in case.statements.values()]

    def cases_newest_first(self) -> list[Case]:
        return sorted(self.cases.values(), key=Case.sort_key)
