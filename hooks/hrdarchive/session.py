"""What one process's next build needs to know of its last (`mkdocs serve`): the statements'
outline, the linked archive, every page's context and the pages rendered.

Contract: with the memory of the last build, a build gives the archive and pages a build from
nothing gives (tests/test_session.py checks it edit by edit, and for random edits). When the
statements differ from the last build's in their text only (the same files, and the same
dates, titles, countries, names, organisations, themes, warnings, problems, withheld names,
and numbers in the text, which translation pairing compares), the last linked archive is kept
with the new text put in; otherwise the archive is linked again. Either way every page's
context is made again, and only the pages whose context differs from the last build's are
rendered again: what a page shows is its context, so nothing else can go stale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, is_dataclass

import orjson

from .link import text_numbers
from .model import LANGS, Archive, Statement
from .pages import RenderedSite, page_path
from .pages.contexts import PageContext
from .reading import ReadStatements

# What only a statement's own case page, its defenders' pages and the open data show of it
# (the statuses quote the text).
TEXT_FIELDS = ("paragraphs", "calls_intro", "calls", "digest", "statuses")
_OUTLINE_FIELDS = [f.name for f in fields(Statement) if f.name not in TEXT_FIELDS]


@dataclass
class _Last:
    settings: tuple  # what else the pages depend on (templates, URLs, headings' ids)
    outline: bytes
    archive: Archive
    contexts: dict[str, PageContext]
    site: RenderedSite
    addresses: bytes  # the record of addresses as the last build left it in the folder


@dataclass
class Changes:
    """What a build changed of the last build's pages."""

    stems: list[str]  # the pages rendered again
    removed: set[str]  # the last build's pages that are gone (paths)
    same_pages: bool  # no page came or went


class Session:
    def __init__(self) -> None:
        self._last: _Last | None = None
        self._outline = b""

    def reuse(self, read: ReadStatements, settings: tuple) -> tuple[Archive, set[str]] | None:
        """The last build's archive with the new text put in, and the statements whose text
        changed, if nothing but text changed; else None (the archive must be linked)."""
        self._outline = archive_outline(read)
        last = self._last
        if last is None or last.settings != settings or last.outline != self._outline:
            return None
        if read.addresses != last.addresses:  # edited by hand, or brought by git
            return None
        kept = {st.source: st for _, st in last.archive.statements()}
        changed: set[str] = set()
        for statement in read.statements:
            old = kept[statement.source]
            if any(getattr(statement, f) != getattr(old, f) for f in TEXT_FIELDS):
                for name in TEXT_FIELDS:
                    setattr(old, name, getattr(statement, name))
                changed.add(statement.source)
        return last.archive, changed

    def changes(self, contexts: dict[str, PageContext], settings: tuple) -> Changes | None:
        """The pages whose context differs from the last build's; None if every page must be
        rendered (a first build, or other templates or URLs)."""
        last = self._last
        if last is None or last.settings != settings:
            return None
        old = last.contexts
        stems = [stem for stem, context in contexts.items() if old.get(stem) != context]
        gone = set(old) - set(contexts)
        removed = {page_path(stem, lang) for stem in gone for lang in LANGS}
        return Changes(stems, removed, same_pages=not gone and len(contexts) == len(old))

    def merged(self, contexts: dict, rendered: RenderedSite) -> RenderedSite:
        """Every page of `contexts`: as rendered now, else as the last build rendered it."""
        assert self._last is not None
        kept = self._last.site
        site = RenderedSite()
        for stem in contexts:
            for lang in LANGS:
                path = page_path(stem, lang)
                source = rendered if path in rendered.pages else kept
                site.pages[path] = source.pages[path]
                if path in source.page_meta:
                    site.page_meta[path] = source.page_meta[path]
        return site

    def keep(
        self, settings: tuple, archive: Archive, contexts: dict, site: RenderedSite, record: bytes
    ) -> None:
        self._last = _Last(settings, self._outline, archive, contexts, site, record)

    @property
    def first(self) -> bool:
        return self._last is None


def archive_outline(read: ReadStatements) -> bytes:
    """Everything of the read statements but their text, and the numbers in the text, as
    JSON (orjson, fast enough for every rebuild): equal values give equal bytes, whichever
    objects they share."""
    return orjson.dumps(
        [
            [
                ([getattr(statement, name) for name in _OUTLINE_FIELDS], text_numbers(statement))
                for statement in read.statements
            ],
            read.problems,
            # Not whether this build extracted a file's text or found it in the cache.
            [(f.source, f.status, f.detail, f.origin) for f in read.files],
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
