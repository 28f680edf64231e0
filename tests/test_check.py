"""The editors' command: `python -m hrdarchive check FOLDER`."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys

from hrdarchive.__main__ import check

from .conftest import ROOT, SEED_EN, SEED_RU, STATEMENTS


def test_check_prints_what_was_understood(tmp_path):
    for name in (SEED_EN, SEED_RU):
        shutil.copy(STATEMENTS / name, tmp_path / name)
    out = io.StringIO()
    assert check(tmp_path, out) == 0
    text = out.getvalue()
    assert "Zhanar Sekerbayeva, Gulzada Serzhan" in text and "2021-06-04" in text
    assert f"{SEED_RU}" in text.splitlines()[2]  # the English seed's translation
    assert "2 files: 2 parsed; 1 cases" in text


def test_check_exit_status_for_warnings_and_rejections(tmp_path):
    shutil.copy(STATEMENTS / SEED_EN, tmp_path / SEED_EN)
    (tmp_path / "nobody.txt").write_text(
        "Kazakhstan: new law on NGOs\n\nThe parliament of Kazakhstan adopted a law that "
        "restricts the work of all non-governmental organisations in the country.",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert check(tmp_path, out) == 1
    assert "WARNING  nobody.txt: no defender found" in out.getvalue()
    (tmp_path / "empty.txt").write_bytes(b"")
    assert check(tmp_path, io.StringIO()) == 2


def test_check_runs_as_a_module(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "hrdarchive", "check", str(tmp_path / "missing")],
        cwd=ROOT / "hooks",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "statements folder not found" in result.stderr


HELDOUT2 = ROOT / "tests" / "fixtures" / "heldout2"
SUDALENKO = "306_ru_by-sudalenko-lasitsa-sentenced-viasna.txt"
BIALIATSKI = (
    "315_en_by-bialiatski-released-amnesty.txt",
    "316_ru_by-bialiatski-released-amnesty.txt",
)


def test_check_lists_the_weakest_evidence_first_and_a_confirmation_takes_it_off(tmp_path):
    for name in (SUDALENKO, *BIALIATSKI):
        shutil.copy(HELDOUT2 / name, tmp_path / name)
    out = io.StringIO()
    check(tmp_path, out)
    first = out.getvalue().split("Look at these first")[1].splitlines()[1:]
    assert first[0].startswith(f"  {SUDALENKO}: no date found (confirm: date)")
    assert any(f"{BIALIATSKI[0]}: paired with {BIALIATSKI[1]} on weak evidence" in line
               for line in first)  # fmt: skip
    assert f"{SUDALENKO}: defender Татьяна Ласица found by name lists only" in out.getvalue()
    # One correction confirms the pair from the Russian side, another the defenders.
    (tmp_path / BIALIATSKI[1].replace(".txt", ".yml")).write_text("confirm: translation\n")
    (tmp_path / SUDALENKO.replace(".txt", ".yml")).write_text("confirm: [defenders, date]\n")
    out = io.StringIO()
    check(tmp_path, out)
    assert "on weak evidence" not in out.getvalue()
    assert "Ласица found by" not in out.getvalue()
    assert f"{SUDALENKO}: no date found" not in out.getvalue()


def test_a_confirmation_of_an_unknown_fact_is_refused(tmp_path):
    shutil.copy(HELDOUT2 / SUDALENKO, tmp_path / SUDALENKO)
    (tmp_path / SUDALENKO.replace(".txt", ".yml")).write_text("confirm: [headline]\n")
    out = io.StringIO()
    assert check(tmp_path, out) == 2
    assert "cannot confirm headline; known: date, country, defenders" in out.getvalue()
