"""Small charts of cases over time, drawn at build time as static inline `<svg>` elements.

Contract: each function returns one `<svg>` string, `role="img"`, named and described by its
`<title>` and `<desc>` (ids from the caller's `id_prefix`, unique on the page); no script, no
style attribute, classes only (styled in `docs/assets/archive.css`), the same bytes for the
same input. Numbers are plain digits in every language; the caller passes every word. Sizes
are in viewBox units, one to a CSS pixel at the chart's natural width; on a narrower screen
the chart scales down.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping, Sequence
from html import escape

FONT_SIZE = 11
SLOT = 30  # width of one year's bar and its gap, while the chart is narrower than WIDTH_MAX
WIDTH_MAX = 480  # beyond 16 years the slots narrow instead (a phone shows ~340 px)
BAR_SHARE = 0.75  # of a slot
BAR_TOP = 16  # room for the count above the tallest bar
BAR_HEIGHT = 80
BASELINE = BAR_TOP + BAR_HEIGHT
LABEL_ROOM = 29  # a four-digit year at FONT_SIZE, and a gap
NICE_STEPS = (1, 2, 5, 10, 20, 50, 100)
TIMELINE_WIDTH = 320
TIMELINE_PAD = 16
DOT = 8  # a case's dot, across
DOT_PITCH = DOT + 1  # from one dot's centre to the next, in a row or between rows
ID_PREFIX = re.compile(r"[A-Za-z][\w-]*\Z")


def _num(value: float) -> str:
    """A coordinate with at most one decimal: '30', '16.5'."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _svg(width: float, height: float, title: str, description: str, id_prefix: str) -> str:
    """The opening tag, title and description of a chart."""
    if not ID_PREFIX.match(id_prefix):
        raise ValueError(f"id_prefix must be a letter then letters, digits, - or _: {id_prefix!r}")
    w, h = _num(width), _num(height)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}"'
        f' height="{h}" font-size="{FONT_SIZE}" class="archive-chart" role="img"'
        f' aria-labelledby="{id_prefix}-title {id_prefix}-desc">'
        f'<title id="{id_prefix}-title">{escape(title, quote=False)}</title>'
        f'<desc id="{id_prefix}-desc">{escape(description, quote=False)}</desc>'
    )


def _step(unit: float, room: float) -> int:
    """The smallest nice step (1, 2, 5, 10 ...) of years whose width is at least `room`."""
    for step in NICE_STEPS:
        if step * unit >= room:
            return step
    return math.ceil(room / unit)


def _label_x(year: int, first: int, last: int, slot: float) -> float:
    """Where a year's label is centred: under its slot, but whole inside the chart."""
    half, width = LABEL_ROOM / 2, (last - first + 1) * slot
    return min(max((year - first + 0.5) * slot, half), width - half)


def labelled_years(first: int, last: int, slot: float) -> list[int]:
    """The years that get a label: first and last always, between them the multiples of a
    step wide enough for labels not to touch, none touching the first or last label."""
    step = _step(slot, LABEL_ROOM)
    left, right = _label_x(first, first, last, slot), _label_x(last, first, last, slot)
    between = [
        year
        for year in range(first + 1, last)
        if year % step == 0
        and _label_x(year, first, last, slot) - left >= LABEL_ROOM
        and right - _label_x(year, first, last, slot) >= LABEL_ROOM
    ]
    return sorted({first, *between, last})


def _bars(counts: Mapping[int, int], first: int, slot: float) -> tuple[str, list[str]]:
    """The bars as one path (a move to each, relative to the one before) and the counts
    above them; years without cases are skipped, their slots left empty."""
    bar, most = max(1, round(slot * BAR_SHARE)), max(counts.values())
    moves, numbers, at = [], [], None
    for year, cases in sorted(counts.items()):
        if cases <= 0:
            continue
        tall = max(1, round(cases / most * BAR_HEIGHT))
        middle = (year - first + 0.5) * slot
        x = round(middle - bar / 2, 1)  # rounded before the moves between bars are taken
        move = f"M{_num(x)} {BASELINE}" if at is None else f"m{_num(x - at)} 0"
        moves.append(f"{move}v-{tall}h{bar}v{tall}z")
        numbers.append(f'<text x="{_num(middle)}" y="{BASELINE - tall - 3}">{cases}</text>')
        at = x
    return "".join(moves), numbers


