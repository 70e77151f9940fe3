"""Strength, founding and leader phrasings found by the blind rounds (sentences written by us, about
invented figures or public facts, in the shapes the unseen reports used).

Each test runs the real extractor (``extract_claims``) through ``phenomena_helpers.extracted``; each
phenomenon has a few phrasings and at least one near miss that must give no claim.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, extracted, rows, values


def claims_of(text: str, kind: str | None = None, published: str | None = "2023-05-02"):
    return extracted(text, kind, published, "Blind Desk Wire", "blind.txt")


def spans(text: str, claims) -> list[str]:
    return [text[c.span_start : c.span_end] for c in claims]


# =========================================================================== member nouns
@pytest.mark.parametrize("text, expected", [
    ("In 2019 the outfit had roughly 2,500 terrorists on its rolls in the east.", [(2250, 2750)]),
    ("The number of militants in the ISKP has fallen to only 800.", [(800, 800)]),
    ("Analysts believe the TTP may now comprise barely around 600 cadres.", [(540, 660)]),
    ("The TTP is believed to have some 5,000 men under arms.", [(4500, 5500)]),
    ("Officials say the ISKP counts around 300 operatives in the capital.", [(270, 330)]),
])
def test_terrorists_cadres_and_men_under_arms_are_member_nouns(text, expected):
    assert values(claims_of(text, "strength")) == expected


@pytest.mark.parametrize("text", [
    "Police said 12 terrorists were killed in the raid on a TTP hideout.",
    "Security forces neutralised eight terrorists of the TTP, the army said.",
    "During the clash with the TTP, four terrorists were sent to hell and one was apprehended, the ISPR said.",
    "Police arrested 15 terrorists of the ISKP in Kabul on Sunday.",
    "The army deployed 3,000 soldiers to the district after the TTP attack.",
    "There were 30 terrorists in the compound, officials said.",  # attackers of no named group
    "Security forces have 300 terrorists of the TTP under surveillance in the district.",
    "A total of 25 terrorists were involved in the attack.",
])
def test_casualties_arrests_and_state_forces_are_no_strength(text):
    assert claims_of(text, "strength") == []


def test_a_casualty_with_a_member_noun_stays_a_casualty():
    got = claims_of("Troops killed 9 terrorists of the TTP in North Waziristan, the military said.")
    assert values([c for c in got if c.kind == "killed"]) == [(9, 9)]
    assert [c for c in got if c.kind == "strength"] == []


# =========================================================================== where the fighters operate
@pytest.mark.parametrize("text, expected", [
    ("About 500 fighters of the group operate in Badakhshan.", (450, 550)),
    ('Roughly "700 fighters of the group are active in Kunar," the monitors wrote.', (630, 770)),
    ("Some 1,200 militants of the TTP operate in Kunar and Nuristan.", (1080, 1320)),
    ("About 200 fighters of al-Qaeda are believed to operate in Helmand.", (180, 220)),
    ("Some 400 ETIM fighters reside in Badakhshan.", (360, 440)),
    ("Nearly 5,000 TTP fighters have settled in Kunar and Khost.", (4500, 4999)),
])
def test_fighters_of_the_group_operate_in_a_place(text, expected):
    got = claims_of(text, "strength")
    assert values(got) == [expected]
    assert got[0].scope is not None  # the place the fighters are counted in


def test_a_hedge_left_outside_the_quotation_keeps_its_span():
    text = 'Approximately "400 fighters of the group operate in Badakhshan," the report says.'
    got = claims_of(text, "strength")
    assert values(got) == [(360, 440)]
    assert spans(text, got)[0].startswith("Approximately")


def test_fighters_who_belong_to_a_named_group():
    assert values(claims_of("Around 1,000 fighters belong to the ISKP, the report says.", "strength")) == [(900, 1100)]
    assert claims_of("About 300 fighters belong to a local commander who later joined the Taliban.", "strength") == []
    assert claims_of("Twelve militants belonging to the TTP were killed in the raid.", "strength") == []


@pytest.mark.parametrize("text, expected", [
    ("ISKP is estimated to number between 4,000 and 6,000.", (4000, 6000)),
    ("The TTP, numbering some 5,000, is the largest of the groups.", (4500, 5500)),
    ("The TTP said its 400 fighters would join the new alliance.", (400, 400)),
    ("Some 6,000 TTP fighters are in Afghanistan, the UN says.", (5400, 6600)),
    ("Al-Qaeda's presence in Afghanistan is limited to a few dozen members.", (24, 60)),
    ("The TTP has 5,000+ fighters in Afghanistan.", (5000, None)),
    ("ISKP has 2,000-plus fighters.", (2000, None)),
    ("ISKP's numbers have dropped to between 1,000 and 1,500.", (1000, 1500)),
    ("Its numbers are up to 300 in Kunar, the ISKP said.", (300, 300)),
])
def test_the_verb_number_a_possessive_and_a_presence(text, expected):
    assert values(claims_of(text, "strength")) == [expected]


@pytest.mark.parametrize("text", [
    "The dead, numbering 40, were buried after the TTP attack.",
    "The group's 300 fighters attacked the base on Friday.",
    "The TTP's 30 fighters were killed in the strikes.",
    "About 20 TTP fighters were in Kunar when the strike hit.",
    "Pakistan's 3,000 soldiers were deployed to the border.",
    "The numbers of the dead rose to 40 after the ISKP attack.",
    "ISKP's numbers of attacks rose to 40 last year.",
])
def test_the_verb_number_and_possessives_near_misses(text):
    assert claims_of(text, "strength") == []


def test_a_size_noun_of_a_named_group_needs_no_member_noun():
    assert values(claims_of("ISKP's cadre strength stood at 1,500 last year.", "strength")) == [(1500, 1500)]
    assert claims_of("The strength of the police force in Kabul stood at 1,500, an official said.", "strength") == []


@pytest.mark.parametrize("text", [
    "About 500 soldiers operate in Badakhshan, the ministry said.",
    "Some 300 fighters are active in Kunar.",  # whose fighters? no group named
    "About 60 police are based in the district centre.",
])
def test_fighters_somewhere_without_a_group_are_no_strength(text):
    assert claims_of(text, "strength") == []


# =========================================================================== a change of strength
@pytest.mark.parametrize("text, expected", [
    ("UN members estimate that the ISKP has grown from 1,000 to 3,000 fighters in two years.", [(3000, 3000)]),
    ("Its membership fell from 6,000 fighters to about 2,000, the TTP's rivals say.", [(1800, 2200)]),
    ("Analysts say the TTP's ranks have swelled from about 3,000 fighters to 5,500 since 2021.", [(5500, 5500)]),
    ("The ISKP's strength dropped from 4,000 to around 1,500 fighters after the strikes.", [(1350, 1650)]),
])
def test_a_change_from_one_figure_to_another_claims_the_second(text, expected):
    assert values(claims_of(text, "strength")) == expected


@pytest.mark.parametrize("text", [
    "The ISKP grew from 2,000 fighters.",  # no figure of the present: not the earlier one either
    "The death toll among TTP fighters rose from 20 to 40 militants, officials said.",
])
def test_a_change_without_a_present_figure_or_of_a_toll_is_no_strength(text):
    assert claims_of(text, "strength") == []


def test_a_change_across_a_year_claims_the_later_figure():
    text = "The ISKP grew from 2,000 fighters in 2019 to 4,000."
    got = claims_of(text, "strength")
    assert values(got) == [(4000, 4000)]
    assert spans(text, got)[0].startswith("grew from")


def test_a_plain_range_of_fighters_stays_a_range():
    assert values(claims_of("The ISKP has between 4,000 and 6,000 fighters.", "strength")) == [(4000, 6000)]


# =========================================================================== an aside before the verb
def test_an_aside_between_the_noun_and_the_estimate():
    text = ("The total number of foreign fighters in Syria, a concern for all neighbouring states, is estimated "
            "at between 4,000 and 5,000, the monitors said.")
    assert values(claims_of(text, "strength")) == [(4000, 5000)]


@pytest.mark.parametrize("text", [
    "The number of refugees, most of them women and children fleeing ISKP fighters, is estimated at 3,000.",
    "The number of people who fled the fighting between the Taliban and ISKP militants in the eastern provinces "
    "last year is estimated at 3,000.",
])
def test_an_estimate_of_other_people_is_no_strength(text):
    assert claims_of(text, "strength") == []


def test_a_long_way_to_a_figure_of_another_claimant_is_read_by_its_own_rule():
    text = ("UN monitors put its membership at 4,000 to 6,000 in 2023; the number of fighters proper is likely "
            "well below that, and a Central Asian security official spoke of no more than 2,000 fighters.")
    got = [c for c in claims_of(text, "strength") if c.value_high == 2000]
    assert len(got) == 1 and spans(text, got)[0] == "no more than 2,000 fighters"


# =========================================================================== profile pages
PROFILE = """Jamaat-ul-Ahrar

