"""Two attacks told in one breath: "the blasts in Quetta which killed over 100, and another one a month later
killing 80" are two incidents of one town and year; the sentence itself tells them apart, so sharing its words
and its report does not join them.  "wounding another one" (a person) is no second attack.

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, one_row, rows

from reconcile.extract.otherattacks import ANOTHER_APART


@pytest.mark.parametrize("phrase", [
    "and another one a month later killing 80",
    "and another one two weeks later that left 35 dead",
    "with another one days later killing 12",
    "and another one a year earlier that killed 40",
])
def test_another_one_a_stated_time_apart(phrase):
    assert ANOTHER_APART.search(phrase)


@pytest.mark.parametrize("phrase", [
    "killing two guards and wounding another one",
    "another one of its commanders was killed later",
])
def test_near_miss_another_one_is_no_second_attack(phrase):
    assert ANOTHER_APART.search(phrase) is None


REPORT = ("Security forces killed the group's chief in Multan on Tuesday, police said. The group had claimed the 2012 "
          "bombings in Peshawar which killed over 90 Shia pilgrims and another one a month later killing 70.")


def test_two_attacks_of_one_sentence_a_month_apart_stay_apart(tmp_path):
    con = desk(tmp_path, [("a.txt", "Outlet A", "2016-05-04", REPORT)])
    rs = rows(con, "a.txt", "killed")
    first, second = one_row(rs, 91), one_row(rs, 70)
    assert first["event_id"] != second["event_id"]


def test_near_miss_two_victim_groups_of_one_sentence_stay_one_event(tmp_path):
    text = ("A bomb killed 31 pilgrims and 12 guards at a shrine in Peshawar on Tuesday, police said.")
    con = desk(tmp_path, [("b.txt", "Outlet B", "2016-05-04", text)])
    rs = rows(con, "b.txt", "killed")
    assert one_row(rs, 31)["event_id"] == one_row(rs, 12)["event_id"]
