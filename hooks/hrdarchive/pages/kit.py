"""What every page kind renders with: the templates, links, list items, the facts panel, the
front matter and the search entry.

Contract: `RenderedPage` is a page's Markdown and the meta its template shows besides (facts,
JSON-LD, search entry), which the hook hands to MkDocs in memory; the front matter carries a
digest of that meta, so a page whose facts change is a changed file (`mkdocs serve --dirty`
builds it again). Every value that came from a statement is escaped here or in the templates.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape as escape_html
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import dates
from ..model import Lang
from ..themes import Theme, themes_by_id
from ..vocabulary import labels
from .contexts import CaseCard, CountryRef, OrganisationRef, PersonRef
from .markup import escape_list_text, escape_markdown, front_matter, plural, yaml_string
from .urls import Urls

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
Facts = list[tuple[str, list[tuple[str, str | None]]]]  # label, [(text, href or None)]


@dataclass
class RenderedPage:
    markdown: str
    meta: dict | None = None  # facts, JSON-LD, search entry; None for the index pages


def default_slugify() -> Callable[[str, str], str]:
    """The heading ids mkdocs.yml configures (`toc: slugify: pymdownx.slugs.slugify`, lower
    case); the hook passes the configured one."""
    from pymdownx.slugs import slugify

    return slugify(case="lower")


@dataclass
class Kit:
    urls: Urls
    slugify: Callable[[str, str], str] = field(default_factory=default_slugify)
    themes: dict[str, Theme] = field(default_factory=themes_by_id)
    env: Environment = field(init=False)
    _items: dict[tuple, str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            undefined=StrictUndefined,
            autoescape=False,  # Markdown, not HTML: `md` escapes each value instead
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self.env.filters.update(
            md=escape_markdown,
            yaml=yaml_string,
            html=escape_html,
            list_text=escape_list_text,
            anchor=self.anchor,
        )

    def forget_items(self) -> None:
        """A new build: its cards may differ from the last build's."""
        self._items.clear()

    def anchor(self, heading: str) -> str:
        """The id the `toc` extension gives a one-line heading of plain text."""
        return self.slugify(heading, "-")

    def render(self, template: str, lang: Lang, here: str, **context) -> str:
        """The page at `here` (its stem; a folder's index page as 'cases/') from `template`."""
        return self.env.get_template(template).render(
            lang=lang,
            root=self.urls.language_root(here),
            L=labels()[lang],
            kit=self,
            themes=self.themes,
            format_date=lambda d: self.date(d, lang),
            plural=lambda n, w: plural(n, w, lang),
            **context,
        )

    @staticmethod
    def date(date, lang: Lang) -> str:
        return dates.format_long(date, lang) if date else labels()[lang]["undated"]

    # -- lists ------------------------------------------------------------------------------

    def case_item(self, card: CaseCard, root: str, lang: Lang, country: bool = True) -> str:
        """A case as lists show it, an HTML list item on a page `root` below its language's
        root: '4 June 2021 — <a href="…">Title</a> · Kazakhstan' (without the country in a
        list of one country's cases), and '(in Russian)' when it has no statement in `lang`.
        Lists repeat the same cases on thousands of pages: each item is made once a build.
        Lists are raw HTML: the same list in Markdown takes Python-Markdown far longer, and
        MkDocs then resolves each link again (ARCHITECTURE.md)."""
        key = (card, root, lang, country)
        item = self._items.get(key)
        if item is None:
            L = labels()[lang]
            title = escape_list_text(card.title(lang))
            href = escape_html(root + self.urls.page(f"cases/{card.id}"))
            item = (
                f'<li>{escape_list_text(self.date(card.date, lang))} — <a href="{href}">{title}</a>'
            )
            if card.country and country:
                item += f" · {escape_list_text(card.country.name(lang))}"
            if lang not in card.langs:
                language = L["language_names"][card.langs[0]]
                item += f" ({escape_list_text(L['in_lang'].format(language=language))})"
            self._items[key] = item = item + "</li>"
        return item

    def person_href(self, person: PersonRef, root: str) -> str:
        return escape_html(root + self.urls.page(f"defenders/{person.id}"))

    def person_item(self, person: PersonRef, root: str, lang: Lang) -> str:
        href = self.person_href(person, root)
        return f'<li><a href="{href}">{escape_list_text(person.name(lang))}</a></li>'

    @staticmethod
    def sorted_people(people, lang: Lang) -> list[PersonRef]:
        return sorted(people, key=lambda p: surname_first(p.name(lang)).casefold())

    def by_year(self, cards, lang: Lang) -> dict[str, list[CaseCard]]:
        years: dict[str, list[CaseCard]] = {}
        for card in cards:  # newest first already
            key = str(card.date.year) if card.date else labels()[lang]["undated"]
            years.setdefault(key, []).append(card)
        return years

    # -- the facts panel --------------------------------------------------------------------

    def people_facts(self, people, lang: Lang, here: str):
        return [(p.name(lang), self.urls.href(here, lang, "defender", p.id)) for p in people]

    def organisation_facts(self, orgs: tuple[OrganisationRef, ...], lang: Lang, here: str):
        return [(o.name(lang), self.urls.href(here, lang, "organisation", o.id)) for o in orgs]

    def country_facts(self, countries: tuple[CountryRef, ...], lang: Lang, here: str):
        return [(c.name(lang), self.urls.href(here, lang, "country", c.slug)) for c in countries]

    def theme_facts(self, themes, lang: Lang, here: str):
        return [
            (self.themes[t].names[lang], self.urls.href(here, lang, "theme", t)) for t in themes
        ]


