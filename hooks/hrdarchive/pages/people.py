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
from .pictures import timeline


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
    profile, profile_lang = _profile(page, lang)
    markdown = kit.render(
        "defender.md.j2",
        lang,
        here,
        front=front,
        name_only_other=own is None,
        original=person.name(other_lang(lang)),
        profile=profile,
        profile_lang=profile_lang,
        latest=page.status(lang),
        cases=page.cases,
        chart=timeline(page.cases, lang),
    )
    return RenderedPage(markdown, meta)


def _profile(page: DefenderPage, lang: Lang) -> tuple[list[str], Lang]:
    """The sentences saying who the person is, in `lang`; where no statement in `lang` has
    one, the other language's (the page marks them)."""
    for text_lang in (lang, other_lang(lang)):
        own = page.person.own_name(text_lang)
        texts = [" ".join(p) for t_lang, p in page.texts if t_lang == text_lang]
        sentences = profile_sentences([own] if own else [], texts, text_lang)
        if sentences:
            return sentences, text_lang
    return [], lang
