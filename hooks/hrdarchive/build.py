"""The archive's build, stage by stage, in one place.

    find sources → extract text → parse → link → render → write   (`prepare`, before MkDocs)
    search indexes (search.py, per language) and open data         (`publish`, after MkDocs)

Contract: `ArchiveBuilder.prepare` reads the statements folder and writes the generated pages
into the docs folder (write.py: never over a file that is not the archive's); it raises only
when the folder is missing or `withheld.yml` cannot be read. Everything else an editor should
look at is in `archive.problems` and the write report. With `remember` (one process's builds:
`mkdocs serve`), it does only what the changes since the last build need (session.py); a
build gives the same archive and pages either way.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import export
from .addresses import FILE_NAME as ADDRESSES_FILE
from .addresses import read_record, record_bytes, rename, settle
from .feeds import atom_feed
from .link import link
from .model import Archive, Problem, StatementError
from .pages import Kit, RenderedSite, Urls, page_contexts, render_pages
from .parsing import warm_up
from .raw_copies import RawCopies
from .reading import ReadStatements, read_statements
from .redirects import RedirectPage, redirect_pages, write_redirects
from .session import Session
from .write import (
    WriteReport,
    in_generated_folder,
    is_generated,
    is_temporary,
    remove_built_pages,
    write_if_changed,
    write_pages,
)

TEMPLATES_AND_TABLES = Path(__file__).parent
# An editor's own introduction of the home page, per language, beside the other pages.
INTRO_FILES = {"en": "intro.en.md", "ru": "intro.ru.md"}
# Strings whose heading ids tell one slugify from another (the ids of the lists' headings).
_SLUGIFY_PROBES = ("2021", "Undated", "Без даты", "A & B", "Ё", "Ǆ x")


@dataclass(frozen=True)
class BuildSettings:
    statements: Path
    docs: Path | None = None  # None: nothing is written (the check command, tests)
    cache: Path | None = None  # parsed statements kept between processes
    urls: Urls = field(default_factory=Urls)
    slugify: Callable[[str, str], str] | None = None  # the `toc` extension's, if configured
    # The record of published addresses (addresses.json beside the statements): "update" it,
    # "check" that it is up to date (CI: a build must not publish addresses nobody recorded),
    # or only "read" it.
    addresses: str = "update"

    def __post_init__(self) -> None:
        if self.addresses not in ("update", "check", "read"):
            raise ValueError(
                f"the record of addresses is to 'update', 'check' or 'read', not "
                f"{self.addresses!r} (ARCHIVE_ADDRESSES, extra.archive.addresses)"
            )


@dataclass
class PreparedBuild:
    archive: Archive
    site: RenderedSite  # every page, those kept from the last build included
    timings: dict[str, float]
    written: WriteReport = field(default_factory=WriteReport)
    changed_pages: set[str] | None = None  # rendered again since the last build (None: all)
    removed_pages: set[str] = field(default_factory=set)  # the last build's pages, gone
    changed_sources: set[str] | None = None  # set when only these statements' text changed
    reread: set[str] = field(default_factory=set)  # statements read from their bytes
    same_pages: bool = False  # the last build's pages, none added or removed


class Timings(dict):
    @contextmanager
    def __call__(self, phase: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self[phase] = self.get(phase, 0.0) + time.perf_counter() - started


class ArchiveBuilder:
    def __init__(self, remember: bool = False) -> None:
        """`remember`: keep what the next build of this process needs (`mkdocs serve`)."""
        self.session = Session() if remember else None
        self.raw_copies = RawCopies()
        self._kit: tuple[tuple, Kit] | None = None
        # For `mkdocs serve`'s watch, to tell the build's own writes from an editor's: the
        # pages of the build being written (those of the last build are all that may be
        # removed), and the record of addresses as the build left it.
        self.docs: Path | None = None
        self.pages: frozenset[str] = frozenset()
        # The pages at whose path someone else's file stands (write.py): MkDocs builds that
        # file, which must not get the page's facts, JSON-LD and search entry.
        self.clashes: set[str] = set()
        self.record: tuple[Path, bytes] | None = None
        # Paths in the generated folders someone else changed since the last build (the
        # watch adds them): looked at again by the next write.
        self.touched: set[str] = set()
        self._touched_lock = threading.Lock()
        self.pages_of_others_changed = False

    def prepare(self, settings: BuildSettings) -> PreparedBuild:
        timings = Timings()
        with timings("parse"):
            read = read_statements(settings.statements, settings.cache)
        key = self._settings_key(settings)
        with timings("link"):
            archive, changed_sources, record = self._link(read, key)
        with timings("render"):
            build, contexts = self._render(archive, settings, key)
        build.timings, build.changed_sources = timings, changed_sources
        build.reread = read.reread
        if self.pages_of_others_changed:  # pages came or went that are not the archive's
            build.same_pages, self.pages_of_others_changed = False, False
        left = record if record is not None and settings.addresses == "update" else read.addresses
        # Known before it is written: the watch must see the write as the build's own.
        self.record = (settings.statements / ADDRESSES_FILE, left)
        if record is not None:
            self._keep_record(settings, read, archive, record)
        if settings.docs is not None:
            with timings("write"):
                self._write(settings.docs, build)
        if self.session is not None and self.session.first:
            with timings("parse"):
                warm_up(settings.statements, read.statements)
        if self.session is not None:
            self.session.keep(key, archive, contexts, build.site, left)
        return build

    def _write(self, docs: Path, build: PreparedBuild) -> None:
        """The pages into docs/: all of them, or, after a build of this process, those
        rendered again and the paths someone else touched since."""
        self.docs, self.pages = docs, frozenset(build.site.pages)
        incremental = build.changed_pages is not None
        build.written = written = write_pages(
            docs,
            build.site.pages,
            build.changed_pages,
            build.removed_pages,
            self.take_touched() if incremental else set(),
        )
        kept = self.clashes - set(written.written) if incremental else set()
        self.clashes = kept | set(written.clashes)

    def _link(self, read: ReadStatements, key: tuple):
        """The linked archive with its addresses; the statements whose text alone changed
        (when the last build's archive could be kept); the record of addresses to keep."""
        reused = self.session.reuse(read, key) if self.session is not None else None
        if reused is not None:
            return (*reused, None)
        archive = link_read(read)
        return archive, None, settle_addresses(archive, read)

    def _keep_record(self, settings, read: ReadStatements, archive: Archive, record: bytes):
        path = settings.statements / ADDRESSES_FILE
        if record == read.addresses or settings.addresses == "read":
            return
        if settings.addresses == "check":
            message = (
                "out of date: this build gives pages addresses it does not record. Build the "
                "site where you edit the statements and commit this file"
            )
            archive.problems.append(Problem(ADDRESSES_FILE, "warning", message))
            return
        write_if_changed(path, record)

    def wrote(self, path: Path) -> bool:
        """Whether a change the live preview's watch saw is the build's own: a file half
        written, a page or the record of addresses as the build left them, a page it
        removed. A page someone else changed or removed, or a file put in a generated folder,
        is remembered for the next write, which looks at it again."""
        if is_temporary(path):
            return True
        if self.record is not None and path == self.record[0]:
            return _read(path) == self.record[1]
        docs = self.docs
        if docs is None or not path.is_relative_to(docs):
            return False
        rel = path.relative_to(docs).as_posix()
        if not in_generated_folder(rel):
            self.pages_of_others_changed = True  # an editor's own page: the sitemap may change
            return False
        data = _read(path)
        if data is None and rel not in self.pages:
            return True  # removed, as no longer wanted (or never a file: a folder)
        if data is not None and rel in self.pages and is_generated(data):
            return True
        self.touch(rel)
        return False

    def touch(self, rel: str) -> None:
        """A path in the generated folders that someone else changed (the watch's thread)."""
        with self._touched_lock:
            self.touched.add(rel)

    def take_touched(self) -> set[str]:
        with self._touched_lock:
            touched, self.touched = self.touched, set()
        return touched

    def _render(self, archive: Archive, settings: BuildSettings, key: tuple):
        """The pages whose context changed since the last build (all, in a first build), and
        every page's context."""
        kit = self._kit_for(settings, key)
        contexts = page_contexts(archive, read_intros(settings.docs))
        changes = self.session.changes(contexts, key) if self.session is not None else None
        if changes is None:
            return PreparedBuild(archive, render_pages(contexts, kit), {}), contexts
        rendered = render_pages(contexts, kit, changes.stems)
        build = PreparedBuild(
            archive,
            self.session.merged(contexts, rendered),
            {},
            changed_pages=set(rendered.pages),
            removed_pages=changes.removed,
            same_pages=changes.same_pages,
        )
        return build, contexts

    def _kit_for(self, settings: BuildSettings, key: tuple) -> Kit:
        if self._kit is None or self._kit[0] != key:
            kit = Kit(settings.urls, settings.slugify) if settings.slugify else Kit(settings.urls)
            self._kit = (key, kit)
        self._kit[1].forget_items()
        return self._kit[1]

    @staticmethod
    def _settings_key(settings: BuildSettings) -> tuple:
        """What the pages depend on besides their contexts."""
        slugify = settings.slugify
        probes = tuple(slugify(p, "-") for p in _SLUGIFY_PROBES) if slugify else None
        return (settings.statements, settings.urls, probes, renderer_files())

    def publish(
        self,
        build: PreparedBuild,
        site: Path,
        statements: Path,
        urls: Urls,
        dirty: bool,
        redirect_html: Callable[[RedirectPage], str],
        originals: Path | None = None,
    ) -> list[str]:
        """What the whole archive makes in the site, after MkDocs built the pages: open data,
        feeds, the raw statements (in `originals` when they are kept elsewhere: a folder
        `raw_copies.claim_folder` made the archive's; else under the site's `statements/`),
        the pages at old addresses (made by `redirect_html`).
        `dirty`: the site holds the last build's; the built pages of pages gone are removed,
        and when only statements' text changed since, only the raw copies of those statements
        are written again. Returns the old addresses where a page of the site stands, which get no
        redirect."""
        archive = build.archive
        site_url = urls.site_url
        text_only = dirty and build.changed_sources is not None
        if dirty:
            remove_built_pages(site, build.written.removed, urls.use_directory_urls)
        # Written even when only text changed: the statuses quote it.
        for name, content in export.open_data_files(archive, site_url).items():
            write_if_changed(site / "data" / name, content)
        for lang, path in (("en", "feed.xml"), ("ru", "ru/feed.xml")):
            write_if_changed(site / path, atom_feed(archive, lang, site_url))
        # A file whose bytes changed is copied again even if its text did not (a PDF's
        # metadata or letterhead): the copy is the file.
        only = build.changed_sources | build.reread if text_only else None
        self.raw_copies.write(originals or site / "statements", statements, archive, only)
        current = {
            "cases": set(archive.cases),
            "defenders": set(archive.people),
            "organisations": set(archive.organisations),
            "countries": {c.slug for c in archive.countries.values()},
        }
        pages = redirect_pages(archive.redirects, urls)
        return write_redirects(site, pages, redirect_html, current)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:  # gone, or a folder
        return None


def link_read(read: ReadStatements) -> Archive:
    """The read statements linked into cases, people, countries and organisations."""
    archive = link(read.statements, read.problems, read.files)
    _show_problems_in_reports(archive)
    archive.redactor = read.redactor
    return archive


def settle_addresses(archive: Archive, read: ReadStatements) -> bytes | None:
    """Every page's address from the record of those published (addresses.py); the record
    to keep, or None if the one there cannot be read (it is then never written over)."""
    try:
        record = read_record(read.addresses)
    except StatementError as exc:
        archive.problems.append(Problem(exc.source, "error", exc.message))
        record, broken = read_record(b""), True
    else:
        broken = False

    def withheld(address: str) -> bool:
        return bool(read.redactor) and read.redactor.names_withheld(address.replace("-", " "))

    if read.redactor:  # a file whose name holds a withheld name is published under another
        for entries in record.values():
            for entry in entries.values():
                entry.sources = [read.redactor.public_source(s) for s in entry.sources]

    kept, ids, redirects = settle(archive, record, withheld)
    rename(archive, ids)
    archive.redirects = redirects
    return None if broken else record_bytes(kept)


def build_archive(folder: Path, cache_dir: Path | None = None) -> Archive:
    """The archive of the statements in `folder`, nothing written (the check command, the
    benchmarks, tests)."""
    read = read_statements(folder, cache_dir)
    archive = link_read(read)
    settle_addresses(archive, read)
    return archive


def read_intros(docs: Path | None) -> dict[str, str]:
    """The editors' introductions of the home page (`docs/intro.en.md`, `intro.ru.md`)."""
    intros = {}
    for lang, name in INTRO_FILES.items():
        path = docs / name if docs is not None else None
        if path is not None and path.is_file():
            text = path.read_text(encoding="utf-8-sig").strip()
            if text:
                intros[lang] = text
    return intros


def renderer_files() -> tuple:
    """When the templates and word tables last changed: a page whose context is as it was
    renders as it did only with the same templates."""
    files = [
        *sorted((TEMPLATES_AND_TABLES / "templates").iterdir()),
        *sorted(TEMPLATES_AND_TABLES.glob("*.yml")),
    ]
    return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)


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
