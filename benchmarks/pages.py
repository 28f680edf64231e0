"""What a reader downloads: the weight of each kind of page, a first search, Lighthouse.

    python benchmarks/pages.py                         # 10,000 statements per language
    python benchmarks/pages.py --pairs 300 --no-lighthouse --json /tmp/pages.json
    python benchmarks/pages.py --site site             # an already built site
    python benchmarks/pages.py --originals-url https://example.org/originals/
                                                       # raw statements kept elsewhere

A synthetic corpus of N English statements and their N Russian translations
(benchmarks/generate.py) is built by `mkdocs build` in a temporary folder (kept with
`--keep`), or `--site DIR` is measured as it is. The site is served on the loopback as GitHub
Pages serves it, text gzipped (benchmarks/pageweight_server.py). Then, for each kind of page
(home, the indexes, a case, a defender, …) in each language, the largest by HTML bytes:

- its HTML, raw and gzipped, and its DOM size (elements, in Chromium);
- the bytes transferred and the requests made when it is opened in a fresh headless Chromium
  (nothing cached), until the network is idle (no request for 0.5 s): Playwright's request
  sizes, response headers and encoded (gzipped) body; where Chromium gives no body size
  (a worker's own script), the response's Content-Length. The server's own count of bytes
  sent is kept beside it as a check;
- Lighthouse's mobile scores (performance, accessibility, best practices), with its default
  mobile emulation and simulated throttling, in Debian's Chromium (`--no-lighthouse` skips);

then, per language, a first search with the CPU throttled 4x: the home page opened, the
search box clicked, a common word and a defender's surname typed a key every 120 ms (one
query per fresh browser); the requests made after typing started (whatever they fetch: the
search's files are not named) and their bytes, and the time from the last key released to
the first result painted. Chromium throttles the page's main thread only (Material's box
and its list of results): it refuses to throttle a worker ("Operation is only supported for
pages, not workers"), so the search worker's own work runs at full speed. Last, the site's
size by top folder, with every page over 300 KB.

Lighthouse 12.2.3 is installed with npm into ~/.cache/hrdarchive-bench/ when missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402
from pageweight_server import GZIP_LEVEL, SiteServer, Traffic  # noqa: E402
from search import CHROMIUM, CHROMIUM_ARGS, build_site  # noqa: E402

LANGS = ("en", "ru")
KINDS = (
    "home",
    "cases index",
    "cases by year",
    "defenders index",
    "defenders by letter",
    "countries index",
    "country",
    "organisation",
    "theme",
    "case",
    "defender",
)
# The page of one case, one defender, …: kind by folder.
SINGLE_KINDS = {
    "cases": "case",
    "defenders": "defender",
    "countries": "country",
    "organisations": "organisation",
    "themes": "theme",
}
QUERIES = {"en": "detained", "ru": "задержан"}  # words of the synthetic corpus' templates
HEAVY_BYTES = 300 * 1024
TAR_BLOCK = 512
KEY_INTERVAL_MS = 120  # a fast typist: about 100 words a minute
CPU_SLOWDOWN = 4
RESULT_TIMEOUT_MS = 60_000
LIGHTHOUSE = "12.2.3"
LIGHTHOUSE_HOME = (
    Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hrdarchive-bench"
)
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices")
# The site's top folders, in the order the sizes are printed (`statements`: raw copies).
SIZE_FOLDERS = ("cases", "defenders", "countries", "organisations", "themes")
SIZE_FOLDERS += ("search", "statements", "data", "assets")


# -- the pages -------------------------------------------------------------------------------


def page_kind(rel: str) -> tuple[str, str] | None:
    """(kind, language) of a built page's path (`ru/cases/index.html`), or None."""
    parts = rel.split("/")
    lang = "ru" if parts[0] == "ru" else "en"
    parts = parts[1:] if lang == "ru" else parts
    if parts[-1] != "index.html":
        return None
    folder, rest = (parts[0], parts[1:-1]) if len(parts) > 1 else ("", [])
    if not folder:
        kind = "home"
    elif not rest:
        kind = f"{folder} index" if f"{folder} index" in KINDS else None
    # A year's or a letter's page, in whatever layout the site gives it: `cases/2024/`,
    # `cases/years/2024/`, `defenders/en-a/`, `defenders/ru-zh/`, `defenders/letters/a/`.
    elif folder == "cases" and any(re.fullmatch(r"\d{4}|years|undated", p) for p in rest):
        kind = "cases by year"
    elif folder == "defenders" and any(
        len(p) == 1 or p == "letters" or re.fullmatch(r"(?:en|ru)-[a-z]{1,3}", p) for p in rest
    ):
        kind = "defenders by letter"
    else:
        kind = SINGLE_KINDS.get(folder) if len(rest) == 1 else None
    return (kind, lang) if kind else None


