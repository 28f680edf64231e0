"""The search index of one language, in parts the browser fetches only as a query needs them
(`overrides/assets/javascripts/archive-search.js`): nothing when a page opens; on the first
query, the small manifest, the parts holding the query's terms, and the parts holding the
pages it shows. So a search at 10,000 statements per language transfers a few hundred
kilobytes, not the whole index (numbers in benchmarks/README.md).

Files, under `search/<lang>/`:

    index.json     {"version", "pages", "stopWords", "pipeline", "fields", "pagesPerPart",
                    "termParts": [[first term, number of that term], ...]}
    terms-<i>.json {"terms": [...], "postings": [per term: [per field: [page gap, weight, ...]]]}
    pages-<i>.json [[location, title, meta, snippet], ...]   (pagesPerPart pages each)
    names.json     [every term of the pages' names, sorted]   (for names misspelled)

A posting's weight is the term's lunr BM25 score in that field of that page, in thousandths,
computed here exactly as lunr's builder computes it (k1 1.2, b 0.75, lunr's idf, field and
page boosts, three decimals): the browser needs no page lengths or vectors, only the postings
of the query's terms. tests/test_search.py checks the weights against an index the Python
lunr package builds from the same pages.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import orjson

from .search import (
    FIELD_BOOSTS,
    KIND_BOOSTS,
    SEARCH_PIPELINE,
    SearchPage,
    indexed_fields,
    stop_words,
)
from .write import write_if_changed

FORMAT_VERSION = 4
# A part of the terms is cut once its postings pass this many bytes of JSON: a query's few
# words then fetch a few parts of about this size (a term more common than that is a part
# of its own).
TERM_PART_BYTES = 48_000
# Pages whose title and snippet one part holds: a result list's pages are spread over the
# archive, so small parts (about 8 KB) keep what a result list fetches small.
PAGES_PER_PART = 32
K1, B = 1.2, 0.75

PART_NAME = re.compile(r"^(?:index|names|terms-\d+|pages-\d+)\.json$")


def index_parts(pages: list[SearchPage]) -> dict[str, bytes]:
    """The files of one language's index, {file name: UTF-8 JSON}, pages in location order."""
    pages = sorted(pages, key=lambda p: p.location)
    fields = list(FIELD_BOOSTS)
    page_fields = [indexed_fields(page) for page in pages]
    postings = _postings(pages, page_fields)
    terms = sorted(postings)
    parts, term_parts = _term_parts(terms, postings)
    files = {f"terms-{i}.json": part for i, part in enumerate(parts)}
    for i in range(0, len(pages), PAGES_PER_PART):
        chunk = pages[i : i + PAGES_PER_PART]
        files[f"pages-{i // PAGES_PER_PART}.json"] = orjson.dumps(
            [[p.location, p.title, p.meta, p.snippet] for p in chunk]
        )
    names = fields.index("names")
    files["names.json"] = orjson.dumps([t for t in terms if postings[t][names]])
    files["index.json"] = orjson.dumps(
        {
            "version": FORMAT_VERSION,
            "pages": len(pages),
            "stopWords": sorted(stop_words()),
            "pipeline": SEARCH_PIPELINE,
            "fields": fields,
            "pagesPerPart": PAGES_PER_PART,
            "termParts": term_parts,
        }
    )
    return files


def _postings(pages: list[SearchPage], page_fields: list) -> dict[str, list[list[int]]]:
    """Per term, per field: page gap, weight in thousandths, page gap, weight, …"""
    fields = list(FIELD_BOOSTS)
    count = len(pages)
    average = [
        sum(indexed[f].length for indexed in page_fields) / count if count else 0.0
        for f in range(len(fields))
    ]
    # lunr's idf counts a page once per field that has the term.
    with_term: dict[str, int] = {}
    for indexed in page_fields:
        for field in indexed:
            for term in field.terms:
                with_term[term] = with_term.get(term, 0) + 1
    idf = {t: _idf(n, count) for t, n in with_term.items()}
    postings: dict[str, list[list[int]]] = {t: [[] for _ in fields] for t in with_term}
    last = {t: [0] * len(fields) for t in with_term}
    for ref, (page, indexed) in enumerate(zip(pages, page_fields, strict=True)):
        page_boost = KIND_BOOSTS.get(page.kind, 1.0)
        for f, field in enumerate(indexed):
            if not field.terms:
                continue
            norm = K1 * (1 - B + B * (field.length / average[f]))
            boost = FIELD_BOOSTS[fields[f]]
            for term, tf in zip(field.terms, field.counts, strict=True):
                score = idf[term] * ((K1 + 1) * tf) / (norm + tf) * boost * page_boost
                postings[term][f] += (ref - last[term][f], round(round(score, 3) * 1000))
                last[term][f] = ref
    return postings


def _idf(pages_with_term: int, pages: int) -> float:
    x = (pages - pages_with_term + 0.5) / (pages_with_term + 0.5)
    return math.log(1 + abs(x))


def _term_parts(terms: list[str], postings: dict) -> tuple[list[bytes], list[list]]:
    """The terms cut into parts of about TERM_PART_BYTES, and each part's first term and its
    number among all terms."""
    parts: list[bytes] = []
    firsts: list[list] = []
    start = size = 0
    encoded = [orjson.dumps(postings[t]) for t in terms]
    for n, entry in enumerate(encoded):
        if n > start and size + len(entry) > TERM_PART_BYTES:
            parts.append(_term_part(terms[start:n], encoded[start:n]))
            firsts.append([terms[start], start])
            start, size = n, 0
        size += len(entry)
    if terms:
        parts.append(_term_part(terms[start:], encoded[start:]))
        firsts.append([terms[start], start])
    return parts, firsts


def _term_part(terms: list[str], encoded: list[bytes]) -> bytes:
    return b'{"terms":%s,"postings":[%s]}' % (orjson.dumps(terms), b",".join(encoded))


def write_parts(folder: Path, files: dict[str, bytes]) -> None:
    """The parts into `folder`, each only where it changed; the parts of an earlier build that
    this one has not (fewer pages, fewer terms) are removed, and nothing else."""
    for name, data in files.items():
        write_if_changed(folder / name, data)
    if folder.is_dir():
        for path in folder.iterdir():
            if PART_NAME.match(path.name) and path.name not in files:
                path.unlink()


def read_parts(folder: Path) -> dict:
    """`read_index` of the parts in `folder`."""
    return read_index({p.name: p.read_bytes() for p in folder.iterdir() if PART_NAME.match(p.name)})


def read_index(files: dict[str, bytes]) -> dict:
    """The parts put together again, {"pages": [[location, title, meta, snippet], ...],
    "terms": {term: [per field: {page number: weight}]}}: what tests and checks read."""
    manifest = orjson.loads(files["index.json"])
    pages: list = []
    for i in range(math.ceil(manifest["pages"] / manifest["pagesPerPart"])):
        pages += orjson.loads(files[f"pages-{i}.json"])
    terms: dict[str, list[dict[int, float]]] = {}
    for i in range(len(manifest["termParts"])):
        part = orjson.loads(files[f"terms-{i}.json"])
        for term, fields in zip(part["terms"], part["postings"], strict=True):
            terms[term] = [_decoded(flat) for flat in fields]
    return {"manifest": manifest, "pages": pages, "terms": terms}


def _decoded(flat: list[int]) -> dict[int, float]:
    found, ref = {}, 0
    for i in range(0, len(flat), 2):
        ref += flat[i]
        found[ref] = flat[i + 1] / 1000
    return found
