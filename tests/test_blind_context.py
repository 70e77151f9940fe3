"""Event context phenomena of the third blind round: segmentation of scraped pages, dates counted
from the right anchor, lists of dated attacks, and places that are not where the event happened.

Every report here is invented for this file (made-up tolls in real places); none is copied.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import context_of, extracted, one, place_of

from reconcile.extract.segment import segment


def claims(text: str, kind: str | None = "killed", published: str = "2023-06-12"):
    return extracted(text, kind, published, "Desk Wire", "report.txt")


# --------------------------------------------------------------------------- segmentation

LEAD = "A bomb hidden in a cart killed nine people at a market in Khost on Sunday, police said.\n\n"


@pytest.mark.parametrize("tail, low", [
    # an excerpt cut mid-word, at a comma, or after a finished sentence: still text
    ("The group also said it was behind an attack in Paktia in March that killed 14 people, includ", 14),
    ("And in April, seven people were killed and 20 others wounded in a blast in Gardez,", 7),
    ("Officials said 11 people were killed in the attack. Reports from the town say the market was full "
     "of shoppers before the holiday", 11),
    ("Police say that since January more than 40 officers have been killed in roadside bombings and raids i", 41),
])
def test_a_cut_off_last_paragraph_is_read(tail, low):
    assert one(claims(LEAD + tail), low), tail


def test_another_attack_the_group_says_it_was_behind_keeps_its_own_date_and_place():
    tail = "The group also said it was behind an attack in Paktia in March that killed 14 people, includ"
    got = one(claims(LEAD + tail), 14)[0]
    assert (got.event_date, got.place) == ("2023-03", "Paktia Province")


def test_a_mid_text_headline_and_a_caption_credit_stay_unread():
    text = (LEAD + "Blast kills 12 at a wedding in Herat\n\n"
            "Mourners carry a coffin after the blast that killed 23 in Khost. AFP/Staff\n\n"
            "The province has seen several such attacks this year.")
    got = claims(text)
    assert one(got, 9)
    assert not one(got, 12) and not one(got, 23)


def test_citation_markers_after_a_full_stop_end_the_sentence():
    text = ("On 3 March 2022, gunmen attacked a bus in Logar province.[1] Provincial police chief Ahmad Zia "
            "said that six passengers were killed. Four other people were injured, including a child.[2][3] "
            "The child died in hospital in Kabul on 29 March. [4] The police said two suspects were held.")
    sentences = [text[s.start : s.end] for s in segment(text)]
    assert any(s.startswith("Provincial police chief") for s in sentences)
    assert any(s.startswith("The child died") for s in sentences)
    assert any(s.startswith("The police said two suspects") for s in sentences)
    killed = claims(text, published="2022-04-02")
    assert one(killed, 6)[0].claimant_role == "official"
    injured = claims(text, "injured", published="2022-04-02")
    assert one(injured, 4)[0].event_date == "2022-03-03"


def test_an_embedded_tweet_is_read_and_its_signature_is_not():
    text = (LEAD + "Militants killed 15 soldiers in an ambush near #Khost on Sunday "
            "pic.twitter.com/AbCdEf12— Some Agency (@someagency) June 11, 2023\n\n"
            "Nine others also wounded. pic.twitter.com/XyZ123ab\n\n"
            "The army has not commented.")
    assert one(claims(text), 15)
    assert one(claims(text, "injured"), 9)
    sents = segment(text)
    sig = [s for s in sents if "@someagency" in text[s.start : s.end]]
    assert sig and all(s.boilerplate for s in sig)


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("sentence, day", [
    ("Mourners buried on Monday the victims of a bombing a day earlier that killed 21 people in Jalalabad.",
     "2023-06-11"),
    ("Funerals were held in Jalalabad on Monday for those killed in an attack the day before.", "2023-06-11"),
    ("Families in Jalalabad on Monday mourned 21 people killed two days earlier in a bombing.", "2023-06-10"),
])
def test_a_day_earlier_counts_from_the_day_its_clause_names(sentence, day):
    # published on a Tuesday; a later sentence names the weekday of the attack
    text = sentence + " The toll from Saturday's attack has climbed to 21, the governor said."
    assert context_of(text, sentence[:30], "2023-06-13")[0] == day


def test_a_day_earlier_is_not_recounted_from_a_later_weekday():
    text = ("Funerals were held in Kabul on Sunday for the victims of an attack a day earlier on a school "
            "that killed 40 pupils.\n\nThe number of wounded in Saturday's attack rose to 90, officials said.")
    assert context_of(text, "Funerals", "2021-05-09")[0] == "2021-05-08"


def test_a_day_earlier_opening_a_sentence_still_counts_from_the_reports_attack():
    text = "A car bomb killed 10 people in Kabul on Monday. A day earlier, a blast in Herat killed 3 people."
    got = claims(text, published="2023-06-13")
    assert (one(got, 10)[0].event_date, one(got, 10)[0].place) == ("2023-06-12", "Kabul")
    assert (one(got, 3)[0].event_date, one(got, 3)[0].place) == ("2023-06-11", "Herat")


@pytest.mark.parametrize("text, published, day", [
    ("Tuesday, June 13, 2023 A bomb killed eight people in Quetta yesterday evening.", "2023-06-14", "2023-06-12"),
    ("13 June 2023 - Gunmen killed four guards in Quetta last night.", "2023-06-15", "2023-06-12"),
    ("June 13, 2023 A bomb killed eight people in Quetta on Monday.", "2023-06-16", "2023-06-12"),
])
def test_a_dateline_anchors_yesterday_and_weekdays(text, published, day):
    assert context_of(text, "Quetta", published)[0] == day


@pytest.mark.parametrize("sentence", [
    "And in early December last year, two people were killed in a blast in Chabahar,",
    "In late December last year, a blast in Chabahar killed two people.",
    "Two people were killed in a blast in Chabahar in December last year.",
])
def test_a_month_of_last_year_is_one_date(sentence):
    assert context_of(sentence, "Chabahar", "2019-02-13") == ("2018-12", "Chabahar")


def test_a_dateline_needs_a_date_opening_the_sentence():
    # "On June 13, 2023, ..." is the event's own date, not a dateline
    text = "On June 13, 2023, a bomb killed eight people in Quetta."
    assert context_of(text, "Quetta", "2023-06-20")[0] == "2023-06-13"


def test_a_day_after_gunmen_stormed_dates_the_reports_event():
    text = ("These are the men who shot dead 30 students at a college.\n\n"
            "The militants issued a warning on Thursday alongside their photographs.\n\n"
            "Relatives prepared funerals for the 30 victims killed at the college in the country's northwest.\n\n"
            "Colleges across the province closed on Thursday, a day after four gunmen, armed with rifles and "
            "grenades, stormed the engineering college in the city of Peshawar.")
    assert context_of(text, "shot dead 30", "2023-06-15") == ("2023-06-14", "Peshawar")
    assert context_of(text, "Relatives prepared", "2023-06-15") == ("2023-06-14", "Peshawar")


def test_a_claim_after_the_attack_told_in_the_paragraph_before_takes_its_date():
    text = ("Soldiers freed the passengers of a hijacked bus in Balochistan after a long standoff that left "
            "all 12 attackers dead.\n\n"
            "Officials blamed the attack on a separatist group.\n\n"
            "Witnesses said the gunmen fired rockets at the bus on Tuesday while it was travelling from "
            "Quetta to Karachi.\n\n"
            "Before the standoff ended, the group claimed the attack, saying it had killed 30 people.")
    assert context_of(text, "saying it had killed 30", "2023-06-15")[0] == "2023-06-13"


def test_each_item_of_a_list_of_attacks_takes_its_own_date_and_place():
    text = ("Its deadliest attacks include a bombing in March 2017 that killed 40 people in Kabul, twin blasts "
            "in October 2019 that killed 62 at a mosque in Jalalabad, and a suicide attack in June 2022 that "
            "killed 18 in Quetta, Pakistan.")
    got = claims(text, published="2023-09-01")
    assert (one(got, 40)[0].event_date, one(got, 40)[0].place) == ("2017-03", "Kabul")
    assert (one(got, 62)[0].event_date, one(got, 62)[0].place) == ("2019-10", "Jalalabad")
    assert (one(got, 18)[0].event_date, one(got, 18)[0].place) == ("2022-06", "Quetta")


def test_a_sentence_with_one_attack_and_a_background_year_is_no_list():
    text = ("The group, formed in 2012, claimed a bombing in Quetta in June 2022 that killed 18 people, "
            "a police spokesman said.")
    got = claims(text, published="2022-06-20")
    assert (one(got, 18)[0].event_date, one(got, 18)[0].place) == ("2022-06", "Quetta")


def test_an_anaphoric_toll_after_a_recalled_attack_takes_that_attack():
    text = ("A regional affiliate of the group on Monday fired rockets at a base in Termez, the group said.\n\n"
            "The group has carried out several attacks in Pakistan, including a bombing of a mosque in the "
            "city of Peshawar last month.\n\n"
            "The attack killed more than 50 worshippers.")
    assert context_of(text, "more than 50", "2022-04-19") == ("2022-03", "Peshawar")


def test_an_anaphoric_toll_of_the_reports_own_attack_keeps_it():
    text = ("A bomb exploded at a mosque in Kunduz on Friday during prayers.\n\n"
            "The explosion killed 46 worshippers, a doctor said.")
    assert context_of(text, "46 worshippers", "2021-10-09") == ("2021-10-08", "Kunduz")


# --------------------------------------------------------------------------- places

@pytest.mark.parametrize("sentence, place", [
    ("A deadly attack rocked the Bannu Cantonment in northwest Pakistan on Tuesday evening.", "Bannu"),
    ("Militants attacked Bannu Cantt, killing at least 12 people.", "Bannu"),
    ("Two vehicles rammed the wall of the cantonment in Bannu in northwest Pakistan.", "Bannu"),
    ("Suicide bombers struck the Kohat Cantonment in Khyber Pakhtunkhwa province.", "Kohat"),
    ("A blast hit a bazaar in Peshawar city in Khyber Pakhtunkhwa province.", "Peshawar"),
])
def test_a_cantonment_or_city_form_names_the_place(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence, not_place", [
    ("Gunmen fired on a train travelling from Quetta to Peshawar in a remote pass.", ("Quetta", "Peshawar")),
    ("The train, on its way from Quetta, the capital of Balochistan, to Peshawar in Khyber Pakhtunkhwa "
     "province, came under fire.", ("Quetta", "Peshawar", "Khyber Pakhtunkhwa")),
    ("The group claimed responsibility, alleging support from India and Afghanistan.", ("India", "Afghanistan")),
    ("The blast hit a road close to the Pakistan border where smugglers operate.", ("Pakistan",)),
    ("The wall of the base, located about 200 km southwest of Peshawar, was breached.", ("Peshawar",)),
    ("One of the dead, a resident of district Swat, was a teacher.", ("Swat",)),
    ("The blame was cast on India for backing the group.", ("India",)),
])
def test_routes_borders_bearings_backers_and_home_towns_are_no_place(sentence, not_place):
    assert place_of(sentence) not in not_place


@pytest.mark.parametrize("sentence, place", [
    ("A bus travelling from Quetta to Karachi was bombed in Khuzdar.", "Khuzdar"),
    ("Gunmen killed five in a village near the border with Iran in Nimroz province.", "Nimroz"),
    ("The blast struck a market in the north of Afghanistan.", "Afghanistan"),
    ("The bomb went off at a checkpoint in Chaman, a border town in Balochistan.", "Chaman"),
    ("The dead man, a resident of Swat, was shot in Karachi.", "Karachi"),
    ("Ten of the dead, hailing from Kurram, were buried in Parachinar.", "Parachinar"),
    ("A bomb killed five people in a village north of Kabul.", "Kabul"),  # a bearing with no distance
])
def test_the_place_of_the_event_survives_beside_them(sentence, place):
    assert place_of(sentence) in (place, f"{place} Province")


@pytest.mark.parametrize("sentence", [
    "A suicide bomber hit a bus on the Khash-Zahedan road.",
    "The attack happened on a road between the cities of Zahedan and Khash.",
])
def test_a_road_between_two_towns_is_their_province(sentence):
    assert place_of(sentence) == "Sistan and Baluchestan"


def test_a_group_named_after_a_province_is_no_place():
    assert place_of("The Balochistan Liberation Army claimed the attack.") is None


def test_an_unpunctuated_standfirst_under_the_headline_is_read():
    text = ("Rally bombing kills dozens\n\n"
            "The explosion, which targeted an election meeting in the district, also left more than 90 people injured\n\n"
            "At least 40 people were killed on Friday when a bomber struck the rally, officials said.")
    got = extracted(text, "injured", "2018-07-14", "Wire", "w.txt")
    assert got and got[0].value_low == 91
    assert not [c for c in extracted(text, "killed", "2018-07-14", "Wire", "w.txt") if "dozens" in c.quote]
