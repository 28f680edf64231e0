"""The `Archive` into Markdown pages, one set per language, from the templates beside this file.

Contract: `render_site` returns {path under the docs folder: Markdown}, paths suffixed
`.en.md` / `.ru.md` for mkdocs-static-i18n, and {path: page meta}, what each page's template
shows besides its Markdown (facts, JSON-LD, search entry), which the hook adds to the page's
meta. Every text that came from a statement passes through `escape_markdown` (or YAML/JSON
dumping), so a statement's `<script>`,
links or Markdown syntax show as text. Cross-links in the text are relative links to `.md`
sources (MkDocs checks each one); the facts panel and links to files outside the docs (raw
statements, open data) carry URLs computed from the page's depth.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from html import escape as escape_html
from pathlib import Path
from urllib.parse import quote

from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import dates
from .mentions import name_pattern, profile_sentences
from .model import LANGS, Archive, Case, Country, Lang, Organisation, Person, other_lang
from .themes import themes_by_id
from .vocabulary import labels

LATEST_ON_HOME = 10
RELATED_LIMIT = 5
FOLDERS = {
    "case": "cases",
    "defender": "defenders",
    "country": "countries",
    "organisation": "organisations",
    "theme": "themes",
}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~^])")
_LINE_START = re.compile(r"(\s*)(-|\+|\d+(?=\.))")


@lru_cache(maxsize=1 << 16)  # names, places and labels recur on thousands of pages
def escape_markdown(text: str) -> str:
    """Text that renders as itself: HTML and Markdown syntax neutralised, one line."""
    text = " ".join(text.split())  # one line: runs of white space as one space
    text = escape_html(text, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A line starting like a list, quote or numbered item would become one.
    start = _LINE_START.match(text)
    return _escape_line_start(start) + text[start.end() :] if start else text


@lru_cache(maxsize=1 << 16)
def escape_list_text(text: str) -> str:
    """Text in the raw HTML of a list: one line (a blank line would end the HTML block),
    HTML-escaped, and Markdown's special characters (and so Jinja's braces) as character
    references: it shows as itself whether read as HTML or as Markdown."""
    text = escape_html(" ".join(text.split()), quote=False)
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, token = match.groups()
    return indent + (f"{token}\\" if token[0].isdigit() else f"\\{token}")


def heading_anchor(heading: str) -> str:
    """The id the `toc` extension (pymdownx slugify, lower case) gives a one-line heading."""
    return re.sub(r"[\s]+", "-", re.sub(r"[^\w\s-]", "", heading).strip().lower())


# What YAML does not take as it is inside a double-quoted scalar: characters it refuses in a
# document, and those it reads as line breaks.
_YAML_UNSAFE = re.compile(
    "[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def yaml_string(text: str) -> str:
    """A front-matter scalar: a JSON string is a double-quoted YAML one, with the characters
    YAML would refuse or fold escaped as YAML writes them."""
    return _YAML_UNSAFE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False)
    )


def plural(n: int, word: str, lang: Lang) -> str:
    """'1 case', '5 дел': the CLDR plural category picks the form."""
    forms = labels()[lang]["counts"][word]
    category = Locale(lang).plural_form(n)
    return f"{n} {forms.get(category, forms['other'])}"


class PageRenderer:
    """Renders every page of one archive; one instance per build."""

    def __init__(
        self, archive: Archive, use_directory_urls: bool = True, site_url: str = ""
    ) -> None:
        self.archive = archive
        self.use_directory_urls = use_directory_urls
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self.themes = themes_by_id()
        self.env = Environment(
            loader=FileSystemLoader(Path(__file__).parent / "templates"),
            undefined=StrictUndefined,
            autoescape=False,  # Markdown, not HTML: `md` escapes each value instead
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,  # one build: no need to look at the template files again
        )
        self.env.filters.update(
            md=escape_markdown,
            yaml=yaml_string,
            html=escape_html,
            list_text=escape_list_text,
            anchor=heading_anchor,
        )
        # What a page's template shows besides its Markdown (facts panel, JSON-LD, search
        # entry), by page path: handed to MkDocs in memory, not in front matter, which MkDocs
        # would parse again with pure-Python YAML on every build. The front matter keeps a
        # digest of it, so that a page whose facts change is a changed file.
        self.page_meta: dict[str, dict] = {}
        self._pending_meta: dict | None = None
        self._newest_rank = {c.id: i for i, c in enumerate(archive.cases_newest_first())}
        self._case_items: dict[tuple[str, str, str], str] = {}
        self._cards: dict[str, tuple] = {}

    # -- public -------------------------------------------------------------------------

    def render_pages(self) -> dict[str, str]:
        return self.render_only(self.plan())

    def render_only(self, plans: dict[str, PagePlan]) -> dict[str, str]:
        """The pages of `plans` (from `plan`), and no other."""
        pages = _PageDict(self)
        for path, plan in plans.items():
            pages[path] = plan.render()
        return dict(pages)

    def render_text_pages(self, case_ids) -> dict[str, str]:
        """Only the pages that show the text of these cases' statements: each case's own page
        and its defenders' (whose profile quotes their statements), in both languages. Other
        pages show a case by its title, date, country and names (session.py keeps to that)."""
        pages = _PageDict(self)
        cases = [self.archive.cases[c] for c in case_ids]
        people = dict.fromkeys(p for case in cases for p in case.defenders)
        for lang in LANGS:
            for case in cases:
                pages[f"cases/{case.id}.{lang}.md"] = self._render_case(case, lang)
            for person_id in people:
                person = self.archive.people[person_id]
                pages[f"defenders/{person.id}.{lang}.md"] = self._render_defender(person, lang)
        return dict(pages)

    def plan(self) -> dict[str, PagePlan]:
        """Every page of the site by path: how to render it, and what it shows (the same in
        both languages: each page's inputs hold what either language's page shows, and are
        worked out once for both)."""
        a = self.archive
        top = [
            ("index", self._render_home, self._home_inputs),
            ("cases/index", self._render_cases_index, self._cases_index_inputs),
            ("defenders/index", self._render_defenders_index, self._defenders_index_inputs),
            ("countries/index", self._render_countries_index, self._countries_index_inputs),
            (
                "organisations/index",
                self._render_organisations_index,
                self._organisations_index_inputs,
            ),
            ("themes/index", self._render_themes_index, self._themes_index_inputs),
        ]
        pages: list[tuple[str, Callable, Callable]] = [
            (stem, render, _Once(inputs)) for stem, render, inputs in top
        ]
        for kind, entities, render, inputs in (
            ("case", a.cases.values(), self._render_case, self._case_inputs),
            ("defender", a.people.values(), self._render_defender, self._defender_inputs),
            ("country", a.countries.values(), self._render_country, self._country_inputs),
            (
                "organisation",
                a.organisations.values(),
                self._render_organisation,
                self._organisation_inputs,
            ),
            ("theme", self._themes_in_use(), self._render_theme, self._theme_inputs),
        ):
            for entity in entities:
                pages.append(
                    (
                        f"{FOLDERS[kind]}/{_slug(entity)}",
                        partial(render, entity),
                        _Once(partial(inputs, entity)),
                    )
                )
        return {
            f"{stem}.{lang}.md": PagePlan(partial(render, lang=lang), inputs)
            for lang in LANGS
            for stem, render, inputs in pages
        }

    # -- what each page shows ----------------------------------------------------------
    # A page's inputs: every value of the archive its template and helpers read, so that a
    # page whose inputs are equal to the last build's renders as it did (session.py). The
    # labels, themes and templates do not change within a build; the session checks them.

    def _card(self, case: Case) -> tuple:
        """What lists show of a case, in both languages, and what they sort it by (the same
        cases are on many lists: each is made once)."""
        card = self._cards.get(case.id)
        if card is None:
            card = (case.id, case.date, *(self.case_item(case, "", lang) for lang in LANGS))
            self._cards[case.id] = card
        return card

    def _shown_person(self, person_id: str) -> tuple:
        person = self.archive.people[person_id]
        return (person.id, person.names, person.aliases)

    def _shown_organisation(self, org_id: str) -> tuple:
        org = self.archive.organisations[org_id]
        return (org.id, org.names)

    def _case_inputs(self, case: Case) -> tuple:
        related = self._related(case)
        return (
            case,
            [self._shown_person(p) for p in case.defenders],
            [self._shown_organisation(o) for o in case.organisations],
            {group: [self._card(c) for c in cases] for group, cases in related.items()},
        )

    def _defender_inputs(self, person: Person) -> tuple:
        cases = [self.archive.cases[c] for c in person.cases]
        return (
            person,
            [self._shown_organisation(o) for o in person.organisation_ids],
            [(self._card(c), [st.paragraphs for st in c.statements.values()]) for c in cases],
        )

    def _country_inputs(self, country: Country) -> tuple:
        cases = [self.archive.cases[c] for c in country.cases]
        return (
            country,
            [(self._card(c), c.themes) for c in cases],
            [self._shown_person(p) for p in country.defenders],
        )

    def _organisation_inputs(self, org: Organisation) -> tuple:
        return (
            org,
            [self._card(self.archive.cases[c]) for c in org.cases],
            [self._shown_person(p) for p in org.defenders],
        )

    def _theme_inputs(self, theme_id: str) -> list:
        return [self._card(c) for c in self.archive.cases_newest_first() if theme_id in c.themes]

    def _home_inputs(self) -> tuple:
        a = self.archive
        counts = (len(a.statements()), len(a.cases), len(a.people), len(a.countries))
        return counts, [self._card(c) for c in a.cases_newest_first()[:LATEST_ON_HOME]]

    def _cases_index_inputs(self) -> list:
        return [self._card(c) for c in self.archive.cases_newest_first()]

    def _defenders_index_inputs(self) -> list:
        return [(p.id, p.names, len(p.cases)) for p in self.archive.people.values()]

    def _countries_index_inputs(self) -> list:
        return [(c.code, len(c.cases), len(c.defenders)) for c in self.archive.countries.values()]

    def _organisations_index_inputs(self) -> list:
        return [
            (o.id, o.names, len(o.defenders), len(o.cases))
            for o in self.archive.organisations.values()
        ]

    def _themes_index_inputs(self) -> list:
        return [
            (t, sum(t in c.themes for c in self.archive.cases.values()))
            for t in self._themes_in_use()
        ]

    # -- pages ------------------------------------------------------------------------

    def _render_case(self, case: Case, lang: Lang) -> str:
        statement = case.statements.get(lang)
        shown = case.statement(lang)
        title = self.case_title(case, lang)
        here = f"cases/{case.id}"
        L = labels()[lang]
        facts = [
            (
                L["date"],
                [(dates.format_long(case.date, lang) if case.date else L["undated"], None)],
            ),
            (L["country"], self._country_items([case.country] if case.country else [], lang, here)),
            (L["defenders"], self._items("defender", case.defenders, lang, here)),
            (L["organisations"], self._items("organisation", case.organisations, lang, here)),
            (L["themes"], self._items("theme", case.themes, lang, here)),
            (L["languages"], self._language_items(case, lang)),
            (L["status"], [(shown.status, None)] if shown.status else []),
            (L["publisher"], [(shown.publisher, None)] if shown.publisher else []),
            (
                L["source"],
                [(shown.source, self._root(here, lang) + "statements/" + quote(shown.source))],
            ),
        ]
        return self._render(
            "case.md.j2",
            lang,
            here,
            front=self._front(
                "case.html",
                title,
                facts,
                self._case_jsonld(case, lang, title),
                description=shown.paragraphs[0] if shown.paragraphs else "",
                search=self._search_entry(
                    "case",
                    [
                        dates.format_long(case.date, lang) if case.date else L["undated"],
                        self.archive.countries[case.country].names[lang] if case.country else "",
                    ],
                    defenders=case.defenders,
                    organisations=case.organisations,
                    countries=[case.country] if case.country else [],
                ),
            ),
            case=case,
            statement=statement,
            shown=shown,
            paragraphs=self._linked_paragraphs(case, statement, lang) if statement else [],
            other_href=self._page_href(here, "case", case.id, lang, to_lang=shown.lang),
            related=self._related(case),
        )

    def _render_defender(self, person: Person, lang: Lang) -> str:
        here = f"defenders/{person.id}"
        L = labels()[lang]
        other = person.names.get(other_lang(lang))
        cases = [self.archive.cases[c] for c in person.cases]
        facts = [
            (L["other_script"], [(other, None)] if other and other != person.name(lang) else []),
            (L["aliases"], [(a, None) for a in person.aliases]),
            (L["organisations"], self._items("organisation", person.organisation_ids, lang, here)),
            (L["countries_label"], self._country_items(person.countries, lang, here)),
            (L["cases_label"], [(plural(len(cases), "case", lang), None)]),
        ]
        texts = [" ".join(c.statements[lang].paragraphs) for c in cases if lang in c.statements]
        own_names = [person.names[lang]] if lang in person.names else []
        return self._render(
            "defender.md.j2",
            lang,
            here,
            front=self._front(
                "defender.html",
                person.name(lang),
                facts,
                self._person_jsonld(person, lang),
                search=self._search_entry(
                    "defender",
                    [
                        ", ".join(self.archive.countries[c].names[lang] for c in person.countries),
                        plural(len(cases), "case", lang),
                    ],
                    defenders=[person.id],
                    organisations=person.organisation_ids,
                ),
            ),
            person=person,
            name_only_other=lang not in person.names,
            profile=profile_sentences(own_names, texts, lang),
            cases=cases,
        )

    def _render_country(self, country: Country, lang: Lang) -> str:
        here = f"countries/{country.slug}"
        L = labels()[lang]
        cases = [self.archive.cases[c] for c in country.cases]
        facts = [
            (L["cases_label"], [(plural(len(cases), "case", lang), None)]),
            (L["defenders"], [(plural(len(country.defenders), "defender", lang), None)]),
            (L["themes"], self._items("theme", self._themes_of(cases), lang, here)),
        ]
        return self._render(
            "country.md.j2",
            lang,
            here,
            front=self._front(
                "country.html",
                country.names[lang],
                facts,
                None,
                search=self._search_entry(
                    "country",
                    [
                        plural(len(cases), "case", lang),
                        plural(len(country.defenders), "defender", lang),
                    ],
                    countries=[country.code],
                ),
            ),
            country=country,
            years=self._by_year(cases, lang),
            people=self._sorted_people(country.defenders, lang),
        )

    def _render_organisation(self, org: Organisation, lang: Lang) -> str:
        here = f"organisations/{org.id}"
        L = labels()[lang]
        other = org.names.get(other_lang(lang))
        facts = [
            (
                L["other_language_name"],
                [(other, None)] if other and other != org.name(lang) else [],
            ),
            (L["countries_label"], self._country_items(org.countries, lang, here)),
            (L["cases_label"], [(plural(len(org.cases), "case", lang), None)]),
        ]
        return self._render(
            "organisation.md.j2",
            lang,
            here,
            front=self._front(
                "organisation.html",
                org.name(lang),
                facts,
                self._org_jsonld(org, lang),
                search=self._search_entry(
                    "organisation",
                    [plural(len(org.cases), "case", lang)],
                    organisations=[org.id],
                ),
            ),
            org=org,
            cases=[self.archive.cases[c] for c in org.cases],
            people=self._sorted_people(org.defenders, lang),
        )

    def _render_theme(self, theme_id: str, lang: Lang) -> str:
        cases = [c for c in self.archive.cases_newest_first() if theme_id in c.themes]
        return self._render(
            "theme.md.j2",
            lang,
            f"themes/{theme_id}",
            front=self._front(
                "theme.html",
                self.themes[theme_id].names[lang],
                [],
                None,
                search=self._search_entry("theme", [plural(len(cases), "case", lang)], text=False),
            ),
            theme=self.themes[theme_id],
            years=self._by_year(cases, lang),
        )

    def _render_home(self, lang: Lang) -> str:
        a = self.archive
        return self._render(
            "home.md.j2",
            lang,
            "",
            latest=a.cases_newest_first()[:LATEST_ON_HOME],
            data_href=self._root("", lang) + "data/",
            counts=[
                plural(len(a.statements()), "statement", lang),
                plural(len(a.cases), "case", lang),
                plural(len(a.people), "defender", lang),
                plural(len(a.countries), "country", lang),
            ],
        )

    def _render_cases_index(self, lang: Lang) -> str:
        return self._render(
            "cases_index.md.j2",
            lang,
            "cases/",
            years=self._by_year(self.archive.cases_newest_first(), lang),
        )

    def _render_defenders_index(self, lang: Lang) -> str:
        scripts: dict[str, dict[str, list[Person]]] = {}
        for person in self._sorted_people(self.archive.people, lang):
            name = person.name(lang)
            script = "cyrillic" if re.match(r"[А-ЯЁа-яё]", name) else "latin"
            letter = self._surname_first(name)[:1].upper()
            scripts.setdefault(script, {}).setdefault(letter, []).append(person)
        order = ["cyrillic", "latin"] if lang == "ru" else ["latin", "cyrillic"]
        return self._render(
            "defenders_index.md.j2",
            lang,
            "defenders/",
            scripts=[(s, scripts[s]) for s in order if s in scripts],
        )

    def _render_countries_index(self, lang: Lang) -> str:
        ordered = sorted(self.archive.countries.values(), key=lambda c: c.names[lang].casefold())
        return self._render("countries_index.md.j2", lang, "countries/", countries=ordered)

    def _render_organisations_index(self, lang: Lang) -> str:
        ordered = sorted(self.archive.organisations.values(), key=lambda o: o.name(lang).casefold())
        return self._render(
            "organisations_index.md.j2", lang, "organisations/", organisations=ordered
        )

    def _render_themes_index(self, lang: Lang) -> str:
        counts = {
            t: sum(t in c.themes for c in self.archive.cases.values())
            for t in self._themes_in_use()
        }
        return self._render(
            "themes_index.md.j2",
            lang,
            "themes/",
            theme_counts=[(self.themes[t], n) for t, n in counts.items()],
        )

    # -- helpers used by the templates ---------------------------------------------------

    def case_title(self, case: Case, lang: Lang) -> str:
        """The headline in `lang` if there is one, else one made of the case's facts."""
        statement = case.statement(lang)
        if statement.title:
            return statement.title
        who = ", ".join(self.archive.people[p].name(lang) for p in case.defenders)
        where = self.archive.countries[case.country].names[lang] if case.country else ""
        return " – ".join(part for part in (where, who) if part) or statement.source

    def case_item(self, case: Case, root: str, lang: Lang) -> str:
        """A case as lists show it, an HTML list item on a page `root` below its language's
        root (the same language's case page is linked):
        '4 June 2021 — <a href="…">Title</a> · Kazakhstan', and '(in Russian)' when it has
        no statement in `lang`. Lists repeat the same cases on thousands of pages: each is
        made once. Lists are raw HTML: the same list in Markdown takes Python-Markdown four
        times as long, and MkDocs then resolves each link again (at 2,000 cases, most of a
        rebuild that changes the lists)."""
        key = (case.id, root, lang)
        item = self._case_items.get(key)
        if item is None:
            L = labels()[lang]
            date = dates.format_long(case.date, lang) if case.date else L["undated"]
            title = escape_list_text(self.case_title(case, lang))
            href = escape_html(root + self._url(f"cases/{case.id}"))
            item = f'<li>{escape_list_text(date)} — <a href="{href}">{title}</a>'
            if case.country:
                item += f" · {escape_list_text(self.archive.countries[case.country].names[lang])}"
            if lang not in case.statements:
                language = L["language_names"][case.statement(lang).lang]
                item += f" ({escape_list_text(L['in_lang'].format(language=language))})"
            self._case_items[key] = item = item + "</li>"
        return item

    def person_item(self, person: Person, root: str, lang: Lang) -> str:
        """A defender as lists show them, an HTML list item (see case_item): their name
        linked to their page."""
        href = self.person_href(person, root, lang)
        return f'<li><a href="{href}">{escape_list_text(person.name(lang))}</a></li>'

    def person_href(self, person: Person, root: str, lang: Lang) -> str:
        """The URL of a defender's page from a page `root` below its language's root,
        HTML-safe."""
        return escape_html(root + self._url(f"defenders/{person.id}"))

    def inverted_name(self, person: Person, lang: Lang) -> str:
        parts = person.name(lang).split()
        return f"{parts[-1]}, {' '.join(parts[:-1])}" if len(parts) > 1 else parts[0]

    # -- building blocks ------------------------------------------------------------------

    def _render(self, template: str, lang: Lang, here: str, **context) -> str:
        """The page at `here` (its path under docs/ without the language and `.md`, a folder's
        index page as the folder, 'cases/'), from `template`."""
        return self.env.get_template(template).render(
            lang=lang,
            root=self._language_root(here),
            L=labels()[lang],
            archive=self.archive,
            r=self,
            themes=self.themes,
            format_date=lambda d: dates.format_long(d, lang) if d else labels()[lang]["undated"],
            plural=lambda n, w: plural(n, w, lang),
            **context,
        )

    def _front(self, template, title, facts, jsonld, description="", search=None) -> str:
        """YAML front matter: the page template, its title, the facts its panel shows, and
        what the search shows of the page (read by `search.page_from_html`)."""
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
        if search:
            meta["archive_search"] = search
        serialised = json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
        data["archive_meta"] = hashlib.sha256(serialised).hexdigest()[:16]
        self._pending_meta = meta
        # Written, not dumped: four strings do not need a YAML library's time on every page.
        return "---\n" + "".join(f"{k}: {yaml_string(v)}\n" for k, v in data.items()) + "---\n"

    def _search_entry(
        self,
        kind: str,
        meta: list[str],
        defenders=(),
        organisations=(),
        countries=(),
        text: bool = True,
    ) -> dict:
        """What the search shows and finds of a page: the facts under its title, and the
        names on it in both languages (a Latin name finds the Russian page, and the reverse)."""
        a = self.archive
        names: list[str] = []
        for person in (a.people[p] for p in defenders):
            names += [*person.names.values(), *person.aliases]
        for org in (a.organisations[o] for o in organisations):
            names += org.names.values()
        for country in (a.countries[c] for c in countries):
            names += country.names.values()
        entry: dict = {
            "kind": kind,
            "meta": " · ".join(part for part in meta if part),
            "names": list(dict.fromkeys(names)),
        }
        if not text:
            entry["text"] = False
        return entry

    def _items(self, kind: str, ids: list[str], lang: Lang, here: str):
        names = {
            "defender": lambda i: self.archive.people[i].name(lang),
            "organisation": lambda i: self.archive.organisations[i].name(lang),
            "theme": lambda i: self.themes[i].names[lang],
        }[kind]
        return [(names(i), self._page_href(here, kind, i, lang)) for i in ids]

    def _country_items(self, codes: list[str], lang: Lang, here: str):
        countries = [self.archive.countries[c] for c in codes]
        return [(c.names[lang], self._page_href(here, "country", c.slug, lang)) for c in countries]

    def _language_items(self, case: Case, lang: Lang):
        here = f"cases/{case.id}"
        names = labels()[lang]["language_list"]
        return [
            (names[other], self._page_href(here, "case", case.id, lang, to_lang=other))
            for other in LANGS
            if other in case.statements
        ]

    def _linked_paragraphs(self, case: Case, statement, lang: Lang) -> list[str]:
        """Escaped paragraphs with each defender's first mention linked to their page."""
        to_link = {
            pid: name_pattern(self.archive.people[pid].names[lang], lang)
            for pid in case.defenders
            if lang in self.archive.people[pid].names
        }
        out = []
        for paragraph in statement.paragraphs:
            text = escape_markdown(paragraph)
            for pid, pattern in list(to_link.items()):
                match = pattern.search(text)
                if match:
                    link = f"[{match.group(0)}](../defenders/{pid}.md)"
                    text = text[: match.start()] + link + text[match.end() :]
                    del to_link[pid]
            out.append(text)
        return out

    def _related(self, case: Case) -> dict[str, list[Case]]:
        """Other cases of the same defenders, and other cases of the same country, each the
        ones nearest in date to this case, newest first. Nearest, not newest: a new case, or
        an edit of one, changes the lists of the few cases around it in time, not the page of
        every case of its country (700 pages for one edit at 2,000 statements per language)."""
        a, rank = self.archive, self._newest_rank.__getitem__
        ids = {c for p in case.defenders for c in a.people[p].cases} | {case.id}
        people = _nearest(sorted(ids, key=rank), case.id, set(), RELATED_LIMIT)
        country: list[str] = []
        if case.country:
            ordered = a.countries[case.country].cases  # newest first
            country = _nearest(ordered, case.id, ids - {case.id}, RELATED_LIMIT)
        return {
            "people": [a.cases[c] for c in people],
            "country": [a.cases[c] for c in country],
        }

    def _by_year(self, cases: list[Case], lang: Lang) -> dict[str, list[Case]]:
        years: dict[str, list[Case]] = {}
        for case in sorted(cases, key=Case.sort_key):
            key = str(case.date.year) if case.date else labels()[lang]["undated"]
            years.setdefault(key, []).append(case)
        return years

    def _themes_of(self, cases: list[Case]) -> list[str]:
        found = {t for c in cases for t in c.themes}
        return [t for t in self.themes if t in found]

    def _themes_in_use(self) -> list[str]:
        return self._themes_of(list(self.archive.cases.values()))

    def _sorted_people(self, ids, lang: Lang) -> list[Person]:
        people = [self.archive.people[i] for i in ids]
        return sorted(people, key=lambda p: self._surname_first(p.name(lang)).casefold())

    @staticmethod
    def _surname_first(name: str) -> str:
        parts = name.split()
        return " ".join(parts[-1:] + parts[:-1])

    def _page_href(
        self, here: str, kind: str, slug: str, lang: Lang, to_lang: Lang | None = None
    ) -> str:
        """URL of a generated page, relative to the page at `here` (in `lang`)."""
        to_lang = to_lang or lang
        prefix = "" if to_lang == "en" else f"{to_lang}/"
        return self._root(here, lang) + prefix + self._url(f"{FOLDERS[kind]}/{slug}")

    def _url_field(self, kind: str, slug: str, lang: Lang) -> dict[str, str]:
        """schema.org wants absolute URLs: known only when `site_url` is set."""
        if not self.site_url:
            return {}
        prefix = "" if lang == "en" else f"{lang}/"
        return {"url": f"{self.site_url}{prefix}{self._url(f'{FOLDERS[kind]}/{slug}')}"}

    def _root(self, path: str, lang: Lang) -> str:
        """The relative way from a page at `path` (a directory for `cases/x`) to the site
        root, which holds `statements/` and `data/` for both languages."""
        return self._language_root(path) + ("../" if lang != "en" else "")

    def _language_root(self, path: str) -> str:
        """The relative way from a page at `path` to the root of its language's pages."""
        depth = path.count("/") + (1 if path and not path.endswith("/") else 0)
        if path and not self.use_directory_urls and not path.endswith("/"):
            depth -= 1
        return "../" * depth

    def _url(self, page: str) -> str:
        return f"{page}/" if self.use_directory_urls else f"{page}.html"

    # -- schema.org ----------------------------------------------------------------------

    def _case_jsonld(self, case: Case, lang: Lang, title: str) -> dict:
        shown = case.statement(lang)
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": title,
            "inLanguage": shown.lang,
            **self._url_field("case", case.id, lang),
            "about": [self._person_ref(self.archive.people[p], lang) for p in case.defenders],
        }
        if case.date:
            data["datePublished"] = case.date.isoformat()
        if case.country:
            data["contentLocation"] = {
                "@type": "Country",
                "name": self.archive.countries[case.country].names[lang],
            }
        if shown.publisher:
            data["publisher"] = {"@type": "Organization", "name": shown.publisher}
        return data

    def _person_ref(self, person: Person, lang: Lang) -> dict:
        return {
            "@type": "Person",
            "name": person.name(lang),
            **self._url_field("defender", person.id, lang),
        }

    def _person_jsonld(self, person: Person, lang: Lang) -> dict:
        data = {"@context": "https://schema.org", **self._person_ref(person, lang)}
        other = [n for n in (*person.names.values(), *person.aliases) if n != person.name(lang)]
        if other:
            data["alternateName"] = other
        if person.organisation_ids:
            data["affiliation"] = [
                {"@type": "Organization", "name": self.archive.organisations[o].name(lang)}
                for o in person.organisation_ids
            ]
        return data

    def _org_jsonld(self, org: Organisation, lang: Lang) -> dict:
        return {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": org.name(lang),
            **self._url_field("organisation", org.id, lang),
        }


