"""Score the parser against answer keys read by a person.

    python benchmarks/score.py                       # ../shared/corpus/seeds and real
    python benchmarks/score.py DIR [DIR ...]          # any folders holding .txt + answers.json
    python benchmarks/score.py --archive-json site/data/archive.json DIR ...
    python benchmarks/score.py --check 0.95           # exit 1 if any measure is below 0.95
    python benchmarks/score.py --check-status 0.85    # exit 1 if status accuracy is below 0.85
    python benchmarks/score.py --format pdf DIR ...   # the same statements as PDFs (html, docx)

Builds the archive of every statement in the folders (the same code path as the site's
`archive.json`) and compares it with each folder's `answers.json`: date, country and headline
accuracy; defenders precision, recall and F1 (names in the statement's language, nominative);
translation pairs precision and recall; identity precision and recall (pairs of mentions that
share, or should share, one defender id).

Gold identity, from the answer keys alone: the same name in one language is one person; the
defenders of two files the key pairs are the same people in the same order; an optional
`identities.json` beside the answers lists further groups of names of one person (a Russian
statement with no English twin).

With `--format`, each folder's `.txt` statements are first made into PDFs, web pages or Word
files (`benchmarks/released.py`, kept in `.cache/released/`), and those are scored against
the same keys: the extraction should lose nothing the parser reads.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from hrdarchive import countries  # noqa: E402
from hrdarchive.build import build_archive  # noqa: E402
from hrdarchive.export import archive_data  # noqa: E402

DEFAULT_CORPUS = [
    ROOT.parent / "shared" / "corpus" / "seeds",
    ROOT.parent / "shared" / "corpus" / "real",
]
IDENTITIES = Path(__file__).parent / "identities.json"
STATUSES = Path(__file__).parent / "statuses.json"


def normal_text(text: str | None) -> str | None:
    if text is None:
        return None
    text = re.sub(r"[“”„«»\"]", '"', text).replace("’", "'").replace("ё", "е")
    text = re.sub(r"№\s+", "№", text)  # "№ 17" and "№17": the same in Russian print
    return re.sub(r"\s+", " ", text).strip().casefold()


def normal_name(name: str) -> str:
    return re.sub(r"[^\w]+", " ", name.replace("ё", "е").casefold()).strip()


def load_answers(folders: list[Path]) -> list[dict]:
    """Each folder's keys; the statuses of a folder whose keys we do not keep (the shared
    corpus) come from `statuses.json` here, by file name."""
    statuses = json.loads(STATUSES.read_text(encoding="utf-8"))
    answers = []
    for folder in folders:
        for answer in json.loads((folder / "answers.json").read_text(encoding="utf-8")):
            if "statuses" not in answer and answer["file"] in statuses:
                answer["statuses"] = statuses[answer["file"]]
            answers.append(answer)
    return answers


STATEMENT_FILES = ("*.txt", "*.md", "*.pdf", "*.html", "*.htm", "*.docx")
RELEASED = ROOT / ".cache" / "released"


def build(folders: list[Path]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            for pattern in STATEMENT_FILES:
                for path in folder.glob(pattern):
                    shutil.copy(path, Path(tmp) / path.name)
        return archive_data(build_archive(Path(tmp)))


def released(folders: list[Path], fmt: str) -> list[Path]:
    """Each folder's statements as `fmt` files, with their answer keys renamed."""
    from released import convert, generator_digest

    made = []
    generator = generator_digest()
    for folder in folders:
        target = RELEASED / fmt / f"{folder.parent.name}-{folder.name}-{generator}"
        convert(folder, target, fmt)
        made.append(target)
    return made


def ratio(good: int, total: int) -> float:
    return good / total if total else 1.0


