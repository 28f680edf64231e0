"""MkDocs hooks for the archive: they only wire build events to the `hrdarchive` package.

mkdocs-static-i18n builds the site once per language, calling the whole build again from its
`on_post_build`; the archive is built and its pages written in the outer build only, and the
nested build reuses them (the pages on disk are already current).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from hrdarchive import csp, export, search
from hrdarchive.feeds import atom_feed
from hrdarchive.listblocks import ArchiveListsExtension
from hrdarchive.model import Archive, StatementError
from hrdarchive.pipeline import RawCopies
from hrdarchive.session import ArchiveSession
from hrdarchive.write import (
    OWNED_FOLDERS,
    OWNED_TOP_FILES,
    remove_built_pages,
    write_if_changed,
    write_pages,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page

# Under the "mkdocs" logger, so `mkdocs build --strict` counts our warnings.
log = logging.getLogger("mkdocs.hooks.archive")

_build = {
    "depth": 0,  # 1 in the outer build, 2 in mkdocs-static-i18n's build of the other language
    "dirty": False,  # `mkdocs serve --dirty`: only changed pages are built again
    "archive": None,
    # The archive's last build and pages: a rebuild after an edit of a statement's text
    # renders only the pages that show it (session.py).
    "session": ArchiveSession(),
    "changed_sources": None,  # statements whose text alone changed since the last build
    "page_meta": {},  # path under docs/ -> facts, JSON-LD, search entry
    "removed": [],  # generated pages removed by this build
    # The search's view of every page, by language and URL. Kept between builds: a dirty
    # build does not see the pages it skips, and they are still part of the site.
    "search": {},
    "alive": {},  # by language: the URLs of the pages this build's site has
    "indexed": {},  # by language: the pages the search index last written holds
    "timings": {},  # seconds, by phase of the hooks' own work for the whole archive
    # By depth: seconds, by phase of the hooks' work on that build's language's pages (the
    # other language's build runs inside the first's, between its pages and its end).
    "page_timings": {},
    "langs": {},  # by depth: the language each build in progress makes
    "observer": None,  # under `mkdocs serve`: what watches the statements and docs/
    "raw_copies": RawCopies(),  # the raw statements the site publishes
}


def on_startup(command: str, dirty: bool) -> None:
    _build["dirty"] = dirty
    # Only `mkdocs serve` builds again in the same process: the others keep nothing.
    _build["session"] = ArchiveSession(remember=command == "serve")
    _build["raw_copies"] = RawCopies()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Material's search plugin stays for its search box, but its index is not used (ours is,
    one per language: see on_post_build); its parsing of every page is taken off. The
    archive's lists pass through Python-Markdown as the raw HTML they are (listblocks.py)."""
    # Once: mkdocs-static-i18n's build of the other language runs this again on the same config.
    if not any(isinstance(e, ArchiveListsExtension) for e in config.markdown_extensions):
        config.markdown_extensions.append(ArchiveListsExtension())
    plugin = config.plugins.get("material/search")
    events = config.plugins.events
    if plugin is not None and "page_context" in events:
        events["page_context"] = [
            method
            for method in events["page_context"]
            if getattr(method, "__self__", None) is not plugin
        ]
    return config


def statements_dir(config: MkDocsConfig) -> Path:
    """`ARCHIVE_STATEMENTS_DIR`, else `extra.archive.statements_dir`, relative to mkdocs.yml."""
    configured = os.environ.get("ARCHIVE_STATEMENTS_DIR") or config.extra.get("archive", {}).get(
        "statements_dir", "statements"
    )
    path = Path(configured)
    if not path.is_absolute():
        path = Path(config.config_file_path).parent / path
    return path.resolve()


def cache_dir(config: MkDocsConfig) -> Path:
    """Parsed statements between builds: `.cache/hrdarchive/` beside mkdocs.yml (ignored by
    git; the publishing workflow keeps it between runs)."""
    return Path(config.config_file_path).parent / ".cache" / "hrdarchive"


