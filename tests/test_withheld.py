"""Withheld names (`withheld.yml`): any spelling, script or grammatical case of a listed person
is replaced by a placeholder, and the name reaches no output at all."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from hrdarchive.model import StatementError
from hrdarchive.withheld import Redactor, read_withheld

from .conftest import SEED_EN, SEED_RU, STATEMENTS, copy_project, mkdocs_build

# Every form of the seed's first defender, in both scripts, as the seeds write them.
FORMS = re.compile(r"sekerba|sekerbaye|секербаев|серкебаев|zhanar|жанар", re.I)


def redactor(text: str) -> Redactor:
    return Redactor(read_withheld(text, "withheld.yml"))


def test_a_name_is_withheld_in_any_script_and_case():
    r = redactor("- Zhanar Sekerbayeva\n")
    named = r.people
    ru = (
        "неизвестные напали на правозащитниц Жанар Секербаеву и Гулзаду Сержан. "
        "Сотрудник полиции задержал Жанар Секербаеву. Телефон Жанар Секербаевой был "
        "опубликован. Жанар Серкебаева – доктор социальных наук."
    )
    assert r.redact(ru, "ru", named) == (
        "неизвестные напали на правозащитниц [имя скрыто] и Гулзаду Сержан. "
        "Сотрудник полиции задержал [имя скрыто]. Телефон [имя скрыто] был "
        "опубликован. [имя скрыто] – доктор социальных наук."
    )
    en = "women human rights defenders Zhanar Sekerbayeva and Gulzada Serzhan. Zhanar said"
    assert r.redact(en, "en", named) == (
        "women human rights defenders [name withheld] and Gulzada Serzhan. [name withheld] said"
    )


def test_the_words_around_a_name_stay():
    r = redactor("- [Гулзада Сержан]\n")
    text = "Woman Human Rights Defender Gulzada Serzhan Attacked in Shymkent"
    assert r.redact(text, "en", r.people) == (
        "Woman Human Rights Defender [name withheld] Attacked in Shymkent"
    )


def test_a_name_hyphenated_at_a_line_end_is_withheld():
    redactor = Redactor(read_withheld("- Zhanar Sekerbayeva\n", "withheld.yml"))
    assert redactor.redact("журналистку Жанар Секер-\nбаеву и пресс-службу", "ru") == (
        "журналистку [имя скрыто] и пресс-службу"
    )
    assert redactor.people_named_in(["Zhanar Sekerbaye-\nva"])


def test_a_publisher_named_after_the_person_is_withheld(seed_en):
    from hrdarchive.parse import parse_statement

    statement = parse_statement(seed_en, SEED_EN)
    statement.publisher = "Aigerim Tleuzhan (blog)"  # a web page's site name
    redactor = Redactor(read_withheld("- Aigerim Tleuzhan\n", "withheld.yml"))
    assert redactor.redact_statement(statement)
    assert statement.publisher == "[name withheld] (blog)"


def test_someone_else_with_a_like_name_is_not_withheld():
    r = redactor("- Zhanar Sekerbayeva\n")
    assert r.redact("Arman Aripzhanov and Bagila Baltabaeva", "en") == (
        "Arman Aripzhanov and Bagila Baltabaeva"
    )


def test_a_file_named_after_the_person_is_published_under_a_neutral_name():
    r = redactor("- Zhanar Sekerbayeva\n")
    assert re.fullmatch(r"2021/withheld-[0-9a-f]{12}\.txt", r.public_source("2021/sekerbayeva.txt"))
    assert r.public_source("000_e4a8f1493d220999.txt") == "000_e4a8f1493d220999.txt"


@pytest.mark.parametrize(
    "text",
    ["- [", "name: Zhanar", "- 42\n", "- []\n"],
)
def test_a_list_that_cannot_be_read_is_an_error_naming_the_file(text):
    with pytest.raises(StatementError, match="withheld.yml"):
        read_withheld(text, "withheld.yml")


# ---------------------------------------------------------------------------------------------
# A whole build


@pytest.fixture(scope="module")
def withheld_statements(tmp_path_factory) -> Path:
    statements = tmp_path_factory.mktemp("withheld-statements")
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, statements / name)
    # A third statement about her, its file named after her.
    shutil.copy(STATEMENTS / SEED_EN, statements / "zhanar-sekerbayeva-2021.txt")
    text = (statements / "zhanar-sekerbayeva-2021.txt").read_text(encoding="utf-8")
    (statements / "zhanar-sekerbayeva-2021.txt").write_text(
        text.replace("4 June 2021", "9 June 2021").replace("29 May", "2 June"), encoding="utf-8"
    )
    # Listed in Latin letters only: the Russian forms must go too.
    (statements / "withheld.yml").write_text("- Zhanar Sekerbayeva\n", encoding="utf-8")
    return statements


@pytest.fixture(scope="module")
def withheld_site(tmp_path_factory, withheld_statements) -> Path:
    statements = withheld_statements
    project = copy_project(tmp_path_factory.mktemp("withheld"), statements)
    result = mkdocs_build(project, env={"ARCHIVE_STATEMENTS_DIR": str(statements)})
    assert result.returncode == 0, result.stderr
    assert not FORMS.search(result.stderr), "a withheld name in the build log"
    return project / "site"


def test_the_name_is_in_no_file_and_no_path_of_the_site(withheld_site):
    leaks = []
    for path in withheld_site.rglob("*"):
        relative = path.relative_to(withheld_site).as_posix()
        if FORMS.search(relative):
            leaks.append(f"path {relative}")
        if path.is_file() and not relative.startswith("assets/"):
            text = path.read_bytes().decode("utf-8", errors="replace")
            leaks += [f"{relative}: {m.group()!r}" for m in FORMS.finditer(text)][:3]
    assert leaks == []


def test_her_place_in_the_text_reads_as_a_placeholder(withheld_site):
    case = next((withheld_site / "cases").glob("2021-06-04-*/index.html")).read_text("utf-8")
    assert "[name withheld]" in case and "Gulzada Serzhan" in case
    ru = next((withheld_site / "ru" / "cases").glob("2021-06-04-*/index.html")).read_text("utf-8")
    assert "[имя скрыто]" in ru and "Гулзада Сержан" in ru


def test_no_page_is_made_for_her_and_the_others_stay(withheld_site):
    defenders = sorted(p.name for p in (withheld_site / "defenders").iterdir() if p.is_dir())
    assert defenders == ["gulzada-serzhan"]


def test_raw_statements_are_published_redacted(withheld_site):
    raw = sorted((withheld_site / "statements").iterdir())
    assert len(raw) == 3
    assert any(re.fullmatch(r"withheld-[0-9a-f]{12}\.txt", p.name) for p in raw)
    assert all("[" in p.read_text("utf-8") for p in raw)


def test_raw_statements_kept_elsewhere_are_redacted_too(
    tmp_path, withheld_statements, withheld_site
):
    """With `originals_url`, the copies the editor publishes elsewhere are these same ones."""
    project = copy_project(tmp_path / "project", withheld_statements)
    env = {
        "ARCHIVE_STATEMENTS_DIR": str(withheld_statements),
        "ARCHIVE_ORIGINALS_URL": "https://example.org/originals/",
    }
    result = mkdocs_build(project, env=env)
    assert result.returncode == 0, result.stderr
    originals = project / "originals"
    kept = {p.name: p.read_bytes() for p in originals.iterdir() if not p.name.startswith(".")}
    assert kept == {p.name: p.read_bytes() for p in (withheld_site / "statements").iterdir()}
    for name, data in kept.items():
        assert not FORMS.search(name)
        assert not FORMS.search(data.decode("utf-8", errors="replace")), name


def test_a_broken_list_stops_the_build(tmp_path):
    statements = tmp_path / "statements"
    statements.mkdir()
    shutil.copy(STATEMENTS / SEED_EN, statements / SEED_EN)
    (statements / "withheld.yml").write_text("- [unclosed\n", encoding="utf-8")
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", statements)
    result = mkdocs_build(project, env={"ARCHIVE_STATEMENTS_DIR": str(statements)})
    assert result.returncode != 0
    assert "withheld.yml" in result.stderr
    assert not (project / "site" / "cases").exists()
