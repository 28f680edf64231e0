"""The MkDocs hook of the archive: it wires MkDocs' events to the `hrdarchive` package (the
archive itself) and to `archive_mkdocs` (what relies on the stack's internals), in the order
set here by `event_priority` relative to mkdocs-static-i18n's events (-100).

mkdocs-static-i18n builds the site once per language, running the whole build again for the
other language from the first build's on_post_build: the archive is prepared and its pages
written in the outer build only; each language's build indexes its own pages for the search;
the outer build publishes what the whole archive makes (open data, feeds, raw statements).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from archive_mkdocs import i18n_files, internals, watch
from archive_mkdocs.icons import use_icon_sprite, write_icon_sprite
from archive_mkdocs.parallel import ParallelLanguages, can_fork
from archive_mkdocs.search import chrome_script, chrome_script_path, use_archive_search
from archive_mkdocs.state import BuildState, LanguageBuild
from archive_mkdocs.theme import put_first
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from hrdarchive import csp, search, sitemaps
from hrdarchive.build import ArchiveBuilder, BuildSettings, PreparedBuild
from hrdarchive.htmlspace import without_indentation
from hrdarchive.listblocks import ArchiveListsExtension
from hrdarchive.model import StatementError
from hrdarchive.pages import Urls
from hrdarchive.raw_copies import claim_folder
from hrdarchive.redirects import MARK as REDIRECT_MARK
from hrdarchive.redirects import RedirectPage
from hrdarchive.vocabulary import labels
from hrdarchive.write import write_if_changed

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page

# Under the "mkdocs" logger, so `mkdocs build --strict` counts the archive's warnings.
log = logging.getLogger("mkdocs.hooks.archive")

_state = BuildState()

# The JSON templates write into pages (`tojson`: Material's config, the JSON-LD): compact, and
# Cyrillic as itself, not six bytes a letter ("\\u0421"). Jinja still escapes < > & ' in it.
JSON_IN_PAGES = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}


def on_startup(command: str, dirty: bool) -> None:
    global _state
    # Only `mkdocs serve` builds again in the same process: the others keep nothing.
    _state = BuildState(command, dirty, builder=ArchiveBuilder(remember=command == "serve"))
    _state.enabled, _ = internals.allowed()
    if "i18n_files" in _state.enabled:
        i18n_files.install()
    if "parallel_languages" in _state.enabled and command in ("build", "gh-deploy"):
        if can_fork():
            _state.parallel = ParallelLanguages()
            _state.parallel.install()


@event_priority(-110)  # after mkdocs-static-i18n's (-100), which puts its sitemap first
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state.idle.cancel()  # a build starts: no collection of the whole heap until it is over
    if _state.depth == 0:  # the outer build (the other language's runs this again)
        for warning in internals.allowed()[1]:
            log.warning("archive: %s", warning)
    if _state.parallel is not None:
        _state.parallel.timeout = _language_build_timeout(config)
    if not any(isinstance(e, ArchiveListsExtension) for e in config.markdown_extensions):
        config.markdown_extensions.append(ArchiveListsExtension())
    if "archive_search" in _state.enabled:
        use_archive_search(config)
    if "icon_sprite" in _state.enabled:
        use_icon_sprite(config)
    if "i18n_sitemap" in _state.enabled:
        put_first(config, "i18n-internals")
    return config


def _language_build_timeout(config: MkDocsConfig) -> float:
    configured = _setting(config, "language_build_timeout")
    return float(configured) if configured else _state.parallel.timeout


def _setting(config: MkDocsConfig, key: str, default: str = ""):
    """The archive's setting `key`: `ARCHIVE_<KEY>` in the environment, else
    `extra.archive.<key>` in mkdocs.yml, else `default`."""
    archive = config.extra.get("archive", {}) or {}
    return os.environ.get(f"ARCHIVE_{key.upper()}") or archive.get(key, default)


def _beside_config(config: MkDocsConfig, path: str) -> Path:
    """A folder named relative to mkdocs.yml (or absolute)."""
    return (Path(config.config_file_path).parent / path).resolve()


def statements_dir(config: MkDocsConfig) -> Path:
    """`ARCHIVE_STATEMENTS_DIR`, else `extra.archive.statements_dir`, relative to mkdocs.yml."""
    return _beside_config(config, _setting(config, "statements_dir", "statements"))


def originals_url(config: MkDocsConfig) -> str:
    """`ARCHIVE_ORIGINALS_URL`, else `extra.archive.originals_url`: where the raw statements
    are published when not in the site; empty: in the site."""
    return _setting(config, "originals_url")


def originals_dir(config: MkDocsConfig) -> Path:
    """`ARCHIVE_ORIGINALS_DIR`, else `extra.archive.originals_dir` (`originals`), relative to
    mkdocs.yml: where the build puts them for the editor to publish at `originals_url`."""
    return _beside_config(config, _setting(config, "originals_dir", "originals"))


def build_settings(config: MkDocsConfig) -> BuildSettings:
    toc = config.mdx_configs.get("toc", {}) or {}
    try:
        return _settings(config, toc)
    except ValueError as exc:
        raise PluginError(f"archive: {exc}") from exc


def _settings(config: MkDocsConfig, toc: dict) -> BuildSettings:
    return BuildSettings(
        statements=statements_dir(config),
        docs=Path(config.docs_dir),
        # Parsed statements between builds, beside mkdocs.yml (ignored by git).
        cache=Path(config.config_file_path).parent / ".cache" / "hrdarchive",
        urls=Urls.make(config.use_directory_urls, originals_url=originals_url(config)),
        slugify=toc.get("slugify"),
        addresses=_setting(config, "addresses", "update"),
    )


def on_pre_build(config: MkDocsConfig) -> None:
    _state.languages.append(LanguageBuild())
    if _state.depth > 1:
        return
    settings = build_settings(config)
    if settings.urls.originals_url:
        _claim_originals_dir(config, settings)
    try:
        prepared = _state.builder.prepare(settings)
    except FileNotFoundError as exc:
        raise PluginError(
            f"archive: {exc} (set extra.archive.statements_dir or ARCHIVE_STATEMENTS_DIR)"
        ) from exc
    except StatementError as exc:  # the withheld names cannot be read: publish nothing
        raise PluginError(f"archive: {exc}") from exc
    _state.prepared = prepared
    _report(prepared, settings)
    if _state.dirty and prepared.same_pages:
        # No page came or went, and a dirty build's site keeps the last sitemap.
        config.theme.static_templates.discard("sitemap.xml")


def _claim_originals_dir(config: MkDocsConfig, settings: BuildSettings) -> None:
    """The folder of raw copies outside the site, before anything is built: one the archive
    may write (never the statements', docs/ or the site, nor a folder of someone else's)."""
    others = (settings.statements, Path(config.docs_dir), Path(config.site_dir))
    try:
        claim_folder(originals_dir(config), *others)
    except ValueError as exc:
        raise PluginError(f"archive: {exc}") from exc


def _report(prepared: PreparedBuild, settings: BuildSettings) -> None:
    archive = prepared.archive
    for problem in sorted(archive.problems, key=lambda p: (p.source, p.message)):
        (log.error if problem.severity == "error" else log.warning)(f"archive: {problem}")
    for message in prepared.written.messages(settings.docs.name):
        log.warning("archive: %s", message)
    counts: dict[str, int] = {}
    for report in archive.files:
        counts[report.status] = counts.get(report.status, 0) + 1
        # Once per file and content (later builds read the cache), but what keeps an original
        # unpublished on every build.
        if report.extracted or report.original_unpublished:
            log.info("archive: %s: %s", report.source, report.origin)
    log.info(
        "archive: %s from %s; %d cases, %d defenders, %d countries; pages written %d, removed %d",
        ", ".join(f"{n} {status}" for status, n in sorted(counts.items())),
        settings.statements,
        len(archive.cases),
        len(archive.people),
        len(archive.countries),
        len(prepared.written.written),
        len(prepared.written.removed),
    )
    if prepared.changed_sources is not None:
        log.info(
            "archive: only the text of %d statement(s) changed: %d pages rendered again",
            len(prepared.changed_sources),
            len(prepared.changed_pages or ()),
        )
    elif prepared.changed_pages is not None:
        log.info(
            "archive: linked again: %d pages rendered again, %d removed",
            len(prepared.changed_pages),
            len(prepared.removed_pages),
        )


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files) -> str:
    """A generated page's facts, JSON-LD and search entry, kept in memory by the build."""
    if _state.prepared is not None and page.file.src_uri not in _state.builder.clashes:
        meta = _state.prepared.site.page_meta.get(page.file.src_uri)
        if meta is not None:
            page.meta.update(meta)
    return markdown


