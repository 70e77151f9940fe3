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
from phenomena_helpers import desk, extracted, rows

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


# --------------------------------------------------------------------------- conflicts: restated tolls, "among the dead"


def _claim(id_, low, high, quote, value_text, source_id, span_start=0, kind="killed", **kw):
    from test_conflicts import c
    return c(id_, low, high, "people", kind=kind, quote=quote, value_text=value_text, source_id=source_id,
             span_start=span_start, **kw)


def _conflict_pairs(claims):
    from test_conflicts import pairs

    from reconcile import conflicts
    return pairs(conflicts.find(claims, event_id="e1"))


@pytest.mark.parametrize("among", [
    "Women and children were among the dead, with an additional 29 wounded, the ministry said.",
    "Two policemen were among those killed and another 29 people were injured, officials said.",
    "Several children were among the dead, and the wounded numbered 29, a doctor said.",
])
def test_among_the_dead_does_not_make_the_wounded_a_part(among):
    # the phrase speaks of the dead: the 29 wounded are all the wounded, against another report's 45
    claims = [_claim("w29", 29, 29, among, "29", "s1", kind="injured"),
              _claim("w45", 45, 45, "Hospital officials said 45 people were wounded in the attack.", "45", "s2",
                     kind="injured")]
    assert _conflict_pairs(claims) == {frozenset(("w29", "w45"))}


def test_among_the_wounded_is_still_a_part_of_the_wounded():
    # near-miss: "among the wounded" names some of the wounded, no rival count
    claims = [_claim("w4", 4, 4, "Four children were among the wounded, police said.", "Four", "s1", kind="injured"),
              _claim("w45", 45, 45, "Hospital officials said 45 people were wounded in the attack.", "45", "s2",
                     kind="injured")]
    assert _conflict_pairs(claims) == set()


def _restated(source_id, first, toll):
    # one report restating one toll three times, and a UN "tens": the restatements are no parts of "tens"
    return [
        _claim(f"{source_id}a", first, first, f"Initial reports suggested that {first} people had been killed.",
               str(first), source_id, 0, claimant_role="unknown"),
        _claim(f"{source_id}b", toll, toll, f"The interior ministry on Wednesday raised the toll to {toll}.",
               str(toll), source_id, 100, claimant="interior ministry", claimant_role="official"),
        _claim(f"{source_id}c", toll, toll, f"Officials have put the number of fatalities at {toll}.", str(toll),
               source_id, 200, claimant="officials", claimant_role="official"),
        _claim(f"{source_id}d", 20, 99, '"Tens" were killed, the UN said.', "Tens", source_id, 300,
               claimant="UN", claimant_role="international_org"),
    ]


def test_restated_tolls_do_not_add_up_to_a_vague_total():
    other = _claim("x5", 5, 5, "A suicide bomber outside a bank killed five people, police said.", "five", "s2",
                   claimant="police", claimant_role="official")
    found = _conflict_pairs(_restated("s1", 5, 8) + [other])
    assert frozenset(("x5", "s1b")) in found  # 5 against 8: two reports disagree
    assert frozenset(("s1c", "s1d")) in found  # 8 against "tens"


@pytest.mark.parametrize(("told", "value_text"), [
    ("The death toll has risen to 48, the hospital superintendent said.", "48"),
    ("Officials said the toll climbed to 48 by the evening.", "48"),
    ("A total of 48 people were killed, the provincial minister said.", "48"),
    ("The health department put the number of the dead at 48.", "48"),
])
def test_a_toll_told_as_the_whole_is_no_summand(told, value_text):
    # "at least 61" and two smaller figures of the same report: the 48 is the toll at another hour (or
    # another voice's), never a part that adds up to the 61 with the 20
    from reconcile.tollparts import summands
    claims = [_claim("t61", 61, None, "At least 61 people were killed in the blast on Friday.", "At least 61", "s1", 0),
              _claim("t48", 48, 48, told, value_text, "s1", 300, claimant="hospital superintendent"),
              _claim("t20", 20, 20, "Twenty died at the scene, a witness said.", "Twenty", "s1", 600, claimant="witness")]
    assert "t48" not in summands(claims)


