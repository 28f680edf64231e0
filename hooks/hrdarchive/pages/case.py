"""A case's page in one language: its facts, its statement (or a note that it exists only in
the other language), its calls to action and related cases."""

from __future__ import annotations

from ..mentions import name_pattern
from ..model import Lang
from ..vocabulary import labels
from . import jsonld
from .contexts import CasePage, PersonRef, StatementView, StatusView
from .kit import Kit, RenderedPage, names_of, page_front, search_entry
from .markup import escape_markdown


def render_case(page: CasePage, lang: Lang, kit: Kit) -> RenderedPage:
    card = page.card
    here = f"cases/{card.id}"
    statement = page.statement(lang)
    shown = page.shown(lang)
    title = card.title(lang)
    L = labels()[lang]
    countries = (card.country,) if card.country else ()
    source_href = kit.urls.original(here, lang, shown.copy)
    facts = [
        (L["date"], [(kit.date(card.date, lang), None)]),
        (L["country"], kit.country_facts(countries, lang, here)),
        (L["defenders"], kit.people_facts(page.defenders, lang, here)),
        (L["organisations"], kit.organisation_facts(page.organisations, lang, here)),
        (L["themes"], kit.theme_facts(page.themes, lang, here)),
        (L["languages"], _language_facts(page, lang, kit)),
        (L["status"], [(shown.status, None)] if shown.status else []),
        (L["publisher"], [(shown.publisher, None)] if shown.publisher else []),
        (L["source"], [(shown.copy, source_href)]),
    ]
    search = search_entry(
        "case",
        [kit.date(card.date, lang), card.country.name(lang) if card.country else ""],
        names_of(page.defenders, page.organisations, countries),
    )
    front, meta = page_front(
        "case.html",
        title,
        facts,
        jsonld.case(page, lang, title, kit.urls),
        search,
        description=shown.paragraphs[0] if shown.paragraphs else "",
    )
    markdown = kit.render(
        "case.md.j2",
        lang,
        here,
        front=front,
        statement=statement,
        shown=shown,
        paragraphs=_linked_paragraphs(page, statement, lang) if statement else [],
        other_href=kit.urls.href(here, lang, "case", card.id, to_lang=shown.lang),
        related_people=page.related_people,
        related_country=page.related_country,
        statuses=_statuses(page, lang),
    )
    return RenderedPage(markdown, meta)


def _language_facts(page: CasePage, lang: Lang, kit: Kit):
    here = f"cases/{page.card.id}"
    names = labels()[lang]["language_list"]
    # The page's own language as plain text: a link to the page itself leads nowhere.
    return [
        (
            names[other],
            None if other == lang else kit.urls.href(here, lang, "case", page.card.id, other),
        )
        for other in page.card.langs
    ]


def _linked_paragraphs(page: CasePage, statement: StatementView, lang: Lang) -> list[str]:
    """Escaped paragraphs with each defender's first mention linked to their page."""
    to_link = {
        person.id: name_pattern(own, lang)
        for person in page.defenders
        if (own := person.own_name(lang)) is not None
    }
    out = []
    for paragraph in statement.paragraphs:
        text = escape_markdown(paragraph)
        for person_id, pattern in list(to_link.items()):
            match = pattern.search(text)
            if match:
                link = f"[{match.group(0)}](../defenders/{person_id}.md)"
                text = text[: match.start()] + link + text[match.end() :]
                del to_link[person_id]
        out.append(text)
    return out


def _statuses(page: CasePage, lang: Lang) -> list[tuple[PersonRef, StatusView]]:
    """Each defender's status as the case reports it: the statement in `lang` first."""
    ordered = sorted(page.statements, key=lambda s: s.lang != lang)
    found = []
    for person in page.defenders:
        status = next((v for s in ordered for pid, v in s.statuses if pid == person.id), None)
        if status is not None:
            found.append((person, status))
    return found