# overrides/ folders holding copies of Material's and mkdocs-static-i18n's templates.
TEMPLATE_COPIES = ("i18n-internals", "material-internals", "material-icons")


@event_priority(-150)  # after mkdocs-static-i18n (-100) has made this language's files
def on_files(files, config: MkDocsConfig):
    """A dirty build skips the pages whose source did not change, and the search learns of a
    page only by building it: a page this process has not indexed yet is built anyway (the
    first build of `mkdocs serve --dirty` builds every page)."""
    lang = _lang(config)
    # The copies of the stack's templates in overrides/ are templates, not files to publish,
    # whether MkDocs found them in overrides/ or in the theme folder each of them also is
    # (from which it would publish archive-chrome.js at the site's root).
    copies = tuple(str(Path(config.theme.custom_dir or "", c)) + os.sep for c in TEMPLATE_COPIES)
    for file in [f for f in files if (f.abs_src_path or "").startswith(copies)]:
        files.remove(file)
    if _state.dirty:
        for file in files.documentation_pages():
            if not _state.search.knows(lang, file.url):
                file.is_modified = lambda: True
    _state.current().lang = lang
    return files


def _lang(config: MkDocsConfig) -> str:
    """The language of the build in progress (mkdocs-static-i18n sets the theme's for each):
    its site's pages, a page that falls back to another language's text included."""
    return config.theme["language"]


