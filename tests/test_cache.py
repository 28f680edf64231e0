"""Parsed statements kept between builds: a rebuild parses only what changed, a stale or broken
cache is never trusted, and parsing on several cores gives the very same archive."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from hrdarchive import cache as cache_module
from hrdarchive import parsing
from hrdarchive.build import build_archive
from hrdarchive.export import archive_json

from .conftest import SEED_EN, STATEMENTS, statement_files


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "statements"
    shutil.copytree(STATEMENTS, target)
    return target


@pytest.fixture(autouse=True)
def empty_memory(monkeypatch):
    """Each test starts as a new process would: nothing parsed in memory."""
    monkeypatch.setattr(cache_module, "_memory", {})
    monkeypatch.setattr(cache_module, "_disk_keys", {})
    monkeypatch.setattr(parsing, "_keys_by_stat", {})


def new_process() -> None:
    cache_module._memory.clear()
    cache_module._disk_keys.clear()
    parsing._keys_by_stat.clear()


def count_reads(monkeypatch) -> list[str]:
    read: list[str] = []
    real = Path.read_bytes

    def reading(path: Path) -> bytes:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", reading)
    return read


def count_calls(monkeypatch, name: str) -> list[str]:
    """The statements `parsing.<name>(something, source)` is called for."""
    called: list[str] = []
    real = getattr(parsing, name)

    def counting(first, source):
        called.append(source)
        return real(first, source)

    monkeypatch.setattr(parsing, name, counting)
    return called


def count_parses(monkeypatch) -> list[str]:
    return count_calls(monkeypatch, "parse_statement")


def test_a_second_process_reads_the_statements_from_the_disk_cache(folder, tmp_path, monkeypatch):
    first = build_archive(folder, tmp_path / "cache")
    new_process()
    parsed = count_parses(monkeypatch)
    second = build_archive(folder, tmp_path / "cache")
    assert parsed == []
    assert archive_json(second, "") == archive_json(first, "")


def test_only_the_changed_statement_and_the_one_with_a_new_correction_are_parsed_again(
    folder, tmp_path, monkeypatch
):
    build_archive(folder, tmp_path / "cache")
    edited = folder / SEED_EN
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    (folder / "002_en_tj-rizoev-released-case-page.yml").write_text("date: 2020-01-02\n", "utf-8")
    new_process()
    parsed = count_parses(monkeypatch)
    archive = build_archive(folder, tmp_path / "cache")
    assert sorted(parsed) == [SEED_EN, "002_en_tj-rizoev-released-case-page.txt"]
    [rizoev] = [st for _, st in archive.statements() if st.source.startswith("002_")]
    assert str(rizoev.date) == "2020-01-02"


def test_a_broken_cache_file_is_ignored(folder, tmp_path, monkeypatch):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "parsed-statements.pickle").write_bytes(b"not a pickle")
    parsed = count_parses(monkeypatch)
    archive = build_archive(folder, tmp_path / "cache")
    assert len(parsed) == len(statement_files(folder)) and len(archive.cases) > 0
    new_process()
    parsed.clear()
    build_archive(folder, tmp_path / "cache")  # and it was written anew
    assert parsed == []


def test_a_changed_parser_makes_every_entry_stale(folder, tmp_path, monkeypatch):
    build_archive(folder, tmp_path / "cache")
    new_process()
    monkeypatch.setattr(cache_module, "parser_version", lambda: "another parser")
    parsed = count_parses(monkeypatch)
    build_archive(folder, tmp_path / "cache")
    assert len(parsed) == len(statement_files(folder))


@pytest.mark.parametrize("library", ["pymorphy3-dicts-ru", "babel", "pycountry"])
def test_another_release_of_a_library_misses_the_cache(folder, tmp_path, monkeypatch, library):
    """An upgrade of a library parsing reads with (pymorphy3's dictionaries, a distribution
    the package never imports itself, among them): every statement is parsed again."""
    build_archive(folder, tmp_path / "cache")
    versions = cache_module.library_versions()
    assert library in versions
    new_process()
    upgraded = {**versions, library: versions[library] + ".post1"}
    monkeypatch.setattr(cache_module, "library_versions", lambda: upgraded)
    cache_module.parser_version.cache_clear()
    try:
        parsed = count_parses(monkeypatch)
        build_archive(folder, tmp_path / "cache")
        assert len(parsed) == len(statement_files(folder))
    finally:
        cache_module.parser_version.cache_clear()


def test_the_libraries_are_found_from_the_imports():
    """Every distribution requirements.txt pins that parsing uses is among those found."""
    versions = cache_module.library_versions()
    for name in ("pymorphy3", "pymorphy3-dicts-ru", "babel", "pycountry", "anyascii", "pyyaml"):
        assert name in versions, name
    assert "pytest" not in versions and "mkdocs" not in versions


def test_statements_are_fresh_copies_whatever_the_build_does_to_them(folder):
    first = build_archive(folder)
    for _, statement in first.statements():
        statement.defenders.append("Someone Else")
        statement.warnings.append("changed")
    second = build_archive(folder)
    assert all("Someone Else" not in st.defenders for _, st in second.statements())


def test_parsing_on_several_cores_gives_the_same_archive(folder, monkeypatch):
    serial = archive_json(build_archive(folder), "")
    new_process()
    monkeypatch.setattr(parsing, "PARALLEL_MIN", 4)
    monkeypatch.setattr(parsing.os, "cpu_count", lambda: 2)
    workers = []
    real_pool = parsing.ProcessPoolExecutor

    def pool(n, **kwargs):
        workers.append(n)
        return real_pool(n, **kwargs)

    monkeypatch.setattr(parsing, "ProcessPoolExecutor", pool)
    assert archive_json(build_archive(folder), "") == serial
    assert workers == [2]


def test_a_rebuild_with_every_statement_in_memory_leaves_the_disk_file_alone(
    folder, tmp_path, monkeypatch
):
    """Under `mkdocs serve`, each rebuild would otherwise read and write the whole file."""
    build_archive(folder, tmp_path / "cache")
    cache_file = tmp_path / "cache" / "parsed-statements.pickle"
    written = cache_file.stat().st_mtime_ns
    reads = []
    real_read = cache_module.ParseCache._read_disk
    monkeypatch.setattr(
        cache_module.ParseCache, "_read_disk", lambda self: reads.append(1) or real_read(self)
    )
    build_archive(folder, tmp_path / "cache")
    assert reads == [] and cache_file.stat().st_mtime_ns == written
    edited = folder / SEED_EN
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    build_archive(folder, tmp_path / "cache")  # a miss: the file is read, and written anew
    assert reads and cache_file.stat().st_mtime_ns != written


def test_statements_read_from_the_disk_cache_are_kept_in_memory_for_the_next_build(
    folder, tmp_path, monkeypatch
):
    """`mkdocs serve` started on a folder parsed before: its first build reads the file, and
    the rebuilds after it find every statement in memory."""
    build_archive(folder, tmp_path / "cache")
    new_process()
    build_archive(folder, tmp_path / "cache")  # from the disk cache
    reads = []
    real_read = cache_module.ParseCache._read_disk
    monkeypatch.setattr(
        cache_module.ParseCache, "_read_disk", lambda self: reads.append(1) or real_read(self)
    )
    parsed = count_parses(monkeypatch)
    build_archive(folder, tmp_path / "cache")
    assert reads == [] and parsed == []


def test_a_rebuild_reads_only_the_files_changed_since(folder, monkeypatch):
    """Under `mkdocs serve`, files the file system says are as they were are not read
    again; an edit that keeps the size and puts the modification time back is still seen
    (the change time moves)."""
    monkeypatch.setattr(parsing, "SETTLED", -1.0)  # the files were all written just now
    build_archive(folder)
    read = count_reads(monkeypatch)
    build_archive(folder)
    assert [name for name in read if name.endswith((".txt", ".md"))] == []

    seed = folder / SEED_EN
    before = seed.stat()
    text = seed.read_text("utf-8")
    assert "Shymkent" in text
    time.sleep(0.05)  # past the file system's clock tick
    seed.write_text(text.replace("Shymkent", "Shymkenq"), "utf-8")
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert seed.stat().st_size == before.st_size
    read.clear()
    archive = build_archive(folder)
    assert [name for name in read if name.endswith((".txt", ".md"))] == [SEED_EN]
    [statement] = [st for _, st in archive.statements() if st.source == SEED_EN]
    assert "Shymkenq" in " ".join(statement.paragraphs)


def test_a_file_changed_just_before_it_was_read_is_read_again(folder, monkeypatch):
    """A second edit within the same clock tick could leave every time as it was: a file
    modified less than _SETTLED seconds before a build is read by the next one too."""
    build_archive(folder)  # every file written just now
    read = count_reads(monkeypatch)
    build_archive(folder)
    statements = [p.name for p in folder.rglob("*") if p.suffix in (".txt", ".md")]
    assert sorted(name for name in read if name.endswith((".txt", ".md"))) == sorted(statements)


# -- Text extracted from PDF, web page and Word files --------------------------------------


def count_extractions(monkeypatch) -> list[str]:
    return count_calls(monkeypatch, "extract")


RELEASED = {p.name for p in STATEMENTS.iterdir() if p.suffix in (".pdf", ".html", ".docx")}


def test_a_released_files_text_is_extracted_once_for_its_bytes(folder, tmp_path, monkeypatch):
    assert len(RELEASED) == 3
    extracted = count_extractions(monkeypatch)
    first = build_archive(folder, tmp_path / "cache")
    assert RELEASED <= set(extracted)
    assert (tmp_path / "cache" / "extracted-texts.pickle").is_file()
    new_process()
    extracted.clear()
    second = build_archive(folder, tmp_path / "cache")
    assert extracted == []
    assert archive_json(second, "") == archive_json(first, "")


def test_a_changed_parser_parses_again_from_the_text_extracted_before(
    folder, tmp_path, monkeypatch
):
    build_archive(folder, tmp_path / "cache")
    stored = (tmp_path / "cache" / "extracted-texts.pickle").read_bytes()
    # Builds that find every statement parsed leave the extracted text alone: in a new
    # process, and after an edit of a text file in the same process.
    new_process()
    build_archive(folder, tmp_path / "cache")
    edited = folder / SEED_EN
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    build_archive(folder, tmp_path / "cache")
    assert (tmp_path / "cache" / "extracted-texts.pickle").read_bytes() == stored
    new_process()
    monkeypatch.setattr(cache_module, "parser_version", lambda: "another parser")
    extracted, parsed = count_extractions(monkeypatch), count_parses(monkeypatch)
    build_archive(folder, tmp_path / "cache")
    assert RELEASED <= set(parsed)
    assert not RELEASED & set(extracted)


def test_another_extractor_extracts_again(folder, tmp_path, monkeypatch):
    """The extractor's code is the parser's too: a change to it changes both versions."""
    build_archive(folder, tmp_path / "cache")
    new_process()
    monkeypatch.setattr(cache_module, "parser_version", lambda: "another parser")
    monkeypatch.setattr(cache_module, "extraction_version", lambda: "another extractor")
    extracted = count_extractions(monkeypatch)
    build_archive(folder, tmp_path / "cache")
    assert RELEASED <= set(extracted)


def test_the_extractor_version_holds_the_modules_extraction_imports():
    names = {p.name for p in cache_module._extraction_modules()}
    assert {"pdf.py", "web.py", "word.py", "marks.py", "text.py", "sources.py"} <= names
    assert "parse.py" not in names and "link.py" not in names
