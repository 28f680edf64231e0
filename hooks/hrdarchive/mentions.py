"""Where a statement's text speaks of a defender: patterns for a name in any grammatical case,
and the sentences that say who a defender is (a short profile from the statements' own words).

Contract: plain text in, plain text out; nothing here escapes or renders.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from .model import Lang

_RU_ENDING = r"(?:а|я|у|ю|ом|ем|ым|им|е|ы|и|ой|ей|ою|ую)?"
_RU_STRIP = re.compile(r"(?:ая|ой|ий|ый|а|я)$")


@cache
def name_pattern(name: str, lang: Lang) -> re.Pattern[str]:
    """The full name as the text may write it: 'Zhanar Sekerbayeva'; 'Жанар Секербаевой',
    'Гулзаду Сержан' for a Russian nominative."""
    tokens = name.split()
    if lang == "ru":
        parts = [re.escape(_RU_STRIP.sub("", t) if len(t) > 3 else t) + _RU_ENDING for t in tokens]
    else:
        parts = [re.escape(t) for t in tokens]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])")


# 'Zhanar Sekerbayeva is a journalist, poet …', 'Оюб Титиев – глава …', 'X, who heads …'
_DESCRIBES = {
    "en": re.compile(
        # 'is a journalist', 'are women human rights defenders'; not 'is being prosecuted',
        # 'is currently facing trial', 'is detained': those tell an event.
        r"^\W*(?:(?:is|are)\b(?!\s+(?:being|currently|still|now|\w+ed|\w+ing)\b)"
        r"|works|heads|leads|(?:was|has been)\s+(?:a|an|the|one)\b"
        r"|,\s+(?:a|an|the|who)\b)"
    ),
    "ru": re.compile(
        r"^\W*(?:[–—-]\s|является|работает|возглавляет|,\s+(?:котор|председател|глав|руководител|член|основател|сооснователь))"
    ),
}
_SENTENCE = re.compile(r"(?<=[.!?»”])\s+(?=[A-ZА-ЯЁ«“\"])")


# 'Paris-Geneva, August 2, 2024 – ', 'Бишкек, 5 мая 2021 г. — ': a dateline opening a text.
_DATELINE = re.compile(r"^[^.!?–—]{0,60}\d{4}(?:\s*г\.)?\s*[–—-]\s+")
# Before the name, the sentence may hold only a few words that say what the person is ('The
# journalist', 'Правозащитница'), no number and no other clause: 'One of these men took X's
# phone' is about an event, not about X.
_SUBJECT_BEFORE = re.compile(r"^[\w\s’'-]{0,60}$")
SUBJECT_WORDS = 4
_AND_NAME = re.compile(r"^\s+(?:and|и)\s+[A-ZА-ЯЁ][\w’'-]*(?:\s+[A-ZА-ЯЁ][\w’'-]*){0,2}")


def profile_sentences(names: list[str], texts: list[str], lang: Lang, limit: int = 2) -> list[str]:
    """Up to `limit` sentences, from `texts` in order, whose subject is one of `names`
    followed by a description of the person ('X is a journalist …', 'X – правозащитница …')."""
    found: list[str] = []
    patterns = [name_pattern(n, lang) for n in names]
    for text in texts:
        # Only the sentences that name them are read: a page's texts are long, its names few.
        named = sorted({m.start() for p in patterns for m in p.finditer(text)})
        if not named:
            continue
        starts = [0] + [m.end() for m in _SENTENCE.finditer(text)]
        for i in sorted({bisect_right(starts, at) - 1 for at in named}):
            end = starts[i + 1] if i + 1 < len(starts) else len(text)
            sentence = _DATELINE.sub("", text[starts[i] : end].strip())
            if any(_describes(p, sentence, lang) for p in patterns) and sentence not in found:
                found.append(sentence)
            if len(found) >= limit:
                return found
    return found


def _describes(pattern: re.Pattern[str], sentence: str, lang: Lang) -> bool:
    match = pattern.search(sentence)
    if not match:
        return False
    before = sentence[: match.start()]
    # 'Гулзада Сержан и Жанар Секербаева – правозащитницы': the description after a second name.
    after = _AND_NAME.sub("", sentence[match.end() :], count=1)
    return (
        bool(_SUBJECT_BEFORE.match(before))
        and not re.search(r"\d", before)
        and len(before.split()) <= SUBJECT_WORDS
        and bool(_DESCRIBES[lang].match(after))
    )
