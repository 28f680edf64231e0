"""A synthetic corpus of human rights defenders' statements and their Russian translations, for
the benchmarks and tests (the command line is benchmarks/generate.py).

Modules, in the order a statement is made:

- data: the YAML files in data/ (names, countries, phrases, sentences, letterhead), typed;
- russian, dates, romanise: the language the libraries give (pymorphy3's declension, Babel's
  dates and numbers, iuliia's romanisation), and the generator's own rules where they stop;
- names: which names can be given, and the generator's rule that no two people are named alike;
- people: the people and organisations, defenders recurring;
- slots, writer: a statement's values and its text in both languages;
- layout: the raw file of one language, with its damage;
- corpus: the whole corpus and its answer key.

Nothing here imports or imitates the archive's parser (hooks/hrdarchive): the corpus is the
generator's idea of real statements, and the score the parser gets on it is the parser's own.
"""

from .corpus import Report, generate

__all__ = ["Report", "generate"]
