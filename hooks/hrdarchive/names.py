"""Personal names of human rights defenders in Russian: their nominative forms, and whether a
word is a name.

Contract
--------
This module is plain Python (no MkDocs import) and has no side effects at import time.

- ``to_nominative_ru(name)`` takes a Russian personal-name phrase of 1-4 tokens (first name,
  surname, optional patronymic, in any order and in any grammatical case) and returns it in the
  nominative singular, keeping the input's capitalisation and spacing. All tokens are put in one
  gender and one case chosen for the phrase as a whole. Input without Cyrillic letters is returned
  unchanged; tokens it cannot analyse (initials, Latin words) are kept as they are.
- ``is_name_word_ru(word)`` tells whether a word, in any case, is a first name, surname or
  patronymic. Cross-script keys and similarity live in ``namekeys``.

Inputs are expected to be names, not running text; none of the functions raise on odd input.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3

__all__ = ["is_name_word_ru", "to_nominative_ru"]

# ---------------------------------------------------------------------------------------------
# Russian nominative
# ---------------------------------------------------------------------------------------------

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_GENDERS = ("masc", "femn")
# pymorphy3 has extra "second" cases; for a person's name they behave like the main ones.
_CASE_ALIASES = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn"}

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_VOWELS = frozenset("аеёиоуыэюя")
# After these letters Russian spelling writes -и, not -ы (Малика -> Малики).
_VELAR_SIBILANT = frozenset("гкхжшщч")

# Token-level evidence weights. A phrase reading is scored by summing, per token, the best
# evidence compatible with it, so the weights only matter relative to each other.
_W_SURE = 1.0  # dictionary name/surname parse, or an unambiguous surname/patronymic suffix
_W_GUESS = 0.5  # regular declension of a name pymorphy3 does not know
_W_WEAK = 0.3  # possible but unusual (masculine -а name, indeclinable vowel-final name)
_W_PREDICTOR = 0.1  # share of pymorphy3's own guess, used only to break ties
_W_NOMN = 0.01  # when nothing else decides, leave the phrase as it was written

_morph: pymorphy3.MorphAnalyzer | None = None


def _analyzer() -> pymorphy3.MorphAnalyzer:
    # Created on first use: loading the dictionaries takes noticeable time and memory, and most
    # callers never need them.
    global _morph
    if _morph is None:
        import pymorphy3

        _morph = pymorphy3.MorphAnalyzer()
    return _morph


# Each paradigm: (gender, ending in the given case, cases). The nominative is the ending listed
# with "nomn" for the same gender.
_Paradigm = tuple[tuple[str, str, tuple[str, ...]], ...]

# Russian possessive surnames (-ов/-ев/-ин/-ын). pymorphy3's predictor mangles unknown ones
# (Тургуновым -> 'тургуновое'), but their declension is fully regular, so rules come first.
_OV_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
_OV: _Paradigm = (
    ("masc", "", ("nomn",)),
    ("masc", "а", ("gent", "accs")),
    ("masc", "у", ("datv",)),
    ("masc", "ым", ("ablt",)),
    ("masc", "е", ("loct",)),
    ("femn", "а", ("nomn",)),
    ("femn", "ой", ("gent", "datv", "ablt", "loct")),
    ("femn", "ою", ("ablt",)),
    ("femn", "у", ("accs",)),
)
# Adjectival surnames in -ский/-цкий.
_SKY_STEM = re.compile(r"(?:ск|цк)$")
_SKY: _Paradigm = (
    ("masc", "ий", ("nomn",)),
    ("masc", "ого", ("gent", "accs")),
    ("masc", "ому", ("datv",)),
    ("masc", "им", ("ablt",)),
    ("masc", "ом", ("loct",)),
    ("femn", "ая", ("nomn",)),
    ("femn", "ой", ("gent", "datv", "ablt", "loct")),
    ("femn", "ою", ("ablt",)),
    ("femn", "ую", ("accs",)),
)
_PATR_MASC_STEM = re.compile(r"(?:ович|евич|ьич|инич)$")
_PATR_MASC: _Paradigm = (
    ("masc", "", ("nomn",)),
    ("masc", "а", ("gent", "accs")),
    ("masc", "у", ("datv",)),
    ("masc", "ем", ("ablt",)),
    ("masc", "е", ("loct",)),
)
_PATR_FEMN_STEM = re.compile(r"(?:овн|евн|ичн)$")
_PATR_FEMN: _Paradigm = (
    ("femn", "а", ("nomn",)),
    ("femn", "ы", ("gent",)),
    ("femn", "е", ("datv", "loct")),
    ("femn", "у", ("accs",)),
    ("femn", "ой", ("ablt",)),
)
# Turkic patronymic particles are indeclinable and tell the gender outright.
_PARTICLE_GENDER = {
    "оглы": "masc",
    "оглу": "masc",
    "улы": "masc",
    "уулу": "masc",
    "кызы": "femn",
    "гызы": "femn",
    "кизи": "femn",
}

# Ordinary noun declensions, used for first names and non-Slavic surnames pymorphy3 lacks.
# (gender, nominative ending, oblique ending, cases, weight)
_SHAPES: tuple[tuple[str, str, str, tuple[str, ...], float], ...] = (
    # Олег, Ойуб, Сержан (men)
    ("masc", "", "", ("nomn",), _W_GUESS),
    ("masc", "", "а", ("gent", "accs"), _W_GUESS),
    ("masc", "", "у", ("datv",), _W_GUESS),
    ("masc", "", "ом", ("ablt",), _W_GUESS),
    ("masc", "", "ем", ("ablt",), _W_GUESS),
    ("masc", "", "е", ("loct",), _W_GUESS),
    # Андрей, Игорь
    ("masc", "й", "я", ("gent", "accs"), _W_GUESS),
    ("masc", "й", "ю", ("datv",), _W_GUESS),
    ("masc", "й", "ем", ("ablt",), _W_GUESS),
    ("masc", "й", "е", ("loct",), _W_GUESS),
    ("masc", "ь", "я", ("gent", "accs"), _W_GUESS),
    ("masc", "ь", "ю", ("datv",), _W_GUESS),
    ("masc", "ь", "ем", ("ablt",), _W_GUESS),
    ("masc", "ь", "е", ("loct",), _W_GUESS),
    # Гулзада, Мария (women); Рахматулла (men, rarer)
    ("femn", "а", "а", ("nomn",), _W_GUESS),
    ("femn", "а", "ы", ("gent",), _W_GUESS),
    ("femn", "а", "и", ("gent",), _W_GUESS),
    ("femn", "а", "е", ("datv", "loct"), _W_GUESS),
    ("femn", "а", "у", ("accs",), _W_GUESS),
    ("femn", "а", "ой", ("ablt",), _W_GUESS),
    ("femn", "а", "ей", ("ablt",), _W_GUESS),
    ("femn", "а", "ою", ("ablt",), _W_GUESS),
    ("femn", "я", "я", ("nomn",), _W_GUESS),
    ("femn", "я", "и", ("gent", "datv", "loct"), _W_GUESS),
    ("femn", "я", "е", ("datv", "loct"), _W_GUESS),
    ("femn", "я", "ю", ("accs",), _W_GUESS),
    ("femn", "я", "ей", ("ablt",), _W_GUESS),
    ("masc", "а", "а", ("nomn",), _W_WEAK),
    ("masc", "а", "ы", ("gent",), _W_WEAK),
    ("masc", "а", "е", ("datv", "loct"), _W_WEAK),
    ("masc", "а", "у", ("accs",), _W_WEAK),
    ("masc", "а", "ой", ("ablt",), _W_WEAK),
)

# A candidate reading of one token: (gender, case) -> (weight, nominative in lowercase).
_Readings = dict[tuple[str, str], tuple[float, str]]


def _add(readings: _Readings, gender: str, case: str, weight: float, nominative: str) -> None:
    genders = _GENDERS if gender in ("ms-f", "both") else (gender,)
    for g in genders:
        if (g, case) not in readings or readings[(g, case)][0] < weight:
            readings[(g, case)] = (weight, nominative)


def _add_paradigm(readings: _Readings, word: str, stem_re: re.Pattern[str], par: _Paradigm) -> bool:
    nominative_ending = {g: e for g, e, cases in par if "nomn" in cases}
    matched = False
    for gender, ending, cases in par:
        if not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if len(stem) < 4 or not stem_re.search(stem):
            continue
        matched = True
        for case in cases:
            _add(readings, gender, case, _W_SURE, stem + nominative_ending[gender])
    return matched


def _tag_gender(tag: pymorphy3.tagset.OpencorporaTag) -> str | None:
    # Comparing tag attributes with strings raises on unexpected values, so convert first.
    if "ms-f" in tag:
        return "ms-f"
    gender = str(tag.gender) if tag.gender else None
    return gender if gender in _GENDERS else None


def _tag_case(tag: pymorphy3.tagset.OpencorporaTag) -> str | None:
    case = str(tag.case) if tag.case else None
    return _CASE_ALIASES.get(case, case) if case else None


def _from_dictionary(parse) -> bool:
    """A parse pymorphy3 read from its dictionary, not guessed by its predictor."""
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=4096)
def _known_name(nominative: str, gender: str) -> bool:
    """Whether pymorphy3's dictionary lists *nominative* as a declinable name of *gender*."""
    for p in _analyzer().parse(nominative):
        tag = p.tag
        if not _from_dictionary(p):
            continue
        if not ({"Name", "Surn"} & tag.grammemes) or "Fixd" in tag or "plur" in tag:
            continue
        if _tag_case(tag) == "nomn" and _tag_gender(tag) in (gender, "ms-f"):
            return True
    return False


