"""hooks/archive_mkdocs: what relies on the stack's internals is on only with the versions it
was verified against, says so when it switches off, and keeps only what the stack would make
again. That the site comes out the same with each optimisation off: tests/test_reproducible.py;
with another version installed: test_an_unverified_version_switches_off_loudly below."""

from __future__ import annotations

import gc
import importlib.metadata
import re
import time
import weakref
from pathlib import Path
from types import SimpleNamespace

import pytest
from archive_mkdocs import i18n_files, internals, process
from jinja2 import DictLoader, Environment
from mkdocs.structure.files import File

from .conftest import copy_project, mkdocs_build

ROOT = Path(__file__).resolve().parent.parent


def test_the_verified_versions_are_the_ones_pinned():
    """A new release in requirements.txt: read its internals again, then update VERIFIED."""
    pins = dict(re.findall(r"^([\w.-]+)==(\S+)", (ROOT / "requirements.txt").read_text(), re.M))
    for package, verified in internals.VERIFIED.items():
        assert pins[package] == verified, package


def test_the_architecture_document_lists_every_reliance():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text[text.index("## Reliances on the stack's internals") :]
    rows = {line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| `")}
    assert rows == {f"`{reliance.name}`" for reliance in internals.RELIANCES}
    for package, verified in internals.VERIFIED.items():
        assert f"{package} {verified}" in text, package


def test_the_copies_the_reliances_name_exist():
    for reliance in internals.RELIANCES:
        named = re.findall(r"overrides/[\w./-]+\w", reliance.touches)
        partials = re.findall(r"\b(partials/[\w-]+\.html)", reliance.touches)
        for path in named + [f"overrides/material-internals/{p}" for p in partials]:
            assert (ROOT / path).exists(), (reliance.name, path)


@pytest.fixture
def versions(monkeypatch):
    """Installed versions as a test says (the verified ones unless changed)."""
    found = dict(internals.VERIFIED)
    monkeypatch.setattr(internals, "installed", lambda package: found.get(package))
    monkeypatch.delenv("ARCHIVE_DISABLE", raising=False)
    return found


def test_with_the_verified_versions_everything_is_on(versions):
    on, warnings = internals.allowed()
    assert on == {*(r.name for r in internals.RELIANCES), *internals.PUBLIC}
    assert warnings == []


def test_another_version_switches_off_what_relies_on_it(versions):
    versions["mkdocs-static-i18n"] = "1.4.0"
    on, warnings = internals.allowed()
    assert not {"i18n_files", "parallel_languages", "i18n_sitemap"} & on
    assert {"watch", "archive_search", "template_cache"} <= on
    [warning] = warnings
    assert "mkdocs-static-i18n 1.4.0" in warning and "(1.3.1)" in warning
    assert "i18n_files, parallel_languages, i18n_sitemap off" in warning


def test_a_missing_package_switches_off_too(versions):
    del versions["mkdocs-material"]
    on, warnings = internals.allowed()
    assert "archive_search" not in on
    assert "mkdocs-material (not installed)" in warnings[0]


def test_optimisations_can_be_disabled_by_name_or_all(versions, monkeypatch):
    monkeypatch.setenv("ARCHIVE_DISABLE", "parallel_languages, heap_freeze")
    on, _ = internals.allowed()
    assert "parallel_languages" not in on and "heap_freeze" not in on and "i18n_files" in on
    monkeypatch.setenv("ARCHIVE_DISABLE", "all")
    assert internals.allowed()[0] == set()


def fake_version(folder: Path, name: str, version: str) -> dict[str, str]:
    """The installed distribution's metadata (its entry points too), but for its version,
    ahead of it on the path (its code stays): what `importlib.metadata` reports once another
    release is installed."""
    installed = importlib.metadata.distribution(name)
    dist = folder / f"{name.replace('-', '_')}-{version}.dist-info"
    dist.mkdir(parents=True)
    metadata = installed.read_text("METADATA")
    metadata = re.sub(r"^Version: .*$", f"Version: {version}", metadata, count=1, flags=re.M)
    (dist / "METADATA").write_text(metadata, "utf-8")
    (dist / "entry_points.txt").write_text(installed.read_text("entry_points.txt") or "", "utf-8")
    return {"PYTHONPATH": str(folder)}


def test_an_unverified_version_switches_off_loudly(tmp_path):
    """With mkdocs-static-i18n reported as 9.9.9, a strict build fails on the warning that
    names it, and a build that goes on builds the same site as with 1.3.1, but for the
    sitemap, which is then the plugin's own."""
    env = {"SOURCE_DATE_EPOCH": "1622764800"}
    normal = copy_project(tmp_path / "normal")
    assert mkdocs_build(normal, env=env).returncode == 0
    other = copy_project(tmp_path / "other")
    env_other = {**env, **fake_version(tmp_path / "fake", "mkdocs-static-i18n", "9.9.9")}
    strict = mkdocs_build(other, "--strict", env=env_other)
    assert strict.returncode == 1
    log = strict.stderr
    assert "WARNING" in log and "mkdocs-static-i18n 9.9.9 is not the version" in log, log[-3000:]
    assert "i18n_files, parallel_languages, i18n_sitemap off" in log
    result = mkdocs_build(other, env=env_other)
    assert result.returncode == 0 and "second process" not in result.stderr
    built, expected = site_files(other / "site"), site_files(normal / "site")
    sitemaps = {"sitemap.xml", "sitemap.xml.gz"}
    assert {k: v for k, v in built.items() if k not in sitemaps} == {
        k: v for k, v in expected.items() if k not in sitemaps
    }
    assert b"<loc>about/</loc>" in built["sitemap.xml"]  # the plugin's own, relative


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.fixture
def i18n_suffix(monkeypatch):
    """mkdocs-static-i18n's suffix module with the memory of its files installed (and taken
    out again after the test)."""
    from mkdocs_static_i18n import reconfigure, suffix

    original = suffix.create_i18n_file
    monkeypatch.setattr(suffix, "create_i18n_file", original)
    monkeypatch.setattr(reconfigure, "is_relative_to", reconfigure.is_relative_to)
    monkeypatch.setattr(suffix, "_archive_memo", False, raising=False)
    i18n_files.install()
    assert suffix.create_i18n_file is not original
    return SimpleNamespace(
        remembered=suffix.create_i18n_file, original=original, reconfigure=reconfigure
    )


SOURCES = [
    "index.en.md",
    "index.ru.md",
    "about.ru.md",
    "cases/2021-06-04-kazakhstan-x.en.md",
    "cases/2021-06-04-kazakhstan-x.ru.md",
    "cases/index.en.md",
    "assets/archive.css",
]


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_remembered_i18n_files_are_the_files_i18n_makes(i18n_suffix, tmp_path, use_directory_urls):
    config = SimpleNamespace(
        docs_dir=str(tmp_path / "docs"),
        site_dir=str(tmp_path / "site"),
        use_directory_urls=use_directory_urls,
    )
    for source in SOURCES:
        file = File(source, config.docs_dir, config.site_dir, use_directory_urls)
        for lang in ("en", "ru"):
            arguments = (lang, "en", ["en", "ru"], config)
            expected = i18n_suffix.original(file, *arguments)
            first = i18n_suffix.remembered(file, *arguments)
            first.page = "set by the build"  # what a build does to the file it was given
            again = i18n_suffix.remembered(file, *arguments)
            for made in (first, again):
                assert type(made) is File
                assert made.alternates == {lang: made}
                for name in ("src_uri", "dest_uri", "url", "abs_src_path", "abs_dest_path"):
                    assert getattr(made, name) == getattr(expected, name), (source, lang, name)
                for name in ("name", "locale", "localization", "norm_src_uri", "inclusion"):
                    assert getattr(made, name) == getattr(expected, name), (source, lang, name)
            assert again is not first and again.page is None


def test_remembered_i18n_files_follow_the_site_folder(i18n_suffix, tmp_path):
    """The same page in another build (another site folder, as each `mkdocs serve` run has):
    another destination."""
    file = File("cases/x.ru.md", str(tmp_path), str(tmp_path / "a"), True)
    for site in ("a", "b"):
        config = SimpleNamespace(
            docs_dir=str(tmp_path), site_dir=str(tmp_path / site), use_directory_urls=True
        )
        made = i18n_suffix.remembered(file, "ru", "en", ["en", "ru"], config)
        assert made.abs_dest_path == str(tmp_path / site / "ru" / "cases" / "x" / "index.html")


def test_remembered_place_in_docs_is_pathlibs(i18n_suffix):
    from mkdocs_static_i18n import is_relative_to

    remembered = i18n_suffix.reconfigure.is_relative_to
    assert remembered is not is_relative_to
    pairs = [
        ("/p/docs/cases/a.en.md", "/p/docs"),
        ("/p/docs/cases/a.en.md", "/p/docs/"),
        ("/p/docs", "/p/docs"),
        ("/p/docsx/a.md", "/p/docs"),
        ("/p/theme/main.html", "/p/docs"),
        ("/p/docs/../theme/x.css", "/p/docs"),
    ]
    for _ in range(2):
        for src, docs in pairs:
            assert remembered(src, docs) == is_relative_to(src, docs), (src, docs)


def test_compiled_templates_are_kept_until_their_source_changes():
    compiled = []

    class Counted(process.TemplateCode):
        def dump_bytecode(self, bucket):
            compiled.append(bucket.key)
            super().dump_bytecode(bucket)

    code = Counted()
    sources = {"page.html": "Hello {{ name }}"}

    def render() -> str:
        env = Environment(loader=DictLoader(sources), bytecode_cache=code)
        return env.get_template("page.html").render(name="world")

    assert render() == "Hello world"
    assert render() == "Hello world"
    assert len(compiled) == 1  # the second environment loaded it, not compiled it again
    sources["page.html"] = "Goodbye {{ name }}"
    assert render() == "Goodbye world"
    assert len(compiled) == 2


@pytest.fixture
def frozen(monkeypatch):
    """Idle collections with a short idle time, counted instead of made."""
    monkeypatch.setattr(process, "IDLE_SECONDS", 0.05)
    made: list[int] = []
    monkeypatch.setattr(process, "freeze_heap", lambda: made.append(1))
    return made


def test_an_idle_collection_comes_once_idle(frozen):
    idle = process.IdleCollection()
    idle.schedule()
    assert frozen == []  # not before the idle time
    time.sleep(0.3)
    assert frozen == [1]


def test_a_build_starting_before_the_idle_time_puts_it_off(frozen):
    idle = process.IdleCollection()
    idle.schedule()
    idle.cancel()
    time.sleep(0.3)
    assert frozen == []


def test_freezing_keeps_nothing_dropped_since_the_last_freeze():
    class Cycle:
        pass

    try:
        cycle = Cycle()
        cycle.me = cycle
        collected = weakref.ref(cycle)
        process.freeze_heap()
        assert gc.get_freeze_count() > 0
        del cycle
        gc.collect()
        assert collected() is not None  # frozen: out of the collector's reach
        process.freeze_heap()
        assert collected() is None
    finally:
        gc.unfreeze()
