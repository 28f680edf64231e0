"""Where a statement's text speaks of a defender: patterns for a name in any grammatical case,
and the sentences that say who a defender is (a short profile from the statements' own words).

Contract: plain text in, plain text out; nothing here escapes or renders.
"""

from __future__ import annotations

import re
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
    "en": re.compile(r"^\W*(?:is|was|are|has been|works|heads|leads|,\s+(?:a|an|the|who)\b)"),
    "ru": re.compile(
        r"^\W*(?:[–—-]\s|является|работает|возглавляет|,\s+(?:котор|председател|глав|руководител|член|основател|сооснователь))"
    ),
}
_SENTENCE = re.compile(r"(?<=[.!?»”])\s+(?=[A-ZА-ЯЁ«“\"])")


def profile_sentences(names: list[str], texts: list[str], lang: Lang, limit: int = 2) -> list[str]:
    """Up to `limit` sentences, from `texts` in order, in which one of `names` is followed by
    a description of the person."""
    found: list[str] = []
    patterns = [name_pattern(n, lang) for n in names]
    for text in texts:
        for sentence in _SENTENCE.split(text):
            for pattern in patterns:
                match = pattern.search(sentence)
                if match and _DESCRIBES[lang].match(sentence[match.end() :]):
                    if sentence not in found:
                        found.append(sentence.strip())
                    break
            if len(found) >= limit:
                return found
    return found
