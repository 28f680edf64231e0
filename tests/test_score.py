"""The scoring command: its measures, and the target on the shared corpus (shipped in
`statements/`, answer keys in `tests/fixtures/`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .conftest import ROOT, shared_corpus

sys.path.insert(0, str(ROOT / "benchmarks"))
import score  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return shared_corpus(tmp_path_factory)


def test_shared_corpus_meets_the_target(corpus, capsys):
    assert score.main([*map(str, corpus), "--check", "0.95", "--check-status", "0.85"]) == 0
    table = capsys.readouterr().out
    assert "| defenders F1" in table and "| identity recall" in table
    assert "| status accuracy" in table


def answer(file, lang, defenders, pair=None, **extra):
    return {
        "file": file,
        "lang": lang,
        "date": None,
        "country": "Kazakhstan",
        "title": None,
        "defenders": defenders,
        "pair": pair,
        **extra,
    }


def statement(source, lang, defenders, case="c1"):
    return {
        "id": f"{case}.{lang}",
        "source": source,
        "lang": lang,
        "date": None,
        "country": "KZ",
        "title": None,
        "case": case,
        "defenders": [{"id": i, "name": n} for i, n in defenders],
    }


def test_measures_count_misses():
    answers = [
        answer("en.txt", "en", ["Zhanar Sekerbayeva", "Gulzada Serzhan"], pair="ru.txt"),
        answer("ru.txt", "ru", ["Жанар Секербаева", "Гулзада Сержан"], pair="en.txt"),
    ]
    data = {
        "statements": [
            statement("en.txt", "en", [("zs", "Zhanar Sekerbayeva"), ("ap", "Arman Aripzhanov")]),
            statement(
                "ru.txt", "ru", [("zs2", "Жанар Секербаева"), ("gs", "Гулзада Сержан")], case="c2"
            ),
        ],
        "cases": [
            {"id": "c1", "statements": {"en": "c1.en"}},
            {"id": "c2", "statements": {"ru": "c2.ru"}},
        ],
    }
    results, misses = score.score(answers, data, [])
    assert results["defenders precision"] == pytest.approx(3 / 4)
    assert results["defenders recall"] == pytest.approx(3 / 4)
    assert results["pairs recall"] == 0
    assert results["identity recall"] == 0  # Zhanar got two ids
    assert results["date accuracy"] == 1
    assert any("missed" in m for m in misses)


def test_more_real_statements_stay_read(capsys):
    # Statements gathered for fixtures (tests/fixtures/extra): no rule was written for one of
    # them alone; this guards what the parser reads there against regressions.
    assert score.main([str(FIXTURES / "extra"), "--check", "0.85", "--check-status", "0.85"]) == 0


def test_held_out_statements_stay_read(capsys):
    # A second set, gathered after the rules above were written (tests/fixtures/heldout).
    assert score.main([str(FIXTURES / "heldout"), "--check", "0.80", "--check-status", "0.75"]) == 0


def test_the_issue_20_held_out_set_stays_read(capsys):
    # Thirty statements from publishers in no other set (tests/fixtures/heldout2); its first
    # run (benchmarks/README.md) was defenders F1 0.49, pairs recall 0.50; every measure but
    # status is now at least 0.77, and this floor guards it.
    assert (
        score.main([str(FIXTURES / "heldout2"), "--check", "0.75", "--check-status", "0.35"]) == 0
    )
