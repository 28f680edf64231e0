"""`mkdocs build` makes the site's other languages in a forked second process, at the same
time as its first language, on a machine with more than one core.

mkdocs-static-i18n 1.3.1 builds the site once per language, one after the other: the default
language's build, then, from its on_post_build, a whole MkDocs build of each other language.
These builds share the pages in docs/ (written before the first starts), the default
language's list of pages (the other languages' sitemaps list them), and the files each writes
at the site's root from the theme's static templates; nothing else. So once the default
language's navigation is made, the parent forks:

- the child builds the other languages as mkdocs-static-i18n would (the same calls, the same
  settings) and exits, sending back what it logged and how it ended;
- the parent builds the default language without the theme's static templates (404.html and
  the sitemap, which the last language's build, the child's, leaves) and, where
  mkdocs-static-i18n would build the others, waits for the child, then logs what the child
  logged, in that place: the output reads as before and `--strict` counts the child's
  warnings.

Contract: the site is byte for byte the one built without this (tests/test_reproducible.py).
The build ends with the child's own error if it raised one (made portable if it cannot be
pickled), and with a `PluginError` saying so if the child died, hung past the deadline (it
is then killed) or sent nothing readable: never a hang.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import signal
import sys
import time
import traceback
from typing import TYPE_CHECKING, NamedTuple

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.hooks.archive")

# How long the parent waits for the other languages before it kills their process. A
# Russian build of 10,000 statements takes a few minutes (benchmarks/README.md).
DEFAULT_TIMEOUT = 3600.0


class _Child(NamedTuple):
    pid: int
    reader: int  # the pipe the child writes its outcome into
    languages: list[str]


def can_fork() -> bool:
    return sys.platform == "linux" and hasattr(os, "fork") and len(os.sched_getaffinity(0)) > 1


class ParallelLanguages:
    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout
        self.child: _Child | None = None
        self.in_child = False
        # The languages the child builds, kept once it is waited for: the parent never builds
        # them itself (with three languages or more, the plugin asks for each in turn).
        self.child_languages: frozenset[str] = frozenset()
        self._build = None  # mkdocs-static-i18n's call of MkDocs' build

    def install(self) -> None:
        """mkdocs-static-i18n's call of MkDocs' build for another language: in the parent,
        when the child builds that language, a wait for the child."""
        from mkdocs_static_i18n import plugin

        original = getattr(plugin, "_archive_original_build", plugin.build)
        plugin._archive_original_build = original
        self._build = original

        def build(config, *args, **kwargs):
            language = config.plugins["i18n"].current_language
            if self.in_child or language not in self.child_languages:
                return original(config, *args, **kwargs)
            self.wait()
            return None

        plugin.build = build

    def fork(self, config: MkDocsConfig) -> None:
        """Once the default language's navigation exists (on_nav, last): the other languages
        start building in a child process."""
        i18n = config.plugins.get("i18n")
        if self.in_child or self.child is not None or i18n is None or i18n.building:
            return
        others = [lang for lang in i18n.build_languages if lang != i18n.current_language]
        if not others:
            return
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(reader)
            self.in_child = True
            self._build_in_child(writer, config, others)
        os.close(writer)
        self.child = _Child(pid, reader, others)
        self.child_languages = frozenset(others)
        # Every language's build writes the theme's static templates (404.html, sitemap.xml)
        # at the site's root, and one after the other the last language's are kept: the
        # child's. Written here too, they would race with the child's.
        config.theme.static_templates.clear()
        log.info("archive: building %s in a second process", ", ".join(map(repr, others)))

    def _build_in_child(self, writer: int, config: MkDocsConfig, languages: list[str]) -> None:
        """What mkdocs-static-i18n's on_post_build does for the other languages, then exit
        with what was logged and how it ended."""
        status = 1  # whatever happens, the child never returns into the parent's build
        try:
            outcome: dict = {"records": [], "error": None, "traceback": ""}
            try:
                outcome["records"] = _capture_log()
                _build_like_i18n(config, languages, self._build)
                status = 0
            except BaseException as exc:  # noqa: BLE001 - every way out reaches the parent
                outcome["error"] = _portable(exc)
                outcome["traceback"] = "".join(traceback.format_exception(exc))
            try:
                data = pickle.dumps(outcome)
            except Exception as exc:  # noqa: BLE001 - a record that cannot be pickled
                status = 1
                error = RuntimeError(f"the outcome could not be sent back: {exc!r}")
                data = pickle.dumps({"records": [], "error": error, "traceback": ""})
            with os.fdopen(writer, "wb") as out:
                out.write(data)
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
        finally:
            os._exit(status)

    def wait(self) -> None:
        """The child's outcome: its log replayed here, its error raised; a PluginError if it
        died, hung past the deadline, or sent nothing readable."""
        child = self.child
        if child is None:
            return
        self.child = None
        data, timed_out = _read_until(child.reader, time.monotonic() + self.timeout)
        os.close(child.reader)
        if timed_out:
            _kill(child.pid)
        _, status = os.waitpid(child.pid, 0)
        who = f"the process building {', '.join(map(repr, child.languages))}"
        if timed_out:
            raise PluginError(f"archive: {who} took over {self.timeout:g} s and was stopped")
        try:
            outcome = pickle.loads(data)
        except Exception:  # noqa: BLE001 - nothing, or half of it: the child died
            raise PluginError(f"archive: {who} {_ended(status)} without reporting") from None
        for entry in outcome["records"]:
            record = logging.makeLogRecord(entry)
            logging.getLogger(record.name).handle(record)
        error = outcome["error"]
        if error is not None:
            if not isinstance(error, SystemExit):  # MkDocs' Abort: its message says it all
                error.add_note(f"In {who}:")
                error.add_note(outcome["traceback"])
            raise error
        if status != 0:
            raise PluginError(f"archive: {who} {_ended(status)}")

    def abandon(self) -> None:
        """The parent's build failed: the child's work is not wanted."""
        child, self.child = self.child, None
        if child is None or self.in_child:
            return
        _kill(child.pid)
        try:
            os.waitpid(child.pid, 0)
        except OSError:
            pass
        os.close(child.reader)


def _build_like_i18n(config: MkDocsConfig, languages: list[str], build) -> None:
    """mkdocs-static-i18n 1.3.1's on_post_build, for `languages`."""
    from mkdocs import utils
    from mkdocs_static_i18n.plugin import I18nLoggingFilter

    i18n = config.plugins["i18n"]
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
        build(config, dirty=dirty)


def _read_until(reader: int, deadline: float) -> tuple[bytes, bool]:
    """Everything the child writes until it closes the pipe; True if the deadline passed."""
    chunks = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return b"".join(chunks), True
        ready, _, _ = select.select([reader], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(reader, 1 << 20)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def _ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"was killed by signal {os.WTERMSIG(status)}"
    return f"ended with status {os.waitstatus_to_exitcode(status)}"


def _portable(exc: BaseException) -> BaseException:
    """The exception itself if it survives pickling, else a RuntimeError naming it (the
    traceback goes to the parent beside it)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - anything pickling may raise
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
