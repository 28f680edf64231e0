"""A defender's page in one language: names, organisations, countries, a short profile in the
statements' own words, and the timeline of their cases."""

from __future__ import annotations

from ..mentions import profile_sentences
from ..model import Lang, other_lang
from ..vocabulary import labels
from . import jsonld
from .contexts import DefenderPage
from .kit import Kit, RenderedPage, names_of, page_front, search_entry
from .markup import plural


def render_defender(page: DefenderPage, lang: Lang, kit: Kit) -> RenderedPage:
    person = page.person
    here = f"defenders/{person.id}"
    L = labels()[lang]
    other = person.own_name(other_lang(lang))
    cases = plural(len(page.cases), "case", lang)
    facts = [
        (L["other_script"], [(other, None)] if other and other != person.name(lang) else []),
        (L["aliases"], [(a, None) for a in person.aliases]),
        (L["organisations"], kit.organisation_facts(page.organisations, lang, here)),
        (L["countries_label"], kit.country_facts(page.countries, lang, here)),
        (L["cases_label"], [(cases, None)]),
    ]
    search = search_entry(
        "defender",
        [", ".join(c.name(lang) for c in page.countries), cases],
        names_of([person], page.organisations),
    )
    front, meta = page_front(
        "defender.html", person.name(lang), facts, jsonld.person(page, lang, kit.urls), search
    )
    own = person.own_name(lang)
    texts = [" ".join(paragraphs) for text_lang, paragraphs in page.texts if text_lang == lang]
    markdown = kit.render(
        "defender.md.j2",
        lang,
        here,
        front=front,
        name_only_other=own is None,
        original=person.name(other_lang(lang)),
        profile=profile_sentences([own] if own else [], texts, lang),
        latest=page.status(lang),
        cases=page.cases,
    )
    return RenderedPage(markdown, meta)
