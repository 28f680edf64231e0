"""Statements as PDFs at archive scale: the cold extraction and the warm build, against the
same statements as text files.

    python benchmarks/extraction.py                  # 2,000 pairs: 2,000 PDFs per language
    python benchmarks/extraction.py --pairs 200

A synthetic corpus of N English statements and their N Russian translations
(benchmarks/generate.py) is printed to PDF by Chromium on letterhead (benchmarks/released.py;
the PDFs are kept in `.cache/released-bench/` for the next run, as printing takes minutes).
Then, each in a new process:

- **extraction, cold**: the text of every PDF extracted, on every core, nothing cached (what
  a first build spends on PDFs beyond parsing);
- **read, cold**: the statements folder read as the build reads it (extraction and parsing,
  nothing cached), for the PDFs and for the text files;
- **build, warm**: `mkdocs build` a second time (parsed statements and extracted text from
  `.cache/hrdarchive/`, pages already written), for the PDFs and for the text files. The
  target: the PDFs' warm build as fast as the text files'.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "hooks"))

from build import run_build  # noqa: E402
from generate import generate  # noqa: E402
from project import make_project  # noqa: E402

CACHE = ROOT / ".cache" / "released-bench"

EXTRACT_ALL = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
sys.path.insert(0, {hooks!r})
from hrdarchive.extract import extract

def one(path):
    return len(extract(Path(path).read_bytes(), Path(path).name).text)

if __name__ == "__main__":
    paths = sorted(str(p) for p in Path({folder!r}).glob("*.pdf"))
    started = time.perf_counter()
    with ProcessPoolExecutor(os.cpu_count()) as pool:
        sizes = list(pool.map(one, paths, chunksize=16))
    print(len(paths), time.perf_counter() - started, sum(sizes))
"""

READ_ALL = """
import sys, time
from pathlib import Path
sys.path.insert(0, {hooks!r})
from hrdarchive.reading import read_statements
started = time.perf_counter()
read = read_statements(Path({folder!r}), Path({cache!r}))
print(len(read.statements), time.perf_counter() - started)
"""


def pdfs(pairs: int) -> Path:
    """The corpus as PDFs, printed once per generator and corpus size."""
    from released import convert, generator_digest

    folder = CACHE / f"{pairs}-{generator_digest(*(HERE / 'synthetic').rglob('*.py'))}"
    if (folder / "done").is_file():
        return folder

    texts = folder / "txt"
    shutil.rmtree(folder, ignore_errors=True)
    generate(pairs, 1, texts)
    started = time.perf_counter()
    convert(texts, folder / "pdf", "pdf")
    print(f"printed {2 * pairs} PDFs in {time.perf_counter() - started:.0f} s", flush=True)
    (folder / "done").write_text("")
    return folder


def python(script: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def measure(pairs: int) -> dict[str, float]:
    corpus = pdfs(pairs)
    results: dict[str, float] = {}
    count, seconds, _ = python(
        EXTRACT_ALL.format(hooks=str(ROOT / "hooks"), folder=str(corpus / "pdf"))
    )
    results["extraction, cold (s)"] = float(seconds)
    results["extraction per PDF (ms, one core)"] = (
        float(seconds) * os.cpu_count() / int(count) * 1000
    )
    with tempfile.TemporaryDirectory(prefix="extraction-") as tmp:
        for kind in ("pdf", "txt"):
            folder = Path(tmp) / kind
            shutil.copytree(corpus / kind, folder, ignore=shutil.ignore_patterns("answers.json"))
            _, seconds = python(
                READ_ALL.format(
                    hooks=str(ROOT / "hooks"), folder=str(folder), cache=f"{tmp}/c-{kind}"
                )
            )
            results[f"read, cold, {kind} (s)"] = float(seconds)
            project = make_project(Path(tmp) / f"project-{kind}")
            run_build(project, folder)
            warm = run_build(project, folder)
            results[f"build, warm, {kind} (s)"] = warm["seconds"]
            cache = project / ".cache" / "hrdarchive"
            results[f"caches on disk, {kind} (MB)"] = (
                sum(p.stat().st_size for p in cache.glob("*.pickle")) / 2**20
            )
            results[f"site, {kind} (MB)"] = warm["site_mb"]
            print(f"{kind}, warm build's hooks: {warm['phases']}", flush=True)
            print(f"{kind}: done", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=2000)
    args = parser.parse_args()
    results = measure(args.pairs)
    print(f"\n{args.pairs} pairs ({2 * args.pairs} PDFs), {os.cpu_count()} cores\n")
    print(f"| {'measure':<34} | value |")
    print(f"| {'-' * 34} | ----- |")
    for name, value in results.items():
        print(f"| {name:<34} | {value:5.1f} |")
    ratio = results["build, warm, pdf (s)"] / results["build, warm, txt (s)"]
    print(f"\nwarm build, PDFs / text files: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
