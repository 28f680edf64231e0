"""Built pages without their templates' indentation: the same page to a reader, scripts and
preformatted text byte for byte."""

from __future__ import annotations

import re

from hrdarchive.htmlspace import without_indentation


def test_indentation_goes_and_preformatted_text_stays():
    page = (
        "<div>\n      <p>One\n          two</p>\n\n\n   <pre>  keep\n    this  </pre>\n"
        '  <script>\n    var a = "  x";\n  </script>\n  <textarea>\n  t\n</textarea>'
        "\n    <STYLE>\n  p { }\n</STYLE>\n</div>"
    )
    assert without_indentation(page) == (
        "<div><p>One\ntwo</p>\n<pre>  keep\n    this  </pre>\n"
        '<script>\n    var a = "  x";\n  </script>\n<textarea>\n  t\n</textarea>'
        "\n<STYLE>\n  p { }\n</STYLE>\n</div>"
    )


def test_a_line_break_goes_only_where_a_block_begins_or_ends():
    """Between two links, or a link and its text, a line break is a space a reader sees."""
    page = '<ul>\n<li>\n<a href="#a">\n<span>A</span>\n</a>\n<a>B</a>\n</li>\n</ul>\n<label>\n<svg>'
    assert without_indentation(page) == (
        '<ul><li><a href="#a">\n<span>A</span>\n</a>\n<a>B</a></li></ul><label>\n<svg>'
    )
    assert without_indentation("<P CLASS=x>\n<em>e</em>\n</P>") == "<P CLASS=x><em>e</em></P>"
    assert without_indentation("<pre>\n<p>\n</pre>") == "<pre>\n<p>\n</pre>"


def test_the_build_writes_pages_without_indentation(built_site):
    for path in [built_site / "index.html", *sorted(built_site.glob("cases/*/index.html"))[:5]]:
        html = path.read_text("utf-8")
        outside = re.sub(r"<(pre|textarea|script|style)\b.*?</\1\s*>", "", html, flags=re.S)
        assert not re.search(r"\n[ \t]+<", outside), path
        assert without_indentation(html) == html
