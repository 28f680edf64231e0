"""Defenders named with no role word: lists of defendants or detainees, and people a sentence
says were arrested or sentenced; a name counts only with a person's evidence. The snippets are
copied from real statements in the fixture sets."""

from __future__ import annotations

import pytest

from hrdarchive import namekeys, names
from hrdarchive.affected import affected_people
from hrdarchive.people import find_defenders
from hrdarchive.persons import is_person


def defenders(text: str, lang: str = "en", title: str | None = None) -> list[str]:
    paragraphs = [p for p in text.split("\n\n") if p]
    return find_defenders([], title, text, lang, paragraphs)


@pytest.mark.parametrize(
    "phrase",
    ["Bakhtiyar Guliyev", "Ihar Alienevich", "Uzeyir Mammadli", "Леониду Судаленко",
     "Татьяной Ласицей", "Севиндж Вагифгызы", "Сапар Акунбеков"],
)  # fmt: skip
def test_a_persons_name_has_evidence(phrase):
    assert is_person(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["On August", "The Government", "Mr Ruziev", "State Security", "Temirov Live",
     "Хьюман Райтс Вотч", "Власти Узбекистана", "Ashara Media"],
)  # fmt: skip
def test_places_offices_and_groups_have_none(phrase):
    assert not is_person(phrase)


def test_a_list_of_defendants_after_a_dash():
    text = (
        "The eight defendants – Rashadat Akhundov, Rashad Hasanov, Bakhtiyar Guliyev, Shahin "
        "Novruzlu, Mammad Azizov, Zaur Qurbanli, Uzeyir Mammadli and Ilkin Rustamzade – "
        "immediately went on hunger strike and demanded that the judge acquit them."
    )
    assert sorted(defenders(text)) == sorted(
        [
            "Rashadat Akhundov",
            "Rashad Hasanov",
            "Bakhtiyar Guliyev",
            "Shahin Novruzlu",
            "Mammad Azizov",
            "Zaur Qurbanli",
            "Uzeyir Mammadli",
            "Ilkin Rustamzade",
        ]
    )


def test_a_list_with_affiliations_broken_by_an_item_that_is_no_name():
    text = (
        "Those detained include Temesgen Desalegn (Feteh Magazine), Yayesew Shimelis (Ethio "
        "Forum Media), Gashaye Nigussie (Ashara Media), Daniel Mesfin (Ashara Media), four "
        "unidentified employees of Nisir "
        "International Broadcasting, Meskerem Abera (Ethio Nekat Media), Meaza Mohammod (Roha "
        "Media), and Solomon Shumeye (Gebeyanu Media)."
    )
    assert defenders(text) == [
        "Temesgen Desalegn",
        "Yayesew Shimelis",
        "Gashaye Nigussie",
        "Daniel Mesfin",
        "Meskerem Abera",
        "Meaza Mohammod",
        "Solomon Shumeye",
    ]


def test_russian_names_in_oblique_cases_with_no_role_word():
    text = (
        "Гомельский областной суд вынес приговор Леониду Судаленко и Татьяне Ласице. Суд "
        "приговорил их к лишению свободы."
    )
    assert defenders(text, "ru") == ["Леонид Судаленко", "Татьяна Ласица"]


def test_a_list_of_members_of_parliament_is_not_of_defenders():
    text = (
        "We thank everyone who worked hard for the release of Ales, as well as the members of "
        "parliament Marek Migalski, Marieluise Beck and Katrin Eckardt."
    )
    listed, affected = affected_people([text], "en")
    assert "Marieluise Beck" in listed  # a list; the official's title drops it in people
    assert defenders(text) == []


def test_places_lawyers_and_people_quoted_are_not_defenders():
    text = (
        "Maritza Quiroz Leiva was killed by armed men who broke into her property in San "
        "Isidro, in Sierra Nevada, Santa Marta.\n\n"
        "Gurbanli's lawyer, Ashabali Mustafayev, told Radio Liberty that his client was "
        "arrested."
    )
    assert defenders(text) == ["Maritza Quiroz Leiva"]
    russian = (
        "Правозащитницу Бахытжан Торегожину доставили в РУВД, где потребовали написать "
        "объяснительную. Она отказалась и настояла на приглашении своего адвоката Галыма "
        "Нурпеисова."
    )
    assert defenders(russian, "ru") == ["Бахытжан Торегожина"]


def test_a_turkic_surname_does_not_decline():
    assert names.to_nominative_ru("Узеир Мамедли") == "Узеир Мамедли"
    assert names.to_nominative_ru("Севиндж Вагифгызы") == "Севиндж Вагифгызы"


@pytest.mark.parametrize(
    "a, b",
    [("Ales Bialiatski", "Алесь Беляцкий"), ("Rashad Hasanov", "Рашад Гасанов"),
     ("Zaur Qurbanli", "Заур Гурбанлы"), ("Talgat Ayan", "Talgat Ayanov")],
)  # fmt: skip
def test_spellings_across_scripts_meet_in_one_block_and_match(a, b):
    assert namekeys.surname_blocks(a) & namekeys.surname_blocks(b)
    assert namekeys.name_similarity(a, b) >= namekeys.SAME_PERSON_THRESHOLD
