"""The archive's search in Material's search box: Material's `config` block and its search
and language partials replaced by the copies in overrides/material-internals/ (the worker is
the archive's, assets/javascripts/archive-search.js, which speaks Material's worker messages
and loads the prebuilt index of the page's language), and Material's search plugin spared
from indexing every page for an index nobody loads. What of Material's page only works with
JavaScript (its config, the search dialog, the back-to-top button) is made by one script per
language, `chrome_script`, instead of being written into every page.

Contract: `use_archive_search` is called on each language's config (idempotent); without it,
Material's own search and partials work as Material ships them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .theme import put_first

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

INTERNALS_FOLDER = "material-internals"
CHROME_TEMPLATE = "archive-chrome.js"  # in INTERNALS_FOLDER


def use_archive_search(config: MkDocsConfig) -> None:
    config.extra["archive_search"] = True
    put_first(config, INTERNALS_FOLDER)
    plugin = config.plugins.get("material/search")
    events = config.plugins.events
    if plugin is not None and "page_context" in events:
        events["page_context"] = [
            method
            for method in events["page_context"]
            if getattr(method, "__self__", None) is not plugin
        ]


def chrome_script(env, config: MkDocsConfig) -> str:
    """The script of this language's build that makes Material's JavaScript-only parts of a
    page, rendered as if at the site's root (it makes their addresses the root's)."""
    features = config.theme.get("features") or []
    return env.get_template(CHROME_TEMPLATE).render(
        config=config, base_url=".", page=None, features=features
    )


def chrome_script_path(site: Path, lang: str) -> Path:
    """Where the pages of `lang` load it from (main.html's `config` block)."""
    return site / "assets" / "javascripts" / f"archive-chrome.{lang}.js"
