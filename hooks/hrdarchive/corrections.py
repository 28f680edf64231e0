"""Editors' corrections: a small YAML file beside a statement, same name, `.yml` suffix.

    date: 2021-06-04            # YYYY-MM-DD, or null: the statement has no date
    country: Kazakhstan         # a name in English or Russian, or an ISO code (KZ)
    title: "Kazakhstan: ..."    # the headline as it should read
    defenders: [Zhanar Sekerbayeva, Gulzada Serzhan]   # replaces the parser's list
    organisations: [Kazakhstan Feminist Initiative "Feminita"]
    publisher: Front Line Defenders
    translation: 003_ec3d1e8a170b5577.txt   # the other-language version; `none`: it has none
    lang: en                    # en or ru, where the parser got the language wrong
    themes: [arbitrary-detention, judicial-harassment]   # replaces the assigned themes
    statuses:                   # a defender's stage as an editor read it; wins over the text's
      Zhanar Sekerbayeva: released
      Gulzada Serzhan: {stage: sentenced, term: 7 years}
    confirm: [defenders, translation]   # read and right as found: no longer listed by `check`
    spellings:                  # a defender's name as the other language writes it
      Zhanar Sekerbayeva: Жанар Секербаева

Contract: `read_corrections` returns the validated fields or raises `CorrectionError` naming the
file and what is wrong with it; `apply_corrections` sets each given field on the statement, so
corrections always win over the parser.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from . import countries
from .cues import stages
from .model import DefenderStatus, Statement, StatementError

FIELDS = (
    "date",
    "country",
    "title",
    "defenders",
    "organisations",
    "publisher",
    "translation",
    "lang",
    "themes",
    "statuses",
    "confirm",
    "spellings",
)
# The facts `confirm:` can name: what `check` lists for an editor to look at.
CONFIRMABLE = ("date", "country", "defenders", "translation", "statuses")


class CorrectionError(StatementError):
    pass


def read_corrections(text: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        problem = getattr(exc, "problem", exc)
        raise CorrectionError(source, f"not valid YAML: {problem}", line) from exc
    except ValueError as exc:  # YAML's own dates: 'date: 2021-02-30' fails while loading
        raise CorrectionError(source, f"not a real date or number: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorrectionError(source, "must be a mapping of field: value")
    unknown = sorted(set(map(str, data)) - set(FIELDS))
    if unknown:
        raise CorrectionError(
            source, f"unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}"
        )
    return {key: _validate(key, value, source) for key, value in data.items()}


def _validate(key: str, value: Any, source: str) -> Any:
    if key == "date":
        if value is None or isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            message = f"date must be YYYY-MM-DD or null, not {value!r}"
            raise CorrectionError(source, message) from None
    if key == "country":
        if value is None:
            return None
        code = countries.lookup(str(value))
        if code is None:
            raise CorrectionError(source, f"unknown country {value!r}")
        return code
    if key == "themes":
        from .themes import themes_by_id

        values = _validate("defenders", value, source)
        unknown = [v for v in values if v not in themes_by_id()]
        if unknown:
            known = ", ".join(themes_by_id())
            raise CorrectionError(source, f"unknown theme(s) {', '.join(unknown)}; known: {known}")
        return values
    if key == "statuses":
        return _validate_statuses(value, source)
    if key == "spellings":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise CorrectionError(source, "spellings must map a defender's name to a name")
        return {k.strip(): v.strip() for k, v in value.items() if k.strip() and v.strip()}
    if key == "confirm":
        values = [value] if isinstance(value, str) else _validate("defenders", value, source)
        unknown = [v for v in values if v not in CONFIRMABLE]
        if unknown:
            known = ", ".join(CONFIRMABLE)
            raise CorrectionError(source, f"cannot confirm {', '.join(unknown)}; known: {known}")
        return values
    if key in ("defenders", "organisations"):
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CorrectionError(source, f"{key} must be a list of names")
        return [v.strip() for v in value if v.strip()]
    if key == "lang":
        if value not in ("en", "ru"):
            raise CorrectionError(source, f"lang must be en or ru, not {value!r}")
        return value
    if key == "translation":
        if value is None or str(value).strip().lower() == "none":
            return None
        return str(value).strip()
    if value is not None and not isinstance(value, str):
        raise CorrectionError(source, f"{key} must be text")
    return value


def _validate_statuses(value: Any, source: str) -> dict[str, DefenderStatus]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise CorrectionError(source, "statuses must map a defender's name to a stage")
    known = stages()
    found = {}
    for name, given in value.items():
        stage, term = (
            (given.get("stage"), given.get("term")) if isinstance(given, dict) else (given, None)
        )
        if stage not in known:
            raise CorrectionError(
                source, f"unknown stage {stage!r} for {name}; known: {', '.join(known)}"
            )
        found[str(name).strip()] = DefenderStatus(
            stage, "", str(term) if term is not None else None, how="editor"
        )
    return found


def apply_corrections(statement: Statement, corrections: dict[str, Any]) -> None:
    for key, value in corrections.items():
        if key == "translation":
            statement.translation = value
            statement.no_translation = value is None
        elif key == "confirm":
            statement.confirmed = value
            continue
        else:
            setattr(statement, key, value)
        statement.corrected.append(key)
        _found_by_editor(statement, key)


def _found_by_editor(statement: Statement, key: str) -> None:
    found_by = statement.found_by
    if key == "defenders":
        for fact in [f for f in found_by if f.startswith("defender:")]:
            del found_by[fact]
        found_by.update({f"defender:{name}": "editor" for name in statement.defenders})
    elif key in ("date", "country"):
        found_by.pop(key, None)
        if getattr(statement, key) is not None:
            found_by[key] = "editor"
