"""One raw statement into a `Statement`.

Contract: `parse_statement` returns a `Statement` or raises `StatementError` naming the file
(and the line, where one is to blame). Nothing is dropped silently: letterheads, footers and
site clutter are removed by the rules below, each driven by the tables in `words.yml`; text that
no rule claims stays in the body. What the parser could not find (no date, no headline) is
left empty, never guessed; what an editor should check is reported by the pipeline once the
editor's corrections are applied.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import cache

from . import countries, names
from .dates import is_month_name, parse_date
from .model import Lang, Statement, StatementError
from .text import (
    Block,
    list_item_text,
    marked_phrases,
    normalize,
    reflow,
    repair_glued_words,
    russian_morphology,
    split_blocks,
    strip_marks,
)
from .vocabulary import words

# How far into a statement its dateline and headline may stand.
PREAMBLE_LIMIT = 12
HEADLINE_MAX_WORDS = 40


def parse_statement(text: str, source: str) -> Statement:
    """Read one statement's text; `source` names it in errors and warnings."""
    text = normalize(text)
    if not text.strip():
        raise StatementError(source, "the file holds only white space")
    text = repair_glued_words(text, frozenset(words()["glued_words_kept"]))
    lang = detect_language(text, source)
    blocks = [b for b in split_blocks(text, lang, _stands_alone) if not _is_clutter(b.text)]
    blocks, footer = _cut_footer(blocks)
    status, blocks = _take_status(blocks)
    date, date_line, blocks = _find_dateline(blocks, case_page=status is not None)
    preamble, body = _split_preamble(blocks, date_line)
    letterhead = [b for b in preamble if _is_letterhead(b, date_line is not None)]
    preamble = [b for b in preamble if b not in letterhead]

    country_blocks = [b for b in preamble if countries.lookup(strip_marks(b.text))]
    preamble = [b for b in preamble if b not in country_blocks]
    title, leftover = _choose_headline(preamble)
    if title is None:
        title = _urgent_action_headline(preamble + body[:1])
    if date_line is not None:
        # Above the dateline stands the letterhead; only what follows it is the statement's.
        leftover = [b for b in leftover if b.line > date_line]
    body = leftover + body

    marks = [m for b in body for m in marked_phrases(b.text)]
    for block in body:
        block.text = strip_marks(block.text)
    body_text = "\n\n".join(b.text for b in body)

    calls_intro, calls, body = _take_calls(body, lang)
    body = reflow(body, lang)

    title = strip_marks(title) if title else None
    country = _find_country(title, country_blocks, body_text)
    defenders = _find_defenders(marks, title, body_text, lang)
    organisations = _find_organisations(marks, body_text, defenders, lang)
    aliases = _find_aliases(defenders, body_text)
    publisher = _find_publisher(letterhead + footer, body_text, lang)

    statement = Statement(
        source=source,
        lang=lang,
        date=date,
        title=title,
        country=country,
        defenders=defenders,
        organisations=organisations,
        paragraphs=[b.text for b in body],
        calls_intro=calls_intro,
        calls=calls,
        publisher=publisher,
        status=status,
        aliases=aliases,
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    if not body:
        raise StatementError(source, "no statement text found after removing letterhead/footer")
    return statement


def detect_language(text: str, source: str) -> Lang:
    """'ru' for Cyrillic text, 'en' for English; any other language is refused."""
    cyrillic = len(re.findall(r"[а-яёА-ЯЁ]", text))
    latin = len(re.findall(r"[a-zA-Z]", text))
    if cyrillic + latin < 20:
        raise StatementError(source, "too little text to be a statement")
    if cyrillic > latin:
        return "ru"
    tokens = Counter(re.findall(r"[a-z]+", text.lower()))
    common = sum(tokens[w] for w in words()["common_words"]["en"])
    if common < 0.08 * sum(tokens.values()):
        raise StatementError(
            source, "not in English or Russian (the archive publishes these two languages)"
        )
    return "en"


@cache
def _clutter() -> frozenset[str]:
    return frozenset(s.casefold() for s in words()["clutter_blocks"])


@cache
def _clutter_patterns() -> re.Pattern[str]:
    return re.compile("|".join(words()["clutter_patterns"]), re.I)


def _is_clutter(text: str) -> bool:
    text = strip_marks(text).strip()
    if text.rstrip(":").casefold() in _clutter():
        return True
    return len(text.split()) <= 40 and bool(_clutter_patterns().match(text))


def _stands_alone(line: str) -> bool:
    """A line that is a field of its own even without a blank line around it: in a stack of
    short lines ('RUS 001 / 0118 / OBS 004.1', 'Russian Federation', 'January 19, 2018')."""
    line = strip_marks(line).strip()
    return len(line.split()) <= 8 and bool(
        parse_date(line) or countries.lookup(line) or _is_clutter(line)
    )


@cache
def _footer_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in words()["footer_starts"]))


