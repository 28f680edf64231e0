"""Case status: each defender's latest stage, read from real statements' sentences (the
snippets below are copied from the corpus), and shown on case and defender pages in both
languages and in the open data."""

from __future__ import annotations

import csv
import io

import pytest

from hrdarchive.cues import sentences
from hrdarchive.status import find_statuses


def status_of(defenders, text, lang="en", title=None, page_status=None):
    paragraphs = [p for p in text.split("\n\n") if p]
    return find_statuses(defenders, title, paragraphs, lang, page_status)


@pytest.mark.parametrize(
    "defender, text, lang, stage, term",
    [
        (
            "Abdulmajid Rizoev",
            "On 14 June 2021, human rights defender Abdulmajid Rizoev was sentenced to 5 years "
            "and 6 months’ imprisonment for “public calls for performance of an extremist "
            "activity”.",
            "en",
            "sentenced",
            "5 years and 6 months",
        ),
        (
            "Азимжон Аскаров",
            "Чуйский областной суд в Бишкеке приговорил Аскарова к пожизненному заключению по "
            "делу 2010 г. об «организации массовых беспорядков».",
            "ru",
            "sentenced",
            "пожизненному заключению",
        ),
        (
            "Bakhtiyar Hajiyev",
            "Bakhtiyar Hajiyev was detained 18 November on the Azerbaijani-Georgia border and held "
            "overnight at a military drafting centre before being released.",
            "en",
            "released",
            None,
        ),
        (
            "Руфат Сафаров",
            "«Арест Руфата Сафарова по сфабрикованным обвинениям в мошенничестве и хулиганстве "
            "является еще одним ярким примером усилий властей Азербайджана».",
            "ru",
            "detained",
            None,
        ),
        (
            "Lado Apkhazava",
            "On May 5, 2024, Lado Apkhazava, a holder of the National Teacher Award who has been "
            "actively criticising the “foreign agents” legislation, was beaten up by several "
            "persons near his house, while he was with his son.",
            "en",
            "attacked",
            None,
        ),
    ],
)
def test_the_stage_and_term_a_sentence_tells(defender, text, lang, stage, term):
    found = status_of([defender], text, lang)[defender]
    assert (found.stage, found.term) == (stage, term)
    assert found.sentence in text and found.how == "pattern"


@pytest.mark.parametrize(
    "text, lang",
    [
        # A call to release, a release that should happen: not a release.
        ("“Azimjan Askarov should be freed immediately,” said Hugh Williamson.", "en"),
        ("«Азимжон Аскаров должен быть незамедлительно освобожден», – сказал Хью Уильямсон.", "ru"),
        ("Front Line Defenders calls for the immediate release of Azimjan Askarov.", "en"),
        # An organisation's name holds the words of a stage.
        (
            "Azimjan Askarov spoke at the Committee of Relatives of the Disappeared in Honduras "
            "and the World Organisation Against Torture.",
            "en",
        ),
        # A statement released by the publisher is no release of the defender.
        ("Front Line Defenders Released a Statement on Azimjan Askarov", "en"),
    ],
)
def test_calls_wishes_and_names_are_no_status(text, lang):
    name = "Азимжон Аскаров" if lang == "ru" else "Azimjan Askarov"
    assert status_of([name], text, lang) == {}


def test_the_latest_stage_wins_and_each_name_owns_its_own_words():
    text = (
        "Maks Bokaev was arrested in May 2016. A court in Atyrau found Maks Bokaev and Talgat "
        "Ayan guilty of inciting social discord and sentenced them to five years in prison."
    )
    found = status_of(["Maks Bokaev", "Talgat Ayan"], text)
    assert found["Maks Bokaev"].stage == found["Talgat Ayan"].stage == "sentenced"
    assert found["Maks Bokaev"].term == "five years"
    found = status_of(
        ["Anna Ivanova", "Oleg Petrov"], "Anna Ivanova was detained, Oleg Petrov released."
    )
    assert (found["Anna Ivanova"].stage, found["Oleg Petrov"].stage) == ("detained", "released")


def test_a_sentence_about_them_goes_on_with_he_or_she():
    text = "Zavqibek Saidamini is an independent journalist from Dushanbe. He was arrested in May."
    assert status_of(["Zavqibek Saidamini"], text)["Zavqibek Saidamini"].stage == "detained"


def test_a_headline_naming_nobody_is_about_every_defender():
    found = status_of(
        ["Саида Курбанова", "Нуринисо Холбоева"],
        "Саида Курбанова и Нуринисо Холбоева приняли участие в акции.",
        "ru",
        title="Узбекистан: две правозащитницы задержаны",
    )
    assert {s.stage for s in found.values()} == {"detained"}


def test_a_case_pages_status_field_is_the_pages_word():
    found = status_of(["Oleg Orlov"], "Oleg Orlov was sentenced.", page_status="Released")
    assert (found["Oleg Orlov"].stage, found["Oleg Orlov"].how) == ("released", "page")


def test_mr_and_initials_do_not_end_a_sentence():
    assert sentences("Mr. Oleg Orlov and A. Smith were detained. They were released.") == [
        "Mr. Oleg Orlov and A. Smith were detained.",
        "They were released.",
    ]