def test_a_total_of_is_a_rival_count():
    claims = [_claim("t61", 61, None, "At least 61 people were killed in the blast on Friday.", "At least 61", "s1", 0),
              _claim("t48", 48, 48, "A total of 48 people were killed, the provincial minister said.", "48", "s1", 300,
                     claimant="provincial minister"),
              _claim("t20", 20, 20, "Twenty died at the scene, a witness said.", "Twenty", "s1", 600, claimant="witness"),
              _claim("o53", 53, 53, "Fifty-three people were killed, officials said.", "53", "s2", 0,
                     claimant="officials")]
    assert frozenset(("t48", "o53")) in _conflict_pairs(claims)


def test_a_rise_below_the_toll_it_follows_is_no_revision_down():
    # "at least 61" then "the toll has risen to 48": a live blog's older entry (48 -> 61), never a revision down
    from reconcile import conflicts
    found = conflicts.find([
        _claim("t61", 61, None, "At least 61 people were killed in the blast on Friday.", "At least 61", "s1", 0),
        _claim("t48", 48, 48, "The death toll has risen to 48, the hospital superintendent said.", "48", "s1", 300,
               claimant="hospital superintendent")], event_id="e1")
    assert [(r["earlier_claim"], r["later_claim"], r["direction"]) for r in found.revisions] == [("t48", "t61", "up")]


def test_parts_that_add_up_stay_parts():
    # near-miss: figures per site that add up to the report's total are parts, no conflict
    claims = [_claim("tot", 30, 30, "Thirty people were killed in the two blasts, officials said.", "Thirty", "s1", 0),
              _claim("p1", 20, 20, "Twenty died near the mosque, police said.", "Twenty", "s1", 100),
              _claim("p2", 10, 10, "Ten more were killed outside the market, a doctor said.", "Ten", "s1", 200),
              _claim("o30", 30, 30, "The blasts killed 30 people.", "30", "s2", 0)]
    assert _conflict_pairs(claims) == set()


def test_the_figure_a_toll_rose_from_is_the_older_one():
    # "has risen to at least 170" ... "the toll has risen since Thursday, when officials put it at about 60":
    # the 60 is what the toll rose from (a revision up), not a rival count
    from reconcile import conflicts
    found = conflicts.find([
        _claim("r170", 170, None, "The number killed in the bombing has risen to at least 170, aid workers said.",
               "at least 170", "s1", 0, claimant="aid workers"),
        _claim("r60", 54, 66, "The toll has risen steadily since Thursday, when officials put the number of dead at "
               "about 60.", "about 60", "s1", 300, claimant="officials")], event_id="e1")
    assert found.conflicts == []
    assert [(r["earlier_claim"], r["later_claim"], r["direction"]) for r in found.revisions] == [("r60", "r170", "up")]


# --------------------------------------------------------------------------- a page with no date at all

_DATED = ("PARACHINAR, Pakistan - A suicide bomber blew himself up in a crowded vegetable market in Parachinar on "
          "Friday, killing 23 people and wounding 50, officials said.")
_TIMELESS = ("Market bombing in Parachinar\n\n"
             "A suicide bomber struck the vegetable market of Parachinar during the morning rush, and 25 people were "
             "martyred and dozens were injured, local elders said.\n")


def _event_ids(con, names):
    return {r["event_id"] for n in names for r in rows(con, n) if r["kind"] == "killed"}


def test_an_undated_unpublished_page_joins_its_towns_one_fitting_event(tmp_path):
    con = desk(tmp_path, [("dated.txt", "Alpha Wire", "2017-03-31", _DATED),
                          ("page.txt", "Web Page", None, _TIMELESS)])
    assert len(_event_ids(con, ["dated.txt", "page.txt"])) == 1


def test_an_undated_page_stays_apart_when_its_town_saw_two_such_attacks(tmp_path):
    # near-miss: two suicide bombings in the town's markets years apart; the page could be either
    other = ("PARACHINAR, Pakistan - A suicide bomber attacked a busy market in Parachinar on Saturday, killing 12 "
             "people, police said.")
    con = desk(tmp_path, [("dated.txt", "Alpha Wire", "2017-03-31", _DATED),
                          ("other.txt", "Beta News", "2015-12-12", other),
                          ("page.txt", "Web Page", None, _TIMELESS)])
    ids = {n: _event_ids(con, [n]) for n in ("dated.txt", "other.txt", "page.txt")}
    assert ids["dated.txt"] != ids["other.txt"]
    assert not ids["page.txt"] & (ids["dated.txt"] | ids["other.txt"])


