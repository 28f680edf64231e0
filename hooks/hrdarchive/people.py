"""Who a statement is about: its defenders (in the nominative, with aliases), their
organisations, and its publisher.

Contract: every function reads text already cleaned by `parse`; names come back as the
statement's language writes them; nothing is guessed from outside the text. The words each rule
relies on live in `words.yml`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from . import countries, namekeys, names, persons
from .affected import affected_people, associates
from .dates import is_month_name
from .model import Lang
from .text import Block, russian_morphology
from .vocabulary import words

_UPPER = persons.UPPER
_CYRILLIC = re.compile("[А-Яа-яЁё]")
_NAME = persons.NAME
_NAME_RE = re.compile(rf"^{_NAME}$")


def looks_like_name(phrase: str) -> bool:
    """A phrase that can be a person's name (not a site, an organisation or a place)."""
    phrase = phrase.strip(" \"'“”«»„")
    if not _NAME_RE.match(phrase):
        return False
    tokens = phrase.split()
    stop = set(words()["not_name_words"])
    tokens = [re.sub(r"['’]s$", "", t) for t in tokens]
    if any(t in stop or is_month_name(t) for t in tokens) or _names_an_organisation(tokens):
        return False
    if _names_a_publisher(phrase):
        return False
    return not (countries.lookup(phrase) or any(countries.lookup(t) for t in tokens))


def _names_an_organisation(tokens: list[str]) -> bool:
    org_words = {w.lower() for w in words()["organisation_words"]["en"]}
    org_stems = words()["organisation_words"]["ru"]
    return any(
        t.lower() in org_words or any(t.lower().startswith(stem) for stem in org_stems)
        for t in tokens
    )


def _names_a_publisher(phrase: str) -> bool:
    return any(marker in phrase for p in words()["publishers"] for marker in p["markers"])


def best_name(phrase: str) -> str | None:
    """The longest run of words in `phrase` that can be a name: 'Mr Uktam Pardayev' → 'Uktam
    Pardayev', 'Pavel Shidlovsky Embassy' → 'Pavel Shidlovsky'."""
    tokens = phrase.split()
    if _names_a_publisher(phrase):
        return None
    if _names_an_organisation(tokens):
        # 'члена Хельсинской Федерации Аннакурбан Аманкличев': a person's name may follow the
        # name of their organisation.
        org = max(i for i, t in enumerate(tokens) if _names_an_organisation([t]))
        tail = " ".join(tokens[org + 1 :])
        return tail if looks_like_name(tail) and persons.is_person(tail) else None
    for length in range(len(tokens), 1, -1):
        for start in range(len(tokens) - length + 1):
            candidate = " ".join(tokens[start : start + length])
            if looks_like_name(candidate):
                return candidate
    return None


def _normal_name(name: str, lang: Lang, gender: str | None = None) -> str:
    name = re.sub(r"['’]s$", "", name.strip(" \"'“”«»„,.;:"))
    return names.to_nominative_ru(name, gender=gender) if lang == "ru" else name


# How a defender was found, from the strongest evidence to the weakest: the statement marks the
# name; a role word or the headline introduces it; name lists and a stage word say it is a
# person something happened to; the text keeps coming back to it.
MARKUP, PATTERN, NAME_LISTS, FREQUENCY = "markup", "pattern", "name lists", "frequency"


