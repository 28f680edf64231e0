"""Tests for hrdarchive.names, on name forms taken from the shared corpus.

Seeds 000/003 (Front Line Defenders, Kazakhstan, 2021) give the oblique Russian forms of
Жанар Секербаева and Гулзада Сержан; real/011 and real/046 give Гульшан Караевой and
Солтан Ачиловой; the English files give Oyub Titiev, Oleg Orlov, Abdulmajid Rizoev.
"""

import math

import pytest

from hrdarchive import namekeys, names

# --- to_nominative_ru -----------------------------------------------------------------------

REQUIRED = [
    ("Жанар Секербаеву", "Жанар Секербаева"),
    ("Жанар Секербаевой", "Жанар Секербаева"),
    ("Гулзаду Сержан", "Гулзада Сержан"),
    ("Гулзады Сержан", "Гулзада Сержан"),
    ("Гулзаде Сержан", "Гулзада Сержан"),
    ("Максу Бокаеву", "Макс Бокаев"),
    ("Агзамом Тургуновым", "Агзам Тургунов"),
    ("Гульшан Караевой", "Гульшан Караева"),
    ("Солтан Ачиловой", "Солтан Ачилова"),
    ("Олега Орлова", "Олег Орлов"),
    ("Ойуба Титиева", "Ойуб Титиев"),
]


@pytest.mark.parametrize(("oblique", "nominative"), REQUIRED)
def test_oblique_forms_become_nominative(oblique: str, nominative: str) -> None:
    assert names.to_nominative_ru(oblique) == nominative


@pytest.mark.parametrize(
    "nominative",
    [
        "Жанар Секербаева",
        "Гулзада Сержан",
        "Макс Бокаев",
        "Солтан Ачилова",
        "Оюб Титиев",
        "Гульшан Караева",
        "Абдулмаджид Ризоев",
        "Арман Арипшанов",
        "Алтынай Жорабаева",
        "Калыбаев Галымжан",
    ],
)
def test_nominative_input_is_unchanged(nominative: str) -> None:
    assert names.to_nominative_ru(nominative) == nominative


@pytest.mark.parametrize(
    ("oblique", "nominative"),
    [
        ("Агзамом Тургуновым", "Агзам Тургунов"),
        ("Фаридом Тухбатуллиным", "Фарид Тухбатуллин"),
        ("Абдулмаджида Ризоева", "Абдулмаджид Ризоев"),
        ("Армана Арипшанова", "Арман Арипшанов"),
        ("Галымжана Калыбаева", "Галымжан Калыбаев"),
    ],
)
def test_unknown_ov_in_surnames_use_suffix_rules(oblique: str, nominative: str) -> None:
    # pymorphy3 alone reads 'Тургуновым' as a form of 'тургуновое'.
    assert names.to_nominative_ru(oblique) == nominative


@pytest.mark.parametrize(
    ("oblique", "nominative"),
    [
        ("Гульшан Караевой", "Гульшан Караева"),
        ("Гульшан Караеву", "Гульшан Караева"),
        ("Солтан Ачиловой", "Солтан Ачилова"),
        ("Солтан Ачилову", "Солтан Ачилова"),
        ("Жанар Секербаевою", "Жанар Секербаева"),
    ],
)
def test_indeclinable_womens_first_names_stay(oblique: str, nominative: str) -> None:
    # 'Солтан' is a man's name in the dictionary; the feminine surname decides.
    assert names.to_nominative_ru(oblique) == nominative


@pytest.mark.parametrize(
    ("oblique", "nominative"),
    [
        ("Олега Орлова", "Олег Орлов"),
        ("Олегом Петровичем Орловым", "Олег Петрович Орлов"),
        ("Анну Политковскую", "Анна Политковская"),
        ("Натальи Эстемировой", "Наталья Эстемирова"),
        ("Юрия Дмитриева", "Юрий Дмитриев"),
    ],
)
def test_russian_names_patronymics_and_sky_surnames(oblique: str, nominative: str) -> None:
    assert names.to_nominative_ru(oblique) == nominative


def test_capitalisation_and_spacing_are_kept() -> None:
    assert names.to_nominative_ru("МАКСУ БОКАЕВУ") == "МАКС БОКАЕВ"
    assert names.to_nominative_ru(" Олега  Орлова ") == " Олег  Орлов "


def test_yo_is_not_introduced() -> None:
    # The texts write 'Петр'; the dictionary's normal form is 'пётр'.
    assert names.to_nominative_ru("Петру Заикину") == "Петр Заикин"


@pytest.mark.parametrize("latin", ["Zhanar Sekerbayeva", "Oleg Orlov", "", "Verónica Vidal"])
def test_non_cyrillic_input_is_returned_unchanged(latin: str) -> None:
    assert names.to_nominative_ru(latin) == latin


def test_gender_hint_settles_an_ambiguous_phrase() -> None:
    # 'Фарида Тухбатуллина' is a woman's name, or a man's in the genitive.
    assert names.to_nominative_ru("Фарида Тухбатуллина", gender="masc") == "Фарид Тухбатуллин"
    assert names.to_nominative_ru("Багила Балтабаева", gender="femn") == "Багила Балтабаева"


