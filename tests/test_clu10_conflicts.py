"""Conflicts of a clash and of a toll's parts (reconcile.partwords, reconcile.tollscope, reconcile.tollparts).

* "four of the deceased were students", "Of the 20 dead, six were children": some of the victims counted
  again, a part of the toll, not a rival count of everyone;
* the two sides of a clash ("nine Afghan troops", "58 Pakistani soldiers", "23 of its soldiers" in the
  words of Pakistan's army) are two victim groups, while two figures of one side still conflict;
* "58 soldiers were killed, while nine fighters were also killed": the "also" adds to its own sentence's
  figure (another group), so the nine are weighed against the other side's count of those fighters.

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from test_conflicts import c, pairs

from reconcile import conflicts


def _q(id_, low, quote, value_text, high="same", victims="people", **kw):
    high = low if high == "same" else high
    return c(id_, low, high, victims, quote=quote, value_text=value_text, **kw)


@pytest.mark.parametrize(("quote", "value_text", "low"), [
    ("Four of the deceased were students between 20 and 25, a hospital spokesman said.", "Four", 4),
    ("Two of those killed were brothers who ran a shop nearby.", "Two", 2),
    ("Of the 20 dead, six were children, the health ministry said.", "six", 6),
    ("Hospital staff said three of the dead were women.", "three", 3),
    ("At least five of the victims were pilgrims from the north.", "five", 5),
])
def test_some_of_the_dead_counted_again_are_a_part_not_a_rival(quote, value_text, low):
    toll = _q("toll", 23, "At least 23 people died when the bomb went off, police said.", "At least 23", high=None,
              source_id="s1")
    part = _q("part", low, quote, value_text, source_id="s1", span_start=200)
    assert pairs(conflicts.find([toll, part], event_id="e1")) == set()


def test_a_second_count_of_everyone_still_conflicts():
    toll = _q("toll", 23, "At least 23 people died when the bomb went off, police said.", "At least 23", high=None)
    other = _q("other", 4, "Four people were killed in the bombing, a local official said.", "Four")
    assert pairs(conflicts.find([toll, other], event_id="e1")) == {frozenset(("toll", "other"))}


@pytest.mark.parametrize(("a_quote", "a_text", "b_quote", "b_text"), [
    ("Kabul said 58 Pakistani soldiers were killed in the fighting.", "58",
     "The ministry said nine Afghan troops died in the fighting.", "nine"),
    ("The army said 23 Pakistani troops lost their lives.", "23",
     "Nine Afghan soldiers were killed, the Taliban spokesman said.", "Nine"),
    ("Tehran said 11 Iranian border guards were killed.", "11",
     "Islamabad said four Pakistani soldiers died in the exchange of fire.", "four"),
])
def test_the_two_sides_of_a_clash_are_two_groups(a_quote, a_text, b_quote, b_text):
    a = _q("a", int(a_text) if a_text.isdigit() else 9, a_quote, a_text, victims="soldiers")
    low_b = {"nine": 9, "Nine": 9, "four": 4}[b_text]
    b = _q("b", low_b, b_quote, b_text, victims="soldiers")
    assert pairs(conflicts.find([a, b], event_id="e1")) == set()


def test_one_side_s_own_troops_told_as_its_own_are_that_side():
    own = _q("own", 23, "Pakistan's army said 23 of its soldiers were killed overnight.", "23", victims="soldiers",
             claimant="Pakistan's army")
    afghan = _q("afghan", 9, "Kabul said nine Afghan troops died.", "nine", victims="soldiers", claimant="Kabul")
    rival = _q("rival", 58, "Kabul said 58 Pakistani soldiers were killed.", "58", victims="soldiers", claimant="Kabul")
    assert pairs(conflicts.find([own, afghan, rival], event_id="e1")) == {frozenset(("own", "rival"))}


def test_two_counts_of_one_side_still_conflict():
    a = _q("a", 23, "The army said 23 Pakistani soldiers were killed.", "23", victims="soldiers")
    b = _q("b", 58, "Kabul said 58 Pakistani soldiers were killed.", "58", victims="soldiers")
    assert pairs(conflicts.find([a, b], event_id="e1")) == {frozenset(("a", "b"))}


def test_fighters_also_killed_beside_another_group_are_weighed_against_the_other_side_s_count():
    claim = _q("claim", 180, "The military said its forces killed around 200 of the attackers.", "around 200", high=220,
               victims="militants", source_id="s1", span_start=10)
    soldiers = _q("soldiers", 58, "He said 58 soldiers were killed, while nine fighters were also killed in the clashes.",
                  "58", victims="soldiers", source_id="s1", span_start=300)
    fighters = _q("fighters", 9, soldiers["quote"], "nine", victims="militants", source_id="s1", span_start=330)
    assert frozenset(("claim", "fighters")) in pairs(conflicts.find([claim, soldiers, fighters], event_id="e1"))


def test_one_more_victim_also_killed_after_a_toll_stays_a_part():
    toll = _q("toll", 15, "Fifteen people were killed in the blast.", "Fifteen", source_id="s1", span_start=0)
    more = _q("more", 1, "A woman walking past was also killed, her family said.", "A woman", source_id="s1",
              span_start=100)
    assert pairs(conflicts.find([toll, more], event_id="e1")) == set()
