"""The 'who they are' sentences of a defender's page: sentences whose subject is the person
and which say who they are, never an event or a dateline. Snippets from the sample."""

from __future__ import annotations

import pytest

from hrdarchive.mentions import profile_sentences


@pytest.mark.parametrize(
    "name, text, lang",
    [
        ("Zhanar Sekerbayeva",
         "Zhanar Sekerbayeva is a journalist, poet, researcher and PhD in Social sciences.", "en"),
        ("Гулзада Сержан",
         "Гулзада Сержан и Жанар Секербаева – правозащитницы, ЛГБТИК+ активистки.", "ru"),
        ("Abdulmajid Rizoev",
         "Human rights defender Abdulmajid Rizoev is a lawyer, formerly of “Amparo”.", "en"),
        ("Anar Mammadli",
         "Paris-Geneva, August 2, 2024 – Anar Mammadli, who heads the EMDS, was arrested.", "en"),
    ],
)  # fmt: skip
def test_a_sentence_that_says_who_the_person_is(name, text, lang):
    assert profile_sentences([name], [text], lang) != []


@pytest.mark.parametrize(
    "name, text, lang",
    [
        ("Гулзада Сержан",
         "Один из этих мужчин забрал телефон у Гулзады Сержан, который он позже передал "
         "сотруднику полиции.", "ru"),
        ("Oyub Titiev",
         "Mr. Oyub Titiev is being prosecuted under Article 228 of the Criminal Code.", "en"),
        ("Zhanar Sekerbayeva",
         "Zhanar Sekerbayeva was charged with “assaulting state representatives”.", "en"),
        ("Abdulmajid Rizoev",
         "On 14 June 2021, Abdulmajid Rizoev, a lawyer, was sentenced.", "en"),
    ],
)  # fmt: skip
def test_an_event_is_not_who_they_are(name, text, lang):
    assert profile_sentences([name], [text], lang) == []


def test_a_dateline_is_cut_from_the_sentence():
    text = "Paris-Geneva, August 2, 2024 – Anar Mammadli, who heads the EMDS, was arrested."
    assert profile_sentences(["Anar Mammadli"], [text], "en") == [
        "Anar Mammadli, who heads the EMDS, was arrested."
    ]
