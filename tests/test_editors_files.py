"""Nothing an editor writes is lost: the build overwrites and removes only the pages it wrote
itself (marked, and unchanged since), in full builds, under `mkdocs serve` and `--dirty`. A
hand-written file in a generated folder, and one where the archive would write a page, are
left as they are and reported as warnings (so a strict build fails). Editors write the home
page's introduction and pages of their own beside the generated ones, in both languages."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from hrdarchive.build import build_archive
from hrdarchive.pages import render_site
from hrdarchive.write import is_generated, marked, write_pages

from .conftest import SEED_EN, SEED_RU, STATEMENTS, copy_project, mkdocs_build
from .test_serve import SEED_CASE, Server, case_links

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
# Files an editor put in the folders the archive generates: a note, an image, a nested one.
EDITORS_FILES = {
    "cases/editor-note.en.md": b"# A note of the editors\n\nNot a case.\n",
    "cases/photo.png": PNG,
    "defenders/notes/sources.ru.md": "# Источники\n\nЗаметки редакции.\n".encode(),
}
# A page of their own, in a folder of their own, in both languages.
OWN_PAGES = {
    "reports/annual.en.md": b"# Annual report\n\nOur year.\n",
    "reports/annual.ru.md": "# Годовой отчёт\n\nНаш год.\n".encode(),
}


def snapshot(docs: Path, files: dict[str, bytes]) -> dict[str, str]:
    return {
        rel: hashlib.sha256((docs / rel).read_bytes()).hexdigest()
        for rel in files
        if (docs / rel).is_file()
    }


def put(docs: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_bytes(data)


def expected(files: dict[str, bytes]) -> dict[str, str]:
    return {rel: hashlib.sha256(data).hexdigest() for rel, data in files.items()}


# -- the write stage alone ----------------------------------------------------------------


def test_a_page_is_the_archives_only_with_its_mark_and_unchanged():
    page = "---\ntemplate: case.html\n---\n# Title\n"
    data = marked(page)
    assert data.startswith(b"---\narchive_generated: ") and is_generated(data)
    assert data.endswith(page[4:].encode())
    assert not is_generated(page.encode())  # no mark: hand-written
    assert not is_generated(data + b"An editor's line.\n")  # edited since
    assert not is_generated(data.replace(b"# Title", b"# Other"))


def test_only_the_archives_pages_are_written_over_or_removed(tmp_path):
    docs = tmp_path / "docs"
    pages = {"cases/a.en.md": "---\ntitle: A\n---\nA\n", "cases/b.en.md": "---\ntitle: B\n---\n"}
    write_pages(docs, pages)
    put(docs, EDITORS_FILES)
    clash = "cases/b.en.md"
    (docs / clash).write_bytes(b"# My own page at a case's address\n")
    edited = docs / "cases/a.en.md"
    edited.write_bytes(edited.read_bytes() + b"\nAn editor's addition.\n")
    report = write_pages(docs, {"cases/a.en.md": "---\ntitle: A2\n---\n", clash: pages[clash]})
    assert sorted(report.clashes) == ["cases/a.en.md", clash] and report.written == []
    assert snapshot(docs, EDITORS_FILES) == expected(EDITORS_FILES)
    assert sorted(report.foreign) == sorted(EDITORS_FILES)
    assert b"An editor's addition." in edited.read_bytes()
    report = write_pages(docs, {})  # every page gone: only the editors' files are left
    assert report.removed == [] and sorted(p.relative_to(docs).as_posix() for p in
                                           docs.rglob("*") if p.is_file()) == sorted(
        [*EDITORS_FILES, "cases/a.en.md", clash]
    )  # fmt: skip


def test_a_page_an_older_archive_wrote_without_the_mark_is_taken_over(tmp_path):
    docs = tmp_path / "docs"
    page = "---\ntitle: A\n---\nA\n"
    (docs / "cases").mkdir(parents=True)
    (docs / "cases" / "a.en.md").write_text(page, encoding="utf-8")
    report = write_pages(docs, {"cases/a.en.md": page})
    assert report.written == ["cases/a.en.md"] and report.clashes == []
    assert is_generated((docs / "cases" / "a.en.md").read_bytes())


def test_removing_a_statement_removes_exactly_its_pages(tmp_path):
    statements = tmp_path / "statements"
    shutil.copytree(STATEMENTS, statements)
    docs = tmp_path / "docs"
    write_pages(docs, render_site(build_archive(statements)).pages)
    put(docs, EDITORS_FILES)
    (statements / "045_en_ru-orlov-released-observatory-newsletter.txt").unlink()
    pages = render_site(build_archive(statements)).pages
    report = write_pages(docs, pages)
    assert report.removed and report.clashes == []
    left = {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()}
    assert left == set(pages) | set(EDITORS_FILES)


# -- as editors build -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def editors_project(tmp_path_factory):
    """The sample with an editor's files in the generated folders, pages of their own, a
    home-page introduction, and a hand-written page at a case's address; built twice."""
    project = copy_project(tmp_path_factory.mktemp("editors"))
    docs = project / "docs"
    put(docs, {**EDITORS_FILES, **OWN_PAGES})
    (docs / "intro.en.md").write_text("Our **own** introduction.\n", encoding="utf-8")
    (docs / "intro.ru.md").write_text("Наше **собственное** введение.\n", encoding="utf-8")
    clash = f"cases/{SEED_CASE}.ru.md"
    put(docs, {clash: "# Наша страница\n\nВместо страницы дела.\n".encode()})
    results = [mkdocs_build(project) for _ in range(2)]
    return project, results, clash


