"""The search's words and pages: what a page gives the search, and how a word becomes an
index term, the same at build time as in the reader's browser. The index itself, in parts,
is `search_index.py`; the browser's side is `overrides/assets/javascripts/archive-search.js`.

A word goes through the same steps on both sides: split on white space and hyphens (lunr's
separator), trimmed of punctuation, normalised (lower case, ё as е, no stress marks or
invisible characters, no possessive 's), dropped if a stop word, then stemmed: Snowball's
Russian stemmer for a Cyrillic word, lunr's Porter stemmer for any other. So "Секербаевой",
"Секербаеву" and "Секербаева" are all the term "секербаев", and "attacking" is "attack". The
browser's stemmers are lunr.js's and lunr-languages' (shipped with Material); the build's
are the Python lunr package's Porter (with lunr.js's step 1c) and the Snowball project's
own Russian. They agree on every word of the corpus (tests/test_search.py checks it with
Node, running the browser's code).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

import lxml.html
import snowballstemmer
import yaml
from lunr.pipeline import Pipeline
from lunr.stemmer import PorterStemmer
from lunr.stop_word_filter import WORDS as ENGLISH_STOP_WORDS

SEARCH_PIPELINE = ["archive-normaliser", "archive-stemmer"]
# Field boosts: a name in a page's title or among its people weighs more than in its text.
FIELD_BOOSTS = {"title": 10, "names": 5, "text": 1}
# Page boosts: for a name, the person's or the country's own page comes before the cases that
# mention it; index pages, which list everything, come last.
KIND_BOOSTS = {
    "defender": 3.0,
    "country": 3.0,
    "organisation": 2.0,
    "theme": 2.0,
    "case": 1.0,
    "page": 1.0,
    "index": 0.5,
}
SNIPPET_LENGTH = 180

SEPARATOR = re.compile(r"[\s\-]+")
EDGES = re.compile(r"^[\W_]+|[\W_]+$")  # anything but letters and digits, at either end
INVISIBLE = re.compile("[\u0301\u00ad\u200b\u200c\u200d\u2060\ufeff]")
POSSESSIVE = re.compile(r"'s$")
CYRILLIC = re.compile("[\u0400-\u04ff]")

_russian = snowballstemmer.stemmer("russian")


class _LunrJsPorterStemmer(PorterStemmer):
    """The Python lunr package's Porter stemmer, with step 1c as lunr.js 2.3.9 has it: y
    becomes i after a consonant that is not the first letter ("cry" -> "cri", "day" and
    "Andrey" stay). The Python package turns y to i whenever the stem has a vowel ("day" ->
    "dai"), so "Andrey" in the index would be "andrei" and never found by the browser."""

    def step1c(self):
        if self.ends("y") and self.j > self.k0 and self.b[self.j] not in "aeiou":
            self.b = self.b[: self.k] + "i" + self.b[self.k + 1 :]


_porter = _LunrJsPorterStemmer()


@cache
def stop_words() -> frozenset[str]:
    table = yaml.safe_load((Path(__file__).parent / "stopwords.yml").read_text("utf-8"))
    return frozenset(ENGLISH_STOP_WORDS) | frozenset(table["ru"].split())


def normalise(word: str) -> str:
    word = INVISIBLE.sub("", word.lower()).replace("ё", "е").replace("’", "'")
    return POSSESSIVE.sub("", word)


def stem(word: str) -> str:
    if CYRILLIC.search(word):
        return _russian.stemWord(word)
    return _porter.stem(word)


# Index term by word as written: each word is stemmed once per process (term_counts looks
# the dictionary up from C).
_terms_of: dict[str, str | None] = {}
_TERMS_KEPT = 1_000_000  # beyond, a long `mkdocs serve` session starts again


def term(word: str) -> str | None:
    """The index term of one word as written, or None for punctuation and stop words."""
    try:
        return _terms_of[word]
    except KeyError:
        pass
    if len(_terms_of) >= _TERMS_KEPT:
        _terms_of.clear()
    cleaned = EDGES.sub("", normalise(EDGES.sub("", word)))
    found = None if not cleaned or cleaned in stop_words() else stem(cleaned)
    _terms_of[word] = found
    return found


def terms(text: str) -> list[str]:
    return [t for word in words(text) if (t := term(word)) is not None]


# The labels lunr.js finds these under when it loads the index: the query is normalised and
# stemmed by the browser's own functions of the same names.
def _normaliser(token, i=None, tokens=None):
    return token.update(lambda word, metadata=None: normalise(word))


def _stemmer(token, i=None, tokens=None):
    return token.update(lambda word, metadata=None: stem(word))


Pipeline.register_function(_normaliser, "archive-normaliser")
Pipeline.register_function(_stemmer, "archive-stemmer")


@dataclass(frozen=True)
class SearchPage:
    """What the search knows of one page."""

    location: str  # URL of the page from the site root: "ru/cases/<slug>/"
    title: str
    kind: str = "page"
    meta: str = ""  # shown under the title: "4 June 2021 · Kazakhstan"
    names: tuple[str, ...] = ()  # people, organisations and countries, in both scripts
    text: str = ""
    summary: str = ""  # shown in the result; the text's start when empty

    @cached_property  # `mkdocs serve` writes the index again with the pages that did not change
    def snippet(self) -> str:
        text = re.sub(r"\s+", " ", self.summary or self.text).strip()
        if len(text) <= SNIPPET_LENGTH:
            return text
        return text[:SNIPPET_LENGTH].rsplit(" ", 1)[0] + " …"


def page_from_html(location: str, title: str, content_html: str, meta: dict) -> SearchPage:
    """A built page as the search sees it. `meta` is the page's front matter: its
    `archive_search` entry (not Material's own `search` key), written by the renderer, says
    what kind of page it is and what to show; a page whose entry has `text: false` (an index
    listing every case) is found by its title only."""
    search = meta.get("archive_search") or {}
    text = html_text(content_html) if search.get("text", True) else ""
    return SearchPage(
        location=location,
        title=html.unescape(title),
        kind=search.get("kind", "page"),
        meta=search.get("meta", ""),
        names=tuple(search.get("names", ())),
        text=text,
        summary=html.unescape(meta.get("description", "")),
    )


def html_text(content_html: str) -> str:
    if not content_html.strip():
        return ""
    root = lxml.html.fragment_fromstring(content_html, create_parent="div")
    for anchor in root.find_class("headerlink"):
        anchor.drop_tree()
    return root.text_content()


def page_terms(page: SearchPage) -> tuple[list[str], list[str], list[str]]:
    """The terms of a page's fields, in the order of FIELD_BOOSTS."""
    return terms(page.title), terms(" ".join(page.names)), terms(page.text)


def words(text: str) -> list[str]:
    """`text` split as SEPARATOR splits it (white space and hyphens), empty words left out:
    str.split knows the same white space as the pattern's \\s, and is several times faster."""
    return text.replace("-", " ").split()


def term_counts(text: str) -> Counter:
    """How often each term occurs in `text`: `Counter(terms(text))`, computed with each
    distinct word's term looked up once (pages repeat their words, and the archive its)."""
    written = words(text)
    if len(_terms_of) + len(written) > _TERMS_KEPT:
        _terms_of.clear()
    for word in set(written).difference(_terms_of):
        term(word)
    counts = Counter(map(_terms_of.__getitem__, written))
    counts.pop(None, None)
    return counts


def page_term_counts(page: SearchPage) -> tuple[Counter, Counter, Counter]:
    """The term counts of a page's fields, in the order of FIELD_BOOSTS."""
    return term_counts(page.title), term_counts(" ".join(page.names)), term_counts(page.text)


@dataclass(frozen=True)
class IndexedField:
    terms: tuple[str, ...]  # sorted
    counts: tuple[int, ...]  # how often each occurs
    length: int  # how many terms the field has


@lru_cache(maxsize=1 << 16)  # `mkdocs serve` indexes again pages that did not change
def indexed_fields(page: SearchPage) -> tuple[IndexedField, ...]:
    """A page's fields as the index lists them, in the order of FIELD_BOOSTS."""
    indexed = []
    for counts in page_term_counts(page):
        terms = tuple(sorted(counts))
        indexed.append(IndexedField(terms, tuple(map(counts.__getitem__, terms)), counts.total()))
    return tuple(indexed)


def material_stub(lang: str) -> str:
    """What Material's own search_index.json becomes: its script still fetches the file and
    hands it to the search worker, which ignores it and loads its language's index parts."""
    data = {"config": {"lang": [lang], "separator": r"[\s\-]+", "pipeline": []}, "docs": []}
    return json.dumps(data, separators=(",", ":"))