def gold_people(answers: list[dict], groups: list[list[str]]) -> dict[tuple[str, str], int]:
    """(file, normalised name) → gold person number."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    by_file = {a["file"]: a for a in answers}
    for a in answers:
        for name in a["defenders"]:
            find(f"{a['lang']}:{normal_name(name)}")
        other = by_file.get(a.get("pair") or "")
        if other and len(other["defenders"]) == len(a["defenders"]):
            for x, y in zip(a["defenders"], other["defenders"], strict=True):
                union(f"{a['lang']}:{normal_name(x)}", f"{other['lang']}:{normal_name(y)}")
    for group in groups:
        keys = [f"{'ru' if re.search('[а-яё]', n, re.I) else 'en'}:{normal_name(n)}" for n in group]
        for x, y in itertools.pairwise(keys):
            union(x, y)
    roots: dict[str, int] = {}
    return {
        (a["file"], normal_name(n)): roots.setdefault(
            find(f"{a['lang']}:{normal_name(n)}"), len(roots)
        )
        for a in answers
        for n in a["defenders"]
    }


def score(answers: list[dict], data: dict, groups: list[list[str]]) -> tuple[dict, list[str]]:
    by_source = {s["source"]: s for s in data["statements"]}
    misses: list[str] = []
    counts = dict.fromkeys(("date", "country", "title"), 0)
    tp = fp = fn = 0
    for a in answers:
        s = by_source.get(a["file"])
        if s is None:
            misses.append(f"{a['file']}: not in the archive")
            fn += len(a["defenders"])
            continue
        if s["date"] == a["date"]:
            counts["date"] += 1
        else:
            misses.append(f"{a['file']}: date {s['date']} != {a['date']}")
        if s["country"] == (countries.lookup(a["country"]) if a["country"] else None):
            counts["country"] += 1
        else:
            misses.append(f"{a['file']}: country {s['country']} != {a['country']}")
        if normal_text(s["title"]) == normal_text(a["title"]):
            counts["title"] += 1
        else:
            misses.append(f"{a['file']}: title {s['title']!r} != {a['title']!r}")
        got = {normal_name(d["name"]) for d in s["defenders"]}
        want = {normal_name(n) for n in a["defenders"]}
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        if got != want:
            misses.append(f"{a['file']}: defenders +{sorted(got - want)} -{sorted(want - got)}")

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    status_right, status_asked = _statuses(answers, by_source, misses)
    results = {
        "date accuracy": ratio(counts["date"], len(answers)),
        "country accuracy": ratio(counts["country"], len(answers)),
        "headline accuracy": ratio(counts["title"], len(answers)),
        "defenders precision": precision,
        "defenders recall": recall,
        "defenders F1": 2 * precision * recall / (precision + recall) if precision + recall else 0,
    }

    files = {a["file"] for a in answers}
    gold_pairs = {frozenset((a["file"], a["pair"])) for a in answers if a.get("pair")}
    got_pairs = set()
    for case in data["cases"]:
        sources = [by_source_id(data, sid)["source"] for sid in case["statements"].values()]
        if len(sources) == 2 and set(sources) <= files:
            got_pairs.add(frozenset(sources))
    results["pairs precision"] = ratio(len(got_pairs & gold_pairs), len(got_pairs))
    results["pairs recall"] = ratio(len(got_pairs & gold_pairs), len(gold_pairs))
    for pair in got_pairs ^ gold_pairs:
        misses.append(
            f"pair {' + '.join(sorted(pair))}: {'wrong' if pair in got_pairs else 'missed'}"
        )

    gold = gold_people(answers, groups)
    mentions = []  # (gold person, predicted id)
    for a in answers:
        s = by_source.get(a["file"])
        for d in s["defenders"] if s else []:
            key = (a["file"], normal_name(d["name"]))
            if key in gold:
                mentions.append((gold[key], d["id"]))
    same_gold = same_got = both = 0
    for (g1, p1), (g2, p2) in itertools.combinations(mentions, 2):
        same_gold += g1 == g2
        same_got += p1 == p2
        both += g1 == g2 and p1 == p2
        if (g1 == g2) != (p1 == p2):
            misses.append(f"identity: {p1} / {p2} ({'split' if g1 == g2 else 'merged'})")
    results["identity precision"] = ratio(both, same_got)
    results["identity recall"] = ratio(both, same_gold)
    if status_asked:
        results["status accuracy"] = ratio(status_right, status_asked)
    return results, misses


def _statuses(answers: list[dict], by_source: dict, misses: list[str]) -> tuple[int, int]:
    """Of the defenders both the key and the archive name, how many have the key's stage (a
    defender the key gives no status must have none)."""
    right = asked = 0
    for a in answers:
        s = by_source.get(a["file"])
        if s is None or "statuses" not in a:
            continue
        got = {normal_name(d["name"]): (d.get("status") or {}).get("stage") for d in s["defenders"]}
        for entry in a["statuses"]:
            name = normal_name(entry["defender"])
            if name not in got:
                continue
            asked += 1
            if got[name] == entry["status"]:
                right += 1
            else:
                misses.append(
                    f"{a['file']}: status of {entry['defender']} {got[name]} != {entry['status']}"
                )
    return right, asked


def by_source_id(data: dict, statement_id: str) -> dict:
    return next(s for s in data["statements"] if s["id"] == statement_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--archive-json", type=Path, help="score this archive.json instead")
    parser.add_argument("--check", type=float, help="exit 1 if a measure is below this")
    parser.add_argument(
        "--check-status", type=float, help="exit 1 if status accuracy is below this"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--format", choices=("txt", "pdf", "html", "docx"), default="txt")
    args = parser.parse_args(argv)
    if args.format != "txt":
        args.folders = released(args.folders, args.format)

    answers = load_answers(args.folders)
    groups = []
    for folder in args.folders:
        for path in (folder / "identities.json", IDENTITIES):
            if path.is_file():
                groups.extend(json.loads(path.read_text(encoding="utf-8")))
    if args.archive_json:
        data = json.loads(args.archive_json.read_text(encoding="utf-8"))
    else:
        data = build(args.folders)
    results, misses = score(answers, data, groups)

    print(f"{len(answers)} statements from {', '.join(str(f) for f in args.folders)}\n")
    print(f"| {'measure':<20} | score |")
    print(f"| {'-' * 20} | ----- |")
    for name, value in results.items():
        print(f"| {name:<20} | {value:.2f}  |")
    if args.verbose and misses:
        print("\nMisses:")
        for miss in misses:
            print(f"- {miss}")
    floors = {k: args.check for k in results if k != "status accuracy" and args.check is not None}
    if args.check_status is not None and "status accuracy" in results:
        floors["status accuracy"] = args.check_status
    below = [k for k, floor in floors.items() if results[k] < floor]
    if below:
        print("\nbelow the floor: " + ", ".join(f"{k} ({results[k]:.2f})" for k in below))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
