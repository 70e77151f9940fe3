"""Rounds H and I (dates, places, links, conflicts): phenomena written in our own words.

- a place opening the name of a firm, a project or a body ("a Kabul Bank branch in Herat", "the China
  Pakistan Economic Corridor") is no scene;
- "during clearance operations" ends the report's own attack (not a toll over several operations);
- a place named after "blamed on" with a quoted epithet ("blamed on 'a rogue state' Iran") is no scene;
- an undated report (no publication date): the year its own words give resolves a day or a month named
  without a year; a weekday or "yesterday" stays unresolved; its claims that nothing dates get that year;
- a national total over months ("the first three months of 2019", "have lost their lives ... in 2019") is
  an aggregate; "a total of 90 people were wounded" alone is one incident's count;
- an undated, unpublished report's claims of one town form one event.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, extracted, rows

from reconcile.extract.dates import ReportYear, find_dates, report_year
from reconcile.extract.events import is_aggregate
from reconcile.extract.places import best_place

# --------------------------------------------------------------------------- names that open with a place


@pytest.mark.parametrize(("text", "place"), [
    ("A gunman opened fire outside a Kabul Bank branch in Herat, killing three guards.", "Herat"),
    ("Two engineers working on the China Pakistan Economic Corridor were shot dead in Turbat.", "Turbat"),
    ("The Afghanistan Independent Human Rights Commission said nine civilians died in Ghazni.", "Ghazni"),
    ("A Pakistan Cricket Board official said the blast near the stadium in Quetta killed two.", "Quetta"),
])
def test_a_place_opening_a_name_is_no_scene(text, place):
    found = best_place(text, 0, len(text))
    assert found is not None and found.name == place


@pytest.mark.parametrize(("text", "place"), [
    ("A bomb went off near a bank in Kabul, killing four people.", "Kabul"),  # near-miss: a bank, no name
    ("A blast at the Kabul airport killed three.", "Kabul"),
])
def test_a_bank_in_a_town_is_still_that_town(text, place):
    found = best_place(text, 0, len(text))
    assert found is not None and found.name == place


def test_a_project_name_alone_gives_no_country():
    text = "Militants who attack workers on the China Pakistan Economic Corridor projects struck again on Monday."
    assert best_place(text, 0, len(text)) is None


# --------------------------------------------------------------------------- clearance operations


@pytest.mark.parametrize("sentence", [
    "Officials said eight soldiers were killed during clearance operations.",
    "Four policemen lost their lives in the rescue operations, a spokesman said.",
    "Nine troops died during mop-up operations, the army said.",
])
def test_clearance_operations_stay_in_the_reports_attack(sentence):
    text = ("Militants stormed a paramilitary camp in Turbat on Sunday, setting off a day-long siege. " + sentence)
    found = [c for c in extracted(text, "killed", "2024-05-14", "Desk", "ops.txt") if c.value_low in (8, 4, 9)]
    assert found and found[0].place == "Turbat" and found[0].event_date == "2024-05-12"


def test_several_operations_still_have_no_single_scene():
    # near-miss: a toll over many operations is no one event's: it does not take the attack's day
    text = ("Militants stormed a paramilitary camp in Turbat on Sunday. "
            "Security forces have killed 40 militants in operations across the province since then.")
    found = [c for c in extracted(text, "killed", "2024-05-14", "Desk", "ops2.txt") if c.value_low == 40]
    assert found and found[0].event_date != "2024-05-12"


# --------------------------------------------------------------------------- blamed on a quoted epithet


@pytest.mark.parametrize("epithet", ["\u201crogue state\u201d", "'rogue state'", "\"a hostile neighbour\""])
def test_a_country_blamed_with_an_epithet_is_no_scene(epithet):
    text = (f"Twelve guards were wounded in the night attack in Herat, which the governor blamed on {epithet} Iran.")
    found = best_place(text, 0, len(text))
    assert found is not None and found.name == "Herat"


# --------------------------------------------------------------------------- an undated report's year


@pytest.mark.parametrize(("text", "year"), [
    ("Last year in March 2023, a similar bomb hit a bank in Kandahar.", 2024),
    ("A similar bombing took place in the city last year (2022).", 2023),
    ("In June 2021, last year, gunmen stormed the hall.", 2022),
    ("Earlier this year, in January 2020, the group struck a shrine.", 2020),
    ("The group has carried out attacks since 2015; in 2019 it struck a wedding.", 2019),
])
def test_report_year_from_its_own_words(text, year):
    got = report_year(text)
    assert isinstance(got, ReportYear) and got.year == year


def test_report_year_none_without_a_year():
    assert report_year("Gunmen killed five people at a checkpoint on Friday.") is None


def test_a_report_year_resolves_days_and_months_not_weekdays():
    pub = ReportYear(2025, 12, 31)
    text = "The Tuesday (Feb 11) bombing was worse than the one in April; yesterday police said more."
    got = {d.value for d in find_dates(text, 0, len(text), pub)}
    assert "2025-02-11" in got and "2025-04" in got
    assert not any(len(v) == 10 and v != "2025-02-11" for v in got)  # no weekday, no "yesterday"


def test_an_undated_report_dates_its_claims_from_its_own_year():
    text = ("A suicide bomber struck outside a bank in Kunduz on Tuesday (Feb 11), killing eight people.\n\n"
            "Last year in March 2024, a similar bombing outside a bank in Kandahar killed three.\n")
    found = extracted(text, "killed", None, "Desk", "undated.txt")
    eight = [c for c in found if c.value_low == 8]
    assert eight and eight[0].event_date == "2025-02-11" and eight[0].place == "Kunduz"


def test_an_undated_report_without_a_day_gets_its_year_only():
    text = ("Gunmen attacked a wedding hall in Herat on Friday evening, killing 14 guests, officials said.\n\n"
            "It was the worst attack in the city in 2019.\n")
    found = [c for c in extracted(text, "killed", None, "Desk", "undated2.txt") if c.value_low == 14]
    assert found and found[0].event_date == "2019" and found[0].date_precision == "year"


def test_a_published_report_is_unchanged():
    # near-miss: with a publication date, the weekday resolves as before
    text = "Gunmen attacked a wedding hall in Herat on Friday evening, killing 14 guests, officials said."
    found = [c for c in extracted(text, "killed", "2019-03-10", "Desk", "dated.txt") if c.value_low == 14]
    assert found and found[0].event_date == "2019-03-08"


# --------------------------------------------------------------------------- national totals


@pytest.mark.parametrize("sentence", [
    "1,900 civilians were killed across the country in the first three months of 2019.",
    "Some 3,400 people were killed in the country the first six months of 2019, the UN said.",
    "Fifteen reporters have lost their lives in Afghanistan in 2019, more than anywhere else.",
    "At least 80 aid workers have been killed in the country in 2019.",
    "A total of 1,200 civilians were killed last year.",
    "In the first hundred days of 2020, troops in the valley killed 31 militants.",
])
def test_national_totals_are_aggregates(sentence):
    assert is_aggregate(sentence)


@pytest.mark.parametrize("sentence", [
    "A total of 90 people were wounded.",
    "A total of 31 injured pupils were taken to the military hospital.",
    "Ten people have been killed in the 2019 attack on the ministry.",  # one attack, named by its year
    "At least 12 people have been killed in Kabul, police said.",
])
def test_one_incidents_counts_are_not_aggregates(sentence):
    assert not is_aggregate(sentence)


# --------------------------------------------------------------------------- an undated desk


def test_an_undated_unpublished_reports_claims_form_one_event(tmp_path):
    text = ("Shrine blast in Sehwan\n\n"
            "During the evening prayer, 40 people were killed and 70 injured at the shrine in Sehwan.\n\n"
            "Rescue teams struggled in the narrow lanes of the old town near the shrine.\n\n"
            "The medical superintendent of the Sehwan hospital said the blast killed 38 people.\n")
    con = desk(tmp_path, [("undated.txt", "Web Page", None, text)])
    found = [r for r in rows(con, "undated.txt") if r["kind"] in ("killed", "injured")]
    assert len(found) >= 3
    assert len({r["event_id"] for r in found}) == 1


# --------------------------------------------------------------------------- parts of a toll, loose counts


def _conflict_pairs(claims):
    from test_conflicts import pairs

    from reconcile import conflicts
    return pairs(conflicts.find(claims, event_id="e1"))


def _at(id_, low, high, quote, value_text, source_id="s1", span_start=0, victims="people", **kw):
    from test_conflicts import c
    return c(id_, low, high, victims, quote=quote, value_text=value_text, source_id=source_id,
             span_start=span_start, **kw)


TOLL = "At least 14 people were killed when gunmen stormed the depot, officials said."


@pytest.mark.parametrize(("quote", "value_text"), [
    ("Nine bodies were taken to the district hospital, while three were shifted to the military hospital morgue.",
     "three"),
    ("He said nine bodies were at the civil hospital and three were at the morgue of the medical college.", "three"),
    ("Three bodies were moved to the city morgue and nine were brought to the trauma centre hospital.", "Three"),
])
def test_bodies_split_over_facilities_are_parts(quote, value_text):
    claims = [_at("toll", 14, None, TOLL, "At least 14", span_start=0, claimant="officials"),
              _at("fac", 3, 3, quote, value_text, source_id="s2", span_start=0)]
    assert _conflict_pairs(claims) == set()


def test_one_hospital_count_still_conflicts():
    # near-miss: one facility only, no split: a count set against the toll
    quote = "The hospital chief said three bodies were brought to the hospital."
    claims = [_at("toll", 14, None, TOLL, "At least 14", span_start=0, claimant="officials"),
              _at("fac", 3, 3, quote, "three", source_id="s2", span_start=0, claimant="the hospital chief")]
    assert _conflict_pairs(claims) == {frozenset(("toll", "fac"))}


@pytest.mark.parametrize(("quote", "value_text"), [
    ("Two more pupils, Amina and Sadia, succumbed to their wounds in hospital.", "Two"),
    ("Officials said eight were dead at the scene and three who were badly hurt died on the way to hospital.", "three"),
    ("Three of the injured died en route to the provincial capital.", "Three"),
])
def test_the_wounded_who_died_later_are_a_part(quote, value_text):
    claims = [_at("toll", 14, None, TOLL, "At least 14", span_start=0, claimant="officials"),
              _at("late", 3 if value_text != "Two" else 2, 3 if value_text != "Two" else 2, quote, value_text,
                  source_id="s2", span_start=0)]
    assert _conflict_pairs(claims) == set()


@pytest.mark.parametrize("quote", [
    "The dead include five members of the Fateh squad and one of its commanders.",
    "Those killed included five guards, the police said.",
])
def test_the_dead_include_n_is_a_part(quote):
    claims = [_at("toll", 14, None, TOLL, "At least 14", span_start=0, claimant="officials"),
              _at("inc", 5, 5, quote, "five", source_id="s2", span_start=0)]
    assert _conflict_pairs(claims) == set()


def test_more_than_n_against_n_is_no_conflict():
    claims = [_at("a", 83, 83, "At least 43 were killed and 83 wounded, the ministry said.", "83",
                  claimant="the ministry"),
              _at("b", 84, None, "Over 40 dead and more than 83 wounded were taken to hospitals.", "more than 83",
                  source_id="s2")]
    assert _conflict_pairs(claims) == set()


def test_more_than_n_against_a_higher_count_still_conflicts():
    # near-miss: "more than 83" and 70 cannot both be true
    claims = [_at("a", 70, 70, "Some 70 people were wounded, the ministry said.", "70", claimant="the ministry"),
              _at("b", 84, None, "More than 83 wounded were taken to hospitals.", "More than 83", source_id="s2")]
    assert _conflict_pairs(claims) == {frozenset(("a", "b"))}


@pytest.mark.parametrize(("sentence", "aggregate"), [
    ("The group, which has killed hundreds in recent years, said it carried out the bombing.", True),
    ("Militants have killed dozens of officials in recent months.", True),
    ("It was the deadliest attack in recent years, killing 22 people.", False),
])
def test_in_recent_years_is_a_total_unless_a_comparison(sentence, aggregate):
    assert is_aggregate(sentence) is aggregate


# --------------------------------------------------------------------------- a recalled attack told a few sentences back

RECALL_LEAD = ("A suicide bomber struck outside a bank in Kunduz on Tuesday, killing eight people, police said.\n\n"
               "The group previously claimed a similar bombing in March 2024 outside a bank in the city of Kandahar.\n\n"
               "It said it had targeted employees collecting their salaries.\n\n")


@pytest.mark.parametrize("sentence", [
    "Officials said only three people had been killed in last year's incident, but doctors put it at 20.",
    "Officials said three people died in the previous attack, though doctors counted 20.",
    "Only three people were killed in that earlier bombing, officials said at the time.",
])
def test_a_recalled_attack_takes_the_place_told_before(sentence):
    found = extracted(RECALL_LEAD + sentence + "\n", "killed", "2025-02-12", "Desk", "recall.txt")
    three = [c for c in found if c.value_low == 3]
    assert three and three[0].place == "Kandahar" and (three[0].event_date or "").startswith("2024")


def test_the_reports_own_toll_keeps_its_place():
    # near-miss: a later figure of the report's own attack stays in Kunduz
    found = extracted(RECALL_LEAD + "Officials later said the toll had risen to 11.\n", "killed", "2025-02-12", "Desk",
                      "recall2.txt")
    eleven = [c for c in found if c.value_low == 11]
    assert eleven and eleven[0].place == "Kunduz"


# --------------------------------------------------------------------------- "the latest attack" is no toll update

LATEST_LEAD = ("At least 25 people were killed in a blast at a Kabul gym on Monday, officials said, "
               "in the latest {noun} on the capital.")


@pytest.mark.parametrize("noun", ["assault", "of several attacks", "deadly bombing"])
def test_the_latest_attack_does_not_make_an_earlier_figure_an_update(noun):
    lead = LATEST_LEAD.format(noun=noun)
    earlier = "A health ministry spokesman had earlier put the toll at 18."
    claims = [_at("lead", 25, None, lead, "At least 25", span_start=0, claimant="officials"),
              _at("early", 18, 18, earlier, "18", span_start=300, claimant="A health ministry spokesman")]
    assert _conflict_pairs(claims) == {frozenset(("lead", "early"))}


def test_the_latest_toll_is_still_an_update():
    # near-miss: "the latest toll" updates the report's figure
    claims = [_at("first", 18, 18, "Eighteen people were killed in the blast, police said.", "Eighteen", span_start=0),
              _at("late", 25, 25, "The latest toll stands at 25.", "25", span_start=200)]
    assert _conflict_pairs(claims) == set()


def test_report_year_ignores_years_to_come():
    # near-miss: a plan's target year is no year the report was written in
    got = report_year("The attack in 2019 set back the government's Vision 2047 plan and its 2049 targets.")
    assert got is not None and got.year == 2019


# --------------------------------------------------------------------------- "that attack" after another attack

OWN = "Twin blasts tore through a sports club in Kabul on Wednesday, killing at least 20 people, officials said.\n\n"


@pytest.mark.parametrize("pair", [
    "A school became the target of another attack last month. The group also claimed that attack, which killed 34 people.",
    "It came weeks after a separate bombing at a school. IS also said it carried out that bombing, which left 34 dead.",
    "A similar attack hit a clinic in the spring. The group also claimed that attack, which claimed the lives of 34.",
])
def test_that_attack_after_another_attack_is_recalled(pair):
    found = [c for c in extracted(OWN + pair + "\n", "killed", None, "Desk", "that.txt") if c.value_low == 34]
    assert found and found[0].recalled


def test_that_attack_after_the_reports_own_is_not_recalled():
    # near-miss: "that attack" after the report's own attack is the report's own
    text = OWN + "Rescue workers searched the rubble of the club. Officials said that attack also wounded 61 people.\n"
    found = [c for c in extracted(text, "injured", "2018-09-06", "Desk", "that2.txt") if c.value_low == 61]
    assert found and not found[0].recalled


@pytest.mark.parametrize("sentence", [
    "The group's losses in the east amounted to a total of 9,400 deaths and 500 fighters captured.",
    "Elsewhere the numbers were smaller, with a total of 210 captured and 95 killed.",
])
def test_a_campaign_tally_with_a_total_stays_an_aggregate(sentence):
    assert is_aggregate(sentence)
