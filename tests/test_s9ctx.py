"""Events of a round's reports: places behind the dates, clustering and conflicts; phenomena in our own words.

- "the (northern) province of X", where a city shares its province's name, is the province, not the city;
- a district written as one word with its connecting vowel ("Dashte Archi") is the gazetteer's district;
- a report whose lead names no place takes the place the next sentences telling of its event name
  ("the compound in central Wardak province", "at the edge of Maidan Shar, the provincial capital");
- a province-level event dated by a week and a district-level event of that province dated by a day inside
  that week are one event.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import conflicting, context_of, desk, one_row, place_of, rows

# --------------------------------------------------------------------------- "the province of X"


@pytest.mark.parametrize(("sentence", "place"), [
    ("At least 30 people were killed in an airstrike in the northern province of Kunduz, officials said.",
     "Kunduz Province"),
    ("An air raid on a seminary in the province of Kunduz killed dozens of people on Monday.", "Kunduz Province"),
    ("Officials in the southern province of Kandahar said a roadside bomb killed nine civilians.",
     "Kandahar Province"),
    ("The blast in the eastern province of Ghazni left 14 people dead.", "Ghazni Province"),
])
def test_the_province_of_a_name_shared_with_its_city_is_the_province(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize(("sentence", "place"), [
    # near-misses: the city itself
    ("A suicide bomber killed 12 people in the city of Kunduz on Sunday.", "Kunduz"),
    ("Gunmen killed four guards on the outskirts of the northern city of Kunduz.", "Kunduz"),
    ("A bomb went off in Kandahar city, killing three.", "Kandahar"),
])
def test_the_city_of_that_name_stays_the_city(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    "At least 50 people died in the Dashte Archi district, officials said.",
    "The air raid on a village in Dasht Archi killed 50, residents said.",
    "An airstrike in Dasht-e-Archi killed 50 people.",
])
def test_a_district_written_without_its_hyphens_is_the_district(sentence):
    assert place_of(sentence) == "Dasht-e-Archi"


# --------------------------------------------------------------------------- a lead with no place


@pytest.mark.parametrize(("later", "place"), [
    ("Attackers drove a captured army vehicle into the compound in central Maidan Wardak province and "
     "detonated it.", "Wardak Province"),
    ("The compound sits at the edge of Maidan Shar, the provincial capital.", "Maidan Shahr"),
    ("The base, in the eastern province of Ghazni, had been attacked before.", "Ghazni Province"),
])
def test_a_lead_naming_no_place_takes_the_place_the_next_sentences_give(later, place):
    text = ("At least 40 people were killed and 60 wounded in a Taliban attack on an army compound on Monday, "
            "officials said.\n\nThe toll could rise further.\n\nThe gunmen wore uniforms of the security forces.\n\n"
            + later)
    assert context_of(text, "At least 40", "2019-01-21")[1] == place


def test_a_lead_naming_no_place_does_not_take_the_place_of_another_incident():
    # near-miss: the later sentence tells of another attack (elsewhere), whose place is not the lead's
    text = ("At least 40 people were killed and 60 wounded in a Taliban attack on an army compound on Monday, "
            "officials said.\n\nElsewhere, a roadside bomb killed three policemen in Kandahar.")
    assert context_of(text, "At least 40", "2019-01-21")[1] != "Kandahar"


# --------------------------------------------------------------------------- province-week and district-day


def test_a_province_week_event_and_a_district_day_event_inside_it_are_one(tmp_path):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2018-04-03",
         "More than 100 people, many of them children, were killed in an airstrike by the air force in the "
         "northern province of Kunduz, villagers and local officials said.\n\n"
         "At least 59 people were killed at a religious school in the Dashte Archi district of Kunduz province, "
         "a security official said."),
        ("r2.txt", "Wire B", "2018-04-03",
         "An air force strike on a religious school in Dasht-e-Archi on Monday killed at least 70 people, "
         "a provincial council member said. Witnesses said more than 100 people were killed."),
    ])
    a, b = rows(con, "r1.txt", "killed"), rows(con, "r2.txt", "killed")
    assert one_row(a, 59)["event_id"] == one_row(b, 70)["event_id"]
    assert one_row(a, 101)["event_id"] == one_row(b, 101)["event_id"]


# --------------------------------------------------------------------------- conflicts inside one event


def _event_conflicts(tmp_path, reports, kind="killed"):
    con = desk(tmp_path, reports)
    return con, con.execute("select note from conflicts where kind = ?", [kind]).fetchall()


@pytest.mark.parametrize("earlier", [
    "The ministry had earlier claimed only 12 soldiers were killed in the raid.",
    "Officials had at first said just 12 soldiers died.",
    "The ministry earlier put the toll at only 12 troops.",
])
def test_a_toll_told_as_only_so_many_soldiers_is_the_claimants_whole_toll(tmp_path, earlier):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2019-01-22",
         "Taliban fighters stormed an intelligence base in Maidan Shahr on Monday.\n\n"
         "An official in the defence ministry told reporters that 126 people had been killed in the attack.\n\n"
         + earlier),
    ])
    r = rows(con, "r1.txt", "killed")
    big, small = one_row(r, 126), one_row(r, 12)
    assert big["event_id"] == small["event_id"]
    assert conflicting(con, big, small)


def test_soldiers_among_the_dead_are_no_whole_toll(tmp_path):
    # near-miss: "among the dead were only 12 soldiers" names a part of the 126
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2019-01-22",
         "Taliban fighters stormed an intelligence base in Maidan Shahr on Monday.\n\n"
         "An official in the defence ministry told reporters that 126 people had been killed in the attack.\n\n"
         "Among the dead were 12 soldiers, the official said."),
    ])
    r = rows(con, "r1.txt", "killed")
    assert not conflicting(con, one_row(r, 126), one_row(r, 12))


@pytest.mark.parametrize(("forces", "people"), [
    ("The spy agency said that 36 military personnel were killed in the assault.",
     "A senior army officer said that 126 people were killed in the blast."),
    ("According to the army, 36 soldiers died in the assault.",
     "A provincial council member said 126 people had been killed."),
    ("Police said 36 policemen were killed in the attack on the compound.",
     "Hospital officials said that 126 people were killed."),
])
def test_named_claimants_personnel_and_people_tolls_of_one_report_conflict(tmp_path, forces, people):
    con = desk(tmp_path, [
        ("r1.txt", "Wiki", "2019-01-22",
         "Taliban gunmen attacked a training base of the security forces in Maidan Shahr on 21 January 2019.\n\n"
         + people + "\n\n" + forces),
    ])
    r = rows(con, "r1.txt", "killed")
    big, small = one_row(r, 126), one_row(r, 36)
    assert big["event_id"] == small["event_id"]
    assert conflicting(con, big, small)


def test_personnel_beside_civilians_stay_a_part(tmp_path):
    # near-miss: the event's tolls name civilians too: the soldiers are a part of the people
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2019-01-22",
         "Taliban gunmen attacked an army base in Maidan Shahr on Monday.\n\n"
         "A senior army officer said that 126 people were killed in the blast.\n\n"
         "The army said that 36 soldiers were killed in the attack.\n\n"
         "Twenty civilians were killed in a nearby village, residents said."),
    ])
    r = rows(con, "r1.txt", "killed")
    assert not conflicting(con, one_row(r, 126), one_row(r, 36))


@pytest.mark.parametrize(("children", "men"), [
    ("The U.N. was able to confirm that 30 children had been killed and 44 hurt.", "Six adult men died and 17 were wounded, it said."),
    ("UN investigators found 30 children among the dead.", "In addition, six adult males were killed, the mission said."),
    ("The mission said 30 children died in the strike.", "It said six grown men were also killed."),
])
def test_a_breakdowns_children_and_adult_men_are_two_groups(tmp_path, children, men):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2018-05-07",
         "A UN inquiry into the air force strike on a religious school in Dasht-e-Archi on April 2 reported "
         "its findings on Monday.\n\n" + children + " " + men),
    ])
    r = rows(con, "r1.txt", "killed")
    assert not conflicting(con, one_row(r, 30), one_row(r, 6))


@pytest.mark.parametrize("repeat", [
    "\u201cThe death toll has risen to 15,\u201d a spokesman said, adding that \u201cmore than 240 people have been wounded.\u201d",
    "The toll later rose to 15 dead, and over 240 were wounded, the spokesman said.",
])
def test_more_than_n_after_n_is_no_update_of_n(tmp_path, repeat):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2015-08-07",
         "A huge truck bomb tore through central Kabul on Friday, killing 15 people and wounding 240 others.\n\n"
         + repeat),
        ("r2.txt", "Wire B", "2015-08-07",
         "The truck bomb in Kabul on Friday killed at least 15 people and wounded 248, the president's office said."),
    ])
    a = one_row(rows(con, "r1.txt", "injured"), 240)
    b = one_row(rows(con, "r2.txt", "injured"), 248)
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b)


# --------------------------------------------------------------------------- dates a sentence gives, or not


@pytest.mark.parametrize(("sentence", "year"), [
    ("Some 40 pupils died in a 2018 suicide attack on a second academy, much like the centre "
     "hit on Saturday.", "2018"),
    ("The 2016 attack on the university left 16 people dead.", "2016"),
    ("Twelve people died in a 2017 truck bombing near the embassy.", "2017"),
    ("A 2019 blast at a wedding hall in the city killed 63.", "2019"),
])
def test_the_year_a_sentence_gives_its_attack_beats_the_reports_day(sentence, year):
    text = ("A suicide bomber killed 24 people at an education centre in Kabul on Saturday, officials said.\n\n"
            + sentence)
    assert context_of(text, sentence[:25], "2020-10-26")[0] == year


def test_a_year_that_names_a_report_is_no_date():
    # near-miss: "a 2018 report" is no attack of 2018
    text = ("A suicide bomber killed 24 people at an education centre in Kabul on Saturday, officials said.\n\n"
            "Nine people were killed at the centre, a 2018 report of the ministry had warned of such attacks.")
    assert context_of(text, "Nine people", "2020-10-26")[0] == "2020-10-24"


@pytest.mark.parametrize("background", [
    "In that part of the city, dozens of pupils died in a raid on a second school in 2018.",
    "Nearby, 40 people were killed in a bombing of a wedding hall in 2019.",
    "In 2018, a suicide bomber killed 34 students at a tutoring centre in the same district.",
])
def test_a_next_paragraphs_own_toll_does_not_date_a_toll_before_it(background):
    text = ("A suicide bomber struck an education centre in Kabul on Saturday, officials said.\n\n"
            "A ministry spokesman said 13 bodies had been recovered and 30 wounded people taken to hospitals.\n\n"
            + background)
    assert context_of(text, "13 bodies", "2020-10-24")[0] == "2020-10-24"


@pytest.mark.parametrize(("sentence", "place"), [
    ("The Taliban attacked while negotiating a truce with the United States.", None),
    ("The bombing came during peace talks with Pakistan.", None),
    ("A bomb killed five people in Kabul during talks with the United States.", "Kabul"),
])
def test_a_party_to_talks_is_no_place(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("recall", [
    "The assault came only a day after a suicide bomber struck the motorcade of a district chief.",
    "It comes two weeks after gunmen stormed a hotel elsewhere in the country.",
    "The raid came a few days after militants ambushed a police patrol.",
])
def test_came_days_after_attackers_struck_tells_another_attack(tmp_path, recall):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2019-01-22",
         "Taliban gunmen stormed an intelligence base in Maidan Shahr on Monday, killing 126 people, officials said.\n\n"
         + recall + " Seven bodyguards were killed in the blast."),
    ])
    r = rows(con, "r1.txt", "killed")
    assert one_row(r, 7)["recalled"] == 1 and one_row(r, 126)["recalled"] == 0


def test_came_after_its_own_bomber_is_the_same_attack(tmp_path):
    # near-miss: no time between them: the attack's own bomber
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2019-01-22",
         "Taliban gunmen stormed an intelligence base in Maidan Shahr on Monday, killing 126 people, officials said.\n\n"
         "The assault came after a suicide bomber rammed a car into the gate. Seven guards were killed in the blast."),
    ])
    r = rows(con, "r1.txt", "killed")
    assert one_row(r, 7)["recalled"] == 0


@pytest.mark.parametrize("recall", [
    "The assault came only a day after a suicide bomber struck the motorcade of a district chief.",
    "It came two days after gunmen ambushed the convoy of a district chief.",
])
def test_the_toll_of_a_recalled_attack_takes_neither_the_reports_day_nor_its_place(tmp_path, recall):
    con = desk(tmp_path, [
        ("r1.txt", "Wire A", "2019-01-22",
         "Taliban gunmen stormed an intelligence base in Maidan Shahr on Monday, killing 126 people, officials said.\n\n"
         + recall + " Seven bodyguards were killed in the blast."),
        ("r2.txt", "Wire B", "2019-01-22",
         "At least 126 people were killed when Taliban fighters attacked an intelligence compound in Maidan Shahr on "
         "Monday, a defence official said."),
    ])
    seven = one_row(rows(con, "r1.txt", "killed"), 7)
    assert seven["place"] is None and seven["event_date"] is None
    assert seven["event_id"] not in {r["event_id"] for r in rows(con, "r2.txt", "killed")}
    assert one_row(rows(con, "r1.txt", "killed"), 126)["event_id"] == one_row(rows(con, "r2.txt", "killed"), 126)["event_id"]
