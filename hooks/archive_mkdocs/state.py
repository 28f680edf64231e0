"""The state of the builds of one MkDocs process, in one object.

mkdocs-static-i18n builds the other language by running the whole build again from the first
build's on_post_build: the builds in progress are a stack (`languages`), the outer build first.
The archive is prepared once, in the outer build; each language's build indexes its own pages
for the search.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hrdarchive import search, search_index
from hrdarchive.build import ArchiveBuilder, PreparedBuild

from .parallel import ParallelLanguages
from .process import IdleCollection, TemplateCode


@dataclass
class LanguageBuild:
    """One language's build in progress."""

    lang: str | None = None  # known once its files are made (on_files)
    # Seconds of the hooks' work on this language's pages, by phase.
    timings: dict[str, float] = field(default_factory=lambda: {"search": 0.0, "policy": 0.0})
    chrome: str | None = None  # its script of Material's JavaScript-only parts (on_env)


@dataclass
class SearchPages:
    """The search's view of every page, by language and URL. Kept between builds: a dirty
    build does not see the pages it skips, and they are still part of the site."""

    pages: dict[str, dict[str, search.SearchPage]] = field(default_factory=dict)
    alive: dict[str, set[str]] = field(default_factory=dict)  # the URLs this build's site has
    written: dict[str, dict] = field(default_factory=dict)  # what each index last written held

    def knows(self, lang: str, url: str) -> bool:
        return url in self.pages.get(lang, {})

    def add(self, lang: str, url: str, page: search.SearchPage) -> None:
        self.pages.setdefault(lang, {})[url] = page

    def write(self, site: Path, lang: str) -> None:
        """The search index of one language's pages, those this build did not build again
        (dirty) included."""
        alive = self.alive.get(lang, set())
        pages = {url: p for url, p in self.pages.get(lang, {}).items() if url in alive}
        self.pages[lang] = pages
        target = site / "search" / lang
        # Under `mkdocs serve`, a change often leaves one language's pages as they were.
        if self.written.get(lang) != pages or not (target / "index.json").is_file():
            search_index.write_parts(target, search_index.index_parts(list(pages.values())))
            self.written[lang] = dict(pages)


@dataclass
class BuildState:
    command: str = "build"
    dirty: bool = False  # `--dirty`: MkDocs builds again only the pages whose source changed
    enabled: set[str] = field(default_factory=set)  # optimisations and features on (internals)
    builder: ArchiveBuilder = field(default_factory=ArchiveBuilder)
    prepared: PreparedBuild | None = None  # this build's archive and pages
    languages: list[LanguageBuild] = field(default_factory=list)
    search: SearchPages = field(default_factory=SearchPages)
    parallel: ParallelLanguages | None = None
    template_code: TemplateCode = field(default_factory=TemplateCode)
    idle: IdleCollection = field(default_factory=IdleCollection)
    observer: object = None  # under `mkdocs serve`: what watches the statements and docs/

    @property
    def serving(self) -> bool:
        return self.command == "serve"

    @property
    def depth(self) -> int:
        return len(self.languages)

    def current(self) -> LanguageBuild:
        return self.languages[-1]
