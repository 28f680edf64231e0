"""Addresses that never break: a page keeps answering at every address it was published at
(addresses.json beside the statements records them); only removing its statements takes an
address away. Correcting a date, a headline or a name gives the page the address its names
make now, and the old one sends the reader on, in both languages."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from hrdarchive.addresses import (
    Entity,
    Entry,
    _names_alike,
    _settle_kind,
    read_record,
    record_bytes,
)
from hrdarchive.build import build_archive
from hrdarchive.model import StatementError

from .conftest import SEED_EN, SEED_RU, STATEMENTS, copy_project, mkdocs_build

RIZOEV = "002_en_tj-rizoev-released-case-page.txt"


def entity(key: str, slug: str, *sources: str) -> Entity:
    return Entity(key, slug, frozenset(sources))


# -- the rule, on its own --------------------------------------------------------------------


def test_new_pages_take_their_slugs_and_collisions_are_numbered():
    ids, record = _settle_kind([entity("a", "cafe", "1.txt"), entity("b", "cafe", "2.txt")], {})
    assert ids == {"a": "cafe", "b": "cafe-2"}
    assert record["cafe"] == Entry(["1.txt"]) and record["cafe-2"] == Entry(["2.txt"])


def test_two_pages_with_one_slug_never_swap_addresses():
    """A statement added later that sorts first, with the same headline: the page that had
    the address keeps it."""
    _, record = _settle_kind([entity("x", "cafe", "5.txt")], {})
    ids, _ = _settle_kind([entity("a", "cafe", "1.txt"), entity("b", "cafe", "5.txt")], record)
    assert ids == {"b": "cafe", "a": "cafe-2"}


def test_people_named_in_the_same_statements_keep_their_own_addresses():
    """Co-defendants share every statement: a name is what tells them apart. A third one
    added by a correction, or one of them renamed, takes nobody's address."""
    alike = _names_alike
    _, record = _settle_kind([entity("b", "boris-petrov", "1.txt")], {}, alike)
    both = [entity("a", "anna-ivanova", "1.txt"), entity("b", "boris-petrov", "1.txt")]
    ids, record = _settle_kind(both, record, alike)
    assert ids == {"a": "anna-ivanova", "b": "boris-petrov"}
    renamed = [entity("z", "zoe-smirnova", "1.txt"), entity("b", "boris-petrov", "1.txt")]
    ids, record = _settle_kind(renamed, record, alike)
    assert ids == {"z": "zoe-smirnova", "b": "boris-petrov"}
    assert all(not e.previous for e in record.values())  # nobody answers for Anna


def test_a_person_read_by_mistake_leaves_no_redirect_to_another():
    """A 'defender' the parser misread, removed by a correction: its address is gone, not
    handed to a person named in the same statement."""
    alike = _names_alike
    found = [entity("s", "state-security", "1.txt"), entity("b", "boris-petrov", "1.txt")]
    _, record = _settle_kind(found, {}, alike)
    ids, record = _settle_kind([entity("b", "boris-petrov", "1.txt")], record, alike)
    assert set(record) == {"boris-petrov"} and record["boris-petrov"].previous == []


def test_a_corrected_spelling_keeps_the_person_and_answers_at_the_old_address():
    alike = _names_alike
    _, record = _settle_kind([entity("z", "zhanar-sekerbayeva", "1.txt", "2.txt")], {}, alike)
    ids, record = _settle_kind([entity("z", "zhanar-sekerbaeva", "1.txt", "2.txt")], record, alike)
    assert ids == {"z": "zhanar-sekerbaeva"}
    assert record["zhanar-sekerbaeva"].previous == ["zhanar-sekerbayeva"]


def test_a_corrected_slug_moves_the_page_and_the_old_address_stays_its_own():
    _, record = _settle_kind([entity("a", "undated-x", "1.txt")], {})
    ids, record = _settle_kind([entity("a", "2021-09-10-x", "1.txt")], record)
    assert ids == {"a": "2021-09-10-x"}
    assert record["2021-09-10-x"].previous == ["undated-x"]
    # Another page whose names make the old address does not take it.
    ids, record = _settle_kind(
        [entity("a", "2021-09-10-x", "1.txt"), entity("b", "undated-x", "2.txt")], record
    )
    assert ids["b"] == "undated-x-2" and record["2021-09-10-x"].previous == ["undated-x"]
    # A correction taken back: the page returns to its first address.
    ids, record = _settle_kind([entity("a", "undated-x", "1.txt")], record)
    assert ids == {"a": "undated-x"} and record["undated-x"].previous == ["2021-09-10-x"]


def test_pages_merged_into_one_keep_every_address():
    """Two people found to be one (a better reading): the page that holds most of their
    statements keeps its address, the other's answers by redirect to it."""
    found = [entity("p", "anar-mammadli", "1.txt", "2.txt"), entity("q", "anar-mamedli", "3.txt")]
    _, record = _settle_kind(found, {}, _names_alike)
    merged = [entity("p", "anar-mammadli", "1.txt", "2.txt", "3.txt")]
    ids, record = _settle_kind(merged, record, _names_alike)
    assert ids == {"p": "anar-mammadli"} and record["anar-mammadli"].previous == ["anar-mamedli"]


