"""A statements folder into an `Archive`: read, parse, correct, check, link.

Contract: `build_archive` never raises for a bad statement: each file in the folder ends up in
`Archive.files` (parsed, parsed with warnings, rejected, correction, ignored) and each thing an
editor should look at in `Archive.problems`, naming the file. Parsed statements are cached by
the bytes of the statement and of its correction file, so a rebuild reparses only what changed.
"""

from __future__ import annotations

import copy
import hashlib
import posixpath
from pathlib import Path

from .corrections import apply_corrections, read_corrections
from .link import link
from .model import Archive, FileReport, Problem, Statement, StatementError
from .parse import parse_statement
from .sources import correction_for, decode, scan
from .themes import assign_themes
from .withheld import FILE_NAMES as WITHHELD_FILES
from .withheld import Redactor, read_withheld

_parsed: dict[tuple[str, str], Statement] = {}


def build_archive(folder: Path) -> Archive:
    if not folder.is_dir():
        raise FileNotFoundError(f"statements folder not found: {folder}")
    files = scan(folder)
    redactor = Redactor(_withheld_people(folder))
    problems: list[Problem] = []
    reports: list[FileReport] = []
    statements: list[Statement] = []
    digests: dict[str, str] = {}
    used_corrections: set[str] = set()

    for raw in files:
        if raw.kind in ("hidden", "reserved"):
            reports.append(FileReport(raw.source, "ignored", raw.reason))
        elif raw.kind in ("unknown", "unusable"):
            problems.append(Problem(raw.source, "error", raw.reason))
            reports.append(FileReport(raw.source, "rejected", raw.reason))
        elif raw.kind == "statement":
            correction = correction_for(raw, files)
            if correction:
                used_corrections.add(correction.source)
            statement = _read_statement(raw.path, raw.source, correction, problems)
            if statement is None:
                reports.append(FileReport(raw.source, "rejected", problems[-1].message))
                continue
            twin = digests.get(statement.digest)
            if twin:
                message = f"the same text as {twin}; only {twin} is published"
                problems.append(Problem(raw.source, "error", message))
                reports.append(FileReport(raw.source, "rejected", message))
                continue
            digests[statement.digest] = raw.source
            if "themes" not in statement.corrected:
                statement.themes = assign_themes(statement)
            _check(statement, problems)
            status = "parsed with warnings" if statement.warnings else "parsed"
            reports.append(FileReport(raw.source, status, "; ".join(statement.warnings)))
            statements.append(statement)

    for raw in files:
        if raw.kind == "correction":
            if raw.source in used_corrections:
                reports.append(FileReport(raw.source, "correction"))
            else:
                message = "correction file with no statement of the same name beside it"
                problems.append(Problem(raw.source, "warning", message))
                reports.append(FileReport(raw.source, "rejected", message))

    if redactor:
        statements, problems, reports = _withhold(redactor, statements, problems, reports)
    reports.sort(key=lambda r: r.source)
    archive = link(statements, problems, reports)
    _show_problems_in_reports(archive)
    archive.redactor = redactor
    return archive


def published_raw(folder: Path, statement: Statement, redactor: Redactor | None) -> bytes:
    """The raw statement as the site publishes it: as it came, or, if it names a withheld
    person, decoded and redacted (UTF-8)."""
    data = (folder / (statement.raw_source or statement.source)).read_bytes()
    if not redactor:
        return data
    text = decode(data, statement.source)
    named = redactor.people_named_in([text])
    if not named:
        return data
    return redactor.redact(text, statement.lang, named).encode("utf-8")


def _withheld_people(folder: Path):
    """The people `withheld.yml` lists. A list that cannot be read stops the build: without
    it, the names it should hide would be published."""
    for name in WITHHELD_FILES:
        path = folder / name
        if path.is_file():
            return read_withheld(path.read_bytes().decode("utf-8-sig"), name)
    return []


def _withhold(redactor: Redactor, statements, problems, reports):
    """Withheld people out of every statement, file name and message, before linking: no
    page, index, feed or open-data file is made from anything that still names them."""
    public = {st.source: redactor.public_source(st.source) for st in statements}
    for statement in statements:
        if redactor.redact_statement(statement):
            statement.withheld = True
        statement.raw_source = statement.source
        statement.source = public[statement.source]
        if statement.translation:
            statement.translation = public.get(statement.translation, statement.translation)
    problems = [
        Problem(
            redactor.public_source(p.source), p.severity, redactor.redact(p.message, "en"), p.line
        )
        for p in problems
    ]
    for report in reports:
        report.source = redactor.public_source(report.source)
        report.detail = redactor.redact(report.detail, "en")
    return statements, problems, reports


def _show_problems_in_reports(archive: Archive) -> None:
    """Every problem shows in its file's report too: a statement whose trouble only linking
    sees ('already paired with another statement') is 'parsed with warnings', like those the
    parser warns about; a correction file that could not be read says why."""
    reports = {r.source: r for r in archive.files}
    for problem in archive.problems:
        report = reports.get(problem.source)
        if report is None:
            continue
        if problem.message not in report.detail:
            report.detail = "; ".join(filter(None, (report.detail, problem.message)))
        if report.status == "parsed":
            report.status = "parsed with warnings"


def _read_statement(
    path: Path, source: str, correction, problems: list[Problem]
) -> Statement | None:
    try:
        data = path.read_bytes()
        correction_bytes = correction.path.read_bytes() if correction else b""
    except OSError as exc:  # unreadable, or gone since the folder was scanned
        problems.append(Problem(source, "error", f"cannot be read: {exc.strerror or exc}"))
        return None
    key = (source, hashlib.sha256(data + b"\0" + correction_bytes).hexdigest())
    try:
        if key not in _parsed:
            statement = parse_statement(decode(data, source), source)
            if correction:
                fields = read_corrections(correction_bytes.decode("utf-8-sig"), correction.source)
                if fields.get("translation"):
                    fields["translation"] = _sibling(source, fields["translation"])
                apply_corrections(statement, fields)
            _parsed[key] = statement
        return copy.deepcopy(_parsed[key])
    except StatementError as exc:
        problems.append(Problem(exc.source, "error", exc.message, exc.line))
        if exc.source != source:  # a bad correction file: the statement builds uncorrected
            try:
                statement = parse_statement(decode(data, source), source)
                return statement
            except StatementError as inner:
                problems.append(Problem(inner.source, "error", inner.message, inner.line))
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(correction.source, "error", f"not UTF-8 text: {exc.reason}"))
        return parse_statement(decode(data, source), source)


def _sibling(source: str, name: str) -> str:
    """A translation named in a correction file is relative to the statement's folder."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), name))


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
