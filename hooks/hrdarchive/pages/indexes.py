"""The home page and the index pages of cases, defenders, countries, organisations and themes,
in one language."""

from __future__ import annotations

import posixpath
import re

from ..model import Lang
from ..vocabulary import labels
from .contexts import (
    CasesIndex,
    CountriesIndex,
    DefendersIndex,
    HomePage,
    LetterPage,
    OrganisationsIndex,
    PersonRef,
    ThemesIndex,
)
from .kit import Kit, RenderedPage, inverted_name, surname_first
from .letters import letter_links, letter_stem
from .markup import plural
from .pictures import country_list, world_map, years_chart, years_chart_of
from .years import list_year_links

_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")


def render_home(page: HomePage, lang: Lang, kit: Kit) -> RenderedPage:
    statements, cases, people, countries = page.counts
    markdown = kit.render(
        "home.md.j2",
        lang,
        "",
        latest=page.latest,
        intro=dict(page.intros).get(lang),
        data_href=kit.urls.site_root("", lang) + "data/",
        world_map=world_map(page.countries, lang, "", kit) if page.countries else "",
        country_list=country_list(page.countries, lang, "", kit),
        chart=years_chart_of(dict(page.years), lang),
        years=page.years[::-1],
        counts=[
            plural(statements, "statement", lang),
            plural(cases, "case", lang),
            plural(people, "defender", lang),
            plural(countries, "country", lang),
        ],
    )
    return RenderedPage(markdown)


def render_cases_index(page: CasesIndex, lang: Lang, kit: Kit) -> RenderedPage:
    """The years, each a link to its page of cases (pages/years.py)."""
    links = list_year_links(page, "cases/index", lang)
    markdown = kit.render(
        "cases_index.md.j2", lang, "cases/", year_links=links, chart=years_chart(page.cases, lang)
    )
    return RenderedPage(markdown)


def render_defenders_index(page: DefendersIndex, lang: Lang, kit: Kit) -> RenderedPage:
    """Defenders A–Z by surname, in each alphabet (the page's own first)."""
    counts = {entry.person.id: entry.cases for entry in page.entries}
    scripts: dict[str, dict[str, list[PersonRef]]] = {}
    for person in kit.sorted_people((e.person for e in page.entries), lang):
        name = person.name(lang)
        script = "cyrillic" if _CYRILLIC.match(name) else "latin"
        letter = surname_first(name)[:1].upper()
        scripts.setdefault(script, {}).setdefault(letter, []).append(person)
    order = ["cyrillic", "latin"] if lang == "ru" else ["latin", "cyrillic"]
    markdown = kit.render(
        "defenders_index.md.j2",
        lang,
        "defenders/",
        scripts=[(s, scripts[s]) for s in order if s in scripts],
        counts=counts,
        inverted=lambda person: inverted_name(person.name(lang)),
        letter_links=letter_links(page.entries, lang) if page.by_letter_pages else [],
    )
    return RenderedPage(markdown)


def render_countries_index(page: CountriesIndex, lang: Lang, kit: Kit) -> RenderedPage:
    entries = sorted(page.entries, key=lambda e: e.country.name(lang).casefold())
    markdown = kit.render(
        "countries_index.md.j2",
        lang,
        "countries/",
        entries=entries,
        world_map=world_map(entries, lang, "../", kit) if entries else "",
    )
    return RenderedPage(markdown)


def render_organisations_index(page: OrganisationsIndex, lang: Lang, kit: Kit) -> RenderedPage:
    entries = sorted(page.entries, key=lambda e: e.organisation.name(lang).casefold())
    markdown = kit.render("organisations_index.md.j2", lang, "organisations/", entries=entries)
    return RenderedPage(markdown)


def render_themes_index(page: ThemesIndex, lang: Lang, kit: Kit) -> RenderedPage:
    counts = [(kit.themes[theme], n) for theme, n in page.counts]
    return RenderedPage(kit.render("themes_index.md.j2", lang, "themes/", theme_counts=counts))


def render_letter_page(page: LetterPage, lang: Lang, kit: Kit) -> RenderedPage:
    here = letter_stem(page.group, page.letter)
    people = kit.sorted_people((e.person for e in page.entries), lang)
    markdown = kit.render(
        "letter.md.j2",
        lang,
        here,
        title=f"{labels()[lang]['defenders_az']}: {page.letter}",
        letters=[
            (letter, posixpath.basename(stem) + ".md", count, letter == page.letter)
            for letter, stem, count in page.letters
        ],
        index_link="../index.md",
        people=people,
        counts={e.person.id: e.cases for e in page.entries},
        inverted=lambda person: inverted_name(person.name(lang)),
    )
    return RenderedPage(markdown)
