"""The raw file of one language, as PDF extraction leaves a statement: the letterhead (jumbled
or neat), the dateline, the headline, the paragraphs, the calls to action with broken numbering
('- 1.', '-', '- 3.', or a last item set apart), the footer, and now and then a sentence split
by a page break ('Zhanar' / 'Sekerbayeva was charged', 'пресс-' / 'служба')."""

from __future__ import annotations

import random
import re

from .data import (
    FOOTER_FULL,
    FOOTER_SHORT,
    LETTERHEAD_JUMBLED,
    LETTERHEAD_NEAT,
    PHRASES,
)
from .dates import date_en, date_ru_bare
from .writer import Draft

PAGE_BREAK = 0.35  # share of files with a sentence split by a page break
_MARKS = re.compile(r"\*\*[^*]+\*\*|<u>[^<]+</u>|\[[^\]]+\]\([^)]*\)")
_VOWELS = "аеёиоуыэюя"


def _mark_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _MARKS.finditer(text)]


def _can_split(text: str, at: int, spans: list[tuple[int, int]]) -> bool:
    left, right = text[:at], text[at:].lstrip()
    return (
        len(left.split()) >= 12
        and len(right.split()) >= 6
        and (left[-1:].isalpha() or left[-1:] == "-")
        and right[:1].isalnum()
        and not any(start < at < end for start, end in spans)
    )


def _hyphenate(text: str, spans: list, rng: random.Random) -> tuple[str, str] | None:
    """A Russian word hyphenated across the break, after a vowel ('орга-' / 'низации')."""
    for word in ("пресс-служба", *PHRASES["hyphenated"]):
        for match in re.finditer(rf"(?<!\w){word}(?!\w)", text):
            half = len(word) // 2
            while word[half - 1] not in _VOWELS:
                half -= 1
            cut = match.start() + (6 if word == "пресс-служба" else half)
            if _can_split(text, cut, spans) and rng.random() < 0.7:
                hyphen = "" if word == "пресс-служба" else "-"
                head, tail = text[:cut] + hyphen, text[cut:]
                note = f"a word hyphenated across a page break ('{head.split()[-1]}')"
                return f"{head}\n\n{tail}", note
    return None


def break_page(text: str, lang: str, names: list[str], rng: random.Random) -> tuple[str, str]:
    """Split a paragraph as a page break does: inside a hyphenated Russian word, between a
    first name and a surname, or between two words. Returns the text and a note for the answer
    key ('' if no place fitted)."""
    spans = _mark_spans(text)
    if lang == "ru":
        hyphenated = _hyphenate(text, spans, rng)
        if hyphenated:
            return hyphenated
    places = []
    for name in names:
        first = name.split()[0]
        for match in re.finditer(re.escape(name), text):
            at = match.start() + len(first)
            if _can_split(text, at, spans):
                places.append(at)
    if not places or rng.random() < 0.3:
        places = [m.start() for m in re.finditer(" ", text) if _can_split(text, m.start(), spans)]
    if not places:
        return text, ""
    at = rng.choice(places)
    word = text[:at].split()[-1]
    return (
        f"{text[:at]}\n\n{text[at + 1 :]}",
        f"a sentence split across a page break after '{word}'",
    )


def _calls(calls: list[str], lang: str, rng: random.Random) -> str:
    if (rng.random() < 0.75) == (lang == "en"):
        lines = [f"- {n}. {c}" if n != 2 else f"- {c}" for n, c in enumerate(calls, start=1)]
        return "\n".join(lines)
    lines = [f"{n}. {c}" for n, c in enumerate(calls, start=1)]
    return "\n".join(lines[:-1]) + "\n\n" + lines[-1]


def layout(draft: Draft, lang: str, rng: random.Random) -> tuple[str, str]:
    """The raw file of one language, and a note on its damage."""
    i = 0 if lang == "en" else 1
    seed_layout = rng.random() < 0.75
    jumbled = seed_layout if lang == "en" else not seed_layout
    letterhead = LETTERHEAD_JUMBLED if jumbled else LETTERHEAD_NEAT
    footer = FOOTER_SHORT if (rng.random() < 0.6) == (lang == "en") else FOOTER_FULL
    day = draft.skeleton.date
    paragraphs = [p[i] for p in draft.paragraphs]
    note = ""
    if rng.random() < PAGE_BREAK:
        candidates = [k for k in draft.story if len(paragraphs[k].split()) >= 30]
        if candidates:
            k = rng.choice(candidates)
            names = [p.en if lang == "en" else p.ru["nom"] for p in draft.skeleton.defenders]
            paragraphs[k], note = break_page(paragraphs[k], lang, names, rng)
    parts = [
        date_en(day) if lang == "en" else date_ru_bare(day),
        draft.headline[i],
        *paragraphs,
        draft.calls_intro[i],
        _calls([c[i] for c in draft.calls], lang, rng),
        footer,
    ]
    return letterhead + "\n\n".join(parts), note
