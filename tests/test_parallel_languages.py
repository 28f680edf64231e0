"""hooks/parallel_languages.py: when the Russian site, built in a second process, meets a
warning or an error, the build ends as it does with the languages built one after the other.
That the site and the log are the same when all goes well: tests/test_reproducible.py."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from .conftest import copy_project, mkdocs_build
from .test_reproducible import PARALLEL_LANGUAGES

pytestmark = pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2, reason="one core: no second process"
)


def build_both_ways(tmp_path, russian_page: Callable[[str], str], *args: str) -> list:
    """The sample, its Russian about page changed by `russian_page`, built with the hook and
    without it: the exit status and the log of each."""
    results = []
    for alongside in (True, False):
        project = copy_project(tmp_path / ("alongside" if alongside else "one-after-the-other"))
        about = project / "docs" / "about.ru.md"
        about.write_text(russian_page(about.read_text("utf-8")), encoding="utf-8")
        if not alongside:
            config = project / "mkdocs.yml"
            text = config.read_text("utf-8")
            config.write_text(text.replace(PARALLEL_LANGUAGES, ""), encoding="utf-8")
        result = mkdocs_build(project, *args)
        results.append((result.returncode, result.stderr + result.stdout))
    assert "building 'ru' in a second process" in results[0][1]
    assert "second process" not in results[1][1]
    return results


def test_a_warning_of_the_russian_site_fails_a_strict_build(tmp_path):
    def broken_link(text: str) -> str:
        return text + "\n[Нет такой страницы](no-such-page.md)\n"

    for status, log in build_both_ways(tmp_path, broken_link, "--strict"):
        assert status == 1
        warnings = [line for line in log.splitlines() if "no-such-page.md" in line]
        assert len(warnings) == 1 and warnings[0].startswith("WARNING"), log[-2000:]
        assert "Aborted with 1 warnings in strict mode!" in log


def test_an_error_of_the_russian_site_fails_the_build(tmp_path):
    """A page asking for a template no theme has: MkDocs stops with Jinja's error."""

    def missing_template(text: str) -> str:
        return "---\ntemplate: no-such-template.html\n---\n" + text

    for status, log in build_both_ways(tmp_path, missing_template):
        assert status != 0
        assert "no-such-template.html" in log
        assert "Documentation built in" not in log
