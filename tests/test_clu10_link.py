"""Links between reports told at a coarse precision, a report's undated remainder, and two incidents one report
dates a day apart (reconcile.matching.scoring, .coarse, .clustering).

* Two reports' recaps told at a province's and a month's precision ("the province was hit by a truck bomb
  in July that killed dozens", "in July, some 89 died in a truck bombing in the same province") are one
  event at that precision; recaps with tolls that cannot meet, or of a small toll, are not.
* An event made only of one report's undated claims joins the report's one dated event when provinces agree.
* A report telling two different figures on two days, each dated by its own sentence ("on Sunday ... 18";
  "On Saturday ... 36"), tells two incidents: other reports' claims do not chain them into one.

Every report and sentence here is written for this test.
"""

from __future__ import annotations

import numpy as np
from phenomena_helpers import desk, one_row, rows

from reconcile.matching import build_batch, cluster_batch
from reconcile.matching.coarse import period_total, undated_remainders


def _paktika(tmp_path, recap_u: str, recap_v: str):
    u = ("Bomber strikes volleyball match in Paktika\n\n"
         "A suicide bomber killed 45 people at a volleyball match in Yahya Khel district of Paktika province on "
         f"Sunday, officials said.\n\n{recap_u}\n")
    v = ("Dozens die at Afghan sports event\n\n"
         "At least 45 people died when a bomber blew himself up at a volleyball game in Yahya Khel, Paktika, on "
         f"Sunday.\n\n{recap_v}\n")
    return desk(tmp_path, [("u.txt", "Kabul Desk", "2014-11-24", u), ("v.txt", "World Wire", "2014-11-25", v)])


def test_two_reports_month_and_province_recaps_of_one_bombing_are_one_event(tmp_path):
    con = _paktika(tmp_path,
                   "The province was hit by a huge truck bomb in July that tore through a busy bazaar, killing dozens of people.",
                   "In July, some 89 people died when a truck bomb exploded at a crowded market in the same province.")
    u, v = rows(con, "u.txt", "killed"), rows(con, "v.txt", "killed")
    recap_u = next(r for r in u if "July" in r["quote"])
    recap_v = next(r for r in v if "July" in r["quote"])
    assert (recap_u["date_precision"], recap_v["date_precision"]) == ("month", "month")
    assert recap_u["event_id"] == recap_v["event_id"]
    assert recap_u["event_id"] != one_row(u, 45)["event_id"]


def test_month_recaps_whose_tolls_cannot_meet_stay_apart(tmp_path):
    con = _paktika(tmp_path,
                   "The province was hit by a roadside bomb in July that killed five people near a bazaar.",
                   "In July, some 89 people died when a truck bomb exploded at a crowded market in the same province.")
    recap_u = next(r for r in rows(con, "u.txt", "killed") if "July" in r["quote"])
    recap_v = next(r for r in rows(con, "v.txt", "killed") if "July" in r["quote"])
    assert recap_u["event_id"] != recap_v["event_id"]


# --------------------------------------------------------------------------- a report's undated remainder

def _row(k, source, quote, dated=True, **kw):
    return {"id": f"r{k}", "source_id": source, "kind": "killed", "quote": quote, "paragraph": k,
            "published": "2009-09-05", "event_date": "2009-09-04" if dated else None,
            "date_precision": "day" if dated else None, "place": "Kunduz", "admin1": "Kunduz",
            "country": "Afghanistan", "event_type": "airstrike", **kw}


def test_a_report_s_undated_claims_join_its_one_dated_event():
    b = build_batch([
        _row(0, "x", "A NATO air strike killed 90 people near Kunduz on Friday.", value_low=90, value_high=90),
        _row(1, "w", "More than 90 people died in a NATO air strike near Kunduz on Friday.", value_low=91),
        _row(2, "w", "The Kunduz governor said 45 fighters died in the air strike.", dated=False, value_low=45, value_high=45),
        _row(3, "w", "The Kunduz police chief said 65 fighters were among the dead.", dated=False, value_low=65, value_high=65),
    ])
    labels = np.array([0, 0, 2, 2])
    assert undated_remainders(b, labels).tolist() == [0, 0, 0, 0]


def test_an_undated_remainder_of_another_province_or_another_kind_stays_apart():
    base = [
        _row(0, "x", "A NATO air strike killed 90 people near Kunduz on Friday.", value_low=90, value_high=90),
        _row(1, "w", "More than 90 people died in a NATO air strike near Kunduz on Friday.", value_low=91),
    ]
    other_province = build_batch(base + [
        _row(2, "w", "In Baghlan, the governor said 45 people died.", dated=False, value_low=45, value_high=45,
             place="Baghlan", admin1="Baghlan")])
    assert undated_remainders(other_province, np.array([0, 0, 2])).tolist() == [0, 0, 2]
    other_kind = build_batch(base + [
        _row(2, "w", "A suicide bomber killed 12 people at a mosque in Kunduz.", dated=False, value_low=12,
             value_high=12, event_type="suicide bombing")])
    assert undated_remainders(other_kind, np.array([0, 0, 2])).tolist() == [0, 0, 2]


