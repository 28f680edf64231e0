"""Country names in English and Russian, from pycountry's ISO 3166 data and its Russian
translation, plus a small table of the variants statements use (Kirghizia, Белоруссия, Russia).

Contract: `lookup` resolves a whole name (any case of letters, either language) to an ISO
3166-1 alpha-2 code or None; `mentions` counts the countries a text names, Russian names in
any grammatical case.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from functools import cache

import pycountry
from anyascii import anyascii

from .model import Lang

# Variants pycountry does not carry, seen in statements. Code -> names.
ALIASES: dict[str, list[str]] = {
    "RU": ["Russia", "Россия", "РФ"],
    "BY": ["Belorussia", "Byelorussia", "Белоруссия", "Белорусь"],
    "KG": ["Kirghizia", "Kirgizia", "Кыргызстан", "Кыргызская Республика"],
    "MD": ["Moldova", "Молдова"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "TR": ["Turkey", "Turkiye"],
    "CZ": ["Czech Republic"],
    "GB": ["UK", "Britain", "Great Britain"],
    "US": ["USA", "United States of America", "США"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo"],
    "PS": ["Palestine", "Occupied Palestinian Territory", "Палестина"],
    "KZ": ["Qazaqstan"],
}


@cache
def _russian() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError:  # pragma: no cover - pycountry always ships it
        return gettext.NullTranslations()


def _english_names(country) -> list[str]:
    return [
        n
        for n in (
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
        )
        if n
    ]


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for name in _english_names(country):
            for variant in (name, _russian().gettext(name)):
                index.setdefault(_key(variant), country.alpha_2)
            # "Moldova, Republic of" is also written "Republic of Moldova"
            if ", " in name:
                head, tail = name.split(", ", 1)
                index.setdefault(_key(f"{tail} {head}"), country.alpha_2)
                index.setdefault(_key(head), country.alpha_2)
    for code, names in ALIASES.items():
        for name in names:
            index[_key(name)] = code
    return index


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("ё", "е").replace("Ё", "Е")).strip().casefold()


def lookup(name: str) -> str | None:
    """ISO alpha-2 code of a country named exactly by `name`, or None."""
    name = name.strip().strip(".:;,")
    if len(name) == 2 and name.isupper() and pycountry.countries.get(alpha_2=name):
        return name
    return _index().get(_key(name))


def name(code: str, lang: Lang) -> str:
    """The country's name in `lang`: pycountry's common name, translated for Russian."""
    country = pycountry.countries.get(alpha_2=code)
    english = _english_names(country)[0]
    return english if lang == "en" else _russian().gettext(english)


def slug(code: str) -> str:
    """ASCII slug of the English name: 'russian-federation'."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name(code, "en")).lower()).strip("-")


@cache
def _mention_pattern() -> re.Pattern[str]:
    variants = []
    for key in _index():
        if len(key) < 4:
            continue
        if re.search(r"[а-я]", key):
            # Russian names decline: match the stem and a short ending (Казахстана, России).
            stem = re.sub(r"[аяьйеиоы]$", "", re.escape(key))
            variants.append(stem + r"[а-яё]{0,4}")
        else:
            variants.append(re.escape(key))
    variants.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(variants) + r")(?![\w-])", re.I)


@cache
def _stem_index() -> dict[str, str]:
    return {re.sub(r"[аяьйеиоы]$", "", k): code for k, code in _index().items()}


# A short country name ('Мали', 'Гана', 'Того') is read only capitalised and with a noun's
# case ending: 'малые', 'того' and 'Ганди' are none. Longer ones are read in adjectives too
# ('беларусских', 'казахстанская').
SHORT_STEM = 5
_NOUN_ENDINGS = frozenset({"", "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем"})


def mentions(text: str) -> Counter[str]:
    """How often `text` names each country (by code)."""
    found: Counter[str] = Counter()
    for match in _mention_pattern().finditer(text):
        word = match.group(0)
        words = _key(word)
        code = _index().get(words)
        if code is not None and len(words) < SHORT_STEM and not word[:1].isupper():
            code = None  # 'того', 'чад'
        elif code is None:
            code = _by_stem(words, capitalised=word[:1].isupper())
        if code:
            found[code] += 1
    return found


def _by_stem(words: str, capitalised: bool) -> str | None:
    for cut in range(0, 5):
        stem = words[: len(words) - cut] if cut else words
        for candidate in (stem, re.sub(r"[аяьйеиоы]$", "", stem)):
            code = _stem_index().get(candidate)
            if code is None:
                continue
            short = len(candidate) < SHORT_STEM
            if short and (not capitalised or words[len(candidate) :] not in _NOUN_ENDINGS):
                return None
            return code
    return None
