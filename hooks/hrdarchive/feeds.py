"""Atom feeds of the latest cases, one per language, with feedgen.

Contract: the same archive gives the same bytes: entries are the newest cases (undated ones
after dated ones, as everywhere), their times are the cases' dates at midnight UTC, and the
feed's `updated` is the newest of them, never the time of the build.
"""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator

from .model import Archive, Lang
from .pages import case_title
from .vocabulary import labels

FEED_SIZE = 20
# An undated case still needs a time in Atom; this one says "unknown" to a reader.
UNKNOWN_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def atom_feed(archive: Archive, lang: Lang, site_url: str = "") -> bytes:
    """The feed written at `feed.xml` (English) or `ru/feed.xml` (Russian). Links are
    absolute when `site_url` is known, else relative to the feed's own folder."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    home = base + ("" if lang == "en" else f"{lang}/") if base else ""
    cases = archive.cases_newest_first()[:FEED_SIZE]
    times = [_time(c.date) for c in cases]

    feed = FeedGenerator()
    feed.id(f"tag:hrd-statements-archive,2021:{lang}")
    feed.title(labels()[lang]["archive_title"])
    feed.language(lang)
    feed.link(href=home or "./", rel="alternate")
    feed.link(href=f"{home}feed.xml" if home else "feed.xml", rel="self")
    feed.updated(max(times, default=UNKNOWN_TIME))
    feed.generator("hrdarchive")
    for case, time in zip(reversed(cases), reversed(times), strict=True):
        statement = case.statement(lang)
        entry = feed.add_entry()
        entry.id(f"tag:hrd-statements-archive,2021:cases/{case.id}")
        entry.title(case_title(archive, case, lang))
        entry.link(href=f"{home}cases/{case.id}/")
        entry.updated(time)
        if case.date:
            entry.published(time)
        if statement.paragraphs:
            entry.summary(statement.paragraphs[0])
    return feed.atom_str(pretty=True)


def _time(date: dt.date | None) -> dt.datetime:
    if date is None:
        return UNKNOWN_TIME
    return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
