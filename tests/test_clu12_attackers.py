"""A background piece names an attack by its author ("the AQIS raid", "a TTP suicide bombing"): the group is the
perpetrator of the sentence's toll, so a later piece's undated mention joins the day's reports that blamed the group.
The target of an attack ("an attack on the TTP") or one side of a clash is no author.

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, extracted, one_row, rows


@pytest.mark.parametrize(("text", "group"), [
    ("The failed AQIS raid left nine militants dead, the navy said.", "AQIS"),
    ("A TTP suicide bombing killed 12 soldiers in Bannu.", "TTP"),
    ("The BLA's assault on the convoy killed 14 troops.", "Baloch Liberation Army"),
    ("The siege, carried out by the BLA, left 26 people dead.", "Baloch Liberation Army"),
    ("An ISKP twin bombing killed 40 worshippers at the shrine.", "ISKP"),
])
def test_a_group_named_as_the_attacks_author_is_its_perpetrator(text, group):
    killed = extracted(text, "killed", "2024-05-05", "Desk", "a.txt")
    assert killed and killed[0].perpetrator == group


@pytest.mark.parametrize("text", [
    "An army attack on the TTP killed 12 militants in Bannu.",
    "Air strikes against the BLA killed 15 fighters, the army said.",
    "A TTP-army clash killed eight people in Tank.",
])
def test_a_target_or_a_side_of_a_clash_is_no_author(text):
    killed = extracted(text, "killed", "2024-05-05", "Desk", "a.txt")
    assert killed and all(c.perpetrator is None for c in killed)


def test_an_undated_mention_of_the_groups_raid_joins_the_days_reports(tmp_path):
    day = ("Gunmen stormed the naval dockyard in Karachi on Saturday. Three attackers were killed, officials said. "
           "AQIS claimed responsibility for the dockyard attack.")
    later = ("Karachi has long been a staging point for militants. The failed AQIS raid left nine militants dead, "
             "including a former naval officer, and several sailors were arrested.")
    con = desk(tmp_path, [("day.txt", "Daily A", "2014-09-07", day), ("later.txt", "Review B", "2014-10-10", later)])
    a = one_row(rows(con, "day.txt", "killed"), 3)
    b = one_row(rows(con, "later.txt", "killed"), 9)
    assert a["event_id"] and a["event_id"] == b["event_id"]
