"""Statement files into `Statement`s: text extracted from each file's bytes, parsed, corrected
by the editor's `.yml` beside it, themes assigned; from the parse cache where possible.

Contract: `parse_files` never raises for a bad statement: each file gets a `Statement` or None,
and the problems met (naming the file, and the line where known). Files are read only when
the file system says they changed since this process last read them; what is not in the cache
is parsed on every core when there are many.
"""

from __future__ import annotations

import multiprocessing
import os
import posixpath
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .cache import ExtractionCache, ParseCache
from .corrections import apply_corrections, read_corrections
from .dates import parse_date
from .extract import RELEASED_SUFFIXES, Extracted, extract, suffix
from .model import Problem, Statement, StatementError
from .parse import parse_statement
from .sources import RawFile, stem
from .status import find_statuses
from .themes import assign_themes

# Below this many statements to parse, worker processes cost more than they save.
PARALLEL_MIN = 200
# As git does, a file modified less than this many seconds before it was read is read again
# next time: a second edit within the file system's clock tick, the same size, would leave
# its times as they were.
SETTLED = 2.0

Parsed = tuple[Statement | None, list[Problem]]
# (cache key, source, bytes, correction source, correction bytes, text extracted before)
Job = tuple[str, str, bytes, str, bytes, Extracted | None]

# The cache keys of each statement file (and its correction) the last build read, by what
# the file system says of both files: a rebuild of `mkdocs serve` reads only the files that
# changed, not all of them (see benchmarks/README.md). (parse key, extraction key or "")
_keys_by_stat: dict[tuple, tuple[str, str]] = {}


