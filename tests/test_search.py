"""The search: how words become index terms, the index of each language, and the browser's
search worker run in Node against the index the build wrote (tests/browser/search-worker.js).
What a reader sees in a real browser is in test_browser.py; sizes and speed at archive scale
in benchmarks/search.py."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunr.builder import Builder
from lunr.pipeline import Pipeline
from lunr.query import Query

from hrdarchive import search
from hrdarchive.search import SearchPage, html_text, page_terms, term, terms
from hrdarchive.search_index import index_parts, read_index, read_parts

from .conftest import ROOT, STATEMENTS
from .test_build import SEED_CASE

NODE = shutil.which("node")
HARNESS = ROOT / "tests" / "browser" / "search-worker.js"
VENDORED_LUNR = ROOT / "overrides" / "assets" / "javascripts" / "lunr-2.3.9.min.js"
NPM_LUNR = ROOT / "tests" / "browser" / "node_modules" / "lunr" / "lunr.min.js"


# ---------------------------------------------------------------------------------------------
# Words and terms, on words of the seeds


@pytest.mark.parametrize(
    "forms",
    [
        ["Секербаева", "Секербаеву", "Секербаевой", "Секербаевою"],
        ["правозащитница", "правозащитницы", "правозащитницам", "правозащитницами"],
        ["задержание", "задержания", "задержанием"],
        ["attacked", "attacking", "attack", "attacks"],
        ["defender", "defenders", "defender's", "defender’s"],
    ],
)
def test_inflected_forms_share_one_term(forms):
    assert len({term(form) for form in forms}) == 1, {form: term(form) for form in forms}


def test_words_are_trimmed_and_normalised():
    assert terms("(Zhanar Sekerbayeva), «Феминита»:") == ["zhanar", "sekerbayeva", "феминит"]
    assert term("своём") == term("своем")
    assert term("Секерба\u0301ева") == term("Секербаева")  # a stress mark
    assert terms("пресс-служба") == [term("пресс"), term("служба")]


# White space of every kind Python knows, hyphens and dashes, letters of both scripts.
_TEXT = st.text(
    alphabet=st.sampled_from(
        list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2009\u2028\u3000-–—'’.,«»")
        + list("abcdefyzSEKRBAYVабвгдеёжзийклмнопрстуфхцчшщъыьэюяЖЁ\u0301\u00ad0123456789")
    ),
    max_size=60,
)


@given(_TEXT)
def test_words_split_as_the_separator_pattern_does(text):
    assert search.words(text) == [w for w in search.SEPARATOR.split(text) if w]


@given(_TEXT)
def test_term_counts_count_the_terms(text):
    expected = Counter(t for w in search.SEPARATOR.split(text) if w and (t := term(w)) is not None)
    assert search.term_counts(text) == expected


def test_term_counts_of_a_statement():
    text = (STATEMENTS / "003_ec3d1e8a170b5577.txt").read_text("utf-8")
    counts = search.term_counts(text)
    assert counts == Counter(terms(text)) and counts[term("Секербаевой")] >= 2


def test_stop_words_and_punctuation_are_not_terms():
    assert terms("the police and the singer") == ["polic", "singer"]
    assert terms("и в на — …") == []


def test_page_text_leaves_out_heading_anchors():
    content = '<h2 id="x">Statement<a class="headerlink" href="#x">¶</a></h2><p>On 29 May</p>'
    assert html_text(content) == "StatementOn 29 May"


# ---------------------------------------------------------------------------------------------
# The index, queried as the worker queries it


def reference_index(pages: list[SearchPage]):
    """The same pages indexed by the Python lunr package: the scores the browser must
    compute from the build's postings, and a way to query them here."""
    builder = Builder()
    builder.search_pipeline.add(*(Pipeline.registered_functions[f] for f in search.SEARCH_PIPELINE))
    builder.ref("ref")
    for name, boost in search.FIELD_BOOSTS.items():
        builder.field(name, boost=boost)
    builder.metadata_whitelist = []
    for ref, page in enumerate(pages):
        fields = dict(zip(search.FIELD_BOOSTS, page_terms(page), strict=True))
        builder.add({"ref": ref, **fields}, {"boost": search.KIND_BOOSTS[page.kind]})
    return builder.build()


def query(pages: list[SearchPage], text: str) -> list[str]:
    """Locations found for `text`, best first, queried as the worker queries: each word by
    its stem and as a prefix."""
    index = reference_index(pages)
    words = [w for w in (search.normalise(search.EDGES.sub("", w)) for w in text.split()) if w]
    q = index.create_query()
    for word in (w for w in words if w not in search.stop_words()):
        q.term(word, use_pipeline=True, boost=10)
        if len(word) >= 3:
            q.term(word, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING)
    return [pages[int(result["ref"])].location for result in index.query(q)]


