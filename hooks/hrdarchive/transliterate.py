"""A defender's name in the reader's script where no statement in the reader's language names
them: English spellings to Cyrillic by cyrtranslit's Russian table, after the conventions of
English-language romanisation are rewritten into that table's ('kh' is х, 'ts' ц, 'Guliyev'
Гулиев, 'Sergei' Сергей); Cyrillic to Latin by iuliia's Wikipedia scheme, the one English-
language statements most often follow ('Жанар Секербаева' → 'Zhanar Sekerbayeva').

Contract: `transliterate(name, lang)` returns the name in `lang`'s script, each word
capitalised as written; a name already in that script comes back unchanged. The result is a
transliteration, never a name a statement wrote: pages mark it as such.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .model import Lang

_CYRILLIC = re.compile("[А-Яа-яЁё]")
_VOWELS = "aeiouy"

# English romanisation → cyrtranslit's Russian table, in order: digraphs before letters.
_TO_TABLE: tuple[tuple[str, str], ...] = (
    (r"shch", "shh"),
    (r"kh", "h"),
    (r"ts", "cz"),
    (r"tz", "cz"),
    (r"x", "ks"),
    (r"j", "dzh"),
    (r"ou", "u"),
    (r"['’]", ""),
    # Natalya, Ilya: a soft l or n before a final -ya is written with ь.
    (r"(?<=[ln])y(?=a\b)", "'y"),
    # Guliyev, Aliyeva: the y only marks the ye (Гулиев, Алиева).
    (r"(?<=i)y(?=e)", ""),
    # Sergei, Nikolay, Oyub: y or i after a vowel and before no vowel is й.
    (r"(?<=[aeou])[iy](?![aeiou])", "\x01"),
    # Dmitriy, Yuriy: a final -iy is -ий.
    (r"iy\b", "i\x01"),
    # Maria, Yulia: a final -ia is -ия; Viasna, Bialiatski: inside a word after a consonant, я.
    (r"ia\b", "iya"),
    (r"(?<=[bcdfghklmnprstvz])ia", "ya"),
    # Emin, Eduard: an initial e is э.
    (r"\be", "e'"),
)
_TO_TABLE_RE = tuple((re.compile(p), r) for p, r in _TO_TABLE)


@lru_cache(maxsize=1 << 14)  # every build transliterates the same people again
def transliterate(name: str, lang: Lang) -> str:
    """The name in the script of `lang`."""
    if lang == "ru":
        return name if _CYRILLIC.search(name) else _to_cyrillic(name)
    return _to_latin(name) if _CYRILLIC.search(name) else name


def _to_cyrillic(name: str) -> str:
    import cyrtranslit

    words = []
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    for word in plain.split():
        text = word.lower()
        for pattern, repl in _TO_TABLE_RE:
            text = pattern.sub(repl, text)
        cyrillic = cyrtranslit.to_cyrillic(text, "ru").replace("\x01", "й")
        words.append(cyrillic[:1].upper() + cyrillic[1:] if word[:1].isupper() else cyrillic)
    return " ".join(words)


@cache
def _scheme():
    import iuliia

    return iuliia.WIKIPEDIA


def _to_latin(name: str) -> str:
    return _scheme().translate(name)
