"""File names cannot steer the build: statements named with '..', backslashes, drive letters,
newlines, right-to-left marks, decomposed and composed accents, emoji, markup, and titles that
slug alike all become pages with unique ASCII slugs; nothing is written outside `site/` and
the generated folders of `docs/`, no page overwrites another, and the raw copies published
under `site/statements/` stay inside it, byte for byte."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from hrdarchive.build import build_archive
from hrdarchive.corrections import apply_corrections
from hrdarchive.link import link
from hrdarchive.pages import inputs, render_site
from hrdarchive.parse import parse_statement
from hrdarchive.write import OWNED_FOLDERS, OWNED_TOP_FILES

from .conftest import SEED_EN, STATEMENTS, copy_project, mkdocs_build

ODD_NAMES = [
    "a..b.txt",
    "x..txt",
    "..\\..\\..\\etc\\evil.txt",  # starts with a dot: a hidden file, ignored
    "x\\..\\..\\evil.txt",
    "C:\\Windows\\evil.txt",
    "%2e%2e%2f%2e%2e%2fsite%2findex.txt",
    "with   spaces .txt",
    " leading space.txt",
    "new\nline.txt",
    "tab\there.txt",
    "\u202etxt.exe.txt",  # right-to-left override: shows as 'txt.exe.txt' reversed
    "\u200fright-to-left mark.txt",
    "caf\u00e9.txt",  # NFC
    "cafe\u0301.txt",  # NFD: a different file, the same name to a reader
    "\U0001f4f0 news.txt",
    "index.txt",
    "<script>alert(1)</script>.txt",
    'quote"s &amp; <b>.txt',
    "#hash?query=1.txt",
    "sub dir/nested.txt",
    " /space folder.txt",
]
DEFENDERS = [
    "Aliya Nurlanova",
    "Dilnoza Rakhimova",
    "Farrukh Saidov",
    "Gulnara Bazhkenova",
    "Timur Aliyev",
    "Madina Omarova",
    "Rustam Nazarov",
    "Saule Zhakupova",
    "Bakhtiyor Karimov",
    "Nodira Yusupova",
    "Erlan Kaliyev",
    "Zarina Ismailova",
    "Oleg Petrenko",
    "Leila Gasanova",
    "Murat Baimukhanov",
    "Anara Dzhumabaeva",
    "Ilkhom Sharipov",
    "Dana Seitova",
    "Azamat Ermekov",
    "Kamila Rashidova",
    "Yerlan Abenov",
]
HIDDEN = "..\\..\\..\\etc\\evil.txt"
PUBLISHED = sorted({*ODD_NAMES, SEED_EN} - {HIDDEN})
# Every statement has the same date and headline: their slugs collide and must be told apart.
TEMPLATE = """14 March 2022

Kazakhstan: human rights defender detained

On 12 March 2022, human rights defender **{name}** was detained by police officers in Almaty \
after a peaceful protest against torture in prisons. {name} was held for ten hours without \
access to a lawyer.