def pages() -> list[SearchPage]:
    body = "Human rights defender Zhanar Sekerbayeva was attacked in Shymkent by a police officer."
    return [
        SearchPage("cases/a/", "Kazakhstan: defenders attacked", "case", "4 June 2021", text=body),
        SearchPage("defenders/zhanar/", "Zhanar Sekerbayeva", "defender", names=("Жанар",)),
        SearchPage("cases/b/", "Kyrgyzstan: lawyer detained", "case", text="Detained in Bishkek."),
        SearchPage("cases/", "Cases", "index"),
    ]


def test_index_documents_are_what_a_result_shows():
    files = index_parts(pages())
    data = read_index(files)
    title, body = "Kazakhstan: defenders attacked", body_start()
    # Pages in the order of their addresses
    assert [page[0] for page in data["pages"]] == [
        "cases/",
        "cases/a/",
        "cases/b/",
        "defenders/zhanar/",
    ]
    assert data["pages"][1] == ["cases/a/", title, "4 June 2021", body]
    manifest = data["manifest"]
    assert manifest["pipeline"] == ["archive-normaliser", "archive-stemmer"]
    assert "и" in manifest["stopWords"] and "the" in manifest["stopWords"]
    # "sekerbayeva": in page 3's title and in page 1's text, with their lunr weights
    title_weights, names_weights, text_weights = data["terms"]["sekerbayeva"]
    assert set(title_weights) == {3} and names_weights == {} and set(text_weights) == {1}
    assert "жанар" in orjson.loads(files["names.json"])


def test_index_parts_are_small_and_ordered(monkeypatch):
    """Terms are cut into parts by size, each part's first term in the manifest, in order;
    pages into parts of pagesPerPart."""
    from hrdarchive import search_index

    monkeypatch.setattr(search_index, "TERM_PART_BYTES", 40)
    monkeypatch.setattr(search_index, "PAGES_PER_PART", 3)
    files = index_parts(pages())
    manifest = orjson.loads(files["index.json"])
    firsts = [first for first, _ in manifest["termParts"]]
    assert len(firsts) > 3 and firsts == sorted(firsts)
    every = []
    for i, (first, number) in enumerate(manifest["termParts"]):
        part = orjson.loads(files[f"terms-{i}.json"])
        assert part["terms"][0] == first and number == len(every)
        every += part["terms"]
    assert every == sorted(set(every))
    assert [len(orjson.loads(files[f"pages-{i}.json"])) for i in range(2)] == [3, 1]


@given(st.text(), st.text())
def test_index_bytes_are_what_json_writes(title, text):
    """orjson writes the index parts, as JSON any reader reads back, for any text (quotes,
    backslashes, control characters, Cyrillic, characters outside the BMP)."""
    corpus = [*pages(), SearchPage("ru/cases/c/", title, "case", "Казахстан", (title,), text)]
    files = index_parts(corpus)
    for data in files.values():
        json.loads(data.decode("utf-8"))
    shown = json.loads(files["pages-0.json"].decode("utf-8"))
    assert ["ru/cases/c/", title, "Казахстан"] in [page[:3] for page in shown]


def test_a_build_removes_only_its_own_parts_it_no_longer_has(tmp_path):
    from hrdarchive.search_index import write_parts

    folder = tmp_path / "search" / "en"
    write_parts(folder, {"index.json": b"{}", "terms-0.json": b"[]", "terms-1.json": b"[]"})
    (folder / "notes.json").write_text("an editor's", "utf-8")
    write_parts(folder, {"index.json": b"{}", "terms-0.json": b"[1]"})
    assert sorted(p.name for p in folder.iterdir()) == ["index.json", "notes.json", "terms-0.json"]


def body_start() -> str:
    return "Human rights defender Zhanar Sekerbayeva was attacked in Shymkent by a police officer."


def test_inflected_query_finds_its_page():
    assert query(pages(), "attacking") == ["cases/a/"]
    assert query(pages(), "detaining")[0] == "cases/b/"


def test_the_person_page_ranks_above_a_mention():
    assert query(pages(), "Sekerbayeva") == ["defenders/zhanar/", "cases/a/"]
    assert query(pages(), "Sekerb") == ["defenders/zhanar/", "cases/a/"]  # typed halfway


# ---------------------------------------------------------------------------------------------
# The built sample's indexes


def index_of(site: Path, lang: str) -> dict:
    return read_parts(site / "search" / lang)


