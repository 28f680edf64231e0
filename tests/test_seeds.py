"""The two seed statements read as a person reads them (the answer key in
tests/fixtures/seed_answers.json was written by a person from the text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdarchive import countries
from hrdarchive.parse import parse_statement

from .conftest import read_statement

ANSWERS = json.loads((Path(__file__).parent / "fixtures" / "seed_answers.json").read_text())


@pytest.fixture(scope="module", params=ANSWERS, ids=lambda a: a["file"])
def seed(request):
    answer = request.param
    return parse_statement(read_statement(answer["file"]), answer["file"]), answer


def test_language(seed):
    statement, answer = seed
    assert statement.lang == answer["lang"]


def test_date(seed):
    statement, answer = seed
    assert statement.date.isoformat() == answer["date"]


def test_country(seed):
    statement, answer = seed
    assert statement.country == countries.lookup(answer["country"])


def test_headline(seed):
    statement, answer = seed
    assert statement.title == answer["title"]


def test_defenders(seed):
    statement, answer = seed
    assert statement.defenders == answer["defenders"]


def test_organisations(seed):
    statement, answer = seed
    normal = [o.replace("“", '"').replace("”", '"') for o in answer["organisations"]]
    assert [o.replace("“", '"').replace("”", '"') for o in statement.organisations] == normal


def test_publisher(seed):
    statement, answer = seed
    assert statement.publisher == answer["publisher"]


def test_text_keeps_every_body_paragraph(seed):
    statement, answer = seed
    text = " ".join(statement.paragraphs)
    last_words = {"en": "carry out their work in Kazakhstan.", "ru": "выполнять свою работу."}
    assert text.rstrip().endswith(last_words[answer["lang"]])
