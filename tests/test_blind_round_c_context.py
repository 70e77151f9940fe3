"""Event context and event phenomena of the third blind round (round C), fixed as phenomena:

* a date inside a clause about another event ("in revenge for a drone strike last year") does not
  date the sentence's toll; a toll inside that clause is the other event's;
* a report's background incidents ("Earlier, ...", "In a separate attack, ...", "comes weeks after
  the killing of ...", "the latest in a series of ...") are events of their own;
* a second incident of a report in another province does not join the report's event through its
  country-level lead;
* a destination ("airlift the wounded to Karachi") is not where it happened;
* the day an official spoke ("speaking to reporters on Friday") is not the day of the attack;
* one report's figures per site of a coordinated attack are parts of its total, not conflicts.

Every report here is invented for this file (made-up tolls in real places); none is copied.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import conflicting, context_of, desk, extracted, one, one_row, place_of, rows

from reconcile import conflicts


def claims(text: str, kind: str | None = "killed", published: str = "2021-06-10"):
    return extracted(text, kind, published, "Desk Wire", "report.txt")


# --------------------------------------------------------------------------- B1: a motive clause's date

@pytest.mark.parametrize("sentence", [
    "Gunmen stormed a checkpoint in Quetta on Monday, killing 12 soldiers, in revenge for an army raid last year.",
    "Gunmen stormed a checkpoint in Quetta on Monday, killing 12 soldiers in retaliation for a drone strike in March.",
    "Gunmen stormed a checkpoint in Quetta on Monday and killed 12 soldiers in response to the killing of their "
    "commander in 2019.",
    "Gunmen killed 12 soldiers at a checkpoint in Quetta on Monday to avenge the deaths of fighters in a raid last month.",
])
def test_a_date_in_a_motive_clause_does_not_date_the_toll(sentence):
    assert context_of(sentence, "12 soldiers", "2021-06-10") == ("2021-06-07", "Quetta")


def test_a_deck_naming_the_motive_does_not_date_the_report_s_attack():
    text = ("Siege at Karachi airport leaves at least 20 dead\n\n"
            "A spokesman said the raid was the movement's revenge for a drone strike last year that killed its chief.\n\n"
            "Gunmen disguised as guards stormed the airport in Karachi late on Sunday.\n\n"
            "The siege left at least 20 people dead, officials said.\n")
    got = one(claims(text, published="2014-06-09"), 20)
    assert got and all(not (c.event_date or "").startswith("2013") for c in got)
    assert all(c.place == "Karachi" for c in got)


def test_a_deck_naming_the_motive_does_not_move_the_toll_to_another_event(tmp_path):
    deck = ("Siege at Karachi airport leaves at least 20 dead\n\n"
            "A spokesman said the raid was the movement's revenge for a drone strike last year that killed its chief.\n\n"
            "Gunmen disguised as guards stormed the airport in Karachi around midnight at the end of the weekend.\n\n"
            "The siege left at least 20 people dead, officials said.\n")
    wire = "KARACHI - At least 24 people were killed when gunmen stormed Karachi airport on Sunday night, police said.\n"
    con = desk(tmp_path, [("deck.txt", "Desk Wire", "2014-06-09", deck), ("wire.txt", "Karachi Daily", "2014-06-09", wire)])
    a, b = one_row(rows(con, "deck.txt", "killed"), 20), one_row(rows(con, "wire.txt", "killed"), 24)
    assert a["event_id"] == b["event_id"] and not conflicting(con, a, b)


def test_a_motive_clause_that_opens_the_sentence_leaves_the_toll_its_day():
    s = "In revenge for the killing of their commander, militants stormed a checkpoint on Monday, killing 12 soldiers."
    got = one(claims(s), 12)
    assert got and got[0].event_date == "2021-06-07" and not got[0].recalled


def test_a_toll_inside_the_motive_clause_is_the_other_event_s():
    s = "The group said the bombing in Kabul was revenge for a drone strike in May that killed 30 of its fighters."
    got = one(claims(s), 30)
    assert got and got[0].recalled and got[0].event_date == "2021-05"


@pytest.mark.parametrize("sentence, date", [
    ("Gunmen killed 12 soldiers in Quetta on Monday, months after a bombing in March killed 30 people.", "2021-03"),
    ("Gunmen killed 12 soldiers in Quetta on Monday, after a bombing in March killed 30 people.", "2021-03"),
    ("Gunmen killed 12 soldiers in Quetta on Monday, two days after a bomb killed 30 people in Kalat.", "2021-06-05"),
    ("Gunmen killed 12 soldiers in Quetta on Monday, the deadliest attack since a bombing in 2017 killed 30.", "2017"),
])
def test_a_toll_in_an_after_or_since_clause_is_the_earlier_attack_s(sentence, date):
    got = claims(sentence)
    assert one(got, 12)[0].event_date == "2021-06-07" and not one(got, 12)[0].recalled
    assert one(got, 30)[0].event_date == date and one(got, 30)[0].recalled


@pytest.mark.parametrize("sentence", [
    "Five people died on Thursday, a day after a truck bomb exploded in the market.",
    "Twelve soldiers were killed on Monday, two days after the ceasefire collapsed.",
])
def test_a_toll_before_an_after_clause_stays_the_report_s(sentence):
    got = claims(sentence)
    assert got and not got[0].recalled


# --------------------------------------------------------------------------- B3/B4: background incidents

@pytest.mark.parametrize("sentence, low", [
    ("The bombing comes weeks after the killing of several dozen worshippers at a shrine in the city.", 36),
    ("It follows the killing of 30 people in a mosque bombing in Kunduz.", 30),
    ("The attack came days after a blast killed 14 pupils at a school.", 14),
    ("The attack is the latest in a series of bombings that have killed more than 300 people this year.", 301),
    ("The strike came a year after a bombing in the same market killed 40 people.", 40),
    ("Earlier, 10 soldiers were killed in an attack by rebels.", 10),
    ("Earlier in the day, a bomb attack at a rally in Bannu killed four people.", 4),
    ("Earlier this month, eight soldiers died in an ambush near the border.", 8),
    ("In a separate attack, six policemen were killed by a roadside bomb.", 6),
    ("In another incident, gunmen killed four guards at a checkpoint.", 4),
    ("Hours later, a second bomb killed five shoppers at a market.", 5),
])
def test_a_background_incident_is_told_as_another_event(sentence, low):
    got = one(claims(sentence), low)
    # (a tally over many attacks may be marked an aggregate instead: then it joins no event at all)
    assert got and (got[0].recalled or got[0].aggregate)


@pytest.mark.parametrize("sentence, low", [
    ("The bombing, the latest in a series of attacks on Shia mosques, killed 12 worshippers.", 12),
    ("Police said the bombing, which came weeks before the elections, killed 12 people.", 12),
    ("Two days later, the group claimed the attack, saying it had killed 50 soldiers.", 50),
    ("Earlier, officials said the attack had killed 25 soldiers.", 25),
    ("An hour later, the attackers killed a guard and opened fire on the worshippers.", 1),
    ("At least 20 people were killed in clashes in Kunduz on Monday.", 20),
])
def test_the_report_s_own_attack_is_not_told_as_another_event(sentence, low):
    got = one(claims(sentence), low)
    assert got and not got[0].recalled


def test_a_year_after_dates_the_recalled_attack_a_year_back():
    s = "The strike came a year after a bombing in the same market killed 40 people."
    text = "A bomb killed nine people at a market in Kabul on Tuesday.\n\n" + s + "\n"
    got = one(claims(text), 40)
    assert got and got[0].event_date == "2020"


MAIN_CAMP = "Militants stormed an army camp in Panjgur on Wednesday, killing 30 soldiers, officials said.\n\n"


@pytest.mark.parametrize("tail, low", [
    ("Earlier, 10 soldiers were killed in an attack by rebels.", 10),
    ("In a separate attack, six policemen were killed by a roadside bomb.", 6),
    ("In another incident, gunmen killed four guards at a checkpoint.", 4),
    ("The raid comes weeks after the killing of several dozen labourers at a quarry.", 36),
    ("Last month, a bomb killed nine people at a market in the town.", 9),
    ("Earlier in the day, a bomb attack at a rally in Turbat killed five people.", 5),
])
def test_a_background_incident_does_not_join_the_report_s_event(tmp_path, tail, low):
    con = desk(tmp_path, [("camp.txt", "Desk Wire", "2022-02-03", MAIN_CAMP + tail + "\n")])
    rs = rows(con, "camp.txt", "killed")
    main, other = one_row(rs, 30), one_row(rs, low)
    assert main["event_id"] is not None and other["event_id"] != main["event_id"]
    assert not conflicting(con, main, other)


def test_a_statement_told_earlier_stays_with_the_report_s_event(tmp_path):
    text = MAIN_CAMP + "Earlier, the army said the attack had killed 25 soldiers.\n"
    con = desk(tmp_path, [("camp.txt", "Desk Wire", "2022-02-03", text)])
    rs = rows(con, "camp.txt", "killed")
    assert one_row(rs, 25)["event_id"] == one_row(rs, 30)["event_id"]


# --------------------------------------------------------------------------- B2: another town, another province

TWO_RALLIES = (
    "QUETTA, Pakistan - At least 60 people were killed when a bomber struck an election rally in southwestern "
    "Pakistan on Friday.\n\n"
    "Police said that in the morning a grenade attack hit a rally in the northern town of Bannu.\n\n"
    "They said the attack killed three people and wounded 20 others.\n\n"
    "Hours later, a bomber killed dozens of people at a rally in the town of Mastung.\n"
)
MASTUNG = "MASTUNG - A suicide bomber killed 60 people at an election rally in Mastung on Friday, officials said.\n"


def test_a_second_incident_in_another_province_is_not_the_report_s_event(tmp_path):
    con = desk(tmp_path, [("rallies.txt", "Desk Wire", "2018-07-14", TWO_RALLIES),
                          ("mastung.txt", "Quetta Daily", "2018-07-14", MASTUNG)])
    rs = rows(con, "rallies.txt", "killed")
    bannu, lead = one_row(rs, 3), one_row(rs, 60)
    assert bannu["place"] == "Bannu" and bannu["event_id"] != lead["event_id"]
    assert not conflicting(con, bannu, lead)
    assert one_row(rows(con, "mastung.txt", "killed"), 60)["event_id"] == lead["event_id"]


def test_a_single_report_keeps_its_lead_with_the_town_of_its_region_not_the_other_province_s(tmp_path):
    con = desk(tmp_path, [("rallies.txt", "Desk Wire", "2018-07-14", TWO_RALLIES)])
    rs = rows(con, "rallies.txt", "killed")
    lead, bannu, mastung = one_row(rs, 60), one_row(rs, 3), one_row(rs, 24)
    assert lead["event_id"] == mastung["event_id"] != bannu["event_id"]
    assert not conflicting(con, lead, bannu)


def test_hours_later_a_second_bomb_is_another_attack_even_in_the_lead_s_region(tmp_path):
    text = ("A bomber killed 61 people at a rally in southwestern Pakistan on Friday.\n\n"
            "Hours later, a second bomb killed three people at a market in Quetta.\n")
    con = desk(tmp_path, [("two.txt", "Desk Wire", "2018-07-14", text)])
    rs = rows(con, "two.txt", "killed")
    assert one_row(rs, 61)["event_id"] != one_row(rs, 3)["event_id"]


def test_an_opening_while_clause_is_a_clause_of_its_own():
    text = ("A suicide bomber killed 128 people at a rally in Mastung on Friday.\n\n"
            "While no group has claimed responsibility for the first bombing in Bannu, the second attack in "
            "Mastung was later claimed by Islamic State.\n")
    got = [c for c in claims(text, "attribution", "2018-07-14") if c.entity == "Islamic State"]
    assert got and got[0].place == "Mastung"


# --------------------------------------------------------------------------- C4: figures per site

CAMPS = (
    "Militants attacked two army camps in Balochistan late on Wednesday, and at least 13 attackers were killed, "
    "officials said.\n\n"
    "Nine attackers died in Noshki, where five soldiers were also killed.\n\n"
    "In Panjgur, four attackers were killed, and seven soldiers died there.\n\n"
    "In all, 12 soldiers were killed in the two attacks.\n"
)


def _as_event(*reports):
    """The real extractor's tolls of ``reports`` [(text, publisher)], as the claims of one event."""
    out = []
    for text, publisher in reports:
        for c in extracted(text, None, "2022-02-03", publisher, publisher + ".txt"):
            if c.kind in ("killed", "injured"):
                out.append(c.model_dump() | {"publisher": publisher, "published": "2022-02-03"})
    return out


