"""Statements as publishers release them, end to end: the shared corpus printed to PDF by
Chromium on letterhead, saved as web pages with a site's chrome, written as Word files
(`benchmarks/released.py`), then read, scored, built and published."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from hrdarchive.build import build_archive

from .conftest import (
    ROOT,
    SEED_EN,
    SEED_RU,
    STATEMENTS,
    copy_project,
    mkdocs_build,
    shared_corpus,
)

sys.path.insert(0, str(ROOT / "benchmarks"))
import released  # noqa: E402
import score  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
# What each format adds around the statement, that must reach no page and no search index.
CHROME = [
    "Urgent appeal",
    "Registered charity",
    "Page 1 of",
    "HRDN – EU Office",
    "We use cookies",
    "Accept all cookies",
    "Share this",
    "Related news",
    "Maryia Rabkova sentenced",
    "Subscribe to our newsletter",
    "googletagmanager",
    "dataLayer",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return shared_corpus(tmp_path_factory)


@pytest.fixture(scope="module")
def formats(corpus, tmp_path_factory, browser) -> dict[str, list[Path]]:
    made = {"txt": corpus}
    for fmt in released.FORMATS:
        made[fmt] = []
        for folder in corpus:
            target = tmp_path_factory.mktemp(f"{folder.name}-{fmt}")
            released.convert(folder, target, fmt, browser)
            made[fmt].append(target)
    return made


@pytest.fixture(scope="module")
def scores(formats) -> dict[str, dict[str, float]]:
    found = {}
    for fmt, folders in formats.items():
        answers = score.load_answers(folders)
        found[fmt], _ = score.score(answers, score.build(folders), [])
    return found


@pytest.mark.parametrize("fmt", released.FORMATS)
def test_every_measure_is_within_two_points_of_the_text_files(scores, fmt):
    worse = {
        measure: (value, scores["txt"][measure])
        for measure, value in scores[fmt].items()
        if value < scores["txt"][measure] - 0.02
    }
    assert worse == {}


@pytest.fixture(scope="module")
def archives(formats) -> dict[str, object]:
    archives = {}
    for fmt in released.FORMATS:
        folder = formats[fmt][1].parent / f"all-{fmt}"
        folder.mkdir(exist_ok=True)
        for source in formats[fmt]:
            for path in source.glob(f"*.{fmt}"):
                shutil.copy(path, folder / path.name)
        archives[fmt] = build_archive(folder)
    return archives


@pytest.mark.parametrize("fmt", released.FORMATS)
def test_no_letterhead_footer_or_site_chrome_reaches_a_statements_text(archives, fmt):
    leaks = []
    for _, statement in archives[fmt].statements():
        text = "\n".join([statement.title or "", *statement.paragraphs, *statement.calls])
        leaks += [f"{statement.source}: {c}" for c in CHROME if c in text]
        leaks += [f"{statement.source}: {n}" for n in released.BOARD if n in text]
    assert leaks == []


@pytest.mark.parametrize("fmt", released.FORMATS)
def test_no_name_on_a_letterhead_or_in_a_footer_becomes_a_defender(archives, fmt):
    people = {name for p in archives[fmt].people.values() for name in p.names.values()}
    assert people & set(released.BOARD) == set()
    assert not any("Lawlor" in name or "Tsunga" in name for name in people)


@pytest.mark.parametrize("fmt", released.FORMATS)
def test_each_file_says_what_it_was(archives, fmt):
    origins = {report.source: report.origin for report in archives[fmt].files}
    first = {"pdf": "PDF, ", "html": "web page, main text kept", "docx": "Word file"}[fmt]
    assert all(origin.startswith(first) for origin in origins.values()), origins
    if fmt == "pdf":
        seed = origins[SEED_EN.replace(".txt", ".pdf")]
        assert seed.startswith("PDF, 4 pages, running header and footer removed")


# -- A site built from released files ------------------------------------------------------


@pytest.fixture(scope="module")
def released_site(formats, tmp_path_factory) -> Path:
    """The seed case as a PDF (English) and a Word file (Russian), a real statement as a web
    page, and a withheld name that only the PDF's letterhead holds."""
    statements = tmp_path_factory.mktemp("released-statements")
    seeds_pdf, seeds_docx = formats["pdf"][0], formats["docx"][0]
    shutil.copy(seeds_pdf / SEED_EN.replace(".txt", ".pdf"), statements)
    shutil.copy(seeds_docx / SEED_RU.replace(".txt", ".docx"), statements)
    page = "013_en_ru-titiev-detention-omct.html"
    shutil.copy(formats["html"][1] / page, statements)
    # On the letterheads of every file, in no statement's text.
    (statements / "withheld.yml").write_text("- Kristina Vanderhaegen\n", encoding="utf-8")
    project = copy_project(tmp_path_factory.mktemp("released"), statements)
    result = mkdocs_build(project, "--strict", env={"ARCHIVE_STATEMENTS_DIR": str(statements)})
    assert result.returncode == 0, result.stderr
    # The build says why the originals are not published, without the name.
    assert result.stderr.count("the original is not published, only its redacted text") == 2
    assert "Vanderhaegen" not in result.stderr
    return project / "site"


