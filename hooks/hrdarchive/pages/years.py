"""A long list of cases, a page per year: the pages of the years, and the links to them from
the list's own page (the cases index, a country's, a theme's or an organisation's page)."""

from __future__ import annotations

import posixpath

from ..model import Lang
from ..vocabulary import labels
from .contexts import YearPage
from .inputs import UNDATED, year_of, year_stem
from .kit import Kit, RenderedPage


def year_label(year: str, lang: Lang) -> str:
    return labels()[lang]["undated"] if year == UNDATED else year


def year_counts(cases) -> tuple[tuple[str, int], ...]:
    """(year, cases) of a list of cases, newest first, the undated last."""
    counts: dict[str, int] = {}
    for card in cases:
        counts[year_of(card)] = counts.get(year_of(card), 0) + 1
    return tuple(counts.items())


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


def render_year_page(page: YearPage, lang: Lang, kit: Kit) -> RenderedPage:
    L = labels()[lang]
    here = year_stem(page.owner, page.year)
    folder = posixpath.dirname(here)
    label = year_label(page.year, lang)
    if page.names:
        names = dict(page.names)  # an organisation may be named in one language only
        name = names.get(lang) or next(iter(names.values()))
        key = "owner_undated_cases" if page.year == UNDATED else "owner_cases_of_year"
        title = L[key].format(name=name, year=label)
        owner_text = name
    else:
        undated = page.year == UNDATED
        title = L["undated_cases"] if undated else L["cases_of_year"].format(year=label)
        owner_text = L["cases_by_year"]
    owner_link = posixpath.relpath(page.owner + ".md", folder)
    years = [
        (year_label(year, lang), count, f"{year}.md", year == page.year)
        for year, count in page.years
    ]
    markdown = kit.render(
        "year.md.j2",
        lang,
        here,
        title=title,
        owner_text=owner_text,
        owner_link=owner_link,
        years=years,
        cases=page.cases,
    )
    return RenderedPage(markdown)
