"""Writing the generated pages into the docs folder, without ever losing an editor's file.

Why real files: mkdocs-static-i18n 1.3.1 re-creates every File from disk, so pages made in
memory with `File.generated` are dropped or crash the build (its issue #263).

Contract: every page the archive writes opens with a front-matter line that marks it and
holds a digest of the rest of the file (`archive_generated: <digest>`). Only a file that
carries its mark and still matches its digest is the archive's: only such a file is ever
overwritten or removed. Any other file in the docs folder (a hand-written page, an image, a
generated page edited by hand) is left exactly as it is and reported: in a generated folder
as `foreign`, at the path of a page the archive would write as a `clash` (the page is then
not written). A page is written only when its content changed, so `mkdocs serve` does not
see writes and rebuild in a loop.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

# Folders under docs/ whose pages the archive generates, and its pages at the top.
OWNED_FOLDERS = ("cases", "defenders", "countries", "organisations", "themes")
OWNED_TOP_FILES = ("index.en.md", "index.ru.md")
# Folders of the site that hold the archive's own files (the raw statements, open data, the
# search indexes): an editor's files of the same name in docs/ would be lost in the site.
SITE_FOLDERS = ("statements", "data", "search")

MARK = b"archive_generated: "
_OPENING = b"---\n"
# A file is written under this name first, then moved into place: nobody (an editor's
# editor, the live preview's watch) ever sees it half written.
TEMPORARY = ".archive-tmp"


def marked(markdown: str) -> bytes:
    """The page as written: its front matter opens with the mark and the digest of the
    rest of the file."""
    data = markdown.encode("utf-8")
    if not data.startswith(_OPENING):
        raise ValueError("a generated page must open with front matter")
    rest = data[len(_OPENING) :]
    return _OPENING + MARK + _digest(rest) + b"\n" + rest


def is_generated(data: bytes) -> bool:
    """Whether a file's bytes are a page the archive wrote and nobody changed since."""
    head = _OPENING + MARK
    if not data.startswith(head):
        return False
    end = data.find(b"\n", len(head))
    return end > 0 and data[len(head) : end] == _digest(data[end + 1 :])


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).hexdigest()[:16].encode("ascii")


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    clashes: list[str] = field(default_factory=list)  # someone else's file at a page's path
    foreign: list[str] = field(default_factory=list)  # someone else's file in a generated folder
    reserved: list[str] = field(default_factory=list)  # docs/ folders the site uses itself

    def messages(self, docs_name: str = "docs") -> list[str]:
        """What an editor should do about the files that are not the archive's."""
        clash = (
            "{docs}/{path}: not written by the archive (or edited since it was): the archive's "
            "page for this address is not written over it. Move your file to a folder of your "
            "own, or delete it to get the archive's page back"
        )
        foreign = (
            "{docs}/{path}: not written by the archive, in a folder it generates; it is left "
            "as it is. Move it to a folder of your own (see the editors' guide: your own pages)"
        )
        reserved = (
            "{docs}/{path}/: the site keeps its own files in {path}/ (raw statements, open data, "
            "search indexes), which would replace or remove yours: move it to another folder"
        )
        return (
            [clash.format(docs=docs_name, path=p) for p in self.clashes]
            + [foreign.format(docs=docs_name, path=p) for p in self.foreign]
            + [reserved.format(docs=docs_name, path=p) for p in self.reserved]
        )


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write `content` unless the file already holds it. True if written. For files the
    archive alone writes (the site's own output, the addresses file)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.is_file() and path.read_bytes() == data:
        return False
    write_whole(path, data)
    return True


def write_whole(path: Path, data: bytes) -> None:
    """The file written under a temporary name, then moved into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}{TEMPORARY}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def is_temporary(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(TEMPORARY)


def in_generated_folder(rel: str) -> bool:
    """Whether a path under docs/ lies where the archive writes its pages."""
    return rel.split("/", 1)[0] in OWNED_FOLDERS or rel in OWNED_TOP_FILES


def check_owned(rel: str) -> None:
    if ".." in Path(rel).parts or not in_generated_folder(rel):
        raise ValueError(f"refusing to write outside the generated folders: {rel}")


def write_pages(
    docs_dir: Path,
    pages: dict[str, str],
    only: set[str] | None = None,
    gone: set[str] = frozenset(),
    touched: set[str] = frozenset(),
) -> WriteReport:
    """Write `pages` (path under docs → Markdown); remove the archive's pages no longer
    wanted. With `only`, the pages a build rendered again since the last (session.py): just
    those are written, just the pages in `gone` removed, and the paths in `touched` (changed
    by someone else since the last build) looked at again; otherwise every generated folder
    is looked through for pages to remove and for files that are not the archive's."""
    to_write = sorted(pages if only is None else only | (touched & pages.keys()))
    for rel in [*to_write, *gone, *touched]:
        check_owned(rel)
    report = WriteReport()
    for rel in to_write:
        _write_page(docs_dir / rel, rel, pages[rel], report)
    if only is not None:
        for rel in sorted(gone | (touched - pages.keys())):
            _remove_page(docs_dir / rel, rel, report)
        return report
    for path in _files_in_generated_folders(docs_dir):
        rel = path.relative_to(docs_dir).as_posix()
        if rel not in pages:
            _remove_page(path, rel, report)
    report.reserved = [name for name in SITE_FOLDERS if (docs_dir / name).exists()]
    return report


def _write_page(path: Path, rel: str, markdown: str, report: WriteReport) -> None:
    data = marked(markdown)
    try:
        existing = path.read_bytes()
    except FileNotFoundError:
        existing = None
    if existing == data:
        return
    # A file of the same text without the mark is a page an earlier version of the archive
    # wrote: taking it over loses nothing.
    if existing is not None and not is_generated(existing) and existing != markdown.encode():
        report.clashes.append(rel)
        return
    write_whole(path, data)
    report.written.append(rel)


def _remove_page(path: Path, rel: str, report: WriteReport) -> None:
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return
    if is_generated(data):
        path.unlink()
        report.removed.append(rel)
    else:
        report.foreign.append(rel)


def _files_in_generated_folders(docs_dir: Path) -> list[Path]:
    found = [docs_dir / name for name in OWNED_TOP_FILES if (docs_dir / name).is_file()]
    for folder in OWNED_FOLDERS:
        if (docs_dir / folder).is_dir():
            found += sorted(p for p in (docs_dir / folder).rglob("*") if not p.is_dir())
    return found


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


def remove_files_not_in(folder: Path, wanted: set[Path], suffixes: tuple[str, ...]) -> None:
    """Every file under `folder` (a folder of the built site) with one of `suffixes` that is
    not `wanted`, and the folders that leaves empty."""
    if folder.is_dir():
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_file() and path.suffix.lower() in suffixes and path not in wanted:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
