"""A weekday one day after the publication day's (the region runs ahead of UTC).

A report's ``published`` is a day (often UTC, or an outlet's zone far west of the region), while Pakistan,
Afghanistan and Iran run 3.5 to 5 hours ahead: a report stamped late on a Saturday evening (UTC) is written
on the region's Sunday, and its "the army said on Sunday" is that Sunday, not the Sunday six days back.
Without a clock in the report, a statement's day or a day to come one day after the publication day is
that next day; an event's day stays six days back ("On Sunday night, inmates rioted" in a weekly digest).
Written in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest
from phenomena_helpers import extracted

from reconcile.extract.dates import find_dates, report_clock

SAT = "2024-03-16"  # a Saturday


def _weekday_value(text: str, word: str, published: str = SAT) -> str:
    pub = dt.date.fromisoformat(published)
    refs = [d for d in find_dates(text, 0, len(text), pub) if text[d.start : d.end].startswith(word)]
    assert refs, text
    return refs[0].value


# --------------------------------------------------------------------------- a clock in the head


@pytest.mark.parametrize("head", [
    "2024-03-16T21:40:02+00:00\n\n",
    "Posted 2024-03-16 20:15 UTC\n\n",
    "Last updated: 22:05 GMT\n\n",
    "Updated 10:50 pm GMT, March 16\n\n",
    "2024-03-17T01:30:00+04:30\n\n",
])
def test_a_late_utc_stamp_makes_the_next_weekday_the_regions_today(head):
    text = head + "Quetta\n\nEleven soldiers died in an ambush overnight, the military said on Sunday."
    assert report_clock(text, dt.date.fromisoformat(SAT)) is True
    assert _weekday_value(text, "Sunday") == "2024-03-17"


@pytest.mark.parametrize("head", [
    "2024-03-16T09:12:44+00:00\n\n",  # the morning: the region's Saturday afternoon
    "Updated 14:05 GMT\n\n",
    "16 Mar 2024, 21:49\n\n",  # a clock of no zone: the outlet's own day
])
def test_an_early_or_zoneless_stamp_keeps_the_event_sunday_six_days_back(head):
    text = head + "On Sunday night, gunmen killed four guards at a checkpoint near Turbat."
    assert report_clock(text, dt.date.fromisoformat(SAT)) is False
    assert _weekday_value(text, "Sunday") == "2024-03-10"


def test_a_late_stamp_on_the_day_itself_changes_no_other_weekday():
    text = "2024-03-16T21:40:02+00:00\n\nThe blast on Thursday killed nine; officials spoke on Saturday."
    assert _weekday_value(text, "Thursday") == "2024-03-14"
    assert _weekday_value(text, "Saturday") == "2024-03-16"


# --------------------------------------------------------------------------- no clock: said or to come


@pytest.mark.parametrize("sentence", [
    "Twenty-three soldiers were killed repelling a night assault on border posts, the army said on Sunday.",
    "The interior ministry on Sunday said 23 soldiers had died in the overnight fighting.",
    "In a statement issued Sunday, the military put its losses at 23 soldiers.",
    "A provincial spokesman told reporters on Sunday that 23 troops were killed in the raid.",
    "The ceasefire is due to end on Sunday, officials said, after the overnight raid that killed 23.",
])
def test_without_a_clock_a_statements_next_weekday_is_the_next_day(sentence):
    assert _weekday_value(sentence, "Sunday") == "2024-03-17"


@pytest.mark.parametrize("sentence", [
    "On Sunday night, inmates rioted at the prison and three guards were killed.",  # an event's day
    "Last Sunday, officials said, 23 soldiers died in the fighting.",
    "The toll from last Sunday's bombing rose to 23, officials said.",
    "The military said the previous Sunday that its posts had come under fire.",
])
def test_without_a_clock_an_events_sunday_and_last_sunday_stay_six_days_back(sentence):
    assert _weekday_value(sentence, "Sunday") == "2024-03-10"


def test_on_sunday_in_a_tuesday_report_is_two_days_back():
    assert _weekday_value("The army said on Sunday that 23 soldiers died.", "Sunday", "2024-03-19") == "2024-03-17"


# --------------------------------------------------------------------------- end to end


def test_a_late_stamped_reports_lead_takes_the_regions_day():
    text = ("Border fighting leaves 23 soldiers dead\n\n2024-03-16T22:10:00+00:00\n\n"
            "Twenty-three Pakistani soldiers were killed while fighting off an overnight attack on border posts, "
            "the army said on Sunday.\n\nThe military said its troops had retaken every post by dawn.\n")
    claims = [c for c in extracted(text, "killed", SAT, "A desk", "late.txt") if c.value_low == 23]
    assert claims and claims[0].event_date == "2024-03-17"


# --------------------------------------------------------------------------- a day in figures


@pytest.mark.parametrize("text, published, day", [
    ("03/14/2010: Two gunmen stormed a police post in the district, killing six officers.", None, "2010-03-14"),
    ("Six officers were killed, on Sunday 03/14/2010 evening, when gunmen stormed their post.", "2010-03-15",
     "2010-03-14"),
    ("14/03/2010: Two gunmen stormed a police post, killing six officers.", None, "2010-03-14"),
    # both readings are days: the one on or before the publication day, nearest it
    ("The bombing on 05/04/2019 killed nine people at a market.", "2019-04-10", "2019-04-05"),
    ("The bombing on 05/04/2019 killed nine people at a market.", "2019-05-10", "2019-05-04"),
])
def test_a_day_in_figures_in_prose_is_read(text, published, day):
    pub = dt.date.fromisoformat(published) if published else None
    refs = [d for d in find_dates(text, 0, len(text), pub) if "/" in text[d.start : d.end]]
    assert [d.value for d in refs] == [day]


@pytest.mark.parametrize("text", [
    "updated 3/14/2010 6:19:52 PM ET",
    "Posted by the desk on 03/14/2010 - 10:45",
    "03/14/2010",
    "Scores were 12/14/2010 in the ledger",
])
def test_a_pages_stamp_in_figures_dates_nothing(text):
    refs = [d for d in find_dates(text, 0, len(text), dt.date(2010, 3, 15)) if "/" in text[d.start : d.end]]
    assert refs == []


@pytest.mark.parametrize("text, day", [
    ("On this date, the 14th of March in 2010, gunmen stormed a police post and killed six officers.", "2010-03-14"),
    ("It was the 3rd of March, in 2012, when the bomb killed nine people.", "2012-03-03"),
    ("Gunmen killed six officers on 14 March 2010.", "2010-03-14"),
])
def test_a_day_of_a_month_in_a_year(text, day):
    refs = [d for d in find_dates(text, 0, len(text), dt.date(2018, 3, 20)) if d.precision == "day"]
    assert [d.value for d in refs] == [day]


def test_a_day_of_a_month_with_no_year_stays_the_reports_year():
    text = "On 14 March in Quetta, gunmen killed six officers."
    assert [d.value for d in find_dates(text, 0, len(text), dt.date(2018, 3, 20))] == ["2018-03-14"]


# --------------------------------------------------------------------------- a paragraph's date of no attack


@pytest.mark.parametrize("aside", [
    "The consulate had cut its staff after protests over a film shown in February, diplomats said.",
    "In January the mission had asked for more guards, a diplomat recalled.",
    "Its ambassador only arrived in March, according to the ministry's website.",
])
def test_a_month_of_something_else_in_the_paragraph_does_not_date_a_later_toll(aside):
    text = ("KABUL, May 6, 2019 (Wire) - A car bomb outside a consulate in Kabul killed at least nine people on "
            "Monday, officials said.\n\n" + aside + " "
            "State television said at least nine people died and many more were hurt. "
            "A security official said at least seven were killed, including two guards.\n")
    got = {c.value_low: c.event_date for c in extracted(text, "killed", "2019-05-06", "Wire", "k.txt")}
    assert got[7] == "2019-05-06"


def test_a_paragraph_day_of_the_attack_still_dates_the_toll_after_it():
    text = ("Officials gave few details on Tuesday.\n\n"
            "A bomb exploded at a market in Kunduz on Monday. "
            "Police said at least seven were killed.\n")
    got = {c.value_low: c.event_date for c in extracted(text, "killed", "2019-05-07", "Wire", "k.txt")}
    assert got[7] == "2019-05-06"


# --------------------------------------------------------------------------- a page's update line with its clock


@pytest.mark.parametrize("line, day", [
    ("Page last updated at 08:13 GMT, Tuesday, 3 March 2009", "2009-03-03"),
    ("Last updated at 9:40 pm PKT, 4 March 2009", "2009-03-04"),
    ("Published: 2025-03-16", "2025-03-16"),
])
def test_a_pages_update_line_with_a_clock_is_its_date_line(line, day):
    from reconcile.extract.dates import dateline_date

    assert dateline_date(line, 0, len(line))[0].isoformat() == day


def test_a_lead_with_no_day_under_a_stamped_update_line_takes_that_day_loosely():
    text = ("Page last updated at 08:13 GMT, Tuesday, 3 March 2009\n\n"
            "Gunmen attack a convoy\n\n"
            "Gunmen have attacked a convoy on its way to the stadium in Lahore.\n\n"
            "At least six policemen guarding the convoy were killed, along with a driver.\n")
    c = [c for c in extracted(text, "killed", "2009-03-03", "A broadcaster", "b.txt") if c.value_low == 6][0]
    assert (c.event_date, c.date_precision) == ("2009-03-03", "week")
