"""The corpus: N statements drawn (country, defenders, kind, date), written in both languages,
laid out as raw files, and the answer key.

Contract: the same `pairs` and `seed` give byte-identical files, in any process and under any
hash seed: one `random.Random(seed)` drawn in a fixed order, no set iteration, no clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from .data import COUNTRIES, KINDS, PHRASES
from .layout import layout
from .names import name_lists
from .people import Corpus, Person, Skeleton
from .writer import Draft, Writer

FIRST_DAY = dt.date(2014, 1, 1)
DAYS_SPANNED = 3652  # ten years of statements
COUNTRY_WEIGHTS = [1 / rank for rank in range(1, len(COUNTRIES) + 1)]  # Zipf
KIND_NAMES = list(KINDS)
KIND_WEIGHTS = [KINDS[k]["weight"] for k in KIND_NAMES]


def skeletons(corpus: Corpus, pairs: int) -> list[Skeleton]:
    """Each statement's country (Zipf), one to three defenders, kind and role, then its date:
    one statement per defender and day, so that two cases of one person are two dates."""
    rng = corpus.rng
    drawn = []
    roles = PHRASES["role_weights"]
    for number in range(pairs):
        country = rng.choices(range(len(COUNTRIES)), COUNTRY_WEIGHTS)[0]
        size = rng.choices((1, 2, 3), (55, 33, 12))[0]
        defenders: list[Person] = []
        for _ in range(size):
            defenders.append(corpus.defender(country, defenders))
        kind = rng.choices(KIND_NAMES, KIND_WEIGHTS)[0]
        role = rng.choices(list(roles), list(roles.values()))[0]
        drawn.append(Skeleton(number, country, defenders, kind, role))
    for sk in drawn:
        while True:
            day = FIRST_DAY + dt.timedelta(days=21 + rng.randrange(DAYS_SPANNED - 21))
            if all(day not in p.dates for p in sk.defenders):
                break
        sk.date = day
        for person in sk.defenders:
            person.dates.add(day)
    return drawn


def file_name(position: int, seed: int, number: int, lang: str) -> str:
    """'00042_<16 hex>.txt': hash-like, so that pairing must come from the text."""
    digest = hashlib.sha256(f"{seed}/{number}/{lang}".encode()).hexdigest()[:16]
    return f"{position:05d}_{digest}.txt"


@dataclass
class Report:
    """What the generator could not make with the libraries alone, for its one-line summary."""

    people: int = 0
    words: set[tuple[str, str]] = field(default_factory=set)  # name words used, with rules
    marked: int = 0  # Russian statements whose notes name words declined by rules
    left_out: dict[str, str] = field(default_factory=dict)  # name words not used, and why

    def summary(self) -> str:
        by_rules = sum(1 for _, rule in self.words if rule)
        return (
            f"names: {self.people} defenders; of the {len(self.words)} name words used, "
            f"{by_rules} declined by the generator's own rules, not pymorphy3's dictionary "
            f"(named in the notes of {self.marked} Russian statements); {len(self.left_out)} "
            f"left out of the lists, their declension unsure ({', '.join(self.left_out)})"
        )


def generate(pairs: int, seed: int, out: Path) -> Report:
    """Write `pairs` English statements, their Russian translations and `answers.json` into
    `out` (created if missing). The same arguments give the same bytes."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    corpus = Corpus(rng)
    drawn = skeletons(corpus, pairs)
    positions = list(range(2 * pairs))
    rng.shuffle(positions)
    writer = Writer(corpus)
    report = Report(people=len(corpus.people), left_out=dict(name_lists().left_out))
    answers = []
    for sk in sorted(drawn, key=lambda s: (s.date, s.number)):
        draft = writer.render(sk)
        names = {
            lang: file_name(positions[2 * sk.number + i], seed, sk.number, lang)
            for i, lang in enumerate(("en", "ru"))
        }
        for lang in ("en", "ru"):
            text, damage = layout(draft, lang, rng)
            (out / names[lang]).write_text(text, encoding="utf-8")
            other = names["ru" if lang == "en" else "en"]
            answers.append(_answer(draft, lang, names[lang], other, damage))
        report.words.update(draft.words)
        report.marked += bool(draft.rules)
    answers.sort(key=lambda a: a["file"])
    (out / "answers.json").write_text(
        json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return report


def _answer(draft: Draft, lang: str, name: str, other: str, damage: str) -> dict:
    sk = draft.skeleton
    i = 0 if lang == "en" else 1
    return {
        "file": name,
        "lang": lang,
        "date": sk.date.isoformat(),
        "country": COUNTRIES[sk.country].en,
        "title": draft.headline[i],
        "defenders": [p.en if lang == "en" else p.ru["nom"] for p in sk.defenders],
        "organisations": [o[i] for o in draft.organisations],
        "pair": other,
        "publisher": "Front Line Defenders",
        "truncated": False,
        "notes": _notes(draft, lang, damage, other),
    }


def _notes(draft: Draft, lang: str, damage: str, other: str) -> str:
    parts = [f"Synthetic ({draft.skeleton.kind.replace('_', ' ')} in {draft.city})"]
    if lang == "ru":
        parts.append(f"Russian translation of {other}; names in oblique cases")
        if draft.rules:
            parts.append(
                "declined by the generator's own rules, not pymorphy3's dictionary: "
                + ", ".join(draft.rules)
            )
    if damage:
        parts.append(damage)
    parts.append("not defenders: " + ", ".join(draft.others))
    return "; ".join(parts) + "."
