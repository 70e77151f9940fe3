"""Strength estimates across pieces: whose figure it is, and at what time.

- a group named in a leading clause before "the group had ..." is not the figure's group: the report's is;
- a group that is the other side of the subject's relation ("trainers of the Taliban") is not the figure's;
- "the Islamic State Khorasan Province" is one name, not "the Islamic State" and a remainder;
- a change told in the past perfect ("had come down to 1,500") is a point of the series before today's;
- a group has one peak: two estimates of it at its peak conflict, whatever year each names.

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted
from test_conflicts import c

from reconcile import conflicts
from reconcile.aliases import find_actors

PUB = "2022-03-01"


def _strength(text):
    return extracted(text, "strength", PUB, "Desk", "a.txt")


@pytest.mark.parametrize("text", [
    "ISKP is the subject here. In 2017, when the Islamic State was at its height in Syria, the group had about "
    "3,500 fighters in Afghanistan.",
    "ISKP is the subject here. In 2017, while ISIS lost ground in Iraq, the outfit counted some 3,500 members.",
    "ISKP is the subject here. After the Islamic State fell in Mosul, it had about 3,500 fighters left.",
])
def test_a_group_in_a_leading_clause_is_not_the_figures(text):
    got = _strength(text)
    assert got and got[-1].entity == "ISKP"


@pytest.mark.parametrize("text", [
    "Fighters of AQIS serve as advisers to the Taliban, with 200 to 250 operatives in the south.",
    "Members of AQIS work as trainers of the Taliban, with about 240 operatives in the east.",
    "AQIS cadres remain close to the Taliban, with some 240 operatives in three provinces.",
])
def test_the_other_side_of_a_relation_is_not_the_figures_group(text):
    got = _strength(text)
    assert got and got[-1].entity == "AQIS"


def test_near_miss_a_figure_of_the_group_named_last_stays_its():
    got = _strength("Unlike AQIS, the Taliban have about 60,000 fighters.")
    assert got and got[-1].entity == "Taliban"


@pytest.mark.parametrize(("text", "group"), [
    ("The focus moved to the Islamic State Khorasan Province after the blast.", "ISKP"),
    ("He said the Islamic State Khorasan claimed it.", "ISKP"),
])
def test_a_longer_name_after_the_article_wins(text, group):
    assert [m.actor.id for m in find_actors(text)][0] == group


def test_near_miss_the_islamic_state_alone():
    assert [m.actor.id for m in find_actors("He said the Islamic State claimed it.")] == ["Islamic State"]


@pytest.mark.parametrize("text", [
    "After the raids, the number of fighters in ISKP had come down to just 1,500.",
    "By then the TTP's ranks had fallen to about 2,500 fighters.",
    "The IMU's strength had dwindled to some 300 fighters.",
])
def test_a_change_told_in_the_past_perfect_is_an_earlier_point(text):
    got = _strength(text)
    assert got and "earlier" in (got[-1].scope or "")


def test_near_miss_a_present_figure_has_no_earlier_scope():
    got = _strength("ISKP now has about 1,500 fighters.")
    assert got and "earlier" not in (got[-1].scope or "")


def _est(id_, low, high, scope, date, published):
    return c(id_, low, high, None, kind="strength", scope=scope, event_date=date, published=published,
             subject="ISKP/strength")


def test_two_peak_estimates_of_one_group_conflict_whatever_the_years():
    a = _est("a", 3000, 3000, "peak", None, "2021-08-27")
    b = _est("b", 3600, 4400, "peak", "2016", "2021-08-27")
    found = conflicts.find([a, b], subject="ISKP/strength")
    assert len(found.conflicts) == 1


def test_near_miss_a_peak_and_todays_figure_are_a_series():
    a = _est("a", 3000, 3000, "peak", None, "2021-08-27")
    b = _est("b", 900, 1100, None, "2021-08-27", "2021-08-27")
    assert conflicts.find([a, b], subject="ISKP/strength").conflicts == []
