"""Names an editor withholds: they never reach any output.

`withheld.yml` in the statements folder lists one entry per person, a name or a list of the
ways it is written:

    - Zhanar Sekerbayeva
    - [Гулзада Сержан, Gulzada Serzhan]

A mention matches in any script and any grammatical case: words are compared by a
script-neutral key (`namekeys.latin_key`) with case endings cut off, and by similarity, so
"Sekerbayeva", "Sekerbaeva", "Секербаева" and "Секербаевой" are all the person listed as
"Zhanar Sekerbayeva". A run of capitalised words holding the person's surname becomes one
placeholder in the text's language; the given name alone is withheld too, in a statement that
names the person in full. The person is dropped from the statement's defenders (so no page
is made for them), and a file whose name holds the name is published under a neutral one.

Contract: plain data in and out; `read_withheld` raises StatementError naming the file.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, replace

import yaml

from .model import Lang, Statement, StatementError
from .namekeys import latin_key, surname_key

FILE_NAMES = ("withheld.yml", "withheld.yaml")
PLACEHOLDER: dict[str, str] = {"en": "[name withheld]", "ru": "[имя скрыто]"}
SIMILAR = 0.85  # two word keys at least this alike (rapidfuzz ratio) are one word
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A word split by a hyphen, and perhaps a line break, where a line ended.
_BROKEN_WORD = re.compile(r"(?P<head>[^\W\d_]+)[-\u2010\u00ad][ \t]*\n?[ \t]*(?P<tail>[^\W\d_]+)")
# Case endings as latin_key writes them ('Секербаевой' -> 'sekerbaevoi'), longest first.
_ENDINGS = re.compile(r"(?:oiu|eiu|oi|ei|ym|im|om|em|ia|iu|a|u|e|y|i|o)$")
_MIN_STEM = 4


def word_stem(word: str) -> str:
    key = latin_key(word).replace(" ", "")
    stem = _ENDINGS.sub("", key)
    return stem if len(stem) >= _MIN_STEM else key


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    from rapidfuzz import fuzz

    return min(len(a), len(b)) >= _MIN_STEM and fuzz.ratio(a, b) >= SIMILAR * 100


@dataclass(frozen=True)
class WithheldPerson:
    spellings: tuple[str, ...]
    surnames: frozenset[str]  # word stems
    given: frozenset[str]  # word stems of the other names

    @classmethod
    def of(cls, spellings: list[str]) -> WithheldPerson:
        surnames, given = set(), set()
        for spelling in spellings:
            surname = surname_key(spelling)
            for word in _WORD.findall(spelling):
                key = latin_key(word).replace(" ", "")
                (surnames if key == surname else given).add(word_stem(word))
        return cls(tuple(spellings), frozenset(surnames), frozenset(given))

    def is_surname(self, word: str) -> bool:
        stem = word_stem(word)
        return any(_alike(stem, s) for s in self.surnames)

    def is_given(self, word: str) -> bool:
        stem = word_stem(word)
        return any(_alike(stem, g) for g in self.given)


def read_withheld(text: str, source: str) -> list[WithheldPerson]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        raise StatementError(source, f"not valid YAML: {exc}", line) from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise StatementError(source, "a list of names, one entry per person, is expected")
    people = []
    for number, entry in enumerate(data, 1):
        spellings = [entry] if isinstance(entry, str) else entry
        if (
            not isinstance(spellings, list)
            or not spellings
            or not all(isinstance(s, str) and _WORD.search(s) for s in spellings)
        ):
            raise StatementError(
                source, f"entry {number}: a name, or a list of the ways one name is written"
            )
        people.append(WithheldPerson.of(spellings))
    return people


class Redactor:
    """Withholds the listed people from statements, texts and file names."""

    def __init__(self, people: list[WithheldPerson]) -> None:
        self.people = people

    def __bool__(self) -> bool:
        return bool(self.people)

    def names_withheld(self, name: str) -> bool:
        """Whether a name (a defender's, as parsed) is one of the withheld people's."""
        words = _WORD.findall(name)
        return any(any(p.is_surname(w) for w in words) for p in self.people)

    def redact(self, text: str, lang: Lang, people: list[WithheldPerson] | None = None) -> str:
        """The text with each withheld person's name, as a run of capitalised words around a
        surname, replaced by the placeholder; given names alone too, for `people` (the
        people the whole statement names)."""
        if not text or not self.people:
            return text
        text = self.join_broken_names(text)
        placeholder = PLACEHOLDER[lang]
        words = list(_WORD.finditer(text))
        cut: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            person = next((p for p in self.people if p.is_surname(words[i].group())), None)
            if person is None:
                if people and any(p.is_given(words[i].group()) for p in people):
                    cut.append((words[i].start(), words[i].end()))
                i += 1
                continue
            start, end = i, i
            # The name's other words beside it: the person's given names, a patronymic.
            while start > 0 and _joined(text, words[start - 1], words[start], person):
                start -= 1
            while end + 1 < len(words) and _joined(text, words[end], words[end + 1], person):
                end += 1
            cut.append((words[start].start(), words[end].end()))
            i = end + 1
        merged: list[tuple[int, int]] = []
        for begin, finish in sorted(cut):
            if merged and begin < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(finish, merged[-1][1]))
            else:
                merged.append((begin, finish))
        out, last = [], 0
        for begin, finish in merged:
            out += [text[last:begin], placeholder]
            last = finish
        out.append(text[last:])
        return "".join(out)

    def people_named_in(self, texts: list[str]) -> list[WithheldPerson]:
        texts = [self.join_broken_names(text or "") for text in texts]
        return [
            p
            for p in self.people
            if any(p.is_surname(w) for text in texts for w in _WORD.findall(text))
        ]

    def join_broken_names(self, text: str) -> str:
        """A withheld surname hyphenated at a line's end ("Секер-\nбаеву", "Секер-баеву" once
        the lines are joined) written whole, so that it is found and withheld."""
        if "-" not in text and "\u2010" not in text and "\u00ad" not in text:
            return text

        def whole(m: re.Match) -> str:
            joined = m["head"] + m["tail"]
            return joined if any(p.is_surname(joined) for p in self.people) else m[0]

        return _BROKEN_WORD.sub(whole, text)

    def redact_statement(self, statement: Statement) -> bool:
        """Withhold the listed people from one statement; True if it named any of them."""
        texts = [
            statement.title or "",
            *statement.paragraphs,
            statement.calls_intro or "",
            *statement.calls,
            *statement.defenders,
            *statement.organisations,
            statement.publisher or "",
            statement.status or "",
            *(status.sentence for status in statement.statuses.values()),
        ]
        named = self.people_named_in(texts)
        if not named:
            return False
        lang = statement.lang

        def redact(text):
            return self.redact(text, lang, named) if text else text

        kept = [d for d in statement.defenders if not self.names_withheld(d)]
        statement.aliases = {
            d: [a for a in aliases if not self.names_withheld(a)]
            for d, aliases in statement.aliases.items()
            if d in kept
        }
        statement.defenders = kept
        statement.statuses = {
            d: replace(status, sentence=redact(status.sentence), term=redact(status.term))
            for d, status in statement.statuses.items()
            if d in kept
        }
        statement.found_by = {
            fact: how
            for fact, how in statement.found_by.items()
            if not fact.startswith("defender:") or fact.removeprefix("defender:") in kept
        }
        statement.title = redact(statement.title)
        statement.paragraphs = [redact(p) for p in statement.paragraphs]
        statement.calls_intro = redact(statement.calls_intro)
        statement.calls = [redact(c) for c in statement.calls]
        statement.organisations = [redact(o) for o in statement.organisations]
        statement.status = redact(statement.status)
        statement.publisher = redact(statement.publisher)
        statement.warnings = [redact(w) for w in statement.warnings]
        return True

    def public_source(self, source: str) -> str:
        """The file's path as published: a neutral name if its own holds a withheld name."""
        name = posixpath.basename(source)
        stem, dot, suffix = name.rpartition(".")
        if not self.names_withheld(re.sub(r"[_\-.]+", " ", stem or name)):
            return source
        digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]
        neutral = f"withheld-{digest}{dot}{suffix}" if dot else f"withheld-{digest}"
        return posixpath.join(posixpath.dirname(source), neutral)


_PATRONYMIC = re.compile(r"(?:ovic|evic|ovn|evn|icn|ogli|ogly|uly|kyzy|kizi)\w*$")


def _joined(text: str, left: re.Match[str], right: re.Match[str], person) -> bool:
    """Whether the neighbour of a withheld name is part of it: a given name of the person or
    a patronymic, capitalised, with only a space (or a hyphen) between."""
    between = text[left.end() : right.start()]
    if between not in (" ", "\u00a0", "-"):
        return False
    for word in (left.group(), right.group()):
        if not word[:1].isupper():
            return False
    neighbour = left.group() if not person.is_surname(left.group()) else right.group()
    return (
        person.is_given(neighbour)
        or person.is_surname(neighbour)
        or bool(_PATRONYMIC.search(latin_key(neighbour).replace(" ", "")))
    )