@event_priority(-1000)  # last: mkdocs-static-i18n (-100) has made this language's navigation
def on_nav(nav, config: MkDocsConfig, files):
    if _state.parallel is not None and _state.depth == 1:
        _state.parallel.fork(config)
    return nav


def on_env(env, config: MkDocsConfig, files):
    """The theme's compiled templates kept between builds; JSON in pages written compact; the
    script of Material's JavaScript-only parts of a page; the pages of this language's build,
    built again or not (dirty)."""
    if "template_cache" in _state.enabled:
        env.bytecode_cache = _state.template_code
    env.policies["json.dumps_kwargs"] = JSON_IN_PAGES
    if "archive_search" in _state.enabled and _state.languages:
        _state.current().chrome = chrome_script(env, config)
    _state.search.alive[_lang(config)] = {file.url for file in files.documentation_pages()}
    return env


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    """Every page built, as the search will know it."""
    started = time.perf_counter()
    # By the file's URL, as on_env knows the pages ('./' for a home page whose page.url is '').
    entry = search.page_from_html(page.url, page.title or "", page.content or "", page.meta)
    _state.search.add(_lang(config), page.file.url, entry)
    _state.current().timings["search"] += time.perf_counter() - started
    return context


@event_priority(-100)  # last: the page as it will be written
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _finished(output, page.file.src_uri, config)


@event_priority(-100)
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):
        return output
    return _finished(output, template_name, config)


def _serving(config: MkDocsConfig) -> bool:
    """Whether this is `mkdocs serve`'s build: it sets site_url to its own address."""
    address = urlsplit(config.site_url or "").netloc
    return address == f"{config.dev_addr.host}:{config.dev_addr.port}"