def test_figures_per_site_are_parts_of_the_total_not_conflicts():
    other = "The army said three attackers were killed in the assaults on the camps on Wednesday.\n"
    event = _as_event((CAMPS, "Desk Wire"), (other, "Quetta Daily"))
    found = conflicts.find(event, event_id="e1")
    pairs = {frozenset((k["claim_a"], k["claim_b"])) for k in found.conflicts}

    def claim(publisher, low):
        got = [c for c in event if c["publisher"] == publisher and c["value_low"] == low and c["kind"] == "killed"]
        assert got, (publisher, low)
        return got[0]["id"]

    total, nine, four = claim("Desk Wire", 13), claim("Desk Wire", 9), claim("Desk Wire", 4)
    soldiers, five, seven = claim("Desk Wire", 12), claim("Desk Wire", 5), claim("Desk Wire", 7)
    for a, b in ((total, nine), (total, four), (nine, four), (soldiers, five), (soldiers, seven), (five, seven)):
        assert frozenset((a, b)) not in pairs
    # the whole still conflicts with a total that cannot hold it; a site's figure is no total
    three = claim("Quetta Daily", 3)
    assert frozenset((total, three)) in pairs
    assert frozenset((nine, three)) not in pairs


def test_one_site_s_figures_still_conflict_with_each_other():
    text = CAMPS + "\nA police officer said only two attackers died in Noshki.\n"
    found = conflicts.find(_as_event((text, "Desk Wire")), event_id="e1")
    assert any(k["note"].startswith("killed militants at Noshki: 2") for k in found.conflicts), \
        [k["note"] for k in found.conflicts]


