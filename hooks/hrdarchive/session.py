"""The builds of one archive in one process (`mkdocs serve`): each build does only what the
edits since the last one need.

Contract: `ArchiveSession.build` gives the archive and pages that a build from nothing gives
(tests/test_session.py checks it edit by edit). When the statements differ from the last
build's in their text only (the same files, and the same dates, titles, countries, names,
organisations, themes, warnings, problems, withheld names, and numbers in the text, which
translation pairing compares), the last linked archive is kept with the new text put in, and
only the pages that show a statement's text are rendered again: its case's and its defenders'.
Any other change (a statement added, removed or corrected, a headline, a date, a name) links
the archive again, and renders again only the pages whose inputs, the values of the archive
they show (render.PageRenderer.plan), differ from the last build's.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path

import orjson

from .link import text_numbers
from .model import Archive, Statement
from .pipeline import ReadStatements, link_statements, read_statements, warm_up
from .render import PageRenderer, RenderedSite, render_site, render_text_pages

# What only a statement's own case page and its defenders' profiles show of it.
TEXT_FIELDS = ("paragraphs", "calls_intro", "calls", "digest")
_OUTLINE_FIELDS = [f.name for f in fields(Statement) if f.name not in TEXT_FIELDS]


@dataclass
class SessionBuild:
    archive: Archive
    site: RenderedSite  # every page, those kept from the last build included
    # The pages rendered again since the last build (None: every page, a first build).
    changed_pages: set[str] | None = None
    # Set when only statements' text changed: the statements whose text changed.
    changed_sources: set[str] | None = None
    removed_pages: set[str] = field(default_factory=set)  # the last build's, gone
    same_pages: bool = False  # the pages of the last build, no page added or removed


@dataclass
class _Last:
    inputs: tuple
    outline: bytes
    archive: Archive
    site: RenderedSite
    page_inputs: dict[str, object]  # what each page showed (render.PageRenderer.plan)


class ArchiveSession:
    def __init__(self, remember: bool = True) -> None:
        """`remember=False` for a single build (`mkdocs build`): nothing is kept for a next
        build, and the pages' Markdown is freed once written."""
        self.remember = remember
        self._last: _Last | None = None

    def build(
        self, folder: Path, cache_dir: Path | None = None, use_directory_urls: bool = True
    ) -> SessionBuild:
        read = read_statements(folder, cache_dir)
        inputs = (folder, cache_dir, use_directory_urls, _renderer_files())
        outline = archive_outline(read) if self.remember else b""
        last = self._last
        if last is not None and last.inputs == inputs and last.outline == outline:
            return self._text_changed(read, last, use_directory_urls)
        archive = link_statements(read)
        if not self.remember:
            started = time.perf_counter()
            site = render_site(archive, use_directory_urls)
            archive.timings["render"] = time.perf_counter() - started
            return SessionBuild(archive, site)
        started = time.perf_counter()
        renderer = PageRenderer(archive, use_directory_urls)
        plans = renderer.plan()
        page_inputs = {path: plan.inputs() for path, plan in plans.items()}
        if last is not None and last.inputs == inputs:
            to_render = {
                path: plan
                for path, plan in plans.items()
                if last.page_inputs.get(path) != page_inputs[path]
            }
        else:
            to_render = plans
        rendered = RenderedSite(renderer.render_only(to_render), renderer.page_meta)
        kept = last.site if to_render is not plans else None
        site = _merged(list(plans), rendered, kept) if kept is not None else rendered
        archive.timings["render"] = time.perf_counter() - started
        if last is None:
            started = time.perf_counter()
            warm_up(folder, read.statements)
            archive.timings["parse"] += time.perf_counter() - started
        self._last = _Last(inputs, outline, archive, site, page_inputs)
        if kept is None:
            return SessionBuild(archive, site)
        removed = set(kept.pages) - set(plans)
        return SessionBuild(
            archive,
            site,
            changed_pages=set(rendered.pages),
            removed_pages=removed,
            same_pages=not removed and len(plans) == len(kept.pages),
        )

    def _text_changed(self, read: ReadStatements, last: _Last, use_directory_urls: bool):
        archive = last.archive
        started = time.perf_counter()
        kept = {st.source: (case.id, st) for case, st in archive.statements()}
        changed_sources: set[str] = set()
        changed_cases: dict[str, None] = {}
        for statement in read.statements:
            case_id, old = kept[statement.source]
            if any(getattr(statement, f) != getattr(old, f) for f in TEXT_FIELDS):
                for name in TEXT_FIELDS:
                    setattr(old, name, getattr(statement, name))
                changed_sources.add(statement.source)
                changed_cases[case_id] = None
        linked_at = time.perf_counter()
        changed = render_text_pages(archive, changed_cases, use_directory_urls)
        last.site.pages.update(changed.pages)
        last.site.page_meta.update(changed.page_meta)
        archive.timings = {
            "parse": read.seconds,
            "link": linked_at - started,
            "render": time.perf_counter() - linked_at,
        }
        return SessionBuild(
            archive, last.site, set(changed.pages), changed_sources, same_pages=True
        )


def _merged(paths: list[str], rendered: RenderedSite, kept: RenderedSite) -> RenderedSite:
    """The site of `paths`: each page as rendered now, else as the last build rendered it."""
    site = RenderedSite({}, {})
    for path in paths:
        source = rendered if path in rendered.pages else kept
        site.pages[path] = source.pages[path]
        if path in source.page_meta:
            site.page_meta[path] = source.page_meta[path]
    return site


def _renderer_files() -> tuple:
    """When the templates and label files beside the renderer last changed: a page whose
    inputs are as they were renders as it did only with the same templates."""
    package = Path(__file__).parent
    files = [*sorted((package / "templates").iterdir()), *sorted(package.glob("*.yml"))]
    return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)


def archive_outline(read: ReadStatements) -> bytes:
    """Everything of the read statements but their text, and the numbers in the text, as
    JSON (orjson: a tenth of the time, on every rebuild): equal values give equal bytes,
    whichever objects they share."""
    return orjson.dumps(
        [
            [
                ([getattr(statement, name) for name in _OUTLINE_FIELDS], text_numbers(statement))
                for statement in read.statements
            ],
            read.problems,
            read.files,
            read.redactor.people,
        ],
        default=_plain,
        option=orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME,
    )


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if is_dataclass(value):
        return [type(value).__name__, *(getattr(value, f.name) for f in fields(value))]
    raise TypeError(f"not in a statement's outline: {value!r}")
