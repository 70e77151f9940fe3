"""Where people were arrested or detained is not where the attack happened: "Later questioning led to the arrest of
three sailors in Quetta" after a raid on a frigate in Karachi harbour leaves the raid in Karachi.

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted

LEAD = ("The recent attempt by the group to seize a navy frigate berthed in Karachi harbour and turn its guns on foreign "
        "warships has shown how exposed naval platforms remain.\n\n")


@pytest.mark.parametrize("after", [
    "Later questioning led to the arrest of three other navy men in Quetta who were trying to flee to Afghanistan.",
    "Two suspects were later detained in Quetta, police said.",
    "Investigators said an accomplice was captured near Peshawar a week later.",
    "Police have since arrested four men in Quetta over the plot.",
])
def test_a_place_of_arrest_is_no_scene(after):
    text = LEAD + "The failed raid left 10 militants dead including a former navy officer. " + after + "\n"
    got = extracted(text, "killed", "2014-10-06", "Sea Desk", "n.txt")
    assert [c.place for c in got] == ["Karachi"]


def test_an_attack_in_the_sentence_keeps_its_place():
    text = "A bomb killed six people in Quetta on Monday, and police arrested two men in Karachi later that day.\n"
    got = extracted(text, "killed", "2014-10-06", "Sea Desk", "n.txt")
    assert [c.place for c in got] == ["Quetta"]
