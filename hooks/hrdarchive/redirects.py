"""The pages that answer at a page's old addresses (addresses.py) by sending the reader on.

GitHub Pages serves files only: no server-side redirect. Each old address gets a small HTML
page in both languages with a `<meta http-equiv="refresh">` (no script: the site's policy
allows none of its own), a canonical link, `noindex`, and a plain link for a reader whose
browser does not follow. The sitemap lists current addresses only (MkDocs knows nothing of
these pages). mkdocs-redirects was measured and left out: with mkdocs-static-i18n's suffix
structure it writes targets that do not exist (its issues #33 and #63), and its pages carry
an inline script.

Contract: `redirect_pages` gives, per language, the file of each old address under the site,
and the link from it to the current address; `write_redirects` writes them and removes the
redirect pages (those carrying `MARK`) no longer wanted, never any other file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .addresses import KINDS
from .model import LANGS, Lang
from .pages import Urls
from .write import built_page, write_if_changed

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
            href = f"../{new}/" if urls.use_directory_urls else f"{new}.html"
            for lang in LANGS:
                path = built_page(f"{folder}/{old}.{lang}.md", urls.use_directory_urls)
                prefix = "" if lang == "en" else f"{lang}/"
                canonical = f"{urls.site_url}{prefix}{urls.page(f'{folder}/{new}')}"
                pages.append(RedirectPage(path, lang, href, canonical if urls.site_url else href))
    return pages


def write_redirects(
    site: Path,
    pages: list[RedirectPage],
    html: Callable[[RedirectPage], str],
    current: dict[str, set[str]],
) -> list[str]:
    """Each redirect page written (`html` makes it), and the last build's that are no longer
    wanted removed (a dirty build keeps the site as it was). `current`: the addresses of the
    pages of each folder, which are not looked at. A page of the site at an old address is
    never written over: its path is returned, for the build to report."""
    wanted = {page.path for page in pages}
    for path in _redirects_in(site, current):
        if path.relative_to(site).as_posix() not in wanted:
            path.unlink()
            if path.name == "index.html" and not any(path.parent.iterdir()):
                path.parent.rmdir()
    kept = []
    for page in pages:
        target = site / page.path
        if target.is_file() and MARK not in target.read_text("utf-8", "replace"):
            kept.append(page.path)
            continue
        write_if_changed(target, html(page))
    return kept


def _redirects_in(site: Path, current: dict[str, set[str]]) -> list[Path]:
    """The redirect pages in the site: in the folders of the pages that can move, files that
    carry the mark (the current pages' are not even read)."""
    found = []
    for lang in LANGS:
        for folder in KINDS:
            base = site / ("" if lang == "en" else lang) / folder
            if not base.is_dir():
                continue
            for entry in base.iterdir():
                if entry.name.removesuffix(".html") in current.get(folder, ()):
                    continue
                page = entry / "index.html" if entry.is_dir() else entry
                if page.suffix == ".html" and page.is_file() and _carries_mark(page):
                    found.append(page)
    return found


def _carries_mark(path: Path) -> bool:
    with path.open("rb") as file:
        return MARK.encode() in file.read(1024)
