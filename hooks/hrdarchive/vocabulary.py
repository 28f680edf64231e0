"""The per-language word tables in `words.yml` and `labels.yml`, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_HERE = Path(__file__).parent


@cache
def words() -> dict[str, Any]:
    """Parser markers: clutter, footers, role words, organisation words, publishers."""
    return yaml.safe_load((_HERE / "words.yml").read_text(encoding="utf-8"))


@cache
def english_stop_words() -> frozenset[str]:
    """lunr's English stop words ('is', 'the', 'and'): the search's, and the function words the
    parser's name and word rules know."""
    from lunr.stop_word_filter import WORDS

    return frozenset(WORDS)


@cache
def labels() -> dict[str, dict[str, Any]]:
    """Words the rendered pages use, per language."""
    return yaml.safe_load((_HERE / "labels.yml").read_text(encoding="utf-8"))