def _cut_footer(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    for i, block in enumerate(blocks):
        if i and _footer_pattern().match(strip_marks(block.text)):
            return blocks[:i], blocks[i:]
    return blocks, []


def _take_status(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """A web case page's 'Status: Released' (label and value on one line or two)."""
    labels = words()["field_labels"]
    for i, block in enumerate(blocks[:PREAMBLE_LIMIT]):
        label, _, value = block.text.partition(":")
        if labels.get(label.strip()) != "status" or len(value.split()) > 4:
            continue
        if value.strip():
            return value.strip(), blocks[:i] + blocks[i + 1 :]
        if i + 1 < len(blocks) and blocks[i + 1].words <= 4:
            return blocks[i + 1].text.strip(), blocks[:i] + blocks[i + 2 :]
    return None, blocks


# How far into a block a labelled date may stand (a flattened PDF puts the whole statement in
# one block: 'Further information on UA: 182/14 Index: … Date: 31 July 2014 URGENT ACTION').
LABELLED_DATE_REACH = 300
_LABELLED_DATE = re.compile(
    r"(?:^|\s)(?:daily archives?|archives?|published(?: on)?|posted(?: on)?|date|дата|"
    r"опубликовано)\s*:?\s+(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d]+\.?,?"
    r"\s+\d{4}|[^\W\d]+\.?\s+\d{1,2},?\s+\d{4})",
    re.I,
)
_UPDATE_LABEL = re.compile(r"^(?:update[sd]?|обновлени[ея]|обновлено)\b", re.I)
_PLACE_DATE = re.compile(r"^\(?[^\W\d][\w .'’-]{0,40},\s*(.+?)\)?\s*$")
_PLACE_DATE_LEAD = re.compile(r"^\(?([^\W\d][\w .'’/-]{0,40}),\s*([^()–—]{6,30}?)\)?\s*[–—-]\s")


def _find_dateline(blocks: list[Block], case_page: bool = False):
    """The publication date: a labelled date ('Daily Archives: 13/08/2021', 'Posted
    2012/9/20', an Urgent Action's 'Date: 31 July 2014') first; else a block that is a date
    (alone or after a place), or a lead '(New York, 25 May 2012) –' opening the first
    paragraphs. Returns the date, the line it stood on, and the blocks with a date-only block
    removed.

    Bare dates on a case page ('Status: Released'), or several different ones in a text, are
    the headers of dated updates, not a publication date."""
    head = blocks[:PREAMBLE_LIMIT]
    for i, block in enumerate(head):
        text = strip_marks(block.text).strip()
        match = _LABELLED_DATE.search(text[:LABELLED_DATE_REACH])
        date = parse_date(match.group(1)) if match else None
        if date:
            rest = blocks[:i] + blocks[i + 1 :] if block.words <= 8 else blocks
            return date, block.line, rest
    bare_dates = {parse_date(strip_marks(b.text)) for b in blocks if b.words <= 6} - {None}
    updates = case_page or len(bare_dates) > 1
    for i, block in enumerate(head):
        text = strip_marks(block.text).strip()
        if block.words <= 8 and not updates and not _UPDATE_LABEL.match(text):
            for candidate in (text, *_groups(_PLACE_DATE, text)):
                date = parse_date(candidate)
                if date:
                    return date, block.line, blocks[:i] + blocks[i + 1 :]
        lead = _PLACE_DATE_LEAD.match(text)
        if lead:
            date = parse_date(lead.group(2))
            if date:
                return date, block.line, blocks
        if _is_paragraph(block) and i > 2:
            break
    return None, None, blocks


def _groups(pattern: re.Pattern[str], text: str) -> list[str]:
    match = pattern.match(text)
    return [match.group(1)] if match else []


_PARAGRAPH_END = re.compile(r"[.!?…:;][\"”»’)]*\s*$")


def _is_paragraph(block: Block) -> bool:
    """Body text rather than a heading: a sentence of some length, or a long run of words. A
    headline may end with a bracket ('… Centre (EMDS)'), a sentence does not."""
    return (block.words >= 12 and bool(_PARAGRAPH_END.search(block.text))) or block.words >= 45


def _split_preamble(blocks: list[Block], date_line: int | None):
    """Blocks before the first paragraph of body text, and the rest."""
    for i, block in enumerate(blocks):
        # A dateline stands between the letterhead or headline and the text: no body above it.
        if date_line is not None and block.line < date_line:
            continue
        if _is_paragraph(block) and not block.is_item:
            return blocks[:i], blocks[i:]
    return [], blocks


@cache
def _letterhead_pattern() -> re.Pattern[str]:
    return re.compile("|".join(words()["letterhead_markers"]), re.I)


def _is_letterhead(block: Block, before_dateline: bool) -> bool:
    """Addresses, contacts and city names of a letterhead (PDF) before the dateline."""
    text = strip_marks(block.text)
    if _letterhead_pattern().search(text):
        return True
    tokens = text.split()
    # 'DUBLIN', 'Belgium', 'BRUSSELS': a few capitalised words alone, above the dateline.
    return (
        before_dateline
        and len(tokens) <= 3
        and all(t[:1].isupper() for t in tokens)
        and not countries.lookup(text)
    )


def _may_be_headline(block: Block) -> bool:
    return (
        3 <= block.words <= HEADLINE_MAX_WORDS
        and not block.is_item
        and not _NOT_HEADLINE.match(block.text)
        and not _UPDATE_LABEL.match(block.text)
        and not block.text.rstrip().endswith(".")  # a sentence, not a headline
        and not _KEYWORDS.match(block.text)
    )


# An Observatory appeal's keywords: 'Attacks / Harassment / Smear campaign'.
_KEYWORDS = re.compile(r"^[^:/]{2,40}(?:\s/\s*[^:/]{2,40})+$")


def _choose_headline(preamble: list[Block]) -> tuple[str | None, list[Block]]:
    """The headline: a 'Country: ...' line if there is one, else the first line of headline
    length. Lines above it are site chrome (banners, section names) and are dropped; lines
    below it (subtitles) are returned to go before the body, unless they repeat it."""
    candidates = [b for b in preamble if _may_be_headline(b)]
    chosen = next((b for b in candidates if _country_prefix(_headline_text(b.text))), None)
    chosen = chosen or next((b for b in candidates if _SUBJECT_LINE.match(b.text)), None)
    if chosen is None and candidates:
        chosen = candidates[0]
    if chosen is None:
        return None, preamble
    title = _headline_text(chosen.text)
    below = preamble[preamble.index(chosen) + 1 :]
    return title, [b for b in below if _headline_text(b.text) != title]


_QUOTED_HEADLINE = re.compile(r"^\S{1,20}\s+[„“\"«](?P<inner>[^„“”\"«»]{10,})[“”\"»]$")


# A letter to an official: its salutation and address are not headlines; its subject line is.
_NOT_HEADLINE = re.compile(
    r"^(?:Dear\b|Уважаем\w*|To:|Кому:|(?:His|Her|Your) Excellency|Ваше превосходительство)", re.I
)
_SUBJECT_LINE = re.compile(r"^(?:Re|Subject|Тема)\s*:\s*", re.I)


def _headline_text(text: str) -> str:
    """The headline a line holds: a letter's subject without 'Re:'; a republished headline
    without its source's name ('IPHR „Turkmenistan: Journalist Prevented from Travelling
    Abroad“')."""
    text = _SUBJECT_LINE.sub("", re.sub(r"\s+", " ", text).strip())
    match = _QUOTED_HEADLINE.match(text)
    if match:
        return match["inner"].strip()
    # 'Document - Honduras: Human rights defenders threatened', 'Headline | Site name'
    prefixed = _PREFIXED_HEADLINE.match(text)
    if prefixed and _country_prefix(prefixed["inner"]):
        return prefixed["inner"]
    suffixed = _SITE_SUFFIX.match(text)
    return suffixed["inner"] if suffixed else text


_PREFIXED_HEADLINE = re.compile(r"^[^:]{1,30}?\s[-–—|]\s(?P<inner>.+)$")
_SITE_SUFFIX = re.compile(r"^(?P<inner>.{10,}?)\s[|]\s(?:\S+\s?){1,6}$")
# An Amnesty Urgent Action flattened from PDF: 'URGENT ACTION ACTIVIST ARRESTED, CHARGED
# WITH TREASON Azerbaijani human rights defender …'
_URGENT_ACTION = re.compile(
    r"URGENT ACTION\s+(?P<headline>[A-Z][A-Z0-9'’,:;\- ]{8,150}?)(?=\s+[A-Z][a-z])"
)


def _urgent_action_headline(blocks: list[Block]) -> str | None:
    for block in blocks[:3]:
        match = _URGENT_ACTION.search(block.text)
        if match:
            return match["headline"].strip()
    return None


def _country_prefix(title: str) -> str | None:
    head, sep, _ = strip_marks(title).partition(":")
    return countries.lookup(head) if sep and len(head.split()) <= 4 else None


def _find_country(title: str | None, country_blocks: list[Block], body_text: str) -> str | None:
    if title:
        code = _country_prefix(title)
        if code:
            return code
    if country_blocks:
        return countries.lookup(strip_marks(country_blocks[0].text))
    if title:
        in_title = countries.mentions(title)
        if in_title:
            return in_title.most_common(1)[0][0]
    in_body = countries.mentions(body_text)
    return in_body.most_common(1)[0][0] if in_body else None


@cache
def _calls_intro(lang: Lang) -> re.Pattern[str]:
    return re.compile(words()["calls_intro"][lang], re.I)


def _take_calls(body: list[Block], lang: Lang):
    """The numbered calls to action after 'X urges the authorities to:'. Numbering is taken
    as broken as it comes ('- 1.', '-', '- 3.'): items are renumbered in order."""
    for i, block in enumerate(body):
        if not _calls_intro(lang).search(block.text):
            continue
        j = i + 1
        items = []
        while j < len(body) and body[j].is_item:
            items.append(list_item_text(body[j].text))
            j += 1
        if items:
            return block.text, items, body[:i] + body[j:]
    return None, [], body


# A personal name: two to four capitalised words (hyphens and apostrophes allowed).
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ\u0100-\u017f"
_LOWER = "a-zß-öø-ÿа-яё\u0100-\u017f"
_NAME_TOKEN = rf"[{_UPPER}][{_LOWER}{_UPPER}'’\-]*[{_LOWER}][{_LOWER}'’\-]*"
_NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}"
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
    return not (countries.lookup(phrase) or any(countries.lookup(t) for t in tokens))


def _names_an_organisation(tokens: list[str]) -> bool:
    org_words = {w.lower() for w in words()["organisation_words"]["en"]}
    org_stems = words()["organisation_words"]["ru"]
    return any(
        t.lower() in org_words or any(t.lower().startswith(stem) for stem in org_stems)
        for t in tokens
    )


def best_name(phrase: str) -> str | None:
    """The longest run of words in `phrase` that can be a name: 'Mr Uktam Pardayev' → 'Uktam
    Pardayev', 'Pavel Shidlovsky Embassy' → 'Pavel Shidlovsky'."""
    tokens = phrase.split()
    if _names_an_organisation(tokens):
        return None
    for length in range(len(tokens), 1, -1):
        for start in range(len(tokens) - length + 1):
            candidate = " ".join(tokens[start : start + length])
            if looks_like_name(candidate):
                return candidate
    return None


def _normal_name(name: str, lang: Lang, gender: str | None = None) -> str:
    name = re.sub(r"['’]s$", "", name.strip(" \"'“”«»„,.;:"))
    return names.to_nominative_ru(name, gender=gender) if lang == "ru" else name


def _find_defenders(marks: list[str], title: str | None, body_text: str, lang: Lang) -> list[str]:
    """Marked names first. Where a statement marks none: names introduced by a role word
    ('human rights defender X', 'правозащитница X', 'Mr. X', 'X, another defender') and names
    in the headline that the text repeats; failing those, the people the text keeps coming back
    to."""
    genders: dict[str, str] = {}
    candidates = [m for m in marks if looks_like_name(m)]
    if not candidates:
        _names_after_roles(title or "", lang, genders)  # for the genders its role words tell
        roles = _names_after_roles(body_text, lang, genders)
        roles += _names_before_roles(body_text, lang)
        candidates = roles + _names_in_title(title, body_text)
        # A headline that names people says whom the statement is about; others introduced
        # in the text ('Mr. X, leader of ...', summoned with them) are part of the story.
        in_title = [c for c in candidates if title and _first_stem(c) in title]
        candidates = in_title or candidates
        candidates = [c for c in candidates if not _is_official(c, body_text, lang)]
    if not candidates:
        candidates = [c for c in _main_subject(body_text) if not _is_official(c, body_text, lang)]
    found: list[str] = []
    for name in (_normal_name(c, lang, genders.get(c)) for c in candidates):
        same = next(
            (f for f in found if names.name_similarity(f, name) >= names.SAME_PERSON_THRESHOLD),
            None,
        )
        if same is None:
            found.append(name)
        elif len(name.split()) > len(same.split()):
            found[found.index(same)] = name
    return sorted(found, key=lambda n: _first_mention(n, body_text))


@cache
def _role_pattern(lang: Lang) -> re.Pattern[str]:
    roles = "|".join(words()["defender_roles"][lang])
    return re.compile(rf"(?<![\w-])(?i:{roles}),?\s*(?P<names>{_NAME}(?:{_JOINER}{_NAME})*)")


_JOINER = r"(?:\s*,\s*(?:and\s+|и\s+)?|\s+and\s+|\s+и\s+)"
_NAME_ANYWHERE = re.compile(rf"(?<![\w-]){_NAME}")


@cache
def _associate_pattern(lang: Lang) -> re.Pattern[str]:
    return re.compile(rf"(?i:{words()['associates'][lang]})[\s,]*$")


def _names_after_roles(text: str, lang: Lang, genders: dict[str, str] | None = None) -> list[str]:
    """Names after a role word, unless they are introduced as someone's lawyer or relative
    ('one of Mr. Titiev's lawyers, Mr. Aslan Telkhigov'). A Russian role word tells the
    name's gender ('г-на Анара Мамедли' is a man), recorded in `genders`."""
    found = []
    for match in _role_pattern(lang).finditer(text):
        if _associate_pattern(lang).search(text[max(0, match.start() - 60) : match.start()]):
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
        if len(tokens) >= 2 and looks_like_name(name) and body_text.count(_first_stem(name)) >= 2:
            found.append(name)
    return found


def _main_subject(body_text: str) -> list[str]:
    """The people the text keeps coming back to: named (surname counted) at least three times
    and at least half as often as the most named; or the one person a short text names."""
    counts: Counter[str] = Counter()
    full: dict[str, str] = {}
    for match in _NAME_ANYWHERE.finditer(body_text):
        name = best_name(match.group(0))
        if name:
            full.setdefault(_first_stem(name), name)
    for stem in full:
        counts[stem] = body_text.count(stem)
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
    before = re.compile(rf"\b(?i:{titles['before']})[\s,]+(?:[{_UPPER}][\w.’']*\s+){{0,2}}$")
    after = re.compile(rf"^\s*,\s*(?:the\s+|a\s+)?(?i:{titles['after']})")
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


def _find_aliases(defenders: list[str], text: str) -> dict[str, list[str]]:
    """Other names a defender goes by: 'Rita Karasartova (Rita Rahman)', 'X, also known as Y'."""
    aliases: dict[str, list[str]] = {}
    for name in defenders:
        pattern = rf"{re.escape(name)}\s*(?:\(|,?\s+{_ALIAS_WORDS}\s+)({_NAME})"
        for match in re.finditer(pattern, text):
            alias = match.group(1)
            if looks_like_name(alias) and alias != name:
                aliases.setdefault(name, []).append(alias)
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


def _find_organisations(
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


def _find_publisher(boilerplate: list[Block], body_text: str, lang: Lang) -> str | None:
    publishers = words()["publishers"]
    chrome = " ".join(b.text for b in boilerplate)
    for publisher in publishers:
        if any(marker in chrome for marker in publisher["markers"]):
            return publisher["name"][lang]
    counts = {p["name"][lang]: sum(body_text.count(m) for m in p["markers"]) for p in publishers}
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] else None