def year_bars_svg(
    counts: Mapping[int, int], title: str, description: str, id_prefix: str = "archive-years"
) -> str:
    """Cases per year as bars, every year from the first to the last (a year without cases an
    empty slot), the count above each bar, years along the bottom."""
    if not counts:
        raise ValueError("no years to chart")
    first, last = min(counts), max(counts)
    slot = min(SLOT, WIDTH_MAX / (last - first + 1))
    width = slot * (last - first + 1)
    bars, numbers = _bars(counts, first, slot)
    labels = [
        f'<text x="{_num(_label_x(year, first, last, slot))}" y="{BASELINE + FONT_SIZE + 2}">'
        f"{year}</text>"
        for year in labelled_years(first, last, slot)
    ]
    return (
        _svg(width, BASELINE + FONT_SIZE + 6, title, description, id_prefix)
        + f'<path class="archive-chart-axis" d="M0 {BASELINE}h{_num(width)}"/>'
        + (f'<path class="archive-chart-bar" d="{bars}"/>' if bars else "")
        + f'<g class="archive-chart-count">{"".join(numbers)}</g>'
        + f'<g class="archive-chart-label">{"".join(labels)}</g></svg>'
    )


def _stack(xs: Sequence[float]) -> list[int]:
    """The row of each dot (xs sorted): the lowest row where it clears the row's last dot,
    so cases close in time stay countable."""
    row_ends: list[float] = []
    rows = []
    for x in xs:
        row = next((r for r, end in enumerate(row_ends) if x - end >= DOT_PITCH), len(row_ends))
        if row == len(row_ends):
            row_ends.append(x)
        row_ends[row] = x
        rows.append(row)
    return rows


def timeline_svg(
    dates: Sequence[datetime.date],
    title: str,
    description: str,
    id_prefix: str = "archive-timeline",
) -> str:
    """A defender's cases as dots on a time axis from the start of the first year to the end
    of the last, those two years labelled below it, a tick at each new year."""
    if not dates:
        raise ValueError("no dates to chart")
    first, last = min(dates).year, max(dates).year
    start = datetime.date(first, 1, 1).toordinal()
    days = datetime.date(last + 1, 1, 1).toordinal() - start
    span = TIMELINE_WIDTH - 2 * TIMELINE_PAD
    xs = [TIMELINE_PAD + (d.toordinal() - start + 0.5) / days * span for d in sorted(dates)]
    rows = _stack(xs)
    axis = 4 + (max(rows) + 1) * DOT_PITCH
    dots = "".join(
        f"M{_num(x)} {_num(axis - DOT / 2 - 2 - row * DOT_PITCH)}h0"
        for x, row in zip(xs, rows, strict=True)
    )
    year_width = span / (last - first + 1)
    tick_step = _step(year_width, 4)
    ticks = "".join(
        f"M{_num(TIMELINE_PAD + (year - first) * year_width)} {axis}v4"
        for year in range(first, last + 2)
        if year % tick_step == 0 or year in (first, last + 1)
    )
    labels = [
        f'<text x="{_num(TIMELINE_PAD + (year - first + 0.5) * year_width)}"'
        f' y="{axis + FONT_SIZE + 5}">{year}</text>'
        for year in sorted({first, last})
    ]
    return (
        _svg(TIMELINE_WIDTH, axis + FONT_SIZE + 9, title, description, id_prefix)
        + f'<path class="archive-chart-axis" d="M{TIMELINE_PAD} {axis}h{span}{ticks}"/>'
        + f'<path class="archive-chart-dot" stroke-width="{DOT}" stroke-linecap="round"'
        f' d="{dots}"/>' + f'<g class="archive-chart-label">{"".join(labels)}</g></svg>'
    )
