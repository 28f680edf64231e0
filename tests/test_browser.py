"""The built site in a real browser (Chromium driven by Playwright), one page of each kind in
each language: the language switcher, links, requests to other hosts, accessibility (axe-core),
a phone-width screen, and the search.

Pages are found by kind in the built site, not listed by path: a new organisation or theme
page, a Russian 404 page, is tested as soon as the build makes it. A section of the site that
no kind covers fails `test_every_section_of_the_site_is_a_known_page_kind`.

Needs Chromium (`/usr/bin/chromium`, or the path in $CHROMIUM) and axe-core
(`npm ci --prefix tests/browser`); `.ci/run` installs both. Without them the tests fail.
`SCREENSHOTS=1` writes full-page screenshots to `site-screenshots/`.
`BROWSER_TEST_SITE=site` tests an already built site folder instead of building one.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import sys
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from .conftest import ROOT

SEED_CASE = "2021-06-04-zhanar-sekerbayeva-and-gulzada-serzhan-verbally-and"
SEED_DEFENDER = "zhanar-sekerbayeva"
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
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
# axe.run once the page's transitions are over (a tab fading in is measured at its final
# colour, not half-way), given up after 30 s (page.evaluate itself waits for ever).
AXE_RUN_JS = """
() => Promise.race([
  Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)))
    .then(() => axe.run(document, {resultTypes: ['violations']})),
  new Promise((_, reject) => setTimeout(() => reject(new Error('no result in 30 s')), 30000)),
])
"""
# What archive-chrome.js makes before Material's bundle reads it, and the icons on screen (an
# icon is a <use> of assets/images/icons.svg: drawn only if the sprite loaded and has it).
CHROME_JS = """
() => {
  const config = document.getElementById('__config');
  const shown = [...document.querySelectorAll('svg > use')]
    .filter(use => use.closest('svg').getClientRects().length);
  return {
    config: config ? JSON.parse(config.textContent).base : null,
    search: document.querySelectorAll('.md-header [data-md-component=search]').length,
    top: document.querySelectorAll('main > .md-top').length,
    icons: shown.length,
    undrawn: shown.filter(use => !use.getBBox().width).map(use => use.getAttribute('href')),
  };
}
"""
SCREENSHOT_DIR = ROOT / "site-screenshots"
LOOPBACK = {"127.0.0.1", "localhost"}
LANGS = ("en", "ru")
OTHER = {"en": "ru", "ru": "en"}
PREFIX = {"en": "/", "ru": "/ru/"}
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}
SEARCH_QUERY = {"en": "Sekerbayeva", "ru": "Секербаева"}
# A missing page: the server answers it with the site's 404 page, as a static host does.
MISSING = "cases/no-such-page/"

# Page kinds: a fixed page (path), or one page of a section (section/<slug>/), the preferred
# slug first. Optional kinds are tested when the build has them.
FIXED = {
    "home": "",
    "cases-index": "cases/",
    "cases-of-a-year": "cases/2021/",
    "defenders-index": "defenders/",
    "countries-index": "countries/",
    "about": "about/",
}
OPTIONAL_FIXED = {"organisations-index": "organisations/", "themes-index": "themes/"}
ITEMS = {
    "case": ("cases", SEED_CASE),
    "defender": ("defenders", SEED_DEFENDER),
    "country": ("countries", "kazakhstan"),
}
OPTIONAL_ITEMS = {"organisation": ("organisations", None), "theme": ("themes", None)}
KINDS = [*FIXED, *OPTIONAL_FIXED, *ITEMS, *OPTIONAL_ITEMS, "404"]
# Folders of the build that hold no pages of their own.
NOT_PAGES = {"assets", "search", "data", "statements", "ru"}


def params(kinds=KINDS) -> list:
    return [pytest.param(kind, lang, id=f"{kind}-{lang}") for kind in kinds for lang in LANGS]


# ---------------------------------------------------------------------------------------------
# The site, its server and the browser


@pytest.fixture(scope="session")
def site(request) -> Path:
    prebuilt = os.environ.get("BROWSER_TEST_SITE")
    if prebuilt:
        return Path(prebuilt).resolve()
    return request.getfixturevalue("built_site")


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files; a missing path gets the site's 404 page (the Russian one under /ru/)."""

    def log_message(self, format, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = self.not_found_page() if code == 404 else None
        if page is None:
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def not_found_page(self) -> Path | None:
        root = Path(self.directory)
        candidates = [root / "404.html"]
        if self.path.startswith("/ru/"):
            candidates.insert(0, root / "ru" / "404.html")
        return next((page for page in candidates if page.is_file()), None)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that closes a connection early is no error of the site.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def base_url(site):
    server = QuietServer(("127.0.0.1", 0), functools.partial(SiteHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def is_foreign(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in ("data", "blob", "about") and parts.hostname not in LOOPBACK


def new_context(browser: Browser, base_url: str, viewport=DESKTOP) -> BrowserContext:
    context = browser.new_context(base_url=base_url, viewport=viewport)
    context.set_default_timeout(10_000)
    # Nothing may leave the machine: a request to another host is recorded (the tests look
    # for them) and aborted here, so that it cannot hang a test.
    context.route(is_foreign, lambda route: route.abort())
    return context


@pytest.fixture
def page(browser: Browser, base_url) -> Page:
    context = new_context(browser, base_url)
    yield context.new_page()
    context.close()


def search(page: Page, query: str) -> None:
    """Type a query in Material's search box and wait for its results."""
    page.locator(".md-search__input").click()
    page.keyboard.type(query)
    page.keyboard.press("End")  # Material searches on keyup; typed Cyrillic sends none.
    page.locator(".md-search-result__meta").wait_for(state="visible")


# ---------------------------------------------------------------------------------------------
# Pages by kind


def html_exists(site: Path, path: str) -> bool:
    return (site / path / "index.html").is_file()


def pick_item(site: Path, section: str, prefer: str | None) -> str | None:
    """One page of a section that exists in both languages: the preferred one, else one the
    seed case links to, else the first."""
    slugs = sorted(
        page.parent.name
        for page in (site / section).glob("*/index.html")
        if (site / "ru" / section / page.parent.name / "index.html").is_file()
    )
    if not slugs:
        return None
    if prefer in slugs:
        return prefer
    seed = site / "cases" / SEED_CASE / "index.html"
    linked = set(re.findall(rf"{section}/([^/\"'#?]+)/", seed.read_text("utf-8"))) & set(slugs)
    return min(linked) if linked else slugs[0]


def page_path(site: Path, kind: str, lang: str) -> str:
    """The URL path of the page of this kind in this language; skips a kind the build lacks."""
    prefix = PREFIX[lang]
    if kind == "404":
        # Served at a missing address; under /ru/ the server answers with ru/404.html, or
        # with the site's one 404.html when it is bilingual.
        if not (site / "404.html").is_file():
            pytest.fail("the build has no 404 page (404.html)")
        return prefix + MISSING
    if kind in FIXED or kind in OPTIONAL_FIXED:
        path = FIXED.get(kind, OPTIONAL_FIXED.get(kind))
        if html_exists(site, path) and html_exists(site / "ru", path):
            return prefix + path
        if kind in OPTIONAL_FIXED and not html_exists(site, path):
            pytest.skip(f"the build has no {path} page")
        pytest.fail(f"{kind}: {prefix}{path} is missing from the build")
    section, prefer = ITEMS.get(kind) or OPTIONAL_ITEMS[kind]
    slug = pick_item(site, section, prefer)
    if slug is None:
        if kind in OPTIONAL_ITEMS and not any((site / section).glob("*/index.html")):
            pytest.skip(f"the build has no {section}/<slug>/ pages")
        pytest.fail(f"{kind}: no {section}/<slug>/ page in both languages")
    return f"{prefix}{section}/{slug}/"


def counterpart(path: str, lang: str) -> str:
    """/x/ <-> /ru/x/"""
    rest = path[len(PREFIX[lang]) :]
    return PREFIX[OTHER[lang]] + rest


def open_page(page: Page, path: str, kind: str):
    response = page.goto(path, wait_until="load")
    assert response is not None, path
    expected = 404 if kind == "404" else 200
    assert response.status == expected, f"{path}: HTTP {response.status}"
    return response


def describe_failures(title: str, items: list[str]) -> str:
    return f"{title} ({len(items)}):\n  " + "\n  ".join(items)


# ---------------------------------------------------------------------------------------------
# Checks on every kind of page


def test_every_section_of_the_site_is_a_known_page_kind(site):
    known = {path.strip("/") for path in [*FIXED.values(), *OPTIONAL_FIXED.values()]}
    known |= {section for section, _ in [*ITEMS.values(), *OPTIONAL_ITEMS.values()]}
    sections = {
        folder.name
        for root in (site, site / "ru")
        for folder in root.iterdir()
        if folder.is_dir() and any(folder.rglob("*.html"))
    }
    unknown = sorted(sections - known - NOT_PAGES)
    assert not unknown, f"page kinds the browser tests do not cover (add them to KINDS): {unknown}"


@dataclass
class Visit:
    """What one visit of a page found: it is loaded once, in its own browser context, and each
    check below reads its part. A step that failed leaves its error for its check to report."""

    path: str
    kind: str
    status: int | None = None
    requests: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)  # requested before the reader acts
    hrefs: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    scroll_width: int = 0
    wide_elements: list[str] = field(default_factory=list)
    switched_to: str = ""
    refused: list[str] = field(default_factory=list)  # what the page's CSP refused
    chrome: dict = field(default_factory=dict)  # what archive-chrome.js made; icons drawn
    errors: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Visit({self.path!r})"

    def step(self, name: str, action) -> None:
        try:
            action()
        except Exception as error:  # reported by the check that needs this step
            self.errors[name] = f"{type(error).__name__}: {error}"

    def require(self, name: str) -> None:
        expected = 404 if self.kind == "404" else 200
        assert self.status == expected, f"{self.path}: HTTP {self.status}"
        assert name not in self.errors, f"{self.path}: {name}: {self.errors[name]}"


def visit_page(browser: Browser, base_url: str, path: str, kind: str, lang: str) -> Visit:
    visit = Visit(path, kind)
    # Loaded on a phone's screen first, then looked at on a desktop's.
    context = new_context(browser, base_url, viewport=PHONE)
    context.on("request", lambda request: visit.requests.append(request.url))
    if AXE.is_file():
        # Loaded into each page from outside it: a <script> added to the page would be
        # refused by the page's Content-Security-Policy, as it should be.
        context.add_init_script(path=str(AXE))
    try:
        page = context.new_page()
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and visit.refused.append(message.text)
            ),
        )
        response = page.goto(path, wait_until="load")
        visit.status = response.status if response else None

        def phone():
            visit.scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
            if visit.scroll_width > PHONE["width"]:
                visit.wide_elements = page.evaluate(WIDE_ELEMENTS_JS)
            page.set_viewport_size(DESKTOP)

        def links():
            # An SVG link's href is an SVGAnimatedString: its value, made absolute.
            visit.hrefs = page.eval_on_selector_all(
                "a[href]",
                "links => links.map(a => typeof a.href === 'string' ? a.href"
                " : new URL(a.href.baseVal, document.baseURI).href)",
            )

        def accessibility():
            if not AXE.is_file():
                raise FileNotFoundError(f"{AXE}: run `npm ci --prefix tests/browser`")
            results = page.evaluate(AXE_RUN_JS)
            visit.violations = results["violations"]

        def chrome():
            page.wait_for_load_state("networkidle")
            visit.chrome = page.evaluate(CHROME_JS)

        def interaction():
            # What the page fetched by itself, before the reader does anything.
            page.wait_for_load_state("networkidle")
            visit.opened = list(visit.requests)
            # Scroll, open the language menu and search, so that every request a reader's
            # browser makes is made (the search worker, its index, lunr's languages).
            page.mouse.wheel(0, 100_000)
            page.locator(".md-select button").first.click()
            search(page, SEARCH_QUERY[lang])
            page.locator(".md-search-result__item").first.wait_for(state="visible")
            page.keyboard.press("Escape")
            page.wait_for_load_state("networkidle")

        def switcher():
            if kind == "404" and not page.locator(".md-select__link").count():
                return  # a bilingual 404 page without a switcher: see its check
            # As a keyboard user: focus the link (which opens the menu) and press Enter.
            link = page.locator(f'.md-select__link[hreflang="{OTHER[lang]}"]').first
            link.focus()
            link.wait_for(state="visible")
            with page.expect_navigation():
                page.keyboard.press("Enter")
            visit.switched_to = urlsplit(page.url).path

        visit.step("phone", phone)
        visit.step("links", links)
        visit.step("axe", accessibility)
        visit.step("chrome", chrome)
        visit.step("interaction", interaction)
        visit.step("switcher", switcher)  # last: it leaves the page
    finally:
        context.close()
    return visit


@pytest.fixture(scope="session")
def visits() -> dict[str, Visit]:
    return {}


def get_visit(site, browser, base_url, visits, kind, lang) -> Visit:
    path = page_path(site, kind, lang)
    if path not in visits:
        visits[path] = visit_page(browser, base_url, path, kind, lang)
    return visits[path]


@pytest.fixture
def visit(site, browser, base_url, visits, kind, lang) -> Visit:
    return get_visit(site, browser, base_url, visits, kind, lang)


@pytest.mark.parametrize(("kind", "lang"), params())
def test_language_switcher_leads_to_the_same_page_in_the_other_language(visit, kind, lang):
    visit.require("switcher")
    other = OTHER[lang]
    if kind == "404" and not visit.switched_to:
        # No switcher: the page is in both languages, with a way into each.
        homes = {urlsplit(href).path for href in visit.hrefs}
        assert {PREFIX[lang], PREFIX[other]} <= homes, (
            f"{visit.path}: a 404 page with no language switcher links to {sorted(homes)}, "
            "not to both home pages"
        )
        return
    expected = {counterpart(visit.path, lang)}
    if kind == "404":
        # The other language's 404 page, wherever it is served, or its home page.
        expected |= {PREFIX[other] + "404.html", PREFIX[other]}
    assert visit.switched_to in expected, (
        f"{visit.path}: the switcher to {other} leads to {visit.switched_to}, "
        f"not {' or '.join(sorted(expected))}"
    )


@pytest.mark.parametrize(("kind", "lang"), params())
def test_the_chrome_a_script_makes_is_there_and_every_icon_is_drawn(visit, base_url, kind, lang):
    """Material's config, search dialog and back-to-top button come from archive-chrome.js,
    and its icons from one sprite: broken, the search and the header's icons would be gone."""
    visit.require("chrome")
    made = visit.chrome
    assert made["config"] == base_url.rstrip("/") + "/", f"{visit.path}: {made}"
    assert (made["search"], made["top"]) == (1, 1), f"{visit.path}: {made}"
    assert made["icons"] >= 2 and made["undrawn"] == [], f"{visit.path}: {made}"


@pytest.fixture(scope="session")
def link_status() -> dict[str, int]:
    """HTTP status of every link target checked so far, across pages."""
    return {}


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize(("kind", "lang"), params())
def test_every_link_on_the_page_resolves(visit, base_url, link_status):
    visit.require("links")
    host = urlsplit(base_url).netloc
    targets = sorted(
        {
            href.split("#")[0]
            for href in visit.hrefs
            if urlsplit(href).scheme in ("http", "https") and urlsplit(href).netloc == host
        }
    )
    assert targets, f"{visit.path}: no links"
    broken = []
    for target in targets:
        if target not in link_status:
            link_status[target] = status_of(target)
        if link_status[target] != 200:
            broken.append(f"{urlsplit(target).path} -> HTTP {link_status[target]}")
    assert not broken, describe_failures(f"{visit.path}: broken links", broken)


@pytest.mark.parametrize(("kind", "lang"), params())
def test_no_request_leaves_localhost(visit):
    foreign = sorted({url for url in visit.requests if is_foreign(url)})
    assert not foreign, describe_failures(f"{visit.path}: requests to other hosts", foreign)
    visit.require("interaction")
    # Nothing of the search's index or lunr is fetched until the reader searches.
    early = [u for u in visit.opened if "/search/" in u and not u.endswith("/search_index.json")]
    assert not early and not any("lunr" in u for u in visit.opened), early
    # The search loads parts of the index of the page's language, and only that one.
    folders = {
        urlsplit(url).path.rsplit("/", 2)[-2]
        for url in visit.requests
        if "/search/" in url and not url.endswith("/search_index.json")
    }
    expected = "ru" if visit.path.startswith("/ru/") else "en"
    if visit.kind == "404":
        assert folders & {"en", "ru"}, visit.requests
    else:
        assert folders == {expected}, sorted(folders)


@pytest.mark.parametrize(("kind", "lang"), params())
def test_the_content_security_policy_refuses_nothing_the_site_does(visit):
    """Every page has a policy that allows nothing from other hosts, and the site's own
    scripts, styles, search worker and index all run under it."""
    visit.require("interaction")
    assert not visit.refused, describe_failures(f"{visit.path}: refused", visit.refused)


def serious_violations(visit: Visit) -> list[tuple[str, str, str]]:
    """(rule id, impact, element selector) of each serious or critical violation."""
    return [
        (violation["id"], violation["impact"], " ".join(map(str, node["target"])))
        for violation in visit.violations
        if violation["impact"] in ("serious", "critical")
        for node in violation["nodes"]
    ]


@pytest.mark.parametrize(("kind", "lang"), params())
def test_no_serious_accessibility_violation(visit):
    visit.require("axe")
    found = [f"{rule} ({impact}): {target}" for rule, impact, target in serious_violations(visit)]
    assert not found, describe_failures(f"{visit.path}: accessibility violations", found)


WIDE_ELEMENTS_JS = """
() => {
  const width = window.innerWidth;
  const describe = el => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    for (const cls of el.classList) name += '.' + cls;
    return name;
  };
  const contained = el => {
    for (let node = el; node && node !== document.documentElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.position === 'fixed') return true;
      if (node !== el && ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) {
        return true;
      }
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll('*')].filter(el => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.right > width + 0.5 && !contained(el);
  });
  const innermost = wide.filter(el => !wide.some(other => other !== el && el.contains(other)));
  return innermost.slice(0, 15).map(el => {
    const box = el.getBoundingClientRect();
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
    return `${describe(el)} (left ${Math.round(box.left)}, width ${Math.round(box.width)}) `
      + JSON.stringify(text);
  });
}
"""


@pytest.mark.parametrize(("kind", "lang"), params())
def test_page_fits_a_phone_screen(visit):
    visit.require("phone")
    assert visit.scroll_width <= PHONE["width"], describe_failures(
        f"{visit.path}: {visit.scroll_width} px wide on a {PHONE['width']} px screen; "
        "elements wider than the screen",
        visit.wide_elements,
    )


# ---------------------------------------------------------------------------------------------
# Search


def search_results(page: Page, query: str) -> list[dict]:
    """Type a query as a reader does; the results shown: path, title, the line of facts."""
    search(page, query)
    page.locator(".md-search-result__item").first.wait_for(state="visible")
    return page.eval_on_selector_all(
        ".md-search-result__item > a",
        """links => links.map(a => ({
          path: new URL(a.href).pathname,
          title: a.querySelector('h1, h2').textContent,
          meta: (a.querySelector('.archive-search-meta') || {}).textContent || '',
          marks: [...a.querySelectorAll('mark')].map(m => m.textContent),
        }))""",
    )


SEED_DEFENDER_PATH = {lang: f"{PREFIX[lang]}defenders/{SEED_DEFENDER}/" for lang in LANGS}
SEED_CASE_PATH = {lang: f"{PREFIX[lang]}cases/{SEED_CASE}/" for lang in LANGS}


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("ru", "правозащитницами"),
        ("ru", "задержания"),
        ("ru", "Секербаевою"),
        ("ru", "Sekerbayeva"),
        ("en", "attacking"),
        ("en", "Sekerbayeva"),
        ("en", "Секербаевой"),
    ],
)
def test_search_finds_inflected_forms_in_the_pages_language_only(page: Page, lang, query):
    open_page(page, PREFIX[lang], "home")
    results = search_results(page, query)
    paths = [r["path"] for r in results]
    assert SEED_CASE_PATH[lang] in paths, f"{query!r} on {PREFIX[lang]}: {paths}"
    other = [p for p in paths if p.startswith("/ru/") != (lang == "ru")]
    assert not other, f"{query!r} on {PREFIX[lang]} finds pages of the other language: {other}"


