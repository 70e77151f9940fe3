"""Round K phenomena of places, dates, linking and conflicts, written in our own words.

- a landmark (an airport, a mountain's base camp, a university, an air base) names the place it lies in:
  data users extend (``reconcile/data/landmarks.yaml``, ``claims/landmarks.yaml``, ``RECONCILE_LANDMARKS``);
- a person's name that looks like a month's short form ("Li Jun", "Jan Mohammad") dates nothing;
- a city's dateline closed by an agency's bracket ("Karachi, Oct 7 (PTI) Two ...") places the report in that
  city and its day is the day the report was filed, not the attack's ("on Sunday night" dates it);
"""

from __future__ import annotations

import pytest
from phenomena_helpers import conflicting, desk, extracted, one, rows

from reconcile import gazetteer
from reconcile.matching.features import date_in_text, months_in_text, sentence_date

# --------------------------------------------------------------------------- landmarks


@pytest.mark.parametrize("sentence, place, admin1", [
    ("The blast went off near Jinnah International Airport late on Sunday.", "Karachi", "Sindh"),
    ("Gunmen stormed the Diamir base camp of Nanga Parbat overnight.", "Diamer", "Gilgit-Baltistan"),
    ("Climbers camped below Nanga Parbat were shot dead.", "Diamer", "Gilgit-Baltistan"),
    ("Insurgents attacked the American University of Afghanistan on Wednesday evening.", "Kabul", "Kabul"),
    ("A suicide bomber struck outside Abbey Gate as crowds waited.", "Kabul", "Kabul"),
    ("Militants tried to storm Minhas Air Base before dawn.", "Attock", "Punjab"),
    ("Soldiers at Camp Shaheen were attacked at Friday prayers.", "Mazar-i-Sharif", "Balkh"),
])
def test_a_landmark_names_the_place_it_lies_in(sentence, place, admin1):
    found = gazetteer.find_places(sentence)
    assert found, sentence
    assert found[-1].place.name == place and found[-1].place.admin1 == admin1, sentence
    # the mention keeps the landmark's own words: provenance of the place
    assert sentence[found[-1].start : found[-1].end] == found[-1].text


@pytest.mark.parametrize("sentence", [
    # near-misses: a square named like a landmark of another city, a hotel several cities have
    "A bomb went off at Bacha Khan Chowk in the evening rush.",
    "The car bomb exploded in the parking area of the Serena Hotel.",
    "A blast hit the main airport terminal.",
])
def test_a_name_that_is_no_landmark_names_no_place(sentence):
    assert gazetteer.find_places(sentence) == [], sentence


def test_a_landmarks_city_wins_over_a_landmark_of_its_name():
    # a place's own name is never taken for a landmark's
    assert gazetteer.lookup("Karachi").name == "Karachi"
    assert gazetteer.lookup("Jinnah International Airport").name == "Karachi"


def test_users_extend_the_landmarks(tmp_path, monkeypatch):
    f = tmp_path / "l.yaml"
    f.write_text("landmarks:\n  - {name: Hotel Silver Pine, place: Quetta, variants: [Silver Pine Hotel]}\n")
    monkeypatch.setenv("RECONCILE_LANDMARKS", str(f))
    try:
        gazetteer.reload()
        hit = gazetteer.find_places("A car bomb went off outside the Silver Pine Hotel on Tuesday.")
        assert [(m.text, m.place.name, m.place.admin1) for m in hit] == [("Silver Pine Hotel", "Quetta", "Balochistan")]
    finally:
        monkeypatch.delenv("RECONCILE_LANDMARKS")
        gazetteer.reload()
    assert gazetteer.find_places("outside the Silver Pine Hotel") == []


def test_a_landmark_of_no_known_place_names_the_file(tmp_path, monkeypatch):
    f = tmp_path / "bad_landmarks.yaml"
    f.write_text("landmarks:\n  - {name: Some Base, place: Atlantis}\n")
    monkeypatch.setenv("RECONCILE_LANDMARKS", str(f))
    try:
        with pytest.raises(ValueError, match="Atlantis"):
            gazetteer.reload()
    finally:
        monkeypatch.delenv("RECONCILE_LANDMARKS")
        gazetteer.reload()


