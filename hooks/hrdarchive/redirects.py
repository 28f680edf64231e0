"""The pages that answer at a page's old addresses (addresses.py) by sending the reader on.

GitHub Pages serves files only: no server-side redirect. Each old address gets a small HTML
page in both languages with a `<meta http-equiv="refresh">` (no script: the site's policy
allows none of its own), a canonical link, `noindex`, and a plain link for a reader whose
browser does not follow. The sitemap lists current addresses only (MkDocs knows nothing of
these pages). mkdocs-redirects was measured and left out: with mkdocs-static-i18n's suffix
structure it writes targets that do not exist (its issues #33 and #63), and its pages carry
an inline script.

Contract: `redirect_pages` gives, per language, the file of each old address under the site,
and the link from it to the current address.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import LANGS, Lang
from .pages import Urls

MARK = '<meta name="archive-redirect" content="1">'


@dataclass(frozen=True)
class RedirectPage:
    path: str  # the file under the site folder
    lang: Lang
    href: str  # from the old address to the current one
    canonical: str  # the current address: absolute when the site's address is known


def redirect_pages(redirects: dict[str, dict[str, str]], urls: Urls) -> list[RedirectPage]:
    pages = []
    for folder, moved in sorted(redirects.items()):
        for old, new in sorted(moved.items()):
            for lang in LANGS:
                prefix = "" if lang == "en" else f"{lang}/"
                if urls.use_directory_urls:
                    path, href = f"{prefix}{folder}/{old}/index.html", f"../{new}/"
                else:
                    path, href = f"{prefix}{folder}/{old}.html", f"{new}.html"
                canonical = f"{urls.site_url}{prefix}{urls.page(f'{folder}/{new}')}"
                pages.append(RedirectPage(path, lang, href, canonical if urls.site_url else href))
    return pages
