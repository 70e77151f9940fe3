"""A toll update told within one report, then told again: the report's lead gives the newest figure, a
minister's earlier figure follows, then "the number of wounded had risen to N", then a doctor's "N wounded were
brought in".  The earlier figure against the later restatements is the report's own revision, not a conflict;
a figure of the report that the update does not explain still is one.

Every sentence here is written for this test.
"""

from __future__ import annotations

from test_conflicts import c, pairs

from reconcile import conflicts


def _w(id_, low, quote, start, claimant=None, high="same", source="s1"):
    return c(id_, low, low if high == "same" else high, "people", kind="injured", quote=quote, span_start=start,
             source_id=source, claimant=claimant, value_text=str(low))


LEAD = "Nine people were killed and 41 were wounded on Monday in the bombing of the bus depot, officials said."
MINISTER = "He said that nine people were killed and 30 were wounded, adding that the wounded were being treated."
RISEN = "Later, a hospital spokesman said that the number of wounded had risen to 41, according to a statement."
DOCTOR = "The doctor said 41 wounded people were brought to the hospital, of whom 12 were sent home."


def _report():
    return [_w("lead", 41, LEAD, 0), _w("minister", 30, MINISTER, 200, claimant="the interior minister"),
            _w("risen", 41, RISEN, 400, claimant="a hospital spokesman"), _w("doctor", 41, DOCTOR, 600,
                                                                             claimant="The doctor")]


def test_an_update_told_again_is_a_revision_not_a_conflict():
    found = conflicts.find(_report(), event_id="e1")
    assert pairs(found) == set()
    revised = {(r["earlier_claim"], r["later_claim"]) for r in found.revisions}
    assert {("minister", "risen"), ("minister", "lead"), ("minister", "doctor")} <= revised


def test_the_update_told_in_other_words_is_still_a_revision():
    report = _report()
    report[3] = _w("doctor", 40, "Doctors put the number of wounded at about 40 by the evening.", 600, high=44,
                   claimant="Doctors")
    assert pairs(conflicts.find(report, event_id="e1")) == set()


def test_a_figure_the_update_does_not_explain_still_conflicts():
    report = _report()
    report.append(_w("police", 60, "Police said 60 people were wounded.", 1500, claimant="Police"))
    got = pairs(conflicts.find(report, event_id="e1"))
    assert frozenset(("minister", "police")) in got and frozenset(("lead", "police")) in got


def test_without_the_update_two_voices_of_one_report_still_conflict():
    report = [r for r in _report() if r["id"] != "risen"]
    assert frozenset(("minister", "doctor")) in pairs(conflicts.find(report, event_id="e1"))


def test_another_report_s_figure_is_not_covered_by_this_report_s_update():
    other = _w("other", 30, "Officials said 30 people were wounded in the blast.", 0, claimant="Officials", source="s2")
    got = pairs(conflicts.find([*_report(), other], event_id="e1"))
    assert frozenset(("other", "lead")) in got
