"""Command line for editors: `python -m hrdarchive check [FOLDER]`.

Reads a statements folder the way the build does and prints, per file, what was understood
(language, date, country, defenders, translation), what each PDF, web page or Word file was
and what its extraction left out, the facts found on the weakest evidence (`review`), and every
problem, without building the site. Exit status:
0 when nothing needs an editor, 1 when a statement has a warning, 2 when a file was rejected.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import build_archive
from .model import Archive, Statement
from .review import to_review


def _statement_row(archive: Archive, statement: Statement) -> list[str]:
    case = next(c for c in archive.cases.values() if statement in c.statements.values())
    other = [s.source for s in case.statements.values() if s is not statement]
    return [
        statement.lang,
        statement.date.isoformat() if statement.date else "—",
        statement.country or "—",
        ", ".join(statement.defenders) or "—",
        other[0] if other else "—",
    ]


def check(folder: Path, out=sys.stdout) -> int:
    archive = build_archive(folder)
    statements = {s.source: s for _, s in archive.statements()}
    headers = ["file", "status", "lang", "date", "country", "defenders", "translation"]
    rows = []
    for report in archive.files:
        statement = statements.get(report.source)
        facts = _statement_row(archive, statement) if statement else ["", "", "", "", ""]
        rows.append([report.source, report.status, *facts])
    widths = [min(max(len(r[i]) for r in [headers, *rows]), 48) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    print(line(headers), file=out)
    print(line(["-" * w for w in widths]), file=out)
    for row in rows:
        print(line(row), file=out)
    extracted = [report for report in archive.files if report.origin]
    if extracted:
        print("\nRead from PDF, web page and Word files:", file=out)
        for report in extracted:
            print(f"  {report.source}: {report.origin}", file=out)
    reviews = to_review(archive)
    if reviews:
        print(f"\nLook at these first ({len(reviews)}), weakest evidence first:", file=out)
        for review in reviews:
            print(f"  {review}", file=out)
    if archive.problems:
        print(f"\n{len(archive.problems)} problem(s):", file=out)
        for problem in sorted(archive.problems, key=lambda p: (p.source, p.message)):
            print(f"  {problem.severity.upper():8} {problem}", file=out)
    counts: dict[str, int] = {}
    for report in archive.files:
        counts[report.status] = counts.get(report.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    print(f"\n{len(archive.files)} files: {summary}; {len(archive.cases)} cases", file=out)
    if any(p.severity == "error" for p in archive.problems):
        return 2
    return 1 if archive.problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hrdarchive", description=__doc__.split("\n\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="read a statements folder and report")
    check_parser.add_argument("folder", nargs="?", type=Path, default=Path("statements"))
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"error: statements folder not found: {args.folder}", file=sys.stderr)
        return 2
    return check(args.folder)


if __name__ == "__main__":
    sys.exit(main())
