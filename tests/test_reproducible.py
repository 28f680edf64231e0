"""Same input, same site: two builds of the shipped sample, in two folders, with another hash
seed, give byte-identical `site/` trees when `SOURCE_DATE_EPOCH` is set, as reproducible builds
set it. The build's date reaches the sitemap only (MkDocs dates its pages by it). The caches
hooks/stack_caches.py keeps between builds change no byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from .conftest import copy_project, mkdocs_build

JUNE_4_2021 = 1622764800
STACK_CACHES = "  - hooks/stack_caches.py\n"


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
    built: dict[tuple[int, str, bool], dict[str, str]] = {}

    def build(epoch: int, hash_seed: str, stack_caches: bool = True) -> dict[str, str]:
        if (epoch, hash_seed, stack_caches) not in built:
            project = copy_project(tmp_path_factory.mktemp("build"))
            if not stack_caches:
                config = project / "mkdocs.yml"
                text = config.read_text(encoding="utf-8")
                assert STACK_CACHES in text
                config.write_text(text.replace(STACK_CACHES, ""), encoding="utf-8")
            env = {"SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": hash_seed}
            result = mkdocs_build(project, "--strict", env=env)
            assert result.returncode == 0, result.stderr
            built[epoch, hash_seed, stack_caches] = tree(project / "site")
        return built[epoch, hash_seed, stack_caches]

    return build


def test_two_builds_of_the_same_statements_are_identical(build):
    first, second = build(JUNE_4_2021, "1"), build(JUNE_4_2021, "2718281828")
    assert len(first) > 100
    differ = differing(first, second)
    assert differ == [], f"{len(differ)} files differ: {differ[:30]}"


def test_the_date_of_the_build_reaches_the_sitemap_only(build):
    first, next_day = build(JUNE_4_2021, "1"), build(JUNE_4_2021 + 86400, "1")
    assert differing(first, next_day) == ["sitemap.xml", "sitemap.xml.gz"]


def test_the_stack_caches_change_nothing_built(build):
    """hooks/stack_caches.py keeps mkdocs-static-i18n's files and the compiled templates of
    one build for the next: the site is the same without it."""
    first, without = build(JUNE_4_2021, "1"), build(JUNE_4_2021, "1", stack_caches=False)
    assert differing(first, without) == []