@pytest.mark.parametrize(("lang", "query"), [("en", "Sekerbayeva"), ("ru", "Секербаевой")])
def test_a_name_finds_the_persons_page_first(page: Page, lang, query):
    open_page(page, PREFIX[lang], "home")
    results = search_results(page, query)
    assert results[0]["path"] == SEED_DEFENDER_PATH[lang], [r["path"] for r in results]


@pytest.mark.parametrize("query", ["Титиев", "Titiev"])
def test_a_transliterated_name_and_its_written_form_find_the_person(page: Page, query):
    # Oyub Titiev is named only in English statements: the Russian site writes him Оюб Титиев.
    open_page(page, PREFIX["ru"], "home")
    results = search_results(page, query)
    assert results[0]["path"] == "/ru/defenders/oyub-titiev/", [r["path"] for r in results]


@pytest.mark.parametrize(("lang", "query"), [("en", "Mamedli"), ("ru", "Азимжон Аскаров")])
def test_a_name_in_another_transliteration_finds_the_person_first(page: Page, lang, query):
    open_page(page, PREFIX[lang], "home")
    results = search_results(page, query)
    expected = {"en": "/defenders/anar-mammadli/", "ru": "/ru/defenders/azimjan-askarov/"}
    assert results[0]["path"] == expected[lang], [r["path"] for r in results]


