"""schema.org JSON-LD for the head of case, defender and organisation pages.

Contract: plain dicts of strings, in the page's language; URLs only where `site_url` makes
them absolute (schema.org wants absolute URLs).
"""

from __future__ import annotations

from ..model import Lang
from .contexts import CasePage, DefenderPage, OrganisationRef, PersonRef
from .urls import Urls


def _url(urls: Urls, kind: str, slug: str, lang: Lang) -> dict[str, str]:
    address = urls.absolute(kind, slug, lang)
    return {"url": address} if address else {}


def person_ref(person: PersonRef, lang: Lang, urls: Urls) -> dict:
    return {"@type": "Person", "name": person.name(lang), **_url(urls, "defender", person.id, lang)}


def case(page: CasePage, lang: Lang, title: str, urls: Urls) -> dict:
    shown = page.shown(lang)
    card = page.card
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": title,
        "inLanguage": shown.lang,
        **_url(urls, "case", card.id, lang),
        "about": [person_ref(p, lang, urls) for p in page.defenders],
    }
    if card.date:
        data["datePublished"] = card.date.isoformat()
    if card.country:
        data["contentLocation"] = {"@type": "Country", "name": card.country.name(lang)}
    if shown.publisher:
        data["publisher"] = {"@type": "Organization", "name": shown.publisher}
    return data


def person(page: DefenderPage, lang: Lang, urls: Urls) -> dict:
    ref = page.person
    data = {"@context": "https://schema.org", **person_ref(ref, lang, urls)}
    names = [name for _, name in ref.names]
    other = [n for n in (*names, *ref.aliases) if n != ref.name(lang)]
    if other:
        data["alternateName"] = other
    if page.organisations:
        data["affiliation"] = [
            {"@type": "Organization", "name": o.name(lang)} for o in page.organisations
        ]
    return data


def organisation(org: OrganisationRef, lang: Lang, urls: Urls) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": org.name(lang),
        **_url(urls, "organisation", org.id, lang),
    }
