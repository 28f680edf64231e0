"""Whether a capitalised phrase is a person's name, by evidence rather than by shape: a first
name that gender-guesser's name list knows ('Bakhtiyar Guliyev', 'Ihar Alienevich'), a Russian
first name, surname or patronymic that pymorphy3's dictionary or the surname rules of `names`
know ('Леониду Судаленко'), or a surname ending of the region ('Uzeyir Mammadli').

Contract: `is_person` reads only the phrase; a place, an office or an organisation ('San
Isidro', 'State Security', 'Власти Узбекистана') has none of this evidence. It decides what a
name is, never whether the person is a defender.
"""

from __future__ import annotations

import re
from functools import cache

from . import names
from .vocabulary import english_stop_words

# Latin surname endings of the former Soviet Union and its neighbours: -ov, -eva, -yev, -enko,
# -sky, -vich, -dze, -shvili, -li, -zade, -uulu, -kyzy.
_LATIN_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|in|ina|enko|sky|ski|skaya|vich|dze|shvili|li|zade|zada|yan|ian"
    r"|uulu|uly|kyzy|qizi|ovich|evich|ovna|evna)$",
    re.I,
)
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")

# A personal name's shape: two to four capitalised words (hyphens and apostrophes allowed).
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ\u0100-\u017f"
_LOWER = "a-zß-öø-ÿа-яё\u0100-\u017f"
NAME_TOKEN = rf"[{UPPER}][{_LOWER}{UPPER}'’\-]*[{_LOWER}][{_LOWER}'’\-]*"
NAME = rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}"


@cache
def _first_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def known_first_name(word: str) -> bool:
    """A first name in gender-guesser's list of about 45,000 names from 55 countries."""
    return _first_names().get_gender(word.strip(".,'’\"")) != "unknown"


_TITLES = frozenset({"mr", "ms", "mrs", "dr", "messrs", "sir", "madam"})


def is_person(phrase: str) -> bool:
    """Whether some word of the phrase is evidence of a person's name. 'On August', 'The
    Government', 'Mr Ruziev' are not names, though gender-guesser knows 'On' and 'The'."""
    tokens = phrase.split()
    first = tokens[0].lower() if tokens else ""
    if len(tokens) < 2 or first in _TITLES or first in english_stop_words():
        return False
    if _CYRILLIC.search(phrase):
        return any(names.is_name_word_ru(t) for t in tokens)
    return known_first_name(tokens[0]) or bool(_LATIN_SURNAME.search(tokens[-1]))
