"""A built page without the indentation of its templates: every run of white space that
begins a line, and every blank line, becomes one line break, and a line break between a
tag that begins or ends a block (a `<div>`, `<li>`, `</p>`…) and another tag goes; except
inside `<pre>`, `<textarea>`, `<script>` and `<style>`, whose white space is their content.

Why: Material's templates indent deeply, and at 10,000 statements per language their
indentation is some 15% of the site (benchmarks/README.md). A line break is white space as
much as the indentation it replaces, so the page renders the same: HTML collapses a run of
white space to one space outside those elements, and drops it at a block's edges. Scripts
are left byte for byte, so their Content-Security-Policy hashes stay what the policy
computes.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
_INDENTATION = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")
# Elements whose edges drop white space: a line break between a tag of one of them and the
# next tag is no space a reader sees.
_BLOCKS = (
    "address|article|aside|blockquote|body|dd|details|div|dl|dt|figcaption|figure|footer|"
    "form|h[1-6]|head|header|hr|html|li|link|main|meta|nav|ol|p|section|summary|table|tbody|"
    "td|tfoot|th|thead|title|tr|ul"
)
_BESIDE_A_BLOCK = re.compile(
    rf"(?<=>)\n(?=</?(?:{_BLOCKS})[\s>/])|(</?(?:{_BLOCKS})(?:\s[^>]*)?>)\n(?=<)", re.I
)


def without_indentation(html: str) -> str:
    parts = _KEPT.split(html)
    # split() gives text, then each kept element and its tag name, in turn.
    out = []
    for i in range(0, len(parts), 3):
        out.append(_BESIDE_A_BLOCK.sub(r"\1", _INDENTATION.sub("\n", parts[i])))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)
