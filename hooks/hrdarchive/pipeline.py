"""A statements folder into an `Archive`: read, parse, correct, check, link.

Contract: `build_archive` never raises for a bad statement: each file in the folder ends up in
`Archive.files` (parsed, parsed with warnings, rejected, correction, ignored) and each thing an
editor should look at in `Archive.problems`, naming the file. Parsed statements are cached by
the bytes of the statement and of its correction file (cache.py), so a rebuild reparses only
what changed.
"""

from __future__ import annotations

import multiprocessing
import os
import posixpath
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .cache import ParseCache
from .corrections import apply_corrections, read_corrections
from .link import link
from .model import Archive, FileReport, Problem, Statement, StatementError
from .parse import parse_statement
from .sources import RawFile, corrections_by_stem, decode, scan, stem
from .themes import assign_themes
from .withheld import FILE_NAMES as WITHHELD_FILES
from .withheld import Redactor, read_withheld
from .write import remove_files_not_in, write_if_changed


def build_archive(folder: Path, cache_dir: Path | None = None) -> Archive:
    """The archive of the statements in `folder`. `cache_dir` keeps parsed statements between
    processes (see cache.py); within one process they are kept anyway."""
    return link_statements(read_statements(folder, cache_dir))


@dataclass
class ReadStatements:
    """A statements folder read, parsed and corrected, before linking."""

    statements: list[Statement]
    problems: list[Problem]
    files: list[FileReport]
    redactor: Redactor
    seconds: float


def read_statements(folder: Path, cache_dir: Path | None = None) -> ReadStatements:
    """Every file of `folder` parsed (or accounted for), withheld names taken out."""
    if not folder.is_dir():
        raise FileNotFoundError(f"statements folder not found: {folder}")
    started = time.perf_counter()
    files = scan(folder)
    redactor = Redactor(_withheld_people(folder))
    problems: list[Problem] = []
    reports: list[FileReport] = []
    statements: list[Statement] = []
    digests: dict[str, str] = {}
    corrections = corrections_by_stem(files)
    used_corrections = {
        corrections[stem(raw)].source
        for raw in files
        if raw.kind == "statement" and stem(raw) in corrections
    }
    cache = ParseCache(cache_dir)
    parsed = _parse_all([raw for raw in files if raw.kind == "statement"], corrections, cache)

    for raw in files:
        if raw.kind in ("hidden", "reserved"):
            reports.append(FileReport(raw.source, "ignored", raw.reason))
        elif raw.kind in ("unknown", "unusable"):
            problems.append(Problem(raw.source, "error", raw.reason))
            reports.append(FileReport(raw.source, "rejected", raw.reason))
        elif raw.kind == "statement":
            statement, own_problems = parsed[raw.source]
            problems.extend(own_problems)
            if statement is None:
                reports.append(FileReport(raw.source, "rejected", own_problems[-1].message))
                continue
            twin = digests.get(statement.digest)
            if twin:
                message = f"the same text as {twin}; only {twin} is published"
                problems.append(Problem(raw.source, "error", message))
                reports.append(FileReport(raw.source, "rejected", message))
                continue
            digests[statement.digest] = raw.source
            _check(statement, problems)
            status = "parsed with warnings" if statement.warnings else "parsed"
            reports.append(FileReport(raw.source, status, "; ".join(statement.warnings)))
            statements.append(statement)
    cache.save()

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
    return ReadStatements(statements, problems, reports, redactor, time.perf_counter() - started)


def link_statements(read: ReadStatements) -> Archive:
    """The read statements linked into cases, people, countries and organisations."""
    started = time.perf_counter()
    archive = link(read.statements, read.problems, read.files)
    _show_problems_in_reports(archive)
    archive.redactor = read.redactor
    archive.timings = {"parse": read.seconds, "link": time.perf_counter() - started}
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


class RawCopies:
    """The raw statements as the site publishes them (`published_raw`), in a folder of the
    site. Under `mkdocs serve`, a copy is written again only when its statement's file, or
    the withheld names, changed since this process wrote it: each rebuild would otherwise
    read every statement and every copy (8,000 files at 2,000 statements per language)."""

    def __init__(self) -> None:
        self._written: dict[Path, tuple] = {}
        self._copies: set[Path] | None = None  # the copies the last write left

    def write(
        self, target: Path, folder: Path, archive: Archive, only: set[str] | None = None
    ) -> None:
        """Every statement's copy under `target`; copies of statements gone are removed. With
        `only`, the statements whose text alone changed since the last write: just those
        (the others are not even asked about)."""
        withheld = repr(archive.redactor.people) if archive.redactor else ""
        written: dict[Path, tuple] = {} if only is None else self._written
        now = time.time()
        for _, statement in archive.statements():
            if only is not None and statement.source not in only:
                continue
            copy = target / statement.source
            signature = _signature(folder / (statement.raw_source or statement.source))
            if signature is None:  # gone since it was read: the next build drops it
                continue
            key = (statement.source, signature, withheld)
            if self._written.get(copy) != key or not copy.is_file():
                write_if_changed(copy, published_raw(folder, statement, archive.redactor))
            # As for the parsed statements: a file changed within the last moments may
            # change again without its times showing it.
            if now - signature[-1] > _SETTLED:
                written[copy] = key
            else:
                written.pop(copy, None)
        self._written = written
        if only is not None:
            return
        copies = {target / st.source for _, st in archive.statements()}
        if copies != self._copies:  # else no statement came or went since the last write
            remove_files_not_in(target, copies)
        self._copies = copies


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


# Below this many statements to parse, worker processes cost more than they save.
PARALLEL_MIN = 200