def find_defenders(
    marks: list[str],
    title: str | None,
    body_text: str,
    lang: Lang,
    paragraphs: list[str] = (),
    found_by: dict[str, str] | None = None,
) -> list[str]:
    """Marked names first. Where a statement marks none: names introduced by a role word
    ('human rights defender X', 'правозащитница X', 'Mr. X', 'X, another defender'), names
    in the headline that the text repeats, and people listed or said to be arrested or tried
    (`affected`); failing those, the people the text keeps coming back to. `found_by`, if
    given, receives how each name was found."""
    genders: dict[str, str] = {}
    how: dict[str, str] = {}
    candidates = [m for m in marks if looks_like_name(m)]
    how.update(dict.fromkeys(candidates, MARKUP))
    if not candidates:
        candidates = _unmarked(title, body_text, lang, paragraphs, genders, how)
    if not candidates:
        candidates = [c for c in _main_subject(body_text) if not _is_official(c, body_text, lang)]
        how.update(dict.fromkeys(candidates, FREQUENCY))
    found: dict[str, str] = {}  # name -> how its first mention among the candidates was found
    for candidate in candidates:
        name = _normal_name(candidate, lang, genders.get(candidate))
        same = next(
            (
                f
                for f in found
                if namekeys.name_similarity(f, name) >= namekeys.SAME_PERSON_THRESHOLD
            ),
            None,
        )
        if same is None:
            found[name] = how.get(candidate, PATTERN)
        elif len(name.split()) > len(same.split()):  # the fuller form of the same person
            found = {(name if f == same else f): h for f, h in found.items()}
    if found_by is not None:
        found_by.update(found)
    return sorted(found, key=lambda n: _first_mention(n, body_text))


def _unmarked(title, body_text, lang, paragraphs, genders, how) -> list[str]:
    _names_after_roles(title or "", lang, genders)  # for the genders its role words tell
    roles = _names_after_roles(body_text, lang, genders)
    roles += _names_before_roles(body_text, lang)
    listed, affected = affected_people(paragraphs, lang)
    affected = [n for n in _people_named(affected, body_text, lang) if n not in roles]
    listed = _people_named(listed, body_text, lang)
    how.update(dict.fromkeys(affected + listed, NAME_LISTS))
    how.update(dict.fromkeys(roles, PATTERN))
    candidates = roles + affected + _names_in_title(title, body_text)
    # A headline that names people says whom the statement is about; others introduced in the
    # text ('Mr. X, leader of ...', summoned with them) are part of the story, unless the text
    # lists them as its defendants or detainees.
    in_title = [c for c in candidates if title and _first_stem(c) in title]
    candidates = (in_title or candidates) + listed
    return [c for c in candidates if not _is_official(c, body_text, lang) and _in_script(c, lang)]


@cache
def _role_pattern(lang: Lang) -> re.Pattern[str]:
    roles = "|".join(words()["defender_roles"][lang])
    # 'human rights defender X', 'journalist, X', 'five human rights lawyers – X, Y'
    return re.compile(
        rf"(?<![\w-])(?i:{roles})(?:,|\s[–—-])?\s*(?P<names>{_NAME}(?:{_JOINER}{_NAME})*)"
    )


_JOINER = r"(?:\s*,\s*(?:and\s+|и\s+)?|\s+and\s+|\s+и\s+)"
_NAME_ANYWHERE = re.compile(rf"(?<![\w-]){_NAME}")


def _names_after_roles(text: str, lang: Lang, genders: dict[str, str] | None = None) -> list[str]:
    """Names after a role word, unless they are introduced as someone's lawyer or relative
    ('one of Mr. Titiev's lawyers, Mr. Aslan Telkhigov'). A Russian role word tells the
    name's gender ('г-на Анара Мамедли' is a man), recorded in `genders`."""
    found = []
    for match in _role_pattern(lang).finditer(text):
        # The role word itself may be the tie: "Gurbanli's lawyer, Ashabali Mustafayev".
        if associates(lang).search(text[max(0, match.start() - 60) : match.start("names")]):
            continue
        role = text[match.start() : match.start("names")]
        for phrase in re.split(_JOINER, match["names"]):
            name = best_name(phrase)
            if name:
                found.append(name)
                gender = _role_gender(role, name) if lang == "ru" else None
                if gender and genders is not None:
                    genders.setdefault(name, gender)
    return found


def _in_script(name: str, lang: Lang) -> bool:
    """'журналистов Temirov Live': a Latin phrase in a Russian text is a person's name only
    with a person's evidence; it is more often a channel's or a group's."""
    return lang == "en" or bool(_CYRILLIC.search(name)) or persons.is_person(name)


def _people_named(phrases: list[str], text: str, lang: Lang) -> list[str]:
    found = (best_name(p) for p in phrases)
    return [n for n in found if n and not _is_associate(n, text, lang)]


