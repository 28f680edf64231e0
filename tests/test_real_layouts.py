"""Rules for the layouts organisations actually publish, each on a snippet of a real statement
of the shipped sample (file named in the test) or of the kind the issue lists."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdarchive import countries
from hrdarchive.dates import parse_date
from hrdarchive.parse import parse_statement
from hrdarchive.text import repair_glued_words

from .conftest import ROOT, read_statement

# -- Observatory (FIDH-OMCT) urgent appeals -----------------------------------------------


OBSERVATORY_014 = """Russian Federation: Arson of the office of the Human Rights Center (HRC) \
Memorial in Nazran, Ingushetia, Chechen Republic

Urgent Appeal

RUS 001 / 0118 / OBS 004.1
Arson of the office
Police surveillance
Russian Federation
January 19, 2018

The Observatory for the Protection of Human Rights Defenders, a partnership of the FIDH and \
the World Organisation Against Torture (OMCT), requests your urgent intervention in the \
following situation in the Chechen Republic, Russian Federation.

Furthermore, it has been reported that on January 15 and 16, 2018, Mr. Oleg Orlov, Chairman \
of HRC Memorial Council, lawyer Pyotr Zaikin, who defends the Head of HRC Memorial in \
Chechnya, Mr. Oyub Titiev who is currently detained, and journalists are under constant \
surveillance.
"""


def test_observatory_stack_of_short_lines_gives_date_and_country():
    statement = parse_statement(OBSERVATORY_014, "014.txt")
    assert statement.date == dt.date(2018, 1, 19)
    assert statement.country == "RU"
    assert statement.title.startswith("Russian Federation: Arson of the office")


def test_observatory_reference_code_and_keywords_stay_out_of_the_text():
    statement = parse_statement(OBSERVATORY_014, "014.txt")
    text = " ".join(statement.paragraphs)
    assert "OBS 004.1" not in text and "Urgent Appeal" not in text
    assert statement.paragraphs[0].startswith("The Observatory for the Protection")


def test_lawyer_named_with_a_role_is_a_defender():
    statement = parse_statement(OBSERVATORY_014, "014.txt")
    assert statement.defenders == ["Oleg Orlov", "Pyotr Zaikin", "Oyub Titiev"]


def test_headline_ending_in_a_bracket_is_still_a_headline():
    statement = parse_statement(read_statement("018_en_az-mammadli-arrest-omct.txt"), "018.txt")
    assert statement.title == (
        "Arbitrary arrest and detention of Mr. Anar Mammadli, Chairman of the Azerbaijani "
        "Election Monitoring and Democracy Studies Centre (EMDS)"
    )
    assert statement.date == dt.date(2013, 12, 20)


def test_a_headline_that_names_people_says_who_the_defenders_are():
    # 018: Mr. Elnur Mammedov, leader of another group, was summoned with Mammadli.
    statement = parse_statement(read_statement("018_en_az-mammadli-arrest-omct.txt"), "018.txt")
    assert statement.defenders == ["Anar Mammadli"]


def test_a_defenders_lawyer_is_not_a_defender():
    # 013: "one of Mr. Titiev's lawyers, Mr. Aslan Telkhigov, was allegedly forced to resign"
    statement = parse_statement(read_statement("013_en_ru-titiev-detention-omct.txt"), "013.txt")
    assert statement.defenders == ["Oyub Titiev"]


# -- damaged text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("The Observatory for theProtection of", "The Observatory for the Protection of"),
        ("the WorldOrganisation Against Torture", "the World Organisation Against Torture"),
        ("TheObservatory has been informed", "The Observatory has been informed"),
        ("Mr. BashirSuleimanly, EMDS Executive", "Mr. Bashir Suleimanly, EMDS Executive"),
        ("detention of Mr.Oyub Titiev", "detention of Mr. Oyub Titiev"),
        (
            "according to the information received, onDecember 16",
            "according to the information received, on December 16",
        ),
        ("December20, 2013", "December 20, 2013"),
        ("posted on YouTube and WhatsApp", "posted on YouTube and WhatsApp"),
        ("arbitrarydetention", "arbitrarydetention"),
    ],
)
def test_glued_words_are_repaired(damaged, repaired):
    assert repair_glued_words(damaged, frozenset({"WhatsApp"})) == repaired


# -- web pages, reposts, case pages -------------------------------------------------------


def test_republished_headline_loses_its_source_prefix():
    statement = parse_statement(
        read_statement("027_en_tm-achilova-prevented-travel-iphr.txt"), "027.txt"
    )
    assert statement.title == "Turkmenistan: Journalist Prevented from Travelling Abroad"
    assert not any("Prevented from Travelling" in p for p in statement.paragraphs[:2])


def test_site_chrome_above_the_headline_is_dropped():
    statement = parse_statement(
        read_statement("030_en_by-loika-sentence-upheld-fld-repost.txt"), "030.txt"
    )
    assert statement.title.startswith("Front Line Defenders Released a Statement")
    assert statement.paragraphs[0].startswith("Front Line Defenders condemns")
    assert statement.defenders == ["Nasta Loika"]


def test_hrw_lead_without_headline_or_date():
    statement = parse_statement(
        read_statement("029_en_tm-achilova-harassed-assaulted-hrw.txt"), "029.txt"
    )
    assert statement.title is None and statement.date is None
    assert statement.defenders == ["Soltan Achilova"]
    assert statement.country == "TM"


CASE_PAGE = """Back to top

