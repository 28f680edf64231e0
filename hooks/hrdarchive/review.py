"""What an editor should look at first: the facts the archive found on the weakest evidence.
`python -m hrdarchive check` lists them; a correction's `confirm:` takes a fact off the list.

Contract: reads a linked `Archive`; returns the items in the order an editor should take them
(undated statements, pairs on weak evidence, defenders found by name lists or by how often the
text names them, defenders no sentence gives a status), each naming its file.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Archive, Case, Statement

# Defenders found this way were not introduced by the statement as defenders.
WEAK_DEFENDERS = ("name lists", "frequency")


@dataclass(frozen=True)
class Review:
    source: str
    fact: str  # what `confirm:` names to take it off the list
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message} (confirm: {self.fact})"


def to_review(archive: Archive) -> list[Review]:
    statements = archive.statements()
    found: list[Review] = []
    found += [_undated(st) for _, st in statements if st.date is None]
    found += [r for case in archive.cases_newest_first() if (r := _weak_pair(case))]
    for _, st in statements:
        found += _weak_defenders(st)
    for _, st in statements:
        found += _no_status(st)
    cases = {st.source: case for case, st in statements}
    return [r for r in found if not _confirmed(cases, r)]


def _undated(st: Statement) -> Review:
    return Review(st.source, "date", "no date found")


def _weak_pair(case: Case) -> Review | None:
    pairing = case.pairing
    if pairing is None or not pairing.weak:
        return None
    en, ru = case.statements["en"], case.statements["ru"]
    said = [
        "dated alike" if pairing.same_date else "a date missing",
        f"{pairing.shared_defenders:.0%} of defenders shared",
        f"{pairing.shared_numbers:.0%} of numbers shared",
    ]
    return Review(en.source, "translation", f"paired with {ru.source} on weak evidence: "
                  + ", ".join(said))  # fmt: skip


def _weak_defenders(st: Statement) -> list[Review]:
    found = []
    for name in st.defenders:
        how = st.found_by.get(f"defender:{name}")
        if how in WEAK_DEFENDERS:
            found.append(Review(st.source, "defenders", f"defender {name} found by {how} only"))
    return found


def _no_status(st: Statement) -> list[Review]:
    return [
        Review(st.source, "statuses", f"no sentence says what has happened to {name}")
        for name in st.defenders
        if name not in st.statuses
    ]


def _confirmed(cases: dict[str, Case], review: Review) -> bool:
    """A pair is confirmed by either of its statements' corrections."""
    case = cases[review.source]
    statements = case.statements.values()
    if review.fact != "translation":
        statements = [st for st in statements if st.source == review.source]
    return any(review.fact in st.confirmed for st in statements)
