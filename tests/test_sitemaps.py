"""The sitemap in parts once it is large: an index of parts, every address kept once, with its
translations, and only the archive's own parts ever removed."""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET

from hrdarchive.sitemaps import publish_sitemap, split_sitemap

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def entries(xml: bytes) -> list[str]:
    return re.findall(rb"<url>.*?</url>", xml, re.S)


def test_a_large_sitemap_becomes_an_index_of_parts(built_site):
    xml = (built_site / "sitemap.xml").read_text("utf-8")
    every = entries(xml.encode())
    assert len(every) > 50
    files = split_sitemap(xml, "https://example.org/archive/", per_part=20)
    index = ET.fromstring(files["sitemap.xml"])
    assert index.tag == f"{NS}sitemapindex"
    locations = [loc.text for loc in index.iter(f"{NS}loc")]
    parts = sorted(name for name in files if name != "sitemap.xml")
    assert locations == [f"https://example.org/archive/{name}" for name in parts]
    again = []
    for name in parts:
        root = ET.fromstring(files[name])  # each part is a whole sitemap, translations kept
        assert root.tag == f"{NS}urlset" and len(root) <= 20
        again += entries(files[name])
    assert again == every


def test_a_small_sitemap_or_an_index_stays_as_it_is(tmp_path, built_site):
    xml = (built_site / "sitemap.xml").read_text("utf-8")
    assert split_sitemap(xml, "/") is None  # the sample is small
    files = split_sitemap(xml, "/", per_part=20)
    assert split_sitemap(files["sitemap.xml"].decode(), "/", per_part=1) is None


def test_publishing_writes_the_parts_and_removes_only_its_own_stale_ones(tmp_path, built_site):
    site = tmp_path / "site"
    (site / "sitemaps").mkdir(parents=True)
    xml = (built_site / "sitemap.xml").read_text("utf-8")
    (site / "sitemap.xml").write_text(xml, "utf-8")
    (site / "sitemaps" / "sitemap-99.xml").write_text("stale", "utf-8")
    (site / "sitemaps" / "notes.txt").write_text("an editor's", "utf-8")
    publish_sitemap(site, "/", per_part=20)
    names = sorted(p.name for p in (site / "sitemaps").iterdir())
    assert "sitemap-99.xml" not in names and "notes.txt" in names and "sitemap-0.xml" in names
    index = (site / "sitemap.xml").read_bytes()
    assert b"<sitemapindex" in index
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == index
    publish_sitemap(site, "/", per_part=20)  # a dirty build's index: left as it is
    assert (site / "sitemap.xml").read_bytes() == index
