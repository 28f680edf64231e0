"""Addresses that never break: a page keeps answering at every address it was published at.

A page's address is made from what the statements say (a case's date and headline, a
person's or organisation's name), so a correction or a better reading would move it. The
addresses published are recorded in `addresses.json` in the statements folder, committed like a
lock file, so every editor's machine and CI agree: each page with the statements it is made
of (a case), or that name it (a defender, an organisation), or its country code, and the
addresses it had before.

Contract: `settle` gives each case, defender, organisation and country of a linked archive its
address, and returns the record to keep and the redirects (old address → current one, per
kind). An entity is the recorded one whose statements it shares most (one to one); it takes the
address its names make now, and the address it had becomes one it answers at by redirect;
entities merged into one keep all their addresses the same way. A recorded address is never
given to another page while its page exists; two new pages that would take the same address
get `-2`, `-3` in a stable order and keep them. Only removing every statement of a page takes
its addresses away. An address that names a withheld person is neither kept nor recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson
from rapidfuzz import fuzz

from .link import RESERVED_SLUGS
from .model import Archive, StatementError
from .sources import RECORD_NAME

FILE_NAME = RECORD_NAME
KINDS = ("cases", "defenders", "organisations", "countries")


@dataclass
class Entry:
    sources: list[str]  # what identifies the page across builds
    previous: list[str] = field(default_factory=list)  # addresses it answers at by redirect


Record = dict[str, dict[str, Entry]]  # kind -> current address -> entry


@dataclass(frozen=True)
class Entity:
    key: str  # its id in the archive as linked
    slug: str  # the address its names make now, before `-2`
    sources: frozenset[str]


def read_record(data: bytes | None, source: str = FILE_NAME) -> Record:
    """The record in `addresses.json` (empty without one); StatementError if it is broken."""
    if not data:
        return {kind: {} for kind in KINDS}
    try:
        raw = orjson.loads(data)
        return {
            kind: {
                address: Entry(list(entry["sources"]), list(entry.get("previous", [])))
                for address, entry in raw.get(kind, {}).items()
            }
            for kind in KINDS
        }
    except (orjson.JSONDecodeError, AttributeError, KeyError, TypeError) as exc:
        message = f"not a record of addresses ({exc}); restore it from git"
        raise StatementError(source, message) from exc


def record_bytes(record: Record) -> bytes:
    """The record as written: sorted, one entry a line or so, for readable diffs."""
    data = {
        kind: {
            address: {
                "sources": sorted(e.sources),
                **({"previous": e.previous} if e.previous else {}),
            }
            for address, e in sorted(record[kind].items())
        }
        for kind in KINDS
    }
    return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"


def entities(archive: Archive) -> dict[str, list[Entity]]:
    """The archive's pages of each kind, with what identifies them."""
    named: dict[str, set[str]] = {}
    listed: dict[str, set[str]] = {}
    for _, statement in archive.statements():
        for person in statement.person_ids:
            named.setdefault(person, set()).add(statement.source)
    for case in archive.cases.values():
        sources = {st.source for st in case.statements.values()}
        for org in case.organisations:
            listed.setdefault(org, set()).update(sources)
    return {
        "cases": [
            Entity(c.id, c.slug_base, frozenset(s.source for s in c.statements.values()))
            for c in archive.cases.values()
        ],
        "defenders": [
            Entity(p.id, p.slug_base, frozenset(named.get(p.id, ())))
            for p in archive.people.values()
        ],
        "organisations": [
            Entity(o.id, o.slug_base, frozenset(listed.get(o.id, ())))
            for o in archive.organisations.values()
        ],
        "countries": [
            Entity(c.code, c.slug, frozenset([c.code])) for c in archive.countries.values()
        ],
    }


