"""Which internals of the stack the archive relies on, and whether they may be used.

Contract: `VERIFIED` holds one version per package, the one whose internals were read; a
reliance is on only when every package it touches is installed at its verified version and
it is not disabled (`ARCHIVE_DISABLE=name,name` or `all`, for measuring and testing).
ARCHITECTURE.md's table lists the same reliances (a test compares them). The optimisations
that use public interfaces only (`PUBLIC`) can be disabled the same way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version

# The versions whose internals were read and tested; requirements.txt pins the same (a test
# checks it).
VERIFIED = {
    "mkdocs": "1.6.1",
    "mkdocs-material": "9.8.1",
    "mkdocs-static-i18n": "1.3.1",
}


@dataclass(frozen=True)
class Reliance:
    name: str
    packages: tuple[str, ...]
    touches: str  # the internals it reads or replaces
    otherwise: str  # what the build does without it


RELIANCES = (
    Reliance(
        "i18n_files",
        ("mkdocs", "mkdocs-static-i18n"),
        "replaces `mkdocs_static_i18n.suffix.create_i18n_file` by a memo of its results, "
        "rebuilding each `File` with `object.__new__(File)` and the attributes it set; wraps "
        "`mkdocs_static_i18n.reconfigure.is_relative_to` in an lru_cache",
        "mkdocs-static-i18n makes every file again on every build",
    ),
    Reliance(
        "parallel_languages",
        ("mkdocs", "mkdocs-static-i18n"),
        "replaces `mkdocs_static_i18n.plugin.build`; reads the i18n plugin's `building`, "
        "`current_language`, `build_languages` and `I18nLoggingFilter`; sets "
        "`mkdocs.utils.clean_directory` in the child as the plugin does; empties "
        "`config.theme.static_templates` in the parent",
        "`mkdocs build` builds the languages one after the other, in one process",
    ),
    Reliance(
        "watch",
        ("mkdocs",),
        "sets the live-reload server's `_want_rebuild` under its `_rebuild_cond`, schedules "
        "on its `observer` and calls `unwatch`",
        "`mkdocs serve` polls the statements and docs/ (MkDocs' own watch)",
    ),
    Reliance(
        "archive_search",
        ("mkdocs", "mkdocs-material"),
        "copies of Material's templates in overrides/material-internals/ put first among "
        "the theme's folders: its `config` block (partials/archive-search-config.html), "
        "partials/search.html (partials/archive-search-dialog.html), partials/top.html "
        "(partials/archive-top.html), partials/javascripts/content.html and "
        "partials/alternate.html, the first three made in the browser by "
        "overrides/material-internals/archive-chrome.js before Material's bundle reads them; "
        "speaks Material's search worker messages (archive-search.js); removes Material's "
        "search plugin's `on_page_context` from `config.plugins.events`",
        "Material's own search: one index of both languages, built in the browser, without "
        "the archive's morphology; the search dialog unnamed; on the 404 page the language "
        "switcher leads to the last page built",
    ),
    Reliance(
        "icon_sprite",
        ("mkdocs-material",),
        "Material's icon includes (`.icons/material/<name>.svg` in its partials): the seven "
        "every page carries are shadowed by overrides/material-icons/.icons/ with a `<use>` of "
        "assets/images/icons.svg, made from Material's own files of them",
        "each icon written into every page",
    ),
    Reliance(
        "i18n_sitemap",
        ("mkdocs-static-i18n",),
        "a copy of mkdocs-static-i18n's sitemap template (overrides/i18n-internals/"
        "sitemap.xml, its `i18n_alternates` and each file's `alternates`), put first among "
        "the theme's folders after the plugin puts its own there",
        "mkdocs-static-i18n's own sitemap: its addresses relative to nothing when site_url "
        "is unset, its translations' without the host when it is set",
    ),
)


# Optimisations on public interfaces: the theme's compiled templates kept (Jinja's bytecode
# cache), the heap frozen while `mkdocs serve` is idle (gc.freeze).
PUBLIC = ("template_cache", "heap_freeze")


def disabled() -> set[str]:
    """What is switched off by hand (`ARCHIVE_DISABLE`: names, or `all`)."""
    names = {n.strip() for n in os.environ.get("ARCHIVE_DISABLE", "").split(",") if n.strip()}
    return {*(r.name for r in RELIANCES), *PUBLIC} if "all" in names else names


@cache
def installed(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def unverified(reliance: Reliance) -> list[tuple[str, str | None]]:
    """The packages it touches that are not at their verified version."""
    return [
        (package, installed(package))
        for package in reliance.packages
        if installed(package) != VERIFIED[package]
    ]


def allowed() -> tuple[set[str], list[str]]:
    """The names of the reliances that may be used, and a warning for each package that
    switches some off."""
    off = disabled()
    on: set[str] = {name for name in PUBLIC if name not in off}
    by_package: dict[tuple[str, str | None], list[str]] = {}
    for reliance in RELIANCES:
        wrong = unverified(reliance)
        for found in wrong:
            by_package.setdefault(found, []).append(reliance.name)
        if not wrong and reliance.name not in off:
            on.add(reliance.name)
    warnings = [
        f"{package} {found or '(not installed)'} is not the version whose internals were "
        f"verified ({VERIFIED[package]}): {', '.join(names)} off; the site is built without "
        "them (see ARCHITECTURE.md, reliances on the stack's internals)"
        for (package, found), names in by_package.items()
    ]
    return on, warnings