def _is_associate(name: str, text: str, lang: Lang) -> bool:
    """Whether the text first names them after a tie that makes them someone else's lawyer
    or relative ('Gurbanli's lawyer, X', 'своего адвоката X'), not a defender themselves."""
    at = text.find(name)
    return at >= 0 and bool(associates(lang).search(text[max(0, at - 60) : at]))


def _role_gender(role: str, name: str) -> str | None:
    """'правозащитницу' → femn, 'г-на' → masc. A plural role word tells the case instead: after
    'узников совести' a name is not nominative, so 'Талгата' ending in -а is a man's name in
    the genitive (a woman's would be 'Талгаты')."""
    word = role.strip(" ,.").split()[0].lower()
    if word.startswith("г-"):
        return "femn" if word.startswith("г-ж") else "masc"
    parses = [p for p in russian_morphology().parse(word) if p.tag.POS == "NOUN"]
    for parse in parses:
        if parse.tag.number == "sing":
            return parse.tag.gender if parse.tag.gender in ("masc", "femn") else None
    oblique = parses and all(p.tag.case in ("gent", "accs") for p in parses)
    return "masc" if oblique and name.split()[0][-1:] in ("а", "я") else None


@cache
def _role_after_pattern(lang: Lang) -> re.Pattern[str]:
    return re.compile(rf"(?P<name>{_NAME}),\s+(?i:{words()['defender_roles_after'][lang]})")


def _names_before_roles(text: str, lang: Lang) -> list[str]:
    """Names followed by a role: 'Dina Meza, another defender who works at COFADEH'."""
    names_found = (best_name(m["name"]) for m in _role_after_pattern(lang).finditer(text))
    return [n for n in names_found if n]


def _names_in_title(title: str | None, body_text: str) -> list[str]:
    if not title:
        return []
    found = []
    for match in _NAME_ANYWHERE.finditer(title):
        tokens = re.sub(r"['’]s$", "", match.group(0)).split()
        # Title case capitalises every word: keep the words the text also writes capitalised.
        while tokens and not re.search(rf"(?<=[\w,;] ){re.escape(tokens[0])}\b", body_text):
            tokens.pop(0)
        while tokens and not re.search(rf"(?<=[\w,;] ){re.escape(tokens[-1])}\b", body_text):
            tokens.pop()
        name = " ".join(tokens)
        if len(tokens) >= 2 and looks_like_name(name) and surname_mentions(name, body_text) >= 2:
            found.append(name)
    return found


_CASE_ENDINGS = "а|я|у|ю|ом|ем|ым|им|е|ы|и|ой|ей|ою|ую|'s|’s"
_CASE_ENDING_AT_END = r"(?:ой|ей|ом|ем|ым|им|ую|ою|ая|ий|ый|а|я|у|ю|ы|и|е)$"


def surname_mentions(name: str, text: str) -> int:
    """How often `text` names the surname of `name`, in any grammatical case ('Локшина',
    'Локшиной'), but not a longer word that starts alike ('Росс' is not in 'России')."""
    return len(surname_pattern(name).findall(text))


@cache
def surname_pattern(name: str) -> re.Pattern[str]:
    """The surname of `name` in any grammatical case, as a whole word."""
    return re.compile(rf"(?<!\w){re.escape(_surname_stem(name))}(?:{_CASE_ENDINGS})?(?!\w)")


@lru_cache(maxsize=1 << 14)
def _surname_stem(name: str) -> str:
    surname = name.split()[-1]
    return re.sub(_CASE_ENDING_AT_END, "", surname) if len(surname) > 4 else surname


_ENDING_ANY_CASE = re.compile(rf"(?:{_CASE_ENDINGS})?(?!\w)", re.I)


def surname_positions(name: str, text: str) -> list[int]:
    """Where `text` names the surname of `name`, as `surname_pattern` finds it but in any
    letter case ('SERZHAN DETAINED'). No pattern is compiled per name: compiling one was a
    third of the time `status` took."""
    lower = text.lower()
    if len(lower) != len(text):  # 'İ' lowers to two characters: positions would shift
        return [m.start() for m in re.finditer(surname_pattern(name).pattern, text, re.I)]
    stem = _surname_stem(name).lower()
    found, start = [], lower.find(stem)
    while start >= 0 and stem:
        before = lower[start - 1] if start else " "
        ending = (
            None
            if before.isalnum() or before == "_"
            else (_ENDING_ANY_CASE.match(lower, start + len(stem)))
        )
        if ending:
            found.append(start)
        start = lower.find(stem, ending.end() if ending else start + 1)
    return found


