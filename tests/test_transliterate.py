"""Names in the reader's script: a defender only English statements name gets a Cyrillic
form on Russian pages, and one only Russian statements name a Latin form on English pages,
marked as transliterations. The names are from the fixture sets' statements."""

from __future__ import annotations

import pytest

from hrdarchive.transliterate import transliterate


@pytest.mark.parametrize(
    "latin, cyrillic",
    [
        ("Bakhtiyar Guliyev", "Бахтияр Гулиев"),  # kh, -iyev
        ("Zhanar Sekerbayeva", "Жанар Секербаева"),
        ("Oyub Titiev", "Оюб Титиев"),
        ("Abdulmajid Rizoev", "Абдулмаджид Ризоев"),  # j
        ("Yevgeniya Chirikova", "Евгения Чирикова"),
        ("Emin Milli", "Эмин Милли"),  # initial e
        ("Dmitriy Tsvetkov", "Дмитрий Цветков"),  # ts, -iy
        ("Natalya Estemirova", "Наталья Эстемирова"),
        ("Aleksandr Shchukin", "Александр Щукин"),
        ("Khadija Ismayilova", "Хадиджа Исмаилова"),
        ("Kelvin Alejandro Romero Martínez", "Келвин Аледжандро Ромеро Мартинез"),
    ],
)
def test_english_spellings_to_cyrillic(latin, cyrillic):
    assert transliterate(latin, "ru") == cyrillic


@pytest.mark.parametrize(
    "cyrillic, latin",
    [
        ("Жанар Секербаева", "Zhanar Sekerbayeva"),
        ("Гулзада Сержан", "Gulzada Serzhan"),
        ("Леонид Судаленко", "Leonid Sudalenko"),
        ("Татьяна Ласица", "Tatyana Lasitsa"),
    ],
)
def test_cyrillic_to_latin_as_english_statements_write_it(cyrillic, latin):
    assert transliterate(cyrillic, "en") == latin


def test_a_name_in_the_scripts_own_letters_is_left_as_it_is():
    assert transliterate("Жанар Секербаева", "ru") == "Жанар Секербаева"
    assert transliterate("Zhanar Sekerbayeva", "en") == "Zhanar Sekerbayeva"


def test_an_editors_spelling_replaces_the_transliteration(tmp_path):
    from hrdarchive.build import build_archive

    from .conftest import STATEMENTS

    source = "013_en_ru-titiev-detention-omct.txt"
    (tmp_path / source).write_bytes((STATEMENTS / source).read_bytes())
    [person] = build_archive(tmp_path).people.values()
    assert person.name("ru") == "Оюб Титиев" and person.transliterated == {"ru": "Оюб Титиев"}
    (tmp_path / source.replace(".txt", ".yml")).write_text(
        "spellings:\n  Oyub Titiev: Оюб Салманович Титиев\n", encoding="utf-8"
    )
    [person] = build_archive(tmp_path).people.values()
    assert person.names["ru"] == "Оюб Салманович Титиев" and not person.transliterated
