"""mkdocs-static-i18n makes every `File` of the site again on every build, per language and
per alternate, from nothing but its path and the build's settings (`create_i18n_file`); and
asks pathlib, for every file, whether it lies in docs/. Both are kept per process: under
`mkdocs serve`, they were most of a rebuild's time outside the pages themselves (see
benchmarks/README.md).

Contract: each call still returns a new `File`, with the attributes the original would give it
(a file's content and dates are not among what it reads). Installed once per process; only
with the verified mkdocs-static-i18n (internals.py).
"""

from __future__ import annotations

import logging
from functools import lru_cache

from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.hooks.archive")

# A File's attributes by what create_i18n_file computes them from; cleared when this large.
MAX_FILES = 500_000


def install() -> None:
    from mkdocs_static_i18n import reconfigure, suffix

    if getattr(suffix, "_archive_memo", False):
        return
    make_file = suffix.create_i18n_file
    made: dict[tuple, dict] = {}

    def create_i18n_file(file, current_language, default_language, all_languages, config):
        # Everything the original reads.
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
    reconfigure.is_relative_to = lru_cache(maxsize=MAX_FILES)(reconfigure.is_relative_to)
    suffix._archive_memo = True
    log.debug("archive: mkdocs-static-i18n's files are made once per process")
