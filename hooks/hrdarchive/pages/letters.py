"""The defenders' index, a page per letter once it is long: in each language, the letters its
names begin with (surname first), each a link to the page of the people under it. The pages
themselves are rendered by indexes.py."""

from __future__ import annotations

import posixpath
from collections import Counter

from anyascii import anyascii

from ..model import Lang
from .contexts import DefenderEntry, LetterPage

FOLDER = "defenders/by-letter"
_SCRIPT_OF_LANG = {"en": "latin", "ru": "cyrillic"}


def initial(entry: DefenderEntry, lang: Lang) -> str:
    """The letter a person is listed under in `lang`: their surname's first, in capitals."""
    words = entry.person.name(lang).split()
    return words[-1][:1].upper() if words else "?"


def letter_stem(group: Lang, letter: str) -> str:
    """'en', 'A' → 'defenders/by-letter/en-a'; 'ru', 'Ж' → 'defenders/by-letter/ru-zh'; a
    letter of the other script is marked ('ru', 'W' → 'ru-latin-w')."""
    script = "cyrillic" if "\u0400" <= letter <= "\u04ff" else "latin"
    key = anyascii(letter).lower()
    key = "".join(c for c in key if c.isalnum()) or f"u{ord(letter):x}"
    marker = "" if script == _SCRIPT_OF_LANG[group] else f"{script}-"
    return f"{FOLDER}/{group}-{marker}{key}"


def letter_pages(entries: tuple[DefenderEntry, ...]) -> dict[str, LetterPage]:
    """For each language, a page per letter its names begin with."""
    pages: dict[str, LetterPage] = {}
    for group in ("en", "ru"):
        by_letter: dict[str, list[DefenderEntry]] = {}
        for entry in entries:
            by_letter.setdefault(initial(entry, group), []).append(entry)
        letters = tuple(
            (letter, letter_stem(group, letter), len(by_letter[letter]))
            for letter in sorted(by_letter, key=_letter_order)
        )
        for letter, stem, _ in letters:
            pages[stem] = LetterPage(group, letter, tuple(by_letter[letter]), letters)
    return pages


def _letter_order(letter: str) -> tuple[bool, str]:
    return ("\u0400" <= letter <= "\u04ff", letter.casefold())


def letter_links(entries: tuple[DefenderEntry, ...], lang: Lang) -> list[tuple[str, str, int]]:
    """(letter, Markdown link from the defenders' index, people) for each letter in `lang`."""
    counts = Counter(initial(entry, lang) for entry in entries)
    return [
        (letter, posixpath.relpath(letter_stem(lang, letter), "defenders") + ".md", counts[letter])
        for letter in sorted(counts, key=_letter_order)
    ]
