"""How parsing one statement grows with its size, up to the largest file the archive takes.

    python benchmarks/parse_scaling.py

The English seed's body is repeated up to each size, in two shapes: as written, and one word
a line (the most blocks per byte, the worst shape found). It prints the seconds per size and
how much longer four times the text takes: about 4 means linear; a quadratic step would show
about 16. Replaces the timed unit test it was (numbers belong in a benchmark).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from hrdarchive.parse import parse_statement  # noqa: E402
from hrdarchive.sources import MAX_STATEMENT_BYTES  # noqa: E402

SEED = ROOT / "statements" / "000_e4a8f1493d220999.txt"
SIZES = (60_000, 240_000, 960_000, MAX_STATEMENT_BYTES - 50_000)


def long_statement(size: int, one_word_a_line: bool) -> str:
    text = SEED.read_text(encoding="utf-8")
    start, end = text.index("On 29 May 2021"), text.index("Front Line Defenders urges")
    body = text[start:end].replace(" ", "\n") if one_word_a_line else text[start:end]
    copies = (size - len(text.encode())) // len(body.encode())
    return text[:start] + body * copies + text[end:]


def seconds(text: str) -> float:
    started = time.perf_counter()
    parse_statement(text, "long.txt")
    return time.perf_counter() - started


def main() -> None:
    parse_statement(long_statement(20_000, False), "warm.txt")  # the word tables, dictionaries
    print("shape               size       seconds   growth")
    for shape, one_word in (("as written", False), ("one word a line", True)):
        last: tuple[float, int] | None = None
        for size in SIZES:
            took = seconds(long_statement(size, one_word))
            growth = f"{took / last[0]:.1f} for {size / last[1]:.1f}x the text" if last else ""
            print(f"{shape:18}  {size / 1000:7.0f} KB  {took:8.2f}   {growth}")
            last = (took, size)


if __name__ == "__main__":
    main()
