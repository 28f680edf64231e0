"""What the built site offers a reader and a researcher: facts panels, linked names, related
cases, organisation and theme pages, feeds, language alternates, schema.org data, the 404
page and print styles. Checked on the strict build of the shipped sample."""

from __future__ import annotations

import html as html_lib
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import copy_project, mkdocs_build
from .test_build import SEED_CASE, links_of, resolve

ATOM = "{http://www.w3.org/2005/Atom}"


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def facts(page: str) -> dict[str, str]:
    panel = re.search(r'<dl class="archive-facts">(.*?)</dl>', page, re.S).group(1)
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", panel, re.S)
    return {dt: html_lib.unescape(re.sub(r"<[^>]+>", "", dd)).strip() for dt, dd in pairs}


def test_case_page_facts_panel(built_site):
    en = facts(html(built_site, f"cases/{SEED_CASE}"))
    assert en["Date"] == "4 June 2021"
    assert en["Country"] == "Kazakhstan"
    assert en["Defenders"] == "Zhanar Sekerbayeva, Gulzada Serzhan"
    assert en["Organisations"] == 'Kazakhstan Feminist Initiative "Feminita"'
    assert "Physical attack" in en["Themes"]
    assert en["Languages"] == "English, Russian"
    assert en["Publisher"] == "Front Line Defenders"
    assert en["Source file"] == "000_e4a8f1493d220999.txt"
    ru = facts(html(built_site, f"ru/cases/{SEED_CASE}"))
    assert ru["Дата"] == "4 июня 2021" and ru["Страна"] == "Казахстан"


def test_defender_names_in_the_text_link_to_their_pages(built_site):
    page = built_site / "ru" / "cases" / SEED_CASE / "index.html"
    text = page.read_text(encoding="utf-8")
    # the first mention is in the accusative: 'на правозащитниц Жанар Секербаеву'
    assert re.search(r'<a href="[^"]*defenders/zhanar-sekerbayeva/">Жанар Секербаеву</a>', text)


def test_related_cases_of_the_same_defender(built_site):
    page = html(built_site, "cases/2024-08-02-oleg-orlov")
    section = page.split('id="other-cases-of-the-same-defenders"')[1].split("<h2")[0]
    assert section.count("<li>") >= 3 and "Oleg Orlov’s trial begins" in section


def test_defender_page_names_in_both_scripts_profile_and_timeline(built_site):
    page = html(built_site, "defenders/zhanar-sekerbayeva")
    assert facts(page)["In Russian"] == "Жанар Секербаева"
    assert "Who they are" in page and "is a journalist, poet, researcher" in page
    assert "Timeline of cases" in page
    jsonld = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    assert jsonld["@type"] == "Person" and "Жанар Секербаева" in jsonld["alternateName"]


def test_case_page_json_ld_is_an_article_about_people(built_site):
    page = html(built_site, f"cases/{SEED_CASE}")
    jsonld = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    assert jsonld["@type"] == "Article" and jsonld["datePublished"] == "2021-06-04"
    assert [p["name"] for p in jsonld["about"]] == ["Zhanar Sekerbayeva", "Gulzada Serzhan"]


def test_country_page_cases_by_year_with_counts_and_themes(built_site):
    page = html(built_site, "ru/countries/russian-federation")
    assert re.search(r"<h3[^>]*>2024 \(2\)", page)
    assert "Судебное преследование" in facts(page)["Темы"]


@pytest.mark.parametrize("prefix", ["", "ru/"])
def test_organisation_and_theme_pages_in_both_languages(built_site, prefix):
    org = html(built_site, f"{prefix}organisations/kazakhstan-feminist-initiative-feminita")
    assert "zhanar-sekerbayeva" in org and SEED_CASE in org
    theme = html(built_site, f"{prefix}themes/physical-attack")
    assert SEED_CASE in theme
    for index in ("organisations", "themes"):
        assert (built_site / prefix / index / "index.html").is_file()


def test_organisation_is_one_across_languages(built_site, archive_json):
    ru_org = html(built_site, "ru/organisations/kazakhstan-feminist-initiative-feminita")
    assert "Казахстанская феминистская инициатива «Феминита»" in ru_org


def test_navigation_reaches_every_index_in_both_languages(built_site):
    for prefix, words in (("", ["Organisations", "Themes"]), ("ru/", ["Организации", "Темы"])):
        home = (built_site / prefix / "index.html").read_text(encoding="utf-8")
        for word in words:
            assert re.search(
                rf'class="md-nav__link"[^>]*>\s*<span class="md-ellipsis">\s*{word}\s*<', home
            ), word


def test_defenders_index_by_alphabet_in_the_readers_script(built_site):
    # Everyone is listed in the page's script: a defender only English statements name is
    # transliterated on the Russian index (Oyub Titiev), one only Russian ones on the English.
    ru = html(built_site, "ru/defenders")
    assert "Кириллица" in ru and "Латиница" not in ru and "Титиев, Оюб" in ru
    en = html(built_site, "defenders")
    assert "Latin alphabet" in en and "Cyrillic alphabet" not in en


def test_a_transliterated_name_is_marked_and_its_written_form_kept(built_site):
    ru = html(built_site, "ru/defenders/oyub-titiev")
    assert "<h1" in ru and "Оюб Титиев</h1>" in ru
    assert "имя выше — транслитерация Oyub Titiev" in ru
    assert "Латиницей" in ru  # the form the statements write, which search finds too