@lru_cache(maxsize=4096)
def _token_readings(word: str) -> tuple[tuple[tuple[str, str], tuple[float, str]], ...]:
    """All plausible (gender, case) readings of one lowercase Cyrillic token."""
    readings: _Readings = {}
    if word in _PARTICLE_GENDER:
        for case in _CASES:
            _add(readings, _PARTICLE_GENDER[word], case, _W_SURE, word)
        return tuple(readings.items())

    # Suffix rules first: they are exact for these surname and patronymic types, whereas the
    # dictionary has many gaps there and the predictor guesses.
    by_rule = False
    for stem_re, par in (
        (_OV_STEM, _OV),
        (_SKY_STEM, _SKY),
        (_PATR_MASC_STEM, _PATR_MASC),
        (_PATR_FEMN_STEM, _PATR_FEMN),
    ):
        by_rule |= _add_paradigm(readings, word, stem_re, par)
    parses = _analyzer().parse(word)
    _add_dictionary_readings(readings, word, parses, by_rule)
    _add_shape_readings(readings, word)
    _add_indeclinable_readings(readings, word)
    if not by_rule:
        _nudge_by_statistics(readings, parses)
    return tuple(readings.items())


def _add_dictionary_readings(readings: _Readings, word: str, parses, by_rule: bool) -> None:
    """The readings pymorphy3's dictionary gives the word as a name."""
    for p in parses:
        tag = p.tag
        if not _from_dictionary(p):
            continue
        if not ({"Name", "Surn", "Patr"} & tag.grammemes) or "plur" in tag:
            continue
        if by_rule and "Name" not in tag:
            continue
        case = _tag_case(tag)
        gender = _tag_gender(tag)
        if case not in _CASES or gender is None:
            continue
        if "Fixd" in tag:
            # The dictionary lists some oblique forms as indeclinable names of their own
            # (a masculine 'Гулзаду'); a real indeclinable name usually ends in a consonant.
            weight = _W_SURE if word[-1] in _CONSONANTS else _W_WEAK
            nominative = word
        else:
            weight = _W_SURE
            inflected = p.inflect({"sing", "nomn"})
            nominative = inflected.word if inflected else p.normal_form
        _add(readings, gender, case, weight, nominative)


