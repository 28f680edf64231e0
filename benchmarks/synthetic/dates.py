"""Dates and numbers as each language writes them, from Babel (CLDR): '5 March 2020' and
'5 марта 2020' (the month in the genitive, as Russian dates have it), '12,000' and '12 000'. A
month in the prepositional ('в марте 2020 года'), which CLDR does not list, is pymorphy3's
declension of Babel's nominative ('март')."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from .russian import noun

# Locale objects, not names: Babel parses a locale name on every call.
EN, RU = Locale("en"), Locale("ru")


# Cached: a corpus's hundred thousand dates fall on its ten years' 3,652 days, and Babel takes
# tens of microseconds per date.
@cache
def date_en(day: dt.date) -> str:
    return format_date(day, "d MMMM y", locale=EN)


def date_ru(day: dt.date) -> str:
    """'5 марта 2020 года': the dateline writes it without 'года' (date_ru_bare)."""
    return f"{date_ru_bare(day)} года"


@cache
def date_ru_bare(day: dt.date) -> str:
    return format_date(day, "d MMMM y", locale=RU)


@cache
def month_en(day: dt.date) -> str:
    return format_date(day, "MMMM y", locale=EN)


def month_ru(day: dt.date, case: str) -> str:
    """'марта 2020 года' (gen), 'марте 2020 года' (pre)."""
    return f"{_month_ru(day.month, case)} {day.year} года"


@cache
def _month_ru(month: int, case: str) -> str:
    nominative = format_date(dt.date(2000, month, 1), "LLLL", locale=RU)
    return noun(nominative, case)


@cache
def number_en(n: int) -> str:
    return format_decimal(n, locale=EN)


@cache
def number_ru(n: int) -> str:
    return format_decimal(n, locale=RU)
