"""Russian forms the statements need: personal names in the six cases, nouns declined or agreeing
with a number.

Names come from pymorphy3's dictionary wherever it knows the word as a first name (its tag
`Name`) or a surname (`Surn`) of the person's gender; for the many Central Asian and Caucasian
names it does not know, from the generator's own rules below, each the textbook rule for its
kind of name. `Declension.rule` says which rule made a name's forms ('' for the dictionary), so
that the answer key can say so. A name whose forms neither can settle raises `CannotDecline`,
and the name lists leave it out (synthetic/names.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pymorphy3

CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
_GRAMMEMES = dict(zip(CASES, ("nomn", "gent", "datv", "accs", "ablt", "loct"), strict=True))
_GENDERS = {"m": "masc", "f": "femn"}
_VOWELS = "аеёиоуыэюя"
_HUSHING = "жшчщц"  # after these the ending is -ем/-ей unstressed, -ом/-ой stressed
_VELAR_HUSHING = "гкхжшчщ"  # after these Russian spelling writes -и, not -ы


class CannotDecline(ValueError):
    """Neither pymorphy3's dictionary nor a rule of the generator's gives this name's forms."""


@dataclass(frozen=True)
class Declension:
    forms: tuple[str, ...]  # in the order of CASES
    rule: str = ""  # the generator's rule that made the forms; '' when pymorphy3's dictionary did

    def __getitem__(self, case: str) -> str:
        return self.forms[CASES.index(case)]


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def _capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


def _from_dictionary(word: str, label: str, gender: str) -> Declension | None:
    """The word's forms from a dictionary lexeme tagged `label` (Name or Surn) of the gender,
    whose nominative singular is the word itself. A woman's -ова is a form of the masculine
    surname's lexeme (Секербаев: Секербаева, Секербаевой), so for surnames a masculine lexeme
    also serves when it has feminine forms."""
    parses = [
        p
        for p in analyzer().parse(word)
        if label in p.tag
        and p.tag.case == "nomn"
        and p.tag.number == "sing"
        and p.normal_form == word.lower()
    ]
    grammeme = _GENDERS[gender]
    wanted = (grammeme, "ms-f") + (("masc",) if label == "Surn" else ())
    for tag in wanted:
        for parse in parses:
            if tag not in parse.tag:
                continue
            if gender == "m" and "Fixd" in parse.tag and word[-1] not in _VOWELS:
                # OpenCorpora lists some surnames (Савчук) as indeclinable for men and women
                # alike; a man's surname ending in a consonant declines (Савчука), so a rule
                # declines it instead.
                continue
            extra = {grammeme} if tag == "masc" and gender == "f" else set()
            forms = [parse.inflect({_GRAMMEMES[case], "sing"} | extra) for case in CASES]
            if all(forms):
                return Declension(tuple(_capitalised(f.word) for f in forms))
    return None


def _same(word: str, rule: str) -> Declension:
    return Declension((word,) * len(CASES), rule)


def _declension(stem: str, endings: str, rule: str) -> Declension:
    """`endings`: the six case endings, space-separated, '-' for none."""
    return Declension(tuple(stem + e.strip("-") for e in endings.split()), rule)


def _first_declension(word: str, rule: str) -> Declension:
    """Names in -а/-я (Мадина, Жансая, Натия)."""
    stem = word[:-1]
    if word.endswith("ия"):
        return _declension(stem, "я и и ю ей и", rule)
    if word.endswith("я"):
        return _declension(stem, "я и е ю ей е", rule)
    if stem[-1] in _HUSHING:
        raise CannotDecline(
            f"{word}: the instrumental (-ей or -ой) depends on the stress, which the name "
            "lists do not give"
        )
    gen = "и" if stem[-1] in _VELAR_HUSHING else "ы"
    return _declension(stem, f"а {gen} е у ой е", rule)


