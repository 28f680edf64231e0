"""A copy of the project for a benchmark's builds: config, hooks, theme overrides and the
hand-written docs, without the pages a build generates (as in a clean clone)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_project(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "hooks", "overrides"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, target / name)
    (target / "docs").mkdir()
    for path in (ROOT / "docs").iterdir():
        if path.name == "assets" or path.name.startswith("about."):
            (shutil.copytree if path.is_dir() else shutil.copy)(path, target / "docs" / path.name)
    return target
