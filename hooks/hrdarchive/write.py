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


def write_if_changed(path: Path, content: str) -> bool:
    """Write `content` unless the file already holds it. True if written."""
    data = content.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def write_pages(docs_dir: Path, pages: dict[str, str]) -> tuple[int, int]:
    """Write `pages` (path under docs → Markdown); remove stale generated pages.
    Returns (written, removed)."""
    for rel in pages:
        top = rel.split("/", 1)[0]
        if ".." in Path(rel).parts or (top not in OWNED_FOLDERS and rel not in OWNED_TOP_FILES):
            raise ValueError(f"refusing to write outside the generated folders: {rel}")
    written = sum(write_if_changed(docs_dir / rel, content) for rel, content in pages.items())
    removed = 0
    wanted = {docs_dir / rel for rel in pages}
    for folder in OWNED_FOLDERS:
        for path in sorted((docs_dir / folder).rglob("*")) if (docs_dir / folder).is_dir() else []:
            if path.is_file() and path not in wanted:
                path.unlink()
                removed += 1
    return written, removed
