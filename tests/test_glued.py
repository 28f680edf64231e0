"""Words a PDF ran together at line joins, split only where word lists prove it. The glued
words are from statements of the sample and the fixture sets as their PDFs read."""

from __future__ import annotations

import pytest

from hrdarchive.glued import split_glued


@pytest.mark.parametrize(
    "glued, split",
    [
        ("Mr. Oyub Titiev isbeing prosecuted", "Mr. Oyub Titiev is being prosecuted"),
        ("is beingdetained at the", "is being detained at the"),
        ("Headof the Human Rights Center (HRC)", "Head of the Human Rights Center (HRC)"),
        ("According to the informationreceived,", "According to the information received,"),
        ("to threemonths of detention", "to three months of detention"),
        ("detained in Baku,where she lives", "detained in Baku, where she lives"),
        ("under Article192.2.2 of the Code", "under Article 192.2.2 of the Code"),
    ],
)
def test_english_words_run_together_are_split(glued, split):
    assert split_glued(glued, "en") == split


def test_russian_words_run_together_are_split_at_a_preposition_or_conjunction():
    text = "была задержана ичерез три дня доставлена вРУВД по статьи192 УК"
    assert split_glued(text, "ru") == (
        "была задержана и через три дня доставлена в РУВД по статьи 192 УК"
    )


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sekerbayeva, Mammadli, Rustamzade, Karasartova, Hajizade, Rakhmonkhujaev", "en"),
        ("Greenpeace, WhatsApp, Bloomberg, nowhere, cannot, notwithstanding", "en"),
        ("{{ config.extra }}", "en"),
        ("Stepan Bragin, Vladimir Putin and Anton Armand", "en"),  # not 'Brag in', 'Put in'
        # British spellings the American list lacks: not 'of fence', 'program me'
        (
            "an offence under the programme; targetting, travelling, organisation",
            "en",
        ),  # 'con' and 'fig' are words, but no function words
        ("1,000 people; 2.5 million", "en"),
        ("Рустамзаде, Гулзаде, Секербаевой; невозможно, поскольку, впрочем, навстречу", "ru"),
    ],
)
def test_names_and_words_of_the_lists_are_left_alone(text, lang):
    assert split_glued(text, lang) == text
