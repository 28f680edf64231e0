"""A statements folder read: every file found, parsed (or accounted for), checked, and the
withheld names taken out, before linking.

Contract: `read_statements` never raises for a bad statement: each file in the folder ends up
in `ReadStatements.files` (parsed, parsed with warnings, rejected, correction, ignored) and
each thing an editor should look at in `problems`, naming the file. It raises only when the
folder is missing, or when `withheld.yml` cannot be read (publishing without it would publish
the names it lists).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .addresses import FILE_NAME as ADDRESSES_FILE
from .cache import ExtractionCache, ParseCache
from .extract import UNREADABLE
from .model import FileReport, Problem, Statement
from .parsing import parse_files
from .sources import RawFile, corrections_by_stem, scan, stem
from .withheld import FILE_NAMES as WITHHELD_FILES
from .withheld import Redactor, read_withheld


@dataclass
class ReadStatements:
    """A statements folder read, parsed and corrected, before linking."""

    statements: list[Statement]
    problems: list[Problem]
    files: list[FileReport]
    redactor: Redactor
    addresses: bytes = b""  # the record of published addresses (addresses.py), as read
    # The statements read from their bytes by this build (not from the cache), by their
    # published names: their raw copies are written again, whatever their text.
    reread: set[str] = field(default_factory=set)


def read_statements(folder: Path, cache_dir: Path | None = None) -> ReadStatements:
    """Every file of `folder` parsed (or accounted for), withheld names taken out."""
    if not folder.is_dir():
        raise FileNotFoundError(f"statements folder not found: {folder}")
    files = scan(folder)
    redactor = Redactor(_withheld_people(folder))
    corrections = corrections_by_stem(files)
    cache = ParseCache(cache_dir)
    raws = [raw for raw in files if raw.kind == "statement"]
    extracted_now: set[str] = set()
    reread: set[str] = set()
    parsed = parse_files(
        raws, corrections, cache, ExtractionCache(cache_dir), extracted_now, reread
    )
    cache.save()
    record = folder / ADDRESSES_FILE
    read = ReadStatements([], [], [], redactor, record.read_bytes() if record.is_file() else b"")
    _check_originals([st for st, _ in parsed.values() if st is not None], redactor)
    _account_for_statements(files, parsed, read)
    for report in read.files:
        report.extracted = report.source in extracted_now
    read.reread = {redactor.public_source(source) for source in reread}
    _account_for_corrections(files, corrections, read)
    if redactor:
        _withhold(read)
    read.files.sort(key=lambda r: r.source)
    return read


def _account_for_statements(files: list[RawFile], parsed: dict, read: ReadStatements) -> None:
    digests: dict[str, str] = {}
    for raw in files:
        if raw.kind in ("hidden", "reserved"):
            read.files.append(FileReport(raw.source, "ignored", raw.reason))
        elif raw.kind in ("unknown", "unusable"):
            read.problems.append(Problem(raw.source, "error", raw.reason))
            read.files.append(FileReport(raw.source, "rejected", raw.reason))
        elif raw.kind == "statement":
            statement, own_problems = parsed[raw.source]
            read.problems.extend(own_problems)
            if statement is None:
                read.files.append(FileReport(raw.source, "rejected", own_problems[-1].message))
                continue
            twin = digests.get(statement.digest)
            if twin:
                message = f"the same text as {twin}; only {twin} is published"
                read.problems.append(Problem(raw.source, "error", message))
                read.files.append(FileReport(raw.source, "rejected", message))
                continue
            digests[statement.digest] = raw.source
            _check(statement, read.problems)
            status = "parsed with warnings" if statement.warnings else "parsed"
            detail = "; ".join(statement.warnings)
            report = FileReport(raw.source, status, detail, statement.origin)
            report.original_unpublished = statement.original_withheld
            read.files.append(report)
            read.statements.append(statement)


def _account_for_corrections(files: list[RawFile], corrections: dict, read: ReadStatements):
    used = {
        corrections[stem(raw)].source
        for raw in files
        if raw.kind == "statement" and stem(raw) in corrections
    }
    for raw in files:
        if raw.kind != "correction":
            continue
        if raw.source in used:
            read.files.append(FileReport(raw.source, "correction"))
        else:
            message = "correction file with no statement of the same name beside it"
            read.problems.append(Problem(raw.source, "warning", message))
            read.files.append(FileReport(raw.source, "rejected", message))


def _check_originals(statements: list[Statement], redactor: Redactor) -> None:
    """A PDF or Word file that names a withheld person anywhere (its letterhead, its metadata)
    is not published as it came: only its redacted text is. The whole text is dropped
    after this look: nothing else may read it."""
    for statement in statements:
        if statement.original_text and redactor:
            # A part of the file that could not be read may name anyone.
            if UNREADABLE in statement.original_text or redactor.people_named_in(
                [statement.original_text, "\n".join(statement.paragraphs)]
            ):
                statement.original_withheld = True
                statement.origin += (
                    "; it names a withheld person: the original is not published, only its "
                    "redacted text"
                )
        statement.original_text = ""


def _withheld_people(folder: Path):
    """The people `withheld.yml` lists. A list that cannot be read stops the build: without
    it, the names it should hide would be published."""
    for name in WITHHELD_FILES:
        path = folder / name
        if path.is_file():
            return read_withheld(path.read_bytes().decode("utf-8-sig"), name)
    return []


def _withhold(read: ReadStatements) -> None:
    """Withheld people out of every statement, file name and message, before linking: no
    page, index, feed or open-data file is made from anything that still names them."""
    redactor = read.redactor
    public = {st.source: redactor.public_source(st.source) for st in read.statements}
    for statement in read.statements:
        if redactor.redact_statement(statement):
            statement.withheld = True
        statement.raw_source = statement.source
        statement.source = public[statement.source]
        if statement.translation:
            statement.translation = public.get(statement.translation, statement.translation)
    read.problems = [
        Problem(
            redactor.public_source(p.source), p.severity, redactor.redact(p.message, "en"), p.line
        )
        for p in read.problems
    ]
    for report in read.files:
        report.source = redactor.public_source(report.source)
        report.detail = redactor.redact(report.detail, "en")


def _check(statement: Statement, problems: list[Problem]) -> None:
    """What an editor should check once corrections are in."""
    if statement.country is None and "country" not in statement.corrected:
        statement.warnings.append("no country found in the headline or the text")
    if not statement.defenders and "defenders" not in statement.corrected:
        statement.warnings.append(
            "no defender found (no marked names, no 'human rights defender X')"
        )
    for warning in statement.warnings:
        problems.append(Problem(statement.source, "warning", warning))