@pytest.mark.parametrize(("prefix", "lang"), [("", "en"), ("ru/", "ru")])
def test_atom_feed_per_language_advertised_in_every_page(built_site, prefix, lang):
    feed = ET.parse(built_site / prefix / "feed.xml").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = feed.findall(f"{ATOM}entry")
    assert entries and entries[0].find(f"{ATOM}updated").text.startswith("2024-08-02")
    for page in (f"{prefix}cases/{SEED_CASE}", prefix.rstrip("/") or "."):
        path = built_site / page / "index.html"
        [link] = [a for t, _, a in links_of(path) if a.get("type") == "application/atom+xml"]
        assert (
            resolve(built_site, path, link["href"]) == (built_site / prefix / "feed.xml").resolve()
        )


def test_every_page_has_hreflang_alternates_and_x_default(built_site):
    page = html(built_site, f"ru/cases/{SEED_CASE}")
    langs = re.findall(r'<link rel="alternate"[^>]*hreflang="([\w-]+)"', page)
    assert {"en", "ru", "x-default"} <= set(langs)


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_entries(site: Path) -> dict[str, dict[str, str]]:
    """loc -> {hreflang: href} of the site's sitemap.xml."""
    root = ET.parse(site / "sitemap.xml").getroot()
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in root.iter(f"{SITEMAP}url")
    }


def test_sitemap_lists_every_page_with_its_translation(built_site):
    entries = sitemap_entries(built_site)
    # Every page but the redirects from old addresses (a renamed organisation's), which
    # search engines are sent on from and which the sitemap leaves out.
    pages = {
        "/" + page.parent.relative_to(built_site).as_posix().removeprefix(".") + "/"
        for page in built_site.rglob("index.html")
        if 'http-equiv="refresh"' not in page.read_text(encoding="utf-8")
    }
    pages = {page.replace("//", "/") for page in pages}
    assert set(entries) == pages
    case = entries[f"/ru/cases/{SEED_CASE}/"]
    assert case == {
        "en": f"/cases/{SEED_CASE}/",
        "ru": f"/ru/cases/{SEED_CASE}/",
        "x-default": f"/cases/{SEED_CASE}/",
    }
    assert all(set(links) == {"en", "ru", "x-default"} for links in entries.values())


def test_sitemap_addresses_are_full_when_site_url_is_set(tmp_path):
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "\nsite_url: https://example.org/archive/\n",
        encoding="utf-8",
    )
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    entries = sitemap_entries(project / "site")
    addresses = [*entries, *(href for links in entries.values() for href in links.values())]
    assert all(a.startswith("https://example.org/archive/") for a in addresses), addresses[:5]
    assert entries["https://example.org/archive/"]["ru"] == "https://example.org/archive/ru/"


def test_404_page_speaks_both_languages_from_the_site_root(built_site):
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in page and "Страница не найдена" in page
    switch = re.findall(r'<a href="([^"]*)"\s*hreflang="(\w+)" class="md-select__link"', page)
    assert sorted(switch) == [("/", "en"), ("/ru/", "ru")]
    # No page's translations in its head: a missing address has none.
    assert not re.findall(r'<link rel="alternate"[^>]*hreflang', page)
    assert '<meta name="robots" content="noindex">' in page


def test_every_icon_a_page_points_to_is_in_the_sprite(built_site):
    """Material's icons are <use>s of one file (icon_sprite): each points to a symbol it has,
    at the path that reaches it from the page."""
    sprite = built_site / "assets" / "images" / "icons.svg"
    symbols = set(re.findall(r'<symbol id="([^"]+)"', sprite.read_text("utf-8")))
    assert {"material-magnify", "material-menu", "material-translate"} <= symbols
    wrong = []
    for path in built_site.rglob("*.html"):
        for href in re.findall(r'<use href="([^"]+)"', path.read_text("utf-8")):
            file, _, symbol = href.partition("#")
            if not file:
                continue  # within the page (the map's countries)
            # The 404 page, served at any depth, points from the site's root.
            base = built_site if file.startswith("/") else path.parent
            target = (base / file.lstrip("/")).resolve()
            if target != sprite.resolve() or symbol not in symbols:
                wrong.append(f"{path.relative_to(built_site)}: {href}")
    assert wrong == []


def test_the_footer_is_written_only_with_something_to_show(built_site, tmp_path):
    """An empty footer band on every page is bytes for nothing; an editor's copyright shows."""
    assert "md-footer" not in (built_site / "index.html").read_text("utf-8")
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8") + "\ncopyright: Example Rights Network\n", encoding="utf-8"
    )
    assert mkdocs_build(project).returncode == 0
    page = (project / "site" / "about" / "index.html").read_text("utf-8")
    assert re.search(r'<footer class="md-footer">.*Example Rights Network', page, re.S)


def test_a_list_of_one_countrys_cases_does_not_name_it_on_every_line(built_site):
    country = (built_site / "countries" / "kazakhstan" / "index.html").read_text("utf-8")
    items = re.findall(r"<li>\d.*?</li>", country)
    assert items and not any(item.endswith(" · Kazakhstan</li>") for item in items)
    year = (built_site / "cases" / "2021" / "index.html").read_text("utf-8")
    assert re.search(r"<li>\d[^\n]*</a> · Kazakhstan</li>", year)


def test_print_stylesheet_is_linked(built_site):
    css = (built_site / "assets" / "archive.css").read_text(encoding="utf-8")
    assert "@media print" in css
    page = built_site / "ru" / "cases" / SEED_CASE / "index.html"
    hrefs = [a["href"] for t, _, a in links_of(page) if t == "link" and "archive.css" in a["href"]]
    assert resolve(built_site, page, hrefs[0]).is_file()


def test_a_profile_only_the_other_language_has_is_shown_marked(built_site):
    ru = html(built_site, "ru/defenders/abdulmajid-rizoev")
    profile = ru[ru.rindex("Кто это") : ru.rindex("Хронология дел")]  # the page, not its TOC
    assert "Abdulmajid Rizoev is a human rights defender" in profile
    assert "(на английском)" in profile
