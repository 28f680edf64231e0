"""A long defenders' index, a page per letter: in each language the letters its names (surname
first) begin with, each a link to a page of the people under it, linking the other letters."""

from __future__ import annotations

import re

import pytest

from hrdarchive.pages.letters import letter_stem

from .conftest import render_sample_with


@pytest.fixture(scope="module")
def lettered_site():
    return render_sample_with(LETTER_PAGES_FROM=1)


def test_letters_are_named_for_their_language():
    assert letter_stem("en", "S") == "defenders/by-letter/en-s"
    assert letter_stem("ru", "Ж") == "defenders/by-letter/ru-zh"
    assert letter_stem("ru", "W") == "defenders/by-letter/ru-latin-w"


def test_each_language_lists_its_own_letters(lettered_site):
    pages = lettered_site.pages
    assert "[S](by-letter/en-s.md) — " in pages["defenders/index.en.md"]
    ru_index = pages["defenders/index.ru.md"]
    assert "[С](by-letter/ru-s.md) — " in ru_index and "by-letter/en-" not in ru_index


def test_a_letter_page_lists_its_people_and_links_the_other_letters(lettered_site):
    pages = lettered_site.pages
    s = pages["defenders/by-letter/ru-s.ru.md"]
    assert "# Правозащитники от А до Я: С" in s
    assert "Секербаева, Жанар" in s and "Сержан, Гулзада" in s
    assert "[Правозащитники от А до Я](../index.md):" in s
    assert "**С** (" in s and re.search(r"\[Т\]\(ru-t\.md\) \(\d+\)", s)
    assert 'href="../../../ru/defenders/' not in s  # the page's own language: relative links
    assert 'href="../../../defenders/zhanar-sekerbayeva/"' in s
    # The same people on the English page of the same letter, in English
    assert "Sekerbayeva, Zhanar" in pages["defenders/by-letter/ru-s.en.md"]


def test_every_defender_is_under_one_letter_in_each_language(lettered_site):
    pages = lettered_site.pages
    for lang in ("en", "ru"):
        listed = re.findall(
            r'href="\.\./\.\./\.\./defenders/([\w-]+)/"',
            "".join(
                text
                for path, text in pages.items()
                if path.startswith(f"defenders/by-letter/{lang}-") and path.endswith(f".{lang}.md")
            ),
        )
        people = {p.split("/")[1][:-6] for p in pages if re.match(r"defenders/[\w-]+\.en\.md$", p)}
        assert sorted(listed) == sorted(people - {"index"})
