"""Cross-script keys and similarity of personal names: one person written in Cyrillic, in
English and in Turkic Latin alphabets meets itself.

Contract
--------
Plain Python (no MkDocs import), no side effects at import time, never raises on odd input.

- ``latin_key(name)`` returns a lowercase ASCII key in which common transliteration variants of
  one name (Cyrillic, English, Turkic Latin alphabets) coincide or nearly coincide.
- ``name_similarity(a, b)`` returns a float in [0, 1]; values at or above
  ``SAME_PERSON_THRESHOLD`` mean "probably the same person". Either script, either name order.
- ``surname_key(name)`` and ``surname_blocks(name)`` give the keys for blocking: only names
  sharing a block need to be compared with ``name_similarity``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import permutations

from anyascii import anyascii
from rapidfuzz import fuzz

#: Scores from ``name_similarity`` at or above this mean "probably the same person". Chosen so
#: that transliteration variants (Sekerbayeva/Секербаева, Bokayev/Бокаев, Azimjan/Azimjon) and
#: a lone surname against the full name (Sekerbayeva / Zhanar Sekerbayeva, about 0.97) pass,
#: while two people sharing a surname but not a first name (Zhanar / Aigul Sekerbayeva, about
#: 0.55) or a first name but not a surname (Oleg Orlov / Oleg Petrov, about 0.67) do not.
SAME_PERSON_THRESHOLD = 0.8

# Letters of Turkic and Central European Latin alphabets that anyascii would reduce to a bare
# letter, losing the distinction English transliteration keeps (ş -> sh, not s; ə -> a, not e).
_LATIN_LETTERS = str.maketrans(
    {
        "ş": "sh",
        "ș": "sh",
        "š": "sh",
        "ç": "ch",
        "č": "ch",
        "ž": "zh",
        "ə": "a",
        "ı": "i",
        "ğ": "g",
        "ñ": "n",
    }
)

# Applied in order; digraphs before single letters so that 'dzh' is not read as 'd' + 'zh'.
_FOLDS: tuple[tuple[str, str], ...] = (
    (r"shch", "sh"),
    (r"dzh|dj|zh", "j"),
    (r"kh", "h"),
    (r"ts|tz", "c"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"q", "k"),
    (r"x", "ks"),
    (r"w", "v"),
    # Iotation is written or not (Sekerbayeva/Sekerbaeva, Yevgeny/Evgeny, Oyub/Ойуб).
    (r"(?<=[aeiouy])y(?=[aeiou])", ""),
    (r"\by(?=[aeiou])", ""),
    # A softened consonant is marked or not (Nastya/Nasta, Tat'yana/Tatana).
    (r"(?<=[b-df-hj-np-tv-z])y(?=[aeiou])", ""),
    (r"y", "i"),
    # Belarusian and Polish romanisation mark softness with i (Bialiatski/Беляцкий, Viasna).
    (r"(?<=[b-df-hj-np-tv-z])i(?=a)", ""),
    # Russian writes the h of Turkic names as г (Hasanov/Гасанов, Hajiyev/Гаджиев); х is kh.
    (r"h", "g"),
    # Doubled letters come and go (Mammadli/Mamedli, Rakhmatullo/Rahmatulo).
    (r"(.)\1+", r"\1"),
)
_FOLDS_RE = tuple((re.compile(p), r) for p, r in _FOLDS)


@lru_cache(maxsize=1 << 16)
def latin_key(name: str) -> str:
    """A script-neutral lowercase ASCII key for one name (tokens separated by single spaces).

    Transliteration variants of one name give equal or nearly equal keys:
    'Sekerbayeva', 'Секербаева' -> 'sekerbaeva'; 'Serzhan', 'Сержан' -> 'serjan'.
    """
    text = unicodedata.normalize("NFC", name).casefold().translate(_LATIN_LETTERS)
    text = anyascii(text).lower()
    # Soft and hard signs come out as apostrophes and quotes; hyphens join name parts.
    text = re.sub(r"['\"`’ʹʺ]", "", text)
    text = re.sub(r"[^a-z]+", " ", text)
    for pattern, repl in _FOLDS_RE:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


_PATRONYMIC_KEY = re.compile(r"(?:ovic|evic|ovna|evna|icna|ogli|ogl|uli|ulu|kizi|gizi)$")
_SURNAME_KEY = re.compile(
    r"(?:ov|ev|ova|eva|in|ina|ski|skai|ska|cki|ckai|enko|ian|ian|dze|svili|li|zade|uk|iuk)$"
)


def _surname_index(tokens: list[str]) -> int:
    """Position of the surname among latin_key tokens: a token with a surname suffix if exactly
    one has it (so 'Kalybaev Galymzhan' works), otherwise the last non-patronymic token."""
    candidates = [i for i, t in enumerate(tokens) if not _PATRONYMIC_KEY.search(t)]
    if not candidates:
        return len(tokens) - 1
    marked = [i for i in candidates if _SURNAME_KEY.search(tokens[i])]
    if len(marked) == 1:
        return marked[0]
    return candidates[-1]


def _token_similarity(a: str, b: str) -> float:
    # An initial ('O.' -> 'o') matches any token with that first letter, and nothing else.
    if len(a) == 1 or len(b) == 1:
        return 1.0 if a[:1] == b[:1] else 0.0
    # 'Ayan' / 'Ayanov': a Central Asian surname written with and without its Russian suffix.
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 2 and long_.startswith(short) and long_[len(short) :] in _SURNAME_SUFFIXES:
        return 0.95
    return fuzz.ratio(a, b) / 100.0


_SURNAME_SUFFIXES = frozenset({"ov", "ev", "ova", "eva", "in", "ina", "uli", "kizi"})


def surname_key(name: str) -> str:
    """latin_key of the surname, for blocking candidates before ``name_similarity``.

    The surname is the token with a surname suffix (-ov, -eva, -sky, -li, ...) when exactly one
    token has one, otherwise the last token that is not a patronymic.
    """
    tokens = latin_key(name).split()
    if not tokens:
        return ""
    return tokens[_surname_index(tokens)]


def surname_blocks(name: str, size: int = 2) -> frozenset[str]:
    """The blocks a name is compared in: the first letters of ``surname_key`` (a typo after
    them is met: Серкебаева / Sekerbayeva), and its first consonants without a Russian suffix
    (transliterations disagree on vowels, Bialiatski / Беляцкий; on g, k and h, Qurbanli /
    Гурбанлы; and on the suffix, Ayan / Ayanov)."""
    key = surname_key(name)
    stem = re.sub(r"(?:ov|ev|ova|eva|in|ina)$", "", key)
    stem = stem if len(stem) >= 2 else key
    skeleton = re.sub("[aeiou]", "", stem).translate(_VELARS) or key
    return frozenset({key[:size], "~" + skeleton[:size]})


_VELARS = str.maketrans("gh", "kk")


MAX_NAME_WORDS = 5


@lru_cache(maxsize=1 << 18)  # a defender's names meet each other again in every statement
def name_similarity(a: str, b: str) -> float:
    """How likely two name strings denote the same person, in [0, 1].

    Tokens of the two keys are paired in the best order; the surname pair weighs 0.6, the other
    pairs share 0.4, and the worst pair pulls the score down so that one mismatching name part
    (a different first name) is not averaged away. Pairing surname with non-surname is allowed
    (name order differs between sources) at a small cost; extra tokens on one side (patronymic,
    missing first name) cost little.
    """
    # Pairings grow with the factorial of the words: a name has a few, a sentence taken for
    # a name is cut to the first MAX_NAME_WORDS.
    ta = latin_key(a).split()[:MAX_NAME_WORDS]
    tb = latin_key(b).split()[:MAX_NAME_WORDS]
    if not ta or not tb:
        return 0.0
    if len(ta) > len(tb):
        ta, tb = tb, ta
    sa, sb = _surname_index(ta), _surname_index(tb)
    best = 0.0
    for perm in permutations(range(len(tb)), len(ta)):
        scores = [_token_similarity(ta[i], tb[j]) for i, j in enumerate(perm)]
        if len(ta) == 1:
            weighted = scores[0]
        else:
            rest = 0.4 / (len(ta) - 1)
            weighted = sum(s * (0.6 if i == sa else rest) for i, s in enumerate(scores))
        score = 0.7 * weighted + 0.3 * min(scores)
        if perm[sa] != sb:
            # A lone token that is not the other side's surname is usually a shared first name.
            score *= 0.7 if len(ta) == 1 else 0.9
        best = max(best, score)
    if len(ta) < len(tb):
        best *= 0.97
    return round(min(1.0, best), 4)
