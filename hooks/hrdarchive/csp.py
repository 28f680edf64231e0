"""A Content-Security-Policy for every page, as a <meta> element: GitHub Pages sends no
headers of our choosing. Nothing may come from another host, and no script runs but the
site's own files and Material's few inline scripts, each allowed by its SHA-256 hash.

Only inline scripts that Material's templates write are hashed (known by how they start);
any other inline script (none is expected: statement text is escaped) is left unhashed, so
the browser refuses to run it, and is reported.
"""

from __future__ import annotations

import base64
import hashlib
import re

# How Material 9.8's inline scripts start: its storage helpers, the colour palette, and the
# content tabs opened by a link.
MATERIAL_INLINE_SCRIPTS = ("__md_scope=", "var palette=", "var target=document.getElementById(")
SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
NOT_JAVASCRIPT = re.compile(r"""\btype=["']?application/(?:json|ld\+json)""", re.I)
HEAD = re.compile(r"<head[^>]*>(\s*<meta charset=[^>]*>)?", re.I)

POLICY = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",  # Material's icons are data: SVGs in its stylesheet
    "font-src": "'self'",
    "connect-src": "'self'",  # the search index
    "worker-src": "'self'",  # the search worker
    "manifest-src": "'self'",
    "base-uri": "'self'",
    "form-action": "'self'",
}


def inline_scripts(page: str) -> tuple[list[str], list[str]]:
    """The bodies of a page's inline scripts: Material's own, and any other."""
    own, other = [], []
    for match in SCRIPT.finditer(page):
        attrs, body = match.group("attrs"), match.group("body")
        if re.search(r"\bsrc=", attrs) or NOT_JAVASCRIPT.search(attrs):
            continue
        (own if body.lstrip().startswith(MATERIAL_INLINE_SCRIPTS) else other).append(body)
    return own, other


def policy_for(page: str, preview: bool = False, own: list[str] | None = None) -> str:
    """The policy of one page. In a live preview (`mkdocs serve`), MkDocs adds an inline
    script of its own to every page as it serves it, different each time: inline scripts
    are then allowed; other hosts stay refused."""
    if own is None:
        own, _ = inline_scripts(page)
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
            for s in own
        }
    )
    directives = dict(POLICY)
    allowed = ["'unsafe-inline'"] if preview else hashes
    directives["script-src"] = " ".join([POLICY["script-src"], *allowed])
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def with_policy(page: str, preview: bool = False) -> tuple[str, list[str]]:
    """The page with its policy first in <head> (a policy covers only what follows it), and
    the inline scripts it does not allow."""
    head = HEAD.search(page)
    if head is None:
        return page, []
    own, other = inline_scripts(page)
    policy = policy_for(page, preview, own)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return page[: head.end()] + meta + page[head.end() :], ([] if preview else other)
