"""A deterministic synthetic corpus: English statements and their Russian translations, in the
raw format of the two real seeds (Front Line Defenders PDFs extracted to text), with an answer
key that `score.py` reads.

    python benchmarks/generate.py --pairs 2000 [--seed 1] [--force] OUT_DIR

writes 2 × N `.txt` files (hash-like names, so that pairing must come from the text) and
`OUT_DIR/answers.json` in the schema of `tests/fixtures/seed_answers.json`, and prints to stderr
a line on what it could not make with its libraries alone. Other benchmarks import
`generate(pairs, seed, out)`.

What the text has, as the seeds have it: the letterhead (jumbled into long lines, or neat),
a dateline written as the language writes dates, a "Country: headline" line, defenders marked
(bold and underline in English, empty links `[Name](#)` in Russian), Russian names declined in
every case the sentences need, officials and bystanders named but not marked, an organisation,
calls to action with broken numbering ("- 1.", "-", "- 3."), the board / advisory council /
registration footer, and now and then a sentence split by a page break.

How the corpus is shaped: countries drawn with Zipf weights; defenders recurring (a few in many
statements, most in one or two), one to three per statement; names from per-group lists
(Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, Azerbaijani, Russian, Belarusian, Ukrainian, Crimean
Tatar, Chechen, Armenian, Georgian, Moldovan), declined by pymorphy3 or, where its dictionary
lacks them, by the generator's own rules (the answer key's notes say which), romanised by iuliia.
No two people share a name or names alike. The code and its data are in benchmarks/synthetic/.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from synthetic import Report, generate

__all__ = ["Report", "generate", "main"]

_GENERATED = re.compile(r"^(?:\d{5,}_[0-9a-f]{16}\.txt|answers\.json)$")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (created)")
    parser.add_argument("--pairs", type=int, required=True, help="English–Russian pairs")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="write into a non-empty folder (removing an earlier corpus's statements there)",
    )
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"{args.out} is not a folder")
    if args.out.is_dir() and any(args.out.iterdir()) and not args.force:
        parser.error(f"{args.out} is not empty (use --force to write into it anyway)")
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.iterdir():
        # An earlier corpus's statements would join this one's and spoil its answer key.
        if _GENERATED.match(old.name):
            old.unlink()
    report = generate(args.pairs, args.seed, args.out)
    print(report.summary(), file=sys.stderr)
    print(f"{2 * args.pairs} statements and answers.json written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
