"""The pictures drawn at build time: the world map (its data, decoding, projection and SVG) and
the charts. Each picture must parse as XML, carry no script, style attribute or other host,
escape what comes from data, and give the same bytes for the same input."""

from __future__ import annotations

import datetime
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pycountry
import pytest

from hrdarchive import charts
from hrdarchive.charts import labelled_years, timeline_svg, year_bars_svg
from hrdarchive.worldmap import (
    DATA,
    MapCountry,
    MapLabels,
    boundaries,
    case_bucket,
    decode_countries,
    equal_earth,
    mapped_codes,
    world,
    world_map_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
CSS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "archive.css"
HOOKS = Path(__file__).resolve().parent.parent / "hooks"
LABELS = MapLabels("Cases by country", "Countries where the archive holds cases")
POST_SOVIET = ["KZ", "RU", "UA", "BY", "AZ", "UZ", "KG", "TJ", "TM", "GE", "AM"]


def country(code: str, cases: int, name: str | None = None, href: str | None = None):
    name = name or pycountry.countries.get(alpha_2=code).name
    return MapCountry(code, name, f"{name}: {cases} cases", cases, href or f"{code.lower()}/")


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def inside(point: tuple[float, float], polygons) -> bool:
    """Even-odd ray casting over every ring of a country."""
    x, y = point
    crossings = 0
    for polygon in polygons:
        for ring in polygon:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                    crossings += 1
    return crossings % 2 == 1


def assert_safe(svg: str) -> None:
    parse(svg)
    assert "<script" not in svg.lower()
    assert "style=" not in svg and "<style" not in svg
    assert re.findall(r"https?:[^\"' ]*", svg) == ["http://www.w3.org/2000/svg"]


# --- The data -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "place",
    [(34.1, 45.3), (33.52, 44.62), (34.1, 44.95), (36.4, 45.3)],
    ids=["crimea-centre", "sevastopol", "simferopol", "kerch"],
)
def test_crimea_is_in_ukraine(place):
    # UN General Assembly resolution 68/262; the data was chosen for it (data/README.md)
    assert inside(place, boundaries()["UA"])
    assert not inside(place, boundaries()["RU"])


def test_the_point_in_country_check_tells_countries_apart():
    kyiv, moscow, rostov = (30.52, 50.45), (37.62, 55.75), (39.72, 47.23)
    assert inside(kyiv, boundaries()["UA"]) and not inside(kyiv, boundaries()["RU"])
    assert inside(moscow, boundaries()["RU"]) and not inside(moscow, boundaries()["UA"])
    assert inside(rostov, boundaries()["RU"]) and not inside(rostov, boundaries()["UA"])


def test_the_shipped_data_is_the_recorded_file():
    readme = (DATA.parent / "README.md").read_text(encoding="utf-8")
    assert hashlib.sha256(DATA.read_bytes()).hexdigest() in readme


def test_each_code_the_data_and_pycountry_share_has_one_shape():
    topology = json.loads(DATA.read_text(encoding="utf-8"))
    known = set()
    for geometry in topology["objects"]["countries"]["geometries"]:
        match = pycountry.countries.get(alpha_3=geometry["properties"]["a3"])
        if match and match.alpha_2 != "AQ":
            known.add(match.alpha_2)
    codes = [shape.code for shape in world().shapes if shape.code]
    assert len(codes) == len(set(codes))
    assert set(codes) == known == mapped_codes()
    assert len(known) > 170
    assert codes == sorted(codes)  # a fixed order: the same bytes from any data order


def test_the_region_the_archive_covers_is_mapped():
    assert set(POST_SOVIET) <= mapped_codes()


def test_antarctica_is_dropped_and_disputed_parts_join_their_un_member():
    assert "AQ" not in boundaries() and "ATA" not in boundaries()
    assert "CYN" not in boundaries() and "SOL" not in boundaries()
    assert inside((33.6, 35.25), boundaries()["CY"])  # north of the Green Line
    assert inside((46.0, 9.5), boundaries()["SO"])  # Hargeisa
    assert len(boundaries()["CY"]) == 1  # one island: the line between is dissolved


def test_no_polygon_crosses_the_antimeridian():
    lons = [lon for polygons in boundaries().values() for p in polygons for lon, _ in p[0]]
    assert -180 <= min(lons) and max(lons) <= 180
    # Chukotka, east of the line, is kept as its own piece
    assert any(max(lon for lon, _ in p[0]) < -168 for p in boundaries()["RU"])