def test_only_removing_every_statement_of_a_page_takes_its_address_away():
    _, record = _settle_kind([entity("a", "one", "1.txt"), entity("b", "two", "2.txt")], {})
    ids, record = _settle_kind([entity("a", "one", "1.txt")], record)
    assert set(record) == {"one"} and all(not e.previous for e in record.values())


def test_the_record_reads_back_and_a_broken_one_is_refused():
    record = {
        "cases": {"a": Entry(["2.txt", "1.txt"], ["old"])},
        "defenders": {},
        "organisations": {},
        "countries": {},
    }
    data = record_bytes(record)
    assert read_record(data)["cases"]["a"] == Entry(["1.txt", "2.txt"], ["old"])
    assert record_bytes(read_record(data)) == data
    with pytest.raises(StatementError, match="addresses.json: not a record of addresses"):
        read_record(b'{"cases": [1, 2]}')


# -- as an editor corrects ---------------------------------------------------------------------


def correct(statements: Path, source: str, text: str) -> None:
    (statements / source).with_suffix(".yml").write_text(text, encoding="utf-8")


def page_of(site: Path, lang: str, folder: str, address: str) -> str:
    prefix = "" if lang == "en" else f"{lang}/"
    return (site / prefix / folder / address / "index.html").read_text("utf-8")


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    """The sample built, then a date, a headline and a defender's name corrected, and built
    again: the addresses before and after."""
    project = copy_project(tmp_path_factory.mktemp("addresses"))
    statements = project / "statements"
    assert mkdocs_build(project, "--strict").returncode == 0
    before = build_archive(statements)
    correct(statements, RIZOEV, "date: 2021-09-10\n")
    [seed_case] = [
        c for c in before.cases.values() if SEED_EN in {s.source for s in c.statements.values()}
    ]
    seed = seed_case.statements["en"]
    correct(statements, SEED_EN, 'title: "Kazakhstan: two feminists attacked in Shymkent"\n'
            f"defenders: [Zhanar Sekerbaeva, {seed.defenders[1]}]\n")  # fmt: skip
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project, before, build_archive(statements)


def test_corrections_keep_every_old_address_answering_in_both_languages(corrected):
    project, before, after = corrected
    site = project / "site"
    moved = 0
    for folder, old_ids, new_ids in (
        ("cases", before.cases, after.cases),
        ("defenders", before.people, after.people),
    ):
        for old in old_ids:
            for lang in ("en", "ru"):
                page = page_of(site, lang, folder, old)
                if old in new_ids:
                    assert "archive-redirect" not in page
                    continue
                moved += 1
                target = re.search(r'http-equiv="refresh" content="0; url=\.\./([^/"]+)/"', page)
                assert target and target[1] in new_ids, (folder, old)
                assert "Content-Security-Policy" in page and "<script" not in page
                assert "http://" not in page and "https://" not in page  # no other host
                assert page_of(site, lang, folder, target[1])  # the page it leads to exists
    assert moved == 2 * 3  # a date, a headline, a name: three pages moved, in two languages
    record = json.loads((project / "statements" / "addresses.json").read_text("utf-8"))
    assert (
        "undated-human-rights-defender-abdulmajid-rizoev-released"
        in record["cases"]["2021-09-10-human-rights-defender-abdulmajid-rizoev-released"][
            "previous"
        ]
    )
    assert "zhanar-sekerbayeva" in record["defenders"]["zhanar-sekerbaeva"]["previous"]


def test_the_sitemap_lists_current_addresses_only(corrected):
    project, before, after = corrected
    sitemap = (project / "site" / "sitemap.xml").read_text("utf-8")
    assert "/cases/undated-human-rights-defender-abdulmajid-rizoev-released/" not in sitemap
    assert "/cases/2021-09-10-human-rights-defender-abdulmajid-rizoev-released/" in sitemap
    assert "/defenders/zhanar-sekerbayeva/" not in sitemap


def test_removing_a_statement_takes_its_address_away(tmp_path):
    project = copy_project(tmp_path)
    assert mkdocs_build(project).returncode == 0
    gone = "045_en_ru-orlov-released-observatory-newsletter.txt"
    [case] = [c for c in build_archive(project / "statements").cases.values()
              if gone in {s.source for s in c.statements.values()}]  # fmt: skip
    (project / "statements" / gone).unlink()
    assert mkdocs_build(project).returncode == 0
    assert not (project / "site" / "cases" / case.id).exists()
    record = json.loads((project / "statements" / "addresses.json").read_text("utf-8"))
    assert case.id not in record["cases"]
    assert not any(case.id in e.get("previous", []) for e in record["cases"].values())


def test_a_withheld_name_leaves_no_address_behind(tmp_path):
    project = copy_project(tmp_path)
    assert mkdocs_build(project).returncode == 0
    (project / "statements" / "withheld.yml").write_text("- Zhanar Sekerbayeva\n", "utf-8")
    assert mkdocs_build(project).returncode == 0
    record = (project / "statements" / "addresses.json").read_text("utf-8")
    assert "sekerbayeva" not in record.lower()
    assert not any("sekerbayeva" in p.as_posix() for p in (project / "site").rglob("*"))