def _main_subject(body_text: str) -> list[str]:
    """The people the text keeps coming back to: named (surname counted) at least three times
    and at least half as often as the most named; or the one person a short text names."""
    counts: Counter[str] = Counter()
    full: dict[str, str] = {}
    # 'ведущий исследователь Хьюман Райтс Вотч Таня Локшина': the publisher's name is no part
    # of the name after it.
    for marker in (m for p in words()["publishers"] for m in p["markers"]):
        body_text = body_text.replace(marker, " ; ")
    for match in _NAME_ANYWHERE.finditer(body_text):
        name = best_name(match.group(0))
        if name:
            full.setdefault(_first_stem(name), name)
    for stem, name in full.items():
        counts[stem] = surname_mentions(name, body_text)
    if len(counts) == 1:
        return list(full.values())
    top = max(counts.values(), default=0)
    if top < 3:
        return []
    return [full[stem] for stem, n in counts.most_common() if n >= 3 and n * 2 >= top]


@cache
def _officials(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str]]:
    titles = words()["officials"][lang]
    # Between the title and the name only further titles or names: 'His Excellency Mr.'
    # or a list of names: 'members of parliament A, B and C'.
    before = re.compile(
        rf"\b(?i:{titles['before']})[\s,]+(?:[{_UPPER}][\w.’'-]*(?:,?\s+(?:and\s+)?)){{0,12}}$"
    )
    after = re.compile(rf"^\s*,\s*(?:(?:is|was|who is)\s+)?(?:the\s+|a\s+)?(?i:{titles['after']})")
    return before, after


def _is_official(name: str, text: str, lang: Lang) -> bool:
    """A name the text gives an official's title ('police officer Arman Aripzhanov',
    'Mr. Ilham Aliyev, President of ...', 'судья X'): not a defender."""
    before, after = _officials(lang)
    for match in re.finditer(re.escape(name), text):
        if before.search(text[max(0, match.start() - 60) : match.start()]):
            return True
        if after.match(text[match.end() : match.end() + 60]):
            return True
    return False


_ALIAS_WORDS = r"(?:also known as|a\.k\.a\.|известн\w+ как)"


# What follows a name to give another name: one pattern, matched where each name ends.
_ALIAS_AFTER_NAME = re.compile(rf"\s*(?:\(|,?\s+{_ALIAS_WORDS}\s+)({_NAME})")


def find_aliases(defenders: list[str], text: str) -> dict[str, list[str]]:
    """Other names a defender goes by: 'Rita Karasartova (Rita Rahman)', 'X, also known as Y'."""
    aliases: dict[str, list[str]] = {}
    for name in defenders:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            match = _ALIAS_AFTER_NAME.match(text, end)
            if match:
                alias = match.group(1)
                if looks_like_name(alias) and alias != name:
                    aliases.setdefault(name, []).append(alias)
                end = match.end()
            start = text.find(name, end)
    return aliases


def _first_mention(name: str, text: str) -> int:
    surname = name.split()[-1]
    stem = surname[: max(4, len(surname) - 2)]
    position = text.find(stem)
    return position if position >= 0 else len(text)


@cache
def _organisation_pattern(lang: Lang) -> re.Pattern[str]:
    quoted = r"(?:\s+[\"“«„][^\"”»“\n]{1,60}[\"”»“])?(?:\s+\([A-ZА-ЯЁ]{2,10}\))?"
    if lang == "en":
        org = "|".join(words()["organisation_words"]["en"])
        cap = r"[A-Z][\w'’-]*"
        link = r"(?:of|for|the|and|on|in|&)"
        return re.compile(
            rf"(?<![\w-])(?:{cap}\s+(?:{link}\s+)*)*(?:{org})(?:\s+(?:{link}\s+)*{cap})*{quoted}"
        )
    org = "|".join(words()["organisation_words"]["ru"])
    return re.compile(
        rf"(?<![\w-])[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){{0,3}}?\s+(?:{org})[а-яё]*"
        rf"(?:\s+[а-яё]+){{0,2}}?(?:\s+[А-ЯЁ][а-яё]+)?{quoted}"
    )


