"""The raw statements kept outside the site (`originals_url`): the pages link them there, the
build writes them into a folder of their own, the same copies the site would have published,
and never into a folder that is not the archive's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hrdarchive.pages import Urls
from hrdarchive.raw_copies import FOLDER_MARK, claim_folder

from .conftest import STATEMENTS, copy_project, mkdocs_build

ORIGINALS_URL = "https://example.org/hrd-originals"


def test_a_statement_links_its_copy_in_the_site_or_where_the_originals_are():
    in_site = Urls.make()
    assert in_site.original("cases/x", "en", "a b.pdf") == "../../statements/a%20b.pdf"
    assert in_site.original("cases/x", "ru", "a.txt") == "../../../statements/a.txt"
    elsewhere = Urls.make(originals_url=ORIGINALS_URL)
    assert elsewhere.originals_url == ORIGINALS_URL + "/"
    assert elsewhere.original("cases/x", "ru", "a b.pdf") == ORIGINALS_URL + "/a%20b.pdf"


@pytest.mark.parametrize("address", ["originals/", "/originals/", "ftp://example.org/x/"])
def test_the_originals_address_is_a_web_address(address):
    with pytest.raises(ValueError, match="originals_url"):
        Urls.make(originals_url=address)


def test_the_folder_is_never_the_statements_docs_or_the_site(tmp_path):
    statements, docs, site = (tmp_path / n for n in ("statements", "docs", "site"))
    for folder in (statements, statements / "originals", docs / "x", site / "statements"):
        with pytest.raises(ValueError, match="cannot be, hold or lie in"):
            claim_folder(folder, statements, docs, site)
    with pytest.raises(ValueError, match="cannot be, hold or lie in"):
        claim_folder(tmp_path, statements, docs, site)  # it holds them


def test_a_folder_of_someone_elses_is_refused_and_left_as_it_is(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="did not write"):
        claim_folder(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_a_new_folder_is_made_the_archives_and_stays_so(tmp_path):
    folder = tmp_path / "originals"
    claim_folder(folder)
    assert (folder / FOLDER_MARK).is_file()
    (folder / "a.txt").write_text("a copy", encoding="utf-8")
    claim_folder(folder)  # its own: accepted again


@pytest.fixture(scope="module")
def built_elsewhere(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("originals"))
    result = mkdocs_build(project, "--strict", env={"ARCHIVE_ORIGINALS_URL": ORIGINALS_URL})
    assert result.returncode == 0, result.stderr
    return project


def test_the_site_carries_no_copy_and_its_pages_link_where_they_are(built_elsewhere):
    site = built_elsewhere / "site"
    assert not (site / "statements").exists()
    case = next((site / "ru" / "cases").glob("2021-06-04-*/index.html")).read_text("utf-8")
    assert f'href="{ORIGINALS_URL}/' in case
    assert 'href="../../../statements/' not in case


def test_the_folder_holds_the_copies_the_site_would_have(built_elsewhere, built_site):
    originals = built_elsewhere / "originals"
    published = {p.name: p.read_bytes() for p in (built_site / "statements").iterdir()}
    kept = {p.name: p.read_bytes() for p in originals.iterdir() if p.name != FOLDER_MARK}
    assert kept == published
    assert not (originals / "withheld.yml").exists()


def test_a_folder_of_someone_elses_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(STATEMENTS / next(p.name for p in STATEMENTS.glob("*.txt")), mine / "kept.txt")
    env = {"ARCHIVE_ORIGINALS_URL": ORIGINALS_URL, "ARCHIVE_ORIGINALS_DIR": str(mine)}
    result = mkdocs_build(project, env=env)
    assert result.returncode != 0
    assert f"{mine}: holds files the archive did not write" in result.stderr
    assert sorted(p.name for p in mine.iterdir()) == ["kept.txt"]
    assert not (project / "site" / "cases").exists()
