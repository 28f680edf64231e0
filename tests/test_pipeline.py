"""A statements folder in, an archive out: every file accounted for, corrections win, and one
bad file never stops the others."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from hrdarchive.build import build_archive
from hrdarchive.corrections import CorrectionError, read_corrections

from .conftest import SEED_EN, SEED_RU, STATEMENTS


@pytest.fixture
def folder(tmp_path) -> Path:
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, tmp_path / name)
    return tmp_path


def status_of(archive, source):
    return next(f.status for f in archive.files if f.source == source)


def test_seeds_build_one_case(folder):
    archive = build_archive(folder)
    assert len(archive.cases) == 1
    assert archive.problems == []
    assert {f.status for f in archive.files} == {"parsed"}


def test_bad_files_are_reported_by_name_and_the_rest_still_builds(folder):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "copy.txt").write_bytes((folder / SEED_EN).read_bytes())
    (folder / "french.txt").write_text(
        "Le 29 mai 2021, des défenseures des droits humains ont été agressées par des inconnus "
        "et un policier pendant un événement public à Chymkent, au Kazakhstan.",
        encoding="utf-8",
    )
    archive = build_archive(folder)
    assert len(archive.cases) == 1
    messages = {p.source: p.message for p in archive.problems}
    assert messages["empty.txt"] == "the file is empty"
    assert "binary" in messages["binary.txt"]
    assert "not a statement" in messages["photo.jpg"]
    assert "same text as" in messages["copy.txt"]
    assert "not in English or Russian" in messages["french.txt"]
    assert {f.source for f in archive.files} == {p.name for p in folder.iterdir()}
    for name in ("empty.txt", "binary.txt", "photo.jpg", "copy.txt", "french.txt"):
        assert status_of(archive, name) == "rejected"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_russian_statement_in_other_encodings(folder, encoding):
    text = (folder / SEED_RU).read_text(encoding="utf-8")
    (folder / SEED_RU).write_bytes(text.replace("\n", "\r\n").encode(encoding, "replace"))
    archive = build_archive(folder)
    [case] = archive.cases.values()
    assert case.statements["ru"].defenders == ["Жанар Секербаева", "Гулзада Сержан"]


def test_the_same_text_saved_again_with_other_spacing_is_a_duplicate(folder):
    text = (folder / SEED_EN).read_text(encoding="utf-8")
    resaved = "\n\n" + text.replace("\n", "  \r\n").replace(". ", ".\n", 3) + "\n\n\n"
    (folder / "resaved.txt").write_text(resaved, encoding="utf-8", newline="")
    archive = build_archive(folder)
    assert len(archive.cases) == 1
    assert status_of(archive, "resaved.txt") == "rejected"


def test_statement_without_defenders_is_parsed_with_a_warning(folder):
    (folder / "nobody.txt").write_text(
        "Kazakhstan: new law on NGOs\n\nThe parliament of Kazakhstan adopted a law that "
        "restricts the work of all non-governmental organisations in the country.",
        encoding="utf-8",
    )
    archive = build_archive(folder)
    assert status_of(archive, "nobody.txt") == "parsed with warnings"
    [problem] = archive.problems
    assert problem.source == "nobody.txt" and problem.severity == "warning"
    assert "no defender" in problem.message


def test_corrections_win_over_the_parser(folder):
    (folder / SEED_EN.replace(".txt", ".yml")).write_text(
        "date: 2021-06-05\ncountry: Kyrgyzstan\ntitle: Corrected headline\n"
        "defenders: [Zhanar Sekerbayeva]\ntranslation: none\n",
        encoding="utf-8",
    )
    archive = build_archive(folder)
    english = next(st for _, st in archive.statements() if st.lang == "en")
    assert english.date == dt.date(2021, 6, 5)
    assert english.country == "KG"
    assert english.title == "Corrected headline"
    assert english.defenders == ["Zhanar Sekerbayeva"]
    assert len(archive.cases) == 2  # 'translation: none' keeps the Russian one apart
    assert status_of(archive, SEED_EN.replace(".txt", ".yml")) == "correction"


def test_correction_names_the_translation(folder):
    (folder / "other.txt").write_text(
        "Kazakhstan: another statement\n\n4 June 2021\n\nWomen human rights defender "
        "**Zhanar Sekerbayeva** was attacked in Shymkent by unknown men on 29 May 2021.",
        encoding="utf-8",
    )
    (folder / "other.yml").write_text(f"translation: {SEED_RU}\n", encoding="utf-8")
    (folder / SEED_EN.replace(".txt", ".yml")).write_text("translation: none\n", encoding="utf-8")
    archive = build_archive(folder)
    case = next(c for c in archive.cases.values() if "ru" in c.statements)
    assert case.statements["en"].source == "other.txt"


def test_a_broken_correction_is_reported_and_the_statement_still_builds(folder):
    (folder / SEED_EN.replace(".txt", ".yml")).write_text("date: [unclosed\n", encoding="utf-8")
    archive = build_archive(folder)
    assert len(archive.cases) == 1
    [problem] = archive.problems
    assert problem.source == SEED_EN.replace(".txt", ".yml")
    assert "not valid YAML" in problem.message


def test_a_correction_without_its_statement_is_reported(folder):
    (folder / "orphan.yml").write_text("date: 2021-01-01\n", encoding="utf-8")
    archive = build_archive(folder)
    assert status_of(archive, "orphan.yml") == "rejected"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("dates: 2021-01-01", "unknown field(s) dates"),
        ("date: yesterday", "date must be YYYY-MM-DD"),
        ("country: Atlantis", "unknown country 'Atlantis'"),
        ("defenders: Zhanar", "defenders must be a list"),
        ("lang: fr", "lang must be en or ru"),
        ("- a list", "must be a mapping"),
    ],
)
def test_correction_errors_name_the_file(text, message):
    with pytest.raises(CorrectionError, match="x.yml") as error:
        read_corrections(text, "x.yml")
    assert message in str(error.value)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="statements folder not found"):
        build_archive(tmp_path / "nowhere")