@pytest.mark.parametrize(
    ("lang", "name"), [("en", "Kazakhstan: 2 cases"), ("ru", "Казахстан: 2 дела")]
)
def test_the_maps_countries_are_links_named_on_focus(page: Page, lang, name):
    """A keyboard reader tabs to a country on the home page's map: it shows its name and
    number, and Enter opens its page."""
    page.set_viewport_size(PHONE)
    open_page(page, PREFIX[lang], "home")
    link = page.locator(".archive-map a", has=page.locator(f"title:text-is('{name}')"))
    label = link.locator("text")
    assert not label.is_visible()
    link.focus()
    assert label.is_visible() and name.split(":")[0] in label.text_content()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == f"{PREFIX[lang]}countries/kazakhstan/"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_charts_have_their_numbers_in_text_and_fit_a_phone(page: Page, lang):
    page.set_viewport_size(PHONE)
    open_page(page, PREFIX[lang], "home")
    chart = page.locator(".archive-chart").first
    box = chart.bounding_box()
    assert box and 0 < box["width"] <= PHONE["width"]
    labelled = chart.get_attribute("aria-labelledby").split()
    assert all(page.locator(f"#{i}").count() == 1 for i in labelled)
    # the numbers, as links to each year's cases, right below it
    assert page.locator("a[href$='cases/2021/']").count() == 1


