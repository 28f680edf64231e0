"""The theme's icons as one SVG file of symbols (`assets/images/icons.svg`): a page then points
to an icon (`<svg><use href="…icons.svg#material-menu"/></svg>`) instead of carrying its path,
the same seven icons on each of tens of thousands of pages.

Contract: `icon_sprite` takes each icon's name (its path under the theme's `.icons/`, without
`.svg`) and its file's text, a single `<svg viewBox=…>`; a file that is not one raises
ValueError naming the icon.
"""

from __future__ import annotations

import re

SVG = re.compile(r'\A\s*<svg\b[^>]*\bviewBox="(?P<box>[^"]+)"[^>]*>(?P<body>.*)</svg>\s*\Z', re.S)


def symbol_id(name: str) -> str:
    """`material/arrow-left` -> `material-arrow-left`: the fragment a page points to."""
    return name.replace("/", "-")


def icon_sprite(icons: dict[str, str]) -> str:
    symbols = []
    for name in sorted(icons):
        match = SVG.match(icons[name])
        if match is None:
            raise ValueError(f"icon {name}: not a single <svg> with a viewBox")
        symbols.append(
            f'<symbol id="{symbol_id(name)}" viewBox="{match["box"]}">{match["body"]}</symbol>'
        )
    return '<svg xmlns="http://www.w3.org/2000/svg">' + "".join(symbols) + "</svg>\n"