@pytest.mark.parametrize("second", [
    "An explosion near Jinnah International Airport on Sunday night killed two Chinese engineers.",
    "Two Chinese engineers died on Sunday night when a car bomb hit their convoy outside Jinnah International Airport.",
    "On Sunday night a suicide car bomb targeting a convoy by the Jinnah Terminal killed two Chinese engineers.",
])
def test_an_attack_at_a_landmark_joins_the_same_attack_told_with_its_city(tmp_path, second):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2024-10-07",
         "Two Chinese engineers were killed in a suicide car bombing in Karachi on Sunday night, police said."),
        ("b.txt", "Beta News", "2024-10-07", second),
    ])
    a = [r for r in rows(con, "a.txt", "killed") if r["value_low"] == 2]
    b = [r for r in rows(con, "b.txt", "killed") if r["value_low"] == 2]
    assert a and b, second
    assert b[0]["place"] == "Karachi", second
    assert a[0]["event_id"] == b[0]["event_id"], second


# --------------------------------------------------------------------------- a name like a month


@pytest.mark.parametrize("quote", [
    "The blast killed three people, including Chinese citizens Li Jun and Sun Hua, and injured a dozen.",
    "Police named the dead as Jan Mohammad and Gul Jan, both guards.",
    "Among the dead was a shopkeeper, Mar Khan, the police said.",
])
def test_a_name_like_a_months_short_form_names_no_month(quote):
    assert months_in_text(quote.lower()) == []
    # the claim keeps the week its report gave it: no month of a name replaces it
    assert sentence_date(quote, "2024-10-12", "week", "2024-10-12") == ("2024-10-12", "week")


@pytest.mark.parametrize("quote, month", [
    # near-misses: short forms of real dates
    ("The blast on Jun 12 killed three people.", 6),
    ("Three people died in the bombing of 12 Jun 2024.", 6),
    ("The Sept. 3 attack killed nine.", 9),
    ("Nine people were killed in June.", 6),
])
def test_a_months_short_form_by_its_day_names_the_month(quote, month):
    assert months_in_text(quote.lower()) == [month]
    assert date_in_text(quote) == 2


def test_a_victims_name_does_not_date_the_event(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2024-10-07",
         "KARACHI - A suicide car bomb killed three people near the airport in Karachi on Sunday night, police said."),
        ("b.txt", "Beta News", "2024-10-12",
         "Investigators have tied the recent suicide bombing near the Karachi airport to a separatist group. "
         "The blast killed three people, including Chinese citizens Li Jun and Sun Hua, and injured over a dozen."),
    ])
    a = one_killed(rows(con, "a.txt", "killed"), 3)
    b = one_killed(rows(con, "b.txt", "killed"), 3)
    ev = con.execute("select date_start, date_end from events where id = ?", [b["event_id"]]).fetchone()
    assert not ev[0].startswith("2024-06"), ev
    assert a["event_id"] == b["event_id"]


def one_killed(rs, low):
    got = [r for r in rs if r["value_low"] == low]
    assert got, [(r["value_low"], r["quote"]) for r in rs]
    return got[0]


# --------------------------------------------------------------------------- a dateline with an agency's bracket

@pytest.mark.parametrize("opening", [
    "Karachi, Oct 7 (PTI) ",
    "date 2024-10-07 Karachi, Oct 7 (PTI) ",
    "KARACHI, October 7 (Reuters) - ",
    "Karachi, Oct. 7 (AFP): ",
])
def test_a_city_dateline_with_an_agency_places_and_files_the_report(opening):
    text = (opening + "Two Chinese engineers were killed and 17 people injured in a suicide attack late at night near "
            "the country's busiest airport, officials said on Monday.\n\nThe explosion on Sunday night also killed "
            "the bomber.")
    claims = extracted(text, None, "2024-10-07", "Alpha Wire", "a.txt")
    two = one([c for c in claims if c.kind == "killed"], 2)
    inj = one([c for c in claims if c.kind == "injured"], 17)
    assert two and inj, opening
    for c in (two[0], inj[0]):
        assert c.place == "Karachi", opening
        assert (c.event_date, c.date_precision) == ("2024-10-06", "day"), opening


