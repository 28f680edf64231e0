"""Words a PDF ran together where its lines joined ('Headof', 'threemonths', 'Baku,where',
'Article192.2.2'), split only where word lists prove it: the glued word is in no list and its
two halves are common words (pyspellchecker's English frequency list; pymorphy3's Russian
dictionary after a one-letter preposition or conjunction). A capitalised word is split only
before a function word ('Headof') and never where it is a first name (gender-guesser's list:
'Arman' is no 'Arm an').

Contract: `split_glued(text, lang)` returns the text with such words split and nothing else
changed; a name, a word of the lists, or a word no split proves is left as it is.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .model import Lang
from .persons import known_first_name
from .vocabulary import english_stop_words

# Both halves of a lower-case English word at least this common (pyspellchecker's counts:
# 'detained' 4,753, 'months' 228,396; rare words such as 'thea' or 'ment' far below).
COMMON = 1000
# A capitalised word ('Headof') is split only before one of these: no surname ends in them,
# as many end in 'in', 'on' or 'and' ('Bragin' is no 'Brag in').
_FUNCTION_WORDS = frozenset({"of", "the"})
# A Russian word is split only after one of these ('ичерез', 'вРУВД'): longer prefixes are
# as often a verb's ('задокументированы', which the dictionary lacks).
_RU_HEADS = frozenset("в и с к у о".split())

_WORD = re.compile(r"(?<![\w'’-])([A-Za-z]{5,}|[А-Яа-яЁё]{5,})(?![\w'’-])")
# 'Baku,where': a comma between two letters, which prose never writes. The comma comes
# first: a pattern opening with a look-behind is tried at every character.
_COMMA = re.compile(r",(?=[a-zа-яё])(?<=[a-zа-яё],)")
# 'Article192.2.2', 'статьи192': a common word glued to the number after it.
_WORD_NUMBER = re.compile(r"(?<![\w-])([A-Za-zА-Яа-яЁё]{4,})(\d)")


def split_glued(text: str, lang: Lang) -> str:
    text = _COMMA.sub(", ", text)
    text = _WORD_NUMBER.sub(lambda m: _number_split(m, lang), text)
    # Each distinct word is looked up once; the text is rewritten only where one splits.
    splits = {w: split for w in set(_WORD.findall(text)) if (split := _split(w, lang))}
    if not splits:
        return text
    return _WORD.sub(lambda m: splits.get(m[1], m[1]), text)


def _number_split(match: re.Match[str], lang: Lang) -> str:
    word = match[1]
    return f"{word} {match[2]}" if _known(word.lower(), lang) else match[0]


@lru_cache(maxsize=1 << 14)
def _split(word: str, lang: Lang) -> str | None:
    """'Headof' → 'Head of', or None where no split is proved."""
    lower = word.lower()
    if lang == "ru" and word[0] not in _RU_HEADS:
        return None  # no split can be proved (see _proof): spare the dictionary lookup
    if _known(lower, lang) or word[0].isupper() and known_first_name(word):
        return None
    best: tuple[int, str] | None = None
    for cut in range(1, len(word)):
        head, tail = lower[:cut], lower[cut:]
        strength = _proof(head, tail, lang, capitalised=word[0].isupper())
        if strength and (best is None or strength > best[0]):
            best = (strength, f"{word[:cut]} {word[cut:]}")
    return best[1] if best else None


def _proof(head: str, tail: str, lang: Lang, capitalised: bool) -> int:
    """How common the rarer half is, or 0 where the split is not proved."""
    if lang == "ru":  # a capitalised Russian word is most often a name ('Рустамзаде')
        return 1 if not capitalised and head in _RU_HEADS and _russian_known(tail) else 0
    # A half shorter than four letters is a function word ('is', 'the', 'and'), never a
    # fragment that happens to be a word ('con' + 'fig').
    if any(len(half) < 4 and half not in english_stop_words() for half in (head, tail)):
        return 0
    if len(head) == 1 and head != "a" or len(tail) == 1:
        return 0  # 'speci' is no 'spec i'
    if capitalised and (tail not in _FUNCTION_WORDS or len(head) < 3):
        return 0
    counts = _english()
    rarer = min(counts[head], counts[tail])
    return rarer if rarer >= COMMON else 0


# British spellings of words the (American) list holds: 'offence' is no 'of fence',
# 'programme' no 'program me'; and a doubled consonant the list spells single ('targetting').
_BRITISH = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"ence(s?)$", r"ense\1"),
        (r"mme(s?)$", r"m\1"),
        (r"our", "or"),
        (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),
        (r"yse", "yze"),
        (r"tre(s?)$", r"ter\1"),
        (r"gement", "gment"),
        (r"ogue(s?)$", r"og\1"),
        (r"([bcdfgklmnprstvz])\1(?=ing|ed|er)", r"\1"),
    )
)


def _known(word: str, lang: Lang) -> bool:
    if lang == "ru":
        return _russian_known(word)
    counts = _english()
    return word in counts or any(
        (variant := p.sub(r, word)) != word and variant in counts for p, r in _BRITISH
    )


@cache
def _english():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


@lru_cache(maxsize=1 << 15)
def _russian_known(word: str) -> bool:
    from .text import russian_morphology

    return russian_morphology().word_is_known(word)
