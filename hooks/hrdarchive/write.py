"""Writing generated pages into the docs folder.

Why real files: mkdocs-static-i18n 1.3.1 re-creates every File from disk, so pages made in
memory with `File.generated` are dropped or crash the build (its issue #263). Real `.en.md` /
`.ru.md` files need no patch of the plugin and no reliance on its internals.

Contract: a file is written only when its content changed (so `mkdocs serve` does not see
writes and rebuild in a loop), and generated files that are no longer wanted are removed,
only inside the folders the generator owns.
"""

from __future__ import annotations

from pathlib import Path

# Folders under docs/ that hold nothing but generated pages, and generated pages at the top.
OWNED_FOLDERS = ("cases", "defenders", "countries", "organisations", "themes")
OWNED_TOP_FILES = ("index.en.md", "index.ru.md")


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write `content` unless the file already holds it. True if written."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def write_pages(
    docs_dir: Path,
    pages: dict[str, str],
    only: set[str] | None = None,
    gone: set[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """Write `pages` (path under docs → Markdown); remove stale generated pages. With `only`,
    the pages a build rendered again since the last (session.py): just those are written,
    and just the pages in `gone` removed. Returns the paths written and the paths removed."""
    for rel in [*(pages if only is None else only), *gone]:
        top = rel.split("/", 1)[0]
        if ".." in Path(rel).parts or (top not in OWNED_FOLDERS and rel not in OWNED_TOP_FILES):
            raise ValueError(f"refusing to write outside the generated folders: {rel}")
    if only is not None:
        written = [rel for rel in sorted(only) if write_if_changed(docs_dir / rel, pages[rel])]
        removed = []
        for rel in sorted(gone):
            if (docs_dir / rel).is_file():
                (docs_dir / rel).unlink()
                removed.append(rel)
        return written, removed
    written = [rel for rel, content in pages.items() if write_if_changed(docs_dir / rel, content)]
    removed = []
    wanted = {docs_dir / rel for rel in pages}
    for folder in OWNED_FOLDERS:
        for path in sorted((docs_dir / folder).rglob("*")) if (docs_dir / folder).is_dir() else []:
            if path.is_file() and path not in wanted:
                path.unlink()
                removed.append(path.relative_to(docs_dir).as_posix())
    return written, removed


def built_page(rel: str, use_directory_urls: bool, default_lang: str = "en") -> str:
    """Where MkDocs and mkdocs-static-i18n write the page built from a generated page:
    'cases/x.ru.md' → 'ru/cases/x/index.html' (or 'ru/cases/x.html')."""
    stem, lang, _ = rel.rsplit(".", 2)
    prefix = "" if lang == default_lang else f"{lang}/"
    if stem == "index" or stem.endswith("/index"):
        return f"{prefix}{stem}.html"
    return f"{prefix}{stem}/index.html" if use_directory_urls else f"{prefix}{stem}.html"


def remove_built_pages(site_dir: Path, removed: list[str], use_directory_urls: bool) -> None:
    """After a dirty build (`mkdocs serve --dirty`), which never cleans the site: the pages
    built from generated pages that are gone, and the folders they leave empty."""
    for rel in removed:
        target = site_dir / built_page(rel, use_directory_urls)
        if target.is_file():
            target.unlink()
            if target.name == "index.html" and not any(target.parent.iterdir()):
                target.parent.rmdir()


def remove_files_not_in(folder: Path, wanted: set[Path]) -> None:
    """Every file under `folder` that is not `wanted` (raw copies of removed statements)."""
    if folder.is_dir():
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_file() and path not in wanted:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
