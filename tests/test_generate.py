"""The synthetic corpus generator (`benchmarks/generate.py`, `benchmarks/synthetic/`): the same
arguments give the same bytes, the answer key matches the files, names are declined and
romanised as the libraries (or the generator's stated rules) give them, defenders recur and are
never named alike, and the parser's score on the corpus is reported, not fitted."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale
from rapidfuzz import fuzz

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402
from synthetic import corpus as synthetic_corpus  # noqa: E402
from synthetic import dates, names, russian  # noqa: E402
from synthetic.people import Corpus  # noqa: E402
from synthetic.romanise import romanise  # noqa: E402

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


def test_the_generator_does_not_import_the_parser():
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import generate; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('hrdarchive', 'score')))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "benchmarks")],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    assert run.stdout.strip() == "[]"


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
        day = dt.date.fromisoformat(a["date"])
        dateline = dates.date_en(day) if a["lang"] == "en" else dates.date_ru_bare(day)
        assert dateline in lines
        for name in a["defenders"]:
            marked = f"**{name}**" if a["lang"] == "en" else f"[{name}](#)"
            assert marked in text or f"<u>{name}</u>" in text
        for organisation in a["organisations"]:
            # Its name in quotes; the words before it decline in Russian ('Группы ... «Мост»').
            assert re.search(r"[\"«][^\"»]+[\"»]$", organisation)[0] in text


def test_notes_name_the_words_declined_by_rules(corpus):
    """A Russian statement's notes name each of its defenders' name words that the generator
    declined by its own rules, with the rule, and no word pymorphy3's dictionary declined."""
    people = Corpus(random.Random(5))  # the people generate() drew first, with the same seed
    synthetic_corpus.skeletons(people, PAIRS)
    by_name = {p.ru["nom"]: p.name for p in people.people}
    by_rules = 0
    for a in answers_of(corpus):
        if a["lang"] == "en":
            assert "declined by" not in a["notes"]
            continue
        for name in a["defenders"]:
            for word, rule in by_name[name].words():
                if rule:
                    assert f" {word} ({rule})" in a["notes"], (a["file"], word)
                else:
                    assert f" {word} (" not in a["notes"], (a["file"], word)
                by_rules += bool(rule)
    assert by_rules > 0


# Parser scores measured on `generate.py --pairs 200 --seed 1` with the parser of this commit
# (benchmarks/score.py). They are what the parser gets, not targets: the floors sit a little
# under them only to catch a regression. Measured: date, country, headline, pairs and identity
# 1.00; defenders precision, recall and F1 0.972 (Russian names the parser reads in another
# gender or case: Самира Тофигова as Самир Тофигов, Нуне Ованесян as Нуна).
MEASURED_FLOORS = {
    "date accuracy": 0.98,
    "country accuracy": 0.98,
    "headline accuracy": 0.98,
    "defenders precision": 0.95,
    "defenders recall": 0.95,
    "defenders F1": 0.95,
    "pairs precision": 0.98,
    "pairs recall": 0.98,
    "identity precision": 0.98,
    "identity recall": 0.98,
}


def test_parser_score_on_the_corpus_is_measured(tmp_path):
    import score

    generate.generate(200, 1, tmp_path)
    results, misses = score.score(answers_of(tmp_path), score.build([tmp_path]), [])
    assert set(results) == set(MEASURED_FLOORS)
    below = {k: round(v, 3) for k, v in results.items() if v < MEASURED_FLOORS[k]}
    assert not below, misses[:20]


def test_russian_names_are_declined(corpus):
    answers = [a for a in answers_of(corpus) if a["lang"] == "ru"]
    declined = 0
    for a in answers:
        text = (corpus / a["file"]).read_text(encoding="utf-8")
        for name in a["defenders"]:
            first, surname = name.split()
            # Секербаева: Секербаевой, Секербаеву; Тургунов: Тургунова, Тургунову, Тургуновым
            if re.search(r"(?:ов|ев|ёв|ин)а$", surname):
                assert re.search(rf"{first[:-1]}\w* {surname[:-1]}(?:ой|у)\b", text)
            elif re.search(r"(?:ов|ев|ёв|ин)$", surname):
                assert re.search(rf"{first[:-1]}\w* {surname}(?:а|у|ым)\b", text)
            # The statement names them in other forms than the nominative it marks (except
            # names that do not decline: Мариам Петросян).
            forms = re.findall(rf"(?<!\w){first[:3]}\w* {surname[:3]}\w*", text)
            declined += any(form != name for form in forms)
    assert declined >= 0.8 * sum(len(a["defenders"]) for a in answers)