def inverted_name(name: str) -> str:
    """'Zhanar Sekerbayeva' → 'Sekerbayeva, Zhanar': as an index lists a person."""
    parts = name.split()
    return f"{parts[-1]}, {' '.join(parts[:-1])}" if len(parts) > 1 else parts[0]


def surname_first(name: str) -> str:
    parts = name.split()
    return " ".join(parts[-1:] + parts[:-1])


def search_entry(kind: str, meta: list[str], names: list[str], text: bool = True) -> dict:
    """What the search shows and finds of a page: the facts under its title, and the names on
    it in both languages (a Latin name finds the Russian page, and the reverse)."""
    entry: dict = {
        "kind": kind,
        "meta": " · ".join(part for part in meta if part),
        "names": list(dict.fromkeys(names)),
    }
    if not text:
        entry["text"] = False
    return entry


def names_of(people=(), organisations=(), countries=()) -> list[str]:
    names: list[str] = []
    for person in people:
        names += [*(name for _, name in person.names), *person.aliases]
        names += [name for _, name in person.transliterated]
    for org in organisations:
        names += [name for _, name in org.names]
    for country in countries:
        names += [name for _, name in country.names]
    return names


def page_front(
    template: str,
    title: str,
    facts: Facts,
    jsonld: dict | None,
    search: dict,
    description: str = "",
) -> tuple[str, dict]:
    """The front matter (template, title, description, a digest of the meta) and the meta."""
    # MkDocs renders themes without autoescaping, and Material writes the title and the
    # description into the page as they are: they must already be HTML-safe here.
    data = {"template": template, "title": escape_html(title)}
    if description:
        data["description"] = escape_html(re.sub(r"\s+", " ", description)[:200])
    meta: dict = {
        "archive_facts": [
            {"label": label, "items": [{"text": t, "href": h} for t, h in items]}
            for label, items in facts
            if items
        ]
    }
    if jsonld:
        meta["jsonld"] = jsonld
    meta["archive_search"] = search
    serialised = json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
    data["archive_meta"] = hashlib.sha256(serialised).hexdigest()[:16]
    return front_matter(data), meta
