"""ctx12: a weekday in a report whose own incident comes after the day the report is given (its page went out
later: the desk was given the first day of reporting, the lead names a later day). The weekday is the incident
week's, not the week before: "... was killed late on Wednesday" beside a siege that ended on 9 December (a
Wednesday), in a report given the Tuesday before.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def _dates(text, published):
    return {c.value_low: c.event_date for c in extracted(text, "killed", published, "Test Wire", "t.txt")}


@pytest.mark.parametrize("lead, later", [
    ("At least 50 people were killed in the siege of the airport in Kandahar that ended on 9 December, the defence "
     "ministry says.", "The last of the attackers was killed late on Wednesday, the ministry said. Of those killed 38 "
     "were civilians."),
    ("Fifty people died in the siege of the airport in Kandahar, which ended on December 9, officials said.",
     "The final gunman was shot dead on Wednesday night, the army said. Of the dead, 38 were civilians."),
    ("The siege of the airport in Kandahar ended on 9 December with 50 people dead, the ministry said.",
     "The army said on Wednesday that 38 of the dead were civilians."),
])
def test_a_weekday_of_a_late_report_falls_in_its_incidents_week(lead, later):
    got = _dates("Airport siege ends\n\n" + lead + "\n\n" + later + "\n", "2015-12-08")
    assert got[50] == "2015-12-09"
    assert got[38] == "2015-12-09"


def test_near_miss_a_report_given_after_its_incident_counts_back_as_before():
    text = ("Airport siege ends\n\nAt least 50 people were killed in the siege of the airport in Kandahar that ended "
            "on 9 December, the defence ministry says.\n\nThe last of the attackers was killed late on Wednesday, the "
            "ministry said. Of those killed 38 were civilians.\n")
    got = _dates(text, "2015-12-11")
    assert got[50] == "2015-12-09" and got[38] == "2015-12-09"


def test_near_miss_a_weekday_weeks_before_the_incident_is_left_alone():
    text = ("Airport siege ends\n\nAt least 50 people were killed in the siege of the airport in Kandahar that ended "
            "on 23 December, the ministry says.\n\nA bomb on Wednesday had killed 7 people at a bus stand in the city.\n")
    got = _dates(text, "2015-12-08")
    assert got[7] != "2015-12-23"
