"""Same input, same site: two builds of the shipped sample, in two folders, with another hash
seed, give byte-identical `site/` trees when `SOURCE_DATE_EPOCH` is set, as reproducible builds
set it. The build's date reaches the sitemap only (MkDocs dates its pages by it). The
optimisations of hooks/archive_mkdocs (what the stack would make again, kept; the Russian site
built in a second process) change no byte: the site is the same with each of them off."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from .conftest import copy_project, mkdocs_build

JUNE_4_2021 = 1622764800
# The optimisations a `mkdocs build` uses (watch and heap_freeze act under `mkdocs serve`).
BUILD_OPTIMISATIONS = ("i18n_files", "parallel_languages", "template_cache")


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
        """The site's files; `without`: optimisations switched off (ARCHIVE_DISABLE)."""
        if (epoch, hash_seed, without) not in built:
            project = copy_project(tmp_path_factory.mktemp("build"))
            env = {"SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": hash_seed}
            if without:
                env["ARCHIVE_DISABLE"] = without
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


@pytest.mark.parametrize("without", [*BUILD_OPTIMISATIONS, ",".join(BUILD_OPTIMISATIONS)])
def test_each_optimisation_changes_nothing_built(build, without):
    """What hooks/archive_mkdocs keeps between builds (mkdocs-static-i18n's files, compiled
    templates), and the Russian site built in a second process: the site, and the log, are
    those of a build without them."""
    (first, log), (plain, log_plain) = build(JUNE_4_2021, "1"), build(JUNE_4_2021, "1", without)
    assert differing(first, plain) == []
    assert _lines(log) == _lines(log_plain)
    if "parallel_languages" in without and len(os.sched_getaffinity(0)) > 1:
        assert "building 'ru' in a second process" in log
        assert "second process" not in log_plain


def _lines(log: str) -> list[str]:
    """The log's lines, times, the project's folder and the hook's own line left out."""
    return [
        re.sub(r"\d+\.\d+ s(econds)?", "<time>", re.sub(r"/build\d+/", "/build/", line))
        for line in log.splitlines()
        if "second process" not in line
    ]