def test_editors_files_survive_builds_and_are_reported(editors_project):
    project, results, clash = editors_project
    docs = project / "docs"
    assert all(r.returncode == 0 for r in results), results[0].stderr
    assert snapshot(docs, {**EDITORS_FILES, **OWN_PAGES}) == expected(
        {**EDITORS_FILES, **OWN_PAGES}
    )
    log = results[-1].stderr
    for rel in EDITORS_FILES:
        assert f"WARNING -  archive: docs/{rel}: not written by the archive, in a folder" in log
    assert f"WARNING -  archive: docs/{clash}: not written by the archive" in log
    assert (docs / clash).read_text("utf-8").startswith("# Наша страница")
    built = (project / "site/ru/cases" / SEED_CASE / "index.html").read_text("utf-8")
    assert "Вместо страницы дела." in built
    # The editor's page is not given the case's facts, JSON-LD or search entry.
    assert "application/ld+json" not in built and "archive-facts" not in built


def test_a_strict_build_fails_on_them(editors_project, tmp_path):
    project, _, _ = editors_project
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 1 and "in strict mode" in result.stdout + result.stderr


def test_editors_own_pages_and_introduction_are_built(editors_project):
    project, _, _ = editors_project
    site = project / "site"
    assert "Our year." in (site / "reports/annual/index.html").read_text("utf-8")
    assert "Наш год." in (site / "ru/reports/annual/index.html").read_text("utf-8")
    assert "Our <strong>own</strong> introduction." in (site / "index.html").read_text("utf-8")
    home_ru = (site / "ru/index.html").read_text("utf-8")
    assert "Наше <strong>собственное</strong> введение." in home_ru
    assert not (site / "intro").exists() and not (site / "ru/intro").exists()


def seeds_project(tmp_path: Path) -> tuple[Path, Path]:
    """A project whose statements folder, beside it, holds the two seeds."""
    statements = tmp_path / "statements"
    statements.mkdir()
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, statements / name)
    return statements, copy_project(tmp_path / "project", statements)


@pytest.mark.parametrize("dirty", [False, True], ids=["serve", "serve --dirty"])
def test_editors_files_survive_serve_rebuilds(tmp_path, dirty):
    statements, project = seeds_project(tmp_path)
    docs = project / "docs"
    put(docs, EDITORS_FILES)
    server = Server(project, statements, dirty=dirty)
    try:
        server.wait(lambda: server.get("/")[0] == 200, "first build")
        server.settle(1)
        assert f"docs/{next(iter(EDITORS_FILES))}: not written by the archive" in server.text()
        seed = statements / SEED_EN
        seed.write_text(seed.read_text("utf-8").replace("Shymkent", "Shymkent (x)"), "utf-8")
        server.settle(2)
        added = sorted((Path(__file__).parent / "fixtures" / "extra").glob("*.txt"))[0]
        before = case_links(server)
        shutil.copy(added, statements / added.name)
        server.wait(lambda: len(case_links(server)) > len(before), "new case listed")
        server.settle(3)
        (statements / added.name).unlink()
        server.wait(lambda: case_links(server) == before, "case gone")
        server.settle(4)
        assert snapshot(docs, EDITORS_FILES) == expected(EDITORS_FILES)
        assert server.builds() == 4, "an editor's file or the archive's writes rebuilt again"
    finally:
        server.stop()


def test_under_serve_a_page_edited_or_deleted_by_hand_is_noticed(tmp_path):
    """A generated page edited by hand becomes the editor's (kept, reported); deleting it
    brings the archive's page back; a deleted page is written again; a file put in a
    generated folder is reported: each starts one rebuild, and the build's own writes none."""
    statements, project = seeds_project(tmp_path)
    docs = project / "docs"
    page = docs / "cases" / f"{SEED_CASE}.ru.md"
    server = Server(project, statements, dirty=True)
    try:
        server.wait(lambda: server.get("/")[0] == 200, "first build")
        server.settle(1)
        assert is_generated(page.read_bytes())
        page.write_text(page.read_text("utf-8") + "\nПравка редактора.\n", "utf-8")
        server.settle(2)
        assert "Правка редактора." in page.read_text("utf-8")
        assert f"docs/cases/{SEED_CASE}.ru.md: not written by the archive" in server.text()
        page.unlink()
        server.wait(lambda: page.is_file(), "the archive's page back")
        server.settle(3)
        assert is_generated(page.read_bytes())
        (docs / "cases" / "note.en.md").write_text("# Note\n", "utf-8")
        server.settle(4)
        assert "docs/cases/note.en.md: not written by the archive, in a folder" in server.text()
        assert server.builds() == 4
    finally:
        server.stop()