def test_topojson_decoding_undoes_quantization_deltas_and_reversed_arcs():
    # Two unit squares side by side sharing the arc x=1; the right one walks it backwards.
    topology = {
        "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
        "arcs": [
            [[2, 0], [-2, 0], [0, 4], [2, 0]],  # (11,20) (10,20) (10,21) (11,21)
            [[2, 4], [0, -4]],  # (11,21) -> (11,20), shared
            [[2, 4], [2, 0], [0, -4], [-2, 0]],  # (11,21) (12,21) (12,20) (11,20)
        ],
        "objects": {
            "countries": {
                "geometries": [
                    {"type": "Polygon", "id": "398", "properties": {"a3": "KAZ"}, "arcs": [[0, 1]]},
                    {"type": "MultiPolygon", "id": "-9", "properties": {"a3": "XXX"},
                     "arcs": [[[-2, 2]]]},
                ]
            }
        },
    }  # fmt: skip
    decoded = decode_countries(topology)
    assert decoded["KZ"] == [[[(11, 20), (10, 20), (10, 21), (11, 21), (11, 20)]]]
    assert decoded["XXX"] == [[[(11, 20), (11, 21), (12, 21), (12, 20), (11, 20)]]]


def test_anything_but_polygons_is_refused():
    topology = {
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [],
        "objects": {"countries": {"geometries": [
            {"type": "Point", "id": "398", "properties": {"a3": "KAZ"}, "coordinates": [1, 1]},
        ]}},
    }  # fmt: skip
    with pytest.raises(ValueError, match="398: a Point"):
        decode_countries(topology)


def test_every_shape_keeps_a_visible_outline():
    assert all(re.fullmatch(r"M\d+ \d+l.*z", shape.path) for shape in world().shapes)


def test_equal_earth_matches_the_published_formula():
    assert equal_earth(0, 0) == (0, 0)
    x, _ = equal_earth(180, 0)
    _, y = equal_earth(0, 90)
    assert x == pytest.approx(2.7066, abs=1e-4)  # pi / (sqrt(3)/2 * A1)
    assert y == pytest.approx(1.3173627, abs=1e-6)
    assert equal_earth(-30, -40) == pytest.approx(tuple(-v for v in equal_earth(30, 40)))


# --- The map --------------------------------------------------------------------------------


def test_the_map_is_safe_svg():
    svg = world_map_svg([country(c, 3) for c in POST_SOVIET], LABELS)
    assert_safe(svg)
    root = parse(svg)
    assert root.get("class") == "archive-map" and root.get("role") == "group"
    assert root.find(f"{SVG}title").get("id") == root.get("aria-labelledby")
    assert root.find(f"{SVG}desc").get("id") == root.get("aria-describedby")
    assert re.fullmatch(r"0 0 1000 \d+", root.get("viewBox"))


def test_every_country_is_a_path_and_those_with_cases_are_links():
    svg = world_map_svg([country("KZ", 12), country("UA", 3), country("FR", 0)], LABELS)
    root = parse(svg)
    assert len(root.findall(f".//{SVG}path")) == len(world().shapes)
    links = root.findall(f"{SVG}a")
    assert [a.get("href") for a in links] == ["kz/", "ua/"]
    for link in links:
        label = link.find(f"{SVG}title").text
        assert link.find(f"{SVG}text").text == label
        target = link.find(f"{SVG}use").get("href")
        assert root.find(f".//{SVG}path[@id='{target[1:]}']") is not None
    unlinked = root.find(f".//{SVG}g[@class='archive-map-n0']")
    assert len(unlinked) == len(world().shapes) - 2
    assert all(p.get("id") is None for p in unlinked)


def test_links_are_in_name_order_whatever_the_input_order():
    countries = [country("UZ", 1, "Узбекистан"), country("KZ", 2, "Казахстан")]
    first = world_map_svg(countries, LABELS)
    assert first == world_map_svg(countries[::-1], LABELS)
    assert first.index("Казахстан") < first.index("Узбекистан")


def test_buckets_follow_a_log_scale_up_to_the_largest_count():
    assert [case_bucket(n, 1000) for n in (0, 1, 5, 31, 999, 1000)] == [0, 1, 1, 2, 4, 5]
    assert [case_bucket(n, 2) for n in (1, 2)] == [1, 5]
    assert case_bucket(1, 1) == 5
    buckets = [case_bucket(n, 500) for n in range(1, 501)]
    assert buckets == sorted(buckets) and set(buckets) == {1, 2, 3, 4, 5}


def test_bucket_classes_colour_the_shapes():
    root = parse(world_map_svg([country("RU", 100), country("KZ", 1)], LABELS))
    by_class = {g.get("class"): [p.get("id") for p in g] for g in root.iter(f"{SVG}g")}
    assert by_class["archive-map-n5"] == ["archive-map-RU"]
    assert by_class["archive-map-n1"] == ["archive-map-KZ"]


def test_small_countries_with_cases_get_a_marker():
    root = parse(world_map_svg([country("LU", 2), country("KZ", 2)], LABELS))
    markers = {a.get("href"): a.find(f"{SVG}circle") for a in root.findall(f"{SVG}a")}
    assert markers["lu/"] is not None and markers["kz/"] is None


