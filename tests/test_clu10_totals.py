"""Totals over a few attacks and one attack on two towns (reconcile.matching.coarse), on real desks.

* A total its report dates to the day of its own story ("seven were killed in two attacks in the province,
  state TV said on Wednesday") joins that story's event; one dated to a month ("early in February, five
  died in two separate attacks") is an event at that precision that other reports' like totals join, and
  never a precise incident's; a total over years joins nothing.
* Two towns' events of one night are one attack when a report of each names both towns in one sentence;
  a report naming two towns on one side only, or a sentence giving each town its own figure, keeps them apart.

Every report here is written for this test.
"""

from __future__ import annotations

from phenomena_helpers import desk, one_row, rows

SARAVAN_A = (
    "Gunmen attack police posts in Iran's southeast\n\n"
    "At least seven members of the security forces were killed in two separate attacks in Sistan-Baluchestan province, "
    "state television said on Wednesday.\n\n"
    "Attackers stormed a police station in Saravan late on Tuesday, killing seven officers, the deputy governor said.\n\n"
    "In the first days of February, five people including two policemen were killed in two separate attacks in the province.\n"
)
SARAVAN_B = (
    "Police station raided in Saravan\n\n"
    "Seven police officers died when gunmen raided a police station in Saravan on Tuesday night, officials said.\n\n"
    "Early in February, five people, among them two policemen, died in two separate attacks in the province.\n"
)


def _saravan(tmp_path, b_text=SARAVAN_B):
    return desk(tmp_path, [("a.txt", "Gulf Desk", "2024-03-06", SARAVAN_A), ("b.txt", "Capital Wire", "2024-03-07", b_text)])


def test_a_total_dated_to_its_report_s_day_joins_the_report_s_event(tmp_path):
    con = _saravan(tmp_path)
    a = rows(con, "a.txt", "killed")
    lead = next(r for r in a if "two separate attacks in Sistan" in r["quote"])
    station = next(r for r in a if "Saravan" in r["quote"])
    assert lead["aggregate"] == 1
    assert lead["event_id"] is not None and lead["event_id"] == station["event_id"]
    # (and the other report of the raid is in that event too)
    assert one_row(rows(con, "b.txt", "killed"), 7)["event_id"] == station["event_id"]


def test_two_reports_month_totals_of_the_same_attacks_are_one_event_apart_from_the_incident(tmp_path):
    con = _saravan(tmp_path)
    a, b = one_row(rows(con, "a.txt", "killed"), 5), one_row(rows(con, "b.txt", "killed"), 5)
    station = one_row(rows(con, "b.txt", "killed"), 7)
    assert a["aggregate"] == 1 and b["aggregate"] == 1
    assert a["event_id"] is not None and a["event_id"] == b["event_id"]
    assert a["event_id"] != station["event_id"]
    label = con.execute("select date_start, date_end from events where id = ?", [a["event_id"]]).fetchone()
    assert (label[0], label[1]) == ("2024-02-01", "2024-02-29")  # an event at a month's precision


def test_month_totals_of_different_figures_stay_apart(tmp_path):
    other = SARAVAN_B.replace("Early in February, five people, among them two policemen, died",
                              "Early in February, twelve people, among them four soldiers, died")
    con = _saravan(tmp_path, other)
    a, b = one_row(rows(con, "a.txt", "killed"), 5), one_row(rows(con, "b.txt", "killed"), 12)
    assert a["event_id"] is None or a["event_id"] != b["event_id"]
    # (one report's total alone makes no event)
    assert a["event_id"] is None and b["event_id"] is None


def test_a_total_over_years_joins_no_event(tmp_path):
    text = SARAVAN_B + "\nSince 2019, more than 120 police officers have been killed in attacks in the province.\n"
    con = _saravan(tmp_path, text)
    total = one_row(rows(con, "b.txt", "killed"), 121)
    assert total["aggregate"] == 1 and total["event_id"] is None


def test_a_day_total_of_another_province_does_not_join_the_report_s_event(tmp_path):
    text = ("Police station raided in Saravan\n\n"
            "Seven police officers died when gunmen raided a police station in Saravan on Tuesday night, officials said.\n\n"
            "On Tuesday, four soldiers were also killed in two attacks in Kerman province, the army said.\n")
    con = desk(tmp_path, [("b.txt", "Capital Wire", "2024-03-07", text)])
    got = rows(con, "b.txt", "killed")
    station, kerman = one_row(got, 7), one_row(got, 4)
    if kerman["aggregate"]:
        assert kerman["event_id"] != station["event_id"]


# --------------------------------------------------------------------------- one attack on two towns

RASK = ("Base attacked in Rask\n\n"
        "Four guards died when militants attacked an army base in Rask on Wednesday night, officials said.\n\n"
        "The raid was one of two coordinated assaults that night on Rask and Chabahar, the governor said.\n")
CHABAHAR = ("Police post hit in Chabahar\n\n"
            "Gunmen killed five policemen at a police post in Chabahar late on Wednesday, police said.\n\n"
            "State television said the militants had struck Chabahar and Rask at about the same hour.\n")


def test_reports_of_each_town_that_name_both_make_one_event(tmp_path):
    con = desk(tmp_path, [("c.txt", "Gulf Desk", "2024-04-04", RASK), ("d.txt", "Capital Wire", "2024-04-04", CHABAHAR)])
    rask, chabahar = one_row(rows(con, "c.txt", "killed"), 4), one_row(rows(con, "d.txt", "killed"), 5)
    assert (rask["place"], chabahar["place"]) == ("Rask", "Chabahar")
    assert rask["event_id"] == chabahar["event_id"]


def test_towns_only_one_side_names_together_stay_two_events(tmp_path):
    khash = "Blast in Khash\n\nA bomb killed six people at a market in Khash on Wednesday, officials said.\n"
    iranshahr = ("Shooting in Iranshahr\n\nGunmen shot dead three men in Iranshahr on Wednesday, police said. "
                 "The attack came hours after a bomb in Khash and Iranshahr police were on alert.\n")
    con = desk(tmp_path, [("e.txt", "Hill Post", "2024-04-04", khash), ("f.txt", "Valley News", "2024-04-04", iranshahr)])
    a, b = one_row(rows(con, "e.txt", "killed"), 6), one_row(rows(con, "f.txt", "killed"), 3)
    assert a["event_id"] != b["event_id"]


def test_towns_a_sentence_gives_figures_each_stay_two_events(tmp_path):
    rask = RASK.replace("The raid was one of two coordinated assaults that night on Rask and Chabahar, the governor said.",
                        "Four guards were killed in Rask, while five policemen were killed in Chabahar, the governor said.")
    con = desk(tmp_path, [("c.txt", "Gulf Desk", "2024-04-04", rask), ("d.txt", "Capital Wire", "2024-04-04", CHABAHAR)])
    a, b = one_row(rows(con, "c.txt", "killed"), 4), one_row(rows(con, "d.txt", "killed"), 5)
    assert a["event_id"] != b["event_id"]


def test_towns_named_together_days_apart_stay_two_events(tmp_path):
    chabahar = CHABAHAR.replace("late on Wednesday", "late on Saturday")
    con = desk(tmp_path, [("c.txt", "Gulf Desk", "2024-04-04", RASK), ("d.txt", "Capital Wire", "2024-04-07", chabahar)])
    a, b = one_row(rows(con, "c.txt", "killed"), 4), one_row(rows(con, "d.txt", "killed"), 5)
    assert a["event_id"] != b["event_id"]
