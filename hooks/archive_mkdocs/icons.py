"""Material's icons drawn from one file: `overrides/material-icons/.icons/` shadows the icons
Material's partials include into every page (the header's, the search dialog's, the logo,
back to top) with a `<use>` of `assets/images/icons.svg`, which `write_icon_sprite` makes from
Material's own files of the same icons.

Contract: `use_icon_sprite` is called on each language's config (idempotent); without it,
Material writes each icon into each page, as it ships.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hrdarchive.iconsprite import icon_sprite
from hrdarchive.write import write_if_changed

from .theme import put_first

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

ICONS_FOLDER = "material-icons"
SPRITE = Path("assets") / "images" / "icons.svg"


def use_icon_sprite(config: MkDocsConfig) -> None:
    put_first(config, ICONS_FOLDER)


def shadowed_icons(config: MkDocsConfig) -> dict[str, str]:
    """Each icon `material-icons/` shadows, by name, with the text of the theme's own file."""
    ours = Path(config.theme.custom_dir) / ICONS_FOLDER / ".icons"
    theirs = [Path(d) / ".icons" for d in config.theme.dirs if Path(d) != ours.parent]
    icons = {}
    for path in sorted(ours.rglob("*.svg")):
        name = path.relative_to(ours).with_suffix("").as_posix()
        source = next((d / f"{name}.svg" for d in theirs if (d / f"{name}.svg").is_file()), None)
        if source is None:
            raise FileNotFoundError(f"{path}: the theme has no icon {name} to draw it from")
        icons[name] = source.read_text(encoding="utf-8")
    return icons


def write_icon_sprite(config: MkDocsConfig, site: Path) -> None:
    write_if_changed(site / SPRITE, icon_sprite(shadowed_icons(config)))