# -- on the site ----------------------------------------------------------------------------


def test_statuses_are_in_the_open_data(archive_json, built_site):
    statuses = [
        d["status"] for s in archive_json["statements"] for d in s["defenders"] if d["status"]
    ]
    assert statuses and all(s["sentence"] and s["found_by"] for s in statuses)
    latest = [p["latest_status"] for p in archive_json["defenders"] if p["latest_status"]]
    assert latest and all(p["case"] and p["stage"] for p in latest)
    rows = list(
        csv.DictReader(io.StringIO((built_site / "data" / "defenders.csv").read_text("utf-8")))
    )
    assert any(r["latest_status"] == "sentenced" and r["latest_status_term"] for r in rows)
    cases = (built_site / "data" / "cases.csv").read_text("utf-8")
    assert "statuses" in cases.splitlines()[0] and ": sentenced" in cases


def test_defender_and_case_pages_show_the_status_in_both_languages(built_site):
    for root, heading, stage in (
        (built_site, "Latest known status", "Sentenced"),
        (built_site / "ru", "Последнее известное положение", "Приговор"),
    ):
        page = (root / "defenders" / "abdulmajid-rizoev" / "index.html").read_text("utf-8")
        assert heading in page and f"<strong>{stage}</strong>" in page
        assert "../../cases/2021-08-13-" in page  # links the case that says it
    case = next((built_site / "cases").glob("2021-08-13-*/index.html")).read_text("utf-8")
    assert "What has happened to them" in case and "5 years and 6 months" in case
    ru_case = next((built_site / "ru" / "cases").glob("2021-08-13-*/index.html")).read_text("utf-8")
    assert "Что с ними произошло" in ru_case and "(на английском)" in ru_case


def test_an_editor_sets_a_status_and_a_wrong_stage_is_refused():
    from hrdarchive.corrections import CorrectionError, read_corrections

    fields = read_corrections(
        "statuses:\n  Oleg Orlov: released\n"
        "  Zhanar Sekerbayeva: {stage: sentenced, term: 7 years}\n",
        "x.yml",
    )
    orlov, zhanar = fields["statuses"]["Oleg Orlov"], fields["statuses"]["Zhanar Sekerbayeva"]
    assert (orlov.stage, orlov.how) == ("released", "editor")
    assert (zhanar.stage, zhanar.term) == ("sentenced", "7 years")
    with pytest.raises(
        CorrectionError, match="unknown stage 'freed'.*x.yml|x.yml.*unknown stage 'freed'"
    ):
        read_corrections("statuses:\n  Oleg Orlov: freed\n", "x.yml")


def test_a_stage_is_skipped_only_where_none_of_its_cues_can_match():
    # cues_in scans a stage's cues only in sentences holding one of the stage's anchors; on
    # every sentence of the sample, that finds exactly what scanning every cue finds.
    from pathlib import Path

    from hrdarchive import cues
    from hrdarchive.parse import parse_statement

    from .conftest import STATEMENTS

    assert all(a is not None for lang in ("en", "ru") for a in cues._anchors(lang).values())
    checked = 0
    for path in sorted(Path(STATEMENTS).glob("*.txt")):
        statement = parse_statement(path.read_text(encoding="utf-8"), path.name)
        lang = statement.lang
        for sentence in (s for p in statement.paragraphs for s in sentences(p)):
            every = sorted(
                (m.start(), stage)
                for stage, pattern in cues._cues(lang)
                for m in pattern.finditer(sentence)
                if not cues._in_a_name(sentence, m)
                and not cues._not_now(lang).search(sentence[max(0, m.start() - 80) : m.start()])
            )
            found = sorted((m.start(), stage) for stage, m in cues.cues_in(sentence, lang))
            assert found == every, sentence
            checked += 1
    assert checked > 250


def test_a_name_is_found_where_its_any_case_pattern_finds_it():
    # surname_positions finds a defender's surname without compiling a pattern per name; on
    # every sentence of the sample, for every defender, where the pattern itself finds it.
    import re
    from pathlib import Path

    from hrdarchive.parse import parse_statement
    from hrdarchive.people import surname_pattern, surname_positions

    from .conftest import STATEMENTS

    found = 0
    for path in sorted(Path(STATEMENTS).glob("*.txt")):
        statement = parse_statement(path.read_text(encoding="utf-8"), path.name)
        texts = [statement.title or ""] + statement.paragraphs
        for text, name in ((t, d) for t in texts for d in statement.defenders):
            pattern = re.compile(surname_pattern(name).pattern, re.I)
            where = surname_positions(name, text)
            assert where == [m.start() for m in pattern.finditer(text)], (name, text)
            found += len(where)
    assert found > 150
    assert surname_positions("Zhanar Sekerbayeva", "SEKERBAYEVA DETAINED; Sekerbayeva's") == [0, 22]
    assert surname_positions("Анна Росс", "в России Росса нет") == [9]
    assert surname_positions("Ali Khan", "Ahmadkhan and KHAN") == [14]
    assert surname_positions("Ali İnan", "İNAN and Inan") == [0, 9]