def _nearest(ordered: list[str], here: str, skip: set[str], limit: int) -> list[str]:
    """Up to `limit` items of `ordered` nearest to `here` in its order (the newer first at
    equal distance), neither `here` nor any of `skip`, in the order of `ordered`."""
    position = ordered.index(here)
    newer = ((i, ordered[i]) for i in range(position - 1, -1, -1) if ordered[i] not in skip)
    older = ((i, ordered[i]) for i in range(position + 1, len(ordered)) if ordered[i] not in skip)
    picked: list[tuple[int, str]] = []
    for pair in itertools.zip_longest(newer, older):
        picked += [item for item in pair if item is not None]
        if len(picked) >= limit:
            break
    return [item for _, item in sorted(picked[:limit])]


class _Once:
    """A call made the first time it is asked for, its result kept: both languages' pages
    share their inputs (cheaper to make, thousands a build, than a functools.cache)."""

    __slots__ = ("call", "result")

    def __init__(self, call: Callable[[], object]) -> None:
        self.call = call

    def __call__(self) -> object:
        try:
            return self.result
        except AttributeError:
            self.result = self.call()
            return self.result


@dataclass
class PagePlan:
    """One page: how to render it, and what it shows (see PageRenderer.plan)."""

    render: Callable[[], str]
    inputs: Callable[[], object]


