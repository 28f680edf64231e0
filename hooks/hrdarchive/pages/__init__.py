"""The `Archive` into Markdown pages, one per language for every page of the site.

Contract: `page_contexts` (inputs.py) gives each page's context by stem; `render_pages` renders
the pages of the given stems from their contexts alone, into {path under docs/: Markdown},
paths suffixed `.en.md` / `.ru.md` for mkdocs-static-i18n, and {path: page meta}. Every text
that came from a statement is escaped (markup.py), so a statement's `<script>`, links or
Markdown syntax show as text. Cross-links in the text are relative links to `.md` sources
(MkDocs checks each one); the facts panel and links to files outside the docs (raw
statements, open data) carry URLs computed from the page's depth (urls.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import LANGS, Archive, Lang
from . import contexts as c
from .case import render_case
from .indexes import (
    render_cases_index,
    render_countries_index,
    render_defenders_index,
    render_home,
    render_letter_page,
    render_organisations_index,
    render_themes_index,
)
from .inputs import FOLDERS, case_title, page_contexts
from .kit import Kit, RenderedPage
from .people import render_defender
from .places import render_country, render_organisation, render_theme
from .urls import Urls
from .years import render_year_page

__all__ = [
    "FOLDERS",
    "Kit",
    "RenderedSite",
    "Urls",
    "case_title",
    "page_contexts",
    "page_path",
    "render_pages",
    "render_site",
]

RENDERERS: dict[type, Callable[..., RenderedPage]] = {
    c.CasePage: render_case,
    c.DefenderPage: render_defender,
    c.CountryPage: render_country,
    c.OrganisationPage: render_organisation,
    c.ThemePage: render_theme,
    c.HomePage: render_home,
    c.CasesIndex: render_cases_index,
    c.DefendersIndex: render_defenders_index,
    c.CountriesIndex: render_countries_index,
    c.OrganisationsIndex: render_organisations_index,
    c.ThemesIndex: render_themes_index,
    c.YearPage: render_year_page,
    c.LetterPage: render_letter_page,
}


@dataclass
class RenderedSite:
    pages: dict[str, str] = field(default_factory=dict)  # path under docs/ -> Markdown
    page_meta: dict[str, dict] = field(default_factory=dict)  # path -> what its template shows

    def add(self, path: str, page: RenderedPage) -> None:
        self.pages[path] = page.markdown
        if page.meta is not None:
            self.page_meta[path] = page.meta


def page_path(stem: str, lang: Lang) -> str:
    return f"{stem}.{lang}.md"


def render_pages(
    contexts: dict[str, c.PageContext], kit: Kit, stems: Iterable[str] | None = None
) -> RenderedSite:
    """The pages of `stems` (every page if None), in both languages."""
    site = RenderedSite()
    for stem in contexts if stems is None else stems:
        context = contexts[stem]
        render = RENDERERS[type(context)]
        for lang in LANGS:
            site.add(page_path(stem, lang), render(context, lang, kit))
    return site


def render_site(
    archive: Archive,
    urls: Urls | None = None,
    intros: dict[str, str] | None = None,
    kit: Kit | None = None,
) -> RenderedSite:
    """Every page of the archive."""
    kit = kit or Kit(urls or Urls())
    return render_pages(page_contexts(archive, intros), kit)
