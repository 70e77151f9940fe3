"""Places of events (issue 4): the phenomena behind round Q's split and wrong events, in our own words.

- a state that struck, or whose forces, officials or drones are named, is no scene: "a senior Pakistan security
  official said", "Germany, which called in the strike, said", "a United States drone strike";
- a report's opening and title name the scene when its lead only names a country ("... especially in Germany");
- a lead naming two countries' border ("the frontier of Afghanistan and Pakistan") is refined by the opening's
  district ("Pakistan bombed villages in the Barmal district");
- a homonym placed by its district ("the Tangi area of Khogyani district") is the district's, not another
  country's town of that name; a run-together "WazirTangi" is still the place;
- "Wednesday, just hours after the pickers had gone home, a drone hit the camp, killing 30": the clause dates an
  ordinary happening, not another attack;
- a dateline with a bullet or a bar ("KABUL \u2022", "KABUL |") is where the report was filed; a lead naming only
  a country ("in eastern Afghanistan") takes its town from the toll of "the latest blast in Jalalabad";
- a place given as one example of many ("cities across the country, including the capital Kabul") is no scene.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import context_of, extracted, place_of


def _place(text: str, value: int, published: str = "2024-12-25") -> list[str | None]:
    return [c.place for c in extracted(text, None, published, "Alpha Wire", "a.txt") if c.value_low == value]


# ----------------------------------------------------------------------------- the state that struck


@pytest.mark.parametrize("official", [
    "But a senior Pakistan security official said",
    "But Pakistan military officials said",
    "A Pakistan government spokesman, however, said",
    "Pakistan security sources insisted",
])
def test_a_states_official_does_not_move_the_scene(official):
    text = ("The raids were the newest flare-up on the border between Afghanistan and Pakistan. A Taliban spokesman "
            "told reporters that on Tuesday night Pakistan bombarded four villages in the Barmal district of eastern "
            "Paktika province. \"In all 46 people died, most of them women and children,\" he said. "
            f"{official} the jets hit militant hideouts and killed at least 20 fighters.")
    assert _place(text, 46) == ["Barmal"], official
    assert _place(text, 20) == ["Barmal"], official


def test_a_toll_in_a_country_is_still_there():
    # near-miss: the country is where it happened, said by officials
    text = "A suicide bomber killed 12 people at a market in Pakistan on Sunday, officials said."
    assert _place(text, 12) == ["Pakistan"]


@pytest.mark.parametrize("lead", [
    "KUNDUZ, Afghanistan - September 4, 2009 Germany, which called in the 2:30 a.m. airstrike, said 50 fighters were killed.",
    "KUNDUZ, Afghanistan - Germany, whose troops asked for the bombing, said on Friday 50 insurgents died.",
    "KUNDUZ, Afghanistan - The United States, which flew the mission, has said 50 militants were killed on Friday.",
])
def test_a_state_speaking_after_its_relative_clause_is_no_scene(lead):
    assert _place(lead, 50, "2009-09-05") == ["Kunduz"], lead


def test_a_country_with_a_relative_clause_after_in_is_the_scene():
    # near-miss: "in Pakistan, which ...": the place of the attack
    text = "A bomb killed nine people in Pakistan, which has seen a surge of attacks, officials said on Monday."
    assert _place(text, 9) == ["Pakistan"]


@pytest.mark.parametrize("sentence", [
    "Recall that a United States drone strike killed 30 farm workers on Wednesday.",
    "Earlier reports said United States drones killed 30 farm workers on Wednesday.",
    "A United States air strike killed 30 farm workers on Wednesday, the elders said.",
])
def test_the_strikers_drone_is_no_scene(sentence):
    text = "Angry villagers gathered in Khogyani district of Nangarhar on Thursday. " + sentence
    assert _place(text, 30, "2019-09-20") == ["Khogyani"], sentence


def test_a_countrys_own_drone_strike_headline_keeps_the_country():
    # near-miss: "Pakistan drone strike" may be one in Pakistan (not the United States as the striker)
    assert place_of("Pakistan drone strike kills five militants") == "Pakistan"


@pytest.mark.parametrize("text", [
    "The Kunduz tanker bombing\n\nSummoned by German soldiers, a US jet bombed two stolen fuel tankers on 4 September 2009, "
    "killing over 100 civilians.\n\nThe raid caused an uproar in politics, above all in Germany.",
    "Kunduz fuel truck strike\n\nCalled in by German troops, an American jet bombed two stolen tankers on "
    "4 September 2009, killing more than 100 civilians. The raid shook politics in Germany.",
    "The tanker strike near Kunduz\n\nOn 4 September 2009 a US aircraft answering a German call bombed two fuel "
    "trucks, killing more than 100 civilians. Its political fallout was greatest in Germany.",
])
def test_the_title_names_the_scene_when_the_lead_names_only_a_foreign_country(text):
    assert _place(text, 101, "2009-09-05") == ["Kunduz"]


# ----------------------------------------------------------------------------- homonyms


@pytest.mark.parametrize("sentence, place", [
    ("At least 40 others were hurt in the Tangi area of Khogyani district.", "Khogyani"),
    ("At least 40 others were injured in the attack in Wazir Tangi area of Khogyani district.", "Khogyani"),
    ("The drone hit farmers in WazirTangi, East Nangarhar Province, on Wednesday.", "Khogyani"),
    ("Forty people were wounded in Tangi village of Khogyani district, elders said.", "Khogyani"),
])
def test_a_homonym_placed_in_its_district_is_the_districts(sentence, place):
    assert place_of(sentence) == place, sentence


@pytest.mark.parametrize("sentence", [
    "Police said a bomb in Tangi, Charsadda district, killed two.",
    "A blast hit Tangi on Monday.",
])
def test_the_homonym_alone_or_in_its_own_district_stays(sentence):
    # near-miss: no district of another country holds it
    assert place_of(sentence) == "Charsadda", sentence


# ----------------------------------------------------------------------------- an ordinary "hours after"


@pytest.mark.parametrize("sentence", [
    "Wednesday, just hours after the pickers had gone home, a drone hit the camp, killing 30 people.",
    "On Wednesday night, only hours after the workers finished the day's harvest, a drone struck, killing 30 people.",
    "Just hours after the farmers lit their fires, a drone hit the site on Wednesday, killing 30 people.",
])
def test_hours_after_an_ordinary_happening_is_the_reports_own(sentence):
    text = ("Elders in the Khogyani district of Nangarhar had warned the governor about the harvest. " + sentence)
    assert _place(text, 30, "2019-09-20") == ["Khogyani"], sentence


def test_hours_after_another_attack_is_still_another():
    # near-miss: the clause tells of an attack: the toll after it is not dated by the report's lead
    text = ("A bomb killed four people in Kandahar on Monday, police said. Hours after a bomb killed five in Kabul, "
            "gunmen killed 12 in Kunduz.")
    got = context_of(text, "gunmen killed 12", "2019-09-20")
    assert got[1] != "Kandahar", got


# ----------------------------------------------------------------------------- datelines and the lead's town


@pytest.mark.parametrize("dateline", ["KABUL \u2022", "KABUL |", "KABUL \u00b7"])
def test_a_dateline_with_a_bullet_is_where_the_report_was_filed(dateline):
    text = (f"{dateline} A suicide attack in restive eastern Afghanistan killed at least 18 people on Sunday. "
            "Militants have entered cities across the country, including the capital Kabul, officials fear. "
            "A provincial health official put the death toll from the latest blast in Jalalabad city at 18.")
    assert _place(text, 18, "2018-06-18") == ["Jalalabad", "Jalalabad"], dateline


def test_a_dateline_city_that_is_the_scene_stays():
    # near-miss: nothing else names the scene
    text = "KABUL \u2022 A suicide bomber killed at least 18 people at a wedding hall on Sunday, police said."
    assert _place(text, 18, "2018-06-18") == ["Kabul"]


@pytest.mark.parametrize("sentence", [
    "Fighters have slipped into cities across the country, including the capital Kabul.",
    "Attacks have hit provinces such as Kunar and Nangarhar this year.",
    "Police raised alerts in several cities, among them Herat.",
])
def test_an_example_of_many_places_is_no_scene(sentence):
    assert place_of(sentence) is None, sentence


def test_a_named_place_after_including_a_toll_is_the_scene():
    # near-miss: "including" a count of victims, not a list of places
    assert place_of("Twelve people, including two children, were killed in Kabul.") == "Kabul"