def find_organisations(
    marks: list[str], body_text: str, defenders: list[str], lang: Lang
) -> list[str]:
    """Organisations told about the defenders: marked organisation names, and organisation
    names in the sentences that name a defender."""
    found: list[str] = []
    stems = [_first_stem(d) for d in defenders]
    bad = words()["not_organisation_words"][lang]
    for phrase in [m for m in marks if not looks_like_name(m)]:
        if _is_organisation(phrase, lang, bad):
            found.append(phrase.strip())
    for sentence in re.split(r"(?<=[.!?])\s+", body_text):
        if not any(stem and stem in sentence for stem in stems):
            continue
        for match in _organisation_pattern(lang).finditer(sentence):
            phrase = re.sub(r"^(?:The|the)\s+", "", match.group(0)).strip()
            if _is_organisation(phrase, lang, bad):
                found.append(_nominative_phrase(phrase) if lang == "ru" else phrase)
    return _dedupe_organisations(found)


def _first_stem(name: str) -> str:
    surname = name.split()[-1]
    return surname[: max(4, len(surname) - 2)]


def _is_organisation(phrase: str, lang: Lang, bad: list[str]) -> bool:
    if len(phrase.split()) < 2:
        return False
    lowered = phrase.lower()
    if any(b.lower() in lowered for b in bad):
        return False
    org = words()["organisation_words"][lang]
    if lang == "en":
        return any(re.search(rf"\b{w}\b", phrase) for w in org)
    return any(stem in lowered for stem in org)


def _nominative_phrase(phrase: str) -> str:
    """A Russian organisation name in the nominative: the words up to its head noun agree
    ('Казахстанской феминистской инициативы' → 'Казахстанская феминистская инициатива')."""
    morph = russian_morphology()
    out = []
    head_done = False
    for token in phrase.split(" "):
        word = token.strip('«»“”"„()')
        if head_done or not word.isalpha():
            out.append(token)
            continue
        parses = [p for p in morph.parse(word) if p.tag.POS in ("NOUN", "ADJF")]
        parse = next(
            (p for p in parses if "gent" in p.tag or "datv" in p.tag or "ablt" in p.tag), None
        )
        parse = parse or (parses[0] if parses else None)
        if parse is None:
            out.append(token)
            continue
        inflected = parse.inflect({"nomn"})
        new = inflected.word if inflected else word
        if word[:1].isupper():
            new = new[:1].upper() + new[1:]
        out.append(token.replace(word, new))
        if parse.tag.POS == "NOUN":
            head_done = True
    return " ".join(out)


def _organisation_key(phrase: str) -> str:
    return re.sub(r"[^\w]+", " ", phrase.casefold()).strip()


def _dedupe_organisations(found: list[str]) -> list[str]:
    """One entry per organisation: the longest of the names that contain one another."""
    result: list[str] = []
    for phrase in sorted(dict.fromkeys(found), key=len, reverse=True):
        key = _organisation_key(phrase)
        if not any(key in _organisation_key(r) for r in result):
            result.append(phrase)
    return sorted(result, key=lambda p: found.index(p))


def known_publisher(name: str | None) -> str | None:
    """The English name of a publisher the table knows, whatever the language it is named in
    ('Хьюман Райтс Вотч' → 'Human Rights Watch'); None for any other."""
    for publisher in words()["publishers"]:
        if name in publisher["name"].values():
            return publisher["name"]["en"]
    return None


def find_publisher(boilerplate: list[Block], body_text: str, lang: Lang) -> str | None:
    publishers = words()["publishers"]
    chrome = " ".join(b.text for b in boilerplate)
    for publisher in publishers:
        if any(marker in chrome for marker in publisher["markers"]):
            return publisher["name"][lang]
    counts = {p["name"][lang]: sum(body_text.count(m) for m in p["markers"]) for p in publishers}
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] else None
