"""The report's own event and the older attacks it tells of: phenomena in our own words (issue 3, event context).

- a sentence comparing the report's attack with an older one ("the deadliest since the one in X back in May
  2016") dates nothing itself; a next sentence telling that older attack (its own attackers, its own toll, no
  day or town of its own) is dated with the older attack, where it took its town from;
  near-misses: a next sentence about the report's own attack ("It killed ...", "The blast killed ...");
- a dateline of several bureaus ("KABUL/ ISLAMABAD:") places a lead that names only a country in the bureau of
  that country.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import context_of, extracted

LEAD = ("Nineteen policemen were killed on Tuesday when a truck bomb hit a checkpoint in Quetta, officials "
        "said.\n\nThe checkpoint guards the main road out of the city.\n\n")


@pytest.mark.parametrize(("comparison", "needle", "place", "month"), [
    ("The bombing was the deadliest on the police since the one in the town of Mastung back in March 2017. "
     "Three gunmen stormed a training centre, killing 22 recruits.", "killing 22", "Mastung", "2017-03"),
    ("Officials called it similar to the raid in Kalat in August 2015. Back then four attackers in army uniforms "
     "shot dead 17 soldiers at a base.", "17 soldiers", "Kalat", "2015-08"),
    ("Residents said the blast was reminiscent of the assault in Pishin in October 2016. Dozens of insurgents "
     "overran a police post and 26 officers died.", "26 officers", "Pishin", "2016-10"),
    ("Police compared it with an ambush near Mastung in January 2019. A roadside bomb destroyed a van carrying "
     "eleven constables, all of whom died.", "eleven constables", "Mastung", "2019-01"),
])
def test_a_toll_told_after_a_comparison_is_the_older_attacks(comparison, needle, place, month):
    assert context_of(LEAD + comparison + "\n", needle, "2021-06-09") == (month, place)


@pytest.mark.parametrize(("after", "needle"), [
    ("It killed 19 policemen and wounded 12 bystanders.", "19 policemen"),
    ("The blast killed 19 policemen and wounded 12 bystanders.", "19 policemen"),
    ("This time at least 19 policemen died, the governor said.", "19 policemen"),
])
def test_a_next_sentence_about_the_reports_own_attack_keeps_the_lead(after, needle):
    # near-misses: the sentence after the comparison speaks of the report's own bombing
    text = LEAD + "The bombing was the deadliest on the police since the one in the town of Mastung back in " \
        "March 2017. " + after + "\n"
    assert context_of(text, needle, "2021-06-09")[0] == "2021-06-08"


def test_a_comparison_sentence_with_its_own_toll_does_not_date_the_next():
    # near-miss: the comparison holds its own figure; the next sentence is the story going on
    text = LEAD + "It was the worst attack since a bombing in Mastung in March 2017 killed 22 recruits. " \
        "Another 12 people were wounded, a hospital official said.\n"
    assert context_of(text, "Another 12", "2021-06-09")[0] == "2021-06-08"


# --------------------------------------------------------------------------- a dateline of several bureaus


@pytest.mark.parametrize(("line", "place"), [
    ("KABUL/ ISLAMABAD: A car bomb killed eight people outside an Afghan government office on Monday, police said.",
     "Kabul"),
    ("ISLAMABAD / KABUL: Eight people died when a car bomb went off outside a government office in Afghanistan on Monday.",
     "Kabul"),
    ("PESHAWAR/KABUL: Eight people died when a car bomb went off outside a Pakistani government office on Monday.",
     "Peshawar"),
])
def test_a_dateline_of_several_bureaus_places_a_country_only_lead_in_that_countrys_bureau(line, place):
    text = "Car bomb hits government office\n\n" + line + "\n\nThe toll could rise, officials said.\n"
    assert context_of(text, "car bomb", "2023-03-07")[1] == place


def test_a_dateline_of_several_bureaus_yields_to_the_town_the_lead_names():
    # near-miss: the lead names its town; the bureaus only say where the report was written
    text = ("KABUL/ MAZAR-I-SHARIF: A suicide bomber killed 14 worshippers at a mosque in Maymana, the capital of "
            "Faryab province, on Friday, officials said.\n")
    assert context_of(text, "killed 14", "2012-10-27")[1] == "Maymana"


# --------------------------------------------------------------------------- a scraped page's ticker


TICKER = ("Markets slide as fuel prices climb again | How Washington weighs its next move in the Gulf | Heavy rain "
          "floods the old quarter of Lahore | Cricket board names a new captain for the tour\n\n")


@pytest.mark.parametrize("lead", [
    "Eleven soldiers were killed on Saturday when militants attacked a border post, the army said.",
    "Militants attacked a border post on Saturday, killing eleven soldiers, officials said.",
    "At least eleven troops died in an attack on a frontier post in Afghanistan on Saturday.",
])
def test_a_news_ticker_gives_the_report_neither_place_nor_date(lead):
    date, place = context_of("Page top\n\n" + TICKER + lead + "\n", "leven", "2025-10-12")
    assert place not in ("Washington", "Lahore")
    assert date == "2025-10-11"


def test_a_byline_with_bars_is_no_ticker():
    # near-miss: "| Agency | date" is the report's own byline: its day still dates an undated lead
    text = "Border post attacked\n\n| Frontier Wire | Oct 12, 2025\n\nEleven soldiers were killed in Chaman.\n"
    assert context_of(text, "Eleven", "2025-10-12")[1] == "Chaman"


# --------------------------------------------------------------------------- a "since" clause's place


@pytest.mark.parametrize("sentence", [
    "Some 23 soldiers died in clashes along the frontier, among the most violent since the takeover of Kabul in 2021.",
    "Twelve guards were killed at the crossing, the worst attack since gunmen stormed a college in Peshawar in 2014.",
    "The raid killed nine, the deadliest since the fall of Kandahar to the insurgents.",
])
def test_the_place_of_a_since_clause_is_not_the_scene(sentence):
    from phenomena_helpers import place_of
    assert place_of(sentence) not in ("Kabul", "Peshawar", "Kandahar")


@pytest.mark.parametrize(("sentence", "place"), [
    # near-misses: the scene before the since clause, and a toll risen since the report's own attack
    ("Twelve people died in a blast in Quetta, the deadliest attack since a bomber struck a school in Peshawar.",
     "Quetta"),
    ("The toll rose to 40 since the attack in Kabul on Monday.", "Kabul"),
])
def test_the_scene_beside_a_since_clause_stays(sentence, place):
    from phenomena_helpers import place_of
    assert place_of(sentence) == place


# --------------------------------------------------------------------------- an earlier attack told after the lead's


@pytest.mark.parametrize(("sentence", "needle", "place"), [
    ("Two border guards died in a raid in Iran, state TV said, three days after nine officers were killed in an "
     "air strike in Syria.", 9, "Syria"),
    ("Four policemen died in Quetta on Tuesday, officials said, three days after 11 soldiers were killed in an "
     "ambush in Kech.", 11, "Kech"),
    ("Five people were wounded in Peshawar, police said, a week after a suicide bomber killed 20 worshippers at a "
     "mosque in Kohat.", 20, "Kohat"),
])
def test_a_toll_in_a_trailing_days_after_clause_is_the_earlier_attacks(sentence, needle, place):
    claims = extracted(sentence + "\n", "killed", "2024-04-04", "Wire", "r.txt")
    got = [c for c in claims if c.value_low == needle]
    assert got and got[0].place == place and got[0].event_date != "2024-04-04", [(c.value_low, c.place) for c in claims]


@pytest.mark.parametrize(("sentence", "needle", "place"), [
    # near-misses: the lead's own toll before the phrase keeps the lead's place
    ("Two border guards died in a raid in Iran, state TV said, three days after nine officers were killed in an "
     "air strike in Syria.", "Two", "Iran"),
    ("Four policemen died in Quetta on Tuesday, officials said, three days after 11 soldiers were killed in an "
     "ambush in Kech.", "Four", "Quetta"),
])
def test_the_leads_own_toll_before_the_phrase_stays_its_own(sentence, needle, place):
    assert context_of(sentence + "\n", needle, "2024-04-04")[1] == place
