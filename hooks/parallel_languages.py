"""MkDocs hook: `mkdocs build` makes the site's other languages in a second process, at the
same time as its first language, on a machine with more than one core.

mkdocs-static-i18n 1.3.1 builds the site once per language, one after the other: the default
language's build, then, from its on_post_build, a whole MkDocs build of each other language,
each on one core. These builds share the pages in docs/ (written before the first starts),
the default language's list of pages, which the other languages' sitemaps list, and the files
each writes at the site's root from the theme's static templates; nothing else. So once the
default language's navigation is made (its pages exist), this hook forks:

- the child builds the other languages exactly as mkdocs-static-i18n would (the same calls,
  the same settings) and exits, sending back what it logged, or its error;
- the parent builds the default language (without the theme's static templates, 404.html and
  the sitemap, which every language's build writes at the site's root and which the last
  language's build, the child's, leaves) and, where mkdocs-static-i18n would build the
  others, waits for the child instead, then logs what the child logged, in the place it
  would have been logged: the output reads as before, and `--strict` counts the child's
  warnings. A child's error fails the build as it would have.

Only for `mkdocs build` and `mkdocs gh-deploy`, on Linux, with two cores or more:
`mkdocs serve` keeps what its builds learn in its own process for the next rebuild. The site
comes out byte for byte the same (tests/test_reproducible.py builds it with and without this
hook). Keep this hook listed before archive_hook.py; take it out of the config to build one
language after the other.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import traceback
from importlib.metadata import version
from typing import TYPE_CHECKING, NamedTuple

from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.hooks.parallel_languages")

# The release whose on_post_build was read: it calls its module's `build` once per other
# language, with `current_language` set and `building` true. Another release builds as it does.
I18N_READ = "1.3.1"

_state: dict = {"on": False, "child": None, "in_child": False, "build": None}


class _Child(NamedTuple):
    pid: int
    reader: int  # the pipe the child writes its outcome into
    languages: list[str]


def on_startup(command: str, dirty: bool) -> None:
    _state["on"] = command in ("build", "gh-deploy") and _can_fork() and _i18n_is_read()
    if _state["on"]:
        _wrap_i18n_build()


def _can_fork() -> bool:
    return sys.platform == "linux" and hasattr(os, "fork") and len(os.sched_getaffinity(0)) > 1


def _i18n_is_read() -> bool:
    try:
        return version("mkdocs-static-i18n") == I18N_READ
    except Exception:  # not installed
        return False


def _i18n(config: MkDocsConfig):
    return config.plugins.get("i18n")


@event_priority(-1000)  # last: mkdocs-static-i18n (-100) has made this language's navigation
def on_nav(nav, config: MkDocsConfig, files):
    i18n = _i18n(config)
    if not _state["on"] or _state["in_child"] or i18n is None or i18n.building:
        return nav
    others = [lang for lang in i18n.build_languages if lang != i18n.current_language]
    if not others or _state["child"] is not None:
        return nav
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reader)
        _state["in_child"] = True
        _build_in_child(writer, config, others)
    os.close(writer)
    _state["child"] = _Child(pid, reader, others)
    # Every language's build writes the theme's static templates (404.html, sitemap.xml) at
    # the site's root, and one after the other the last language's are those kept: the
    # child's. Written here too, they would race with the child's.
    config.theme.static_templates.clear()
    log.info("parallel_languages: building %s in a second process", ", ".join(map(repr, others)))
    return nav


def _build_in_child(writer: int, config: MkDocsConfig, languages: list[str]) -> None:
    """What mkdocs-static-i18n's on_post_build does for the other languages (its release
    I18N_READ), then exit with what was logged and how it ended."""
    status = 0
    records = _capture_log()
    outcome: dict = {"records": records, "error": None, "traceback": ""}
    try:
        from mkdocs import utils
        from mkdocs_static_i18n.plugin import I18nLoggingFilter

        i18n = _i18n(config)
        i18n.building = True
        build_logger = logging.getLogger("mkdocs.commands.build")
        i18n_filter = I18nLoggingFilter()
        i18n_filter.filtered_prefixes.add("Documentation built in")
        i18n_filter.filtered_prefixes.add("Building documentation to directory")
        build_logger.addFilter(i18n_filter)
        utils.clean_directory = lambda x: x  # as mkdocs-static-i18n does for its builds
        dirty = "--dirty" in sys.argv or "--dirtyreload" in sys.argv
        for locale in languages:
            i18n.current_language = locale
            _state["build"](config, dirty=dirty)
    except BaseException as exc:  # noqa: BLE001 - every way out is reported to the parent
        status = 1
        outcome["error"] = _portable(exc)
        outcome["traceback"] = "".join(traceback.format_exception(exc))
    try:  # the records hold only strings and numbers, and the error was made portable
        with os.fdopen(writer, "wb") as out:
            out.write(pickle.dumps(outcome))
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    finally:
        os._exit(status)


def _portable(exc: BaseException) -> BaseException:
    """The exception itself if it survives pickling, else a RuntimeError naming it (the
    traceback goes to the parent beside it)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"building the other languages failed: {exc!r}")


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.NOTSET)
        self.records: list[dict] = []

    def emit(self, record: logging.LogRecord) -> None:
        entry = {
            "name": record.name,
            "levelno": record.levelno,
            "levelname": record.levelname,
            "msg": record.getMessage(),
            "args": None,
        }
        if record.exc_info:
            entry["exc_text"] = logging.Formatter().formatException(record.exc_info)
        self.records.append(entry)


