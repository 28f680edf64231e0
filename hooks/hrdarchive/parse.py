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

from . import countries
from .dates import parse_date
from .glued import split_glued
from .model import Lang, Statement, StatementError
from .people import find_aliases, find_defenders, find_organisations, find_publisher
from .text import (
    Block,
    list_item_text,
    marked_phrases,
    normalize,
    reflow,
    repair_glued_words,
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
    text = split_glued(text, lang)
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
    else:
        title = _breadcrumb_tail(title, preamble + body)
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
    country, country_found_by = _find_country(title, country_blocks, body_text)
    defenders_found_by: dict[str, str] = {}
    paragraphs = [b.text for b in body]
    defenders = find_defenders(marks, title, body_text, lang, paragraphs, defenders_found_by)
    organisations = find_organisations(marks, body_text, defenders, lang)
    aliases = find_aliases(defenders, body_text)
    publisher = find_publisher(letterhead + footer, body_text, lang)

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
        found_by=_found_by(date, country_found_by, defenders_found_by),
        # Of the words only: the same text saved with other line ends, spacing or wrapping is
        # the same statement.
        digest=hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest(),
    )
    if not body:
        raise StatementError(source, "no statement text found after removing letterhead/footer")
    return statement


_OTHER_CYRILLIC = re.compile("[әғқңөұүһіїєґўђјљњћџѓќѕӣӯҳҷҗ]", re.I)


def detect_language(text: str, source: str) -> Lang:
    """'ru' for Cyrillic text, 'en' for English; any other language is refused."""
    cyrillic = len(re.findall(r"[а-яёА-ЯЁ]", text))
    latin = len(re.findall(r"[a-zA-Z]", text))
    if cyrillic + latin < 20:
        raise StatementError(source, "too little text to be a statement")
    if cyrillic > latin:
        # Letters Russian does not have: Kazakh, Kyrgyz, Tatar, Ukrainian, Belarusian, Serbian
        # text. A few in a Russian statement are a quoted name; a language has them throughout.
        other = len(_OTHER_CYRILLIC.findall(text))
        if other > 0.02 * cyrillic:
            raise StatementError(
                source, "not in English or Russian (the archive publishes these two languages)"
            )
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
        parse_date(line) or countries.lookup(line) or _is_clutter(line) or _STAMP.search(line)
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
# A site's publication stamp, a date with its time: 'May 4, 2016 / 03:02 PM'.
_STAMP = re.compile(
    r"(\d{1,2}\s+[^\W\d]+\.?\s+\d{4}|[^\W\d]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"\s*[/,|-]?\s*\d{1,2}:\d{2}\b"
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
        if match is None and block.words <= 12:
            match = _STAMP.search(text)
        date = parse_date(match.group(1)) if match else None
        if date:
            rest = blocks[:i] + blocks[i + 1 :] if block.words <= 8 else blocks
            return date, block.line, rest
    bare_dates = {parse_date(strip_marks(b.text)) for b in blocks if b.words <= 6} - {None}
    updates = case_page or len(bare_dates) > 1
    if updates and not case_page:
        # A blog page holding several posts: the date right above a 'Country: headline'.
        for i, block in enumerate(head[:-1]):
            date = parse_date(strip_marks(block.text)) if block.words <= 6 else None
            if date and _country_prefix(blocks[i + 1].text):
                return date, block.line, blocks[:i] + blocks[i + 1 :]
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
        and not _CAPTION.search(block.text)
    )


# A picture's caption or a logo's text, which a web page puts above its headline.
_CAPTION = re.compile(
    r"(?:\b(?:Photo|Фото|Screenshot|Скриншот|Image|Picture|Credit)\s*:|©|^(?:Logo|Логотип)\b)", re.I
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
    segments = [p.strip() for p in re.split(r"\s*\|\s*", text) if p.strip()]
    if len(segments) > 1:
        # 'Главная | Новости | Headline', 'Headline | Site': the headline is the longest part.
        return max(segments, key=len)
    return text


_PREFIXED_HEADLINE = re.compile(r"^[^:]{1,30}?\s[-–—|]\s(?P<inner>.+)$")
# An Amnesty Urgent Action flattened from PDF: 'URGENT ACTION ACTIVIST ARRESTED, CHARGED
# WITH TREASON Azerbaijani human rights defender …'
_URGENT_ACTION = re.compile(
    r"URGENT ACTION\s+(?P<headline>[A-Z][A-Z0-9'’,:;\- ]{8,150}?)(?=\s+[A-Z][a-z])"
)


def _breadcrumb_tail(title: str, blocks: list[Block]) -> str:
    """A breadcrumb ('Startseite Urgent Actions 2020 09 Release human rights defender Marfa
    Rabkova') ends with the page's headline, which the page also prints on its own. A
    'Country: headline' is a headline already."""
    if _country_prefix(title):
        return title
    for block in blocks:
        text = re.sub(r"\s+", " ", block.text).strip()
        if text != title and title.endswith(" " + text) and 3 <= len(text.split()) <= 40:
            return text
    return title


def _urgent_action_headline(blocks: list[Block]) -> str | None:
    for block in blocks[:3]:
        match = _URGENT_ACTION.search(block.text)
        if match:
            return match["headline"].strip()
    return None


def _country_prefix(title: str) -> str | None:
    head, sep, _ = strip_marks(title).partition(":")
    return countries.lookup(head) if sep and len(head.split()) <= 4 else None


# How a date or country was found: a pattern of the statement's own layout (a dateline, a
# 'Country:' headline or line), or the country the text names most often.
PATTERN, MENTIONS = "pattern", "mentions"


def _found_by(date, country_found_by: str | None, defenders: dict[str, str]) -> dict[str, str]:
    found_by = {"date": PATTERN} if date else {}
    if country_found_by:
        found_by["country"] = country_found_by
    found_by.update({f"defender:{name}": how for name, how in defenders.items()})
    return found_by


def _find_country(
    title: str | None, country_blocks: list[Block], body_text: str
) -> tuple[str | None, str | None]:
    """The country and how it was found."""
    if title:
        code = _country_prefix(title)
        if code:
            return code, PATTERN
    if country_blocks:
        return countries.lookup(strip_marks(country_blocks[0].text)), PATTERN
    if title:
        in_title = countries.mentions(title)
        if in_title:
            return in_title.most_common(1)[0][0], MENTIONS
    in_body = countries.mentions(body_text)
    return (in_body.most_common(1)[0][0], MENTIONS) if in_body else (None, None)


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
