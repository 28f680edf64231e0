"""hooks/stack_caches.py: what it keeps between builds is what the stack would make again.
That the whole site comes out the same with and without it: tests/test_reproducible.py."""

from __future__ import annotations

import gc
import re
import time
import weakref
from pathlib import Path
from types import SimpleNamespace

import pytest
import stack_caches
from jinja2 import DictLoader, Environment
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def i18n_suffix(monkeypatch):
    """mkdocs-static-i18n's suffix module with the hook's memory of its files installed (and
    taken out again after the test)."""
    from mkdocs_static_i18n import reconfigure, suffix

    original = suffix.create_i18n_file
    monkeypatch.setattr(suffix, "create_i18n_file", original)
    monkeypatch.setattr(reconfigure, "is_relative_to", reconfigure.is_relative_to)
    monkeypatch.setattr(suffix, "_remembered", False, raising=False)
    stack_caches.on_startup(command="serve", dirty=True)
    assert suffix.create_i18n_file is not original
    return SimpleNamespace(
        remembered=suffix.create_i18n_file, original=original, reconfigure=reconfigure
    )


def test_the_i18n_release_read_is_the_one_pinned():
    pinned = re.search(r"^mkdocs-static-i18n==(\S+)", (ROOT / "requirements.txt").read_text(), re.M)
    assert pinned and pinned[1] == stack_caches.I18N_READ, (
        "a new mkdocs-static-i18n: read its create_i18n_file, then update I18N_READ"
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

    class Counted(stack_caches.TemplateCode):
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
def serving(monkeypatch):
    """The hook as under `mkdocs serve`, with a short idle time; the heap unfrozen after."""
    monkeypatch.setattr(stack_caches, "IDLE_SECONDS", 0.05)
    monkeypatch.setattr(stack_caches, "_serve", {"on": False, "idle": None, "depth": 0})
    frozen = []
    monkeypatch.setattr(stack_caches, "freeze_heap", lambda: frozen.append(1))
    yield frozen
    stack_caches.on_shutdown()


def build(config=None) -> None:
    """The hook's events of a build of both languages, as mkdocs-static-i18n nests them."""
    stack_caches.on_config(config)
    stack_caches.on_pre_build(config)
    stack_caches.on_config(config)
    stack_caches.on_pre_build(config)
    stack_caches.on_post_build(config)  # the other language's build ends
    stack_caches.on_post_build(config)


def test_serve_freezes_the_heap_once_idle_after_a_build(serving):
    stack_caches.on_startup(command="serve", dirty=False)
    build()
    assert serving == []  # not before the idle time
    time.sleep(0.3)
    assert serving == [1]


def test_a_build_starting_before_the_idle_time_puts_it_off(serving):
    stack_caches.on_startup(command="serve", dirty=False)
    build()
    stack_caches.on_config(None)
    time.sleep(0.3)
    assert serving == []


def test_a_single_build_leaves_the_heap_alone(serving):
    stack_caches.on_startup(command="build", dirty=False)
    build()
    time.sleep(0.3)
    assert serving == []


def test_freezing_keeps_nothing_dropped_since_the_last_freeze():
    class Cycle:
        pass

    try:
        cycle = Cycle()
        cycle.me = cycle
        collected = weakref.ref(cycle)
        stack_caches.freeze_heap()
        assert gc.get_freeze_count() > 0
        del cycle
        gc.collect()
        assert collected() is not None  # frozen: out of the collector's reach
        stack_caches.freeze_heap()
        assert collected() is None
    finally:
        gc.unfreeze()
