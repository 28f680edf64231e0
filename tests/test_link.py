"""Linking: translations paired into cases, one person across statements and scripts."""

from __future__ import annotations

import datetime as dt

from hrdarchive.link import link, slugify
from hrdarchive.model import Statement


def statement(source, lang, defenders, date=None, country="KZ", text="", **extra) -> Statement:
    return Statement(
        source=source,
        lang=lang,
        date=date,
        title=extra.pop("title", f"Title of {source}"),
        country=country,
        defenders=defenders,
        organisations=[],
        paragraphs=[text or "Text."],
        **extra,
    )


def test_seed_pair_becomes_one_case_with_one_person_per_defender():
    day = dt.date(2021, 6, 4)
    archive = link(
        [
            statement("000.txt", "en", ["Zhanar Sekerbayeva", "Gulzada Serzhan"], day),
            statement("003.txt", "ru", ["Жанар Секербаева", "Гулзада Сержан"], day),
        ],
        [],
        [],
    )
    [case] = archive.cases.values()
    assert set(case.statements) == {"en", "ru"}
    assert sorted(archive.people) == ["gulzada-serzhan", "zhanar-sekerbayeva"]
    assert archive.people["zhanar-sekerbayeva"].names == {
        "en": "Zhanar Sekerbayeva",
        "ru": "Жанар Секербаева",
    }


def test_same_people_on_different_dates_are_two_cases():
    archive = link(
        [
            statement("a.txt", "en", ["Oleg Orlov"], dt.date(2023, 6, 8), "RU"),
            statement("b.txt", "ru", ["Олег Орлов"], dt.date(2024, 2, 27), "RU"),
        ],
        [],
        [],
    )
    assert len(archive.cases) == 2
    assert list(archive.people) == ["oleg-orlov"]
    assert len(archive.people["oleg-orlov"].cases) == 2


def test_undated_statements_pair_only_when_their_numbers_agree():
    en = statement("en.txt", "en", ["Soltan Achilova"], None, "TM", "Achilova, 67, on 17 November.")
    ru = statement("ru.txt", "ru", ["Солтан Ачилова"], None, "TM", "В 2017 году Ачилова...")
    assert len(link([en, ru], [], []).cases) == 2
    en2 = statement("en.txt", "en", ["Soltan Achilova"], None, "TM", "Achilova, 67, on 17 May.")
    ru2 = statement("ru.txt", "ru", ["Солтан Ачилова"], None, "TM", "Ачилова, 67 лет, 17 мая.")
    assert len(link([en2, ru2], [], []).cases) == 1


def test_editor_translation_wins_over_the_parser():
    en = statement("en.txt", "en", ["Zhanar Sekerbayeva"], dt.date(2021, 6, 4))
    ru = statement("ru.txt", "ru", ["Гулзада Сержан"], dt.date(2021, 1, 1), translation="en.txt")
    [case] = link([en, ru], [], []).cases.values()
    assert case.statements["ru"].source == "ru.txt"


def test_no_translation_keeps_statements_apart():
    day = dt.date(2021, 6, 4)
    en = statement("en.txt", "en", ["Zhanar Sekerbayeva"], day, no_translation=True)
    ru = statement("ru.txt", "ru", ["Жанар Секербаева"], day)
    assert len(link([en, ru], [], []).cases) == 2


def test_two_people_with_one_surname_stay_two():
    archive = link(
        [
            statement("a.txt", "en", ["Zhanar Sekerbayeva"]),
            statement("b.txt", "en", ["Aigul Sekerbayeva"]),
        ],
        [],
        [],
    )
    assert len(archive.people) == 2


def test_case_slug_is_ascii_and_dated():
    [case] = link(
        [
            statement(
                "r.txt",
                "ru",
                ["Гульшан Караева"],
                dt.date(2012, 5, 25),
                "UZ",
                title="Узбекистан: правозащитница стала объектом угроз",
            )
        ],
        [],
        [],
    ).cases.values()
    assert case.id == "2012-05-25-pravozashchitnitsa-stala-obektom-ugroz"


def test_slugify():
    assert slugify("Гульшан Караева") == "gulshan-karaeva"
    assert slugify("Wilson Pérez Ascanio") == "wilson-perez-ascanio"
    assert slugify("") == "untitled"


def test_one_person_across_transliterations_scripts_and_typos():
    statements = [
        statement("a.txt", "en", ["Max Bokaev"], dt.date(2016, 5, 1)),
        statement("b.txt", "en", ["Max Bokayev"], dt.date(2016, 11, 28)),
        statement("c.txt", "ru", ["Макс Бокаев"], dt.date(2017, 1, 1)),
        statement("d.txt", "en", ["Azimjan Askarov"], dt.date(2010, 9, 15), "KG"),
        statement("e.txt", "en", ["Azimzhan Askarov"], dt.date(2016, 1, 24), "KG"),
        statement("f.txt", "en", ["Azimjon Askarov"], dt.date(2020, 7, 25), "KG"),
        statement("g.txt", "ru", ["Жанар Серкебаева"], dt.date(2021, 6, 5)),
        statement("h.txt", "en", ["Zhanar Sekerbayeva"], dt.date(2021, 6, 6)),
        statement("i.txt", "ru", ["Олег Петрович Орлов"], dt.date(2023, 6, 8), "RU"),
        statement("j.txt", "ru", ["Олег Орлов"], dt.date(2024, 2, 27), "RU"),
    ]
    archive = link(statements, [], [])
    ids = [s.person_ids[0] for s in statements]
    assert len(set(ids[0:3])) == len(set(ids[3:6])) == len(set(ids[6:8])) == 1
    assert len(set(ids[8:10])) == 1
    assert len(archive.people) == 4


def test_an_alias_joins_the_person_in_later_statements():
    first = statement(
        "a.txt",
        "en",
        ["Rita Karasartova"],
        dt.date(2021, 1, 1),
        "KG",
        aliases={"Rita Karasartova": ["Rita Rahman"]},
    )
    later = statement("b.txt", "en", ["Rita Rahman"], dt.date(2022, 1, 1), "KG")
    archive = link([first, later], [], [])
    assert list(archive.people) == ["rita-karasartova"]
    assert archive.people["rita-karasartova"].aliases == ["Rita Rahman"]


def test_surname_with_and_without_russian_suffix_is_one_person():
    archive = link(
        [
            statement("a.txt", "en", ["Talgat Ayan"], dt.date(2016, 11, 28)),
            statement("b.txt", "en", ["Talgat Ayanov"], dt.date(2017, 1, 23)),
        ],
        [],
        [],
    )
    assert len(archive.people) == 1


def test_undated_translation_must_share_the_latest_year():
    en = statement("en.txt", "en", ["Nasta Loika"], dt.date(2022, 9, 26), "BY", "In 2022, 6 Sep.")
    ru = statement(
        "ru.txt", "ru", ["Наста Лойка"], None, "BY", "20 июня 2023 года, 6 сентября 2022"
    )
    assert len(link([en, ru], [], []).cases) == 2


def test_the_lists_of_a_person_country_and_organisation_are_newest_first():
    """Pages take the newest related cases from the head of these lists."""
    from hrdarchive.build import build_archive

    from .conftest import STATEMENTS

    archive = build_archive(STATEMENTS)
    order = {c.id: i for i, c in enumerate(archive.cases_newest_first())}
    lists = [
        *(p.cases for p in archive.people.values()),
        *(c.cases for c in archive.countries.values()),
        *(o.cases for o in archive.organisations.values()),
    ]
    assert any(len(cases) > 1 for cases in lists)
    for cases in lists:
        assert cases == sorted(cases, key=order.__getitem__)
