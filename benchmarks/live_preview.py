"""Live preview: the time from saving a statement to the reloaded page, under `mkdocs serve`.

    python benchmarks/live_preview.py                  # 20, 200 and 2,000 per language
    python benchmarks/live_preview.py --pairs 20 200 --dirty
    python benchmarks/live_preview.py --pairs 2000 --dirty --baseline   # the stack's floor
    python benchmarks/live_preview.py --pairs 2000 --dirty --headline   # a change lists show
    python benchmarks/live_preview.py --pairs 2000 --dirty --added      # a new statement
    python benchmarks/live_preview.py --pairs 2000 --dirty --removed    # a statement deleted

For each size: a synthetic corpus (benchmarks/generate.py), `mkdocs serve` on it (with
`--dirty` if asked), a case page open in headless Chromium; then one statement's text is
edited and saved, and the clock runs until the open page has reloaded and shows the edit.
With `--added`, English statements held back from the corpus are saved into the folder one
by one, the cases index open, until it shows each one's headline (its Russian translation was
there from the start, listed under its Russian headline); with `--removed`, English statements
are deleted, until the index lists their cases under their Russian headlines.
Prints the first build's time and the save-to-reload times (median and worst of the edits).
With `--baseline`, the same pages served by plain MkDocs + Material + mkdocs-static-i18n
without the hook, one page's Markdown edited: what this stack alone takes per change.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from build import make_baseline  # noqa: E402
from generate import generate  # noqa: E402
from project import make_project  # noqa: E402
from search import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

from hrdarchive.parse import parse_statement  # noqa: E402
from hrdarchive.themes import assign_themes  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(
    pairs: int,
    edits: int,
    dirty: bool,
    baseline: bool = False,
    change: str = "text",
    keep_log: Path | None = None,
) -> dict:
    """Save-to-reload times of `edits` edits; with `baseline`, of plain MkDocs + Material +
    mkdocs-static-i18n serving the archive's written pages (no hook), a page's Markdown
    edited: the least any build of that many pages with this stack can take."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix=f"live-{pairs}-") as tmp:
        work = Path(tmp)
        statements = work / "statements"
        statements.mkdir()
        generate(pairs, 1, statements)
        answers = json.loads((statements / "answers.json").read_text("utf-8"))
        (statements / "answers.json").unlink()
        # English statements with a translation, spread over the corpus: those --added holds
        # back until its edits, and those --removed deletes.
        # Each headline once in the corpus, so that the index shows it only for that case.
        once = Counter(a["title"] for a in answers)
        by_file = {a["file"]: a for a in answers}
        translated = [
            a
            for a in answers
            if a["lang"] == "en"
            and a.get("pair") in by_file
            and once[a["title"]] == once[by_file[a["pair"]]["title"]] == 1
        ]
        chosen = [translated[n * 7 % len(translated)] for n in range(edits)]
        held_back = {}
        if change == "added":
            for answer in chosen:
                source = statements / answer["file"]
                held_back[answer["file"]] = source.read_text(encoding="utf-8")
                source.unlink()
        project = make_project(work / "project")
        if baseline:
            project = baseline_project(project, statements, work / "baseline")
        port = free_port()
        log = (work / "serve.log").open("w")
        command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
        started = time.perf_counter()
        server = subprocess.Popen(
            [*command, *(["--dirty"] if dirty else [])],
            cwd=project,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={
                **os.environ,
                "ARCHIVE_STATEMENTS_DIR": str(statements),
                "NO_MKDOCS_2_WARNING": "1",
            },
        )
        times = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                # Playwright's own checks evaluate strings, which the page's policy refuses.
                page = browser.new_page(bypass_csp=True)
                base = f"http://127.0.0.1:{port}"
                deadline = time.perf_counter() + 3600
                while True:
                    try:
                        page.goto(f"{base}/", timeout=5000)
                        break
                    except Exception:
                        if time.perf_counter() > deadline or server.poll() is not None:
                            raise
                        time.sleep(0.5)
                first_build = time.perf_counter() - started
                if change in ("added", "removed"):
                    for answer in chosen:
                        times.append(
                            add_or_remove(page, f"{base}/cases/", statements, answer, held_back)
                        )
                edits_made = edits if change in ("text", "headline") else 0
                targets = (
                    edit_targets(page.request, base, statements, project, baseline)
                    if edits_made
                    else []
                )
                for number in range(edits_made):
                    source, url, title = targets[number * 7 % len(targets)]
                    text = source.read_text(encoding="utf-8")
                    # A long lowercase word of the body (not a name, not in the headline, not
                    # one the themes hang on), made longer with letters (a digit would be a new
                    # number for the pairing): a typo fixed, which only the case page shows.
                    edited_word = f"{{}}zq{chr(ord('a') + number)}"
                    # A word of the headline: lists and indexes show it too.
                    if change == "headline":
                        start = max(text.find(title[:20]), 0)
                        word = re.compile(r"\b[a-z]{5,}\b").search(text, start)
                        url = "cases/"  # the case's own address follows its headline
                    else:
                        word = text_only_word(text, title, source.name, edited_word, baseline)
                    edited = edited_word.format(word.group())
                    page.goto(url if url.startswith("http") else f"{base}/{url}")
                    time.sleep(2)  # let the server settle after the last build
                    saved = time.perf_counter()
                    source.write_text(
                        text[: word.start()] + edited + text[word.end() :], encoding="utf-8"
                    )
                    page.wait_for_function(
                        f"document.body && document.body.innerText.includes({edited!r})",
                        timeout=600_000,
                        polling=100,
                    )
                    times.append(time.perf_counter() - saved)
                    print_time(times[-1])
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
        served = (work / "serve.log").read_text("utf-8")
        if keep_log:
            keep_log.write_text(served, encoding="utf-8")
        hooks = re.findall(r"archive: the hooks took (.*)", served)
        text_only = served.count("archive: only the text of")
        return {
            "pairs": pairs,
            "first": first_build,
            "times": times,
            "hooks": hooks[-2:],  # the last rebuild's: its Russian pages', then the rest
            "text_only": text_only,
        }