def test_labels_stay_inside_the_map():
    long_name = "A very long country name indeed"
    svg = world_map_svg([country(code, 1, long_name) for code in ("NZ", "US", "FJ")], LABELS)
    root = parse(svg)
    for text in root.iter(f"{SVG}text"):
        assert 0 < int(text.get("x")) < 1000 and 0 < int(text.get("y"))


def test_hostile_names_and_links_are_escaped():
    hostile = "Evil <script>alert(\"x\")</script> & 'co'"
    href = 'a"b<c>&d/'
    svg = world_map_svg([country("KZ", 2, hostile, href)], MapLabels("<T&>", '"D"'))
    assert_safe(svg)
    root = parse(svg)
    link = root.find(f"{SVG}a")
    assert link.get("href") == href
    assert link.find(f"{SVG}title").text == f"{hostile}: 2 cases"
    assert root.find(f"{SVG}title").text == "<T&>"


@pytest.mark.parametrize("href", ["javascript:alert(1)", "https://example.org/", "//evil.example/"])
def test_links_must_stay_on_the_site(href):
    with pytest.raises(ValueError, match="relative"):
        world_map_svg([country("KZ", 1, href=href)], LABELS)


def test_countries_without_a_shape_are_left_out():
    svg = world_map_svg([country("MC", 4), country("KZ", 1)], LABELS)
    assert "MC" not in mapped_codes() and "Monaco" not in svg


def steps(path: str) -> list[list[tuple[int, int]]]:
    """The relative line steps of each subpath of a path written as M/m ... l ... z."""
    runs = re.findall(r"l([-\d ]+?)z", path.replace("-", " -"))
    return [list(zip(*[iter(map(int, run.split()))] * 2, strict=True)) for run in runs]


def test_paths_are_compact():
    path = next(s.path for s in world().shapes if s.code == "KZ")
    assert re.fullmatch(r"M\d+ \d+l[-\d ]+z(m-?\d+ ?-?\d+l[-\d ]+z)*", path)
    for run in steps(path):
        assert (0, 0) not in run  # a point repeated after rounding is dropped
        for (ax, ay), (bx, by) in zip(run, run[1:], strict=False):
            assert not (ax * by == ay * bx and ax * bx + ay * by > 0)  # straight runs merged
    assert len(steps(path)) >= 1 and len(path) < 2000


