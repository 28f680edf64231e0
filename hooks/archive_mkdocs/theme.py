"""Template folders of the archive's that hold copies of a package's own templates
(`overrides/material-internals/`, `overrides/i18n-internals/`): put ahead of the package's own
only when the package is at the version they were copied from (internals.py).

Contract: idempotent, and called on each language's config: mkdocs-static-i18n puts its own
sitemap's folder first again on each.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def put_first(config: MkDocsConfig, folder: str) -> None:
    """`overrides/<folder>` first among the theme's template folders."""
    if not config.theme.custom_dir:
        return
    path = str(Path(config.theme.custom_dir) / folder)
    dirs = config.theme.dirs
    if path in dirs:
        dirs.remove(path)
    dirs.insert(0, path)