def print_time(seconds: float) -> None:
    at = time.strftime("%H:%M:%S", time.localtime(time.time() - seconds))
    print(f"  saved at {at}, shown {seconds:.1f} s later", file=sys.stderr)


def add_or_remove(page, index_url: str, statements: Path, answer: dict, held_back: dict) -> float:
    """Save a held-back English statement into the folder (or delete it, if it is there), and
    time until the cases index, reloaded, lists its case under the headline it should now
    have: the English one once added, the Russian translation's once removed."""
    source = statements / answer["file"]
    english = held_back.get(answer["file"]) or source.read_text(encoding="utf-8")
    pair = statements / answer["pair"]
    russian = pair.read_text(encoding="utf-8")
    adding = not source.exists()
    shown = parse_statement(english if adding else russian, source.name).title
    page.goto(index_url)
    time.sleep(2)  # let the server settle after the last build
    if page.evaluate("t => document.body.innerText.includes(t)", shown):
        raise ValueError(f"{answer['file']}: {shown!r} is on the index already")
    saved = time.perf_counter()
    if adding:
        source.write_text(english, encoding="utf-8")
    else:
        source.unlink()
    page.wait_for_function(
        f"document.body && document.body.innerText.includes({shown!r})",
        timeout=600_000,
        polling=100,
    )
    seconds = time.perf_counter() - saved
    print_time(seconds)
    return seconds


def text_only_word(text: str, title: str, name: str, edited: str, baseline: bool) -> re.Match:
    """A word from the middle of the body whose edit leaves the statement's themes as they
    were (for the baseline, any such word of the page)."""
    words = [m for m in re.finditer(r"\b[a-z]{9,}\b", text) if m.group() not in title]
    words = words[len(words) // 2 :] + words[: len(words) // 2]
    if baseline:
        return words[0]
    themes = assign_themes(parse_statement(text, name))
    for word in words:
        changed = text[: word.start()] + edited.format(word.group()) + text[word.end() :]
        if assign_themes(parse_statement(changed, name)) == themes:
            return word
    raise ValueError(f"{name}: no word to edit that leaves the themes as they are")


def baseline_project(project: Path, statements: Path, target: Path) -> Path:
    """The archive's pages written into `project`'s docs (as its build writes them), then
    copied into a project with no hook."""
    from hrdarchive.build import build_archive
    from hrdarchive.pages import render_site
    from hrdarchive.write import write_pages

    write_pages(project / "docs", render_site(build_archive(statements)).pages)
    return make_baseline(project, target, i18n=True)


def edit_targets(request, base: str, statements: Path, project: Path, baseline: bool):
    """English statements to edit (for the baseline, their case pages' Markdown): the file,
    the case page's URL and the headline."""
    if baseline:
        pages = sorted((project / "docs" / "cases").glob("*.en.md"))
        titles = [re.search(r"(?m)^title: (.*)$", p.read_text("utf-8"))[1] for p in pages]
        return [
            (p, f"cases/{p.name.removesuffix('.en.md')}/", t)
            for p, t in zip(pages, titles, strict=True)
        ]
    archive = json.loads(request.get(f"{base}/data/archive.json").text())
    return [
        (statements / st["source"], st["url"], st["title"] or "")
        for st in archive["statements"]
        if st["lang"] == "en"
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, nargs="+", default=[20, 200, 2000])
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--dirty", action="store_true", help="mkdocs serve --dirty")
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="plain MkDocs + Material + mkdocs-static-i18n on the same pages, no hook",
    )
    changes = parser.add_mutually_exclusive_group()
    changes.add_argument(
        "--headline",
        action="store_true",
        help="edit a word of the headline (cases lists, indexes and feeds change too)",
    )
    changes.add_argument(
        "--added", action="store_true", help="add English statements held back from the corpus"
    )
    changes.add_argument("--removed", action="store_true", help="delete English statements")
    parser.add_argument("--log", type=Path, help="keep the server's log (of the last size) here")
    args = parser.parse_args()
    if args.baseline and (args.added or args.removed):
        parser.error("--baseline edits a page's Markdown: it has no statements to add or remove")
    rows = []
    for pairs in args.pairs:
        print(f"… {pairs:,} statements per language", file=sys.stderr)
        change = next((c for c in ("headline", "added", "removed") if getattr(args, c)), "text")
        rows.append(measure(pairs, args.edits, args.dirty, args.baseline, change, args.log))
    mode = "mkdocs serve --dirty" if args.dirty else "mkdocs serve"
    if args.baseline:
        mode += ", baseline: no hook"
    if args.headline:
        mode += ", a headline edited"
    elif args.added:
        mode += ", a statement added"
    elif args.removed:
        mode += ", a statement removed"
    print(f"| statements per language | first build ({mode}) | save to reload, median (worst) |")
    print("| --- | --- | --- |")
    for row in rows:
        times = row["times"]
        print(
            f"| {row['pairs']:,} | {row['first']:.1f} s "
            f"| {statistics.median(times):.1f} s ({max(times):.1f} s) |"
        )
    for row in rows:
        for hooks in row["hooks"]:
            print(f"- {row['pairs']:,}, the last rebuild's hooks took {hooks}")
        if row["hooks"]:
            print(f"  ({row['text_only']} of the rebuilds rendered only the text's pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
