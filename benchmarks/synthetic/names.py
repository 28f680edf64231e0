"""Which names the generator gives people, and its rule that no two people are named alike.

The lists (data/names.yml) give first names and surnames by group. Every word is declined for
each gender it is used for (synthetic/russian.py); a word the generator cannot decline is left
out, and `NameLists.left_out` says why. Nothing here knows how the archive's parser reads names:
what is left out is what the generator itself cannot write correctly.

Names kept apart: two people never share a name, nor have names a reader could take for one
person. The test is the generator's own: the romanised spellings (synthetic/romanise.py),
lower-cased, compared with rapidfuzz's ratio (0–100); two people whose first names and surnames
are both at least this alike, directly or crosswise (Arman Nurlanov / Nurlan Armanov), are not
both made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from .data import NAME_GROUPS
from .romanise import romanise
from .russian import CannotDecline, first_name, surname

FIRST_NAMES_ALIKE = 60
# Two surnames with one ending (-ов, -баев) score higher than their stems are alike, so surnames
# need a higher ratio than first names to count as alike.
SURNAMES_ALIKE = 64


def _derived_surnames(group: dict) -> list[str]:
    """The group's surnames and those made from its men's first names (Нурлан → Нурланов)."""
    found = list(group["surnames"])
    for name in group["m"]:
        if name[-1] in "аеёиоуыэюяйь":
            continue
        for ending in group["derive"]:
            if ending in ("баев", "беков") and len(name) > 5:
                continue  # Бахытжанбеков: too long to be a name anyone has
            found.append(name + ending)
    return list(dict.fromkeys(found))


@dataclass
class NameLists:
    """Per group and gender, the first names and surnames the generator can decline."""

    first: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    surnames: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    left_out: dict[str, str] = field(default_factory=dict)  # word → why


def _declinable(words: list[str], gender: str, decline, lists: NameLists) -> list[str]:
    kept = []
    for word in words:
        try:
            decline(word, gender)
        except CannotDecline as error:
            lists.left_out[word] = str(error)
        else:
            kept.append(word)
    return kept


@cache
def name_lists() -> NameLists:
    lists = NameLists()
    for key, group in NAME_GROUPS.items():
        surnames = _derived_surnames(group)
        for gender in "mf":
            lists.first[key, gender] = _declinable(group[gender], gender, first_name, lists)
            lists.surnames[key, gender] = _declinable(surnames, gender, surname, lists)
    return lists


def name_key(word: str) -> str:
    """The generator's key for comparing names: the English spelling, lower-cased."""
    return romanise(word).lower()


class NamePool:
    """Which (first name, surname) keys are taken, and whether a new pair is distinct from all
    of them."""

    def __init__(self) -> None:
        lists = name_lists()
        firsts = [n for names in lists.first.values() for n in names]
        families = [s for names in lists.surnames.values() for s in names]
        self.first_keys = list(dict.fromkeys(name_key(n) for n in firsts))
        self.family_keys = list(dict.fromkeys(name_key(s) for s in families))
        self.used: dict[str, set[str]] = {}
        self._near: dict[tuple[str, bool, int], frozenset[str]] = {}

    def _alike(self, key: str, firsts: bool, cutoff: int) -> frozenset[str]:
        """Keys of the first names (or surnames) at least `cutoff` alike to `key`, and itself."""
        cache_key = (key, firsts, cutoff)
        if cache_key not in self._near:
            choices = self.first_keys if firsts else self.family_keys
            found = process.extract(
                key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            )
            self._near[cache_key] = frozenset(m[0] for m in found) | {key}
        return self._near[cache_key]

    def is_free(self, first: str, family: str) -> bool:
        families = self._alike(family, False, SURNAMES_ALIKE)
        for other in self._alike(first, True, FIRST_NAMES_ALIKE):
            taken = self.used.get(other)
            if taken and not taken.isdisjoint(families):
                return False
        crosswise = self._alike(first, False, SURNAMES_ALIKE)
        for other in self._alike(family, True, SURNAMES_ALIKE):
            taken = self.used.get(other)
            if taken and not taken.isdisjoint(crosswise):
                return False
        return True

    def take(self, first: str, family: str) -> None:
        self.used.setdefault(first, set()).add(family)
