"""Session 12 (rec12): victim subgroups singled out of a total are claims of their own.

The team decision of session 12: "N people, including M soldiers", "N people -- A policemen and B
civilians -- were killed", "A women and B children were among the N dead" give the total and one claim per
counted subgroup (``victims`` set), whether or not the groups add up to the total.  The subgroups are parts of
their total: no conflict with it, one event with it.

Every sentence here is invented (places and groups are public names, the events are not real).
"""

from __future__ import annotations

import pytest
from phenomena_helpers import conflicting, desk, extracted, rows

PUB = "2024-03-04"


def groups(text, kind=None):
    return {(c.kind, c.value_low, c.value_high, c.victims) for c in extracted(text, kind, PUB, "Test Wire", "t.txt")
            if c.kind in ("killed", "injured")}


@pytest.mark.parametrize("text, part", [
    # an "including" aside inside the subject, closed by a comma
    ("Nine travellers, including four pilgrims, were wounded when the bus was hit near Kandahar.",
     ("injured", 4, 4, "worshippers")),
    # after the verb and an adjunct, with no comma before "including"
    ("Several people died in the ambush on the convoy including 7 American soldiers.",
     ("killed", 7, 7, "us_troops")),
    # after a toll noun's figure
    ("The death toll from the market blast climbed to 48, including 17 schoolchildren.",
     ("killed", 17, 17, "students")),
    # in dashes, and "all" or "the" before the figure
    ("At least 26 people -- including all six gunmen -- lost their lives in the siege of the hotel.",
     ("killed", 6, 6, "militants")),
    ("The raid ended with 22 people dead, including the five attackers.", ("killed", 5, 5, "militants")),
    # a description after the group: the counted group alone
    ("Twenty people including 9 Chinese engineers building the dam were killed in the convoy attack.",
     ("killed", 9, 9, "foreigners")),
])
def test_a_counted_group_singled_out_of_a_total_is_a_claim_of_its_own(text, part):
    got = groups(text)
    assert part in got, got
    assert any(v == "people" for *_, v in got), got  # and the total stays


def test_every_counted_group_of_a_longer_list_even_when_they_do_not_add_up():
    text = ("At least 41 people have died in the clashes so far, including 11 villagers, two teachers and "
            "20 members of the security forces.")
    got = groups(text, "killed")
    assert {(11, "people"), (2, "teachers"), (20, "security_forces")} <= {(lo, v) for _, lo, _, v in got}, got


def test_the_last_item_after_an_uncounted_one_is_read_and_the_uncounted_one_is_not():
    text = "Twelve people, including six border guards, a driver and five porters, were killed at the crossing."
    got = {(lo, v) for _, lo, _, v in groups(text, "killed")}
    assert (5, "workers") in got and (6, "police") in got, got
    assert not any(lo == 1 for lo, _ in got), got  # "a driver": no figure of its own


@pytest.mark.parametrize("text, parts", [
    ("At least nine people \u2014 six soldiers and three shepherds \u2014 were killed in the shelling.",
     {(6, "soldiers"), (3, "people")}),
    ("Eleven people (seven policemen and four bystanders) died when the car bomb went off.",
     {(7, "police"), (4, "people")}),
])
def test_a_breakdown_in_dashes_or_brackets_after_the_total(text, parts):
    got = {(lo, v) for _, lo, _, v in groups(text, "killed")}
    assert parts <= got, got


@pytest.mark.parametrize("text, parts", [
    ("Six women, four children and two guards were among the 40 people who have died since the blast.",
     {(6, "women"), (4, "children"), (2, "security_forces")}),
    ("Five students and two teachers were among 30 victims of the school attack.", {(5, "students"), (2, "teachers")}),
])
def test_groups_listed_before_among_a_counted_total(text, parts):
    got = {(lo, v) for _, lo, _, v in groups(text, "killed")}
    assert parts <= got, got


def test_a_total_of_n_people_before_an_including_list_is_the_total():
    text = "The minister said a total of 27 people, including 15 soldiers and four labourers, had died in the raid."
    got = {(lo, v) for _, lo, _, v in groups(text, "killed")}
    assert {(27, "people"), (15, "soldiers"), (4, "workers")} <= got, got


@pytest.mark.parametrize("text, expected", [
    # a vague group has no figure to check
    ("At least 18 people were killed, including several tribal elders.", {("killed", 18, None, "people")}),
    # an uncounted list: nothing but the total
    ("Some 25 people, including policemen and children, were wounded.", {("injured", 23, 27, "people")}),
    # the list follows the wounded, not the dead
    ("Gunmen killed four people and wounded 19, including three nurses.",
     {("killed", 4, 4, "people"), ("injured", 19, 19, "people"), ("injured", 3, 3, "aid_workers")}),
    # a group larger than an exact total is not a part of it
    ("Three people died in the blast, including 40 passengers of the bus.", {("killed", 3, 3, "people")}),
])
def test_near_misses(text, expected):
    assert groups(text) == expected


def test_the_subgroups_are_parts_of_their_total_in_one_event(tmp_path):
    a = ("KANDAHAR, March 2 (Test Wire) - At least 31 people, including 12 children and four policemen, were killed "
         "on Saturday when a suicide bomber struck a crowded market in Kandahar, officials said.")
    b = ("KANDAHAR (Other Wire) - Thirty-one people were killed in the market bombing in Kandahar on Saturday, "
         "the governor's office said.")
    con = desk(tmp_path, [("a.txt", "Test Wire", "2024-03-02", a), ("b.txt", "Other Wire", "2024-03-02", b)])
    ra, rb = rows(con, "a.txt", "killed"), rows(con, "b.txt", "killed")
    assert {(r["value_low"], r["victims"]) for r in ra} >= {(31, "people"), (12, "children"), (4, "police")}
    assert len({r["event_id"] for r in ra + rb}) == 1
    for x in ra + rb:
        for y in ra + rb:
            if x["id"] < y["id"]:
                assert not conflicting(con, x, y), (x["value_low"], x["victims"], y["value_low"], y["victims"])
