"""Builds in one process (`mkdocs serve`): after each kind of edit, the session's archive and
pages are those of a build from nothing, and an edit of a statement's text alone renders only
the pages that show that text."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdarchive.build import ArchiveBuilder, BuildSettings, build_archive
from hrdarchive.export import archive_json
from hrdarchive.pages import render_site
from hrdarchive.parse import parse_statement

from .conftest import SEED_EN, SEED_RU, STATEMENTS


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "statements"
    shutil.copytree(STATEMENTS, target)
    return target


class Session:
    """One process's builds of a folder, as `mkdocs serve` makes them (nothing written)."""

    def __init__(self, remember: bool = True) -> None:
        self.builder = ArchiveBuilder(remember=remember)

    def build(self, folder: Path):
        return self.builder.prepare(BuildSettings(folder))


def assert_as_from_nothing(session_build, folder: Path) -> None:
    fresh = build_archive(folder)
    site = render_site(fresh)
    assert archive_json(session_build.archive, "") == archive_json(fresh, "")
    assert session_build.site.pages == site.pages
    assert session_build.site.page_meta == site.page_meta


def body_word(path: Path) -> tuple[str, re.Match]:
    """A long lowercase word of the statement's body, not in its headline."""
    text = path.read_text(encoding="utf-8")
    statement = parse_statement(text, path.name)
    words = [
        m
        for m in re.finditer(r"\b[a-zа-яё]{9,}\b", text)
        if m.group() not in (statement.title or "")
        and any(m.group() in p for p in statement.paragraphs[1:])
    ]
    return text, words[len(words) // 2]


def edit_word(path: Path, replacement: str) -> None:
    text, word = body_word(path)
    path.write_text(text[: word.start()] + replacement + text[word.end() :], encoding="utf-8")


@pytest.mark.parametrize("seed", [SEED_EN, SEED_RU])
def test_an_edit_of_the_text_renders_its_case_and_defenders_pages_only(folder, seed):
    session = Session()
    first = session.build(folder)
    assert first.changed_pages is None
    edit_word(folder / seed, "zqedited")
    second = session.build(folder)
    assert second.changed_sources == {seed}
    [case] = [c for c, st in second.archive.statements() if st.source == seed]
    expected = {f"cases/{case.id}.{lang}.md" for lang in ("en", "ru")} | {
        f"defenders/{p}.{lang}.md" for p in case.defenders for lang in ("en", "ru")
    }
    assert second.changed_pages == expected
    assert any("zqedited" in second.site.pages[p] for p in expected if p.startswith("cases/"))
    assert_as_from_nothing(second, folder)


def test_a_build_with_nothing_changed_renders_nothing(folder):
    session = Session()
    session.build(folder)
    again = session.build(folder)
    assert again.changed_pages == set() and again.changed_sources == set()
    assert_as_from_nothing(again, folder)


def edit_headline(folder: Path) -> None:
    path = folder / SEED_EN
    text = path.read_text(encoding="utf-8")
    title = parse_statement(text, SEED_EN).title
    path.write_text(text.replace(title, title + " again", 1), encoding="utf-8")


def add_number(folder: Path) -> None:
    edit_word(folder / SEED_EN, "1977")


def add_statement(folder: Path) -> None:
    shutil.copy(folder / SEED_EN, folder / "900_copy.txt")
    edit_headline(folder)  # not a duplicate: the copy keeps the old headline


def delete_statement(folder: Path) -> None:
    (folder / SEED_RU).unlink()


def restore_statement(folder: Path) -> None:
    shutil.copy(STATEMENTS / SEED_RU, folder / SEED_RU)


def correct_date(folder: Path) -> None:
    (folder / SEED_EN).with_suffix(".yml").write_text("date: 2019-03-04\n", encoding="utf-8")


def withhold(folder: Path) -> None:
    case = build_archive(folder).cases_newest_first()[0]
    name = next(iter(case.statements.values())).defenders[0]
    (folder / "withheld.yml").write_text(f"- {name}\n", encoding="utf-8")


CHANGES = [edit_headline, add_number, add_statement, delete_statement, correct_date, withhold]


@pytest.mark.parametrize("change", CHANGES)
def test_any_other_change_links_again_and_renders_only_the_pages_it_changes(folder, change):
    session = Session()
    first = session.build(folder)
    change(folder)
    rebuilt = session.build(folder)
    assert rebuilt.changed_sources is None
    assert_as_from_nothing(rebuilt, folder)
    changed = {
        path
        for path, markdown in rebuilt.site.pages.items()
        if first.site.pages.get(path) != markdown
    }
    assert changed <= rebuilt.changed_pages < set(rebuilt.site.pages)
    assert rebuilt.removed_pages == set(first.site.pages) - set(rebuilt.site.pages)
    assert rebuilt.same_pages == (set(first.site.pages) == set(rebuilt.site.pages))


def test_changes_one_after_another_keep_the_pages_as_from_nothing(folder):
    session = Session()
    session.build(folder)
    for change in [*CHANGES, edit_headline, restore_statement, edit_headline]:
        change(folder)
        assert_as_from_nothing(session.build(folder), folder)
    for path in sorted(folder.glob("*.yml")):
        path.unlink()  # corrections and withheld names taken back
    assert_as_from_nothing(session.build(folder), folder)


def test_a_changed_template_renders_every_page_again(folder, tmp_path, monkeypatch):
    from hrdarchive import build as build_module

    session = Session()
    session.build(folder)
    files = build_module.renderer_files()
    monkeypatch.setattr(build_module, "renderer_files", lambda: (*files, ("new", 1, 1)))
    delete_statement(folder)
    rebuilt = session.build(folder)
    assert rebuilt.changed_pages is None
    assert_as_from_nothing(rebuilt, folder)


def test_text_edits_after_a_full_rebuild_start_from_the_new_archive(folder):
    session = Session()
    session.build(folder)
    delete_statement(folder)
    session.build(folder)
    edit_word(folder / SEED_EN, "zqonce")
    session.build(folder)
    edit_word(folder / SEED_EN, "zqtwice")
    last = session.build(folder)
    assert last.changed_pages
    assert_as_from_nothing(last, folder)


def test_a_session_for_one_build_keeps_nothing(folder):
    """`mkdocs build` (no next build in the process) does not hold every page's Markdown."""
    session = Session(remember=False)
    session.build(folder)
    assert session.build(folder).changed_pages is None


def test_a_session_loads_the_parser_on_its_first_build_only(folder, monkeypatch):
    """A first build from the cache has parsed nothing in this process; the session parses
    one statement per language then, so that the first edit does not wait for the parser's
    dictionaries. A single build does not."""
    from hrdarchive import parsing

    build_archive(folder)  # the statements are in the cache: no build below parses them
    parsed = []
    real = parsing.parse_statement
    monkeypatch.setattr(
        parsing,
        "parse_statement",
        lambda text, source: parsed.append(source) or real(text, source),
    )
    Session(remember=False).build(folder)
    assert parsed == []
    session = Session()
    session.build(folder)
    assert parsed == [SEED_EN, SEED_RU]  # the first of each language
    session.build(folder)
    assert parsed == [SEED_EN, SEED_RU]


# -- any edit, any order --------------------------------------------------------------------
# Each field of a correction changes something some page shows (a title, a date, a country,
# the people, organisations, publisher, themes, the pairing, the language); text edits change
# what the case and profile pages quote. After each edit, the session's pages are a build's
# from nothing: no page whose context changed was kept from the last build.

SOURCES = sorted(p.name for p in STATEMENTS.glob("*.txt"))
CORRECTIONS = {
    "date": st.sampled_from(["2019-03-04", "2021-06-04", "null"]),
    "country": st.sampled_from(["Kazakhstan", "RU", "Таджикистан"]),
    "title": st.sampled_from(['"Kazakhstan: a new headline"', '"Дело: заголовок"', '"A & B"']),
    "defenders": st.sampled_from(["[Zhanar Sekerbayeva]", "[Ivan Petrov, Anna Ivanova]", "[]"]),
    "organisations": st.sampled_from(["[Feminita]", '["Мемориал"]', "[]"]),
    "publisher": st.sampled_from(["Front Line Defenders", "Human Rights Watch"]),
    "translation": st.sampled_from(["none", SEED_RU, SEED_EN]),
    "themes": st.sampled_from(["[release]", "[travel-ban, threats]", "[]"]),
}
EDITS = st.one_of(
    st.tuples(st.just("correct"), st.sampled_from(SOURCES), st.sampled_from(sorted(CORRECTIONS))),
    st.tuples(st.just("text"), st.sampled_from(SOURCES), st.just("")),
    st.tuples(st.just("headline"), st.sampled_from(SOURCES), st.just("")),
    st.tuples(st.just("delete"), st.sampled_from(SOURCES), st.just("")),
    st.tuples(st.just("restore"), st.sampled_from(SOURCES), st.just("")),
)


def apply_edit(folder: Path, edit: tuple[str, str, str], data) -> None:
    kind, source, field = edit
    path = folder / source
    if kind == "restore":
        shutil.copy(STATEMENTS / source, path)
    elif not path.exists():
        return
    elif kind == "correct":
        value = data.draw(CORRECTIONS[field], label=field)
        path.with_suffix(".yml").write_text(f"{field}: {value}\n", encoding="utf-8")
    elif kind == "text":
        edit_word(path, data.draw(st.sampled_from(["zqone", "zqtwo 1977"]), label="word"))
    elif kind == "headline":
        title = parse_statement(path.read_text(encoding="utf-8"), source).title
        if title:
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace(title, title + " again", 1), encoding="utf-8")
    elif kind == "delete":
        path.unlink()