def test_an_undated_page_added_later_joins_the_same_event(tmp_path):
    # incremental: the page arrives after the dated report (and a dated report after the page)
    from reconcile.ingest import ingest
    from reconcile.store import open_db

    con = desk(tmp_path, [("dated.txt", "Alpha Wire", "2017-03-31", _DATED)])
    con.close()
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "page.txt").write_text(_TIMELESS, encoding="utf-8")
    (folder / "manifest.csv").write_text("path,title,publisher,author,url,published\npage.txt,page,Web Page,,,\n",
                                         encoding="utf-8")
    db = open_db(tmp_path / "desk.db")
    try:
        assert ingest(db, [], folder / "manifest.csv").errors == []
    finally:
        db.close()
    import sqlite3
    con = sqlite3.connect(tmp_path / "desk.db")
    con.row_factory = sqlite3.Row
    assert len(_event_ids(con, ["dated.txt", "page.txt"])) == 1


# --------------------------------------------------------------------------- "Separately," another incident

_LEAD = ("DERA ISMAIL KHAN, Pakistan - Militants stormed a police post in Daraban on Tuesday, killing 23 soldiers, "
         "the army said. ")


@pytest.mark.parametrize(("sentence", "low"), [
    ("Separately, two military operations in Darazinda and Kolachi killed 21 militants, the army said.", 21),
    ("Elsewhere, a roadside bomb killed three soldiers in Kech district on Monday.", 3),
    ("Separately, an attack on a checkpoint in Tank killed four policemen.", 4),
    ("Elsewhere, in an encounter with police in Lakki Marwat, 6 militants were killed.", 6),
])
def test_separately_tells_another_incident(sentence, low):
    got = [c for c in extracted(_LEAD + sentence, "killed", "2023-12-13", "Dawn", "x.txt") if c.value_low == low]
    assert got and got[0].recalled


@pytest.mark.parametrize(("sentence", "low"), [
    ("Separately, police said the toll from the attack had risen to 25.", 25),
    ("Separately, the army said 27 militants were killed in the attack.", 27),
])
def test_separately_with_the_same_attack_stays_its_claim(sentence, low):
    # near-miss: another statement about the report's own attack
    got = [c for c in extracted(_LEAD + sentence, "killed", "2023-12-13", "Dawn", "x.txt") if c.value_low == low]
    assert got and not got[0].recalled


@pytest.mark.parametrize("quote", [
    "Ten people succumbed to the terrorist attack on the election office, officials said.",
    "At least ten people succumbed to the blast at the rally.",
])
def test_succumbed_to_the_attack_is_the_toll(quote):
    # "succumbed to the attack" is how they died in it, not the wounded who died later (a part of a toll)
    claims = [_claim("a10", 10, 10, quote, "Ten" if quote.startswith("Ten") else "At least ten", "s1"),
              _claim("b12", 12, 12, "Twelve people were killed in the bombing, police said.", "Twelve", "s2")]
    assert _conflict_pairs(claims) == {frozenset(("a10", "b12"))}


def test_succumbed_to_their_injuries_is_still_a_part():
    # near-miss: the wounded who died later add to a toll told before
    claims = [_claim("a2", 2, 2, "Two wounded policemen later succumbed to their injuries in hospital.", "Two", "s1", 300),
              _claim("b12", 12, 12, "Twelve people were killed in the bombing, police said.", "Twelve", "s2")]
    assert _conflict_pairs(claims) == set()


def test_an_undated_raid_report_does_not_join_the_towns_attack(tmp_path):
    # near-miss: an undated page about a raid on a hideout in the town (five militants killed) shares only a kind
    # of attack and a common toll with the town's one attack: it stays apart
    raid = ("Forces raid hideout in Parachinar\n\n"
            "Security forces stormed a militant hideout in Parachinar and killed five militants, a spokesman said.\n")
    attack = ("PARACHINAR, Pakistan - Gunmen stormed a market in Parachinar on Friday and shot dead five shoppers "
              "before fleeing, police said.")
    con = desk(tmp_path, [("attack.txt", "Alpha Wire", "2017-03-31", attack), ("raid.txt", "Web Page", None, raid)])
    assert not _event_ids(con, ["raid.txt"]) & _event_ids(con, ["attack.txt"])