def test_each_language_has_its_own_index(built_site):
    en, ru = index_of(built_site, "en"), index_of(built_site, "ru")
    assert all(not loc.startswith("ru/") for loc, *_ in en["pages"])
    assert all(loc.startswith("ru/") for loc, *_ in ru["pages"])
    built = built_site.rglob("index.html")
    # Every page but the redirects from old addresses, which have nothing to search.
    pages_built = {
        p.parent.relative_to(built_site).as_posix()
        for p in built
        if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")
    }
    en_pages = {p for p in pages_built if not p.startswith("ru")}
    assert {loc.rstrip("/") or "." for loc, *_ in en["pages"]} == en_pages


def test_cyrillic_is_written_as_itself(built_site):
    raw = (built_site / "search" / "ru" / "names.json").read_text(encoding="utf-8")
    assert "секербаев" in raw and "\\u04" not in raw


def test_materials_own_index_is_an_empty_stub(built_site):
    stub = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == []


def test_results_carry_date_and_country(built_site):
    docs = {loc: (title, meta) for loc, title, meta, _ in index_of(built_site, "ru")["pages"]}
    assert docs[f"ru/cases/{SEED_CASE}/"][1] == "4 июня 2021 · Казахстан"
    assert docs["ru/defenders/zhanar-sekerbayeva/"] == ("Жанар Секербаева", "Казахстан · 1 дело")


# ---------------------------------------------------------------------------------------------
# The browser's worker, run in Node on the built sample


def test_the_vendored_lunr_is_lunr_2_3_9_from_npm():
    assert NPM_LUNR.is_file(), "run `npm ci --prefix tests/browser`"
    assert VENDORED_LUNR.read_bytes() == NPM_LUNR.read_bytes()


