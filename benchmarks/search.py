"""The search at archive scale: the index a reader downloads, and the time to a first result.

    python benchmarks/search.py                   # 200 and 2,000 statements per language
    python benchmarks/search.py --pairs 200 --runs 5
    python benchmarks/search.py --check           # exit 1 when a target is missed

For each size: a synthetic corpus (benchmarks/generate.py) of N English statements and their
N Russian translations; `mkdocs build` of it; the size of each language's index
(`search/<lang>.json`) as written and gzipped (as GitHub Pages serves it); then, in headless
Chromium, a fresh browser (nothing cached) opens the language's home page, and as soon as the
page has loaded clicks the search box and types a query: the time from the first key to the
first result shown, median and worst of the runs. Run it on an otherwise idle machine.
Targets at 2,000 per language: index at most 3 MB gzipped, first result within 1 s.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402
from project import make_project  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUERIES = {"en": "attacking", "ru": "правозащитницами"}
HOME = {"en": "/", "ru": "/ru/"}
MAX_GZIP_BYTES = 3 * 1024 * 1024
MAX_FIRST_RESULT_S = 1.0


def build_site(statements: Path, work: Path, env: dict | None = None) -> tuple[Path, float]:
    """`mkdocs build` of the project with the given statements (and settings in `env`); the
    site and the seconds."""
    project = make_project(work / "project")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet"],
        cwd=project,
        env={
            **os.environ,
            "ARCHIVE_STATEMENTS_DIR": str(statements),
            "NO_MKDOCS_2_WARNING": "1",
            **(env or {}),
        },
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build failed:\n{result.stderr[-3000:]}")
    return project / "site", seconds


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def first_result_times(site: Path, lang: str, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    times = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(runs):
                context = browser.new_context()  # a new profile: nothing cached
                page = context.new_page()
                page.goto(f"http://127.0.0.1:{server.server_port}{HOME[lang]}", wait_until="load")
                page.locator(".md-search__input").click()  # focus the box, open the dialog
                started = time.perf_counter()
                page.keyboard.type(QUERIES[lang])
                page.keyboard.press("End")  # Material searches on keyup; Cyrillic sends none
                page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
                times.append(time.perf_counter() - started)
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return times


def measure(pairs: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"search-bench-{pairs}-") as tmp:
        work = Path(tmp)
        statements = work / "statements"
        statements.mkdir()
        generate(pairs, 1, statements)
        (statements / "answers.json").unlink(missing_ok=True)
        site, build_seconds = build_site(statements, work)
        row = {"pairs": pairs, "build_s": build_seconds}
        for lang in ("en", "ru"):
            data = (site / "search" / f"{lang}.json").read_bytes()
            row[f"{lang}_bytes"] = len(data)
            row[f"{lang}_gzip"] = len(gzip.compress(data, compresslevel=6))
            row[f"{lang}_times"] = first_result_times(site, lang, runs)
        return row


def megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:.2f} MB"


def print_table(rows: list[dict]) -> None:
    print(
        "| statements per language | build | index en (gzip) | index ru (gzip) "
        "| first result en, median (worst) | first result ru, median (worst) |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        cells = [f"{row['pairs']:,}", f"{row['build_s']:.1f} s"]
        for lang in ("en", "ru"):
            cells.append(f"{megabytes(row[f'{lang}_bytes'])} ({megabytes(row[f'{lang}_gzip'])})")
        for lang in ("en", "ru"):
            times = row[f"{lang}_times"]
            cells.append(f"{statistics.median(times):.2f} s ({max(times):.2f} s)")
        print("| " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--runs", type=int, default=3, help="page loads per language")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args()
    rows = []
    for pairs in args.pairs:
        print(f"… {pairs:,} statements per language", file=sys.stderr)
        rows.append(measure(pairs, args.runs))
    print_table(rows)
    missed = [
        f"{row['pairs']:,}: {lang} {what}"
        for row in rows
        if row["pairs"] <= 2000
        for lang in ("en", "ru")
        for what, bad in (
            ("index over 3 MB gzipped", row[f"{lang}_gzip"] > MAX_GZIP_BYTES),
            ("first result after 1 s", max(row[f"{lang}_times"]) > MAX_FIRST_RESULT_S),
        )
        if bad
    ]
    for miss in missed:
        print(f"target missed: {miss}", file=sys.stderr)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