def on_pre_build(config: MkDocsConfig) -> None:
    _build["depth"] += 1
    if _build["depth"] > 1:
        return
    _build["alive"] = {}
    folder = statements_dir(config)
    try:
        built = _build["session"].build(folder, cache_dir(config), config.use_directory_urls)
    except FileNotFoundError as exc:
        raise PluginError(
            f"archive: {exc} (set extra.archive.statements_dir or ARCHIVE_STATEMENTS_DIR)"
        ) from exc
    except StatementError as exc:  # the withheld names cannot be read: publish nothing
        raise PluginError(f"archive: {exc}") from exc
    archive = built.archive
    for problem in sorted(archive.problems, key=lambda p: (p.source, p.message)):
        (log.error if problem.severity == "error" else log.warning)(f"archive: {problem}")
    started = time.perf_counter()
    written, removed = write_pages(
        Path(config.docs_dir), built.site.pages, built.changed_pages, built.removed_pages
    )
    _build["timings"] = {**archive.timings, "write": time.perf_counter() - started}
    _build["page_meta"] = built.site.page_meta
    _build["removed"] = removed
    _build["changed_sources"] = built.changed_sources
    counts: dict[str, int] = {}
    for report in archive.files:
        counts[report.status] = counts.get(report.status, 0) + 1
    log.info(
        "archive: %s from %s; %d cases, %d defenders, %d countries; pages written %d, removed %d",
        ", ".join(f"{n} {status}" for status, n in sorted(counts.items())),
        folder,
        len(archive.cases),
        len(archive.people),
        len(archive.countries),
        len(written),
        len(removed),
    )
    if _build["dirty"] and built.same_pages:
        # No page came, went or moved, and a dirty build's site keeps the last sitemap
        # (for 2,000 statements per language, 0.7 s of a rebuild to write it unchanged).
        config.theme.static_templates.discard("sitemap.xml")
    if built.changed_sources is not None:
        log.info(
            "archive: only the text of %d statement(s) changed: %d pages rendered again",
            len(built.changed_sources),
            len(built.changed_pages),
        )
    elif built.changed_pages is not None:
        log.info(
            "archive: linked again: %d pages rendered again, %d removed",
            len(built.changed_pages),
            len(built.removed_pages),
        )
    _build["archive"] = archive


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files) -> str:
    """A generated page's facts, JSON-LD and search entry, kept in memory by the build."""
    meta = _build["page_meta"].get(page.file.src_uri)
    if meta is not None:
        page.meta.update(meta)
    return markdown


@event_priority(-150)  # after mkdocs-static-i18n (-100) has made this language's files
def on_files(files, config: MkDocsConfig):
    """A dirty build skips the pages whose source did not change, and the search learns of a
    page only by building it: a page this process has not indexed yet is built anyway (the
    first build of `mkdocs serve --dirty` or `mkdocs build --dirty` builds every page)."""
    if _build["dirty"]:
        for file in files.documentation_pages():
            if file.url not in _build["search"].get(_lang(config), {}):
                file.is_modified = lambda: True
    _build["langs"][_build["depth"]] = _lang(config)
    _build["page_timings"].pop(_build["depth"], None)
    _page_timings()  # this build's, from nothing
    return files


def _page_timings() -> dict[str, float]:
    return _build["page_timings"].setdefault(_build["depth"], {"search": 0.0, "policy": 0.0})


def _lang(config: MkDocsConfig) -> str:
    """The language of the build in progress (mkdocs-static-i18n sets the theme's for each):
    its site's pages, a page that falls back to another language's text included."""
    return config.theme["language"]


def on_env(env, config: MkDocsConfig, files):
    """The pages of this language's build, built again or not (dirty)."""
    _build["alive"][_lang(config)] = {file.url for file in files.documentation_pages()}
    return env


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    """Every page built, as the search will know it."""
    started = time.perf_counter()
    # By the file's URL, as on_env knows the pages ('./' for a home page whose page.url is '').
    _build["search"].setdefault(_lang(config), {})[page.file.url] = search.page_from_html(
        page.url, page.title or "", page.content or "", page.meta
    )
    _page_timings()["search"] += time.perf_counter() - started
    return context


@event_priority(-100)  # last: the page as it will be written
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _with_policy(output, page.file.src_uri, config)


@event_priority(-100)
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):
        return output
    return _with_policy(output, template_name, config)


def _serving(config: MkDocsConfig) -> bool:
    """Whether this is `mkdocs serve`'s build: it sets site_url to its own address."""
    address = urlsplit(config.site_url or "").netloc
    return address == f"{config.dev_addr.host}:{config.dev_addr.port}"


def _with_policy(output: str, name: str, config: MkDocsConfig) -> str:
    started = time.perf_counter()
    output, refused = csp.with_policy(output, preview=_serving(config))
    _page_timings()["policy"] += time.perf_counter() - started
    for script in refused:
        log.warning("archive: %s: an inline script the policy refuses: %.80r", name, script)
    return output