Front Line Defenders is concerned by the detention of human rights defender {name}, as it \
believes the defender is targeted solely for peaceful work in defence of human rights.
"""


@pytest.fixture(scope="module")
def odd_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("odd") / "statements"
    for name, defender in zip(ODD_NAMES, DEFENDERS, strict=True):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEMPLATE.format(name=defender), encoding="utf-8")
    (folder / SEED_EN).write_bytes((STATEMENTS / SEED_EN).read_bytes())
    return folder


def test_odd_names_are_all_read(odd_folder):
    archive = build_archive(odd_folder)
    assert sorted(r.source for r in archive.files) == sorted([*ODD_NAMES, SEED_EN])
    statuses = {r.source: r.status for r in archive.files}
    assert statuses.pop(HIDDEN) == "ignored"
    assert set(statuses.values()) == {"parsed"}
    assert sorted(st.source for _, st in archive.statements()) == PUBLISHED


def test_slugs_are_ascii_and_unique(odd_folder):
    archive = build_archive(odd_folder)
    for ids in (archive.cases, archive.people, archive.organisations):
        assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids), sorted(ids)
    slugs = sorted(archive.cases)
    assert len(set(slugs)) == len(slugs)
    alike = [s for s in slugs if s.startswith("2022-03-14-human-rights-defender-detained")]
    assert len(alike) == len(PUBLISHED) - 1


def test_slugs_from_file_names_that_slug_alike_stay_apart(odd_folder):
    """With no headline and no defenders (an editor's correction says so), a case is named by
    its file: 'café', 'café' decomposed, and friends must still be distinct pages."""
    statements = []
    for name in ("caf\u00e9.txt", "cafe\u0301.txt", "CAFE.txt", "café!.txt"):
        statement = parse_statement(TEMPLATE.format(name="Aliya Nurlanova"), name)
        apply_corrections(statement, {"title": "", "defenders": []})
        statements.append(statement)
    archive = link(statements, [], [])
    assert sorted(archive.cases) == [
        "2022-03-14-cafe",
        "2022-03-14-cafe-2",
        "2022-03-14-cafe-3",
        "2022-03-14-cafe-4",
    ]


def expected_page_count(archive) -> int:
    themes = {t for case in archive.cases.values() for t in case.themes}
    per_language = (
        6  # home and the five index pages
        + len(archive.cases)
        + len(archive.people)
        + len(archive.countries)
        + len(archive.organisations)
        + len(themes)
        + year_page_count(archive, themes)
    )
    if len(archive.people) > inputs.LETTER_PAGES_FROM:  # a page per letter in each language
        contexts = inputs.page_contexts(archive)
        per_language += sum(stem.startswith("defenders/by-letter/") for stem in contexts)
    return 2 * per_language


def year_page_count(archive, themes) -> int:
    """The pages of years: the cases index's, and those of every list longer than
    YEAR_PAGES_FROM cases."""

    def years(case_ids) -> int:
        """The list's year pages, and the month pages of its long years."""
        per_year: dict = {}
        for date in (archive.cases[c].date for c in case_ids):
            per_year.setdefault(date.year if date else None, []).append(date)
        months = sum(
            len({d.month for d in found})
            for year, found in per_year.items()
            if year is not None and len(found) > inputs.MONTH_PAGES_FROM
        )
        return len(per_year) + months

    lists = (
        [case.id for case in archive.cases.values()],
        *(owner.cases for owner in [*archive.countries.values(), *archive.organisations.values()]),
        *([c.id for c in archive.cases.values() if t in c.themes] for t in themes),
    )
    first, *others = lists
    return years(first) + sum(years(ids) for ids in others if len(ids) > inputs.YEAR_PAGES_FROM)


def test_no_page_overwrites_another(odd_folder):
    archive = build_archive(odd_folder)
    pages = render_site(archive).pages
    assert len(pages) == expected_page_count(archive)
    for path in pages:
        assert ".." not in Path(path).parts and not Path(path).is_absolute()
        assert re.fullmatch(r"(?:[a-z]+/)?[a-z0-9-]+\.(?:en|ru)\.md", path), path


def test_a_defender_called_index_does_not_replace_the_list_of_defenders():
    statement = parse_statement((STATEMENTS / SEED_EN).read_text(encoding="utf-8"), SEED_EN)
    apply_corrections(statement, {"defenders": ["Index"], "organisations": ["Index"]})
    archive = link([statement], [], [])
    pages = render_site(archive).pages
    assert len(pages) == expected_page_count(archive)


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


def test_a_build_writes_only_inside_site_and_the_generated_docs(tmp_path, odd_folder):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", odd_folder)
    before = snapshot(tmp_path)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    after = snapshot(tmp_path)
    changed = sorted(p for p in after if before.get(p) != after[p])
    generated = (
        "project/site/",
        "project/.cache/hrdarchive/",  # parsed statements, kept between builds
        *(f"project/docs/{f}/" for f in OWNED_FOLDERS),
    )
    # ... and the record of the addresses it published, beside the statements.
    generated_top = {f"project/docs/{f}" for f in OWNED_TOP_FILES} | {
        "project/statements/addresses.json"
    }
    outside = [p for p in changed if not p.startswith(generated) and p not in generated_top]
    assert outside == []
    assert sorted(set(before) - set(after)) == []  # and nothing was removed


def test_raw_copies_stay_inside_site_statements(tmp_path, odd_folder):
    project = copy_project(tmp_path, odd_folder)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    copies_root = (site / "statements").resolve()
    copies = [p for p in copies_root.rglob("*") if p.is_file()]
    assert all(copies_root in p.resolve().parents for p in copies)
    assert sorted(p.relative_to(copies_root).as_posix() for p in copies) == PUBLISHED
    for copy in copies:
        source = copy.relative_to(copies_root).as_posix()
        assert copy.read_bytes() == (project / "statements" / source).read_bytes()
    # Each case page links its raw file by a URL that leads to that very copy.
    data = json.loads((site / "data" / "archive.json").read_text(encoding="utf-8"))
    for statement in data["statements"]:
        page = (site / statement["url"] / "index.html").read_text(encoding="utf-8")
        hrefs = re.findall(r'href="((?:\.\./)+statements/[^"]+)"', page)
        assert len(hrefs) == 1, statement["source"]
        target = (site / statement["url"] / unquote(hrefs[0].replace("&amp;", "&"))).resolve()
        assert target == (copies_root / statement["source"]).resolve()
