"""The synthetic corpus generator (`benchmarks/generate.py`): the same arguments give the same
bytes, the answer key matches the files, the parser reads the corpus as the key says, and the
Russian text declines the defenders' names."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402
import score  # noqa: E402

PAIRS = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    generate.generate(PAIRS, 5, out)
    return out


def answers_of(folder: Path) -> list[dict]:
    return json.loads((folder / "answers.json").read_text(encoding="utf-8"))


def test_same_arguments_same_bytes(corpus, tmp_path):
    # Another process, with another hash seed: no set order or clock leaks into the output.
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--pairs", str(PAIRS),
         "--seed", "5", str(tmp_path / "again")],
        check=True, env=env, capture_output=True,
    )  # fmt: skip
    first = {p.name: p.read_bytes() for p in corpus.iterdir()}
    second = {p.name: p.read_bytes() for p in (tmp_path / "again").iterdir()}
    assert first == second
    generate.generate(PAIRS, 6, tmp_path)
    assert {p.name for p in tmp_path.glob("*.txt")} != {n for n in first if n.endswith(".txt")}


def test_answer_key_matches_the_files(corpus):
    answers = answers_of(corpus)
    files = sorted(p.name for p in corpus.glob("*.txt"))
    assert sorted(a["file"] for a in answers) == files and len(files) == 2 * PAIRS
    assert all(re.fullmatch(r"\d{5}_[0-9a-f]{16}\.txt", name) for name in files)
    by_file = {a["file"]: a for a in answers}
    for a in answers:
        assert set(a) == {
            "file", "lang", "date", "country", "title", "defenders", "organisations", "pair",
            "publisher", "truncated", "notes",
        }  # fmt: skip
        other = by_file[a["pair"]]
        assert other["pair"] == a["file"] and {a["lang"], other["lang"]} == {"en", "ru"}
        assert (a["date"], a["country"]) == (other["date"], other["country"])
        assert len(a["defenders"]) == len(other["defenders"]) in (1, 2, 3)
        text = (corpus / a["file"]).read_text(encoding="utf-8")
        lines = text.split("\n")
        assert a["title"] in lines and text.startswith("\n\n")
        assert "Front Line Defenders Board of Directors" in text
        for name in a["defenders"]:
            marked = f"**{name}**" if a["lang"] == "en" else f"[{name}](#)"
            assert marked in text or f"<u>{name}</u>" in text
        for organisation in a["organisations"]:
            # Its name in quotes; the words before it decline in Russian ('Группы ... «Мост»').
            assert re.search(r"[\"«][^\"»]+[\"»]$", organisation)[0] in text


def test_parser_reads_the_corpus_as_the_key_says(corpus):
    data = score.build([corpus])
    results, misses = score.score(answers_of(corpus), data, [])
    assert min(results.values()) >= 0.98, misses


def test_russian_names_are_declined(corpus):
    answers = [a for a in answers_of(corpus) if a["lang"] == "ru"]
    declined = 0
    for a in answers:
        text = (corpus / a["file"]).read_text(encoding="utf-8")
        for name in a["defenders"]:
            first, surname = name.split()
            # Секербаева: Секербаевой, Секербаеву; Тургунов: Тургунова, Тургунову, Тургуновым
            if re.search(r"(?:ов|ев|ин)а$", surname):
                assert re.search(rf"{first[:-1]}\w* {surname[:-1]}(?:ой|у)\b", text)
            elif re.search(r"(?:ов|ев|ин)$", surname):
                assert re.search(rf"{first[:-1]}\w* {surname}(?:а|у|ым)\b", text)
            # The statement names them in other forms than the nominative it marks (except
            # names that do not decline: Мариам Петросян).
            forms = re.findall(rf"(?<!\w){first[:3]}\w* {surname[:3]}\w*", text)
            declined += any(form != name for form in forms)
    assert declined >= 0.8 * sum(len(a["defenders"]) for a in answers)


@pytest.mark.parametrize(
    ("first", "surname", "gender", "case", "expected"),
    [
        ("Жанар", "Секербаев", "f", "acc", "Жанар Секербаеву"),
        ("Жанар", "Секербаев", "f", "dat", "Жанар Секербаевой"),
        ("Гулзада", "Сержан", "f", "gen", "Гулзады Сержан"),
        ("Гулзада", "Сержан", "f", "dat", "Гулзаде Сержан"),
        ("Агзам", "Тургунов", "m", "ins", "Агзамом Тургуновым"),
        ("Талгат", "Аян", "m", "gen", "Талгата Аяна"),
        ("Андрей", "Ильин", "m", "ins", "Андреем Ильиным"),
        ("Дмитрий", "Козловский", "m", "pre", "Дмитрии Козловском"),
        ("Мария", "Козловский", "f", "acc", "Марию Козловскую"),
        ("Наталья", "Станкевич", "f", "ins", "Натальей Станкевич"),
        ("Игорь", "Станкевич", "m", "ins", "Игорем Станкевичем"),
        ("Малика", "Ахмедов", "f", "gen", "Малики Ахмедовой"),
        ("Анар", "Мамедли", "m", "dat", "Анару Мамедли"),
    ],
)
def test_declension(first, surname, gender, case, expected):
    forms = generate.first_name_forms(first, gender)[case]
    assert f"{forms} {generate.surname_forms(surname, gender)[case]}" == expected


def test_romanisation():
    names = ["Жанар Секербаева", "Гулзада Сержан", "Дарья Соловьева", "Юрий Щукин"]
    romanised = [" ".join(generate.romanise(w) for w in n.split()) for n in names]
    assert romanised == [
        "Zhanar Sekerbayeva", "Gulzada Serzhan", "Darya Solovyeva", "Yuriy Shchukin",
    ]  # fmt: skip


def test_defenders_recur_and_never_share_a_name():
    import random

    corpus = generate.Corpus(random.Random(2))
    skeletons = generate._skeletons(corpus, 400)
    people = corpus.people
    assert len({p.en for p in people}) == len({p.ru["nom"] for p in people}) == len(people)
    statements = sorted((p.statements for p in people), reverse=True)
    assert statements[0] >= 10 and sum(n <= 2 for n in statements) > 0.7 * len(people)
    for sk in skeletons:
        assert len({p.number for p in sk.defenders}) == len(sk.defenders)
    days = [(p.number, sk.date) for sk in skeletons for p in sk.defenders]
    assert len(days) == len(set(days))  # one person's statements are on different days


def test_refuses_a_non_empty_folder(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit):
        generate.main(["--pairs", "1", str(tmp_path)])
    assert "not empty" in capsys.readouterr().err
    assert generate.main(["--pairs", "1", "--force", str(tmp_path)]) == 0
    assert (tmp_path / "notes.txt").exists() and len(list(tmp_path.glob("*_*.txt"))) == 2
