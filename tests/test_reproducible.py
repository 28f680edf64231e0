"""Same input, same site: two builds of the shipped sample, in two folders, with another hash
seed, give byte-identical `site/` trees when `SOURCE_DATE_EPOCH` is set, as reproducible builds
set it. The build's date reaches the sitemap only (MkDocs dates its pages by it). The caches
hooks/stack_caches.py keeps between builds change no byte, nor does building the Russian site in
a second process (hooks/parallel_languages.py)."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from .conftest import copy_project, mkdocs_build

JUNE_4_2021 = 1622764800
STACK_CACHES = "  - hooks/stack_caches.py\n"
PARALLEL_LANGUAGES = "  - hooks/parallel_languages.py\n"


def tree(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def differing(first: dict[str, str], second: dict[str, str]) -> list[str]:
    return sorted(p for p in first.keys() | second.keys() if first.get(p) != second.get(p))


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """The site's files built from a fresh copy of the project (each build once)."""
    built: dict[tuple[int, str, str], tuple[dict[str, str], str]] = {}

    def build(epoch: int, hash_seed: str, without: str = "") -> dict[str, str]:
        """The site's files; `without`: a hook's line taken out of mkdocs.yml."""
        if (epoch, hash_seed, without) not in built:
            project = copy_project(tmp_path_factory.mktemp("build"))
            if without:
                config = project / "mkdocs.yml"
                text = config.read_text(encoding="utf-8")
                assert without in text
                config.write_text(text.replace(without, ""), encoding="utf-8")
            env = {"SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": hash_seed}
            result = mkdocs_build(project, "--strict", env=env)
            assert result.returncode == 0, result.stderr
            built[epoch, hash_seed, without] = tree(project / "site"), result.stderr
        return built[epoch, hash_seed, without]

    return build


def test_two_builds_of_the_same_statements_are_identical(build):
    (first, _), (second, _) = build(JUNE_4_2021, "1"), build(JUNE_4_2021, "2718281828")
    assert len(first) > 100
    differ = differing(first, second)
    assert differ == [], f"{len(differ)} files differ: {differ[:30]}"


def test_the_date_of_the_build_reaches_the_sitemap_only(build):
    (first, _), (next_day, _) = build(JUNE_4_2021, "1"), build(JUNE_4_2021 + 86400, "1")
    assert differing(first, next_day) == ["sitemap.xml", "sitemap.xml.gz"]


def test_the_stack_caches_change_nothing_built(build):
    """hooks/stack_caches.py keeps mkdocs-static-i18n's files and the compiled templates of
    one build for the next: the site is the same without it."""
    (first, _), (without, _) = build(JUNE_4_2021, "1"), build(JUNE_4_2021, "1", STACK_CACHES)
    assert differing(first, without) == []


def test_building_the_russian_site_alongside_changes_nothing_built(build):
    """hooks/parallel_languages.py builds the Russian site in a second process: the site is
    the one mkdocs-static-i18n builds one language after the other, and so is the log."""
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: the languages are built one after the other anyway")
    (first, log), (alone, log_alone) = (
        build(JUNE_4_2021, "1"),
        build(JUNE_4_2021, "1", PARALLEL_LANGUAGES),
    )
    assert "building 'ru' in a second process" in log
    assert "second process" not in log_alone
    assert differing(first, alone) == []
    assert _lines(log) == _lines(log_alone)


def _lines(log: str) -> list[str]:
    """The log's lines, times, the project's folder and the hook's own line left out."""
    return [
        re.sub(r"\d+\.\d+ s(econds)?", "<time>", re.sub(r"/build\d+/", "/build/", line))
        for line in log.splitlines()
        if "second process" not in line
    ]