def _second_declension(word: str, rule: str) -> Declension:
    """Men's names and surnames ending in a consonant (Жандос, Сержан, Кастусь, Станкевич)."""
    if word[-1] in "йь":
        pre = "и" if word.endswith("ий") else "е"
        return _declension(word[:-1], f"{word[-1]} я ю я ем {pre}", rule)
    if word.endswith("ич"):
        # -ович/-евич/-ич surnames are never stressed on -ич: Станкевичем.
        return _declension(word, "- а у а ем е", rule)
    if word[-1] in _HUSHING:
        raise CannotDecline(
            f"{word}: the instrumental (-ем or -ом) depends on the stress, which the name lists "
            "do not give"
        )
    return _declension(word, "- а у а ом е", rule)


def _first_name_rule(name: str, gender: str) -> Declension:
    if name[-1] in "ая":
        return _first_declension(name, "in -а/-я: declined like Мадина")
    if name[-1] in _VOWELS:
        return _same(name, "in a vowel other than -а/-я: not declined")
    if gender == "f":
        return _same(name, "a woman's name in a consonant: not declined")
    return _second_declension(name, "a man's name in a consonant: declined like Руслан")


_POSSESSIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)$")


def _surname_rule(base: str, gender: str) -> Declension:
    if _POSSESSIVE.search(base):
        rule = "a surname in -ов/-ев/-ин: declined like Иванов"
        if gender == "m":
            return _declension(base, "- а у а ым е", rule)
        return _declension(base, "а ой ой у ой ой", rule)
    if base.endswith(("ский", "цкий")):
        rule = "a surname in -ский: declined as an adjective"
        if gender == "m":
            return _declension(base[:-2], "ий ого ому ого им ом", rule)
        return _declension(base[:-2], "ая ой ой ую ой ой", rule)
    if base.endswith("зода"):
        # Tajik -зода surnames are stressed on the last syllable, and Russian does not decline
        # foreign surnames in a stressed -а (Дюма, Тома).
        return _same(base, "a Tajik surname in -зода: not declined")
    if base[-1] in "ая":
        return _first_declension(base, "a surname in -а/-я: declined like Мадина")
    if base[-1] in _VOWELS:
        return _same(base, "in a vowel other than -а/-я: not declined")
    if base.endswith("ец"):
        raise CannotDecline(
            f"{base}: whether the surname keeps its е (Кривеца) or drops it (Кривца) differs by "
            "family"
        )
    if gender == "f":
        return _same(base, "a woman's surname in a consonant: not declined")
    return _second_declension(base, "a man's surname in a consonant: declined as a noun")


@cache
def first_name(name: str, gender: str) -> Declension:
    """A first name in every case, for a man ('m') or a woman ('f')."""
    return _from_dictionary(name, "Name", gender) or _first_name_rule(name, gender)


@cache
def surname(base: str, gender: str) -> Declension:
    """A surname, given in its masculine form (Секербаев), for a man or a woman (Секербаева)."""
    return _from_dictionary(base, "Surn", gender) or _surname_rule(base, gender)


# ---------------------------------------------------------------------------------------------
# Nouns
# ---------------------------------------------------------------------------------------------


@cache
def _lexeme(word: str) -> pymorphy3.analyzer.Parse:
    for parse in analyzer().parse(word):
        if parse.tag.POS == "NOUN" and parse.normal_form == word and parse.tag.case == "nomn":
            return parse
    raise ValueError(f"pymorphy3 does not know the noun {word!r}")


@cache
def noun(word: str, case: str = "nom", plural: bool = False) -> str:
    """A noun (in its dictionary form) in a case: ('судья', 'ins') → 'судьёй'."""
    form = _lexeme(word).inflect({_GRAMMEMES[case], "plur" if plural else "sing"})
    return form.word


@cache
def agreeing(n: int, word: str, case: str = "nom") -> str:
    """The form of a noun after the number n in a case: (3, 'час') → 'часа', (5, 'год', 'gen')
    → 'лет'. pymorphy3 chooses it by the number's plural category, as CLDR (and Babel) name
    them: one (1, 21), few (2–4, 22), many (5–20, 25)."""
    form = _lexeme(word).inflect({_GRAMMEMES[case]}).make_agree_with_number(n).word
    # pymorphy3 gives the dictionary's genitive plural годов; after a number Russian says лет.
    return "лет" if form == "годов" else form


def counted(n: int, word: str, case: str = "nom") -> str:
    """'3 часа', '5 лет'."""
    return f"{n} {agreeing(n, word, case)}"