def test_a_dateline_day_still_dates_an_attack_told_as_that_days():
    # near-miss: the story says the attack was that very day: the dateline's day is the attack's too
    text = ("Karachi, Oct 7 (PTI) Two Chinese engineers were killed in a suicide attack near the airport on Monday "
            "morning, police said.")
    two = one(extracted(text, "killed", "2024-10-07", "Alpha Wire", "a.txt"), 2)
    assert two and (two[0].event_date, two[0].place) == ("2024-10-07", "Karachi")


# --------------------------------------------------------------------------- another incident told in the report

NEPAL_LEAD = ("KABUL, Afghanistan (AP) - A Taliban suicide bomber killed 14 Nepalese security guards in an attack on "
              "their minibus in Kabul on Monday, officials said. ")


@pytest.mark.parametrize("sentence, low", [
    ("Elsewhere in Afghanistan on Monday, a bomb rigged to a motorbike killed eight civilians in a province in the "
     "northeast.", 8),
    ("Elsewhere on Monday, in the eastern province of Khost, an attack on a police post killed four officers.", 4),
    ("Meanwhile, in Helmand province, a roadside bomb killed three soldiers.", 3),
    ("Separately in Zabul province, a roadside bomb killed three soldiers.", 3),
    ("And later in Kabul, a second Taliban bombing killed an Afghan civilian and injured five people.", 1),
    ("Later that day in Herat, another blast killed two policemen.", 2),
])
def test_another_incident_told_after_the_lead_is_told_apart(sentence, low):
    claims = extracted(NEPAL_LEAD + sentence, "killed", "2016-06-21", "Alpha Wire", "a.txt")
    assert one(claims, 14) and not one(claims, 14)[0].recalled
    got = one(claims, low)
    assert got and all(c.recalled for c in got), sentence


@pytest.mark.parametrize("sentence, low", [
    # near-misses: the lead's own attack going on, or its toll told again
    ("Later, a second blast hit the rescuers, killing six more.", 6),
    ("Meanwhile, officials said two more of the wounded guards had died, bringing the toll to 16.", 16),
    ("Later, in a hospital, two of the wounded guards died.", 2),
])
def test_the_leads_attack_going_on_stays_the_leads(sentence, low):
    got = one(extracted(NEPAL_LEAD + sentence, "killed", "2016-06-21", "Alpha Wire", "a.txt"), low)
    assert got and not any(c.recalled for c in got), sentence


def test_two_other_incidents_of_one_report_stay_two_events(tmp_path):
    text = (NEPAL_LEAD + "An Interior Ministry statement said nine people were wounded in the blast.\n\n"
            "Elsewhere in Afghanistan, a bomb rigged to a motorbike killed 10 Afghan civilians during the morning rush "
            "hour in a province in the north-east.\n\n"
            "And later in Kabul, a second Taliban bombing killed an Afghan civilian and injured five people, including a "
            "provincial council member, according to authorities.")
    con = desk(tmp_path, [("a.txt", "Alpha Wire", "2016-06-20", text)])
    killed = rows(con, "a.txt", "killed")
    ev = {r["value_low"]: r["event_id"] for r in killed}
    assert set(ev) >= {14, 10, 1}, killed
    assert len({ev[14], ev[10], ev[1]}) == 3, killed
    injured = {r["value_low"]: r["event_id"] for r in rows(con, "a.txt", "injured")}
    assert injured[5] == ev[1] and injured[9] == ev[14]


# --------------------------------------------------------------------------- reports that differ on who did it

CLIMBERS_A = "Gunmen dressed as police killed 11 foreign climbers at the Diamir base camp of Nanga Parbat late on Saturday."
CLIMBERS_B = "Ten mountaineers were shot dead by militants at their base camp on Nanga Parbat on Saturday night."