Human rights defender Abdulmajid Rizoev released

Status:
Released

18 May 2023

On 18 May 2023, the Tajikistani authorities released human rights defender and lawyer \
Abdulmajid Rizoev from a high-security prison in Khujand, Tajikistan.

----------

11 August 2021

On 11 August 2021, Dushanbe City Court rejected the cassation appeal to review the case of \
Abdulmajid Rizoev.
"""


def test_update_headers_of_a_case_page_are_not_the_publication_date():
    statement = parse_statement(CASE_PAGE, "case.txt")
    assert statement.date is None
    assert statement.status == "Released"
    assert not any(set(p) <= set("-") for p in statement.paragraphs)


def test_several_bare_dates_are_update_headers():
    text = CASE_PAGE.replace("Status:\nReleased\n\n", "")
    assert parse_statement(text, "case.txt").date is None


@pytest.mark.parametrize(
    "clutter",
    [
        "Photo: Soltan Achilova © 2017 Private",
        "© 2019 Human Rights Watch",
        "This website uses cookies to improve your experience. Accept",
        "Font size",
        "Turkmenistan Helsinki Foundation logo",
        "--------",
    ],
)
def test_clutter_is_dropped(clutter):
    statement = parse_statement(
        f"Turkmenistan: Journalist assaulted\n\n{clutter}\n\nOn 17 November, independent "
        "journalist Soltan Achilova was prevented from boarding a flight to Geneva by border "
        "officials in Ashgabat.",
        "x.txt",
    )
    assert statement.paragraphs == [
        "On 17 November, independent journalist Soltan Achilova was prevented from boarding a "
        "flight to Geneva by border officials in Ashgabat."
    ]


# -- letters to officials ------------------------------------------------------------------


LETTER = """12 March 2019

His Excellency Mr. Ilham Aliyev
President of the Republic of Azerbaijan

Re: Detention of human rights defender Anar Mammadli

Dear Mr. President,