def _finished(output: str, name: str, config: MkDocsConfig) -> str:
    """A built page as published: without its templates' indentation, with its policy."""
    started = time.perf_counter()
    output, refused = csp.with_policy(without_indentation(output), preview=_serving(config))
    if _state.languages:
        _state.current().timings["policy"] += time.perf_counter() - started
    for script in refused:
        log.warning("archive: %s: an inline script the policy refuses: %.80r", name, script)
    return output


@event_priority(-200)  # after mkdocs-static-i18n (-100) has run the other language's build
def on_post_build(config: MkDocsConfig) -> None:
    """Each language's build writes its search index; the outer build, last, what the whole
    archive makes. A language's build is whole in itself, so it can run in another process."""
    parallel = _state.parallel
    if parallel is not None and not parallel.in_child and _state.depth == 1:
        parallel.wait()  # whatever happened in between, the other languages are built
    language = _state.languages.pop() if _state.languages else LanguageBuild()
    prepared = _state.prepared
    if prepared is None:
        return
    site = Path(config.site_dir)
    if language.lang is not None and "archive_search" in _state.enabled:
        started = time.perf_counter()
        if language.chrome is not None:
            write_if_changed(chrome_script_path(site, language.lang), language.chrome)
        _state.search.write(site, language.lang)
        language.timings["search"] += time.perf_counter() - started
    if _state.depth != 0:
        log.info(
            "archive: the hooks took %.1f s for the '%s' pages: %s",
            sum(language.timings.values()),
            language.lang,
            _phases(language.timings),
        )
        return
    _publish(prepared, site, config, language)
    if _state.serving and "heap_freeze" in _state.enabled:
        _state.idle.schedule()


def _publish(prepared: PreparedBuild, site: Path, config: MkDocsConfig, language) -> None:
    started = time.perf_counter()
    urls = Urls.make(config.use_directory_urls, config.site_url or "", originals_url(config))
    statements = statements_dir(config)
    originals = originals_dir(config) if urls.originals_url else None
    kept = _state.builder.publish(
        prepared, site, statements, urls, _state.dirty, _redirect_html(config), originals
    )
    for path in kept:
        log.warning("archive: %s: a page of the site is at an old address; kept", path)
    sitemaps.publish_sitemap(site, config.site_url or "/")
    if "icon_sprite" in _state.enabled:
        write_icon_sprite(config, site)
    if "archive_search" in _state.enabled:
        # Material's own index (both languages, built again in the browser on every page)
        # becomes a stub its script still loads.
        write_if_changed(site / "search" / "search_index.json", search.material_stub("en"))
    timings = {**prepared.timings, "export": time.perf_counter() - started, **language.timings}
    log.info(
        "archive: the hooks took %.1f s for the archive and the '%s' pages: %s",
        sum(timings.values()),
        language.lang,
        _phases(timings),
    )


def _redirect_html(config: MkDocsConfig):
    """A page at an old address: the theme's redirect.html, with the site's policy (the
    theme's templates loaded only when there is such a page)."""
    loaded: list = []

    def html(page: RedirectPage) -> str:
        if not loaded:
            loaded.append(config.theme.get_env().get_template("redirect.html"))
        words = labels()[page.lang]
        page_html = loaded[0].render(
            lang=page.lang,
            href=page.href,
            canonical=page.canonical,
            moved=words["moved"],
            follow=words["follow"],
            mark=REDIRECT_MARK,
        )
        return _finished(page_html, page.path, config)

    return html


def _phases(timings: dict[str, float]) -> str:
    return ", ".join(f"{phase} {seconds:.2f} s" for phase, seconds in timings.items())


def on_build_error(error: Exception) -> None:
    _state.languages.clear()
    if _state.parallel is not None:
        _state.parallel.abandon()


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
    statements, docs = statements_dir(config), Path(config.docs_dir)
    if "watch" in _state.enabled:
        _state.observer = watch.watch(server, [statements, docs], docs, _state.builder.wrote)
    else:
        server.watch(str(statements))  # public: MkDocs polls it, and docs/ as always
    return server


def on_shutdown() -> None:
    _state.idle.cancel()
    observer, _state.observer = _state.observer, None
    if observer is not None:
        observer.stop()
        observer.join(timeout=5)
