"""The generator's data, read once from the YAML files in `data/`: name lists, countries and
cities, phrase tables, sentence templates and the raw files' letterhead and footers. The files
say what each table holds; this module only gives them types."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

FOLDER = Path(__file__).parent / "data"

Template = tuple[str, str]  # English, Russian


def _load(name: str) -> dict:
    # libyaml's loader when PyYAML has it: the same result, several times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((FOLDER / name).read_text(encoding="utf-8"), Loader=loader)


def _rows(rows: list[list]) -> list[tuple]:
    return [tuple(row) for row in rows]


@dataclass(frozen=True)
class Place:
    en: str
    nom: str
    gen: str
    pre: str  # after в / на

    @property
    def acc(self) -> str:
        """After 'в' of direction ('в Караганду'): a feminine name in -а/-я changes its ending;
        every other city in the lists is masculine, plural or indeclinable, its accusative the
        nominative."""
        if self.nom.endswith("а"):
            return self.nom[:-1] + "у"
        if self.nom.endswith("я"):
            return self.nom[:-1] + "ю"
        return self.nom


@dataclass(frozen=True)
class Country:
    en: str
    adj: str
    official: Template  # English, Russian genitive
    nom: str
    gen: str
    pre: str
    security: Template  # English, Russian genitive
    currency: Template  # English, Russian after a number
    groups: dict[str, int]  # name group → share
    cities: tuple[Place, ...]
    capital: Place


def _country(row: dict) -> Country:
    cities = tuple(Place(*city) for city in row["cities"])
    nom, gen, pre = row["ru"]
    return Country(
        en=row["en"],
        adj=row["adj"],
        official=tuple(row["official"]),
        nom=nom,
        gen=gen,
        pre=pre,
        security=tuple(row["security"]),
        currency=tuple(row["currency"]),
        groups=dict(row["groups"]),
        cities=cities,
        capital=cities[row["capital"]],
    )


def _templates(section: dict) -> dict:
    """Lists of [English, Russian] pairs become lists of tuples; a single pair, a tuple."""
    out = {}
    for key, value in section.items():
        if isinstance(value, list) and value and isinstance(value[0], list):
            out[key] = _rows(value)
        elif isinstance(value, list):
            out[key] = tuple(value)
        else:
            out[key] = value
    return out


NAME_GROUPS: dict[str, dict[str, list[str]]] = _load("names.yml")
COUNTRIES: list[Country] = [_country(row) for row in _load("countries.yml")["countries"]]
PHRASES: dict = {
    key: _rows(value) if isinstance(value, list) and isinstance(value[0], list) else value
    for key, value in _load("phrases.yml").items()
}
KINDS: dict[str, dict] = {kind: _templates(body) for kind, body in _load("kinds.yml").items()}
SENTENCES: dict = _templates(_load("sentences.yml"))
_LAYOUT = _load("layout.yml")
LETTERHEAD_JUMBLED = "\n\n" + _LAYOUT["letterhead_jumbled"] + "\n"
LETTERHEAD_NEAT = "\n\n" + _LAYOUT["letterhead_neat"] + "\n"
FOOTER_SHORT = f"Front Line Defenders Board of Directors {_LAYOUT['board']}"
FOOTER_FULL = _LAYOUT["footer_full"].rstrip("\n").replace("{BOARD}", _LAYOUT["board"])
