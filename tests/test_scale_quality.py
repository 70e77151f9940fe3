"""Clustering on a crowded desk: what keeps quality from decaying as the desk grows.

Each test builds claims in memory (the matcher's real code, no database needed) and
checks one behaviour added for large desks: provinces that differ count against a link,
a claim with no place pays for the crowd of its week, a province-level or placeless claim
does not bridge two towns, and the second pass picks the event that fits clearly best.
"""

from __future__ import annotations

import numpy as np

from reconcile.matching import build_batch, cluster_batch
from reconcile.matching.scoring import CROWD_REF, place_score, score_pairs, weekly_crowd


def _row(k, source, quote, **kw):
    return {"id": f"r{k}", "source_id": source, "kind": "killed", "quote": quote, "paragraph": 0,
            "published": "2022-06-08", "event_date": "2022-06-06", "date_precision": "day", **kw}


def _labels(rows):
    batch = build_batch(rows)
    labels = cluster_batch(batch).labels.tolist()
    return {cid: labels[k] for k, cid in enumerate(batch.ids)}


def test_two_known_provinces_that_differ_count_against_a_link():
    a = _row(0, "a", "Police said 9 people were killed in the blast.", value_low=9, value_high=9,
             place="Nangarhar", admin1="Nangarhar", country="Afghanistan", place_type="province")
    b = _row(1, "b", "Officials said 9 people were killed in the blast.", value_low=9, value_high=9,
             place="Kunar", admin1="Kunar", country="Afghanistan", place_type="province")
    same = dict(b, place="Nangarhar", admin1="Nangarhar")
    i, j = np.array([0]), np.array([1])
    s_differ, lo_differ = place_score(build_batch([a, b]), i, j)
    s_same, lo_same = place_score(build_batch([a, same]), i, j)
    assert s_differ[0] < 0.3 and lo_differ[0] < 0  # neither sentence names its province: evidence, not a veto
    # one province and itself: the same place (1.0), weak evidence (a province's log-odds, not a town's)
    assert s_same[0] == 1.0 and 0 < lo_same[0] < 1.0


def _crowd(n_reports, day="2022-06-06"):
    """Reports of other incidents, each in its own town, dated to the same week."""
    return [_row(100 + k, f"busy{k}", f"A bomb killed {k % 7 + 2} people in Town{k} on Monday.",
                 value_low=k % 7 + 2, value_high=k % 7 + 2, place=f"Town{k}", admin1=f"Province{k % 30}",
                 country="Afghanistan", event_date=day) for k in range(n_reports)]


def test_a_placeless_claim_pays_for_the_crowd_of_its_week():
    dated = _row(0, "a", "A suicide bombing in Kunduz killed 24 worshippers on Friday.", value_low=24,
                 value_high=24, victims="worshippers", place="Kunduz", admin1="Kunduz", country="Afghanistan",
                 event_type="suicide bombing")
    placeless = _row(1, "b", "The suicide bombing on Friday killed 24 worshippers.", value_low=24, value_high=24,
                     victims="worshippers", event_type="suicide bombing")
    quiet = build_batch([dated, placeless])
    busy = build_batch([dated, placeless] + _crowd(4 * CROWD_REF))
    assert weekly_crowd(quiet).max() <= 2
    assert weekly_crowd(busy)[0] > 4 * CROWD_REF
    i, j = np.array([0]), np.array([1])
    on_quiet = score_pairs(quiet, i, j, threshold=0.0).score[0]
    on_busy = score_pairs(busy, i, j, threshold=0.0).score[0]
    assert on_busy < on_quiet
    # on a small desk the pair still links, as it always did
    assert _labels([dated, placeless])["r0"] == _labels([dated, placeless])["r1"]


def test_a_province_level_claim_does_not_bridge_two_towns_of_its_province():
    market = _row(0, "a", "A bomb killed 9 people at a market in Jalalabad on Monday.", value_low=9, value_high=9,
                  place="Jalalabad", admin1="Nangarhar", country="Afghanistan", event_type="bombing")
    checkpoint = _row(1, "b", "A bomb killed 4 people at a checkpoint in Khogyani on Monday.", value_low=4,
                      value_high=4, place="Khogyani", admin1="Nangarhar", country="Afghanistan", event_type="bombing")
    province = _row(2, "c", "A bomb went off in Nangarhar province on Monday, killing 6.", value_low=6, value_high=6,
                    place="Nangarhar", admin1="Nangarhar", country="Afghanistan", event_type="bombing",
                    place_type="province")
    labels = _labels([market, checkpoint, province])
    assert labels["r0"] != labels["r1"]
    # a province-level report that shares a town's toll still joins that town's event
    same_toll = dict(province, value_low=9, value_high=9, quote="A bomb in Nangarhar province on Monday killed 9.")
    labels = _labels([market, checkpoint, same_toll])
    assert labels["r2"] == labels["r0"] != labels["r1"]


def test_a_placeless_report_joins_the_event_that_fits_clearly_best():
    def attack(k, town, perp, victims, toll):
        return _row(k, f"s{k}", f"A roadside bomb killed {toll} {victims} in {town} on Monday.", value_low=toll,
                    value_high=toll, place=town, admin1={"Asadabad": "Kunar"}.get(town, "Nangarhar"), country="Afghanistan",
                    event_type="roadside bomb", perpetrator=perp, victims=victims)

    a = attack(0, "Asadabad", "TTP", "soldiers", 5)
    b = attack(1, "Khogyani", "TTP", "people", 5)  # the same group; only the victims differ
    vague = _row(2, "v", "A roadside bomb killed 5 soldiers on Monday, TTP said.", value_low=5, value_high=5,
                 event_type="roadside bomb", perpetrator="TTP", victims="soldiers")
    labels = _labels([a, b, vague])
    assert labels["r2"] == labels["r0"] != labels["r1"]
    # when both fit as well, it stays on its own
    b_alike = attack(1, "Khogyani", "TTP", "soldiers", 5)
    labels = _labels([a, b_alike, vague])
    assert labels["r2"] not in (labels["r0"], labels["r1"])
