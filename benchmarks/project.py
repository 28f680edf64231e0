"""A copy of the project for a build in another folder (benchmarks, tests): config, hooks,
theme overrides and the hand-written docs, without the pages a build generates (as in a
clean clone)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

from hrdarchive.write import OWNED_FOLDERS, OWNED_TOP_FILES  # noqa: E402


def make_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "hooks", "overrides"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, target / name)
    generated = {*OWNED_FOLDERS, *OWNED_TOP_FILES}
    shutil.copytree(
        ROOT / "docs",
        target / "docs",
        ignore=lambda folder, names: (
            [n for n in names if n in generated] if Path(folder) == ROOT / "docs" else []
        ),
    )
    return target