# --------------------------------------------------------------------------- B5: an aggregate joins no event

def test_an_explainer_s_tally_over_many_bombings_joins_no_event(tmp_path):
    con = desk(tmp_path, [
        ("explainer.txt", "Desk Wiki", "2024-04-01",
         "The group is blamed for bombings in Quetta that killed 429 people in 73 incidents since 2021.\n"),
        ("quetta.txt", "Quetta Daily", "2023-02-17", "A bomb killed 60 people at a market in Quetta on Friday.\n")])
    tally = one_row(rows(con, "explainer.txt", "killed"), 429)
    assert tally["aggregate"] == 1 and tally["event_id"] is None


# --------------------------------------------------------------------------- C1: a destination

@pytest.mark.parametrize("sentence", [
    "Nearly 200 people were wounded and officials arranged to airlift those badly hurt to Karachi.",
    "The wounded were being flown to Peshawar for treatment.",
    "Officials will shift the injured to Karachi by road.",
    "Rescuers are taking the injured to Peshawar.",
    "The injured are being evacuated to Islamabad by helicopter.",
])
def test_where_the_wounded_were_taken_is_no_event_place(sentence):
    assert place_of(sentence) is None


@pytest.mark.parametrize("sentence, place", [
    ("Nearly 200 people were wounded in Quetta and officials arranged to airlift the worst hurt to Karachi.", "Quetta"),
    ("Islamic State took responsibility for the Kabul attack that killed 12.", "Kabul"),
    ("The attack took place in Kabul.", "Kabul"),
])
def test_the_place_where_it_happened_stays(sentence, place):
    assert place_of(sentence) == place


