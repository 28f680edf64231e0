"""Pages that gather cases: a country's, an organisation's and a theme's, in one language."""

from __future__ import annotations

from ..model import Lang, other_lang
from ..vocabulary import labels
from . import jsonld
from .contexts import CountryPage, OrganisationPage, ThemePage
from .kit import Kit, RenderedPage, names_of, page_front, search_entry
from .markup import plural
from .pictures import years_chart
from .years import list_year_links


def render_country(page: CountryPage, lang: Lang, kit: Kit) -> RenderedPage:
    country = page.country
    here = f"countries/{country.slug}"
    L = labels()[lang]
    cases = plural(len(page.cases), "case", lang)
    defenders = plural(len(page.defenders), "defender", lang)
    facts = [
        (L["cases_label"], [(cases, None)]),
        (L["defenders"], [(defenders, None)]),
        (L["themes"], kit.theme_facts(page.themes, lang, here)),
    ]
    search = search_entry("country", [cases, defenders], names_of(countries=[country]))
    front, meta = page_front("country.html", country.name(lang), facts, None, search)
    markdown = kit.render(
        "country.md.j2",
        lang,
        here,
        front=front,
        years=kit.by_year(page.cases, lang),
        year_links=list_year_links(page, here, lang),
        chart=years_chart(page.cases, lang),
        people=kit.sorted_people(page.defenders, lang),
        defender_count=page.defender_count,
    )
    return RenderedPage(markdown, meta)


def render_organisation(page: OrganisationPage, lang: Lang, kit: Kit) -> RenderedPage:
    org = page.organisation
    here = f"organisations/{org.id}"
    L = labels()[lang]
    other = dict(org.names).get(other_lang(lang))
    cases = plural(len(page.cases), "case", lang)
    facts = [
        (L["other_language_name"], [(other, None)] if other and other != org.name(lang) else []),
        (L["countries_label"], kit.country_facts(page.countries, lang, here)),
        (L["cases_label"], [(cases, None)]),
    ]
    search = search_entry("organisation", [cases], names_of(organisations=[org]))
    front, meta = page_front(
        "organisation.html", org.name(lang), facts, jsonld.organisation(org, lang, kit.urls), search
    )
    markdown = kit.render(
        "organisation.md.j2",
        lang,
        here,
        front=front,
        years=kit.by_year(page.cases, lang),
        year_links=list_year_links(page, here, lang),
        chart=years_chart(page.cases, lang),
        people=kit.sorted_people(page.defenders, lang),
        defender_count=page.defender_count,
    )
    return RenderedPage(markdown, meta)


def render_theme(page: ThemePage, lang: Lang, kit: Kit) -> RenderedPage:
    theme = kit.themes[page.theme]
    search = search_entry("theme", [plural(len(page.cases), "case", lang)], [], text=False)
    front, meta = page_front("theme.html", theme.names[lang], [], None, search)
    markdown = kit.render(
        "theme.md.j2",
        lang,
        f"themes/{page.theme}",
        front=front,
        years=kit.by_year(page.cases, lang),
        year_links=list_year_links(page, f"themes/{page.theme}", lang),
        chart=years_chart(page.cases, lang),
    )
    return RenderedPage(markdown, meta)
