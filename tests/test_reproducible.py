"""Same input, same site: two builds of the shipped sample, in two folders, with another hash
seed, give byte-identical `site/` trees when `SOURCE_DATE_EPOCH` is set, as reproducible builds
set it. The build's date reaches the sitemap only (MkDocs dates its pages by it)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from .conftest import copy_project, mkdocs_build

JUNE_4_2021 = 1622764800


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
    built: dict[tuple[int, str], dict[str, str]] = {}

    def build(epoch: int, hash_seed: str) -> dict[str, str]:
        if (epoch, hash_seed) not in built:
            project = copy_project(tmp_path_factory.mktemp("build"))
            env = {"SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": hash_seed}
            result = mkdocs_build(project, "--strict", env=env)
            assert result.returncode == 0, result.stderr
            built[epoch, hash_seed] = tree(project / "site")
        return built[epoch, hash_seed]

    return build


def test_two_builds_of_the_same_statements_are_identical(build):
    first, second = build(JUNE_4_2021, "1"), build(JUNE_4_2021, "2718281828")
    assert len(first) > 100
    differ = differing(first, second)
    assert differ == [], f"{len(differ)} files differ: {differ[:30]}"


def test_the_date_of_the_build_reaches_the_sitemap_only(build):
    first, next_day = build(JUNE_4_2021, "1"), build(JUNE_4_2021 + 86400, "1")
    assert differing(first, next_day) == ["sitemap.xml", "sitemap.xml.gz"]