# The cache key of each statement file (and its correction) the last build read, by what
# the file system says of both files: a rebuild of `mkdocs serve` reads only the files that
# changed, not all of them (0.3 s at 4,000 files). As git does, a file modified less than
# _SETTLED seconds before it was read is read again next time: a second edit within the file
# system's clock tick, the same size, would leave its times as they were.
_keys_by_stat: dict[tuple, str] = {}
_SETTLED = 2.0


def _signature(*paths: Path | None) -> tuple | None:
    """What the file system says of these files (None: no such file to ask about), the
    newest change last; None if one of them cannot be asked."""
    signature: list = []
    newest = 0.0
    for path in paths:
        if path is None:
            signature.append(None)
            continue
        try:
            info = os.stat(path)
        except OSError:
            return None
        signature.append(
            (str(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        )
        newest = max(newest, info.st_mtime, info.st_ctime)
    return (*signature, newest)


def _parse_all(
    raws: list[RawFile],
    corrections: dict[str, RawFile],
    cache: ParseCache,
) -> dict[str, tuple[Statement | None, list[Problem]]]:
    """Each statement file parsed (from the cache where it was parsed before), with the
    problems of the file and of its correction. Misses are parsed on every core when many."""
    results: dict[str, tuple[Statement | None, list[Problem]]] = {}
    jobs: list[tuple[str, str, bytes, str, bytes]] = []
    keys_by_stat: dict[tuple, str] = {}
    now = time.time()
    for raw in raws:
        correction = corrections.get(stem(raw))
        signature = _signature(raw.path, correction.path if correction else None)
        key = _keys_by_stat.get(signature) if signature else None
        statement = cache.get(key) if key else None
        if statement is not None:
            keys_by_stat[signature] = key
            results[raw.source] = (statement, [])
            continue
        try:
            data = raw.path.read_bytes()
            correction_bytes = correction.path.read_bytes() if correction else b""
        except OSError as exc:  # unreadable, or gone since the folder was scanned
            message = f"cannot be read: {exc.strerror or exc}"
            results[raw.source] = (None, [Problem(raw.source, "error", message)])
            continue
        key = ParseCache.key(raw.source, data, correction_bytes)
        if signature and now - signature[-1] > _SETTLED:
            keys_by_stat[signature] = key
        statement = cache.get(key)
        if statement is not None:
            results[raw.source] = (statement, [])
        else:
            jobs.append(
                (key, raw.source, data, correction.source if correction else "", correction_bytes)
            )
    _keys_by_stat.clear()
    _keys_by_stat.update(keys_by_stat)
    workers = min(len(jobs) // (PARALLEL_MIN // 2), os.cpu_count() or 1)
    outcomes = None
    if workers > 1:
        try:
            outcomes = _parse_in_workers(jobs, workers)
        except (BrokenProcessPool, OSError):  # no worker could start (a frozen or odd host)
            outcomes = None
    if outcomes is None:
        outcomes = [_parse_job(job) for job in jobs]
    for (key, source, *_), (statement, own_problems) in zip(jobs, outcomes, strict=True):
        if statement is not None and not own_problems:
            cache.put(key, statement)
        results[source] = (statement, own_problems)
    return results


def _parse_in_workers(jobs: list, workers: int) -> list:
    """Spawned, not forked, workers: `mkdocs serve` runs threads, and forking them is unsafe.
    A spawned worker imports this package by the parent's sys.path, where MkDocs leaves the
    hooks folder only while it loads the hook: it is put there while the workers start."""
    package_parent = str(Path(__file__).resolve().parent.parent)
    added = package_parent not in sys.path
    if added:
        sys.path.insert(0, package_parent)
    try:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            return list(pool.map(_parse_job, jobs, chunksize=16))
    finally:
        if added:
            sys.path.remove(package_parent)


def _parse_job(job: tuple[str, str, bytes, str, bytes]) -> tuple[Statement | None, list[Problem]]:
    """One statement and its correction file (if any) into a Statement, themes assigned, and
    the problems met; never raises for bad input (run in worker processes too)."""
    _, source, data, correction_source, correction_bytes = job
    problems: list[Problem] = []
    try:
        statement = parse_statement(decode(data, source), source)
    except StatementError as exc:
        return None, [Problem(exc.source, "error", exc.message, exc.line)]
    if correction_source:
        try:
            fields = read_corrections(correction_bytes.decode("utf-8-sig"), correction_source)
            if fields.get("translation"):
                fields["translation"] = _sibling(source, fields["translation"])
            apply_corrections(statement, fields)
        except StatementError as exc:  # a bad correction file: the statement builds uncorrected
            problems.append(Problem(exc.source, "error", exc.message, exc.line))
            statement = parse_statement(decode(data, source), source)
        except UnicodeDecodeError as exc:
            problems.append(Problem(correction_source, "error", f"not UTF-8 text: {exc.reason}"))
    if "themes" not in statement.corrected:
        statement.themes = assign_themes(statement)
    return statement, problems


def warm_up(folder: Path, statements: list[Statement]) -> None:
    """Parse again, in this process, the first statement of each language, for what parsing
    loads on first use (the Russian dictionaries, the word tables): under `mkdocs serve`, a
    first build whose statements all came from the cache loaded none of it, and the first
    edit would wait for it (0.9 s)."""
    for lang in ("en", "ru"):
        first = next((st for st in statements if st.lang == lang), None)
        if first is None:
            continue
        try:
            data = (folder / (first.raw_source or first.source)).read_bytes()
        except OSError:  # gone since it was read: the next build reports it
            continue
        _parse_job(("", first.source, data, "", b""))


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