We write to express our concern about the detention of human rights defender Anar Mammadli, \
chairman of the Election Monitoring and Democracy Studies Centre, in Baku. Mr. Ilham Aliyev, \
President of the Republic of Azerbaijan, has the power to order his release.
"""


def test_letter_subject_is_the_headline_and_the_addressee_no_defender():
    statement = parse_statement(LETTER, "letter.txt")
    assert statement.title == "Detention of human rights defender Anar Mammadli"
    assert statement.defenders == ["Anar Mammadli"]
    assert statement.date == dt.date(2019, 3, 12)


def test_police_officer_is_not_a_defender():
    statement = parse_statement(
        "Kazakhstan: attack on defenders\n\nOn 29 May 2021, women human rights defenders "
        "Zhanar Sekerbayeva and Gulzada Serzhan were attacked. When the police officer, Arman "
        "Aripzhanov, arrived at the cafe he began shouting at Zhanar Sekerbayeva. Police "
        "officer Arman Aripzhanov detained them. Arman Aripzhanov did not explain why.",
        "x.txt",
    )
    assert statement.defenders == ["Zhanar Sekerbayeva", "Gulzada Serzhan"]


# -- Russian ----------------------------------------------------------------------------


def test_russian_role_word_introduces_a_defender_in_an_oblique_case():
    statement = parse_statement(
        read_statement("011_ru_uz-karaeva-threatened-attacked.txt"), "011.txt"
    )
    assert statement.defenders == ["Гульшан Караева"]
    assert statement.date == dt.date(2012, 5, 25)


def test_russian_main_subject_in_oblique_cases():
    statement = parse_statement(read_statement("046_ru_tm-achilova-threats-hrw.txt"), "046.txt")
    assert statement.defenders == ["Солтан Ачилова"]


def test_alias_in_brackets_is_recorded():
    statement = parse_statement(
        "Kyrgyzstan: defender threatened\n\nHuman rights defender Rita Karasartova (Rita "
        "Rahman) received threats after her work on the trial of political prisoners.",
        "x.txt",
    )
    assert statement.defenders == ["Rita Karasartova"]
    assert statement.aliases == {"Rita Karasartova": ["Rita Rahman"]}


# -- countries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kyrgyzstan", "KG"),
        ("Kirghizia", "KG"),
        ("Кыргызстан", "KG"),
        ("Киргизия", "KG"),
        ("Belarus", "BY"),
        ("Беларусь", "BY"),
        ("Белоруссия", "BY"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Российская Федерация", "RU"),
        ("Россия", "RU"),
        ("Moldova", "MD"),
        ("Republic of Moldova", "MD"),
        ("Atlantis", None),
    ],
)
def test_country_names_and_variants(name, code):
    assert countries.lookup(name) == code


def test_country_named_in_russian_cases_in_the_text():
    counts = countries.mentions("в Казахстане, властям Казахстана, в Белоруссии, России")
    assert counts == {"KZ": 2, "BY": 1, "RU": 1}


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("г-на Анара Мамедли, председателя Центра мониторинга выборов,", "Анар Мамедли"),
        ("правозащитника Азимжана Аскарова, который отбывает срок,", "Азимжан Аскаров"),
        ("правозащитнице Гульшан Караевой, которая подверглась нападению,", "Гульшан Караева"),
    ],
)
def test_russian_role_word_tells_the_gender_of_the_name(phrase, name):
    statement = parse_statement(
        f"Азербайджан: задержание\n\n16 декабря 2013 года {phrase} вызвали на допрос в "
        "прокуратуру Баку по делу о налогах.",
        "x.txt",
    )
    assert statement.defenders == [name]


# -- more real layouts (tests/fixtures/extra, gathered from published statements) ----------

EXTRA = ROOT / "tests" / "fixtures" / "extra"


def extra(prefix: str):
    [path] = EXTRA.glob(f"{prefix}_*.txt")
    return parse_statement(path.read_text(encoding="utf-8"), path.name)


def test_amnesty_urgent_action_flattened_into_one_paragraph():
    statement = extra("112")
    assert statement.date == dt.date(2014, 7, 31)  # 'Date: 31 July 2014' inside the paragraph
    assert statement.title == "ACTIVIST ARRESTED, CHARGED WITH TREASON"
    assert "Leyla Yunus" in statement.defenders
    assert not any(p.startswith(("Total Page", "File Type")) for p in statement.paragraphs)


def test_date_glued_to_the_next_word_and_document_prefix():
    statement = extra("120")
    assert statement.date == dt.date(2012, 4, 30)  # 'Date: 30 April 2012URGENT ACTION'
    assert statement.title == "Honduras: Human rights defenders threatened"


def test_member_and_appositive_roles():
    # 'a founding member of COFADEH, Nohemí Pérez', 'founding member and coordinator, Bertha
    # Oliva', 'Dina Meza, another defender who works at COFADEH'
    assert sorted(extra("120").defenders) == ["Bertha Oliva", "Dina Meza", "Nohemí Pérez"]


def test_one_date_written_twice_is_still_the_publication_date():
    # Observatory: '11/05/2020' in the site header and 'May 11, 2020' in the appeal
    assert extra("101").date == dt.date(2020, 5, 11)


def test_labelled_posting_date_wins_over_a_glued_blog_stamp():
    # 'Sep 212012' (a repost stamp) above 'Posted 2012/9/20'
    assert extra("118").date == dt.date(2012, 9, 20)


def test_update_box_is_neither_date_nor_headline():
    statement = extra("109")
    assert statement.date is None and statement.title is None
    assert statement.defenders == ["Maks Bokaev", "Talgat Ayan"]


def test_observatory_keywords_and_download_link_are_not_headlines():
    statement = extra("102")
    assert statement.title is None
    assert statement.date == dt.date(2020, 5, 11)
    assert statement.defenders == ["Евгений Жовтис"]


def test_plural_russian_role_word_tells_the_case_of_the_names():
    # 'Узников совести Макса Бокаева и Талгата Аяна': genitive, so Талгата is Талгат
    assert extra("110").defenders == ["Макс Бокаев", "Талгат Аян"]


def test_name_with_a_bracketed_full_name_takes_the_gender_of_the_headline_role():
    # headline: 'освободить правозащитницу Насту Лойку'; the judge is not a defender
    assert extra("115").defenders == ["Наста Лойка"]


def test_title_case_headline_words_are_not_part_of_names():
    # 'Bokayev and Ayanov Sentenced' / 'Prisoners of Conscience Awaiting Sentence'
    assert extra("111").defenders == ["Max Bokayev", "Talgat Ayanov"]
    assert extra("119").defenders == ["Emir-Usein Kuku"]


def test_addressees_of_an_urgent_action_are_not_defenders():
    # 'Charge d'Affaires Mr. Pavel Shidlovsky Embassy of Belarus'
    assert extra("114").defenders == ["Nasta Loika"]


def test_organisation_phrase_is_never_cut_into_a_name():
    from hrdarchive.people import best_name

    assert best_name("Cajibio Peasant Workers Association") is None
    assert best_name("Mr Uktam Pardayev") == "Uktam Pardayev"
    assert best_name("Pavel Shidlovsky Embassy") == "Pavel Shidlovsky"


def heldout(prefix: str):
    [path] = (ROOT / "tests" / "fixtures" / "heldout").glob(f"{prefix}_*.txt")
    return parse_statement(path.read_text(encoding="utf-8"), path.name)


def test_date_with_dashes():
    assert parse_date("03-03-2023") == dt.date(2023, 3, 3)
    assert heldout("202").date == dt.date(2023, 3, 3)


def test_site_stamp_with_time_is_the_publication_date_and_pipes_split_a_headline():
    # 'Tajikistan|life|May 4, 2016 / 03:02 PM'
    statement = heldout("211")
    assert statement.date == dt.date(2016, 5, 4)
    assert statement.title.startswith("HRW urges Tajikistan free human rights lawyers")


def test_role_word_then_a_dash_and_a_list_of_names():
    # 'at least five human rights lawyers – Shukhrat Kudratov, Fakhriddin Zokirov, …'
    defenders = heldout("211").defenders
    assert defenders[:2] == ["Shukhrat Kudratov", "Fakhriddin Zokirov"]
    assert not any("Tabarov" in d for d in defenders)  # 'sons of Iskhok Tabarov'


def test_blog_page_with_several_posts_takes_the_date_above_the_headline():
    # '31.12.12' heads a New Year post, '30.12.12' the statement 'Узбекистан: …'
    assert heldout("207").date == dt.date(2012, 12, 30)


def test_breadcrumb_trail_ends_with_the_headline():
    statement = heldout("203")
    assert statement.title == "Release human rights defender Marfa Rabkova"
    assert heldout("205").title.startswith("Власти Туркменистана должны немедленно освободить")


def test_country_headline_wins_over_a_repost_title():
    assert heldout("215").title.startswith("Kazakhstan: Human rights defenders, including")


def test_job_titles_and_regions_are_not_names():
    assert heldout("210").defenders == ["Lara Aharonian"]  # 'Executive Director Lara …'
    assert heldout("214").defenders == []  # 'North Caucasus', 'Urgent Action'


def test_a_relative_introduced_as_such_is_not_a_defender():
    # 'Another detainee, Abdulmedzhyt Seytumerov, is the brother of political prisoners …'
    assert not any("Seytumerov" in d for d in heldout("212").defenders)


def test_russian_surname_mentions_in_any_case_but_not_longer_words():
    from hrdarchive.people import surname_mentions

    text = "Насту Лойку задержали. Адвокат Лойки. Россия и России. Кеннет Росс сказал."
    assert surname_mentions("Насту Лойку", text) == 2
    assert surname_mentions("Кеннет Росс", text) == 1
