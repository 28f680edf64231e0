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
        "<div>\n<p>One\ntwo</p>\n<pre>  keep\n    this  </pre>\n"
        '<script>\n    var a = "  x";\n  </script>\n<textarea>\n  t\n</textarea>'
        "\n<STYLE>\n  p { }\n</STYLE>\n</div>"
    )


def test_the_build_writes_pages_without_indentation(built_site):
    for path in [built_site / "index.html", *sorted(built_site.glob("cases/*/index.html"))[:5]]:
        html = path.read_text("utf-8")
        outside = re.sub(r"<(pre|textarea|script|style)\b.*?</\1\s*>", "", html, flags=re.S)
        assert not re.search(r"\n[ \t]+<", outside), path
        assert without_indentation(html) == html
