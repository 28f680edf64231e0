"""What an editor's bad files do: each is parsed, warned about or rejected with a message that
names it and says why; every file in the folder is accounted for once; the rest of the archive
still builds. The corpus is `tests/fixtures/bad/` (its `make.py` writes the binary, large and
re-encoded ones into a temporary folder)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from hrdarchive.build import build_archive
from hrdarchive.model import StatementError
from hrdarchive.parse import parse_statement
from hrdarchive.sources import MAX_STATEMENT_BYTES, decode

from .conftest import ROOT, SEED_EN, SEED_RU, STATEMENTS, copy_project, mkdocs_build

BAD = ROOT / "tests" / "fixtures" / "bad"
_spec = importlib.util.spec_from_file_location("bad_inputs", BAD / "make.py")
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)

SEED_CASE = "2021-06-04-zhanar-sekerbayeva-and-gulzada-serzhan-verbally-and"
DUPLICATE_OF_EN = f"the same text as {SEED_EN}; only {SEED_EN} is published"
DUPLICATE_OF_RU = f"the same text as {SEED_RU}; only {SEED_RU} is published"
THIRD_LANGUAGE = "not in English or Russian (the archive publishes these two languages)"

# Every file of the corpus: what becomes of it, and what its report says.
EXPECTED = [
    (SEED_EN, "parsed", ""),
    (SEED_RU, "parsed", ""),
    ("empty.txt", "rejected", "the file is empty"),
    ("whitespace.txt", "rejected", "the file holds only white space"),
    ("binary.txt", "rejected", "not text: no encoding reads it (a binary file?)"),
    ("random.txt", "rejected", "not text: no encoding reads it (a binary file?)"),
    ("control.txt", "rejected", "not text: it is full of control characters (a binary file?)"),
    ("huge.txt", "rejected", "too large for one statement: 20.0 MB (the limit is 2.0 MB)"),
    ("notes.docx", "rejected", "a damaged Word file"),
    ("scan.pdf", "rejected", "no text layer: a scan? run OCR first"),
    ("encrypted.pdf", "rejected", "an encrypted PDF (it needs a password)"),
    ("damaged.pdf", "rejected", "a damaged PDF: PDFium cannot read it"),
    ("book.pdf", "rejected", "a PDF of 61 pages: more than 60, not one statement"),
    ("old-word.doc", "rejected", "an old binary Word file (.doc): open it in Word or LibreOffice"),
    ("menu-only.html", "rejected", "a web page with no main text"),
    ("site-dump.html", "rejected", "a web page of over 100,000 elements"),
    ("README.md", "ignored", "an editor's notes, not a statement"),
    (".DS_Store", "ignored", "hidden file"),
    (f"copy of {SEED_EN}", "rejected", DUPLICATE_OF_EN),
    # Line ends and encodings are read to the very same text as the seed: a duplicate of it.
    ("mixed-line-ends.txt", "rejected", DUPLICATE_OF_EN),
    ("ru-crlf.txt", "rejected", DUPLICATE_OF_RU),
    ("ru-utf-8-bom.txt", "rejected", DUPLICATE_OF_RU),
    ("ru-utf-16-le-bom.txt", "rejected", DUPLICATE_OF_RU),
    ("ru-utf-16-be-bom.txt", "rejected", DUPLICATE_OF_RU),
    # Many real statements carry no date: the case is listed as undated, nothing to warn about.
    ("no-date.txt", "parsed", ""),
    ("no-country.txt", "parsed with warnings", "no country found in the headline or the text"),
    ("narnia.txt", "parsed with warnings", "no country found in the headline or the text"),
    ("no-defenders.txt", "parsed with warnings", "no defender found"),
    ("claimed-ru.txt", "parsed", ""),
    ("claim-a.txt", "parsed", ""),
    ("claim-a.yml", "correction", ""),
    ("claim-b.txt", "parsed with warnings", "'claimed-ru.txt' is already paired with another"),
    ("claim-b.yml", "correction", ""),
    ("german.txt", "rejected", THIRD_LANGUAGE),
    # Cyrillic, but Kazakh: not published as Russian.
    ("kazakh.txt", "rejected", THIRD_LANGUAGE),
]
NAMES = [name for name, _, _ in EXPECTED]
PARSED = {name for name, status, _ in EXPECTED if status.startswith("parsed")}
# The files an editor must hear about: rejected, or parsed with a warning.
BAD_FILES = {name for name, status, _ in EXPECTED if status in ("rejected", "parsed with warnings")}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("bad") / "statements"
    make.make(target)
    return target


@pytest.fixture(scope="module")
def archive(bad_folder):
    return build_archive(bad_folder)


def report_of(archive, source):
    [report] = [r for r in archive.files if r.source == source]
    return report


@pytest.mark.parametrize(("source", "status", "message"), EXPECTED)
def test_each_bad_file_gets_its_status_and_reason(archive, source, status, message):
    report = report_of(archive, source)
    assert (report.status, report.detail[: len(message)]) == (status, message)
    named = [str(p) for p in archive.problems if p.source == source]
    if status in ("rejected", "parsed with warnings"):
        # The message as the build log and `archive.json` show it: file name first.
        assert named and all(line.startswith(f"{source}: ") for line in named)
        assert any(message in line for line in named)
    else:
        assert named == []


def test_every_file_is_accounted_for_once(archive, bad_folder):
    on_disk = sorted(p.name for p in bad_folder.iterdir())
    reported = [r.source for r in archive.files]
    assert reported == sorted(reported) and len(reported) == len(set(reported))
    assert reported == on_disk
    assert sorted(NAMES) == on_disk  # the table above covers every file
    assert {p.source for p in archive.problems} <= set(on_disk)


def test_the_rest_of_the_archive_still_builds(archive):
    seed = archive.cases[SEED_CASE]
    assert {lang: st.source for lang, st in seed.statements.items()} == {
        "en": SEED_EN,
        "ru": SEED_RU,
    }
    claimed = next(c for c in archive.cases.values() if "claimed-ru.txt" in _sources(c))
    assert _sources(claimed) == {"claim-a.txt", "claimed-ru.txt"}
    [undated] = [c for c in archive.cases.values() if "no-date.txt" in _sources(c)]
    assert undated.date is None and undated.id.startswith("undated-")
    published = {s for c in archive.cases.values() for s in _sources(c)}
    assert published == PARSED
    assert published == {
        r.source for r in archive.files if r.status in ("parsed", "parsed with warnings")
    }


def _sources(case) -> set[str]:
    return {st.source for st in case.statements.values()}


@pytest.mark.parametrize("name", sorted(make.encoded_seeds()))
def test_every_encoding_reads_as_the_utf8_original(name):
    data, text = make.encoded_seeds()[name]
    assert decode(data, name) == text
    assert parse_statement(decode(data, name), name) == parse_statement(text, name)


def test_mixed_line_ends_read_as_the_original():
    data = make.mixed_line_ends(make.seed(SEED_EN))
    crlf = data.count(b"\r\n")
    assert crlf and data.count(b"\r") > crlf and data.count(b"\n") > crlf  # all three kinds
    assert parse_statement(decode(data, "x.txt"), "x.txt") == parse_statement(
        make.seed(SEED_EN), "x.txt"
    )


def test_a_20_mb_file_is_refused_without_being_read_as_text(monkeypatch):
    """Refusing it costs next to nothing: its encoding is never looked for, nor is it parsed."""
    from hrdarchive import sources

    data = make.huge()
    assert len(data) > 20_000_000
    monkeypatch.setattr(sources, "decode_text", lambda *a: pytest.fail("read as text"))
    with pytest.raises(StatementError, match="too large for one statement: 20.0 MB"):
        decode(data, "huge.txt")


def _long_statement(size: int, one_word_a_line: bool = False) -> str:
    """The English seed with its body repeated up to `size` bytes."""
    text = make.seed(SEED_EN)
    start, end = text.index("On 29 May 2021"), text.index("Front Line Defenders urges")
    body = text[start:end]
    if one_word_a_line:
        body = body.replace(" ", "\n")
    copies = (size - len(text.encode())) // len(body.encode())
    return text[:start] + body * copies + text[end:]


def test_a_statement_just_under_the_limit_is_parsed():
    """How long it takes, and that the time grows linearly with the size:
    benchmarks/parse_scaling.py."""
    text = _long_statement(MAX_STATEMENT_BYTES - 50_000)
    assert MAX_STATEMENT_BYTES - 100_000 < len(text.encode()) < MAX_STATEMENT_BYTES
    statement = parse_statement(decode(text.encode(), "long.txt"), "long.txt")
    assert statement.defenders == ["Zhanar Sekerbayeva", "Gulzada Serzhan"]


def test_a_mkdocs_build_of_all_the_bad_inputs_succeeds_and_names_each(tmp_path, bad_folder):
    project = copy_project(tmp_path, bad_folder)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert (site / "cases" / SEED_CASE / "index.html").is_file()
    assert (site / "ru" / "cases" / SEED_CASE / "index.html").is_file()
    data = json.loads((site / "data" / "archive.json").read_text(encoding="utf-8"))
    named = {p["source"] for p in data["problems"]}
    assert named == BAD_FILES
    assert sorted(f["source"] for f in data["files"]) == sorted(NAMES)
    for bad in BAD_FILES:
        assert f"archive: {bad}: " in result.stderr
    published = {s["source"] for s in data["statements"]}
    copies = {p.relative_to(site / "statements").as_posix() for p in site.rglob("statements/*")}
    assert copies == published
    assert "huge.txt" not in published and not (site / "statements" / "huge.txt").exists()


# -- entries that are not files: links, pipes; files that cannot be read -------------------


def test_links_pipes_and_unreadable_files_are_reported(tmp_path, monkeypatch):
    folder = tmp_path / "statements"
    folder.mkdir()
    (folder / SEED_EN).write_bytes((STATEMENTS / SEED_EN).read_bytes())
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_bytes((STATEMENTS / SEED_RU).read_bytes())
    (folder / "linked-folder").symlink_to(tmp_path / "elsewhere")
    (folder / "linked-outside.txt").symlink_to(tmp_path / "elsewhere" / "x.txt")
    (folder / "linked-inside.txt").symlink_to(folder / SEED_EN)
    (folder / "locked.txt").write_text("anything", encoding="utf-8")
    (folder / "kz").mkdir()
    (folder / "kz" / "withheld.yml").write_text("- Zhanar Sekerbayeva\n", encoding="utf-8")

    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    archive = build_archive(folder)
    reports = {r.source: (r.status, r.detail) for r in archive.files}
    assert reports == {
        SEED_EN: ("parsed", ""),
        "gone.txt": ("rejected", "a broken link: the file it points to does not exist"),
        "pipe.txt": ("rejected", "not a regular file (a pipe, socket or device)"),
        "linked-folder": ("ignored", "a link to a folder: not followed"),
        "linked-outside.txt": (
            "rejected",
            "a link to a file outside the statements folder: not followed",
        ),
        "linked-inside.txt": (
            "rejected",
            f"the same text as {SEED_EN}; only {SEED_EN} is published",
        ),
        "locked.txt": ("rejected", "cannot be read: Permission denied"),
        "kz/withheld.yml": (
            "rejected",
            "withheld.yml is read only at the top of the statements folder: here it withholds "
            "no one; move it up",
        ),
    }
    assert {p.source for p in archive.problems} == {
        "gone.txt",
        "pipe.txt",
        "locked.txt",
        "kz/withheld.yml",
        "linked-outside.txt",
        "linked-inside.txt",
    }


def test_a_correction_with_an_impossible_date_is_reported(tmp_path):
    (tmp_path / SEED_EN).write_bytes((STATEMENTS / SEED_EN).read_bytes())
    (tmp_path / SEED_EN.replace(".txt", ".yml")).write_text("date: 2021-02-30\n", "utf-8")
    archive = build_archive(tmp_path)
    [problem] = archive.problems
    assert problem.source == SEED_EN.replace(".txt", ".yml")
    assert len(archive.cases) == 1
