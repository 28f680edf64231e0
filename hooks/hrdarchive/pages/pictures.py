"""The pictures pages show, in the page's language: the world map of cases (worldmap.py), cases
per year (charts.py) and a defender's cases in time. Each is one line of SVG, set aside whole
by listblocks.py; the numbers it shows are also in the page's text (a list or headings), which
a screen reader reaches.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape as escape_html

from ..charts import timeline_svg, year_bars_svg
from ..model import Lang
from ..vocabulary import labels
from ..worldmap import MapCountry, MapLabels, world_map_svg
from .contexts import CaseCard, CountryEntry
from .kit import Kit
from .markup import escape_list_text, plural


def world_map(entries: Iterable[CountryEntry], lang: Lang, root: str, kit: Kit) -> str:
    """The map of the countries' cases, each country with cases a link to its page."""
    L = labels()[lang]
    countries = [
        MapCountry(
            code=e.country.code,
            name=e.country.name(lang),
            label=f"{e.country.name(lang)}: {plural(e.cases, 'case', lang)}",
            cases=e.cases,
            href=root + kit.urls.page(f"countries/{e.country.slug}"),
        )
        for e in entries
    ]
    return world_map_svg(countries, MapLabels(L["map_title"], L["map_description"]))


def years_chart(cards: Iterable[CaseCard], lang: Lang, id_prefix: str = "archive-years") -> str:
    """Cases per year, or "" where no case is dated."""
    return years_chart_of(Counter(card.date.year for card in cards if card.date), lang, id_prefix)


def years_chart_of(counts: dict[int, int], lang: Lang, id_prefix: str = "archive-years") -> str:
    """Cases per year from their numbers, or "" where there are none."""
    if not counts:
        return ""
    L = labels()[lang]
    description = L["years_chart_description"].format(
        total=plural(sum(counts.values()), "case", lang), first=min(counts), last=max(counts)
    )
    return year_bars_svg(counts, L["years_chart_title"], description, id_prefix)


def timeline(cards: Iterable[CaseCard], lang: Lang) -> str:
    """A defender's cases in time, or "" where fewer than two are dated."""
    dates = [card.date for card in cards if card.date]
    if len(dates) < 2:
        return ""
    L = labels()[lang]
    description = L["timeline_chart_description"].format(
        total=plural(len(dates), "case", lang), first=min(dates).year, last=max(dates).year
    )
    return timeline_svg(dates, L["timeline_chart_title"], description, "archive-timeline")


def country_list(entries: Iterable[CountryEntry], lang: Lang, root: str, kit: Kit) -> str:
    """The map's numbers as a list: each country, linked, and its cases, most first."""
    ordered = sorted(entries, key=lambda e: (-e.cases, e.country.name(lang).casefold()))
    items = "".join(
        f'<li><a href="{escape_html(root + kit.urls.page(f"countries/{e.country.slug}"))}">'
        f"{escape_list_text(e.country.name(lang))}</a> — {plural(e.cases, 'case', lang)}</li>\n"
        for e in ordered
    )
    return f'<ul class="archive-list">\n{items}</ul>'
