"""Publication dates: finding a dateline in a statement, and writing a date per language.

Month names come from Babel's CLDR data, so both the English and the Russian forms (июня,
июнь, июн.) are recognised without a hand-written table. A date is only taken from a line that
is a dateline (the date alone, a place and the date, or a labelled date); dates inside
sentences are event dates, not the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from babel.dates import format_date, get_month_names

from .model import Lang


@cache
def _month_numbers() -> dict[str, int]:
    months: dict[str, int] = {}
    for locale in ("en", "ru"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    months[name.lower().rstrip(".")] = number
    months["sept"] = 9
    return months


@cache
def _patterns() -> list[re.Pattern[str]]:
    names = sorted(_month_numbers(), key=len, reverse=True)
    month = r"(?P<month>" + "|".join(re.escape(n) for n in names) + r")\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>\d{4})"
    return [
        re.compile(rf"{day}\s*{month},?\s*{year}(?:\s*(?:г\.?|года?))?", re.I),
        re.compile(rf"{month}\s*{day},?\s*{year}", re.I),
        re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),
        re.compile(r"(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4}|\d{2})"),
        re.compile(r"(?P<year>\d{4})[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})"),
        re.compile(r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})"),
    ]


def is_month_name(word: str) -> bool:
    return word.lower().rstrip(".") in _month_numbers()


def holds_date(text: str) -> bool:
    """Whether a real date is written anywhere in `text`."""
    return any(_to_date(m) for pattern in _patterns() for m in pattern.finditer(text))


def parse_date(text: str) -> dt.date | None:
    """The date that `text` consists of (surrounding spaces and punctuation aside), or None."""
    text = text.strip().strip(" \t–—-,.;:()[]")
    for pattern in _patterns():
        match = pattern.fullmatch(text)
        if match:
            return _to_date(match)
    return None


def _to_date(match: re.Match[str]) -> dt.date | None:
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else _month_numbers()[month_text.lower()]
    year = int(match["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.date(year, month, int(match["day"]))
    except ValueError:
        return None


@lru_cache(maxsize=1 << 14)  # Babel's formatting is slow, and a few thousand dates recur
def format_long(date: dt.date, lang: Lang) -> str:
    """'4 June 2021' / '4 июня 2021'."""
    return format_date(date, "d MMMM y", locale=lang)