def test_the_map_is_deterministic_across_processes():
    code = (
        "from hrdarchive.worldmap import *;import hashlib;"
        "c=[MapCountry(k,k,k,n,k+'/') for n,k in enumerate(sorted(mapped_codes()),1)];"
        "print(hashlib.sha256(world_map_svg(c,MapLabels('t','d')).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(HOOKS)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_the_full_map_fits_its_budget():
    everything = [country(code, n) for n, code in enumerate(sorted(mapped_codes()), 1)]
    svg = world_map_svg(everything, LABELS)
    raw, packed = len(svg.encode()), len(gzip.compress(svg.encode(), 9, mtime=0))
    print(f"full map: {raw} bytes, {packed} gzipped")
    assert raw < 90_000 and packed < 30_000


def test_every_class_the_pictures_use_is_styled():
    css = CSS.read_text(encoding="utf-8")
    svgs = [
        world_map_svg([country("KZ", 2), country("LU", 1), country("RU", 50)], LABELS),
        year_bars_svg({2020: 1, 2022: 3}, "t", "d", "y"),
        timeline_svg([datetime.date(2020, 1, 1)], "t", "d", "t"),
    ]
    for svg in svgs:
        for name in {c for cls in re.findall(r'class="([^"]+)"', svg) for c in cls.split()}:
            assert f".{name}" in css, name


# --- The charts -----------------------------------------------------------------------------


def test_year_bars_are_safe_and_small():
    counts = {year: (year * 7) % 13 + 1 for year in range(2011, 2026)}
    svg = year_bars_svg(counts, "Cases per year", "Cases per year from 2011 to 2025", "years")
    assert_safe(svg)
    print(f"year bars, 15 years: {len(svg.encode())} bytes")
    assert len(svg.encode()) < 2048
    root = parse(svg)
    assert root.get("role") == "img" and root.get("class") == "archive-chart"


def test_years_without_cases_are_empty_slots():
    svg = year_bars_svg({2010: 3, 2013: 1, 2014: 0}, "t", "d", "y")
    root = parse(svg)
    assert root.get("viewBox").split()[2] == str(5 * charts.SLOT)
    bars = root.find(f"{SVG}path[@class='archive-chart-bar']").get("d")
    assert bars.count("z") == 2
    counts = [t.text for t in root.find(f"{SVG}g[@class='archive-chart-count']")]
    assert counts == ["3", "1"]
    years = [t.text for t in root.find(f"{SVG}g[@class='archive-chart-label']")]
    assert years == ["2010", "2011", "2012", "2013", "2014"]


def test_bars_stand_on_the_baseline_in_their_slots():
    root = parse(year_bars_svg({2000: 4, 2002: 2}, "t", "d", "y"))
    d = root.find(f"{SVG}path[@class='archive-chart-bar']").get("d")
    assert d == f"M4 {charts.BASELINE}v-80h22v80zm60 0v-40h22v40z"


@pytest.mark.parametrize("span", [1, 2, 15, 16, 17, 25, 40, 80])
def test_year_labels_are_thinned_but_keep_both_ends(span):
    counts = {1990 + i: 1 for i in range(span)}
    root = parse(year_bars_svg(counts, "t", "d", "y"))
    texts = list(root.find(f"{SVG}g[@class='archive-chart-label']"))
    years = [int(t.text) for t in texts]
    xs = [float(t.get("x")) for t in texts]
    assert years[0] == 1990 and years[-1] == 1990 + span - 1
    assert all(b - a >= charts.LABEL_ROOM for a, b in zip(xs, xs[1:], strict=False))
    width = float(root.get("viewBox").split()[2])
    assert all(charts.LABEL_ROOM / 2 <= x <= width - charts.LABEL_ROOM / 2 for x in xs)
    if span <= 16:
        assert len(years) == span
    else:
        assert len(years) < span


def test_labelled_years_prefer_round_years():
    # 30 years in 480 units: a slot of 16, every other year, none crowding the ends
    assert labelled_years(2001, 2030, 16) == [2001, *range(2004, 2027, 2), 2030]


def test_ids_come_from_the_prefix():
    one = parse(year_bars_svg({2020: 1}, "t", "d", "case-years"))
    two = parse(timeline_svg([datetime.date(2020, 5, 1)], "t", "d", "defender-cases"))
    for root, prefix in ((one, "case-years"), (two, "defender-cases")):
        ids = {e.get("id") for e in root.iter() if e.get("id")}
        assert ids == {f"{prefix}-title", f"{prefix}-desc"}
        assert root.get("aria-labelledby") == f"{prefix}-title {prefix}-desc"
    with pytest.raises(ValueError, match="id_prefix"):
        year_bars_svg({2020: 1}, "t", "d", 'x" onload="y')


def test_chart_words_are_escaped():
    svg = timeline_svg([datetime.date(2020, 1, 1)], "<b>&", '"quoted"', "t")
    assert_safe(svg)
    assert parse(svg).find(f"{SVG}title").text == "<b>&"


def test_timeline_shows_every_case_and_the_first_and_last_years():
    dates = [datetime.date(2014, 3, d) for d in (1, 1, 2)] + [datetime.date(2021, 6, 1)]
    svg = timeline_svg(dates, "Cases of a defender", "4 cases from 2014 to 2021", "tl")
    assert_safe(svg)
    print(f"timeline, 4 cases over 8 years: {len(svg.encode())} bytes")
    assert len(svg.encode()) < 1024
    root = parse(svg)
    path = root.find(f"{SVG}path[@class='archive-chart-dot']").get("d")
    dots = re.findall(r"M([\d.]+) ([\d.]+)h0", path)
    assert len(dots) == 4 and len(set(dots)) == 4  # cases on one day are stacked, not hidden
    assert [t.text for t in root.iter(f"{SVG}text")] == ["2014", "2021"]
    one_year = parse(timeline_svg([datetime.date(2019, 1, 5)], "t", "d", "one"))
    assert [t.text for t in one_year.iter(f"{SVG}text")] == ["2019"]


def test_charts_are_deterministic():
    dates = [datetime.date(2015, 1, 1), datetime.date(2012, 7, 4)]
    assert timeline_svg(dates, "t", "d", "x") == timeline_svg(dates[::-1], "t", "d", "x")
    counts = {2012: 1, 2015: 2}
    backwards = dict(reversed(counts.items()))
    assert year_bars_svg(counts, "t", "d", "x") == year_bars_svg(backwards, "t", "d", "x")


def test_nothing_to_chart_is_an_error():
    with pytest.raises(ValueError, match="no years"):
        year_bars_svg({}, "t", "d")
    with pytest.raises(ValueError, match="no dates"):
        timeline_svg([], "t", "d")


def test_coordinates_have_at_most_one_decimal():
    bars = year_bars_svg({1990 + i: i for i in range(31)}, "t", "d", "y")
    line = timeline_svg([datetime.date(2001, 3, 3), datetime.date(2020, 2, 2)], "t", "d", "z")
    assert not re.search(r"\d\.\d\d", bars + line)
    assert parse(bars).get("width") == str(charts.WIDTH_MAX)  # many years: narrower slots