def test_wounded_sent_elsewhere_stay_in_the_report_s_town():
    text = ("A bomb tore through a market in Quetta on Saturday, killing 80 people.\n"
            "Nearly 200 people were wounded and officials arranged to airlift the worst hurt to Karachi.\n")
    assert context_of(text, "airlift", "2013-02-17") == ("2013-02-16", "Quetta")


# --------------------------------------------------------------------------- C6: the day an official spoke

@pytest.mark.parametrize("sentence", [
    "The official, speaking to reporters on Friday, said the dead included one more policeman.",
    "Talking to the BBC late on Friday, the official said the dead included one more policeman.",
    "The official, who spoke with Dawn.com on Friday, said the dead included one more policeman.",
    "The official told Dawn.com on Friday that the dead included one more policeman.",
    "The official told reporters by phone on Friday that the dead included one more policeman.",
    "Speaking at a news conference on Friday, the minister said the dead included one more policeman.",
])
def test_the_day_an_official_spoke_is_not_the_day_of_the_attack(sentence):
    text = "Thursday's attack on a convoy in Kurram killed nine people, an official said.\n\n" + sentence + "\n"
    assert context_of(text, "one more policeman", "2025-01-17") == ("2025-01-16", "Kurram")


@pytest.mark.parametrize("s", [
    "A bomb killed five people in Kurram on Friday, police told reporters.",
    "An official told AFP the ambush in Kurram on Friday killed five people.",
])
def test_a_toll_on_the_day_told_keeps_that_day(s):
    assert context_of(s, "five people", "2025-01-18") == ("2025-01-17", "Kurram")
