"""One test per parsing rule, on real snippets of the seed statements (and a few other real
statements of the shipped sample where a rule exists for their layout)."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdarchive.dates import format_long, parse_date
from hrdarchive.model import StatementError
from hrdarchive.parse import detect_language, parse_statement
from hrdarchive.people import looks_like_name
from hrdarchive.text import join_broken, normalize, reflow, split_blocks

LETTERHEAD_EN = (
    "DUBLIN Front Line Defenders – Head Office Second Floor, Grattan House Temple Road, "
    "Blackrock Co. Dublin, A94 FA39, Ireland\n\n"
    "info@frontlinedefenders.org www.frontlinedefenders.org\n\n"
    "phone +353 1 212 3750 fax +353 1 212 1001 BRUSSELS Front Line Defenders – EU Office "
    "Square Marie-Louise 72 1000 Brussels\n\n"
    "Belgium\n\n"
)
OPENING_EN = (
    "4 June 2021\n\n"
    "Kazakhstan: Zhanar Sekerbayeva and Gulzada Serzhan verbally and physically attacked\n\n"
    "On 29 May 2021, women human rights defenders **Zhanar Sekerbayeva** and "
    "**Gulzada Serzhan** were verbally and physically attacked by unknown male individuals "
    "and a police officer. The attacks occurred during a public event organised by the two "
    "women human rights defenders in Shymkent.\n\n"
)
FOOTER_EN = (
    "Front Line Defenders Board of Directors Denis O'Brien, Jim Conway, Maria Mulcahy, "
    "Kieran Mulvey, Mary Jane Real (Philippines), David Sykes\n"
)


# -- text repairs -----------------------------------------------------------------------


def test_normalize_unifies_spaces_and_line_ends():
    assert normalize("4\u00a0June\u200b 2021\r\nnext\rline") == "4 June 2021\nnext\nline"


def test_soft_hyphen_disappears():
    assert normalize("пресс\u00adслужба") == "прессслужба"


def test_page_break_inside_a_sentence_is_rejoined():
    blocks = split_blocks(
        "Ignoring this attack, the police officer took the women human rights defenders to "
        "the Police Department of Abay District of Shymkent city. Zhanar\n\n"
        'Sekerbayeva was charged with "assaulting state representatives".',
        "en",
    )
    [paragraph] = reflow(blocks, "en")
    assert "Shymkent city. Zhanar Sekerbayeva was charged" in paragraph.text


def test_finished_paragraphs_are_not_joined():
    blocks = split_blocks(
        "The unknown individuals who attacked the women human rights defenders were not "
        "detained.\n\nAt the police station Zhanar Sekerbayeva and Gulzada Serzhan were "
        "interrogated.",
        "en",
    )
    assert len(reflow(blocks, "en")) == 2


def test_russian_word_hyphenated_across_a_page_break_keeps_a_real_hyphen():
    joined = join_broken(
        "на руках у Жанар Секербаевой появились гематомы. Как сообщает пресс-",
        "служба департамента полиции Шымкента",
        "ru",
    )
    assert "Как сообщает пресс-служба департамента" in joined


def test_wrapped_lines_of_an_email_are_one_paragraph():
    [block] = split_blocks(
        "Paris-Geneva,\nAugust 2, 2024 – On\nAugust 1, 2024, Oleg Orlov was released as part "
        "of a prisoner\nexchange after more than five months of arbitrary detention",
        "en",
    )
    assert block.text.startswith("Paris-Geneva, August 2, 2024 – On August 1, 2024, Oleg")


def test_long_web_lines_are_paragraphs_of_their_own():
    text = (
        "Russia: Oleg Orlov’s trial begins in Moscow\n"
        "On 8 June 2023, Golovinskiy District Court of Moscow started reviewing the criminal "
        "case against human rights defender Oleg Orlov. The human rights defender is on trial."
    )
    assert [b.text[:6] for b in split_blocks(text, "en")] == ["Russia", "On 8 J"]


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 June 2021", dt.date(2021, 6, 4)),
        ("4 июня 2021", dt.date(2021, 6, 4)),
        ("March 9, 2018", dt.date(2018, 3, 9)),
        ("December20, 2013", dt.date(2013, 12, 20)),
        ("7th August 2025", dt.date(2025, 8, 7)),
        ("25 мая 2012 г.", dt.date(2012, 5, 25)),
        ("2021-06-04", dt.date(2021, 6, 4)),
        ("13/08/2021", dt.date(2021, 8, 13)),
        ("18.9.18", dt.date(2018, 9, 18)),
        ("On 29 May 2021, women human rights defenders", None),
        ("Sun, May", None),
        ("31 June 2021", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_dates_are_written_for_each_language():
    assert format_long(dt.date(2021, 6, 4), "en") == "4 June 2021"
    assert format_long(dt.date(2021, 6, 4), "ru") == "4 июня 2021"


def test_dateline_in_a_lead_is_the_publication_date():
    statement = parse_statement(
        "Узбекистан: правозащитница стала объектом угроз и нападений\n\n"
        "(Нью-Йорк, 25 мая 2012 г.) – Власти Узбекистана должны обеспечить безопасность "
        "правозащитнице Гульшан Караевой, которая подверглась нападениям и угрозам, заявила "
        "Хьюман Райтс Вотч.",
        "011.txt",
    )
    assert statement.date == dt.date(2012, 5, 25)


def test_labelled_blog_date_is_the_publication_date():
    statement = parse_statement(
        "Daily Archives: 13/08/2021\n\nTajikistan: Court rejects cassation appeal for "
        "Abdulmajid Rizoev\n\nOn 11 August 2021, the Dushanbe City Court rejected the cassation "
        "appeal of human rights defender Abdulmajid Rizoev against his sentence.",
        "004.txt",
    )
    assert statement.date == dt.date(2021, 8, 13)


def test_a_date_inside_a_sentence_is_not_the_publication_date():
    statement = parse_statement(
        "Russia: Oleg Orlov’s trial begins in Moscow\n\nOn 8 June 2023, Golovinskiy District "
        "Court of Moscow started reviewing the criminal case against human rights defender Oleg "
        "Orlov. The next hearing is scheduled for 3 July 2023.",
        "043.txt",
    )
    assert statement.date is None


# -- letterhead, headline, country, footer ----------------------------------------------


def test_letterhead_is_removed_and_names_the_publisher():
    statement = parse_statement(LETTERHEAD_EN + OPENING_EN + FOOTER_EN, "seed.txt")
    text = " ".join(statement.paragraphs)
    for letterhead in ("Grattan House", "frontlinedefenders.org", "Belgium", "phone"):
        assert letterhead not in text
    assert statement.publisher == "Front Line Defenders"


def test_headline_and_country_from_country_prefix():
    statement = parse_statement(LETTERHEAD_EN + OPENING_EN, "seed.txt")
    assert statement.title == (
        "Kazakhstan: Zhanar Sekerbayeva and Gulzada Serzhan verbally and physically attacked"
    )
    assert statement.country == "KZ"
    assert statement.date == dt.date(2021, 6, 4)


def test_russian_country_prefix(seed_ru):
    statement = parse_statement(seed_ru, "ru.txt")
    assert statement.title.startswith("Казахстан: правозащитницы Жанар Секербаева")
    assert statement.country == "KZ"


def test_country_on_a_line_of_its_own():
    statement = parse_statement(
        "Ongoing judicial harassment and arbitrary detention of Mr. Oyub Titiev\n\n"
        "Russian Federation\n\nMarch 9, 2018\n\nThe Observatory has been informed by reliable "
        "sources about the ongoing judicial harassment and arbitrary detention of Mr. Oyub "
        "Titiev, Head of the Human Rights Center Memorial office in Chechnya.",
        "013.txt",
    )
    assert statement.country == "RU"
    assert statement.title.startswith("Ongoing judicial harassment")


def test_board_footer_is_removed(seed_en):
    statement = parse_statement(seed_en, "seed.txt")
    text = " ".join(statement.paragraphs + statement.calls)
    assert "Board of Directors" not in text
    assert "Denis O'Brien" not in text


def test_advisory_council_and_registration_footer_is_removed(seed_ru):
    statement = parse_statement(seed_ru, "seed.txt")
    text = " ".join(statement.paragraphs + statement.calls)
    for footer in ("Advisory Council", "Company No.", "Registered Office", "Mary Lawlor"):
        assert footer not in text


def test_site_clutter_lines_are_dropped():
    statement = parse_statement(
        "Skip to main content\n\nBack to top\n\nHuman rights defender Abdulmajid Rizoev "
        "released\n\nStatus: \nReleased\n\nOn 18 May 2023, the Tajikistani authorities released "
        "human rights defender and lawyer Abdulmajid Rizoev from a high-security prison.",
        "002.txt",
    )
    assert statement.title == "Human rights defender Abdulmajid Rizoev released"
    assert statement.status == "Released"
    assert statement.paragraphs[0].startswith("On 18 May 2023")


# -- defenders --------------------------------------------------------------------------


def test_defenders_are_the_marked_names_not_others_named(seed_en):
    statement = parse_statement(seed_en, "seed.txt")
    assert statement.defenders == ["Zhanar Sekerbayeva", "Gulzada Serzhan"]
    for not_defender in ("Arman Aripzhanov", "Altynay Zhorabayeva", "Kalybaev Galymzhan"):
        assert not_defender not in statement.defenders


def test_underlined_and_linked_names_are_marks():
    statement = parse_statement(
        "Kazakhstan: attack\n\n<u>Zhanar Sekerbayeva</u> and [Gulzada Serzhan](#) are women "
        "human rights defenders and co-founders of the initiative. Police officer Arman "
        "Aripzhanov detained them.",
        "x.txt",
    )
    assert statement.defenders == ["Zhanar Sekerbayeva", "Gulzada Serzhan"]


def test_russian_marked_names_in_oblique_case_become_nominative():
    statement = parse_statement(
        "Казахстан: нападение на правозащитниц\n\n29 мая 2021 года неизвестные мужчины напали "
        "на правозащитниц **Жанар Секербаеву** и **Гулзаду Сержан** во время мероприятия в "
        "городе Шымкент.",
        "x.txt",
    )
    assert statement.defenders == ["Жанар Секербаева", "Гулзада Сержан"]


def test_russian_seed_defenders(seed_ru):
    assert parse_statement(seed_ru, "ru.txt").defenders == ["Жанар Секербаева", "Гулзада Сержан"]


def test_names_after_role_words_when_nothing_is_marked():
    statement = parse_statement(
        "Colombia: Six human rights defenders killed during the first week of 2019\n\n"
        "Six human rights defenders, Maritza Quiroz Leiva, Wilson Pérez Ascanio, José Rafael "
        "Solano, Wilmer Antonio Miranda, Jesús Adier Perafán, and Gilberto Valencia were killed "
        "in violent attacks in Colombia during the first week of 2019.",
        "037.txt",
    )
    assert statement.defenders == [
        "Maritza Quiroz Leiva",
        "Wilson Pérez Ascanio",
        "José Rafael Solano",
        "Wilmer Antonio Miranda",
        "Jesús Adier Perafán",
        "Gilberto Valencia",
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Zhanar Sekerbayeva", True),
        ("Гулзада Сержан", True),
        ("Wilson Pérez Ascanio", True),
        ('"Feminita"', False),
        ("Feminita's Facebook page", False),
        ("YouTube", False),
        ("Казахстанская феминистская инициатива «Феминита»", False),
        ("Russian Federation", False),
        ("Oleg Orlov February", False),
    ],
)
def test_looks_like_name(phrase, expected):
    assert looks_like_name(phrase) is expected


# -- organisations, calls to action, language ------------------------------------------


def test_organisation_of_the_defenders(seed_en):
    statement = parse_statement(seed_en, "seed.txt")
    assert statement.organisations == ['Kazakhstan Feminist Initiative "Feminita"']


def test_russian_organisation_marked_in_nominative(seed_ru):
    statement = parse_statement(seed_ru, "seed.txt")
    assert statement.organisations == ["Казахстанская феминистская инициатива «Феминита»"]


def test_calls_to_action_with_broken_numbering(seed_en):
    statement = parse_statement(seed_en, "seed.txt")
    assert statement.calls_intro == "Front Line Defenders urges the Kazakh authorities to:"
    assert [c[:20] for c in statement.calls] == [
        "Take all necessary m",
        "Carry out an immedia",
        "Guarantee in all cir",
    ]
    assert not any("Carry out an immediate" in p for p in statement.paragraphs)


def test_russian_calls_to_action_across_a_blank_line(seed_ru):
    statement = parse_statement(seed_ru, "seed.txt")
    assert len(statement.calls) == 3
    assert statement.calls[2].startswith("Гарантировать, что все правозащитники")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 29 May 2021, women human rights defenders were attacked by a police officer.", "en"),
        ("29 мая 2021 года неизвестные мужчины и полицейский напали на правозащитниц.", "ru"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text, "x.txt") == lang


def test_a_third_language_is_refused_with_the_file_name():
    with pytest.raises(StatementError, match="x.txt: not in English or Russian"):
        detect_language(
            "Le 29 mai 2021, des défenseures des droits humains ont été agressées par des "
            "inconnus et un policier pendant un événement public.",
            "x.txt",
        )


@pytest.mark.parametrize(
    "text",
    [
        # Ukrainian and Kazakh: Cyrillic, but not Russian.
        "29 травня 2021 року невідомі чоловіки та поліцейський напали на правозахисниць "
        "під час публічного заходу в Києві.",
        "2021 жылғы 29 мамырда белгісіз ер адамдар мен полиция қызметкері құқық қорғаушы "
        "әйелдерге шабуыл жасады.",
    ],
)
def test_other_cyrillic_languages_are_refused(text):
    with pytest.raises(StatementError, match="not in English or Russian"):
        detect_language(text, "x.txt")


def test_a_russian_statement_quoting_a_kazakh_name_is_russian():
    text = (
        "29 мая 2021 года неизвестные мужчины и полицейский напали на правозащитниц из "
        "общественного фонда «Феминита» в Алматы. Организаторы встречи, в том числе "
        "правозащитница Жанар Секербаева, обратились в полицию. Фонд «Қамқор» выразил поддержку."
    )
    assert detect_language(text, "x.txt") == "ru"


def test_whitespace_only_statement_is_refused():
    with pytest.raises(StatementError, match="white space"):
        parse_statement(" \n\t\n", "blank.txt")


def test_subtitle_after_the_headline_stays_in_the_text():
    statement = parse_statement(
        "4 June 2021\n\nKazakhstan: Defenders attacked in Shymkent\n\n"
        "Stop reprisals against activists\n\nOn 29 May 2021, women human rights defenders "
        "**Zhanar Sekerbayeva** and **Gulzada Serzhan** were attacked by unknown men in "
        "Shymkent.",
        "x.txt",
    )
    assert statement.title == "Kazakhstan: Defenders attacked in Shymkent"
    assert statement.paragraphs[0] == "Stop reprisals against activists"


def test_a_short_country_name_is_not_read_in_other_words():
    from hrdarchive import countries

    # 'Ганди' is no Ghana, 'малые' no Mali, 'того' no Togo; adjectives of long names count.
    text = "Махатма Ганди писал о малые делах того времени; казахстанская правозащитница"
    assert countries.mentions(text) == {"KZ": 1}
    assert countries.mentions("в Мали и в Гане") == {"ML": 1, "GH": 1}