def test_a_build_that_may_only_check_the_record_fails_when_it_is_out_of_date(tmp_path):
    """CI (ARCHIVE_ADDRESSES=check): a statement added without its recorded address."""
    project = copy_project(tmp_path)
    shutil.copy(STATEMENTS / SEED_RU, project / "statements" / "900_again.txt")
    record = project / "statements" / "addresses.json"
    before = record.read_bytes()
    (project / "statements" / "900_again.txt").write_text(
        (STATEMENTS / SEED_EN).read_text("utf-8").replace("Shymkent", "Almaty"), "utf-8"
    )
    result = mkdocs_build(project, "--strict", env={"ARCHIVE_ADDRESSES": "check"})
    assert result.returncode == 1
    assert "archive: addresses.json: out of date" in result.stderr
    assert record.read_bytes() == before


def test_the_shipped_record_is_up_to_date():
    """statements/addresses.json is committed with the sample: a build changes no byte."""
    from hrdarchive.build import link_read, settle_addresses
    from hrdarchive.reading import read_statements

    read = read_statements(STATEMENTS)
    assert settle_addresses(link_read(read), read) == read.addresses


def test_a_reader_at_an_old_address_lands_on_the_page_in_chromium(corrected, browser):
    """What only a browser shows: the old address, in each language, ends on the page's new
    address, with nothing refused by the policy and no request to another host."""
    import functools
    import threading

    from .test_browser import QuietServer, SiteHandler, new_context

    project, _, _ = corrected
    site = project / "site"
    server = QuietServer(("127.0.0.1", 0), functools.partial(SiteHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    context = new_context(browser, base)
    try:
        page = context.new_page()
        refused, foreign = [], []
        page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else 0)
        page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(base) else 0)
        for prefix, lang in (("", "en"), ("/ru", "ru")):
            page.goto(
                f"{base}{prefix}/cases/undated-human-rights-defender-abdulmajid-rizoev-released/"
            )
            page.wait_for_url(f"**{prefix}/cases/2021-09-10-human-rights-defender-*/")
            assert page.locator("html").get_attribute("lang") == lang
            assert "Rizoev" in page.title() or "Ризоев" in page.title()
        assert refused == [] and foreign == []
    finally:
        context.close()
        server.shutdown()
        server.server_close()


def test_a_withheld_name_in_a_file_name_keeps_the_pages_other_addresses(tmp_path):
    """The statement is then published under a neutral name: its page is still the one
    recorded, and still answers at its earlier address."""
    from hrdarchive.build import link_read, settle_addresses
    from hrdarchive.reading import read_statements

    statements = tmp_path / "statements"
    shutil.copytree(STATEMENTS, statements)
    named = "002_en_tj-rizoev-and-sekerbayeva.txt"
    (statements / RIZOEV).rename(statements / named)
    (statements / "addresses.json").unlink()

    def build() -> dict:
        read = read_statements(statements)
        (statements / "addresses.json").write_bytes(settle_addresses(link_read(read), read))
        return json.loads((statements / "addresses.json").read_text("utf-8"))["cases"]

    build()
    (statements / named).with_suffix(".yml").write_text("date: 2021-09-10\n", "utf-8")
    moved = build()["2021-09-10-human-rights-defender-abdulmajid-rizoev-released"]
    assert moved["previous"] == ["undated-human-rights-defender-abdulmajid-rizoev-released"]
    (statements / "withheld.yml").write_text("- Zhanar Sekerbayeva\n", "utf-8")
    after = build()["2021-09-10-human-rights-defender-abdulmajid-rizoev-released"]
    assert after["previous"] == moved["previous"]
    assert after["sources"][0].startswith("withheld-")


def test_a_dirty_build_removes_redirects_no_longer_wanted(tmp_path):
    """A name withheld after its page moved: the page at its old address goes too, even in a
    site a dirty build keeps."""
    project = copy_project(tmp_path)
    assert mkdocs_build(project).returncode == 0
    correct(project / "statements", SEED_EN, "defenders: [Zhanar Sekerbaeva, Gulzada Serzhan]\n")
    assert mkdocs_build(project).returncode == 0
    old = project / "site" / "defenders" / "zhanar-sekerbayeva" / "index.html"
    assert "archive-redirect" in old.read_text("utf-8")
    (project / "statements" / "withheld.yml").write_text("- Zhanar Sekerbayeva\n", "utf-8")
    assert mkdocs_build(project, "--dirty").returncode == 0
    assert not old.exists() and not old.parent.exists()
    assert not (project / "site" / "ru" / "defenders" / "zhanar-sekerbayeva").exists()


def test_a_mistyped_mode_for_the_record_is_refused():
    from hrdarchive.build import BuildSettings

    with pytest.raises(ValueError, match="'update', 'check' or 'read', not 'chek'"):
        BuildSettings(STATEMENTS, addresses="chek")