# Expected forms checked by hand against Russian usage; `rules`: which words the generator's own
# rules declined ('f' the first name, 's' the surname), the rest being pymorphy3's dictionary's.
@pytest.mark.parametrize(
    ("first", "surname", "gender", "case", "expected", "rules"),
    [
        ("Жанар", "Секербаев", "f", "acc", "Жанар Секербаеву", "f"),
        ("Жанар", "Секербаев", "f", "dat", "Жанар Секербаевой", "f"),
        ("Гулзада", "Сержан", "f", "gen", "Гулзады Сержан", "s"),
        ("Агзам", "Тургунов", "m", "ins", "Агзамом Тургуновым", "s"),
        ("Талгат", "Аян", "m", "gen", "Талгата Аяна", "s"),
        ("Андрей", "Ильин", "m", "ins", "Андреем Ильиным", ""),
        ("Дмитрий", "Козловский", "m", "pre", "Дмитрии Козловском", ""),
        ("Мария", "Козловский", "f", "acc", "Марию Козловскую", ""),
        ("Наталья", "Станкевич", "f", "ins", "Натальей Станкевич", ""),
        ("Игорь", "Станкевич", "m", "ins", "Игорем Станкевичем", ""),
        ("Любовь", "Соловьёв", "f", "ins", "Любовью Соловьёвой", ""),
        ("Семён", "Королёв", "m", "gen", "Семёна Королёва", ""),
        ("Нино", "Гамбашидзе", "f", "dat", "Нино Гамбашидзе", ""),
        ("Малика", "Ахмедов", "f", "gen", "Малики Ахмедовой", ""),
        ("Анар", "Мамедли", "m", "dat", "Анару Мамедли", "s"),
        ("Петру", "Русу", "m", "gen", "Петру Русу", "fs"),
        # pymorphy3's dictionary has Савчук indeclinable for men too: a rule declines it.
        ("Богдан", "Савчук", "m", "gen", "Богдана Савчука", "s"),
        ("Фарход", "Бахромзода", "m", "ins", "Фарходом Бахромзода", "s"),
        ("Кастусь", "Лабкович", "m", "ins", "Кастусем Лабковичем", "fs"),
    ],
)
def test_declension(first, surname, gender, case, expected, rules):
    given, family = russian.first_name(first, gender), russian.surname(surname, gender)
    assert f"{given[case]} {family[case]}" == expected
    assert ("f" if given.rule else "") + ("s" if family.rule else "") == rules


def test_rules_agree_with_pymorphy3_where_its_dictionary_knows_the_name():
    """The generator's rules, run on the names pymorphy3's dictionary declines, give the
    dictionary's forms, but for the few listed here."""
    differs = {
        # pymorphy3: Алиёй, for a name stressed on the last syllable; the rule: Алией.
        ("Алия", "f"),
        # A woman's name in a soft sign that declines (Любови); the rule leaves it as it is.
        ("Любовь", "f"),
        # Its ё goes in the other cases (Петра); the rule keeps it.
        ("Пётр", "m"),
    }
    found = set()
    for group in names.NAME_GROUPS.values():
        for gender in "mf":
            for word in group[gender]:
                known = russian._from_dictionary(word, "Name", gender)
                if known and known.forms != russian._first_name_rule(word, gender).forms:
                    found.add((word, gender))
            for word in names._derived_surnames(group):
                known = russian._from_dictionary(word, "Surn", gender)
                try:
                    rule = russian._surname_rule(word, gender)
                except russian.CannotDecline:
                    continue
                if known and known.forms != rule.forms:
                    found.add((word, gender))
    assert found == differs


