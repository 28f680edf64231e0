"""The site's sitemap in parts once it is large: `sitemap.xml` becomes a sitemap index of
`sitemaps/sitemap-<n>.xml`, each of at most PART_URLS addresses with their translations.

Why: a sitemap may list 50,000 addresses, and the archive's reaches that near 10,000
statements per language; and Material's language selector fetches the `sitemap.xml` beside
every `<link rel="alternate">` of a page, the feed's included, so every English page
downloaded the whole sitemap (3.25 MB at 2,000 statements per language; benchmarks/README.md).
An index is a few hundred bytes, and Material finds no address in it, as it finds none in a
missing sitemap.

Contract: `split_sitemap` returns the files to write, {path under the site: bytes}, the
addresses as the sitemap wrote them, cut only between whole `<url>` entries; a sitemap of
PART_URLS addresses or fewer stays as it is.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from .write import write_if_changed

PART_URLS = 2_000
FOLDER = "sitemaps"
PART_NAME = re.compile(r"^sitemap-\d+\.xml$")

_URL = re.compile(r"[ \t]*<url>.*?</url>\n?", re.S)
_OPENING = re.compile(r"^.*?<urlset[^>]*>\n?", re.S)


def split_sitemap(xml: str, root: str, per_part: int = PART_URLS) -> dict[str, bytes] | None:
    """The sitemap's parts and its index, or None where it is not a sitemap of more than
    `per_part` addresses (an index already, or small). `root`: the site's address with a
    trailing '/', or '/' when it has none."""
    opening = _OPENING.match(xml)
    entries = _URL.findall(xml)
    if opening is None or len(entries) <= per_part:
        return None
    files: dict[str, bytes] = {}
    index = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for n, start in enumerate(range(0, len(entries), per_part)):
        name = f"{FOLDER}/sitemap-{n}.xml"
        part = opening.group() + "".join(entries[start : start + per_part]) + "</urlset>\n"
        files[name] = part.encode("utf-8")
        index.append(f"    <sitemap><loc>{root}{name}</loc></sitemap>")
    index.append("</sitemapindex>\n")
    files["sitemap.xml"] = "\n".join(index).encode("utf-8")
    return files


def publish_sitemap(site: Path, root: str, per_part: int = PART_URLS) -> None:
    """The site's sitemap split where it is large (with `sitemap.xml.gz` its gzipped index),
    and parts of an earlier build it no longer has removed. A sitemap that is an index
    already (a dirty build keeps the last one when no page came or went) stays as it is."""
    path = site / "sitemap.xml"
    if not path.is_file():
        return
    xml = path.read_text(encoding="utf-8")
    if "<sitemapindex" in xml:
        return
    files = split_sitemap(xml, root, per_part) or {}
    for name, data in files.items():
        write_if_changed(site / name, data)
    if files:
        write_if_changed(site / "sitemap.xml.gz", gzip.compress(files["sitemap.xml"], mtime=0))
    folder = site / FOLDER
    if folder.is_dir():
        for part in folder.iterdir():
            if PART_NAME.match(part.name) and f"{FOLDER}/{part.name}" not in files:
                part.unlink()
