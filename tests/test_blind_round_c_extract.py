"""Extraction phenomena of the blind round 3c, each with other phrasings reporters use and a near miss.

A page title as the only toll of a scraped page, an attackers' toll behind a long relative clause,
country-wide and yearly tallies as aggregates, a headline's "A Dozen Lives Lost", those "killed
instantly" beside a larger toll, the "others" of an armed group, and the deaths that raised a toll.
Every sentence and report here is written for this file (invented tolls, real places); none is copied.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import conflicting, desk, extracted, one, one_row, rows


def claims(text: str, kind: str | None = "killed", published: str = "2024-03-05"):
    return extracted(text, kind, published, "Desk Wire", "page.txt")


# --------------------------------------------------------------------------- A1: a title's toll

def _page(title: str, body: str) -> str:
    return f"Published: Tue, March 5, 2024\nNews Desk | By Jane Roe\n\n{title}\n\n{title}\n\n{body}\n"


BODY_NO_TOLL = ("Armed men opened fire at a shrine in Jalalabad on Tuesday morning, witnesses said.\n\n"
                "Police sealed off the area and an operation was under way, a spokesman said.")


@pytest.mark.parametrize("title, low, high", [
    ("Gunmen attack shrine in Jalalabad, killing 6", 6, 6),
    ("Gunmen storm shrine in Jalalabad, leaving 12 dead", 12, 12),
    ("Gunmen open fire at Jalalabad shrine; 9 killed", 9, 9),
    ("Gunmen Attack Shrine In Jalalabad, Killing At Least 7", 7, None),
    ("Shrine attack in Jalalabad leaves dozen dead", 12, 12),
])
def test_a_title_is_the_toll_of_a_page_whose_body_gives_none(title, low, high):
    got = claims(_page(title, BODY_NO_TOLL))
    assert [(c.value_low, c.value_high) for c in got] == [(low, high)]  # the title twice is one claim
    assert got[0].extractor.endswith(".headline") and got[0].place == "Jalalabad"


def test_a_title_the_body_repeats_gives_no_second_claim():
    body = "A gunman killed at least six worshippers at a shrine in Jalalabad on Tuesday, police said."
    got = claims(_page("Gunmen attack shrine in Jalalabad, killing 6", body))
    assert [(c.value_low, c.extractor) for c in got] == [(6, "killed.verb_object")]


def test_furniture_lines_and_headings_after_the_prose_give_no_toll():
    text = ("Published: 5 March 2024 | 3 min read\nBy Jane Roe, 12 years a correspondent\n\n"
            "Police post attacked in Bannu\n\n" + BODY_NO_TOLL + "\n\nBomb kills 30 in Herat market\n\n"
            "Officials said they would give more details later.\n")
    assert claims(text, None) == []


# --------------------------------------------------------------------------- A2: a relative clause

@pytest.mark.parametrize("sentence, low", [
    ("All five gunmen who stormed the hotel, a landmark on the lake shore in Kabul, were killed after a night of fighting.", 5),
    ("The three attackers, who had stormed the compound, a UN guesthouse in Herat, were shot dead by guards.", 3),
    ("The two bombers who targeted the rally in Bajaur, a tribal district on the border, were killed in the blasts.", 2),
    ("Six militants who attacked the checkpoint, killing two soldiers, were killed in the return fire.", 6),
])
def test_an_attackers_toll_behind_a_relative_clause(sentence, low):
    got = [c for c in claims(sentence) if c.victims == "militants"]
    assert [c.value_low for c in got] == [low]
    assert sentence[got[0].span_start : got[0].span_end].endswith(("killed", "shot dead"))  # the clause in the span


@pytest.mark.parametrize("sentence, kind, low", [
    ("Three members of a police bomb squad sent to the scene of the blast in Zahedan, a city near the border, "
     "were wounded by a second device.", "injured", 3),
    ("Four soldiers escorting the convoy, which was carrying food to Parachinar, were killed in the ambush.", "killed", 4),
])
def test_a_toll_behind_a_participle_phrase(sentence, kind, low):
    assert [c.value_low for c in claims(sentence, kind)] == [low]


def test_a_participle_phrase_before_another_verb_gives_no_toll():
    assert claims("Twelve workers travelling to the mine, officials said, were abducted by gunmen.", None) == []


def test_a_relative_clause_before_another_verb_gives_no_toll():
    assert claims("The four men who attacked the temple, a Sikh shrine in the old city, were arrested at dawn.") == []
    got = claims("IS claimed two blasts that killed almost 90 people at a ceremony for a general, who was killed "
                 "by a drone in 2020.")
    assert [c.value_low for c in got] == [81]  # "almost 90"; "two blasts" are no dead


# --------------------------------------------------------------------------- A3: tallies are aggregates

@pytest.mark.parametrize("sentence, low", [
    ("This year the country has already recorded a total of 3,100 terrorism-linked fatalities, including 900 civilians.", 3100),
    ("Some 2,100 fatalities were recorded in the corresponding period of 2012.", 1890),
    ("A year earlier 2,800 fatalities, including 1,100 civilians and 500 soldiers, were recorded in the same period.", 2800),
    ("The country recorded 3,000 conflict-related deaths in 2012, the monitor said.", 3000),
    ("There were 1,200 militancy-related deaths in the province last year.", 1200),
    ("The group has carried out multiple bombings that killed over 150 Hazaras in Quetta in 2012.", 151),
    ("According to the institute, 2023 saw 1,524 violence-related fatalities across the country.", 1524),
    ("Terrorist violence claimed 900 lives in Balochistan last year, the report said.", 900),
])
def test_yearly_and_country_wide_tallies_are_aggregates(sentence, low):
    got = claims(sentence)
    # (a group singled out of the tally, "including 900 civilians", is a claim of its own: an aggregate too)
    assert got[0].value_low == low and all(c.aggregate for c in got)
    assert all(c.victims != "people" for c in got[1:])


@pytest.mark.parametrize("sentence", [
    "Twin bombings at a snooker hall in January 2013 killed 92 people.",
    "The bombing at the market last year killed 40 people, police said.",
    "The blast on Friday caused 25 deaths, the hospital said.",
    "Sectarian violence killed 12 people in Kurram on Friday.",
])
def test_one_attacks_toll_stays_an_event(sentence):
    got = claims(sentence)
    assert got and not got[0].aggregate


# --------------------------------------------------------------------------- A4: "A Dozen Lives Lost"

@pytest.mark.parametrize("title", [
    "Tragic Ambush in Kurram: A Dozen Lives Lost",
    "Twelve Lives Lost In Convoy Ambush In Kurram",
    "Kurram Convoy Ambush: Dozen Dead",
    "A Dozen Killed in Kurram Convoy Ambush",
])
def test_a_title_toll_in_headline_case_against_a_larger_body_toll(title):
    text = (f"{title}\n\nAt least 40 people, among them women, were killed when gunmen ambushed a convoy in "
            "Kurram district on Thursday, officials said.\n")
    got = claims(text, published="2024-10-11")
    assert sorted(c.value_low for c in got) == [12, 40]  # the title contradicts its body: both are told


def test_lives_lost_needs_a_count():
    assert claims("Lives lost in the attack were remembered at a vigil. He bought a dozen candles.") == []


# --------------------------------------------------------------------------- C2: killed instantly

def test_those_killed_instantly_are_a_part_of_a_larger_toll_not_a_rival(tmp_path):
    con = desk(tmp_path, [
        ("one.txt", "Valley Post", "2024-02-17",
         "The commissioner put the toll from a bomb that tore through a vegetable market in Quetta on Saturday at "
         "71. About thirty people were killed instantly, the latest in a string of attacks on the market, police said.\n"),
        ("two.txt", "Coast Daily", "2024-02-18",
         "The toll from Saturday's market bombing in Quetta reached at least 71, officials said.\n"),
        ("three.txt", "Hill Times", "2024-02-18",
         "Saturday's bombing of a vegetable market in Quetta killed 40 people, a hospital official said.\n"),
    ])
    one_k = rows(con, "one.txt", "killed")
    instant = one_row(one_k, 27)  # "about thirty": its own words, 27-33
    assert instant["value_high"] == 33
    for other in rows(con, "two.txt", "killed") + [one_row(one_k, 71)]:
        assert not conflicting(con, instant, other)
    # the part updates nothing: the report's toll still stands against a lower one elsewhere
    assert conflicting(con, one_row(one_k, 71), one_row(rows(con, "three.txt", "killed"), 40))


@pytest.mark.parametrize("sentence", [
    "Twelve people died on the spot and the toll later rose to 30, a doctor said.",
    "The blast killed 12 people on the spot, and 18 more died in hospital, bringing the toll to 30.",
])
def test_killed_on_the_spot_is_read_with_its_own_figure(sentence):
    assert 12 in {c.value_low for c in claims(sentence)}


@pytest.mark.parametrize("sentence", [
    "Officials said 35 people died on the spot or on the way to hospital.",
    "Officials said 35 people died at the scene of the blast.",
])
def test_died_on_the_spot_or_later_is_a_toll_not_a_part(tmp_path, sentence):
    con = desk(tmp_path, [
        ("one.txt", "Valley Post", "2024-02-17",
         f"A bomb hit a vegetable market in Quetta on Saturday, killing at least 60 people. {sentence}\n"),
        ("two.txt", "Coast Daily", "2024-02-17",
         "A bomb hit a vegetable market in Quetta on Saturday, killing at least 41 people, rescuers said.\n"),
    ])
    assert conflicting(con, one_row(rows(con, "one.txt", "killed"), 35), one_row(rows(con, "two.txt", "killed"), 41))


def test_killed_on_the_spot_alone_is_the_reports_toll_and_still_conflicts(tmp_path):
    con = desk(tmp_path, [
        ("one.txt", "Valley Post", "2024-02-17",
         "A bomb hit a vegetable market in Quetta on Saturday. Twelve people were killed on the spot, police said.\n"),
        ("two.txt", "Coast Daily", "2024-02-17",
         "A bomb hit a vegetable market in Quetta on Saturday, killing at least 30 people, officials said.\n"),
    ])
    assert conflicting(con, one_row(rows(con, "one.txt", "killed"), 12), one_row(rows(con, "two.txt", "killed"), 30))


# --------------------------------------------------------------------------- C3: "others" of an armed group

@pytest.mark.parametrize("sentence, victims", [
    ("In the return fire, six attackers were killed and 10 others were injured.", "militants"),
    ("A day earlier a security official was martyred and four others were injured near the convoy.", "security_forces"),
    ("A policeman was killed and two others were wounded at the checkpoint in Quetta.", "police"),
    ("Two gunmen were shot dead and three others were wounded in the raid on the post.", "militants"),
])
def test_others_after_an_armed_group_are_more_of_that_group(sentence, victims):
    injured = claims(sentence, "injured")
    assert len(injured) == 1 and injured[0].victims == victims


@pytest.mark.parametrize("sentence", [
    "Gunmen stormed the temple, killing 25 worshippers and wounding 8 others.",
    "The UN said 53 people were killed when a suicide bomber attacked the school, and that 110 others were injured.",
    "The blast killed three people and injured 12 others.",
])
def test_others_after_civilians_stay_people(sentence):
    injured = claims(sentence, "injured")
    assert len(injured) == 1 and injured[0].victims == "people"


def test_wounded_attackers_and_wounded_guards_of_one_report_do_not_conflict(tmp_path):
    con = desk(tmp_path, [("one.txt", "Valley Post", "2025-01-17",
                           "A convoy came under attack in Kurram district on Thursday. A security official was "
                           "martyred and four others were injured, police said. In the return fire, six attackers "
                           "were killed and 10 others were injured, police added.\n")])
    inj = rows(con, "one.txt", "injured")
    assert not conflicting(con, one_row(inj, 4), one_row(inj, 10))


# --------------------------------------------------------------------------- D: the deaths that raised a toll

@pytest.mark.parametrize("sentence, toll", [
    ("The death toll from the blast in Quetta rose to 81 as several persons died in hospital and bodies were recovered.", 81),
    ("Bajaur attack: toll reaches 63 as two more injured die in Peshawar.", 63),
    ("The toll climbed to 40 after three more people died of their wounds overnight.", 40),
    ("The number of dead has gone up to 27 with a few more victims dying in hospital.", 27),
    ("The toll rose to 81 after several more bodies were pulled from the rubble.", 81),
    ("The death toll climbed to 30 with two more wounded policemen succumbing to their injuries.", 30),
])
def test_deaths_that_raised_a_toll_are_no_toll_of_their_own(sentence, toll):
    assert [(c.kind, c.value_low) for c in claims(sentence, None)] == [("killed", toll)]


def test_a_count_after_another_figures_rise_is_read():
    got = claims("The number of attacks in the province rose to 30 this year as militants killed 5 soldiers in Zhob.")
    assert [c.value_low for c in got] == [5]


def test_the_toll_tops_a_figure():
    got = claims("The toll tops 100 in Kabul as rescuers dig through the rubble.")
    assert [(c.value_low, c.value_high) for c in got] == [(101, None)]


# --------------------------------------------------------------------------- hedges: one source of truth

@pytest.mark.parametrize("sentence", [
    "At least one Spaniard was injured in the attack.",
    "Just one civilian was hurt in the crossfire.",
    "No fewer than one guard was wounded, officials said.",
])
def test_a_hedged_single_victim_gives_one_hedged_claim(sentence):
    got = claims(sentence, "injured")
    assert len(got) == 1 and got[0].value_low is not None and got[0].extractor != "injured.single"
    assert one(got, got[0].value_low)


# --------------------------------------------------------------------------- a headline's present tense

@pytest.mark.parametrize("sentence, low", [
    ("Five soldiers die in IED blast in North Waziristan", 5),
    ("Twelve perish in Kurram convoy ambush", 12),
])
def test_a_headlines_present_tense_die(sentence, low):
    assert [c.value_low for c in claims(sentence + ".")] == [low]


@pytest.mark.parametrize("sentence", [
    "Hundreds of fighters say they are ready to die in battle.",
    "Thousands could die of hunger in the camps this winter.",
])
def test_die_in_a_wish_or_a_fear_is_no_toll(sentence):
    assert claims(sentence) == []


# --------------------------------------------------------------------------- a quotation the sentence opens

def test_a_quotation_the_sentence_opens_takes_the_speaker_named_after_it():
    text = ('The interior ministry said 20 people were killed in the attack on the temple in Kabul. '
            '"All three gunmen who stormed the temple, a shrine in the old city, were killed by special forces. '
            'The area is secure," it said in a statement.')
    got = [c for c in claims(text, published="2020-03-25") if c.value_low == 3]
    assert got and got[0].claimant_role == "official"


def test_a_quotation_the_sentence_opens_is_not_given_to_a_speaker_before_it():
    text = ('The group claimed that its bomber had killed 60 people. Elders rejected the figure. '
            '"We buried nine people today. Anyone can count them," one elder told reporters.')
    got = [c for c in claims(text, published="2023-10-14") if c.value_low == 9]
    assert got and got[0].claimant_role != "perpetrator"


# --------------------------------------------------------------------------- a wire's one-sentence paragraphs

def test_a_figure_of_fighters_in_the_next_one_sentence_paragraph_is_a_strength():
    text = ("Analysts disagree on how many fighters the group still has in the two countries.\n\n"
            "A think tank said in May that the coalition had put the number of its fighters at 2,000.\n\n"
            "Last week, by contrast, the defence ministry said there could be up to 9,000 left in the north.\n")
    got = claims(text, "strength", published="2024-08-20")
    assert sorted((c.value_low, c.value_high) for c in got) == [(2000, 2000), (9000, 9000)]


def test_a_figure_two_paragraphs_after_the_fighters_is_not_a_strength():
    text = ("The coalition put the number of the group's fighters at 2,000 in May.\n\n"
            "The ministry of defence has a new spokesman.\n\n"
            "Officials said there could be up to 9,000 left in the north.\n")
    assert [c.value_low for c in claims(text, "strength", published="2024-08-20")] == [2000]


def test_a_chain_of_estimates_of_the_fighters_is_read_to_its_end():
    text = ("The coalition put the number of the group's fighters at 2,000 in May.\n\n"
            "Last week the defence ministry said there could be up to 9,000 left in the north.\n\n"
            "UN monitors gave yet another estimate in a report -- somewhere between 10,000 and 12,000.\n")
    got = claims(text, "strength", published="2024-08-20")
    assert sorted((c.value_low, c.value_high) for c in got) == [(2000, 2000), (9000, 9000), (10000, 12000)]


def test_an_estimate_after_a_figure_of_something_else_is_no_strength():
    text = ("The coalition put the number of the group's fighters at 2,000 in May.\n\n"
            "The ministry said the attacks cost 40 million dollars.\n\n"
            "The UN gave another estimate in its report: somewhere between 50 and 60.\n")
    assert [c.value_low for c in claims(text, "strength", published="2024-08-20")] == [2000]
