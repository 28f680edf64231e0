"""MkDocs hooks that spare the builds of one process work the stack repeats although its
inputs have not changed. Each build of `mkdocs serve` (and each language of any build:
mkdocs-static-i18n builds the site once per language) would otherwise:

- make every file of the site again in mkdocs-static-i18n 1.3.1's `create_i18n_file`, a new
  `File` for each language and each alternate: 2.4 s per language at 2,000 statements per
  language, half of the time a rebuild took after an edit;
- ask pathlib, for every file, whether it lies in docs/ (the same two paths each time);
- compile the theme's templates again into a new Jinja environment: about 0.4 s per language;
- under `mkdocs serve`, have Python's garbage collector go through everything the last build
  left alive (the archive, its pages, the parse cache: half a million objects at 2,000), once
  or twice a rebuild, 0.4-0.8 s. Instead, when the server is idle after a build, the heap is
  collected whole and frozen (`gc.freeze`): a rebuild's collections then skip it. The next
  idle collection unfreezes it first, so nothing the builds drop stays in memory.

None of this depends on a page's content, so the site comes out byte for byte the same
(tests/test_reproducible.py builds it with and without this hook). Keep this hook listed
before archive_hook.py, and out of the config to turn it all off.
"""

from __future__ import annotations

import gc
import logging
import threading
from functools import lru_cache
from importlib.metadata import version
from typing import TYPE_CHECKING

from jinja2 import BytecodeCache
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

if TYPE_CHECKING:
    from jinja2 import Environment
    from jinja2.bccache import Bucket
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.hooks.stack_caches")

# The release whose `create_i18n_file` was read: what it computes from, and that it makes a
# fresh File each time. Another release is left alone until it has been read.
I18N_READ = "1.3.1"

# A File's attributes by what create_i18n_file computes them from; cleared when this large.
MAX_FILES = 500_000


class TemplateCode(BytecodeCache):
    """Compiled templates in memory, by template and checksum of its source: an edited
    template is compiled again."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_template_code = TemplateCode()


def on_env(env: Environment, config: MkDocsConfig, files) -> Environment:
    env.bytecode_cache = _template_code
    return env


# Seconds after a build of `mkdocs serve` before the heap is collected and frozen: after the
# browsers have reloaded the page (a collection holds the interpreter for 0.4 s at 2,000).
IDLE_SECONDS = 2.0
_serve = {"on": False, "idle": None, "depth": 0}


def on_startup(command: str, dirty: bool) -> None:
    _remember_i18n_files()
    _serve["on"] = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """A build starts: no collection of the whole heap until it is over."""
    _cancel_idle_collection()
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    _serve["depth"] += 1  # 2 in mkdocs-static-i18n's build of the other language


@event_priority(-200)  # after mkdocs-static-i18n's build of the other language
def on_post_build(config: MkDocsConfig) -> None:
    _serve["depth"] -= 1
    if not _serve["on"] or _serve["depth"] > 0:
        return
    _cancel_idle_collection()
    idle = threading.Timer(IDLE_SECONDS, freeze_heap)
    idle.daemon = True
    _serve["idle"] = idle
    idle.start()


def on_build_error(error: Exception) -> None:
    _serve["depth"] = 0


def on_shutdown() -> None:
    _cancel_idle_collection()


def freeze_heap() -> None:
    """Everything alive now out of the collector's way until the next call; what was frozen
    before is collected first if it has since been dropped."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _cancel_idle_collection() -> None:
    idle = _serve["idle"]
    if idle is not None:
        idle.cancel()
        _serve["idle"] = None


def _remember_i18n_files() -> None:
    try:
        from mkdocs_static_i18n import reconfigure, suffix
    except ImportError:
        return
    if version("mkdocs-static-i18n") != I18N_READ or getattr(suffix, "_remembered", False):
        return
    make_file = suffix.create_i18n_file
    made: dict[tuple, dict] = {}

    def create_i18n_file(file, current_language, default_language, all_languages, config):
        # Everything the original reads; a file's content and dates are not among it.
        key = (
            file.src_uri,
            file.dest_uri,
            file.inclusion,
            current_language,
            default_language,
            tuple(all_languages),
            config.docs_dir,
            config.site_dir,
            config.use_directory_urls,
        )
        attributes = made.get(key)
        if attributes is None:
            i18n_file = make_file(file, current_language, default_language, all_languages, config)
            if len(made) >= MAX_FILES:
                made.clear()
            made[key] = {k: v for k, v in vars(i18n_file).items() if k != "alternates"}
            return i18n_file
        # A new File, as the original returns: the build sets its page and alternates.
        i18n_file = object.__new__(File)
        vars(i18n_file).update(attributes)
        i18n_file.alternates = {current_language: i18n_file}
        return i18n_file

    suffix.create_i18n_file = create_i18n_file
    # Whether each file is in docs/, asked of pathlib for every file in every build (0.3 s a
    # rebuild at 2,000): the answer, by the two paths, is kept.
    reconfigure.is_relative_to = lru_cache(maxsize=MAX_FILES)(reconfigure.is_relative_to)
    suffix._remembered = True
    log.debug("stack_caches: mkdocs-static-i18n's files are made once per process")