def _slug(entity) -> str:
    """The name of an entity's page: a theme is its id."""
    return entity if isinstance(entity, str) else getattr(entity, "slug", None) or entity.id


class _PageDict(dict):
    """Pages by path; takes each page's side meta from the renderer as the page is stored."""

    def __init__(self, renderer: PageRenderer) -> None:
        super().__init__()
        self.renderer = renderer

    def __setitem__(self, path: str, markdown: str) -> None:
        meta, self.renderer._pending_meta = self.renderer._pending_meta, None
        if meta is not None:
            self.renderer.page_meta[path] = meta
        super().__setitem__(path, markdown)


@dataclass
class RenderedSite:
    pages: dict[str, str]  # path under docs/ -> Markdown
    page_meta: dict[str, dict]  # path under docs/ -> what its template shows besides


def render_site(
    archive: Archive, use_directory_urls: bool = True, site_url: str = ""
) -> RenderedSite:
    renderer = PageRenderer(archive, use_directory_urls, site_url)
    pages = renderer.render_pages()
    return RenderedSite(pages, renderer.page_meta)


def render_pages(
    archive: Archive, use_directory_urls: bool = True, site_url: str = ""
) -> dict[str, str]:
    """The Markdown of every page (without what `render_site` gives as page meta)."""
    return render_site(archive, use_directory_urls, site_url).pages


def render_text_pages(
    archive: Archive, case_ids, use_directory_urls: bool = True, site_url: str = ""
) -> RenderedSite:
    """The pages that show the text of these cases (see PageRenderer.render_text_pages)."""
    renderer = PageRenderer(archive, use_directory_urls, site_url)
    pages = renderer.render_text_pages(case_ids)
    return RenderedSite(pages, renderer.page_meta)