def largest_pages(site: Path) -> dict[str, dict[str, str]]:
    """The largest page of each kind and language by HTML bytes: kind → lang → path."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for page in site.rglob("index.html"):
        rel = page.relative_to(site).as_posix()
        found = page_kind(rel)
        if found is None:
            continue
        size = page.stat().st_size
        if size > best.get(found, (-1, ""))[0]:
            best[found] = (size, rel)
    return {
        kind: {lang: best[(kind, lang)][1] for lang in LANGS if (kind, lang) in best}
        for kind in KINDS
    }


def page_url(server: SiteServer, rel: str) -> str:
    return f"{server.url}/{rel.removesuffix('index.html')}"


def surname(site: Path, rel: str) -> str:
    """The last word of a defender page's title: their surname, in the page's script."""
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", (site / rel).read_text("utf-8"), re.S)
    words = re.sub(r"<[^>]+>|&\w+;", " ", heading[1] if heading else "").split()
    return re.sub(r"[^\w-]", "", words[-1]) if words else ""


# -- the browser -----------------------------------------------------------------------------


def open_page(browser, server: SiteServer, rel: str) -> dict:
    """A fresh profile opens the page: bytes and requests until idle, the DOM's elements."""
    context = browser.new_context()
    try:
        page = context.new_page()
        traffic = Traffic(context)
        moment = time.monotonic()
        page.goto(page_url(server, rel), wait_until="networkidle", timeout=120_000)
        traffic.wait_idle(page)
        elements = page.evaluate("document.getElementsByTagName('*').length")
        opened = traffic.summary()
        opened["server_bytes"] = sum(s.wire_bytes for s in server.since(moment))
        return {"dom_elements": elements, **opened}
    finally:
        context.close()


# Keys released in the search box, and each time results are painted (the frame after the
# list of results gains an item), on the page's clock.
WATCH_SEARCH_JS = """
() => {
  const input = document.querySelector('input.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  const bench = window.__bench = {keys: [], results: []};
  input.addEventListener('keyup', () => bench.keys.push(performance.now()));
  new MutationObserver(() => {
    if (list.querySelector('.md-search-result__item'))
      requestAnimationFrame(() => bench.results.push(performance.now()));
  }).observe(list, {childList: true, subtree: true});
}
"""
KEYUP_JS = """
(key) => document.activeElement.dispatchEvent(new KeyboardEvent('keyup', {key, bubbles: true}))
"""
RESULT_AFTER_KEY_JS = """
(n) => __bench.keys.length >= n && __bench.results.some(t => t >= __bench.keys[n - 1])
"""


def type_key(page, key: str) -> None:
    """A key pressed and released in the focused box. Playwright knows the US layout's keys
    only: another script's letter is inserted as text (the input event) and followed by its
    keyup, for Material searches on keyup."""
    if key.isascii():
        page.keyboard.press(key)
    else:
        page.keyboard.insert_text(key)
        page.evaluate(KEYUP_JS, key)


def first_search(browser, server: SiteServer, lang: str, query: str) -> dict:
    """A first search on a just-opened home page, CPU throttled: what typing costs."""
    context = browser.new_context()
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        traffic = Traffic(context)
        page.goto(page_url(server, "ru/index.html" if lang == "ru" else "index.html"))
        page.wait_for_load_state("networkidle", timeout=120_000)
        traffic.wait_idle(page)
        page.evaluate(WATCH_SEARCH_JS)
        page.locator("input.md-search__input").click()
        before, moment = len(traffic.started), time.monotonic()
        for i, key in enumerate(query):
            type_key(page, key)
            if i < len(query) - 1:
                page.wait_for_timeout(KEY_INTERVAL_MS)
        page.wait_for_function(RESULT_AFTER_KEY_JS, arg=len(query), timeout=RESULT_TIMEOUT_MS)
        page.locator(".md-search-result__item").first.wait_for(state="visible")
        traffic.wait_idle(page)
        keys, results = page.evaluate("[__bench.keys, __bench.results]")
        searched = traffic.summary(before)
        searched["server_bytes"] = sum(s.wire_bytes for s in server.since(moment))
        last = keys[len(query) - 1]
        return {
            "lang": lang,
            "query": query,
            "after_last_key_s": (min(t for t in results if t >= last) - last) / 1000,
            "after_first_key_s": (min(t for t in results if t >= keys[0]) - keys[0]) / 1000,
            "results": page.locator(".md-search-result__meta").inner_text().strip(),
            **searched,
        }
    finally:
        context.close()


