"""The shipped sample built as a user builds it (`mkdocs build --strict`), and checks of the
built site: pages in both languages, cross-links, the language switcher, open data, and no
reference to another host."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from hrdarchive.search_index import read_parts

from .conftest import SEED_EN, SEED_RU, STATEMENTS, copy_project, mkdocs_build, statement_files

SEED_CASE = "2021-06-04-zhanar-sekerbayeva-and-gulzada-serzhan-verbally-and"
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "poster", "data", "content"}


class LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name in URL_ATTRIBUTES and value:
                self.links.append((tag, name, attributes))


def links_of(page: Path) -> list[tuple[str, str, dict]]:
    collector = LinkCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector.links


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def resolve(site: Path, page: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path)
    # The 404 page links from the site root: it is served at any depth.
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    return target / "index.html" if target.is_dir() else target


def test_strict_build_of_the_sample_makes_every_page_in_both_languages(built_site):
    for prefix in ("", "ru/"):
        for page in (
            "",
            "cases/",
            "defenders/",
            "countries/",
            "about/",
            f"cases/{SEED_CASE}/",
            "defenders/zhanar-sekerbayeva/",
            "defenders/gulzada-serzhan/",
            "countries/kazakhstan/",
        ):
            assert (built_site / prefix / page / "index.html").is_file(), prefix + page


def test_every_raw_statement_has_a_case_page_in_each_language(built_site, archive_json):
    assert len(archive_json["statements"]) == len(statement_files())
    for case in archive_json["cases"]:
        for prefix in ("", "ru/"):
            assert (built_site / prefix / "cases" / case["id"] / "index.html").is_file()


def test_every_link_resolves(built_site):
    broken = []
    for page in html_pages(built_site):
        for _, attribute, attrs in links_of(page):
            url = attrs[attribute]
            if attribute != "href" and attribute != "src":
                continue
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            if not resolve(built_site, page, url).exists():
                broken.append(f"{page.relative_to(built_site)} -> {url}")
    assert broken == []


def test_no_page_references_another_host(built_site):
    foreign = []
    for page in html_pages(built_site):
        for tag, attribute, attrs in links_of(page):
            value = attrs[attribute]
            if tag == "meta" and attribute == "content" and "//" not in value:
                continue
            if re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", value, re.I):
                foreign.append(f"{page.relative_to(built_site)}: <{tag} {attribute}={value}>")
    for stylesheet in built_site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", stylesheet.read_text("utf-8")):
            if re.match(r"^(?:https?:)?//", url):
                foreign.append(f"{stylesheet.relative_to(built_site)}: url({url})")
    assert foreign == []


def test_language_switcher_leads_to_the_same_page_in_the_other_language(built_site):
    checked = 0
    for page in html_pages(built_site):
        rel = page.relative_to(built_site).as_posix()
        if rel.startswith(("assets/", "search/")) or rel == "404.html" or rel.startswith("ru/404"):
            continue
        if 'http-equiv="refresh"' in page.read_text(encoding="utf-8"):
            continue  # a redirect from an old address, to the page that has the switcher
        in_russian = rel.startswith("ru/")
        counterpart = built_site / (rel[3:] if in_russian else f"ru/{rel}")
        target_lang = "en" if in_russian else "ru"
        switches = [
            attrs["href"]
            for tag, attribute, attrs in links_of(page)
            if tag == "a"
            and attribute == "href"
            and attrs.get("hreflang") == target_lang
            and "md-select__link" in attrs.get("class", "")
        ]
        assert switches, f"{rel}: no link to the {target_lang} version"
        assert resolve(built_site, page, switches[0]) == counterpart.resolve(), rel
        checked += 1
    assert checked > 40


def test_archive_json_has_the_seed_case(archive_json):
    by_source = {s["source"]: s for s in archive_json["statements"]}
    en, ru = by_source[SEED_EN], by_source[SEED_RU]
    assert en["case"] == ru["case"] == SEED_CASE
    assert (en["lang"], ru["lang"]) == ("en", "ru")
    assert en["date"] == ru["date"] == "2021-06-04"
    assert en["country"] == ru["country"] == "KZ"
    assert [d["name"] for d in en["defenders"]] == ["Zhanar Sekerbayeva", "Gulzada Serzhan"]
    assert [d["name"] for d in ru["defenders"]] == ["Жанар Секербаева", "Гулзада Сержан"]
    assert [d["id"] for d in en["defenders"]] == [d["id"] for d in ru["defenders"]]
    assert en["url"] == f"/cases/{SEED_CASE}/" or en["url"].endswith(f"cases/{SEED_CASE}/")
    assert ru["url"].endswith(f"ru/cases/{SEED_CASE}/")

    # How each fact was found: the seeds mark their defenders and have a dateline and a
    # 'Country:' headline; the pair shares its date, publisher, defenders and numbers.
    assert en["found_by"] == {"date": "pattern", "country": "pattern"}
    assert {d["found_by"] for d in en["defenders"] + ru["defenders"]} == {"markup"}
    [case] = [c for c in archive_json["cases"] if c["id"] == SEED_CASE]
    assert case["pairing"]["found_by"] == "evidence" and not case["pairing"]["weak"]
    assert case["pairing"]["same_date"] and case["pairing"]["shared_defenders"] == 1.0
    assert case["statements"] == {"en": en["id"], "ru": ru["id"]}
    assert case["defenders"] == ["zhanar-sekerbayeva", "gulzada-serzhan"]

    people = {p["id"]: p for p in archive_json["defenders"]}
    assert people["zhanar-sekerbayeva"]["names"] == {
        "en": "Zhanar Sekerbayeva",
        "ru": "Жанар Секербаева",
    }
    assert SEED_CASE in people["gulzada-serzhan"]["cases"]
    [kazakhstan] = [c for c in archive_json["countries"] if c["code"] == "KZ"]
    assert kazakhstan["names"] == {"en": "Kazakhstan", "ru": "Казахстан"}
    assert {"zhanar-sekerbayeva", "gulzada-serzhan"} <= set(kazakhstan["defenders"])


def test_every_file_is_accounted_for(archive_json):
    accounted = {f["source"] for f in archive_json["files"]}
    # All but the build's own record of the addresses it published (addresses.py).
    assert accounted == {p.name for p in STATEMENTS.iterdir()} - {"addresses.json"}
    assert archive_json["problems"] == []


def test_csv_tables(built_site, archive_json):
    cases = list(csv.DictReader(io.StringIO((built_site / "data/cases.csv").read_text("utf-8"))))
    assert len(cases) == len(archive_json["cases"])
    seed = next(c for c in cases if c["id"] == SEED_CASE)
    assert seed["source_en"] == SEED_EN and seed["source_ru"] == SEED_RU
    people = list(
        csv.DictReader(io.StringIO((built_site / "data/defenders.csv").read_text("utf-8")))
    )
    assert {"name_en": "Zhanar Sekerbayeva", "name_ru": "Жанар Секербаева"}.items() <= next(
        p for p in people if p["id"] == "zhanar-sekerbayeva"
    ).items()


def test_home_pages_link_the_open_data(built_site):
    for home in (built_site / "index.html", built_site / "ru/index.html"):
        targets = {
            resolve(built_site, home, a["href"]) for _, _, a in links_of(home) if "href" in a
        }
        for name in ("archive.json", "cases.csv", "defenders.csv"):
            assert (built_site / "data" / name).resolve() in targets


def test_case_page_links_its_raw_source(built_site):
    page = built_site / "ru" / "cases" / SEED_CASE / "index.html"
    sources = [a["href"] for _, _, a in links_of(page) if a.get("href", "").endswith(".txt")]
    assert resolve(built_site, page, sources[0]) == (built_site / "statements" / SEED_RU).resolve()
    assert (built_site / "statements" / SEED_RU).read_bytes() == (STATEMENTS / SEED_RU).read_bytes()


def test_search_indexes_hold_the_pages_of_their_language(built_site):
    for lang, prefix in (("en", ""), ("ru", "ru/")):
        index = read_parts(built_site / "search" / lang)
        locations = [location for location, *_ in index["pages"]]
        assert f"{prefix}cases/{SEED_CASE}/" in locations


def test_page_text_of_a_case(built_site):
    html = (built_site / "cases" / SEED_CASE / "index.html").read_text("utf-8")
    assert "4 June 2021" in html
    assert "Shymkent city. Zhanar Sekerbayeva was charged" in html
    assert "Grattan House" not in html and "Board of Directors" not in html
    ru = (built_site / "ru" / "cases" / SEED_CASE / "index.html").read_text("utf-8")
    assert "4 июня 2021" in ru and "пресс-служба" in ru


@pytest.fixture(scope="module")
def seeds_only(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("elsewhere")
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, folder / name)
    return folder


def test_statements_dir_from_the_environment(tmp_path, seeds_only):
    project = copy_project(tmp_path)
    result = mkdocs_build(project, "--strict", env={"ARCHIVE_STATEMENTS_DIR": str(seeds_only)})
    assert result.returncode == 0, result.stderr
    data = json.loads((project / "site/data/archive.json").read_text("utf-8"))
    assert sorted(s["source"] for s in data["statements"]) == [SEED_EN, SEED_RU]
    assert sorted(p.name for p in (project / "site/cases").iterdir()) == [
        "2021",
        SEED_CASE,
        "index.html",
    ]


def test_a_bad_file_fails_strict_but_never_stops_the_others(tmp_path, seeds_only):
    (seeds_only / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    try:
        project = copy_project(tmp_path)
        env = {"ARCHIVE_STATEMENTS_DIR": str(seeds_only)}
        strict = mkdocs_build(project, "--strict", env=env)
        assert strict.returncode != 0
        assert "broken.txt" in strict.stderr
        lenient = mkdocs_build(project, env=env)
        assert lenient.returncode == 0, lenient.stderr
        assert "broken.txt" in lenient.stderr
        data = json.loads((project / "site/data/archive.json").read_text("utf-8"))
        assert [p["source"] for p in data["problems"]] == ["broken.txt"]
        assert (project / "site/cases" / SEED_CASE / "index.html").is_file()
    finally:
        (seeds_only / "broken.txt").unlink()


class MarkupCollector(HTMLParser):
    """Elements and attributes that would run code or load from elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.offences: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        # JSON-LD is data, not code: its text may hold anything, escaped as JSON.
        self.in_script = tag == "script" and dict(attrs).get("type") != "application/ld+json"
        if tag in ("iframe", "object", "embed"):
            self.offences.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.offences.append(f"{tag}[{name}]")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                self.offences.append(f"{tag}[{name}={value}]")
            if name == "src" and re.match(r"^(?:https?:)?//", value or ""):
                self.offences.append(f"{tag}[src={value}]")

    def handle_data(self, data):
        if self.in_script and "alert(" in data:
            self.offences.append("script running alert()")

    def handle_endtag(self, tag):
        self.in_script = False