def signature(*paths: Path | None) -> tuple | None:
    """What the file system says of these files (None: no such file to ask about), the
    newest change last; None if one of them cannot be asked."""
    found: list = []
    newest = 0.0
    for path in paths:
        if path is None:
            found.append(None)
            continue
        try:
            info = os.stat(path)
        except OSError:
            return None
        found.append(
            (str(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        )
        newest = max(newest, info.st_mtime, info.st_ctime)
    return (*found, newest)


def settled(file_signature: tuple, now: float) -> bool:
    return now - file_signature[-1] > SETTLED


def parse_files(
    raws: list[RawFile],
    corrections: dict[str, RawFile],
    cache: ParseCache,
    extractions: ExtractionCache | None = None,
    extracted_now: set[str] | None = None,
    reread: set[str] | None = None,
) -> dict[str, Parsed]:
    """Each statement file parsed (from the cache where it was parsed before), with the
    problems of the file and of its correction. The text of a PDF, web page or Word file is
    extracted once for its bytes (`extractions`), whatever the parser does with it later.
    The files extracted by this call (not found in that cache) are added to
    `extracted_now`, and every file it parsed (not found in the parse cache) to `reread`."""
    extractions = extractions or ExtractionCache()
    results: dict[str, Parsed] = {}
    jobs: list[Job] = []
    keys_by_stat: dict[tuple, tuple[str, str]] = {}
    alive: list[str] = []  # the extraction keys of the released files in the folder
    now = time.time()
    for raw in raws:
        correction = corrections.get(stem(raw))
        file_signature = signature(raw.path, correction.path if correction else None)
        key, text_key = _keys_by_stat.get(file_signature, ("", "")) if file_signature else ("", "")
        statement = cache.get(key) if key else None
        if statement is not None:
            keys_by_stat[file_signature] = (key, text_key)
            alive.append(text_key)
            results[raw.source] = (statement, [])
            continue
        try:
            data = raw.path.read_bytes()
            correction_bytes = correction.path.read_bytes() if correction else b""
        except OSError as exc:  # unreadable, or gone since the folder was scanned
            message = f"cannot be read: {exc.strerror or exc}"
            results[raw.source] = (None, [Problem(raw.source, "error", message)])
            continue
        key = cache.key(raw.source, data, correction_bytes)
        kind = suffix(raw.source)
        text_key = extractions.key(kind, data) if kind in RELEASED_SUFFIXES else ""
        alive.append(text_key)
        if file_signature and settled(file_signature, now):
            keys_by_stat[file_signature] = (key, text_key)
        statement = cache.get(key)
        if statement is not None:
            results[raw.source] = (statement, [])
        else:
            correction_source = correction.source if correction else ""
            extracted = extractions.get(text_key) if text_key else None
            job = (key, raw.source, data, correction_source, correction_bytes, extracted)
            jobs.append(job)
    _keys_by_stat.clear()
    _keys_by_stat.update(keys_by_stat)
    for job, (parsed, extracted) in zip(jobs, _run(jobs), strict=True):
        key, source, data, *_ = job
        if reread is not None:
            reread.add(source)
        statement, problems = parsed
        if statement is not None and not problems:
            cache.put(key, statement)
        if extracted is not None and job[5] is None and suffix(source) in RELEASED_SUFFIXES:
            extractions.put(extractions.key(suffix(source), data), extracted)
            if extracted_now is not None:
                extracted_now.add(source)
        results[source] = (statement, problems)
    extractions.save([k for k in alive if k])
    return results


def _run(jobs: list[Job]) -> list[tuple[Parsed, Extracted | None]]:
    workers = min(len(jobs) // (PARALLEL_MIN // 2), os.cpu_count() or 1)
    if workers > 1:
        try:
            return _parse_in_workers(jobs, workers)
        except (BrokenProcessPool, OSError):  # no worker could start (a frozen or odd host)
            pass
    return [parse_job(job) for job in jobs]


def _parse_in_workers(jobs: list[Job], workers: int) -> list[tuple[Parsed, Extracted | None]]:
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
            return list(pool.map(parse_job, jobs, chunksize=16))
    finally:
        if added:
            sys.path.remove(package_parent)


def parse_job(job: Job) -> tuple[Parsed, Extracted | None]:
    """One statement and its correction file (if any) into a Statement, themes assigned, and
    the problems met, with the text extracted from it; never raises for bad input (run in
    worker processes too)."""
    _, source, data, correction_source, correction_bytes, extracted = job
    problems: list[Problem] = []
    try:
        extracted = extracted or extract(data, source)
        statement = _parse(extracted, source)
    except StatementError as exc:
        return (None, [Problem(exc.source, "error", exc.message, exc.line)]), None
    if correction_source:
        try:
            fields = read_corrections(correction_bytes.decode("utf-8-sig"), correction_source)
            if fields.get("translation"):
                fields["translation"] = _sibling(source, fields["translation"])
            apply_corrections(statement, fields)
        except StatementError as exc:  # a bad correction file: the statement builds uncorrected
            problems.append(Problem(exc.source, "error", exc.message, exc.line))
            statement = _parse(extracted, source)
        except UnicodeDecodeError as exc:
            problems.append(Problem(correction_source, "error", f"not UTF-8 text: {exc.reason}"))
    if "themes" not in statement.corrected:
        statement.themes = assign_themes(statement)
    statement.statuses = (
        find_statuses(
            statement.defenders,
            statement.title,
            statement.paragraphs,
            statement.lang,
            statement.status,
        )
        | statement.statuses
    )
    return (statement, problems), extracted


def _parse(extracted: Extracted, source: str) -> Statement:
    """The statement in the text, with what a web page's metadata says where the text is
    silent, and what the file was."""
    statement = parse_statement(extracted.text, source)
    metadata = extracted.metadata
    if statement.date is None and metadata.get("date"):
        statement.date = parse_date(metadata["date"])
        if statement.date:
            statement.found_by["date"] = "metadata"
    if statement.title is None and metadata.get("title"):
        statement.title = metadata["title"]
    if statement.publisher is None and metadata.get("publisher"):
        statement.publisher = metadata["publisher"]
    statement.origin = ", ".join(extracted.details)
    statement.original_text = extracted.original_text
    return statement


def warm_up(folder: Path, statements: list[Statement]) -> None:
    """Parse again, in this process, the first statement of each language, for what parsing
    loads on first use (the Russian dictionaries, the word tables): under `mkdocs serve`, a
    first build whose statements all came from the cache loaded none of it, and the first
    edit would wait for it."""
    for lang in ("en", "ru"):
        first = next((st for st in statements if st.lang == lang), None)
        if first is None:
            continue
        try:
            data = (folder / (first.raw_source or first.source)).read_bytes()
        except OSError:  # gone since it was read: the next build reports it
            continue
        parse_job(("", first.source, data, "", b"", None))


def _sibling(source: str, name: str) -> str:
    """A translation named in a correction file is relative to the statement's folder."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), name))