def test_an_undated_remainder_of_a_report_with_two_dated_events_stays_apart():
    b = build_batch([
        _row(0, "w", "A NATO air strike killed 90 people near Kunduz on Friday.", value_low=90, value_high=90),
        _row(1, "w", "On Tuesday, a NATO air strike near Kunduz killed 12 people.", value_low=12, value_high=12,
             event_date="2009-09-01"),
        _row(2, "w", "The Kunduz governor said 45 fighters died.", dated=False, value_low=45, value_high=45),
    ])
    assert undated_remainders(b, np.array([0, 1, 2])).tolist() == [0, 1, 2]


# --------------------------------------------------------------------------- two days, two incidents

def _day(k, source, quote, low, date, paragraph=0):
    return {"id": f"d{k}", "source_id": source, "kind": "killed", "quote": quote, "paragraph": paragraph,
            "published": "2018-06-18", "event_date": date, "date_precision": "day", "value_low": low,
            "value_high": None, "place": "Jalalabad", "admin1": "Nangarhar", "country": "Afghanistan",
            "event_type": "suicide bombing"}


def test_two_figures_a_report_dates_a_day_apart_stay_two_events_through_other_reports():
    b = build_batch([
        _day(0, "a", "A suicide bomber killed at least 18 people at a crowd in Jalalabad on Sunday, officials said.", 18,
             "2018-06-17"),
        _day(1, "a", "On Saturday, a suicide bombing at a gathering in Jalalabad killed at least 36 people.", 36,
             "2018-06-16", paragraph=3),
        _day(2, "b", "A suicide bomber struck a gathering in Jalalabad on Saturday, killing 36 people.", 36, "2018-06-16"),
        _day(3, "c", "At least 25 people were killed on Saturday when a suicide bomber hit a crowd in Jalalabad.", 25,
             "2018-06-16"),
        _day(4, "d", "The suicide bombing in Jalalabad on Sunday outside the governor's office killed 18 people.", 18,
             "2018-06-17"),
    ])
    labels = cluster_batch(b).labels.tolist()
    assert labels[0] != labels[1]
    assert labels[1] == labels[2] == labels[3] and labels[0] == labels[4]


def test_one_figure_a_report_dates_on_two_days_is_left_to_the_evidence():
    b = build_batch([
        _day(0, "a", "Officials confirmed on Thursday that a drone strike in Jalalabad killed 30 farmers.", 30, "2018-06-17"),
        _day(1, "a", "The drone hit the farmers' camp in Jalalabad on Wednesday, killing 30 people.", 30, "2018-06-16",
             paragraph=2),
        _day(2, "b", "A drone strike on Wednesday killed 30 pine nut farmers near Jalalabad.", 30, "2018-06-16"),
    ])
    labels = cluster_batch(b).labels.tolist()
    assert labels[0] == labels[1] == labels[2]


def test_a_total_naming_its_stretch_of_time_is_a_period_total():
    for q in ("The attack on Tuesday was the fifth this year on Shia mosques, killing a total of 44.",
              "Since March, 40 people have died in attacks in the district.",
              "In the past two weeks, 12 soldiers were killed in three ambushes.",
              "In the current year the country has recorded 4,000 deaths [data till November 2]."):
        assert period_total(q), q
    for q in ("In early May, eight people, two policemen among them, died in two separate attacks.",
              "At least five guards were killed in two attacks in the province, state media said on Thursday."):
        assert not period_total(q), q


# --------------------------------------------------------------------------- a page's links to other stories

def test_a_headline_of_another_story_below_the_lead_is_told_apart():
    from reconcile.cluster import other_story

    title = "Air strikes on a Khyber village kill 30, say residents"
    for line in ("Blast at Bus Stand: 4 Killed, 9 Injured in Explosion in Quetta",
                 "Pakistan: Two Dead, Several Hurt as Grenade Hits Market in Bannu (Watch Video).",
                 "Gunmen Kill Three Policemen at Checkpost in Dera Ismail Khan"):
        assert other_story(line, title), line
    for line in ("Air Strikes on Khyber Village Kill 30, Residents Say",  # the report's own title again
                 "However, the Provincial Police Said Five People Were Killed In the Attack.",  # a sentence, oddly capitalised
                 "Among the dead were two Afghans, three Uzbeks and a Tajik.",
                "The Provincial Government stated that the Gunmen KILLED 26 Hostages, While Troops Killed All 33 Attackers.",
                 '4. ^ "Militants Claim Market Bombing That Killed 27". Wire.'):  # a reference list's entry
        assert not other_story(line, title), line
