"""English spellings of Russian-spelled names, by iuliia's Wikipedia scheme: Жанар Секербаева →
Zhanar Sekerbayeva, Дарья → Darya, Юрий → Yury, Пётр → Pyotr, Бахтиёр → Bakhtiyor.

Of iuliia's schemes it reads most like the names in English-language statements, which follow
BGN/PCGN without its marks: iuliia's own BGN/PCGN writes Dar’ya with the soft sign's apostrophe
and leaves ё unromanised (Bakhtiyёr); ICAO's passport scheme writes Iurii, Daria, Sekerbaeva.
Every name in the lists was checked, and none needs a hand fix.
"""

from __future__ import annotations

from functools import cache

import iuliia

SCHEME = iuliia.WIKIPEDIA


@cache
def romanise(word: str) -> str:
    return SCHEME.translate(word)