Key facts:

Founded: August 2014

Founded By: Omar Khalid Khorasani

Leaders: Omar Khalid Khorasani, Asad Mansoor

Number Of Fighters: 1,000+

Operational Area: Pakistan, Afghanistan

The faction broke away from the TTP and rejoined it later.
"""

WIKI = """Islamic State \u2013 Khorasan Province

Dates of operation10 January 2015\u2013present
HeadquartersNangarhar (at first)
Size3,000\u20134,000 (UN)
Part of Islamic State
"""


def test_profile_page_fields_give_strength_founding_and_leaders():
    got = claims_of(PROFILE)
    strength = [c for c in got if c.kind == "strength"]
    assert [(c.value_low, c.value_high, c.entity) for c in strength] == [(1000, None, "Jamaat-ul-Ahrar")]
    founded = [c for c in got if c.kind == "founded"]
    assert [(c.value_low, c.entity) for c in founded] == [(2014, "Jamaat-ul-Ahrar")]
    leaders = sorted({c.entity_text for c in got if c.kind == "leader"})
    assert leaders == ["Asad Mansoor", "Omar Khalid Khorasani"]
    for c in got:  # the evidence is the field line
        assert "\n" not in PROFILE[c.span_start : c.span_end]


def test_field_labels_with_notes_and_hedges():
    text = ("Tehrik-i-Taliban Pakistan (TTP) Profile\n\nLeader(s): Noor Wali Mehsud\n\nMembership (2023): 6,000\n\n"
            "Strength: est. 3,000\u20134,000 (2023)\n\nNo. of fighters: ~2,500\n\nFormation: 2007\n")
    got = claims_of(text)
    assert values([c for c in got if c.kind == "strength"]) == [(2250, 2750), (3000, 4000), (6000, 6000)]
    assert [c.value_low for c in got if c.kind == "founded"] == [2007]
    assert [c.entity_text for c in got if c.kind == "leader"] == ["Noor Wali Mehsud"]
    assert {c.entity for c in got if c.kind != "leader"} == {"TTP"}


def test_wiki_infobox_with_the_label_glued_to_the_value():
    got = claims_of(WIKI)
    assert [(c.value_low, c.value_high, c.entity) for c in got if c.kind == "strength"] == [(3000, 4000, "ISKP")]
    assert [(c.value_low, c.entity) for c in got if c.kind == "founded"] == [(2015, "ISKP")]


def test_infobox_with_each_label_on_the_line_before_its_value():
    text = ("Islamic State \u2013 Khorasan Province\n\nLeader(s)\nShahab al-Muhajir\nFounded\n26 January 2015\n"
            "Size\n4,000\u20136,000 (UN)\nActive regions\nNangarhar\n")
    got = claims_of(text)
    assert [(c.kind, c.value_low, c.value_high) for c in got if c.kind != "leader"] == [
        ("founded", 2015, 2015), ("strength", 4000, 6000)]
    assert [c.entity_text for c in got if c.kind == "leader"] == ["Shahab al-Muhajir"]
    # a heading that merely starts with a label word reads nothing
    assert claims_of("Kabul news\n\nLeaders\nmeet in Doha over the 2024 plan\n") == []


def test_profile_title_with_a_site_name_after_a_bar():
    text = "Tehrik-i-Taliban Pakistan | A Counter-Terrorism Project\n\nFounded: 2007\n\nLeader: Noor Wali Mehsud\n"
    got = claims_of(text)
    assert [(c.kind, c.value_low, c.entity) for c in got if c.kind == "founded"] == [("founded", 2007, "TTP")]
    assert [c.entity_text for c in got if c.kind == "leader"] == ["Noor Wali Mehsud"]
    # a news headline with a site name is no profile title
    assert claims_of("ISKP claims Kabul attack | Some Wire\n\nEstablished: 2019\n") == []


@pytest.mark.parametrize("text", [
    # a news page's footer: no group's profile
    "Kabul Daily Notes\n\nEstablished: 2019\n\nMembers: 12,000 readers\n\nA quiet week in the capital.\n",
    # a profile page whose field gives no figure
    "Tehrik-i-Taliban Pakistan\n\nNumber Of Members: unknown\n\nEstablished In: unclear\n",
    # a headline that starts like a field
    "Tehrik-i-Taliban Pakistan\n\nMembers 25 of parliament walk out over TTP talks\n",
])
def test_field_like_lines_that_are_no_fields(text):
    assert [c for c in claims_of(text) if c.kind in ("strength", "founded", "leader")] == []


# =========================================================================== founded
@pytest.mark.parametrize("text, year", [
    ("The ISKP was established in the Nangarhar province in 2015.", 2015),
    ("The IS-K was founded in Afghanistan in 2014 as a regional branch of the Islamic State.", 2014),
    ("The TTP was founded by Baitullah Mehsud in December 2007.", 2007),
    ("Several militant factions merged in 2014 to form the Jamaat-ul-Ahrar.", 2014),
    ("In December 2007 about a dozen militant groups united under one commander to form the TTP.", 2007),
    ("ISKP emerged in eastern Afghanistan in 2015.", 2015),
    ("The TTP, which was established in South Waziristan in 2007, grew fast.", 2007),
])
def test_founding_year_after_a_place_or_founders(text, year):
    assert values(claims_of(text, "founded")) == [(year, year)]


@pytest.mark.parametrize("text", [
    "The militants established in Kunar in 2016 a string of bases.",
    "The TTP was formed after the army entered the tribal areas in 2004.",
    "The ISKP set up camps in Kunar in 2016.",
])
def test_founding_near_misses(text):
    assert claims_of(text, "founded") == []


def test_the_announced_formation_of_a_branch_founds_the_branch():
    got = claims_of("In January 2015, the Islamic State announced the formation of its Khorasan Province.", "founded")
    assert [(c.value_low, c.entity) for c in got] == [(2015, "ISKP")]


def test_an_opening_participle_founds_the_subject_not_a_group_named_later():
    text = ("The Baloch Liberation Army claimed the attack. Formed in 2000, the insurgent group was joined by "
            "members of the TTP.")
    got = claims_of(text, "founded")
    assert [(c.value_low, c.entity) for c in got] == [(2000, "Baloch Liberation Army")]
    text = "The BLA claimed the attack. Formed in 2007, the TTP is a separate group."
    assert [(c.value_low, c.entity) for c in claims_of(text, "founded")] == [(2007, "TTP")]


# =========================================================================== leaders
@pytest.mark.parametrize("text, name", [
    ("He is a nephew of Sirajuddin Haqqani, who heads the Haqqani network.", "Sirajuddin Haqqani"),
    ("Sirajuddin Haqqani, the interior minister who leads a powerful network within the Taliban, spoke.",
     "Sirajuddin Haqqani"),
    ("Shahab al-Muhajir (QDi.431) remains the leader of the branch.", "Shahab al-Muhajir"),
    ("The first emir of the ISKP was Hafiz Saeed Khan, a former TTP commander.", "Hafiz Saeed Khan"),
    ("The Hafiz Gul Bahadur-led group claimed the raid.", "Hafiz Gul Bahadur"),
    ("Abu Ahmad al-Madani commands the group's external operations wing.", "Abu Ahmad al-Madani"),
    ("Rebranded in 2006 by Balach Marri, the BLA grew quickly.", "Balach Marri"),
    ("Noor Wali Mehsud leads the TTP from Afghanistan.", "Noor Wali Mehsud"),
    ("Noor Wali Mehsud, the TTP chief, said the group would fight on.", "Noor Wali Mehsud"),
    ("Hafiz Gul Bahadur, the group's commander, denied it.", "Hafiz Gul Bahadur"),
    ("Noor Wali Mehsud took over as the group's emir in 2018.", "Noor Wali Mehsud"),
    ("Shahab al-Muhajir was named as the new ISKP leader in 2020.", "Shahab al-Muhajir"),
    ("Some 13 factions came together under the leadership of Baitullah Mehsud.", "Baitullah Mehsud"),
    ("Noor Wali Mehsud, also spelt Nur Wali Mahsud and known as Abu Mansoor Asim, has led the group since 2018.",
     "Noor Wali Mehsud"),
    ("Baitullah Mehsud led the TTP until his death in 2009.", "Baitullah Mehsud"),
])
def test_leader_phrasings(text, name):
    got = claims_of(text, "leader")
    assert [c.entity_text for c in got] == [name]


@pytest.mark.parametrize("text", [
    "Amir Khan Muttaqi heads the Taliban delegation in Doha.",
    "General Ahmad Zia commands the army's 11th Corps unit.",
    "The son of nationalist leader Nawab Khair Baksh Marri was killed in 2007.",
    "The Taliban governor of Balkh province, Mohammad Dawood Muzammil, was killed on Thursday.",
    "According to the head of the main hospital in Mazar Dr Ghawsuddin Anwari, the victims arrived.",
    "The US-led coalition and the Saudi-led alliance met in Doha.",
    "Ahmad Zia, the police chief, said two people were hurt.",
    "Zabihullah Mujahid, the Taliban spokesman, said the attack was under investigation.",
    "Two were hurt, Mohammad Asif Wazeri, the spokesman for the Taliban commander in Mazar, told reporters.",
    "The TTP deputy leader Qari Shakeel was killed in the strike.",
    "Mohammad Khan, a local TTP commander, led the attack on the post.",
    "Mohammad Khan led the polls until Friday.",
])
def test_leader_near_misses(text):
    assert claims_of(text, "leader") == []


# =========================================================================== attacks and attributions
def test_several_attacks_is_no_count_of_attacks():
    assert claims_of("The group has carried out several attacks in neighbouring Pakistan.", "attacks") == []
    got = claims_of("Since early 2024 it has carried out more than 18 attacks in the province.", "attacks")
    assert [(c.value_low, c.value_high) for c in got] == [(19, None)]


def test_past_attacks_claimed_by_a_group_name_no_event():
    assert claims_of("Previous mosque attacks have been claimed by ISIS, an extremist group.", "attribution") == []
    assert claims_of("Several recent attacks on police in the province were claimed by the TTP.", "attribution") == []
    got = claims_of("Unlike previous attacks, Friday's bombing in Kabul was claimed by ISIS.", "attribution")
    assert [c.entity for c in got] == ["Islamic State"]


# =========================================================================== through the desk
def test_profile_page_strength_is_stored_with_its_group(tmp_path):
    con = desk(tmp_path, [("jua_profile.txt", "Profile Site", "2023-01-05", PROFILE)])
    got = rows(con, "jua_profile.txt", "strength")
    assert [(r["value_low"], r["value_high"], r["entity"]) for r in got] == [(1000, None, "Jamaat-ul-Ahrar")]
    src = con.execute("select text from sources").fetchone()[0]
    assert src[got[0]["span_start"] : got[0]["span_end"]] == "Number Of Fighters: 1,000+"
