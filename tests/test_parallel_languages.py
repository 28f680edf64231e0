"""hooks/archive_mkdocs/parallel.py: when the Russian site, built in a second process, meets a
warning or an error, the build ends as it does with the languages built one after the other;
when that process dies, hangs or raises what cannot be pickled, the build ends with a clear
error, never a hang. That the site and the log are the same when all goes well:
tests/test_reproducible.py."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

from .conftest import copy_project, mkdocs_build

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
        env = {} if alongside else {"ARCHIVE_DISABLE": "parallel_languages"}
        result = mkdocs_build(project, *args, env=env)
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


# A hook for the test below: the parent, once the child builds the other languages, waits
# before writing its own files, so that it would write the site's root files after the child.
SLOW_PARENT = """
import sys
import time


def on_env(env, config, files):
    hook = next(m for n, m in sys.modules.items() if n.endswith("archive_hook.py"))
    if hook._state.parallel.child is not None:
        time.sleep(3)
    return env
"""
HOOK_LINE = "  - hooks/archive_hook.py\n"


def test_the_files_every_language_writes_at_the_root_are_the_last_languages(tmp_path):
    """404.html and the sitemap, which every language's build writes at the site's root:
    one after the other, the Russian build writes them last (its sitemap lists both
    languages); alongside, the parent leaves them to the child, however late it is."""
    sites = []
    for alongside in (True, False):
        project = copy_project(tmp_path / ("alongside" if alongside else "one-after-the-other"))
        env = {"SOURCE_DATE_EPOCH": "1622764800"}
        if alongside:
            add_hook(project, "slow_parent", SLOW_PARENT)
        else:
            env["ARCHIVE_DISABLE"] = "parallel_languages"
        result = mkdocs_build(project, env=env)
        assert result.returncode == 0, result.stderr
        sites.append(project / "site")
    for name in ("404.html", "sitemap.xml"):
        assert (sites[0] / name).read_bytes() == (sites[1] / name).read_bytes(), name
    assert "<loc>/ru/cases/</loc>" in (sites[0] / "sitemap.xml").read_text("utf-8")


def add_hook(project, name: str, code: str) -> None:
    """A hook of the test's, listed after the archive's."""
    (project / "hooks" / f"{name}.py").write_text(code, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert HOOK_LINE in text
    config.write_text(text.replace(HOOK_LINE, HOOK_LINE + f"  - hooks/{name}.py\n"), "utf-8")


# What the process building the Russian site does, in a test, once it renders a page.
SABOTAGE = """
import os
import time


class Unpicklable(Exception):
    def __init__(self):
        super().__init__("cannot travel")
        self.callback = lambda: None


def on_post_page(output, page, config):
    if config.theme["language"] == "ru":
        {action}
    return output
"""


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("os.kill(os.getpid(), 9)", "the process building 'ru' was killed by signal 9"),
        ("os._exit(3)", "the process building 'ru' ended with status 3 without reporting"),
        ("time.sleep(600)", "the process building 'ru' took over 5 s and was stopped"),
        ("raise Unpicklable()", "building the other languages failed: Unpicklable('cannot"),
    ],
    ids=["killed", "exits", "hangs", "unpicklable-error"],
)
def test_a_child_that_dies_hangs_or_fails_oddly_ends_the_build_clearly(tmp_path, action, expected):
    project = copy_project(tmp_path / "project")
    add_hook(project, "sabotage", SABOTAGE.format(action=action))
    started = time.monotonic()
    result = mkdocs_build(project, env={"ARCHIVE_LANGUAGE_BUILD_TIMEOUT": "5"})
    log = result.stderr + result.stdout
    assert result.returncode != 0
    assert expected in log, log[-3000:]
    assert "Documentation built in" not in log
    assert time.monotonic() - started < 120