def settle(
    archive: Archive, record: Record, withheld: Callable[[str], bool] = lambda a: False
) -> tuple[Record, dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Addresses for every page: (the record to keep, {kind: {id as linked: address}},
    {kind: {old address: current address}})."""
    new_record: Record = {}
    addresses: dict[str, dict[str, str]] = {}
    redirects: dict[str, dict[str, str]] = {}
    found = entities(archive)
    for kind in KINDS:
        kept = {a: e for a, e in record.get(kind, {}).items() if not withheld(a)}
        for entry in kept.values():
            entry.previous = [a for a in entry.previous if not withheld(a)]
        alike = _names_alike if kind in ("defenders", "organisations") else None
        addresses[kind], new_record[kind] = _settle_kind(found[kind], kept, alike)
        redirects[kind] = {
            old: address for address, entry in new_record[kind].items() for old in entry.previous
        }
    return new_record, addresses, redirects


def _settle_kind(found: list[Entity], record: dict[str, Entry], alike=None):
    candidates = _candidates(found, record, alike)
    matches = _match(candidates)
    # Every address a page that still exists answers at stays taken, by that page alone.
    claimed: dict[str, list[str]] = {entity.key: [] for entity in found}
    for entity_key, address in matches.items():
        claimed[entity_key] += [address, *record[address].previous]
    matched = set(matches.values())
    heirs = _heirs([c for c in candidates if c[-1] not in matched])
    for address, heir in heirs.items():  # pages merged into another one
        claimed[heir] += [address, *record[address].previous]
    taken = set(RESERVED_SLUGS) | {a for owned in claimed.values() for a in owned}
    result: dict[str, str] = {}
    new_record: dict[str, Entry] = {}
    for entity in sorted(found, key=lambda e: (e.key not in matches, e.key)):
        own = claimed[entity.key]
        address = _address(entity.slug, matches.get(entity.key), own, taken)
        taken.add(address)
        result[entity.key] = address
        previous = list(dict.fromkeys(a for a in own if a != address))
        new_record[address] = Entry(sorted(entity.sources), previous)
    return result, new_record


def _address(slug: str, current: str | None, own: list[str], taken: set[str]) -> str:
    """The page keeps its address while its names make the same one (`slug`, or `slug-N`
    given when another page had it first); else the first of `slug`, `slug-2`, ... that is
    its own already or nobody's."""
    if current is not None and _made_from(slug, current):
        return current
    candidate, n = slug, 2
    while candidate in taken and candidate not in own:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


# A recorded defender or organisation is the same as a page of the archive only if their names
# are this alike (0-100, rapidfuzz's token sort ratio of the slugs' words): a spelling
# corrected (Sekerbayeva, Sekerbaeva) is; another person named in the same statements is not.
NAMES_ALIKE = 85


def _names_alike(slug: str, address: str) -> bool:
    words = [re.sub(r"-\d+$", "", a).replace("-", " ") for a in (slug, address)]
    return fuzz.token_sort_ratio(*words) >= NAMES_ALIKE


def _candidates(found: list[Entity], record: dict[str, Entry], alike) -> list[tuple]:
    """(rank, key, address) of every page that may be a recorded one, best first: they share
    a statement, and, where `alike` is given, a name. The rank prefers, in order (for a
    defender or organisation the name first): more statements shared, an address its names
    make, the fewest statements not shared."""
    by_key = {entity.key: entity for entity in found}
    ranked = []
    for (key, address), shared in _shared(found, record).items():
        entity, entry = by_key[key], record[address]
        names = [address, *entry.previous]
        if alike is not None and not any(alike(entity.slug, a) for a in names):
            continue
        own = any(_made_from(entity.slug, a) for a in names)
        apart = len(entity.sources.symmetric_difference(entry.sources))
        rank = (not own, -shared, apart) if alike else (-shared, not own, apart)
        ranked.append((rank, key, address))
    return sorted(ranked)


def _made_from(slug: str, address: str) -> bool:
    return address == slug or re.fullmatch(re.escape(slug) + r"-\d+", address) is not None


def _match(candidates: list[tuple]) -> dict[str, str]:
    """Each page to its best recorded one, one to one: {key: address}."""
    matches: dict[str, str] = {}
    used: set[str] = set()
    for _, key, address in candidates:
        if key not in matches and address not in used:
            matches[key] = address
            used.add(address)
    return matches


def _shared(found: list[Entity], record: dict[str, Entry]) -> dict[tuple[str, str], int]:
    """How many statements each page shares with each recorded page it shares any with."""
    by_source: dict[str, list[str]] = {}
    for address, entry in record.items():
        for source in entry.sources:
            by_source.setdefault(source, []).append(address)
    shared: dict[tuple[str, str], int] = {}
    for entity in found:
        for source in entity.sources:
            for address in by_source.get(source, ()):
                shared[entity.key, address] = shared.get((entity.key, address), 0) + 1
    return shared


def _heirs(unmatched: list[tuple]) -> dict[str, str]:
    """Recorded pages no page matched: {address: key of the best page that may be it} (a
    page merged into another); those no page may be are gone."""
    heirs: dict[str, str] = {}
    for _, key, address in unmatched:
        heirs.setdefault(address, key)
    return heirs


def rename(archive: Archive, addresses: dict[str, dict[str, str]]) -> None:
    """Give the archive's pages their addresses: ids everywhere they are referred to."""
    cases, people, orgs = addresses["cases"], addresses["defenders"], addresses["organisations"]
    archive.cases = {cases[k]: c for k, c in archive.cases.items()}
    archive.people = {people[k]: p for k, p in archive.people.items()}
    archive.organisations = {orgs[k]: o for k, o in archive.organisations.items()}
    for case_id, case in archive.cases.items():
        case.id = case_id
        case.defenders = [people[p] for p in case.defenders]
        case.organisations = [orgs[o] for o in case.organisations]
        for statement in case.statements.values():
            statement.person_ids = [people[p] for p in statement.person_ids]
    for person_id, person in archive.people.items():
        person.id = person_id
        person.cases = [cases[c] for c in person.cases]
        person.organisation_ids = [orgs[o] for o in person.organisation_ids]
    for org_id, org in archive.organisations.items():
        org.id = org_id
        org.cases = [cases[c] for c in org.cases]
        org.defenders = [people[p] for p in org.defenders]
    for country in archive.countries.values():
        country.slug = addresses["countries"][country.code]
        country.cases = [cases[c] for c in country.cases]
        country.defenders = [people[p] for p in country.defenders]
