"""Live preview: with `mkdocs serve` running (and with `mkdocs serve --dirty`, which builds
only the pages that changed), an editor adds, corrects, edits and deletes raw statements, and
the site follows, its search index too, rebuilding once per change."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import SEED_EN, SEED_RU, STATEMENTS, copy_project

SEED_CASE = "2021-06-04-zhanar-sekerbayeva-and-gulzada-serzhan-verbally-and"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, project: Path, statements: Path, dirty: bool = False):
        self.port = free_port()
        self.project = project
        self.log_path = project / "serve.log"
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{self.port}"]
            + (["--dirty"] if dirty else []),
            cwd=project,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env={
                **os.environ,
                "ARCHIVE_STATEMENTS_DIR": str(statements),
                "NO_MKDOCS_2_WARNING": "1",
            },
        )

    def text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def builds(self) -> int:
        return self.text().count("Building documentation")

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, ""
        except (urllib.error.URLError, ConnectionError):
            return 0, ""

    def wait(self, condition, what: str, timeout: float = 60) -> float:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                pytest.fail(f"mkdocs serve stopped:\n{self.text()[-3000:]}")
            if condition():
                return time.monotonic() - started
            time.sleep(0.2)
        pytest.fail(f"{what}: not within {timeout} s\n{self.text()[-3000:]}")

    def settle(self, builds: int) -> None:
        """Wait for the server to be idle after `builds` builds, then a little longer: a
        second, unwanted rebuild would start within that time."""
        self.wait(lambda: self.builds() >= builds, f"build {builds}")
        self.wait(lambda: self.text().count("Reloading browsers") >= builds - 1, "reload")
        time.sleep(3)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(params=["serve", "serve --dirty"])
def served(tmp_path, request):
    statements = tmp_path / "statements"
    statements.mkdir()
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, statements / name)
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project, statements)
    server = Server(project, statements, dirty=request.param.endswith("--dirty"))
    try:
        server.wait(lambda: server.get("/")[0] == 200, "first build")
        server.settle(1)
        yield server, statements
    finally:
        server.stop()


def case_links(server: Server) -> set[str]:
    """The cases the cases index leads to, through its pages of years."""
    years = set(re.findall(r'href="(?:\./)?(\d{4}|undated)/"', server.get("/cases/")[1]))
    found: set[str] = set()
    for year in years:
        found |= set(
            re.findall(r'href="\.\./\.\./cases/([\w-]+)/"', server.get(f"/cases/{year}/")[1])
        )
    return found


def searchable(server: Server, lang: str) -> set[str]:
    """The locations the search index of a language holds."""
    status, text = server.get(f"/search/{lang}/index.json")
    assert status == 200
    pages = []
    for part in range(-(-json.loads(text)["pages"] // json.loads(text)["pagesPerPart"])):
        status, text_of_part = server.get(f"/search/{lang}/pages-{part}.json")
        assert status == 200
        pages += json.loads(text_of_part)
    return {page[0] for page in pages}


def test_each_change_rebuilds_once_and_the_site_follows(served):
    server, statements = served
    # The page as served carries MkDocs' inline reload script, which its policy lets run.
    status, home = server.get("/")
    assert "'unsafe-inline'" in re.search(r'Content-Security-Policy" content="([^"]*)', home)[1]
    extra = Path(__file__).parent / "fixtures" / "extra"
    candidates = sorted(extra.glob("*.txt"))
    assert candidates

    # Editing a statement: its page changes.
    seed = statements / SEED_EN
    seed.write_text(
        seed.read_text("utf-8").replace("Shymkent city", "Shymkent city (edited)"), encoding="utf-8"
    )
    page = f"/cases/{SEED_CASE}/"
    server.wait(lambda: "Shymkent city (edited)" in server.get(page)[1], "edit shown")
    server.settle(2)
    assert server.builds() == 2, "an edit rebuilt more than once"
    # The published raw statement follows too (a rebuild for an edit of the text alone
    # writes only the changed statement's copy).
    assert "Shymkent city (edited)" in server.get(f"/statements/{SEED_EN}")[1]
    assert "only the text of 1 statement(s) changed" in server.text()
    # The sitemap (not written again by a dirty build when no page came or went) is whole.
    assert f"/cases/{SEED_CASE}/</loc>" in server.get("/sitemap.xml")[1]

    # Adding a statement: a new case page, listed on the index.
    added = candidates[0]
    before = case_links(server)
    assert SEED_CASE in before
    shutil.copy(added, statements / added.name)
    server.wait(lambda: len(case_links(server)) > len(before), "new case listed")
    server.settle(3)
    assert server.builds() == 3
    [new_case] = case_links(server) - before
    assert server.get(f"/cases/{new_case}/")[0] == 200
    assert f"cases/{new_case}/" in searchable(server, "en")
    assert f"ru/cases/{new_case}/" in searchable(server, "ru")
    assert f"cases/{SEED_CASE}/" in searchable(server, "en")  # pages not built again stay
    assert server.get(f"/statements/{added.name}")[0] == 200
    assert f"/cases/{new_case}/</loc>" in server.get("/sitemap.xml")[1]

    # Correcting it (the editor's YAML beside it): the correction shows.
    (statements / f"{added.stem}.yml").write_text("country: AM\n", encoding="utf-8")
    server.wait(lambda: "Armenia" in server.get(f"/cases/{new_case}/")[1], "correction shown")
    server.settle(4)
    assert server.builds() == 4

    # Deleting it: its page is gone.
    (statements / f"{added.stem}.yml").unlink()
    (statements / added.name).unlink()
    server.wait(lambda: case_links(server) == before, "deletion shown")
    server.settle(5)
    assert server.builds() == 5
    assert server.get(f"/cases/{new_case}/")[0] == 404
    assert server.get(f"/ru/cases/{new_case}/")[0] == 404
    assert server.get(f"/statements/{added.name}")[0] == 404
    assert f"/cases/{new_case}/</loc>" not in server.get("/sitemap.xml")[1]
    assert f"/cases/{SEED_CASE}/</loc>" in server.get("/sitemap.xml")[1]
    assert f"cases/{new_case}/" not in searchable(server, "en")
    assert f"ru/cases/{new_case}/" not in searchable(server, "ru")
    assert f"cases/{SEED_CASE}/" in searchable(server, "en")

    # An editor's own page in docs/ (watched, unlike the pages the build writes there).
    about = server.project / "docs" / "about.en.md"
    about.write_text(about.read_text("utf-8") + "\nEdited by an editor.\n", encoding="utf-8")
    server.wait(lambda: "Edited by an editor." in server.get("/about/")[1], "page edit shown")
    server.settle(6)
    assert server.builds() == 6
    assert "Error" not in server.text() and "Traceback" not in server.text()


def test_a_pdf_and_a_web_page_dropped_into_the_folder_become_cases(tmp_path):
    """What an editor does with a publisher's files under `mkdocs serve`."""
    statements = tmp_path / "statements"
    statements.mkdir()
    shutil.copy(STATEMENTS / SEED_EN, statements / SEED_EN)
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project, statements)
    server = Server(project, statements, dirty=False)
    try:
        server.wait(lambda: server.get("/")[0] == 200, "first build")
        server.settle(1)
        before = case_links(server)
        pdf = "105_en_kg-askarov-humanitarian-release-fld.pdf"
        page = "109_en_kz-bokaev-ayan-sentenced-hrw.html"
        shutil.copy(STATEMENTS / pdf, statements / pdf)
        shutil.copy(STATEMENTS / page, statements / page)
        server.wait(lambda: len(case_links(server) - before) == 2, "two new cases listed")
        added = "".join(server.get(f"/cases/{case}/")[1] for case in case_links(server) - before)
        assert "Askarov" in added and "Bokaev" in added
        assert server.get(f"/statements/{pdf}")[0] == 200
        assert server.get(f"/statements/{page}")[0] == 404  # never the page's HTML
        assert "Bokaev" in server.get(f"/statements/{page}.txt")[1]
        server.wait(lambda: f"{pdf}: PDF, 1 page" in server.text(), "what the PDF was, logged")
        assert "Traceback" not in server.text()
    finally:
        server.stop()
