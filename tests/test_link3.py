"""Events and conflicts on real reports (issue 4): phenomena written in our own words.

- an event's date is the tightest window most of its claims are compatible with: a precise day is
  supported by the claims whose windows contain it ("in August", "last week"), so one wide window
  that merely overlaps every precise date no longer outvotes them;
- a gazetteer name that is part of a person's name (after a title, "spokesman Khogyani",
  "Mr Wardak"; a speaker, "..., Khogyani said", "Wardak told reporters") is not the event's place,
  while "in Khogyani district" or "died in Wardak, officials said" stay places.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import desk, rows

from reconcile.extract.places import best_place

# --------------------------------------------------------------------------- the event's date


def _event_of(con, file_name, low):
    got = [r for r in rows(con, file_name) if r["value_low"] == low and r["event_id"]]
    assert got, f"no linked claim with {low} in {file_name}"
    return dict(con.execute("select * from events where id = ?", [got[0]["event_id"]]).fetchone())


def test_a_month_wide_window_does_not_outvote_the_precise_day(tmp_path):
    # two reports date the market bombing to Monday 26 August, a third (filed after midnight) to the
    # 27th, a fourth only says "in August": the event is the 26th, not the whole month
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2024-08-27",
         "KUNDUZ, Afghanistan - A bomb exploded in a crowded market in Kunduz on Monday, killing nine people "
         "and wounding 20, police said."),
        ("b.txt", "Beta News", "2024-08-27",
         "Nine people were killed on Monday when a bomb went off in a market in Kunduz city, a provincial "
         "spokesman said."),
        ("c.txt", "Gamma Daily", "2024-08-28",
         "Health officials said on Wednesday that eleven people had died in the market bombing in Kunduz on "
         "Tuesday."),
        ("d.txt", "Delta Monitor", "2024-10-02",
         "In August, a bombing at a market in Kunduz killed nine people, the monitoring group said."),
    ])
    ev = _event_of(con, "a.txt", 9)
    assert _event_of(con, "d.txt", 9)["id"] == ev["id"]
    assert (ev["date_start"], ev["date_end"]) == ("2024-08-26", "2024-08-26")
    assert "2024-08-26" in ev["label"] and " to " not in ev["label"]


def test_a_week_wide_window_supports_the_day_it_contains(tmp_path):
    # "last week" (a week's window) and two reports of the same Thursday: Thursday
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2023-03-10",
         "QUETTA, Pakistan - Gunmen ambushed a police patrol in Quetta on Thursday, killing six officers, "
         "officials said."),
        ("b.txt", "Beta News", "2023-03-10",
         "Six policemen were shot dead in an ambush on their patrol in Quetta on Thursday, police said."),
        ("c.txt", "Gamma Daily", "2023-03-15",
         "Last week's ambush of a police patrol in Quetta killed six officers, the provincial police chief said."),
    ])
    ev = _event_of(con, "a.txt", 6)
    assert (ev["date_start"], ev["date_end"]) == ("2023-03-09", "2023-03-09")


def test_only_wide_windows_keep_their_window(tmp_path):
    # near-miss: when no claim gives a day, the event keeps the month it was given
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2022-12-20",
         "In November, a roadside bomb struck a minibus in Herat, killing seven passengers, officials said."),
    ])
    ev = _event_of(con, "a.txt", 7)
    assert (ev["date_start"], ev["date_end"]) == ("2022-11-01", "2022-11-30")


# --------------------------------------------------------------------------- a surname that is a place


@pytest.mark.parametrize("sentence", [
    "About 400 inmates stayed inside the compound, Khogyani said.",
    "Khogyani told reporters that twelve guards were among the dead.",
    "Nine people were killed, provincial spokesman Khogyani said.",
    "Nine people were killed, said the governor's spokesman Attaullah Khogyani.",
    "Mr Wardak said the assault had killed seven.",
    "A police spokesman, Ahmad Zia Wardak, said eleven were wounded.",
    "Governor Wardak visited the wounded in hospital on Sunday.",
    "Then Wardak also said that the gunmen had been killed.",
])
def test_a_surname_that_is_a_place_is_no_scene(sentence):
    assert best_place(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(("sentence", "place"), [
    ("The bomber struck a mosque in Khogyani district, killing eight.", "Khogyani"),
    ("Attacks in Nangarhar's Khogyani district killed four people.", "Khogyani"),
    ("Six people died in Wardak, officials said.", "Wardak Province"),
    ("Eight died in Khogyani on Friday, Wardak said.", "Khogyani"),
    ("Five died in Logar, said Dr Wardak.", "Logar Province"),
    ("Khogyani district chief Mohammad Ali said five died.", "Khogyani"),
])
def test_a_place_near_a_speaker_stays_a_place(sentence, place):
    found = best_place(sentence, 0, len(sentence))
    assert found is not None and found.name == place


def test_a_spokesmans_surname_does_not_place_the_event(tmp_path):
    # the spokesman's surname (a district) in the paragraph before must not become the place of a claim
    # whose sentence names none; the event stays in Jalalabad
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2020-08-03",
         "JALALABAD, Afghanistan - Gunmen stormed the prison in Jalalabad on Sunday evening after a car bomb "
         "blew open its gate.\n\n"
         "At least 29 people were killed, said Attaullah Khogyani, the governor's spokesman.\n\n"
         "Hundreds of inmates fled and about 300 are still missing, Khogyani said. Security officials said "
         "eight attackers died in the fighting."),
    ])
    places = {r["place"] for r in rows(con, "a.txt") if r["kind"] == "killed"}
    assert "Khogyani" not in places
    assert _event_of(con, "a.txt", 29)["place"] == "Jalalabad"
