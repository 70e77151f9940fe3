"""'since 2009' after a superlative ranks one attack; 'up to the end of 2017' closes a total over years."""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted


def _killed(text: str):
    found = extracted(text, "killed", "2018-09-23", "Wire", "agg.txt")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text", [
    "The market bombing, which killed 30, was the deadliest since 2009.",
    "The ambush killed 14 soldiers on Friday, the worst loss for the army in the district since 2016.",
    "Friday's blast killed 22 people in Quetta, the bloodiest attack on the city since 2013.",
])
def test_a_ranking_since_a_year_is_one_event(text):
    c = _killed(text)
    assert not c.aggregate
    assert c.event_date is None or c.event_date.startswith("2018")


@pytest.mark.parametrize("text", [
    "Since 2009, the group's attacks have killed 400 people.",
    "At least 400 people have been killed in the province since 2009.",
    "Some 2,000 of the brigade's fighters were killed up to the end of 2017.",
    "Until 2014 the insurgency had killed 3,000 civilians in the valley.",
])
def test_a_total_since_or_until_a_year_is_an_aggregate(text):
    assert _killed(text).aggregate
