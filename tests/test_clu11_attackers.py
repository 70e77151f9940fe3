"""An attacker's wound is not a count of the victims: "All the gunmen escaped, though one was hurt in the leg"
counts one of the attackers, so it is not weighed against "25 people were wounded".

Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest
from test_conflicts import c, pairs

from reconcile import conflicts


def _injured(id_, low, quote, value_text, source="s1", start=0):
    return c(id_, low, low, "people", kind="injured", quote=quote, value_text=value_text, source_id=source,
             span_start=start)


TOLL = "Twenty-five people were wounded in the shooting at the court, police said."


@pytest.mark.parametrize(("quote", "value_text", "low"), [
    ("All the attackers fled, though one sustained wounds to his arm.", "one", 1),
    ("The gunmen escaped in a car, although two were injured by the guards' fire.", "two", 2),
    ("Both the assailants got away but one suffered a gunshot wound, a witness said.", "one", 1),
    ("The militants withdrew after an hour, though three had been wounded, the police said.", "three", 3),
])
def test_an_attackers_wound_is_no_rival_count_of_the_wounded(quote, value_text, low):
    toll = _injured("toll", 25, TOLL, "Twenty-five", source="s2")
    same = _injured("same", 25, TOLL, "Twenty-five", start=0)
    part = _injured("part", low, quote, value_text, start=300)
    assert pairs(conflicts.find([toll, same, part], event_id="e1")) == set()


@pytest.mark.parametrize("quote", [
    # no contrast: the elided figure may be the victims ("the gunmen fired and three were wounded")
    "The gunmen fired on the crowd and three were wounded, police said.",
    # the wounded are named: a count of people
    "The attackers fled, though three people were wounded in the crossfire.",
])
def test_a_count_of_people_after_the_attackers_still_conflicts(quote):
    toll = _injured("toll", 25, TOLL, "Twenty-five", source="s2")
    part = _injured("part", 3, quote, "three", start=300)
    assert pairs(conflicts.find([toll, part], event_id="e1")) == {frozenset(("toll", "part"))}
