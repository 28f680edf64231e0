"""What each optimisation of hooks/archive_mkdocs saves: the same builds with it and without.

    python benchmarks/optimisations.py --pairs 2000
    python benchmarks/optimisations.py --pairs 2000 --build-only

Each optimisation is switched off by the variable the hook reads (`ARCHIVE_DISABLE=name`):

- **`mkdocs build`**, warm (the corpus built once before, cold): the wall time with every
  optimisation on, then without each one that acts on a single build (i18n_files,
  parallel_languages, template_cache, and archive_search, whose part here is Material's search
  plugin spared from indexing every page), then with all on again, to show the noise;
- **`mkdocs serve --dirty`**: the time from saving a headline edit to the reloaded page
  (benchmarks/live_preview.py, median of 3 edits), with every optimisation on and without
  each one that acts across the builds of one process (i18n_files, template_cache,
  heap_freeze, watch).

The difference is what the optimisation saves; one within the noise does not pay.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import run_build  # noqa: E402
from generate import generate  # noqa: E402
from project import make_project  # noqa: E402

BUILD = ("i18n_files", "parallel_languages", "template_cache", "archive_search")
SERVE = ("i18n_files", "template_cache", "heap_freeze", "watch")


def without(name: str) -> None:
    os.environ["ARCHIVE_DISABLE"] = name


def builds(pairs: int) -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix=f"optimisations-{pairs}-") as tmp:
        statements = Path(tmp) / "statements"
        generate(pairs, 1, statements)
        project = make_project(Path(tmp) / "archive")
        without("")
        run_build(project, statements)  # cold: parses every statement once
        results = []
        for name in ("", *BUILD, ""):
            without(name)
            seconds = run_build(project, statements)["seconds"]
            results.append((name or "all on", seconds))
            print(f"build, {name or 'all on'}: {seconds:.1f} s", file=sys.stderr, flush=True)
        return results


def rebuilds(pairs: int, edits: int) -> list[tuple[str, float]]:
    from live_preview import measure

    results = []
    for name in ("", *SERVE):
        without(name)
        times = measure(pairs, edits, dirty=True, baseline=False, change="headline")["times"]
        results.append((name or "all on", statistics.median(times)))
        print(f"rebuild, {name or 'all on'}: {results[-1][1]:.1f} s", file=sys.stderr)
    return results


def table(title: str, results: list[tuple[str, float]]) -> None:
    on = statistics.mean(s for name, s in results if name == "all on")
    print(f"\n| {title} | seconds | saved by it |\n| --- | --- | --- |")
    for name, seconds in results:
        label = "every optimisation on" if name == "all on" else f"without `{name}`"
        saved = "" if name == "all on" else f"{seconds - on:+.1f} s"
        print(f"| {label} | {seconds:.1f} | {saved} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args(argv)
    table(f"`mkdocs build` (warm), {args.pairs} pairs", builds(args.pairs))
    if not args.build_only:
        table(
            f"`mkdocs serve --dirty`, a headline edit, {args.pairs} pairs",
            rebuilds(args.pairs, args.edits),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
