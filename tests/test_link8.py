"""Events, links and conflicts (issue 4): the phenomena behind rounds N and O's missed links, in our own words.

- a wire dateline whose colon lost its space ("PESHAWAR, Jul 12 (APP):The toll ..."): its day is the day filed;
- a victim who died of the wounds later ("... rose to 22 as another injured man died on Thursday"): that day is
  the toll's update, not the attack's;
- a short month before a name ("son of Jan Sher") is the name, not January;
- the lead's next sentence dates the attack with "a bomber detonated", "a bomb exploded";
- a foreign country named as the victims' home, the arms' owner, a state's voice or an envoy's title is no
  place of the event ("diplomats from the UAE", "America's largest bomb", "the United States has stood by",
  "UAE Ambassador");
- towns and districts of Khyber Pakhtunkhwa, Balochistan, Sindh and the Afghan provinces are places;
- security forces hold soldiers and police ("13 security personnel" cannot be true beside "14 soldiers");
- "Aside from the three gunmen, five others were killed": the others are the toll, not a listed part.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phenomena_helpers import conflicting, context_of, desk, extracted, one, one_row, rows

from reconcile import conflicts, gazetteer
from reconcile.extract.dates import find_dates

# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize("dateline", [
    "PESHAWAR, Jul 12 (APP):The",
    "PESHAWAR, Jul 12 (APP): The",
    "PESHAWAR, July 12 (PPI):The",
    "Peshawar, Jul 12 (APP) - The",
])
def test_a_wire_datelines_day_is_the_day_filed(dateline):
    text = (f"{dateline} toll of the bombing at a party rally climbed to 22. A suicide bomber blew himself up "
            "at the rally in Peshawar late on Tuesday night, police said.")
    got = one(extracted(text, "killed", "2018-07-12", "Alpha Wire", "a.txt"), 22)
    assert got and got[0].event_date == "2018-07-10", (dateline, [(c.event_date, c.date_precision) for c in got])


@pytest.mark.parametrize("dateline", [
    # (a dateline's full day, "Jalalabad, Afghanistan, April 15, 2017 -", still dates a lead that names no other: read
    # as the day filed it moved a two-day siege's report to its first day, away from the other reports of it)
    "Jalalabad, April 15 (AFP) - ",
    "JALALABAD, Afghanistan, (AFP) - ",
])
def test_a_datelines_day_is_not_the_attacks(dateline):
    text = dateline + "Twelve people were killed in a bombing in Nangarhar province on Friday, officials said."
    got = one(extracted(text, "killed", "2017-04-15", "Alpha Wire", "a.txt"), 12)
    assert got and got[0].event_date == "2017-04-14", (dateline, [(c.event_date, c.date_precision) for c in got])


@pytest.mark.parametrize("sentence", [
    "The death toll from the bombing in Peshawar reached 22 as another injured man lost his life on Thursday.",
    "The toll of the Peshawar bombing rose to 22 after two more of the wounded died on Thursday.",
    "The number of dead in the Peshawar bombing climbed to 22 when another wounded policeman passed away Thursday.",
    "One more victim of the Peshawar bombing succumbed to his wounds on Thursday, taking the toll to 22.",
])
def test_a_victim_dying_later_dates_the_update_not_the_attack(sentence):
    text = sentence + " The suicide bomber struck an election meeting in Peshawar on Tuesday night, police said."
    got = one(extracted(text, "killed", "2018-07-12", "Alpha Wire", "a.txt"), 22)
    assert got and got[0].event_date != "2018-07-12", (sentence, got[0].event_date if got else None)


def test_a_death_on_its_own_day_still_dates_the_attack():
    # near-miss: no one died "later"; the day is the attack's
    text = "Two policemen died on Thursday when a bomb went off near their patrol in Peshawar, officials said."
    got = one(extracted(text, "killed", "2018-07-14", "Alpha Wire", "a.txt"), 2)
    assert got and got[0].event_date == "2018-07-12"


@pytest.mark.parametrize("name", ["son of Jan Sher", "the shrine of Mar Yohannan", "a nephew of Jun Khan"])
def test_a_short_month_before_a_name_is_the_name(name):
    text = f"The victim, {name}, was a resident of the area."
    assert find_dates(text, 0, len(text), dt.date(2018, 7, 12)) == []


def test_a_short_month_alone_is_still_a_month():
    text = "The attacks rose in Jan. and again in Feb, officials said."
    assert [d.value for d in find_dates(text, 0, len(text), dt.date(2018, 7, 12))] == ["2018-01", "2018-02"]


@pytest.mark.parametrize("second", [
    "He was hurt when a suicide bomber detonated his vest at the meeting late Tuesday night.",
    "They were hurt when a bomb exploded at the meeting on Tuesday night.",
    "They were hurt when the bomber blew himself up at the meeting on Tuesday night.",
])
def test_the_next_sentence_of_the_lead_dates_the_attack(second):
    text = "PESHAWAR: The death toll from the suicide attack on an election meeting in Peshawar rose to 20. " + second
    got = one(extracted(text, "killed", "2018-07-12", "Alpha Wire", "a.txt"), 20)
    assert got and got[0].event_date == "2018-07-10", (second, got[0].event_date if got else None)


@pytest.mark.parametrize("caption", [
    "This picture taken on March 8, 2019 shows the hotel on a hill above the port of Gwadar, where gunmen stormed it.",
    "A photo taken on March 8, 2019 shows the hotel in Gwadar that the gunmen stormed.",
    "In this image, shot on March 8, 2019, the hotel in Gwadar stands above the port.",
])
def test_a_photos_day_does_not_date_the_attack(caption):
    text = (caption + "\n\nGunmen stormed a hotel in Gwadar on Saturday, and a guard and all four attackers were killed in "
            "the shootout, officials said.")
    got = extracted(text, "killed", "2019-05-12", "Alpha Wire", "a.txt")
    assert got and all(c.event_date == "2019-05-11" for c in got), [(c.value_low, c.event_date) for c in got]


@pytest.mark.parametrize("lead", [
    "KABUL, Afghanistan (AP) - The president confronted Pakistan on Wednesday, saying a group based there was behind a "
    "suicide bombing at a Kabul shrine that killed 56 people.",
    "KABUL - The president accused Pakistan on Wednesday, adding that the bombing at a Kabul shrine killed 56 people.",
])
def test_the_day_of_a_clause_going_on_with_what_was_said_is_a_statement(lead):
    text = lead + " The bomber struck the crowded shrine in Kabul on Tuesday."
    got = one(extracted(text, "killed", "2011-12-07", "Alpha Wire", "a.txt"), 56)
    assert got and got[0].event_date != "2011-12-07" or got and got[0].date_precision != "day", \
        [(c.event_date, c.date_precision) for c in got]


def test_a_day_before_killing_is_still_the_attacks():
    # near-miss: the clause after the day goes on with the attack, not with what was said
    text = "KABUL - Gunmen stormed a hotel in Kabul on Wednesday, killing 12 guests, police said."
    got = one(extracted(text, "killed", "2011-12-08", "Alpha Wire", "a.txt"), 12)
    assert got and got[0].event_date == "2011-12-07"


@pytest.mark.parametrize("second", [
    "Violence has waned since the Taliban surged back to power in 2021, but the group still stages attacks.",
    "The group has been weakened since its leaders were killed in 2019, analysts say.",
])
def test_a_background_year_does_not_date_a_lead_dated_by_its_statement(second):
    text = ("KABUL: The Islamic State group claimed a suicide bombing of a bank in northern Afghanistan that killed "
            "eight people, saying on Wednesday it had targeted the Taliban. " + second + " A suicide bomber attacked "
            "the bank in the city of Kunduz on Tuesday, with the ministry raising the toll on Wednesday from five to eight.")
    got = one(extracted(text, "killed", "2025-02-13", "Alpha Wire", "a.txt"), 8)
    assert got and all(c.event_date.startswith("2025-02") for c in got), [(c.event_date, c.date_precision) for c in got]


# ----------------------------------------------------------------------------- places


@pytest.mark.parametrize("sentence", [
    "KANDAHAR: The killing of five diplomats from the United Arab Emirates in a bombing in southern Afghanistan shocked "
    "the Gulf.",
    "KANDAHAR: Five diplomats from the UAE died in a bombing in southern Afghanistan on Tuesday.",
    "KANDAHAR: Two engineers from China were among nine people killed in a blast in southern Afghanistan.",
    "KANDAHAR: Four nationals of the UAE and five citizens from Qatar were killed in a bombing in southern Afghanistan.",
])
def test_the_victims_home_country_is_not_the_place(sentence):
    got = [c for c in extracted(sentence, "killed", "2017-01-11", "Alpha Wire", "a.txt")]
    # (the dateline's city is no surer than "southern Afghanistan": a report may be filed from elsewhere)
    assert got and all(c.place in ("Kandahar", "Afghanistan") for c in got), (sentence, [c.place for c in got])


@pytest.mark.parametrize("sentence, place", [
    ("The toll from America's largest non-nuclear bomb rose to 90 in Nangarhar province.", "Nangarhar Province"),
    ("Pakistan's fighter jets killed 12 militants in Paktika province, the Taliban said.", "Paktika Province"),
    ("Seven civilians were killed when US-led forces raided a house in Kunar province.", "Kunar Province"),
    ("But the United States has stood by its account that only seven civilians died in Herat province.",
     "Herat Province"),
    ("Eleven people were killed, along with the UAE Ambassador's aides, in Kandahar on Tuesday.", "Kandahar"),
])
def test_a_country_naming_whose_arms_voice_or_envoy_is_not_the_place(sentence, place):
    got = extracted(sentence, "killed", "2017-04-15", "Alpha Wire", "a.txt")
    assert got and all(c.place == place for c in got), (sentence, [c.place for c in got])


@pytest.mark.parametrize("sentence, place", [
    # near-misses: the country is where it happened
    ("Five people were killed in the United Arab Emirates when a drone hit a fuel depot.", "United Arab Emirates"),
    ("Twelve soldiers were killed in Pakistan's Bajaur district on Monday.", "Bajaur"),
    ("Five diplomats were killed in Kabul on Monday, the UAE said.", "Kabul"),
])
def test_a_country_where_it_happened_stays_the_place(sentence, place):
    got = extracted(sentence, "killed", "2022-01-20", "Alpha Wire", "a.txt")
    assert got and got[0].place == place, (sentence, [c.place for c in got])


def test_a_states_voice_alone_leaves_the_place_to_the_lead():
    text = ("HERAT: A US air strike on the village of Azizabad in Herat province on August 22 killed at least 90 "
            "civilians, the UN said.\n\nBut the United States has stood by its story. It said that only five civilians "
            "were killed in the strike.")
    assert context_of(text, "only five civilians", "2008-09-04")[1] in ("Azizabad", "Herat Province")


@pytest.mark.parametrize("name, province", [
    ("Spinwam", "Khyber Pakhtunkhwa"), ("Ormara", "Balochistan"), ("Pasni", "Balochistan"), ("Uthal", "Balochistan"),
    ("Timergara", "Khyber Pakhtunkhwa"), ("Landi Kotal", "Khyber Pakhtunkhwa"), ("Larkana", "Sindh"),
    ("Jacobabad", "Sindh"), ("Abbas Town", "Sindh"), ("Youhanabad", "Punjab"), ("Dera Ghazi Khan", "Punjab"),
    ("Panjwai", "Kandahar"), ("Garmsir", "Helmand"), ("Azizabad", "Herat"), ("Garani", "Farah"),
    ("Bala Baluk", "Farah"), ("Surobi", "Kabul"), ("Khair Khana", "Kabul"), ("Chahar Asiab", "Kabul"),
])
def test_towns_and_districts_of_the_region_are_places(name, province):
    place = gazetteer.lookup(name)
    assert place is not None and place.admin1 == province


def test_a_town_on_the_coastal_highway_places_the_event():
    text = ("ORMARA: Gunmen stopped a bus on the Makran Coastal Highway near Ormara on Thursday and shot dead 14 "
            "passengers, officials said.")
    got = one(extracted(text, "killed", "2019-04-19", "Alpha Wire", "a.txt"), 14)
    assert got and got[0].place == "Ormara"


@pytest.mark.parametrize("sentence, place", [
    ("QUETTA: At least 21 coal miners were killed in an attack on mines some 10km from Duki district headquarters on "
     "Friday.", "Duki"),
    ("QUETTA: Gunmen killed 12 miners about 20 kilometres from the Duki headquarters.", "Duki"),
    # near-miss: a distance from a city that is no district's seat still names no scene
    ("QUETTA: Gunmen killed 12 miners about 20 kilometres from Loralai on Friday.", "Quetta"),
])
def test_a_distance_from_a_districts_headquarters_places_it_in_the_district(sentence, place):
    got = one(extracted(sentence, "killed", "2024-10-12", "Alpha Wire", "a.txt"), 21 if "21" in sentence else 12)
    assert got and got[0].place == place, (sentence, [c.place for c in got])


@pytest.mark.parametrize("sentence", [
    "A suicide bomber struck the Shah Noorani shrine on Saturday, killing 52 devotees.",
    "At least 52 people died when a bomb went off at Shah Noorani in Balochistan on Saturday.",
])
def test_a_shrine_places_its_attack(sentence):
    got = one(extracted(sentence, "killed", "2016-11-13", "Alpha Wire", "a.txt"), 52)
    assert got and got[0].place == "Khuzdar", [c.place for c in got]


def test_a_quarter_of_a_city_places_the_event_in_the_city():
    text = "A bomb exploded in Abbas Town on Sunday evening, killing 45 people, police said."
    got = one(extracted(text, "killed", "2013-03-04", "Alpha Wire", "a.txt"), 45)
    assert got and got[0].place == "Karachi"


# ----------------------------------------------------------------------------- links across reports


def test_a_wire_update_and_the_first_report_are_one_event(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha News", "2018-07-11",
         "PESHAWAR: Twenty people were killed when a suicide bomber struck an election meeting in the Yakatoot "
         "area of Peshawar late on Tuesday, police said."),
        ("b.txt", "Beta Wire", "2018-07-12",
         "PESHAWAR, Jul 12 (APP):The death toll from the suicide blast at an election meeting in Peshawar reached 22 "
         "as another under-treatment victim lost his life Thursday morning. He was injured when a suicide bomber "
         "detonated a bomb at the meeting in Yakatoot late Tuesday night."),
    ])
    a = one_row(rows(con, "a.txt", "killed"), 20)
    b = one_row(rows(con, "b.txt", "killed"), 22)
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b)


def test_envoys_home_country_does_not_split_the_event(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha News", "2017-01-11",
         "KANDAHAR, Afghanistan - A bomb hidden in a guesthouse of the governor of Kandahar killed 11 people and "
         "wounded 18 on Tuesday, officials said."),
        ("b.txt", "Beta Times", "2017-01-12",
         "KANDAHAR: The killing of five diplomats from the United Arab Emirates in a bombing in southern Afghanistan "
         "shocked the Gulf. The attack on Tuesday in Kandahar killed 13 people and wounded 16, said the police chief, "
         "who was wounded along with UAE Ambassador Juma al-Kaabi."),
    ])
    a = one_row(rows(con, "a.txt", "killed"), 11)
    b = one_row(rows(con, "b.txt", "killed"), 13)
    assert a["event_id"] == b["event_id"]


# ----------------------------------------------------------------------------- conflicts


def _toll(cid, low, high, victims, quote, source="s1", role="reporter", value_text=None, start=0):
    return {"id": cid, "source_id": source, "kind": "killed", "value_low": low, "value_high": high, "victims": victims,
            "quote": quote, "claimant": None, "claimant_role": role, "value_text": value_text or str(low),
            "span_start": start, "publisher": source, "published": "2025-06-29", "place": "Mir Ali", "entity": None,
            "event_date": "2025-06-28", "scope": None}


@pytest.mark.parametrize("security, soldiers, conflict", [
    ((13, 13, "security_forces", "The bomber killed 13 security personnel, officials said.", "13"),
     (14, 14, "soldiers", "Fourteen soldiers were killed in the blast.", "Fourteen"), True),
    ((13, 13, "security_forces", "Thirteen members of the security forces died.", "Thirteen"),
     (18, 18, "soldiers", "18 military personnel were killed.", "18"), True),
    ((5, 5, "security_forces", "Five security men were killed.", "Five"),
     (7, 7, "police", "Seven policemen died in the attack.", "Seven"), True),
    ((9, 9, "security_forces", "The ambush killed nine Pakistani security personnel.", "nine"),
     (11, 11, "soldiers", "Eleven troops died.", "Eleven"), True),
    # near-misses: the security forces may hold more than the soldiers (police, paramilitary); some guards are
    # no whole of anything
    ((13, 13, "security_forces", "The bomber killed 13 security personnel.", "13"),
     (10, 10, "soldiers", "Ten soldiers were killed.", "Ten"), False),
    ((13, None, "security_forces", "At least 13 security personnel were killed.", "At least 13"),
     (14, 14, "soldiers", "Fourteen soldiers were killed.", "Fourteen"), False),
    ((1, 1, "security_forces", "One hotel guard was killed.", "One"),
     (2, 2, "soldiers", "Two soldiers were killed.", "Two"), False),
])
def test_security_forces_hold_soldiers_and_police(security, soldiers, conflict):
    a = _toll("ca", *security[:3], security[3], source="s1", value_text=security[4])
    b = _toll("cb", *soldiers[:3], soldiers[3], source="s2", value_text=soldiers[4])
    found = conflicts.find([a, b], event_id="e1").conflicts
    assert bool(found) is conflict, found


@pytest.mark.parametrize("quote, value_text", [
    ("Aside from the three gunmen, five others - three guards, a cook and a sailor - were killed.", "five"),
    ("Besides the four attackers, five people were killed in the siege.", "five"),
    ("Apart from the bombers, five others died in the assault.", "five"),
])
def test_the_others_besides_the_attackers_are_the_toll(quote, value_text):
    attackers = _toll("cm", 3, 3, "militants", quote, source="s1", value_text="three")
    others = _toll("co", 5, 5, "people", quote, source="s1", value_text=value_text, start=40)
    claim = _toll("cp", 24, 99, "chinese", "Our fighters killed dozens of Chinese in the attack.", source="s2",
                  role="perpetrator", value_text="dozens")
    found = conflicts.find([attackers, others, claim], event_id="e1").conflicts
    assert any({r["claim_a"], r["claim_b"]} == {"co", "cp"} for r in found), found


def test_security_forces_listed_beside_soldiers_are_a_part():
    q = "Revised figures showed 20 soldiers and six security personnel were killed."
    a = _toll("cs", 20, 20, "soldiers", q, source="s1", value_text="20")
    b = _toll("cf", 6, 6, "security_forces", q, source="s1", value_text="six", start=30)
    found = conflicts.find([a, b], event_id="e1")
    assert found.conflicts == [] and found.revisions == []


def test_others_beside_a_listed_group_stay_a_part():
    # near-miss: "two soldiers and five others" lists parts of a toll; the others are not everyone
    quote = "Two soldiers and five others were killed in the attack."
    soldiers = _toll("cs", 2, 2, "soldiers", quote, source="s1", value_text="Two")
    others = _toll("co", 5, 5, "people", quote, source="s1", value_text="five", start=16)
    claim = _toll("cp", 24, 99, "chinese", "Our fighters killed dozens of Chinese in the attack.", source="s2",
                  role="perpetrator", value_text="dozens")
    found = conflicts.find([soldiers, others, claim], event_id="e1").conflicts
    assert not any({r["claim_a"], r["claim_b"]} == {"co", "cp"} for r in found), found