@settings(max_examples=12, deadline=None, derandomize=True, database=None)
@given(edits=st.lists(EDITS, min_size=1, max_size=4), data=st.data())
def test_any_edits_keep_the_pages_as_from_nothing(edits, data):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "statements"
        shutil.copytree(STATEMENTS, folder)
        session = Session()
        last = session.build(folder)
        for edit in edits:
            apply_edit(folder, edit, data)
            rebuilt = session.build(folder)
            assert_as_from_nothing(rebuilt, folder)
            if rebuilt.changed_pages is not None:
                changed = {
                    p for p, md in rebuilt.site.pages.items() if last.site.pages.get(p) != md
                }
                assert changed <= rebuilt.changed_pages
            last = rebuilt


def test_an_editors_introduction_renders_the_home_page_again(folder, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    builder = ArchiveBuilder(remember=True)
    settings_ = BuildSettings(folder, docs=docs)
    builder.prepare(settings_)
    (docs / "intro.ru.md").write_text("Наше **собственное** введение.\n", encoding="utf-8")
    rebuilt = builder.prepare(settings_)
    assert rebuilt.changed_pages == {"index.en.md", "index.ru.md"}
    assert "Наше **собственное** введение." in (docs / "index.ru.md").read_text("utf-8")
    assert "Наше" not in (docs / "index.en.md").read_text("utf-8")
