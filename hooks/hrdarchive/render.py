"""The `Archive` into Markdown pages, one set per language, from the templates beside this file.

Contract: `render_pages` returns {path under the docs folder: Markdown}, paths suffixed
`.en.md` / `.ru.md` for mkdocs-static-i18n. Every text that came from a statement passes
through `escape_markdown`, so a statement's `<script>`, links or Markdown syntax show as text.
Cross-links between pages are relative links to `.md` sources (MkDocs checks each one); links
to files outside the docs (raw statements, open data) are computed from the page's depth.
"""

from __future__ import annotations

import json
import re
from html import escape as escape_html
from pathlib import Path
from urllib.parse import quote

from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import dates
from .model import LANGS, Archive, Case, Lang, Person, other_lang
from .vocabulary import labels

LATEST_ON_HOME = 10
OUTSIDE_DOCS = ("data", "statements")  # folders the build writes beside the pages

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~^])")
_LINE_START = re.compile(r"^(\s*)(-|\+|\d+(?=\.))", re.M)


def escape_markdown(text: str) -> str:
    """Text that renders as itself: HTML and Markdown syntax neutralised, one line."""
    text = re.sub(r"\s+", " ", text).strip()
    text = escape_html(text, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A line starting like a list, quote or numbered item would become one.
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, token = match.groups()
    return indent + (f"{token}\\" if token[0].isdigit() else f"\\{token}")


def yaml_string(text: str) -> str:
    """A front-matter scalar: JSON strings are valid YAML and escape everything."""
    return json.dumps(text, ensure_ascii=False)


def plural(n: int, word: str, lang: Lang) -> str:
    """'1 case', '5 дел': the CLDR plural category picks the form."""
    forms = labels()[lang]["counts"][word]
    category = Locale(lang).plural_form(n)
    return f"{n} {forms.get(category, forms['other'])}"


class PageRenderer:
    """Renders every page of one archive; one instance per build."""

    def __init__(self, archive: Archive, use_directory_urls: bool = True) -> None:
        self.archive = archive
        self.use_directory_urls = use_directory_urls
        self.env = Environment(
            loader=FileSystemLoader(Path(__file__).parent / "templates"),
            undefined=StrictUndefined,
            autoescape=False,  # Markdown, not HTML: `md` escapes each value instead
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(md=escape_markdown, yaml=yaml_string, html=escape_html)

    # -- public -------------------------------------------------------------------------

    def render_pages(self) -> dict[str, str]:
        pages: dict[str, str] = {}
        for lang in LANGS:
            pages[f"index.{lang}.md"] = self._render_home(lang)
            pages[f"cases/index.{lang}.md"] = self._render_cases_index(lang)
            pages[f"defenders/index.{lang}.md"] = self._render_defenders_index(lang)
            pages[f"countries/index.{lang}.md"] = self._render_countries_index(lang)
            for case in self.archive.cases.values():
                pages[f"cases/{case.id}.{lang}.md"] = self._render_case(case, lang)
            for person in self.archive.people.values():
                pages[f"defenders/{person.id}.{lang}.md"] = self._render_defender(person, lang)
            for country in self.archive.countries.values():
                pages[f"countries/{country.slug}.{lang}.md"] = self._render_country(country, lang)
        return pages

    # -- pages ------------------------------------------------------------------------

    def _render_case(self, case: Case, lang: Lang) -> str:
        statement = case.statements.get(lang)
        shown = case.statement(lang)
        return self._render(
            "case.md.j2",
            lang,
            "cases/x",
            case=case,
            statement=statement,
            shown=shown,
            title=self.case_title(case, lang),
            source_href=self._root("cases/x", lang) + "statements/" + quote(shown.source),
            other_href=self._root("cases/x", lang)
            + ("" if shown.lang == "en" else "ru/")
            + self._url(f"cases/{case.id}"),
        )

    def _render_defender(self, person: Person, lang: Lang) -> str:
        other = person.names.get(other_lang(lang))
        return self._render(
            "defender.md.j2",
            lang,
            "defenders/x",
            person=person,
            other_name=other if other and other != person.name(lang) else None,
            organisations=person.organisations.get(lang)
            or person.organisations.get(other_lang(lang), []),
            cases=[self.archive.cases[c] for c in person.cases],
        )

    def _render_country(self, country, lang: Lang) -> str:
        return self._render(
            "country.md.j2",
            lang,
            "countries/x",
            country=country,
            cases=[self.archive.cases[c] for c in country.cases],
            people=sorted(
                (self.archive.people[p] for p in country.defenders),
                key=lambda p: self.sort_name(p, lang),
            ),
        )

    def _render_home(self, lang: Lang) -> str:
        return self._render(
            "home.md.j2",
            lang,
            "",
            latest=self.archive.cases_newest_first()[:LATEST_ON_HOME],
            data_href=self._root("", lang) + "data/",
            counts={
                "statement": plural(len(self.archive.statements()), "statement", lang),
                "case": plural(len(self.archive.cases), "case", lang),
                "defender": plural(len(self.archive.people), "defender", lang),
                "country": plural(len(self.archive.countries), "country", lang),
            },
        )

    def _render_cases_index(self, lang: Lang) -> str:
        years: dict[str, list[Case]] = {}
        for case in self.archive.cases_newest_first():
            key = str(case.date.year) if case.date else labels()[lang]["undated"]
            years.setdefault(key, []).append(case)
        return self._render("cases_index.md.j2", lang, "cases/", years=years)

    def _render_defenders_index(self, lang: Lang) -> str:
        letters: dict[str, list[Person]] = {}
        for person in sorted(self.archive.people.values(), key=lambda p: self.sort_name(p, lang)):
            letters.setdefault(self.sort_name(person, lang)[1][:1].upper(), []).append(person)
        return self._render("defenders_index.md.j2", lang, "defenders/", letters=letters)

    def _render_countries_index(self, lang: Lang) -> str:
        ordered = sorted(self.archive.countries.values(), key=lambda c: c.names[lang].casefold())
        return self._render("countries_index.md.j2", lang, "countries/", countries=ordered)

    # -- helpers used by the templates ---------------------------------------------------

    def case_title(self, case: Case, lang: Lang) -> str:
        """The headline in `lang` if there is one, else one made of the case's facts."""
        statement = case.statement(lang)
        if statement.title:
            return statement.title
        who = ", ".join(self.archive.people[p].name(lang) for p in case.defenders)
        where = self.archive.countries[case.country].names[lang] if case.country else ""
        return " – ".join(part for part in (where, who) if part) or statement.source

    def sort_name(self, person: Person, lang: Lang) -> tuple[bool, str]:
        """Names in the page's script first, each ordered by surname."""
        name = person.name(lang)
        cyrillic = bool(re.match(r"[А-ЯЁа-яё]", name))
        parts = name.split()
        return (cyrillic != (lang == "ru"), " ".join(parts[-1:] + parts[:-1]).casefold())

    def inverted_name(self, person: Person, lang: Lang) -> str:
        parts = person.name(lang).split()
        return f"{parts[-1]}, {' '.join(parts[:-1])}" if len(parts) > 1 else parts[0]

    def _render(self, template: str, lang: Lang, path: str, **context) -> str:
        return self.env.get_template(template).render(
            lang=lang,
            L=labels()[lang],
            archive=self.archive,
            r=self,
            format_date=lambda d: dates.format_long(d, lang) if d else labels()[lang]["undated"],
            plural=lambda n, w: plural(n, w, lang),
            **context,
        )

    def _root(self, path: str, lang: Lang) -> str:
        """The relative way from a page at `path` (a directory for `cases/x`) to the site
        root, which holds `statements/` and `data/` for both languages."""
        depth = path.count("/") + (1 if path and not path.endswith("/") else 0)
        if path and not self.use_directory_urls and not path.endswith("/"):
            depth -= 1
        return "../" * (depth + (1 if lang == "ru" else 0))

    def _url(self, page: str) -> str:
        return f"{page}/" if self.use_directory_urls else f"{page}.html"


def render_pages(archive: Archive, use_directory_urls: bool = True) -> dict[str, str]:
    return PageRenderer(archive, use_directory_urls).render_pages()
