"""Parts of a toll weighed as if they were rival counts:

* "N others" after a victim named without a figure ("killing a judge and 10 others"): the toll is larger
  by the named victim, so "10 others" does not contradict "11 dead".

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from test_conflicts import c, pairs

from reconcile import conflicts


def _k(id_, low, quote, value_text, victims="people", high="same", source="s1", start=0, **kw):
    return c(id_, low, low if high == "same" else high, victims, quote=quote, value_text=value_text,
             source_id=source, span_start=start, **kw)


@pytest.mark.parametrize(("quote", "value_text"), [
    ("Gunmen opened fire in the court, killing a senior judge and 10 others.", "10"),
    ("The bomb killed the district mayor, his driver and 10 others, police said.", "10"),
    ("A lawyer and 10 others died when the second bomber struck.", "10"),
])
def test_others_beside_a_named_victim_are_a_part_of_the_toll(quote, value_text):
    toll = _k("toll", 11, "Eleven people were killed in the attack on the court, police said.", "Eleven", source="s2")
    others = _k("others", 10, quote, value_text)
    assert pairs(conflicts.find([toll, others], event_id="e1")) == set()


@pytest.mark.parametrize("quote", [
    "The bomber blew himself up, killing himself and 10 others.",  # the others are everyone he killed
    "Ten people were killed in the attack, police said.",  # a count of everyone
])
def test_a_toll_of_everyone_still_conflicts(quote):
    toll = _k("toll", 14, "Fourteen people were killed in the attack on the court, police said.", "Fourteen",
              source="s2")
    other = _k("other", 10, quote, "10" if "10" in quote else "Ten")
    assert pairs(conflicts.find([toll, other], event_id="e1")) == {frozenset(("toll", "other"))}


# A sentence that lists the dead by kind within one group: each figure counts its kind, not the whole group.
@pytest.mark.parametrize(("quote", "a", "b", "victims"), [
    ("The dead were at least 30 Hindus and 12 Sikhs, a community leader said.", ("30", 30, None), ("12", 12, 12),
     "people"),
    ("Among the dead were six girls and two boys from the same school.", ("six", 6, 6), ("two", 2, 2), "children"),
    ("The bombing killed 20 Christians and nine Muslims who were in the park.", ("20", 20, 20), ("nine", 9, 9),
     "people"),
])
def test_kinds_listed_in_one_sentence_are_parts_of_the_toll(quote, a, b, victims):
    toll = _k("toll", 50, "At least 50 people were killed in the bombing, officials said.", "At least 50",
              victims=victims, high=None, source="s2")
    first = _k("first", a[1], quote, a[0], victims=victims, high=a[2], start=100)
    second = _k("second", b[1], quote, b[0], victims=victims, high=b[2], start=100 + quote.index(b[0]))
    assert pairs(conflicts.find([toll, first, second], event_id="e1")) == set()


def test_people_of_a_kind_beside_another_group_are_a_part():
    quote = "Ten members of the security forces and four agency employees lost their lives in the clashes."
    forces = _k("forces", 10, quote, "Ten", victims="security_forces", start=100)
    staff = _k("staff", 4, quote, "four", start=140)
    toll = _k("toll", 40, "At least 40 people were killed across the province, officials said.", "At least 40",
              high=None, source="s2")
    assert pairs(conflicts.find([toll, forces, staff], event_id="e1")) == set()


def test_one_kind_counted_by_two_reports_still_conflicts():
    quote = "The dead were at least 30 Hindus and 12 Sikhs, a community leader said."
    hindus = _k("hindus", 30, quote, "30", high=None, start=100)
    sikhs = _k("sikhs", 12, quote, "12", start=120)
    quote2 = "Police said eight Hindus and four Sikhs died in the blast."
    hindus2 = _k("hindus2", 8, quote2, "eight", source="s2", start=0)
    sikhs2 = _k("sikhs2", 4, quote2, "four", source="s2", start=20)
    got = pairs(conflicts.find([hindus, sikhs, hindus2, sikhs2], event_id="e1"))
    assert frozenset(("hindus", "hindus2")) in got and frozenset(("sikhs", "sikhs2")) in got


# A strength figure that counts a part of a group ("top operatives", "senior commanders", "foreign fighters") is no
# rival estimate of the whole group's strength.
def _s(id_, low, high, quote, value_text, scope=None):
    return c(id_, low, high, None, kind="strength", quote=quote, value_text=value_text, scope=scope, event_date=None,
             published="2021-08-27")


@pytest.mark.parametrize(("quote", "value_text", "low", "high"), [
    ("Officials said 10 to 15 top commanders of the group had been identified in the east.", "10 to 15", 10, 15),
    ("Some 200 senior ISKP commanders are thought to be in Kunar.", "Some 200", 180, 220),
    ("The group counts about 300 foreign fighters in its ranks, officials say.", "about 300", 270, 330),
])
def test_a_part_of_the_group_is_no_rival_estimate_of_its_strength(quote, value_text, low, high):
    whole = _s("whole", 900, 1100, "Estimates today put the group at around 1,000 fighters.", "around 1,000")
    part = _s("part", low, high, quote, value_text)
    assert pairs(conflicts.find([whole, part], subject="ISKP/strength")) == set()


def test_two_estimates_of_the_whole_group_still_conflict():
    whole = _s("whole", 900, 1100, "Estimates today put the group at around 1,000 fighters.", "around 1,000")
    other = _s("other", 3000, 3000, "A senior official said the group has 3,000 fighters.", "3,000")
    assert pairs(conflicts.find([whole, other], subject="ISKP/strength")) == {frozenset(("whole", "other"))}


@pytest.mark.parametrize(("quote", "value_text", "low"), [
    ("Doctors said 120 people who suffered serious injuries remain in hospital.", "120", 120),
    ("Some 40 people with minor wounds were sent home the same night.", "Some 40", 40),
    ("Officials said 85 of those hurt had sustained severe injuries.", "85", 85),
])
def test_the_wounded_of_one_severity_are_a_part_of_the_wounded(quote, value_text, low):
    toll = c("toll", 300, 300, "people", kind="injured", quote="About 300 people were injured in the blast, police said.",
             value_text="About 300", source_id="s1")
    part = c("part", low, low, "people", kind="injured", quote=quote, value_text=value_text, source_id="s1",
             span_start=400)
    assert pairs(conflicts.find([toll, part], event_id="e1")) == set()