def test_names_left_out_are_those_no_rule_can_decline():
    left_out = names.name_lists().left_out
    assert set(left_out) == {"Куаныш", "Бегенч", "Сиёвуш", "Хадиджа", "Манижа", "Калыйча", "Кривец"}
    assert "stress" in left_out["Хадиджа"] and "Кривца" in left_out["Кривец"]
    with pytest.raises(russian.CannotDecline):
        russian.first_name("Куаныш", "m")
    kept = {n for lists in names.name_lists().first.values() for n in lists}
    assert "Куаныш" not in kept and "Жанар" in kept


def test_romanisation():
    spelled = ["Жанар Секербаева", "Гулзада Сержан", "Дарья Соловьёва", "Юрий Щукин", "Пётр Ильин",
               "Бахтиёр Алиев", "Мээрим Бакиров"]  # fmt: skip
    romanised = [" ".join(romanise(w) for w in n.split()) for n in spelled]
    assert romanised == [
        "Zhanar Sekerbayeva", "Gulzada Serzhan", "Darya Solovyova", "Yury Shchukin", "Pyotr Ilyin",
        "Bakhtiyor Aliyev", "Meerim Bakirov",
    ]  # fmt: skip
    # Every name in the lists reads as English names do: letters only, no marks.
    lists = names.name_lists()
    for word in itertools.chain(*lists.first.values(), *lists.surnames.values()):
        assert re.fullmatch(r"[A-Z][a-z]+", romanise(word)), word


def test_dates_and_numbers():
    day = dt.date(2020, 3, 5)
    assert (dates.date_en(day), dates.date_ru(day)) == ("5 March 2020", "5 марта 2020 года")
    assert dates.month_ru(day, "pre") == "марте 2020 года"
    assert dates.month_ru(dt.date(2019, 5, 1), "gen") == "мая 2019 года"
    assert (dates.number_en(12000), dates.number_ru(12000)) == ("12,000", "12\xa0000")
    years = ["1 год", "3 года", "5 лет", "21 год"]
    assert [russian.counted(n, "год") for n in (1, 3, 5, 21)] == years
    assert russian.counted(3, "год", "gen") == "3 лет"
    assert russian.counted(3, "жалоба", "acc") == "3 жалобы"
    assert russian.noun("правозащитница", "ins", plural=True) == "правозащитницами"
    # pymorphy3 chooses a noun's form after a number by CLDR's plural categories, as Babel has
    # them for Russian.
    forms = {"one": "час", "few": "часа", "many": "часов"}
    for n in range(200):
        assert russian.agreeing(n, "час") == forms[Locale("ru").plural_form(n)], n


def test_defenders_recur_and_are_never_named_alike():
    corpus = Corpus(random.Random(2))
    drawn = synthetic_corpus.skeletons(corpus, 400)
    people = corpus.people
    assert len({p.en for p in people}) == len({p.ru["nom"] for p in people}) == len(people)
    statements = sorted((p.statements for p in people), reverse=True)
    assert statements[0] >= 10 and sum(n <= 2 for n in statements) > 0.7 * len(people)
    for sk in drawn:
        assert len({p.number for p in sk.defenders}) == len(sk.defenders)
    days = [(p.number, sk.date) for sk in drawn for p in sk.defenders]
    assert len(days) == len(set(days))  # one person's statements are on different days
    # The generator's own rule: no two people whose first names and surnames are both alike.
    keys = [(names.name_key(p.name.given), names.name_key(p.name.base)) for p in people]
    for (a, (first_a, base_a)), (b, (first_b, base_b)) in itertools.combinations(
        enumerate(keys), 2
    ):
        alike_first = fuzz.ratio(first_a, first_b) >= names.FIRST_NAMES_ALIKE
        alike_surname = fuzz.ratio(base_a, base_b) >= names.SURNAMES_ALIKE
        assert not (alike_first and alike_surname), (people[a].en, people[b].en)


def test_refuses_a_non_empty_folder(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit):
        generate.main(["--pairs", "1", str(tmp_path)])
    assert "not empty" in capsys.readouterr().err
    assert generate.main(["--pairs", "1", "--force", str(tmp_path)]) == 0
    assert (tmp_path / "notes.txt").exists() and len(list(tmp_path.glob("*_*.txt"))) == 2
    # The one-line summary of what the libraries could not do.
    assert "declined by the generator's own rules" in capsys.readouterr().err