def _capture_log() -> list[dict]:
    """In the child: what reaches MkDocs' handlers is kept, not written, for the parent (down
    to the lowest level they write: INFO, or DEBUG with `--verbose`)."""
    capture = _Capture()
    mkdocs_log = logging.getLogger("mkdocs")
    handlers = list(mkdocs_log.handlers)
    for handler in handlers:
        mkdocs_log.removeHandler(handler)
    capture.setLevel(min((h.level for h in handlers), default=logging.NOTSET))
    mkdocs_log.addHandler(capture)
    return capture.records


def _wrap_i18n_build() -> None:
    """mkdocs-static-i18n's call of MkDocs' build for another language: in the parent, when
    the child builds that language, a wait for the child."""
    from mkdocs_static_i18n import plugin

    if getattr(plugin, "_parallel_languages", False):
        return
    _state["build"] = plugin.build

    def build(config, *args, **kwargs):
        child = _state["child"]
        i18n = _i18n(config)
        if _state["in_child"] or child is None or i18n.current_language not in child.languages:
            return _state["build"](config, *args, **kwargs)
        _wait_for_child()
        return None

    plugin.build = build
    plugin._parallel_languages = True


def _wait_for_child() -> None:
    child: _Child | None = _state["child"]
    if child is None:
        return
    chunks = []
    while chunk := os.read(child.reader, 1 << 20):
        chunks.append(chunk)
    os.close(child.reader)
    _, status = os.waitpid(child.pid, 0)
    _state["child"] = None
    try:
        outcome = pickle.loads(b"".join(chunks))
    except Exception:
        outcome = {"records": [], "error": None, "traceback": ""}
        if status == 0:
            status = 1
    for entry in outcome["records"]:
        record = logging.makeLogRecord(entry)
        logging.getLogger(record.name).handle(record)
    error = outcome["error"]
    if error is not None:
        if not isinstance(error, SystemExit):  # MkDocs' Abort: its message says it all
            error.add_note(f"In the process building {', '.join(child.languages)}:")
            error.add_note(outcome["traceback"])
        raise error
    if status != 0:
        raise RuntimeError(
            f"the process building {', '.join(child.languages)} ended with status {status}"
        )


@event_priority(-150)  # after mkdocs-static-i18n's on_post_build (-100), before the archive's
def on_post_build(config: MkDocsConfig) -> None:
    """Whatever happened in between, the other languages are built before the build ends."""
    if not _state["in_child"]:
        _wait_for_child()


def on_build_error(error: Exception) -> None:
    """The parent's build failed: the child's work is not wanted."""
    child: _Child | None = _state["child"]
    if child is None or _state["in_child"]:
        return
    _state["child"] = None
    try:
        os.kill(child.pid, 15)
        os.waitpid(child.pid, 0)
    except OSError:
        pass
    os.close(child.reader)
