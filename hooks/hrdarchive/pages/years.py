"""A long list of cases, a page per year: the pages of the years, and the links to them from
the list's own page (the cases index, a country's, a theme's or an organisation's page)."""

from __future__ import annotations

import datetime
import posixpath
from collections import Counter

from babel.dates import format_date

from ..model import Lang
from ..vocabulary import labels
from .contexts import YearPage
from .inputs import UNDATED, year_of, year_stem
from .kit import Kit, RenderedPage


def year_label(year: str, lang: Lang) -> str:
    return labels()[lang]["undated"] if year == UNDATED else year


def year_counts(cases) -> tuple[tuple[str, int], ...]:
    """(year, cases) of a list of cases, newest first, the undated last."""
    return tuple(Counter(map(year_of, cases)).items())


def list_year_links(page, owner: str, lang: Lang) -> list[tuple[str, int, str]]:
    """The links to a list's year pages, or none where its cases are on its own page."""
    return year_links(owner, year_counts(page.cases), lang) if page.by_year_pages else []


def year_links(owner: str, years, lang: Lang) -> list[tuple[str, int, str]]:
    """(year, cases, Markdown link from the list's own page) for each year, newest first."""
    folder = posixpath.dirname(owner)
    return [
        (year_label(year, lang), count, posixpath.relpath(year_stem(owner, year), folder) + ".md")
        for year, count in years
    ]


def month_label(year: str, month: str, lang: Lang, with_year: bool = True) -> str:
    """'May 2022' / 'май 2022', or the month alone."""
    day = datetime.date(int(year), int(month), 1)
    text = format_date(day, "LLLL y" if with_year else "LLLL", locale=lang)
    return text[:1].upper() + text[1:]


def render_year_page(page: YearPage, lang: Lang, kit: Kit) -> RenderedPage:
    """A year's cases of a list, or its months' links when the year is long; a month's."""
    here = year_stem(page.owner, page.year) + (f"/{page.month}" if page.month else "")
    folder = posixpath.dirname(here)
    markdown = kit.render(
        "year.md.j2",
        lang,
        here,
        title=_title(page, lang),
        of_a_country=page.owner.startswith("countries/"),
        owner_text=_owner_text(page, lang),
        owner_link=posixpath.relpath(page.owner + ".md", folder),
        years=[
            (year_label(year, lang), count, _link(page.owner, year, "", folder), year == page.year)
            for year, count in page.years
        ],
        months=[
            (
                month_label(page.year, month, lang, with_year=False),
                count,
                _link(page.owner, page.year, month, folder),
                month == page.month,
            )
            for month, count in page.months
        ],
        cases=page.cases,
    )
    return RenderedPage(markdown)


def _link(owner: str, year: str, month: str, folder: str) -> str:
    stem = year_stem(owner, year) + (f"/{month}" if month else "")
    return posixpath.relpath(stem + ".md", folder)


def _title(page: YearPage, lang: Lang) -> str:
    L = labels()[lang]
    if page.month:
        when, kind = month_label(page.year, page.month, lang), "month"
    elif page.year == UNDATED:
        when, kind = "", "undated"
    else:
        when, kind = page.year, "year"
    keys = {"year": "cases_of_year", "month": "cases_of_month", "undated": "undated_cases"}
    if not page.names:
        return L[keys[kind]].format(year=when, month=when)
    return L[f"owner_{keys[kind]}"].format(name=_name(page, lang), year=when, month=when)


def _owner_text(page: YearPage, lang: Lang) -> str:
    return _name(page, lang) if page.names else labels()[lang]["cases_by_year"]


def _name(page: YearPage, lang: Lang) -> str:
    names = dict(page.names)  # an organisation may be named in one language only
    return names.get(lang) or next(iter(names.values()))