def _add_shape_readings(readings: _Readings, word: str) -> None:
    """The readings the word's ending allows, by the declension of names it does not know."""
    for gender, nom_end, obl_end, cases, weight in _SHAPES:
        if not word.endswith(obl_end) or len(word) <= len(obl_end) + 1:
            continue
        stem = word[: len(word) - len(obl_end)]
        if not _ending_fits(stem[-1], nom_end, obl_end):
            continue
        nominative = stem + nom_end
        w = _W_SURE if _known_name(nominative, gender) else weight
        for case in cases:
            _add(readings, gender, case, w, nominative)


def _ending_fits(last: str, nom_end: str, obl_end: str) -> bool:
    """Whether a stem ending in `last` takes these endings (spelling rules: -и not -ы after
    г/к/х and sibilants, -ем not -ом after them)."""
    if nom_end in ("", "а") and last not in _CONSONANTS:
        return False
    if nom_end == "я" and last not in _CONSONANTS and last not in "иь":
        return False
    if nom_end == "й" and last not in _VOWELS:
        return False
    if nom_end == "ь" and last not in _CONSONANTS:
        return False
    if nom_end == "а" and obl_end == "ы" and last in _VELAR_SIBILANT:
        return False
    if nom_end == "а" and obl_end == "и" and last not in _VELAR_SIBILANT:
        return False
    # After ж, ш, ч, щ and ц an unstressed -ой is written -ей (Ласицей), and -я is not written.
    if nom_end == "а" and obl_end == "ей" and last not in "жшчщц":
        return False
    if nom_end == "я" and last in "жшчщц":
        return False
    return not (nom_end == "" and obl_end == "ем" and last not in "жшчщц")


# Azerbaijani and Central Asian surnames that never decline: Мамедли, Гасанлы, Вагифгызы.
_TURKIC_SURNAME = re.compile(r"(?:ли|лы|гызы|кызы|\w{4}заде)$")


