"""Where pages are, seen from other pages: relative links for the pages' own text, absolute
addresses where a reader outside the site needs them (JSON-LD, feeds).

Contract: a page is named by its stem under docs/ without the language ('cases/x'; a folder's
index page as the folder, 'cases/'); English pages live at the site's root, others under
'<lang>/'. Links follow `use_directory_urls` as MkDocs does.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from ..model import Lang
from .inputs import FOLDERS


@dataclass(frozen=True)
class Urls:
    use_directory_urls: bool = True
    site_url: str = ""  # with a trailing '/', or empty
    # Where the raw statements are published when not in the site (`originals_url`), with a
    # trailing '/'; empty: under the site's `statements/`.
    originals_url: str = ""

    @classmethod
    def make(
        cls, use_directory_urls: bool = True, site_url: str = "", originals_url: str = ""
    ) -> Urls:
        """Raises ValueError for an `originals_url` that is not a web address."""
        if originals_url and urlsplit(originals_url).scheme not in ("http", "https"):
            raise ValueError(
                "the raw statements' address (extra.archive.originals_url, "
                "ARCHIVE_ORIGINALS_URL) is a web address such as https://example.org/originals/, "
                f"not {originals_url!r}"
            )
        return cls(use_directory_urls, _folder(site_url), _folder(originals_url))

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

    def original(self, here: str, lang: Lang, copy: str) -> str:
        """The link from the page at `here` to a statement's published raw copy (its path
        under `statements/`): in the site, or where the originals are kept."""
        if self.originals_url:
            return self.originals_url + quote(copy)
        return self.site_root(here, lang) + "statements/" + quote(copy)

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


def _folder(address: str) -> str:
    return address.rstrip("/") + "/" if address else ""