@pytest.mark.parametrize("blame_a, blame_b", [
    (" The Pakistani Taliban claimed the attack.", " Jundallah claimed the attack."),
    (" A faction of the Pakistani Taliban claimed the attack.",
     " Officials blamed Jundallah, a group that is active in the region."),
    (" Jundallah said it carried out the killings.", " The Pakistani Taliban claimed responsibility for the attack."),
])
def test_reports_naming_different_perpetrators_keep_one_event(tmp_path, blame_a, blame_b):
    con = desk(tmp_path, [("a.txt", "Alpha Wire", "2013-06-24", CLIMBERS_A + blame_a),
                          ("b.txt", "Beta News", "2013-06-24", CLIMBERS_B + blame_b)])
    a = {r["event_id"] for r in rows(con, "a.txt", "killed")}
    b = {r["event_id"] for r in rows(con, "b.txt", "killed")}
    assert a and a == b


@pytest.mark.parametrize("other", [
    # near-misses: another attack of that day, in the same city or another, with its own group
    "Gunmen shot dead 12 coal miners near Quetta on Tuesday. The Islamic State group claimed the killings.",
    "A roadside bomb killed 12 soldiers in Quetta on Tuesday. The Pakistani Taliban claimed the attack.",
    "A suicide bomber killed six people in Peshawar on Tuesday. The Pakistani Taliban claimed the attack.",
])
def test_another_attack_of_the_day_by_another_group_stays_apart(tmp_path, other):
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2013-06-26",
         "A car bomb killed five policemen in Quetta on Tuesday. The Baloch Liberation Army claimed the attack."),
        ("b.txt", "Beta News", "2013-06-26", other)])
    a = {r["event_id"] for r in rows(con, "a.txt", "killed")}
    b = {r["event_id"] for r in rows(con, "b.txt", "killed")}
    assert a and b and not a & b, other


# --------------------------------------------------------------------------- one attack told by its town or its province

@pytest.mark.parametrize("town_report", [
    "Ten Iranian border guards were killed on Wednesday near Mirjaveh after clashes with militants, a prosecutor "
    "said. Two other border guards were injured in the clashes.",
    "Militants killed ten border guards and wounded two in Mirjaveh county on Wednesday, Iranian media said.",
    "On Wednesday ten border guards died and two were hurt in a clash with insurgents at a post close to Mirjaveh, "
    "officials said.",
])
def test_an_attack_told_by_its_town_and_by_its_province_is_one(tmp_path, town_report):
    # (an attack in one report, a clash in the other; the town in one, its province in the other)
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2017-04-27",
         "Ten Iranian border guards were killed and three wounded on Wednesday in an attack by militants in Sistan "
         "and Baluchestan province, state media reported."),
        ("b.txt", "Beta News", "2017-04-27", town_report),
    ])
    a = one_killed(rows(con, "a.txt", "killed"), 10)
    b = one_killed(rows(con, "b.txt", "killed"), 10)
    assert b["place"] == "Mirjaveh", town_report
    assert a["event_id"] == b["event_id"], town_report
    ai = one_killed(rows(con, "a.txt", "injured"), 3)
    bi = one_killed(rows(con, "b.txt", "injured"), 2)
    assert bi["event_id"] == a["event_id"] and conflicting(con, ai, bi), town_report


# --------------------------------------------------------------------------- a day of confirming or announcing

@pytest.mark.parametrize("second", [
    "IRNA quoted the prosecutor confirming the news on Thursday, saying two other border guards were injured.",
    "The agency, announcing the toll on Thursday, said two other border guards were injured.",
    "Reporting on Thursday, the governor's office said two other border guards were injured.",
])
def test_a_day_of_confirming_is_not_the_attacks(second):
    text = "Nine border guards were killed on Wednesday near Mirjaveh after clashes with militants. " + second
    got = one(extracted(text, "injured", "2017-04-27", "Alpha Wire", "a.txt"), 2)
    assert got and got[0].event_date == "2017-04-26", second


def test_an_injury_on_the_day_named_keeps_that_day():
    # near-miss: the day is the attack's own
    text = ("Nine border guards were killed on Wednesday near Mirjaveh. A roadside bomb on Thursday injured two "
            "other guards near the town.")
    got = one(extracted(text, "injured", "2017-04-28", "Alpha Wire", "a.txt"), 2)
    assert got and got[0].event_date == "2017-04-27"


# --------------------------------------------------------------------------- a group the sentence leaves unsaid

