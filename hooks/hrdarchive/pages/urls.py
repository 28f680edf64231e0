"""Where pages are, seen from other pages: relative links for the pages' own text, absolute
addresses where a reader outside the site needs them (JSON-LD, feeds).

Contract: a page is named by its stem under docs/ without the language ('cases/x'; a folder's
index page as the folder, 'cases/'); English pages live at the site's root, others under
'<lang>/'. Links follow `use_directory_urls` as MkDocs does.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Lang
from .inputs import FOLDERS


@dataclass(frozen=True)
class Urls:
    use_directory_urls: bool = True
    site_url: str = ""  # with a trailing '/', or empty

    @classmethod
    def make(cls, use_directory_urls: bool = True, site_url: str = "") -> Urls:
        return cls(use_directory_urls, site_url.rstrip("/") + "/" if site_url else "")

    def page(self, stem: str) -> str:
        """'cases/x' → 'cases/x/' (or 'cases/x.html')."""
        return f"{stem}/" if self.use_directory_urls else f"{stem}.html"

    def language_root(self, here: str) -> str:
        """The relative way from the page at `here` to the root of its language's pages."""
        depth = here.count("/") + (1 if here and not here.endswith("/") else 0)
        if here and not self.use_directory_urls and not here.endswith("/"):
            depth -= 1
        return "../" * depth

    def site_root(self, here: str, lang: Lang) -> str:
        """The relative way from the page at `here` to the site's root, which holds
        `statements/` and `data/` for both languages."""
        return self.language_root(here) + ("../" if lang != "en" else "")

    def href(self, here: str, lang: Lang, kind: str, slug: str, to_lang: Lang | None = None) -> str:
        """The link from the page at `here` (in `lang`) to a generated page."""
        to_lang = to_lang or lang
        prefix = "" if to_lang == "en" else f"{to_lang}/"
        return self.site_root(here, lang) + prefix + self.page(f"{FOLDERS[kind]}/{slug}")

    def absolute(self, kind: str, slug: str, lang: Lang) -> str | None:
        """The page's full address, known only when `site_url` is set."""
        if not self.site_url:
            return None
        prefix = "" if lang == "en" else f"{lang}/"
        return f"{self.site_url}{prefix}{self.page(f'{FOLDERS[kind]}/{slug}')}"
