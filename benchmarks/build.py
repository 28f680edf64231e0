"""Build time at archive scale, against the limit: plain MkDocs + Material on the same pages.

    python benchmarks/build.py                       # 200, 2,000 and 10,000 pairs
    python benchmarks/build.py --pairs 200 2000

For each size, a synthetic corpus of N English statements and their N Russian translations
(benchmarks/generate.py), then, each `mkdocs build` in a new process:

- **cold**: the archive as a newcomer builds it: no parsed statements cached, no pages written;
- **warm**: the same again: statements parsed before come from `.cache/hrdarchive/` (an editor's
  next build, or CI restoring that folder), pages already written are left alone;
- **baseline**: the Markdown pages the archive wrote (the same pages, the same size, the
  front matter's page template removed), built by plain MkDocs + Material with no hook and no
  other plugin than search, with the same navigation;
- **baseline + i18n**: the same pages built by MkDocs + Material + mkdocs-static-i18n (each
  language its own site, as ours), still no hook.

Prints wall time, CPU time (all its processes: the build makes the Russian site in a second
process on a machine with two cores or more), peak memory (all its processes together), the
hooks' own time by phase (from the
build log), pages per second, the site's size and its largest page, and the ratio of each
archive build to the baselines. The target: ours within 1.2x of the baseline.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402
from project import make_project  # noqa: E402

GENERATED = ("cases", "defenders", "countries", "organisations", "themes")
NAV_PAGES = {
    "Home": "index",
    "Cases": "cases/index",
    "Defenders": "defenders/index",
    "Countries": "countries/index",
    "Organisations": "organisations/index",
    "Themes": "themes/index",
    "About": "about",
}


def make_baseline(archive_project: Path, target: Path, i18n: bool) -> Path:
    """The archive's written pages in a project with no hook (and no theme overrides)."""
    target.mkdir(parents=True)
    shutil.copytree(archive_project / "docs", target / "docs")
    for page in (target / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        # The archive's page templates live in its overrides: plain Material has none.
        page.write_text(re.sub(r"(?m)^template: .*\n", "", text, count=1), encoding="utf-8")
    original = (archive_project / "mkdocs.yml").read_text("utf-8")
    config = yaml.load(original, Loader=_Loader)
    # The Markdown extensions as they are written (python tags and all).
    extensions = re.search(r"(?ms)^markdown_extensions:\n.*?(?=^\S|\Z)", original)[0]
    config.pop("markdown_extensions")
    config.pop("hooks", None)
    config.pop("watch", None)
    config["site_url"] = ""
    config["theme"].pop("custom_dir", None)
    config["extra_css"] = []
    if not i18n:
        config["plugins"] = ["search"]
        config["nav"] = [{title: f"{page}.en.md"} for title, page in NAV_PAGES.items()]
        config["not_in_nav"] = "\n".join(f"/{folder}/*" for folder in GENERATED)
    dumped = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    (target / "mkdocs.yml").write_text(dumped + extensions, "utf-8")
    return target


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's own tags (!ENV, python objects), read as plain values."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: "")
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


class MemorySampler(threading.Thread):
    """The memory of a process and all its descendants together (the build forks a second
    process for the other language, and spawns parsers on a cold build), sampled every
    0.2 s: the sum of their proportional set sizes (PSS: pages shared after a fork counted
    once, split among the processes sharing them). Linux only."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self._stopping = threading.Event()

    def run(self) -> None:
        while not self._stopping.wait(0.2):
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _tree(self.pid))))

    def stop(self) -> None:
        self._stopping.set()
        self.join()


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _pss_kb(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # gone
        return 0
    match = re.search(r"^Pss:\s+(\d+) kB", rollup, re.M)
    return int(match[1]) if match else 0


def run_build(project: Path, statements: Path | None) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": ""}
    if statements:
        env["ARCHIVE_STATEMENTS_DIR"] = str(statements)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    memory = MemorySampler(process.pid)
    memory.start()
    log = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    memory.stop()
    if status != 0:
        raise SystemExit(f"build failed in {project}:\n{log[-3000:]}")
    site = project / "site"
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    # One line per language's pages, and one for the archive (with the first language's).
    hooks = re.findall(r"archive: the hooks took ([\d.]+) s for (.*?): (.*)", log)
    return {
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,  # with the processes it waited for
        "peak_mb": memory.peak_kb / 1024,  # all the build's processes together
        "largest_process_mb": usage.ru_maxrss / 1024,
        "hooks": sum(float(seconds) for seconds, _, _ in hooks),
        "phases": "; ".join(f"{what}: {phases}" for _, what, phases in hooks),
        "pages": len(pages),
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
        "largest": f"{largest.relative_to(site)} ({largest.stat().st_size / 1024:.0f} KB)",
    }


def measure(pairs: int, baselines: bool) -> dict[str, dict]:
    with tempfile.TemporaryDirectory(prefix=f"build-{pairs}-") as tmp:
        work = Path(tmp)
        statements = work / "statements"
        statements.mkdir()
        generate(pairs, 1, statements)
        project = make_project(work / "archive")
        results = {"cold": run_build(project, statements)}
        print(f"{pairs} pairs, cold: {results['cold']['seconds']:.1f} s", flush=True)
        results["warm"] = run_build(project, statements)
        print(f"{pairs} pairs, warm: {results['warm']['seconds']:.1f} s", flush=True)
        if baselines:
            for name, i18n in (("baseline", False), ("baseline + i18n", True)):
                baseline = make_baseline(project, work / name.replace(" ", ""), i18n)
                results[name] = run_build(baseline, None)
                print(f"{pairs} pairs, {name}: {results[name]['seconds']:.1f} s", flush=True)
        return results


def print_table(pairs: int, results: dict[str, dict]) -> None:
    base = results.get("baseline", {}).get("seconds")
    base_i18n = results.get("baseline + i18n", {}).get("seconds")
    print(f"\n{pairs:,} statements per language")
    print(
        "| build | wall time | × baseline | × baseline + i18n | CPU time | peak memory | hooks "
        "| pages | pages/s | site | largest page |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        ratio = f"{r['seconds'] / base:.2f}" if base else "–"
        ratio_i18n = f"{r['seconds'] / base_i18n:.2f}" if base_i18n else "–"
        print(
            f"| {name} | {r['seconds']:.1f} s | {ratio} | {ratio_i18n} | {r['cpu']:.1f} s "
            f"| {r['peak_mb']:.0f} MB "
            f"| {r['hooks']:.1f} s | {r['pages']:,} | {r['pages'] / r['seconds']:.0f} "
            f"| {r['site_mb']:.0f} MB | {r['largest']} |"
        )
    for name, r in results.items():
        if r["phases"]:
            print(f"- {name}, the hooks' phases: {r['phases']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, nargs="+", default=[200, 2000, 10000])
    parser.add_argument("--no-baseline", action="store_true", help="the archive's builds only")
    args = parser.parse_args()
    for pairs in args.pairs:
        print_table(pairs, measure(pairs, not args.no_baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