def test_a_web_page_is_published_as_its_text_and_an_original_naming_a_withheld_person_not_at_all(
    released_site,
):
    published = sorted(p.name for p in (released_site / "statements").iterdir())
    assert published == [
        "000_e4a8f1493d220999.pdf.txt",
        "003_ec3d1e8a170b5577.docx.txt",
        "013_en_ru-titiev-detention-omct.html.txt",
    ]
    for path in (released_site / "statements").iterdir():
        text = path.read_text(encoding="utf-8")
        assert "Vanderhaegen" not in text and "<script" not in text


def test_the_case_page_links_the_published_copy(released_site):
    case = next((released_site / "cases").glob("2021-06-04-*/index.html")).read_text("utf-8")
    assert re.search(r'href="[./]*statements/000_e4a8f1493d220999\.pdf\.txt"', case)
    assert "Zhanar Sekerbayeva" in case


def test_no_chrome_and_no_withheld_name_in_the_search_index_or_any_page(released_site):
    leaks = []
    for path in released_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt", ".csv"):
            text = path.read_text(encoding="utf-8", errors="replace")
            leaks += [f"{path.name}: {c}" for c in CHROME if c in text]
            if "Vanderhaegen" in text:
                leaks.append(f"{path.relative_to(released_site)}: a withheld name")
    assert leaks == []


def test_the_shipped_sample_publishes_its_pdf_and_word_file_as_they_came(built_site):
    for name in ("105_en_kg-askarov-humanitarian-release-fld.pdf",):
        assert (built_site / "statements" / name).read_bytes() == (STATEMENTS / name).read_bytes()
    name = "106_ru_kg-askarov-humanitarian-release-fld.docx"
    assert (built_site / "statements" / name).read_bytes() == (STATEMENTS / name).read_bytes()
    page = "109_en_kz-bokaev-ayan-sentenced-hrw.html"
    assert not (built_site / "statements" / page).exists()
    assert "Bokaev" in (built_site / "statements" / f"{page}.txt").read_text("utf-8")


def test_a_pdf_saved_again_with_the_same_text_is_published_anew_by_a_dirty_rebuild(tmp_path):
    """Under `mkdocs serve --dirty`, a rebuild where no statement's text changed copies only
    the files that changed: a PDF's new bytes (its metadata here) are among them."""
    import io
    import os
    import time

    from pypdf import PdfReader, PdfWriter

    from hrdarchive.build import ArchiveBuilder, BuildSettings
    from hrdarchive.pages.urls import Urls

    folder = tmp_path / "statements"
    folder.mkdir()
    name = "105_en_kg-askarov-humanitarian-release-fld.pdf"
    original = (STATEMENTS / name).read_bytes()
    (folder / name).write_bytes(original)
    os.utime(folder / name, (time.time() - 100, time.time() - 100))
    builder = ArchiveBuilder(remember=True)
    settings = BuildSettings(folder, docs=tmp_path / "docs", addresses="read")
    site = tmp_path / "site"
    builder.publish(builder.prepare(settings), site, folder, Urls(), False, lambda page: "")
    assert (site / "statements" / name).read_bytes() == original

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(original)))
    writer.add_metadata({"/Author": "Front Line Defenders press office"})
    saved = io.BytesIO()
    writer.write(saved)
    (folder / name).write_bytes(saved.getvalue())
    os.utime(folder / name, (time.time() - 50, time.time() - 50))
    build = builder.prepare(settings)
    assert build.changed_sources == set()  # the text is the same
    builder.publish(build, site, folder, Urls(), True, lambda page: "")
    assert (site / "statements" / name).read_bytes() == saved.getvalue()
