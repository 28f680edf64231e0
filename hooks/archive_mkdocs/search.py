"""The archive's search in Material's search box: Material's `config` block and its search
and language partials replaced by the copies in overrides/material-internals/ (the worker is
the archive's, assets/javascripts/archive-search.js, which speaks Material's worker messages
and loads the prebuilt index of the page's language), and Material's search plugin spared
from indexing every page for an index nobody loads.

Contract: `use_archive_search` is called on each language's config (idempotent); without it,
Material's own search and partials work as Material ships them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .theme import put_first

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

INTERNALS_FOLDER = "material-internals"


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