@event_priority(-200)  # after mkdocs-static-i18n (-100) has run the other language's build
def on_post_build(config: MkDocsConfig) -> None:
    """Each language's build writes its search index; the outer build, last, what the whole
    archive makes (open data, feeds, the raw statements). A language's build is whole in
    itself, so it can run in another process (parallel_languages.py)."""
    lang = _build["langs"].pop(_build["depth"], None)
    page_timings = _build["page_timings"].pop(_build["depth"], {})
    _build["depth"] -= 1
    archive: Archive | None = _build["archive"]
    if archive is None:
        return
    site = Path(config.site_dir)
    if lang is not None:
        started = time.perf_counter()
        _write_search_index(site, lang)
        page_timings["search"] = page_timings.get("search", 0.0) + time.perf_counter() - started
    if _build["depth"] != 0:
        log.info(
            "archive: the hooks took %.1f s for the '%s' pages: %s",
            sum(page_timings.values()),
            lang,
            _phases(page_timings),
        )
        return
    started = time.perf_counter()
    site_url = config.site_url or ""
    # A dirty build's site keeps what the last build wrote; when only statements' text
    # changed since, the open data (which holds no text) is as it was.
    text_only = _build["dirty"] and _build["changed_sources"] is not None
    if _build["dirty"]:
        remove_built_pages(site, _build["removed"], config.use_directory_urls)
    if not (text_only and (site / "data").is_dir()):
        for name, content in export.open_data_files(archive, site_url).items():
            write_if_changed(site / "data" / name, content)
    (site / "feed.xml").write_bytes(atom_feed(archive, "en", site_url))
    (site / "ru" / "feed.xml").write_bytes(atom_feed(archive, "ru", site_url))
    # Material's own index (both languages, built again in the browser on every page)
    # becomes a stub its script still loads.
    write_if_changed(site / "search" / "search_index.json", search.material_stub("en"))
    _build["raw_copies"].write(
        site / "statements",
        statements_dir(config),
        archive,
        _build["changed_sources"] if text_only else None,
    )
    timings = {**_build["timings"], "export": time.perf_counter() - started, **page_timings}
    log.info(
        "archive: the hooks took %.1f s for the archive and the '%s' pages: %s",
        sum(timings.values()),
        lang,
        _phases(timings),
    )


def _write_search_index(site: Path, lang: str) -> None:
    """The search index of one language's pages, those this build did not build again
    (dirty) included."""
    alive = _build["alive"].get(lang, set())
    pages = {url: p for url, p in _build["search"].get(lang, {}).items() if url in alive}
    _build["search"][lang] = pages
    target = site / "search" / f"{lang}.json"
    # Under `mkdocs serve`, a change often leaves one language's pages as they were.
    if _build["indexed"].get(lang) != pages or not target.is_file():
        write_if_changed(target, search.index_json(list(pages.values())))
        _build["indexed"][lang] = dict(pages)


def _phases(timings: dict[str, float]) -> str:
    return ", ".join(f"{phase} {seconds:.2f} s" for phase, seconds in timings.items())


def on_build_error(error: Exception) -> None:
    _build["depth"] = 0
    _build["langs"].clear()
    _build["page_timings"].clear()


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
    _watch_sources(server, statements_dir(config), Path(config.docs_dir))
    return server


def on_shutdown() -> None:
    observer, _build["observer"] = _build["observer"], None
    if observer is not None:
        observer.stop()
        observer.join(timeout=5)


# The changes a rebuild follows: a file written, added, removed or moved (not a file opened
# or read: each build reads every statement).
_CHANGES = (
    "FileCreatedEvent",
    "FileModifiedEvent",
    "FileClosedEvent",
    "FileDeletedEvent",
    "FileMovedEvent",
    "DirCreatedEvent",
    "DirDeletedEvent",
    "DirMovedEvent",
)


def _watch_sources(server: LiveReloadServer, statements: Path, docs: Path) -> None:
    """Rebuild when the statements or an editor's page in docs/ change, but not for the
    pages the build itself writes into docs/: each of those writes would otherwise start a
    second rebuild after every change.

    MkDocs 1.6's server polls what it watches: every 0.5 s it lists every file, and at 2,000
    statements per language (4,000 statements, 7,000 pages in docs/) that is 0.18 s of the
    interpreter's time in each 0.5 s, a rebuild a third slower, and a change seen up to 0.5 s
    late. The system's own notifications (inotify on Linux, through watchdog, which MkDocs
    already uses) cost nothing while nothing changes; the server's flag is set as its own
    watch does. Where they cannot start (a file system without them, the watch limit
    reached), or with another server (a future MkDocs), the server's polling watch stays,
    the generated pages filtered out when it is MkDocs 1.6's."""
    if not all(hasattr(server, a) for a in ("_rebuild_cond", "_want_rebuild", "observer")):
        log.warning("archive: unknown live-reload server; generated pages trigger a rebuild")
        server.watch(str(statements))
        return
    import watchdog.events
    import watchdog.observers

    generated = [docs / name for name in (*OWNED_FOLDERS, *OWNED_TOP_FILES)]

    def on_any_event(event) -> None:
        if isinstance(event, watchdog.events.DirModifiedEvent):
            return  # a file in it changed: that file's own event follows
        paths = [Path(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(any(p == g or g in p.parents for g in generated) for p in paths):
            return
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    handler = watchdog.events.FileSystemEventHandler()
    handler.on_any_event = on_any_event
    changes = [getattr(watchdog.events, name) for name in _CHANGES]
    observer = watchdog.observers.Observer()
    try:
        for folder in (statements, docs):
            observer.schedule(handler, str(folder), recursive=True, event_filter=changes)
        observer.start()
    except OSError as exc:
        log.info("archive: %s; statements and docs/ watched by polling", exc)
        observer = None
    server.unwatch(str(docs))
    if observer is None:
        server.watch(str(statements))
        server.observer.schedule(handler, str(docs), recursive=True)
        return
    _build["observer"] = observer
    log.debug("archive: statements and docs/ watched with %s", type(observer).__name__)
