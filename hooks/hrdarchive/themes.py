"""Themes: what happened to the defenders, from a bilingual taxonomy in `themes.yml`.

Contract: `assign_themes` reads only the statement's own headline and text, in its language,
and returns theme ids in the order of the taxonomy; a statement matching nothing gets none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .model import Lang, Statement


@dataclass(frozen=True)
class Theme:
    id: str
    names: dict[str, str]
    patterns: dict[str, re.Pattern[str]]


@cache
def taxonomy() -> tuple[int, tuple[Theme, ...]]:
    data = yaml.safe_load((Path(__file__).parent / "themes.yml").read_text(encoding="utf-8"))
    themes = tuple(
        Theme(
            id=t["id"],
            names=t["names"],
            patterns={lang: _union(patterns) for lang, patterns in t["patterns"].items()},
        )
        for t in data["themes"]
    )
    return data["min_matches"], themes


def _union(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern; a word boundary that starts every alternative is taken
    out in front, so that the others are tried at word starts only (several times faster)."""
    if all(p.startswith(r"\b") for p in patterns):
        return re.compile(r"\b(?:" + "|".join(f"(?:{p[2:]})" for p in patterns) + ")", re.I)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _matches_at_least(pattern: re.Pattern[str], text: str, n: int) -> bool:
    return any(i + 1 >= n for i, _ in enumerate(pattern.finditer(text)))


def themes_by_id() -> dict[str, Theme]:
    return {t.id: t for t in taxonomy()[1]}


def assign_themes(statement: Statement) -> list[str]:
    min_matches, themes = taxonomy()
    lang: Lang = statement.lang
    text = " ".join(statement.paragraphs)
    found = []
    for theme in themes:
        pattern = theme.patterns[lang]
        in_title = bool(statement.title and pattern.search(statement.title))
        if in_title or _matches_at_least(pattern, text, min_matches):
            found.append(theme.id)
    return found
