"""Safety of the people in the archive: nothing from other hosts, no script but the site's own
(a Content-Security-Policy in every page)."""

from __future__ import annotations

import base64
import hashlib
import re

from hrdarchive import csp


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>x</title>
<script>__md_scope=new URL("..",location)</script>
<script type="application/ld+json">{"@type": "Person"}</script>
</head><body><script>var palette=__md_get("__palette")</script>
<p>text</p><script>alert('not Material')</script>
<script src="assets/bundle.js"></script></body></html>"""


def test_policy_allows_materials_inline_scripts_by_hash_and_nothing_else():
    page, refused = csp.with_policy(PAGE)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    script_src = directives["script-src"].split()
    assert script_src[0] == "'self'"
    assert set(script_src[1:]) == {
        sha256('__md_scope=new URL("..",location)'),
        sha256('var palette=__md_get("__palette")'),
    }
    assert refused == ["alert('not Material')"]
    assert directives["default-src"] == "'none'"
    assert all("http" not in value and "*" not in value for value in directives.values())


def test_policy_comes_first_in_the_head():
    page, _ = csp.with_policy(PAGE)
    head = page[page.index("<head>") :]
    assert head.index("Content-Security-Policy") < head.index("<script")
    assert head.index('<meta charset="utf-8">') < head.index("Content-Security-Policy")


def test_every_built_page_has_the_policy(built_site):
    pages = [*built_site.rglob("*.html")]
    missing = [
        p for p in pages if 'http-equiv="Content-Security-Policy"' not in p.read_text("utf-8")
    ]
    assert pages and missing == []


def test_no_built_page_has_an_inline_script_so_the_policy_allows_the_sites_files_only(built_site):
    """Material's inline scripts are made by assets/javascripts/archive-chrome.<lang>.js: a
    page's only scripts are the site's files (and its JSON-LD, which is data)."""
    inline, loose = [], []
    for path in built_site.rglob("*.html"):
        page = path.read_text("utf-8")
        if "<html" not in page:
            continue
        own, other = csp.inline_scripts(page)
        if own or other:
            inline.append(path.relative_to(built_site).as_posix())
        if "script-src 'self';" not in page:
            loose.append(path.relative_to(built_site).as_posix())
    assert inline == [] and loose == []


def test_a_live_preview_allows_the_servers_reload_script_and_still_no_other_host():
    page, refused = csp.with_policy(PAGE, preview=True)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert directives["connect-src"] == "'self'" and refused == []
