"""Open data: the archive as `archive.json` and as CSV tables, for researchers to reuse.

Contract: the JSON follows the schema in EDITORS.md (open data); every list is in a stable
order, so the same statements always give the same bytes. URLs are relative to the site root
unless a `site_url` is given.
"""

from __future__ import annotations

import csv
import io

import orjson

from .model import LANGS, Archive, DefenderStatus, PairEvidence
from .status import latest_status


def statement_id(case_id: str, lang: str) -> str:
    return f"{case_id}.{lang}"


def case_path(case_id: str, lang: str) -> str:
    return ("" if lang == "en" else f"{lang}/") + f"cases/{case_id}/"


def archive_data(archive: Archive, site_url: str = "") -> dict:
    base = site_url.rstrip("/") + "/" if site_url else ""
    statements = []
    cases = []
    for case in archive.cases_newest_first():
        for lang in LANGS:
            st = case.statements.get(lang)
            if st is None:
                continue
            statements.append(
                {
                    "id": statement_id(case.id, lang),
                    "case": case.id,
                    "lang": lang,
                    "source": st.source,
                    "date": st.date.isoformat() if st.date else None,
                    "title": st.title,
                    "country": st.country,
                    "found_by": {fact: st.found_by.get(fact) for fact in ("date", "country")},
                    "confirmed": st.confirmed,
                    "defenders": [
                        {
                            "id": person_id,
                            "name": name,
                            "found_by": st.found_by.get(f"defender:{name}"),
                            "status": _status(st.statuses.get(name)),
                        }
                        for person_id, name in zip(st.person_ids, st.defenders, strict=True)
                    ],
                    "organisations": st.organisations,
                    "publisher": st.publisher,
                    "url": base + case_path(case.id, lang),
                }
            )
        cases.append(
            {
                "id": case.id,
                "date": case.date.isoformat() if case.date else None,
                "country": case.country,
                "defenders": case.defenders,
                "statements": {
                    lang: statement_id(case.id, lang) for lang in LANGS if lang in case.statements
                },
                "pairing": _pairing(case.pairing),
            }
        )
    return {
        "statements": statements,
        "cases": cases,
        "defenders": [
            {
                "id": p.id,
                "names": {lang: p.names.get(lang) for lang in LANGS},
                "transliterated": {lang: p.transliterated.get(lang) for lang in LANGS},
                "aliases": p.aliases,
                "organisations": p.organisations,
                "cases": p.cases,
                "countries": p.countries,
                "latest_status": _latest(archive, p.id),
            }
            for p in sorted(archive.people.values(), key=lambda p: p.id)
        ],
        "countries": [
            {"code": c.code, "names": c.names, "cases": c.cases, "defenders": c.defenders}
            for c in archive.countries.values()
        ],
        "problems": [
            {"source": p.source, "severity": p.severity, "message": p.message, "line": p.line}
            for p in sorted(archive.problems, key=lambda p: (p.source, p.message))
        ],
        "files": [
            {"source": f.source, "status": f.status, "detail": f.detail} for f in archive.files
        ],
    }


def _pairing(pairing: PairEvidence | None) -> dict | None:
    """How a case's two statements were paired: by an editor, or on what evidence."""
    if pairing is None:
        return None
    return {
        "found_by": pairing.how,
        "same_date": pairing.same_date,
        "same_publisher": pairing.same_publisher,
        "shared_defenders": pairing.shared_defenders,
        "shared_numbers": pairing.shared_numbers,
        "weak": pairing.weak,
    }


def _status(status: DefenderStatus | None) -> dict | None:
    """A defender's status as the statement reports it, and how it was found."""
    if status is None:
        return None
    return {
        "stage": status.stage,
        "term": status.term,
        "sentence": status.sentence,
        "found_by": status.how,
    }


def _latest(archive: Archive, person_id: str) -> dict | None:
    """The person's status in the newest case that reports one, with its date and case."""
    found = latest_status(archive, person_id)
    if found is None:
        return None
    status, case, statement = found
    return _status(status) | {
        "date": case.date.isoformat() if case.date else None,
        "case": case.id,
        "statement": statement_id(case.id, statement.lang),
    }


def open_data_files(archive: Archive, site_url: str = "") -> dict[str, str]:
    """The files of `data/`, by name, from one pass over the archive."""
    data = archive_data(archive, site_url)
    return {
        "archive.json": _json(data),
        "cases.csv": _cases_csv(data),
        "defenders.csv": _defenders_csv(data),
    }


def archive_json(archive: Archive, site_url: str = "") -> str:
    return _json(archive_data(archive, site_url))


def _json(data: dict) -> str:
    """Compact JSON, as `json.dumps(data, ensure_ascii=False, separators=(",", ":"))` writes
    it, faster (orjson): under `mkdocs serve`, every change that is more than a statement's
    text writes it again. Not indented: at 10,000 statements per language indentation is a
    quarter of the file."""
    return orjson.dumps(data).decode("utf-8") + "\n"


def _cases_csv(data: dict) -> str:
    people = {p["id"]: p for p in data["defenders"]}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "id",
            "date",
            "country",
            "title_en",
            "title_ru",
            "defenders",
            "statuses",
            "source_en",
            "source_ru",
        ]
    )
    by_id = {s["id"]: s for s in data["statements"]}
    for case in data["cases"]:
        en = by_id.get(case["statements"].get("en", ""), {})
        ru = by_id.get(case["statements"].get("ru", ""), {})
        writer.writerow(
            [
                case["id"],
                case["date"] or "",
                case["country"] or "",
                en.get("title") or "",
                ru.get("title") or "",
                "; ".join(
                    people[p]["names"]["en"] or people[p]["names"]["ru"] for p in case["defenders"]
                ),
                "; ".join(_status_cells(en or ru, ru or en)),
                en.get("source", ""),
                ru.get("source", ""),
            ]
        )
    return out.getvalue()


def _status_cells(first: dict, second: dict) -> list[str]:
    """'Name: stage (term)' for each defender the case's statements give a status."""
    cells = {}
    for statement in (second, first):  # the first one's word wins
        for d in statement.get("defenders", []):
            if d["status"]:
                term = f" ({d['status']['term']})" if d["status"]["term"] else ""
                cells[d["id"]] = f"{d['name']}: {d['status']['stage']}{term}"
    return list(cells.values())


def _defenders_csv(data: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "id",
            "name_en",
            "name_ru",
            "aliases",
            "countries",
            "cases",
            "latest_status",
            "latest_status_term",
            "latest_status_date",
            "latest_status_case",
        ]
    )
    for person in data["defenders"]:
        writer.writerow(
            [
                person["id"],
                person["names"]["en"] or "",
                person["names"]["ru"] or "",
                "; ".join(person["aliases"]),
                "; ".join(person["countries"]),
                "; ".join(person["cases"]),
                *_latest_cells(person["latest_status"]),
            ]
        )
    return out.getvalue()


def _latest_cells(latest: dict | None) -> list[str]:
    if latest is None:
        return ["", "", "", ""]
    return [latest["stage"], latest["term"] or "", latest["date"] or "", latest["case"]]