class Worker:
    def __init__(self, site: Path, lang: str, assets: Path | None = None):
        if NODE is None:
            pytest.fail("node is needed to run the search worker (apt-get install nodejs)")
        self.process = subprocess.Popen(
            [NODE, str(HARNESS), str(site), lang, str(assets or site)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def ask(self, request: dict) -> dict:
        self.process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the worker stopped"
        return json.loads(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def ru_worker(built_site):
    worker = Worker(built_site, "ru")
    yield worker
    worker.close()


@pytest.fixture(scope="module")
def en_worker(built_site):
    worker = Worker(built_site, "en")
    yield worker
    worker.close()


def found(worker: Worker, text: str) -> list[str]:
    return [group[0]["location"] for group in worker.ask({"query": text})["items"]]


def test_browser_scores_are_lunrs(tmp_path, built_site):
    """The weights the worker reads from the parts are the scores of the Python lunr
    package's index of the same pages (real pages: the seed statements)."""
    corpus = [
        SearchPage(f"p{i:03}/", para[:60], kind, text=para, names=("Жанар Секербаева",) * (i % 2))
        for i, (kind, para) in enumerate(
            (kind, para)
            for kind in ("case", "defender")
            for path in sorted(STATEMENTS.glob("00*.txt"))
            for para in path.read_text(encoding="utf-8").split("\n\n")
            if len(para) > 80
        )
    ]
    from hrdarchive.search_index import write_parts

    write_parts(tmp_path / "search" / "ru", index_parts(corpus))
    worker = Worker(tmp_path, "ru", assets=built_site)
    try:
        browser = worker.ask({"weights": True})
    finally:
        worker.close()
    reference = reference_index(corpus).serialize()
    term_of = {posting["_index"]: t for t, posting in reference["invertedIndex"]}
    expected = {
        field_ref: {term_of[e[i]]: e[i + 1] for i in range(0, len(e), 2)}
        for field_ref, e in reference["fieldVectors"]
        if e
    }
    assert len(expected) > 50
    assert browser == expected


def test_russian_inflected_forms_find_the_seed(ru_worker):
    for words in ("правозащитницами", "Секербаевою", "задержания"):
        assert f"ru/cases/{SEED_CASE}/" in found(ru_worker, words), words
    assert found(ru_worker, "Секербаевой")[0] == "ru/defenders/zhanar-sekerbayeva/"


def test_a_name_in_the_other_script_finds_the_page(ru_worker, en_worker):
    assert found(ru_worker, "Sekerbayeva")[0] == "ru/defenders/zhanar-sekerbayeva/"
    assert found(en_worker, "Секербаева")[0] == "defenders/zhanar-sekerbayeva/"
    assert found(en_worker, "attacking")[:3].count(f"cases/{SEED_CASE}/") == 1


def corpus_words() -> list[str]:
    folders = [STATEMENTS, ROOT / "tests" / "fixtures"]
    words: set[str] = set()
    for folder in folders:
        for path in folder.rglob("*.txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            words.update(w for w in search.SEPARATOR.split(text) if w)
    return sorted(words)


def test_browser_and_build_make_the_same_terms_of_every_corpus_word(ru_worker):
    words = corpus_words()
    assert len(words) > 3_000
    browser = ru_worker.ask({"words": words})["terms"]
    differ = [(w, b, term(w)) for w, b in zip(words, browser, strict=True) if b != term(w)]
    assert differ == [], f"{len(differ)} of {len(words)} words differ: {differ[:20]}"


def test_worker_finds_inflected_forms_with_date_and_country(ru_worker):
    result = ru_worker.ask({"query": "правозащитницами"})
    locations = [group[0]["location"] for group in result["items"]]
    assert f"ru/cases/{SEED_CASE}/" in locations
    case = next(g[0] for g in result["items"] if g[0]["location"] == f"ru/cases/{SEED_CASE}/")
    assert '<p class="archive-search-meta">4 июня 2021 · Казахстан</p>' in case["text"]
    assert "<mark>правозащитницы</mark>" in case["title"]
    assert case["terms"] == {"правозащитниц": True}


def test_worker_ranks_the_defender_first_and_stays_in_its_language(ru_worker):
    items = ru_worker.ask({"query": "Секербаевою"})["items"]
    assert items[0][0]["location"] == "ru/defenders/zhanar-sekerbayeva/"
    assert all(group[0]["location"].startswith("ru/") for group in items)


def test_worker_escapes_what_it_shows(ru_worker):
    for query_text in ("<script>", "&lt;", "<img src=x onerror=alert(1)>"):
        items = ru_worker.ask({"query": query_text})["items"]
        for group in items:
            assert not re.search(r"<(?!/?(mark|p)\b)", group[0]["title"] + group[0]["text"])


def test_russian_words_are_stemmed_by_snowballs_c_stemmer_as_by_its_python_one():
    """requirements.txt installs PyStemmer, which snowballstemmer hands the work to (0.9 s a
    build at 2,000 statements per language); its stems are those of the pure-Python
    snowballstemmer that the browser's stemmer is checked against."""
    import snowballstemmer.russian_stemmer
    import Stemmer

    assert isinstance(search._russian, Stemmer.Stemmer)
    python_stemmer = snowballstemmer.russian_stemmer.RussianStemmer()
    words = {
        word
        for path in STATEMENTS.glob("*.txt")
        for word in re.findall(r"[а-яё]+", path.read_text("utf-8").lower())
    }
    assert len(words) > 500
    assert [w for w in words if search.stem(w) != python_stemmer.stemWord(w)] == []


# ---------------------------------------------------------------------------------------------
# Names misspelt or in another transliteration, and what a query fetches

NAME_VARIANTS = json.loads((ROOT / "tests" / "fixtures" / "name_variants.json").read_text("utf-8"))


@pytest.mark.parametrize("variant", NAME_VARIANTS, ids=[v["query"] for v in NAME_VARIANTS])
def test_a_name_misspelt_or_transliterated_otherwise_finds_the_person_first(
    variant, ru_worker, en_worker
):
    worker = ru_worker if variant["lang"] == "ru" else en_worker
    assert found(worker, variant["query"])[:1] == [variant["page"]], variant["kind"]


def test_ordinary_words_are_not_looked_for_among_similar_names(en_worker):
    # "attacked" is in the index: no name a letter apart ("Akiev"?) joins its results.
    results = found(en_worker, "attacked")
    assert results and not any(r.startswith("defenders/") for r in results[:1])
    assert found(en_worker, "zqxjv") == []


def test_a_query_fetches_the_parts_it_needs_and_no_more(built_site):
    worker = Worker(built_site, "en")
    try:
        shown = found(worker, "Sekerbayeva")
        files = worker.ask({"fetched": True})["files"]
    finally:
        worker.close()
    index = index_of(built_site, "en")
    firsts = [first for first, _ in index["manifest"]["termParts"]]
    holding = {
        max(i for i, first in enumerate(firsts) if first <= t) for t in ("seke", "sekerbayeva")
    }
    per_part = index["manifest"]["pagesPerPart"]
    numbers = [n for n, page in enumerate(index["pages"]) if page[0] in shown]
    assert files[0] == "/search/en/index.json" and len(files) == len(set(files))
    assert sorted(files[1:]) == sorted(
        [f"/search/en/terms-{i}.json" for i in holding]
        + [f"/search/en/pages-{part}.json" for part in {n // per_part for n in numbers}]
    )