def browse(site: Path, server: SiteServer, pages: dict[str, dict[str, str]]) -> tuple:
    """Every chosen page opened, and the first searches."""
    from playwright.sync_api import sync_playwright

    opened: dict[str, dict[str, dict]] = {}
    searches = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for kind, by_lang in pages.items():
            for lang, rel in by_lang.items():
                print(f"… opening {rel}", file=sys.stderr, flush=True)
                opened.setdefault(kind, {})[lang] = open_page(browser, server, rel)
        for lang in LANGS:
            defender = pages.get("defender", {}).get(lang)
            queries = [QUERIES[lang]] + ([surname(site, defender)] if defender else [])
            for query in filter(None, queries):
                print(f"… searching {lang}: {query}", file=sys.stderr, flush=True)
                searches.append(first_search(browser, server, lang, query))
        browser.close()
    return opened, searches


# -- Lighthouse ------------------------------------------------------------------------------


def lighthouse_cli() -> Path:
    """Lighthouse's command, installed with npm into the cache folder if missing."""
    cli = LIGHTHOUSE_HOME / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.is_file():
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm is not installed")
        LIGHTHOUSE_HOME.mkdir(parents=True, exist_ok=True)
        print(f"… npm i -E lighthouse@{LIGHTHOUSE} in {LIGHTHOUSE_HOME}", file=sys.stderr)
        command = [npm, "i", "-E", "--no-audit", "--no-fund", f"lighthouse@{LIGHTHOUSE}"]
        done = subprocess.run(command, cwd=LIGHTHOUSE_HOME, capture_output=True, text=True)
        if done.returncode != 0 or not cli.is_file():
            raise RuntimeError(f"npm could not install Lighthouse: {done.stderr[-500:]}")
    if shutil.which("node") is None:
        raise RuntimeError("node is not installed")
    return cli


