"""Shared fixtures: the seed statements and a site built once per test session."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from project import make_project  # noqa: E402  (benchmarks/project.py)

STATEMENTS = ROOT / "statements"
SEED_EN = "000_e4a8f1493d220999.txt"
SEED_RU = "003_ec3d1e8a170b5577.txt"


def statement_files(folder: Path = STATEMENTS) -> list[Path]:
    """The statements of a folder, in every format the archive reads."""
    from hrdarchive.sources import STATEMENT_SUFFIXES

    return sorted(p for p in folder.iterdir() if p.suffix in STATEMENT_SUFFIXES)


def read_statement(name: str) -> str:
    return (STATEMENTS / name).read_text(encoding="utf-8")


def shared_corpus(tmp_path_factory) -> list[Path]:
    """The seeds and the real statements of the shared corpus (shipped in `statements/`), each
    set in a folder with its answer key (`tests/fixtures/`)."""
    fixtures = Path(__file__).parent / "fixtures"
    folders = []
    for answers in ("seed_answers.json", "real_answers.json"):
        folder = tmp_path_factory.mktemp(answers.split("_")[0])
        shutil.copy(fixtures / answers, folder / "answers.json")
        for entry in json.loads((fixtures / answers).read_text(encoding="utf-8")):
            shutil.copy(STATEMENTS / entry["file"], folder / entry["file"])
        folders.append(folder)
    return folders


@pytest.fixture(scope="session")
def seed_en() -> str:
    return read_statement(SEED_EN)


@pytest.fixture(scope="session")
def seed_ru() -> str:
    return read_statement(SEED_RU)


def copy_project(target: Path, statements: Path | None = None) -> Path:
    """A copy of the project (config, hand-written docs, hooks, overrides, statements)."""
    make_project(target)
    shutil.copytree(statements or STATEMENTS, target / "statements")
    return target


def mkdocs_build(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build` of a project folder, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        timeout=600,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The shipped sample, built with `mkdocs build --strict`; returns the site folder."""
    project = copy_project(tmp_path_factory.mktemp("sample"))
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def archive_json(built_site) -> dict:
    return json.loads((built_site / "data" / "archive.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's, never a downloaded one), shared by every browser test."""
    from playwright.sync_api import sync_playwright

    from .test_browser import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install it (apt-get install chromium) or set "
            "$CHROMIUM to its path; the browser tests cannot run without it",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def render_sample_with(**constants):
    """The sample's pages rendered with some of `pages.inputs`' constants changed (a list
    split by year or by letter from its second entry on), then restored."""
    from hrdarchive.build import build_archive
    from hrdarchive.pages import inputs, render_site

    patch = pytest.MonkeyPatch()
    for name, value in constants.items():
        patch.setattr(inputs, name, value)
    try:
        return render_site(build_archive(STATEMENTS))
    finally:
        patch.undo()