@pytest.mark.parametrize(
    ("lang", "query", "meta", "mark"),
    [
        ("en", "Zhanar attacked", "4 June 2021 · Kazakhstan", "attacked"),
        ("ru", "правозащитницами", "4 июня 2021 · Казахстан", "правозащитницы"),
    ],
)
def test_a_case_result_shows_its_date_and_country(page: Page, lang, query, meta, mark):
    open_page(page, PREFIX[lang], "home")
    results = {r["path"]: r for r in search_results(page, query)}
    case = results[SEED_CASE_PATH[lang]]
    assert case["meta"] == meta
    assert mark in case["marks"]


# ---------------------------------------------------------------------------------------------
# Screenshots


@pytest.mark.parametrize(("kind", "lang"), params(["case", "defender", "country"]))
def test_screenshot(browser, base_url, site, kind, lang):
    if os.environ.get("SCREENSHOTS") != "1":
        pytest.skip("screenshots are taken with SCREENSHOTS=1")
    path = page_path(site, kind, lang)
    context = new_context(browser, base_url)
    try:
        page = context.new_page()
        open_page(page, path, kind)
        SCREENSHOT_DIR.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT_DIR / f"{kind}-{lang}.png"), full_page=True)
    finally:
        context.close()


# ---------------------------------------------------------------------------------------------
# A hostile statement in the search results


@pytest.fixture(scope="module")
def hostile_base_url(tmp_path_factory):
    """The seeds and a statement full of markup, built and served."""
    from .conftest import SEED_EN, SEED_RU, STATEMENTS, copy_project, mkdocs_build
    from .test_build import HOSTILE

    statements = tmp_path_factory.mktemp("hostile-statements")
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, statements / name)
    (statements / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    project = copy_project(tmp_path_factory.mktemp("hostile"), statements)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    server = QuietServer(
        ("127.0.0.1", 0), functools.partial(SiteHandler, directory=str(project / "site"))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_search_results_show_a_statements_markup_as_text(browser, hostile_base_url):
    context = new_context(browser, hostile_base_url)
    dialogs = []
    try:
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        open_page(page, "/", "home")
        search_results(page, "script")
        results = page.locator(".md-search-result")
        injected = results.locator("script, img, iframe, a[href^='javascript:']")
        assert injected.count() == 0, results.inner_html()
        assert "<script>alert('headline')</script>" in results.inner_text()
        page.wait_for_timeout(300)  # an onerror would have fired by now
        assert dialogs == []
    finally:
        context.close()