def lighthouse(cli: Path, url: str, report: Path) -> dict:
    """One mobile Lighthouse run (its default emulation and simulated throttling)."""
    command = [
        "node",
        str(cli),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not report.is_file():
        return {"error": (done.stderr.strip() or f"exit {done.returncode}")[-300:]}
    data = json.loads(report.read_text("utf-8"))
    if data.get("runtimeError"):
        return {"error": data["runtimeError"].get("message", "runtime error")}
    scores = {name: data["categories"][name]["score"] for name in LIGHTHOUSE_CATEGORIES}
    audits = data["audits"]
    lost = {
        ref["id"]
        for name in LIGHTHOUSE_CATEGORIES
        for ref in data["categories"][name]["auditRefs"]
        if ref["weight"] and audits[ref["id"]].get("score") not in (None, 1)
    }
    return {
        **{name: None if s is None else round(s * 100) for name, s in scores.items()},
        "lcp_s": audits["largest-contentful-paint"].get("numericValue", 0) / 1000,
        "tbt_ms": audits["total-blocking-time"].get("numericValue", 0),
        "lost": sorted(lost),  # the audits that cost points
        "warnings": data.get("runWarnings", []),
    }


def lighthouse_all(server: SiteServer, pages: dict[str, dict[str, str]], work: Path) -> dict:
    """Lighthouse on the chosen page of each kind and language, or why it could not run."""
    try:
        cli = lighthouse_cli()
    except (RuntimeError, OSError) as error:
        print(f"Lighthouse not run: {error}", file=sys.stderr)
        return {"error": str(error)}
    results: dict[str, dict] = {}
    for kind, by_lang in pages.items():
        for lang, rel in by_lang.items():
            print(f"… Lighthouse {rel}", file=sys.stderr, flush=True)
            report = work / f"lighthouse-{kind.replace(' ', '-')}-{lang}.json"
            try:
                found = lighthouse(cli, page_url(server, rel), report)
            except (subprocess.TimeoutExpired, OSError, KeyError, ValueError) as error:
                found = {"error": f"{type(error).__name__}: {error}"}
            if "error" in found:
                print(f"Lighthouse failed on {rel}: {found['error']}", file=sys.stderr)
            results.setdefault(kind, {})[lang] = found
    return results


# -- the site --------------------------------------------------------------------------------


def html_sizes(site: Path, rel: str) -> dict:
    data = (site / rel).read_bytes()
    return {"path": rel, "html_bytes": len(data), "html_gzip": len(gzip.compress(data, GZIP_LEVEL))}


def site_sizes(site: Path) -> dict:
    """Bytes by top folder or file (`cases`, `sitemap.xml`, …, `ru/cases`, …), and every
    page over 300 KB."""
    folders: dict[str, int] = {}
    heavy = []
    tar = 2 * TAR_BLOCK  # a tar's closing blocks
    for file in site.rglob("*"):
        tar += TAR_BLOCK  # each file's or folder's header
        if not file.is_file():
            continue
        tar += -(-file.stat().st_size // TAR_BLOCK) * TAR_BLOCK
        parts = file.relative_to(site).parts
        prefix = "ru/" if parts[0] == "ru" and len(parts) > 1 else ""
        inner = parts[1:] if prefix else parts
        top = inner[0]  # a folder, or a file at the top (the sitemap, the feed, …)
        size = file.stat().st_size
        folders[prefix + top] = folders.get(prefix + top, 0) + size
        if file.suffix == ".html" and size > HEAVY_BYTES:
            heavy.append((file.relative_to(site).as_posix(), size))
    heavy.sort(key=lambda item: -item[1])
    return {
        "total": sum(folders.values()),
        "tar": tar,
        "folders": folders,
        "heavy_pages": heavy,
    }


# -- the report ------------------------------------------------------------------------------


def kb(n: int) -> str:
    return f"{n / 1024:,.1f} KB"


def mb(n: int) -> str:
    return f"{n / 2**20:,.2f} MB"


def print_pages(results: dict) -> None:
    print(
        "\n| page kind | lang | largest page | HTML | gzipped | DOM elements | transferred "
        "| requests |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for kind, by_lang in results["pages"].items():
        for lang, r in by_lang.items():
            failed = f", {r['failed']} failed" if r["failed"] else ""
            failed += f", {len(r['errors'])} not found" if r["errors"] else ""
            print(
                f"| {kind} | {lang} | `{r['path']}` | {kb(r['html_bytes'])} "
                f"| {kb(r['html_gzip'])} | {r['dom_elements']:,} | {kb(r['bytes'])} "
                f"| {r['requests']}{failed} |"
            )
    missing = [
        kind
        for kind in KINDS
        if kind not in results["pages"] or len(results["pages"][kind]) < len(LANGS)
    ]
    if missing:
        print(f"\nNo page of these kinds in some language: {', '.join(missing)}.")


def print_searches(searches: list[dict]) -> None:
    print(f"\nA first search, CPU throttled {CPU_SLOWDOWN}x, a key every {KEY_INTERVAL_MS} ms:\n")
    print(
        "| lang | query | results | requests after typing started | their bytes "
        "| last key to first result | first key to first result |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for s in searches:
        print(
            f"| {s['lang']} | {s['query']} | {s['results']} | {s['requests']} "
            f"| {kb(s['bytes'])} | {s['after_last_key_s']:.2f} s "
            f"| {s['after_first_key_s']:.2f} s |"
        )


def print_lighthouse(found: dict) -> None:
    if "error" in found:
        print(f"\nLighthouse: not run ({found['error']}).")
        return
    print(f"\nLighthouse {LIGHTHOUSE}, mobile (default emulation and simulated throttling):\n")
    print(
        "| page kind | lang | performance | accessibility | best practices | LCP | TBT "
        "| audits that cost points |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for kind, by_lang in found.items():
        for lang, r in by_lang.items():
            if "error" in r:
                print(f"| {kind} | {lang} | failed: {r['error'][:80]} | | | | | |")
                continue
            print(
                f"| {kind} | {lang} | {r['performance']} | {r['accessibility']} "
                f"| {r['best-practices']} | {r['lcp_s']:.1f} s | {r['tbt_ms']:.0f} ms "
                f"| {', '.join(r['lost']) or '–'} |"
            )


def print_sizes(sizes: dict, limit: int = 40) -> None:
    folders = sizes["folders"]
    names = {name.removeprefix("ru/") for name in folders}
    order = [n for n in SIZE_FOLDERS if n in names] + sorted(names - set(SIZE_FOLDERS))
    raw = folders.get("statements", 0)
    print(
        f"\nThe site: {mb(sizes['total'])}; without its raw statements (`statements/`, "
        f"{mb(raw)}), as when they are kept elsewhere (`originals_url`): "
        f"{mb(sizes['total'] - raw)}. As one tar archive, as GitHub's upload-pages-artifact "
        f"packs it (a 512-byte header per file and folder, each file padded to 512 bytes): "
        f"{mb(sizes['tar'])}\n"
    )
    print("| top folder or file | site root (English) | ru/ |")
    print("| --- | --- | --- |")
    for name in order:
        if name == "ru":
            continue
        cells = [mb(folders[key]) if key in folders else "–" for key in (name, f"ru/{name}")]
        print(f"| {name} | {cells[0]} | {cells[1]} |")
    heavy = sizes["heavy_pages"]
    by_lang = {
        lang: sum((p.startswith("ru/")) == (lang == "ru") for p, _ in heavy) for lang in LANGS
    }
    print(
        f"\nPages over {HEAVY_BYTES // 1024} KB: {len(heavy)} "
        f"(en {by_lang['en']}, ru {by_lang['ru']})"
    )
    for path, size in heavy[:limit]:
        print(f"- `{path}` {kb(size)}")
    if len(heavy) > limit:
        print(f"- … and {len(heavy) - limit} more (all in --json)")


def check_counts(results: dict) -> None:
    """Chromium's count of bytes against the server's: they should agree within headers."""
    rows = [r for by_lang in results["pages"].values() for r in by_lang.values()]
    for r in rows + results["searches"]:
        if abs(r["bytes"] - r["server_bytes"]) > max(2048, 0.02 * r["server_bytes"]):
            name = r.get("path") or f"search {r['lang']} {r['query']}"
            print(
                f"warning: {name}: Chromium counted {r['bytes']:,} bytes, "
                f"the server sent {r['server_bytes']:,}",
                file=sys.stderr,
            )


# -- the run ---------------------------------------------------------------------------------


def built_site(pairs: int, work: Path, originals_url: str = "") -> tuple[Path, float]:
    statements = work / "statements"
    statements.mkdir()
    print(f"… generating {pairs:,} pairs", file=sys.stderr, flush=True)
    generate(pairs, 1, statements)
    (statements / "answers.json").unlink(missing_ok=True)
    print("… mkdocs build", file=sys.stderr, flush=True)
    env = {"ARCHIVE_ORIGINALS_URL": originals_url} if originals_url else None
    return build_site(statements, work, env)


def measure(site: Path, work: Path, with_lighthouse: bool) -> dict:
    pages = largest_pages(site)
    pages = {kind: by_lang for kind, by_lang in pages.items() if by_lang}
    with SiteServer(site) as server:
        opened, searches = browse(site, server, pages)
        found = (
            lighthouse_all(server, pages, work) if with_lighthouse else {"error": "--no-lighthouse"}
        )
    return {
        "pages": {
            kind: {
                lang: {**html_sizes(site, rel), **opened[kind][lang]}
                for lang, rel in by_lang.items()
            }
            for kind, by_lang in pages.items()
        },
        "searches": searches,
        "lighthouse": found,
        "sizes": site_sizes(site),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=10000, help="statements per language")
    parser.add_argument("--site", type=Path, help="measure this built site; build nothing")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument("--json", type=Path, help="write the results to this file too")
    parser.add_argument("--keep", action="store_true", help="keep the temporary build")
    parser.add_argument(
        "--originals-url",
        default="",
        help="build with the raw statements kept at this address, not in the site",
    )
    args = parser.parse_args()
    if args.site and not (args.site / "index.html").is_file():
        parser.error(f"{args.site} holds no built site (no index.html)")
    work = Path(tempfile.mkdtemp(prefix="pages-bench-"))
    started = time.perf_counter()
    try:
        if args.site:
            site, build_s = args.site.resolve(), None
        else:
            site, build_s = built_site(args.pairs, work, args.originals_url)
        results = {
            "pairs": None if args.site else args.pairs,
            "site": str(site),
            "build_s": build_s,
            **measure(site, work, not args.no_lighthouse),
        }
        results["seconds"] = time.perf_counter() - started
        what = f"{args.pairs:,} statements per language" if build_s else f"the site {site}"
        built = f", built in {build_s:.1f} s" if build_s else ""
        print(f"\n{what}{built}; measured in {results['seconds']:.0f} s in all")
        print_pages(results)
        print_searches(results["searches"])
        print_lighthouse(results["lighthouse"])
        print_sizes(results["sizes"])
        check_counts(results)
        if args.json:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    finally:
        if args.keep:
            print(f"kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