def _add_indeclinable_readings(readings: _Readings, word: str) -> None:
    """Names that do not decline: women's names ending in a consonant (Жанар, Гульшан,
    Солтан), Turkic surnames (Мамедли, Вагифгызы), and vowel-final foreign names of either
    gender (Алсу)."""
    if _TURKIC_SURNAME.search(word) and len(word) > 5:
        for gender in _GENDERS:
            for case in _CASES:
                _add(readings, gender, case, _W_SURE, word)
    elif word[-1] in _CONSONANTS or word[-1] == "ь":
        for case in _CASES:
            _add(readings, "femn", case, _W_GUESS, word)
    elif word[-1] in "еиоуыэю":
        for gender in _GENDERS:
            for case in _CASES:
                _add(readings, gender, case, _W_WEAK, word)


def _nudge_by_statistics(readings: _Readings, parses) -> None:
    """pymorphy3's own statistics for the word (any noun, dictionary or predictor) nudge
    between otherwise equal readings: 'Ойуба' looks like a man's genitive rather than a
    woman's name. Not for -ов/-ова surnames, whose form never tells the gender."""
    nudges: dict[tuple[str | None, str | None], float] = {}
    for p in parses:
        tag = p.tag
        if tag.POS != "NOUN" or "plur" in tag or {"Geox", "Orgn", "Trad"} & tag.grammemes:
            continue
        key = (_tag_gender(tag), _tag_case(tag))
        nudges[key] = nudges.get(key, 0.0) + p.score * _W_PREDICTOR
    for key, (weight, nominative) in readings.items():
        readings[key] = (weight + nudges.get(key, 0.0), nominative)


def _restore_case(original: str, new: str) -> str:
    if new == original.lower():
        return original
    if "ё" not in original.lower():
        # Keep the source's spelling convention: most texts write 'Петр', not 'Пётр'.
        new = new.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _nominative_word(word: str, gender: str, case: str) -> tuple[float, str]:
    """Best (weight, nominative) for *word* read as *gender*/*case*; hyphen parts separately."""
    parts = word.split("-")
    total = 0.0
    out = []
    for part in parts:
        low = part.lower()
        if not _CYRILLIC.search(part) or len(low) < 2:
            out.append(part)
            continue
        readings = dict(_token_readings(low))
        weight, nominative = readings.get((gender, case), (0.0, low))
        total += weight
        out.append(_restore_case(part, nominative))
    return total / len(parts), "-".join(out)


@lru_cache(maxsize=4096)
def is_name_word_ru(word: str) -> bool:
    """Whether pymorphy3's dictionary lists the word, in any case, as a first name, surname or
    patronymic, or it declines as a Russian surname or patronymic does ('Ласице' is a first
    name's dative; 'Акунбеков' a surname)."""
    word = word.lower().strip(".,")
    if word in _PARTICLE_GENDER or (_TURKIC_SURNAME.search(word) and len(word) > 5):
        return True
    for stem_re, par in ((_OV_STEM, _OV), (_SKY_STEM, _SKY), (_PATR_MASC_STEM, _PATR_MASC)):
        if _add_paradigm({}, word, stem_re, par):
            return True
    return any(
        _from_dictionary(p) and {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in _analyzer().parse(word)
    )


def to_nominative_ru(name: str, *, gender: str | None = None) -> str:
    """Bring a Russian personal-name phrase (1-4 tokens, any case) to the nominative.

    Gender and case are chosen for the phrase as a whole, so that an ambiguous token is settled
    by the others: 'Орлова' is a man's genitive after 'Олега' but a woman's nominative after
    'Анна'. Capitalisation is kept; non-Cyrillic input is returned unchanged.

    Some phrases are ambiguous in themselves ('Фарида Тухбатуллина' is a woman, or a man in the
    genitive; a lone 'Секербаеву'); they are left as written or read as pymorphy3 prefers.
    A caller who knows the person's gender (from 'правозащитница', or from the English text)
    can pass ``gender="masc"`` or ``gender="femn"``.
    """
    if not _CYRILLIC.search(name):
        return name
    pieces = re.split(r"(\s+)", name.strip())
    words = [p for p in pieces if p and not p.isspace()]
    if not words:
        return name

    it = iter(_best_reading(words, gender))
    result = "".join(p if (not p or p.isspace()) else next(it) for p in pieces)
    # Keep the caller's surrounding whitespace, which strip() removed before splitting.
    lead = name[: len(name) - len(name.lstrip())]
    trail = name[len(name.rstrip()) :]
    return lead + result + trail


def _best_reading(words: list[str], gender: str | None) -> list[str]:
    """The words in the nominative, read in the one gender and case that fits them best."""
    best: tuple[float, list[str]] | None = None
    for g in (gender,) if gender in _GENDERS else _GENDERS:
        for case in _CASES:
            score = _W_NOMN if case == "nomn" else 0.0
            forms = []
            for word in words:
                weight, form = _nominative_word(word, g, case)
                score += weight
                forms.append(form)
            if best is None or score > best[0] + 1e-9:
                best = (score, forms)
    assert best is not None
    return best[1]