@pytest.mark.parametrize("a_text, b_text, a_low, b_low", [
    # (no floor: "at least 20 ... and seven injured" makes the seven a floor too, clu11)
    ("Twenty miners were killed and seven injured in an attack on a coal mine in Duki on Friday, police said.",
     "Twenty-one coal miners were killed and six others injured when gunmen attacked coal mines in Duki on Friday.",
     7, 6),
    ("Gunmen killed 14 soldiers and wounded nine in an ambush in Kech district on Monday, the army said.",
     "Twelve people were wounded when insurgents ambushed an army convoy in Kech district on Monday.", 9, 12),
    ("Twenty workers died and three were hurt when militants stormed a construction camp in Gwadar on Sunday.",
     "Militants stormed a construction camp in Gwadar on Sunday, killing 20 workers and injuring five people.", 3, 5),
])
def test_a_figure_with_its_group_unsaid_counts_everyone(tmp_path, a_text, b_text, a_low, b_low):
    con = desk(tmp_path, [("a.txt", "Alpha Wire", "2024-10-12", a_text), ("b.txt", "Beta News", "2024-10-12", b_text)])
    a = one_killed(rows(con, "a.txt", "injured"), a_low)
    b = one_killed(rows(con, "b.txt", "injured"), b_low)
    assert a["event_id"] == b["event_id"]
    assert conflicting(con, a, b), (a_text, b_text)


def test_a_group_named_with_its_figure_stays_a_part(tmp_path):
    # near-miss: "seven miners injured" names its group: a part of the twelve people wounded, no contradiction
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2024-10-12",
         "At least 20 miners were killed and seven miners injured in an attack on a coal mine in Duki on Friday."),
        ("b.txt", "Beta News", "2024-10-12",
         "Twelve people were injured when gunmen attacked coal mines in Duki on Friday, killing 20 miners."),
    ])
    a = one_killed(rows(con, "a.txt", "injured"), 7)
    b = one_killed(rows(con, "b.txt", "injured"), 12)
    assert a["event_id"] == b["event_id"]
    assert not conflicting(con, a, b)


def test_a_sub_groups_figure_with_its_group_unsaid_stays_that_groups(tmp_path):
    # near-miss: the group carried over is a part of the dead (13 troops of 170), so its 18 wounded are the troops'
    con = desk(tmp_path, [
        ("a.txt", "Alpha Wire", "2021-08-27",
         "A suicide bombing outside Kabul airport on Thursday killed 170 people and wounded 150, health officials said."),
        ("b.txt", "Beta News", "2021-08-27",
         "The Pentagon said 13 US service members were killed and 18 were wounded in the bombing at Kabul airport on "
         "Thursday."),
    ])
    a = one_killed(rows(con, "a.txt", "injured"), 150)
    b = one_killed(rows(con, "b.txt", "injured"), 18)
    assert a["event_id"] == b["event_id"]
    assert not conflicting(con, a, b)


# --------------------------------------------------------------------------- a day's total over separate blasts

@pytest.mark.parametrize("sentence", [
    "At least 117 people were killed and over 200 injured in three separate bomb blasts in Quetta on Thursday.",
    "Five people died in two separate explosions in Peshawar and Mardan on Friday.",
    "Nine people were killed in separate blasts across the city on Sunday.",
    "Across the province, 31 people lost their lives in four different attacks on Monday.",
])
def test_a_total_over_separate_blasts_is_no_single_events(sentence):
    got = [c for c in extracted(sentence, "killed", "2013-01-11", "Alpha Wire", "a.txt")]
    assert got and all(c.aggregate for c in got), sentence


@pytest.mark.parametrize("sentence", [
    # near-misses: one attack of several bombs at one site
    "At least 40 people were killed in three blasts at the shrine on Friday.",
    "Two blasts in quick succession killed 81 people at a snooker hall in Quetta on Thursday.",
    "The twin blasts killed 81 people in Quetta on Thursday.",
])
def test_one_attacks_several_blasts_stay_one_event(sentence):
    got = extracted(sentence, "killed", "2013-01-11", "Alpha Wire", "a.txt")
    assert got and not any(c.aggregate for c in got), sentence