def markup_offences(page: str) -> list[str]:
    collector = MarkupCollector()
    collector.feed(page)
    return collector.offences


HOSTILE = """---
title: injected front matter
template: main.html
---

Kazakhstan: <script>alert('headline')</script> defender {{ config.extra }} attacked

4 June 2021

On 29 May 2021, woman human rights defender **Zhanar Sekerbayeva** was attacked in Shymkent \
<img src=x onerror="alert('body')"> and [a link](javascript:alert('link')) {% raw %} <!-- c -->.

She said: <iframe src="https://evil.example/"></iframe> ![pixel](https://tracker.example/p.gif)

The attacks occurred during a public event organised by the women human rights defenders in \
Shymkent. Following the attack, a police officer detained her and she was charged with \
"assaulting state representatives" under Article 378 of the Criminal Code of the Republic.
"""


def test_statement_text_never_becomes_markup_or_code(tmp_path, seeds_only):
    (seeds_only / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    try:
        project = copy_project(tmp_path)
        result = mkdocs_build(project, env={"ARCHIVE_STATEMENTS_DIR": str(seeds_only)})
        assert result.returncode == 0, result.stderr
    finally:
        (seeds_only / "hostile.txt").unlink()
    site = project / "site"
    for path in site.rglob("*.html"):
        offences = markup_offences(path.read_text(encoding="utf-8"))
        assert offences == [], f"{path.relative_to(site)}: {offences}"
    for feed in site.rglob("feed.xml"):
        assert "<script" not in feed.read_text(encoding="utf-8")
    # The search holds the statement as text (its worker escapes what it shows: see
    # test_search.py and test_browser.py), never as the page's markup.
    for lang in ("en", "ru"):
        docs = read_parts(site / "search" / lang)["pages"]
        assert not any("&lt;" in title or "<a " in title for _, title, _, _ in docs)
    [case_page] = (site / "cases").glob("*-script-alert-*/index.html")
    page = case_page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in page and "{{ config.extra }}" in page


def test_a_dirty_build_in_a_new_process_builds_the_same_site(tmp_path, built_site):
    """`mkdocs build --dirty` keeps what it does not build again; a process that has not
    indexed a page for the search yet builds it, so the search indexes stay whole."""
    project = copy_project(tmp_path)
    assert mkdocs_build(project).returncode == 0
    result = mkdocs_build(project, "--dirty")
    assert result.returncode == 0, result.stderr
    searched = [
        p.relative_to(built_site).as_posix() for p in (built_site / "search").rglob("*.json")
    ]
    for name in (*searched, "data/archive.json", "sitemap.xml"):
        assert (project / "site" / name).read_bytes() == (built_site / name).read_bytes(), name


def test_the_copies_of_the_stacks_templates_are_not_published(built_site):
    assert not (built_site / "i18n-internals").exists()
    assert not (built_site / "material-internals").exists()
    assert not (built_site / "material-icons").exists()
    assert not (built_site / "archive-chrome.js").exists()  # a template, rendered per language
    assert (built_site / "sitemap.xml").is_file()  # made from the copy, as before
    assert (built_site / "assets" / "javascripts" / "archive-chrome.ru.js").is_file()