# --- latin_key ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variants",
    [
        ("Sekerbayeva", "Секербаева", "Sekerbaeva"),
        ("Bokaev", "Bokayev", "Бокаев"),
        ("Azimjan", "Azimzhan", "Азимджан"),
        ("Serzhan", "Сержан", "Serjan"),
        ("Gulshan", "Гульшан", "Gul'shan"),
        ("Karaeva", "Караева", "Karayeva"),
        ("Oyub Titiev", "Оюб Титиев", "Ойуб Титиев"),
        ("Abdulmajid Rizoev", "Абдулмаджид Ризоев"),
        ("Tuhbatullin", "Tukhbatullin", "Тухбатуллин"),
        ("Soltan Achilova", "Солтан Ачилова", "Soltan Açylowa"),
    ],
)
def test_latin_key_folds_transliteration_variants(variants: tuple[str, ...]) -> None:
    keys = {namekeys.latin_key(v) for v in variants}
    assert len(keys) == 1, keys


def test_latin_key_azimjon_is_near_azimjan() -> None:
    assert namekeys.name_similarity("Azimjon", "Azimjan") >= namekeys.SAME_PERSON_THRESHOLD


def test_latin_key_is_lowercase_ascii_words() -> None:
    assert namekeys.latin_key("  Verónica   VIDAL-Pérez ") == "veronica vidal perez"
    assert namekeys.latin_key("«Жанар»") == "janar"


# --- name_similarity ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zhanar Sekerbayeva", "Жанар Секербаева"),
        ("Gulzada Serzhan", "Гулзада Сержан"),
        ("Gulshan Karaeva", "Гульшан Караева"),
        ("Soltan Achilova", "Солтан Ачилова"),
        ("Oyub Titiev", "Оюб Титиев"),
        ("Oleg Orlov", "Олег Орлов"),
        ("Max Bokayev", "Макс Бокаев"),
        ("Abdulmajid Rizoev", "Абдулмаджид Ризоев"),
        ("Anar Mammadli", "Анар Мамедли"),
        ("Azimjan Askarov", "Азимжон Аскаров"),
        ("Kalybaev Galymzhan", "Galymzhan Kalybaev"),
        ("Sekerbayeva", "Zhanar Sekerbayeva"),
        ("O. Orlov", "Oleg Orlov"),
        ("Oleg Petrovich Orlov", "Oleg Orlov"),
    ],
)
def test_variants_of_one_person_reach_threshold(a: str, b: str) -> None:
    assert namekeys.name_similarity(a, b) >= namekeys.SAME_PERSON_THRESHOLD
    assert namekeys.name_similarity(b, a) == namekeys.name_similarity(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zhanar Sekerbayeva", "Aigul Sekerbayeva"),
        ("Soltan Achilova", "Maya Achilova"),  # her daughter, named in real/027
        ("Oleg Orlov", "Oleg Petrov"),
        ("Zhanar", "Zhanar Sekerbayeva"),
    ],
)
def test_different_people_stay_below_threshold(a: str, b: str) -> None:
    assert namekeys.name_similarity(a, b) < namekeys.SAME_PERSON_THRESHOLD


def test_shared_surname_scores_clearly_below_variants() -> None:
    variant = namekeys.name_similarity("Zhanar Sekerbayeva", "Жанар Секербаева")
    relative = namekeys.name_similarity("Zhanar Sekerbayeva", "Aigul Sekerbayeva")
    assert variant - relative > 0.3


def test_unrelated_people_score_far_below() -> None:
    assert namekeys.name_similarity("Oleg Orlov", "Oyub Titiev") < 0.4


@pytest.mark.parametrize(("a", "b"), [("", "Oleg Orlov"), ("Oleg Orlov", "--")])
def test_similarity_of_empty_name_is_zero(a: str, b: str) -> None:
    assert namekeys.name_similarity(a, b) == 0.0


def test_a_sentence_taken_for_a_name_is_cut_to_a_few_words(monkeypatch) -> None:
    """Pairings grow with the factorial of the words (a 13-word sentence against another:
    billions); past MAX_NAME_WORDS words they are cut."""
    tried = []
    real = namekeys.permutations

    def counted(*args):
        for pairing in real(*args):
            tried.append(pairing)
            yield pairing

    monkeypatch.setattr(namekeys, "permutations", counted)
    long_a = "the human rights defender was detained by police officers in the capital city"
    long_b = "human rights defenders were detained by the police in the capital city again"
    namekeys.name_similarity.cache_clear()
    namekeys.name_similarity(long_a, long_b)
    assert 0 < len(tried) <= math.perm(namekeys.MAX_NAME_WORDS)


# --- surname_key ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Zhanar Sekerbayeva", "sekerbaeva"),
        ("Жанар Секербаева", "sekerbaeva"),
        ("Sekerbayeva", "sekerbaeva"),
        ("Gulzada Serzhan", "serjan"),
        ("Kalybaev Galymzhan", "kalibaev"),
        ("Олег Петрович Орлов", "orlov"),
        ("", ""),
    ],
)
def test_surname_key(name: str, key: str) -> None:
    assert namekeys.surname_key(name) == key
