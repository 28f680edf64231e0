"""Long lists of cases, a page per year: the cases index always, a country's, a theme's or an
organisation's once it holds more than YEAR_PAGES_FROM cases; links between the parts, and
every case still two clicks from the home page."""

from __future__ import annotations

import re

import markdown
import pytest

from .conftest import render_sample_with


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    """The sample's pages, with every list of more than one case split by year."""
    return render_sample_with(YEAR_PAGES_FROM=1)


def links(page: str) -> list[str]:
    return re.findall(r"\]\(([^)]+\.md)\)|href=\"([^\"]+)\"", page)


def test_a_long_list_links_to_a_page_per_year_and_back(split_site):
    pages = split_site.pages
    country = pages["countries/kazakhstan.en.md"]
    assert "[2021](kazakhstan/2021.md) — 1 case" in country
    assert "[Undated](kazakhstan/undated.md) — 1 case" in country
    year = pages["countries/kazakhstan/2021.ru.md"]
    assert "# Казахстан: дела 2021 года" in year
    assert "[Казахстан](../kazakhstan.md):" in year
    assert "[Без даты](undated.md) (1)" in year and "**2021** (1)" in year
    assert 'href="../../../ru/cases/2021-06-04-' not in year  # links stay in the language
    assert 'href="../../../cases/2021-06-04-zhanar' in year


def test_every_case_is_two_clicks_from_the_home_page(split_site):
    pages = split_site.pages
    home = pages["index.en.md"]
    years = re.findall(r"\]\(cases/(\d{4})\.md\)", home)
    reached = set()
    for year in years:
        reached |= set(
            re.findall(r'href="\.\./\.\./cases/([\w-]+)/"', pages[f"cases/{year}.en.md"])
        )
    dated = {
        stem.split("/")[1][: -len(".en.md")] for stem in pages if re.match(r"cases/\d{4}-", stem)
    }
    assert dated and dated <= reached


def test_the_cases_index_lists_its_years(split_site):
    index = pages_html(split_site.pages["cases/index.en.md"])
    assert "2021.md" in index and "undated.md" in index


def pages_html(page: str) -> str:
    return markdown.markdown(page.split("---", 2)[-1])


def test_a_long_list_of_defenders_names_those_with_most_cases_and_leads_to_all():
    pages = render_sample_with(PEOPLE_ON_A_PAGE=2).pages
    country = pages["countries/kazakhstan.en.md"]
    listed = re.findall(r'href="\.\./\.\./defenders/([\w-]+)/"', country.split("## Defenders")[1])
    assert len(listed) == 2
    assert "The 2 of its 4 defenders named in the most cases; all are in" in country
    assert "](../defenders/index.md)." in country
    whole = render_sample_with().pages["countries/kazakhstan.en.md"]
    every = re.findall(r'href="\.\./\.\./defenders/([\w-]+)/"', whole.split("## Defenders")[1])
    assert "named in the most cases" not in whole and len(every) == 4


def test_a_long_year_is_a_page_per_month():
    pages = render_sample_with(YEAR_PAGES_FROM=1, MONTH_PAGES_FROM=1).pages
    year = pages["cases/2021.ru.md"]
    assert "- [Август](2021/08.md) — 1 дело" in year and "<li>" not in year
    month = pages["cases/2021/06.ru.md"]
    assert "# Дела за июнь 2021" in month or "# Дела за Июнь 2021" in month
    assert "[2021](../2021.md) (2)" in month and "[Август](08.md) (1)" in month
    assert "**Июнь** (1)" in month
    assert 'href="../../../cases/2021-06-04-zhanar' in month
    assert "[Май 2021]" not in month
    country = pages["countries/kazakhstan/2021.en.md"]  # a year of one case is not split
    assert "<li>" in country
