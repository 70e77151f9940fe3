"""ctx12: conflicts the desk missed between two outlets' tolls of one incident.

* One voice revising its own first figure in its sentence ("the police chief initially said eight attackers were
  killed but later revised the count to seven") does not revise the figure another voice of the report gave before
  it (the army's eight): that figure still contradicts another report's seven.
* A headline's toll and a count of one group are no summands of an open "more than N" far below their sum: the
  report's other figures stay whole tolls, compared with the other outlets'.
* A police force's unit named by its name ("Elite Force personnel", "CTD officials") is police: its count is
  compared with "three police officials" elsewhere.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from test_conflicts import c, pairs

from reconcile import conflicts
from reconcile.extract.victims import victim_label

# --------------------------------------------------------------------------- one voice revising its own figure

ARMY = "Three guards died while six militants were killed by troops who repelled the raid on the depot, the army said."
REVISED = [
    "The district police chief initially said seven militants were shot dead but later revised the count to five.",
    "The district police chief first said seven raiders died, but he later revised the figure to five.",
    "Police chief Jane Roe originally said seven attackers had been killed, then later updated it to five.",
]


def _report(revised):
    return [c("army", 6, 6, "militants", quote=ARMY, span_start=0, source_id="s1", claimant="the army"),
            c("first", 7, 7, "militants", quote=revised, span_start=300, source_id="s1",
              claimant="The district police chief"),
            c("then", 5, 5, "militants", quote=revised, span_start=340, source_id="s1",
              claimant="The district police chief"),
            c("other", 5, 5, "militants", quote="Five attackers were killed, the governor said.", source_id="s2",
              claimant="the governor")]


@pytest.mark.parametrize("revised", REVISED)
def test_another_voices_figure_is_not_revised_by_a_voice_revising_its_own(revised):
    found = conflicts.find(_report(revised), event_id="e1")
    revised_pairs = {(r["earlier_claim"], r["later_claim"]) for r in found.revisions}
    assert ("first", "then") in revised_pairs
    assert ("army", "then") not in revised_pairs
    assert frozenset(("army", "other")) in pairs(found)


def test_near_miss_an_unnamed_later_revision_still_updates_the_figure_before():
    report = [c("early", 6, 6, "people", quote="Six people were killed in the raid, the army said.", span_start=0,
                source_id="s1", claimant="the army"),
              c("late", 9, 9, "people", quote="The toll later rose to nine.", span_start=200, source_id="s1")]
    found = conflicts.find(report, event_id="e1")
    assert pairs(found) == set() and found.revisions


# --------------------------------------------------------------------------- summands of an open toll

def test_a_headline_and_a_groups_count_are_no_parts_of_a_far_lower_open_toll():
    report = [c("head", 40, 40, "people", quote="40 killed in bus attack", source_id="s1", span_start=0),
              c("open", 42, None, "people", quote="More than 41 people were killed.", source_id="s1", span_start=60,
                value_text="More than 41"),
              c("men", 24, 24, "people", quote="Doctors said 24 men and 16 women were killed.", source_id="s1",
                span_start=120, claimant="Doctors"),
              c("other", 40, 40, "people", quote="Forty people were killed, the police chief said.", source_id="s2",
                claimant="the police chief"),
              c("hosp", 44, 44, "people", quote="Hospital staff reported 44 dead.", source_id="s3",
                claimant="Hospital staff")]
    got = pairs(conflicts.find(report, event_id="e1"))
    assert frozenset(("other", "hosp")) in got


def test_near_miss_parts_adding_up_to_an_open_toll_stay_parts():
    report = [c("total", 9, None, "people", quote="At least nine people were killed.", source_id="s1", span_start=0,
                value_text="At least nine"),
              c("a", 5, 5, "people", quote="Five died in the market.", source_id="s1", span_start=50),
              c("b", 4, 4, "people", quote="Four more died in the street nearby.", source_id="s1", span_start=90),
              c("other", 9, 9, "people", quote="Nine people were killed, police said.", source_id="s2")]
    assert pairs(conflicts.find(report, event_id="e1")) == set()


# --------------------------------------------------------------------------- a police unit by its name

@pytest.mark.parametrize("noun", ["five Elite Force personnel", "two Dolphin Force officials", "four CTD personnel",
                                  "three elite police force men", "six Counter-Terrorism Department officers"])
def test_a_police_unit_by_its_name_is_police(noun):
    assert victim_label(noun) == "police"


@pytest.mark.parametrize("noun, label", [("six Frontier Corps personnel", "soldiers"),
                                         ("ten security personnel", "security_forces"),
                                         ("five elite commandos", "soldiers")])
def test_near_miss_other_forces_keep_their_label(noun, label):
    assert victim_label(noun) == label


def test_a_police_units_count_conflicts_with_another_police_count():
    report = [c("unit", 5, 5, victim_label("five Elite Force personnel"), quote="Five Elite Force personnel died.",
                claimant="the police chief"),
              c("police", 3, 3, victim_label("three police officials"), quote="Three police officials died.",
                claimant="the DIG")]
    assert pairs(conflicts.find(report, event_id="e1")) == {frozenset(("unit", "police"))}
