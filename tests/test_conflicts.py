"""Conflicts: what cannot all be true, per victim group; revisions are not conflicts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_cluster import claim, db, write  # noqa: F401  (fixture and helpers)

from reconcile import conflicts, pipeline
from reconcile.intervals import compatible, gap_severity

KABUL = dict(place="Kabul", admin1="Kabul", country="Afghanistan", event_date="2023-01-11", date_precision="day",
             event_type="suicide bombing")


def c(id_, low, high=None, victims=None, kind="killed", **kw):
    return {"id": id_, "source_id": kw.pop("source_id", f"s-{id_}"), "kind": kind, "value_low": low,
            "value_high": high, "victims": victims, "entity": kw.pop("entity", None),
            "claimant": kw.pop("claimant", None), "claimant_role": kw.pop("claimant_role", "reporter"),
            "publisher": kw.pop("publisher", None), "published": kw.pop("published", None),
            "quote": kw.pop("quote", "x"), "span_start": kw.pop("span_start", 0), **kw}


def pairs(found):
    return {frozenset((x["claim_a"], x["claim_b"])) for x in found.conflicts}


def test_perpetrator_fifty_against_reported_seven_is_a_conflict_marked_as_theirs():
    found = conflicts.find([c("police", 7, 7), c("boast", 50, 50, claimant="ISKP", claimant_role="perpetrator")],
                           event_id="e1")
    assert pairs(found) == {frozenset(("police", "boast"))}
    row = found.conflicts[0]
    assert "perpetrator's own figure" in row["note"] and "ISKP" in row["note"]
    assert row["severity"] == round((50 - 7) / 50, 4)


def test_compatible_tolls_are_not_conflicts():
    for pair in (
        [c("a", 13, None), c("b", 13, 13)],  # "at least 13" vs 13
        [c("c", 101, None, "afghans"), c("d", 101, None, "afghans")],  # "more than 100" vs "well more than 100"
        [c("e", 24, 99), c("f", 40, 40)],  # "dozens" vs 40
        [c("g", 12, 36, "civilians"), c("h", 30, 30, "people")],  # civilians and people: one group
    ):
        assert conflicts.find(pair, event_id="e1").conflicts == []


def test_victim_groups_are_compared_separately():
    found = conflicts.find([
        c("soldiers", 13, 13, "us_troops"), c("afghans", 101, None, "afghans"),  # one attack, two groups
        c("total", 170, 170, "people"),  # a total that holds both
    ], event_id="e1")
    assert found.conflicts == []
    found = conflicts.find([c("total", 10, 10, "people"), c("soldiers", 13, 13, "us_troops")], event_id="e1")
    assert pairs(found) == {frozenset(("total", "soldiers"))}, "a total below a subgroup cannot be true"


def test_dozens_against_seven_conflicts_and_severity_grows_with_the_gap():
    near = conflicts.find([c("a", 7, 7), c("b", 9, 9)], event_id="e").conflicts[0]["severity"]
    far = conflicts.find([c("a", 7, 7), c("b", 50, 50)], event_id="e").conflicts[0]["severity"]
    dozens = conflicts.find([c("a", 7, 7), c("b", 24, 99)], event_id="e").conflicts
    assert 0 < near < far <= 1
    assert len(dozens) == 1


def test_a_later_report_of_the_same_outlet_is_a_revision():
    found = conflicts.find([
        c("early", 7, 7, publisher="Kabul Post", published="2023-01-11"),
        c("late", 20, 20, publisher="Kabul Post", published="2023-01-12"),
    ], event_id="e1")
    assert found.conflicts == []
    assert [(r["earlier_claim"], r["later_claim"], r["direction"]) for r in found.revisions] == [("early", "late", "up")]


def test_two_claimants_in_one_report_conflict_but_an_update_is_a_revision():
    two = conflicts.find([
        c("police", 5, 5, source_id="s1", claimant="police", quote="Police said five people were killed.", span_start=0),
        c("hospital", 20, 20, source_id="s1", claimant="a hospital worker",
          quote="A hospital worker said about 20 bodies had been brought in.", span_start=50),
    ], event_id="e1")
    assert pairs(two) == {frozenset(("police", "hospital"))}
    update = conflicts.find([
        c("first", 5, 5, source_id="s1", quote="Five people were killed.", span_start=0),
        c("then", 12, 12, source_id="s1", quote="The toll later rose to 12.", span_start=40),
    ], event_id="e1")
    assert update.conflicts == [] and len(update.revisions) == 1


def test_a_rise_told_in_one_report_in_any_wording_is_a_revision():
    for early_q, late_q in (
        ("Officials initially put the toll at 20.", "The toll later rose to 53."),
        ("Officials initially put the toll at 20.", "53 people were killed, the officials said."),
        ("Police had put the toll at 20 on Friday.", "On Sunday police said 53 people were killed."),
    ):
        found = conflicts.find([
            c("old", 20, 20, source_id="s1", quote=early_q, span_start=0),
            c("new", 53, 53, source_id="s1", quote=late_q, span_start=60),
        ], event_id="e1")
        assert found.conflicts == [], (early_q, late_q)
        assert [(r["earlier_claim"], r["later_claim"]) for r in found.revisions] == [("old", "new")]
    # the newer figure first ("The toll jumped to 71. On Saturday a bombing killed as many as 55.")
    headline = conflicts.find([
        c("new", 71, 71, source_id="s1", quote="The death toll of the bombing jumped to 71.", span_start=0),
        c("old", 0, 55, source_id="s1", quote="On Saturday, a bombing killed as many as 55.", span_start=45),
    ], event_id="e1")
    assert headline.conflicts == []
    assert [(r["earlier_claim"], r["later_claim"]) for r in headline.revisions] == [("old", "new")]
    # one sentence telling both figures
    one = "The toll climbed from 12 to 19."
    both = conflicts.find([c("a", 12, 12, source_id="s1", quote=one, span_start=0),
                           c("b", 19, 19, source_id="s1", quote=one, span_start=20)], event_id="e1")
    assert both.conflicts == [] and len(both.revisions) == 1


def test_an_earlier_figure_of_another_named_claimant_stays_a_conflict():
    # "Taliban officials had earlier put the toll at 25" against the UN's "at least 53": two claimants
    found = conflicts.find([
        c("un", 53, None, source_id="s1", claimant="The United Nations mission",
          quote="The United Nations mission said at least 53 people were killed.", span_start=0),
        c("tal", 25, 25, source_id="s1", claimant="Taliban officials",
          quote="Taliban officials had earlier put the death toll at 25.", span_start=70),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("un", "tal"))}
    assert found.revisions == []


def test_a_figure_its_own_report_supersedes_contradicts_no_other_report():
    found = conflicts.find([
        c("new", 31, 31, source_id="s1", quote="The number of people killed has risen to 31.", span_start=0),
        c("old", 11, 13, source_id="s1", claimant="Officials in Balkh",
          quote="Officials in Balkh initially said about a dozen people had died.", span_start=50),
        c("other", 24, 99, source_id="s2", quote="Dozens were killed."),
        c("hosp", 40, None, source_id="s3", quote="More than 40 bodies were brought in."),
    ], event_id="e1")
    assert [(r["earlier_claim"], r["later_claim"]) for r in found.revisions] == [("old", "new")]
    assert pairs(found) == {frozenset(("new", "hosp"))}, "only the current figures are compared"


def test_police_policemen_and_police_officers_are_one_victim_group():
    found = conflicts.find([
        c("boast", 20, None, "police", claimant="the group", claimant_role="perpetrator"),  # "scores of police"
        c("few", 2, 9, "policemen", claimant="officials"),  # "only a few policemen were among the victims"
    ], event_id="e1")
    assert pairs(found) == {frozenset(("boast", "few"))}
    assert "perpetrator's own figure" in found.conflicts[0]["note"]
    # "dozens of policemen" cannot be among four people killed
    total = conflicts.find([c("dozens", 12, None, "police officers", claimant_role="perpetrator"),
                            c("four", 4, 4, "people")], event_id="e1")
    assert pairs(total) == {frozenset(("dozens", "four"))}
    assert conflicts.victims_key("troops") == conflicts.victims_key("soldiers")


def test_civilians_listed_beside_other_groups_are_a_part_not_everyone():
    listed = "Among the dead are 14 soldiers, five civilians and six railway staff."
    found = conflicts.find([
        c("sold", 14, 14, "soldiers", source_id="s1", quote=listed, span_start=0),
        c("civ", 5, 5, "civilians", source_id="s1", quote=listed, span_start=20),
        c("staff", 6, 6, "railway staff", source_id="s1", quote=listed, span_start=40),
        c("all", 26, None, "people", source_id="s2", quote="At least 26 people were killed."),
    ], event_id="e1")
    assert found.conflicts == []
    # civilians hold no soldiers, even told in separate sentences
    apart = conflicts.find([c("civ", 20, 30, "civilians"), c("forces", 90, 110, "security forces")], event_id="e1")
    assert apart.conflicts == []
    # but a total of people below a subgroup, or two counts of civilians apart, still conflict
    assert len(conflicts.find([c("tot", 5, 5, "people"), c("sold", 14, 14, "soldiers")], event_id="e").conflicts) == 1
    two = conflicts.find([c("civ", 5, 5, "civilians", source_id="s1", quote=listed),
                          c("sold", 14, 14, "soldiers", source_id="s1", quote=listed),
                          c("other", 40, 40, "civilians", source_id="s2", quote="40 civilians died.")], event_id="e")
    assert pairs(two) == {frozenset(("civ", "other"))}


def test_wounded_told_after_one_group_killed_are_of_that_group():
    # "Besides the 11 service members killed, 17 were wounded" against "14 civilians killed and 55 wounded"
    troops = "Besides the 11 service members killed, 17 were wounded, the Pentagon said."
    found = conflicts.find([
        c("k11", 11, 11, "us_troops", source_id="s1", quote=troops),
        c("w17", 17, 17, "people", source_id="s1", quote=troops, kind="injured"),
        c("w55", 55, 55, "civilians", source_id="s2", kind="injured", quote="14 civilians killed and 55 wounded."),
    ], event_id="e1")
    assert found.conflicts == []
    # a sentence that names everyone wounded keeps them everyone
    named = "The blast killed two policemen and wounded 20 people."
    found = conflicts.find([
        c("k2", 2, 2, "policemen", source_id="s1", quote=named),
        c("w20", 20, 20, "people", source_id="s1", quote=named, kind="injured"),
        c("w40", 40, 40, "people", source_id="s2", kind="injured", quote="40 people were wounded."),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("w20", "w40"))}


def test_others_beside_a_first_group_are_the_rest_not_everyone():
    listed = "The bombing killed two members of the consulate staff and three others."
    found = conflicts.find([
        c("staff", 2, 2, "staff", source_id="s1", quote=listed, value_text="two"),
        c("rest", 3, 3, "people", source_id="s1", quote=listed, value_text="three"),
        c("total", 5, None, "people", source_id="s2", quote="At least five people were killed.", value_text="five"),
    ], event_id="e1")
    assert found.conflicts == []
    # without a first group, three is everyone and contradicts at least five
    alone = conflicts.find([c("three", 3, 3, "people", quote="The bombing killed three people.", value_text="three"),
                            c("total", 5, None, "people", value_text="five")], event_id="e1")
    assert len(alone.conflicts) == 1


def test_badly_or_lightly_wounded_are_a_part_of_all_the_wounded():
    light = '"Five of them are in intensive care, around 13 to 14 are superficially wounded," he said.'
    found = conflicts.find([
        c("bad", 5, 5, kind="injured", quote="China said five of its citizens were badly wounded.", value_text="five"),
        c("light", 13, 14, kind="injured", quote=light, value_text="around 13 to 14"),
        c("all", 18, 18, kind="injured", quote="The hospital reported 21 casualties, including 18 wounded.",
          value_text="18"),
    ], event_id="e1")
    assert found.conflicts == []
    # all the wounded below the badly wounded cannot be true
    below = conflicts.find([
        c("bad", 30, 30, kind="injured", quote="30 people were critically injured.", value_text="30"),
        c("all", 20, 20, kind="injured", quote="20 people were wounded.", value_text="20"),
    ], event_id="e1")
    assert pairs(below) == {frozenset(("bad", "all"))}


def test_two_groups_claiming_one_attack_conflict():
    found = conflicts.find([
        c("jua", None, kind="attribution", entity="Jamaat-ul-Ahrar"),
        c("is", None, kind="attribution", entity="Islamic State"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("jua", "is"))}


def test_different_attributions_conflict_and_aliases_do_not():
    found = conflicts.find([
        c("is", None, kind="attribution", entity="ISKP"), c("alias", None, kind="attribution", entity="ISIS-K"),
        c("tal", None, kind="attribution", entity="Taliban"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("is", "tal")), frozenset(("alias", "tal"))}
    assert all(x["kind"] == "attribution" and x["severity"] == 1.0 for x in found.conflicts)


def test_founding_years_conflict_but_strength_estimates_form_a_series():
    founded = conflicts.find([c("a", 2014, 2014, kind="founded"), c("b", 2015, 2015, kind="founded")],
                             subject="ISKP/founded")
    assert len(founded.conflicts) == 1
    series = conflicts.find([
        c("un2021", 500, 5000, kind="strength", event_date="2021", scope="northern and eastern Afghanistan"),
        c("un2021e", 1500, 2200, kind="strength", event_date="2021", scope="eastern Afghanistan"),
        c("y2016", 8000, 8500, kind="strength", event_date="2016"),
        c("y2019", 2500, 4000, kind="strength", event_date="2019"),
    ], subject="ISKP/strength")
    assert series.conflicts == []
    same = conflicts.find([c("x", 1000, 1200, kind="strength", event_date="2020"),
                           c("y", 4000, 5000, kind="strength", event_date="2020")], subject="ISKP/strength")
    assert len(same.conflicts) == 1


intervals = st.tuples(st.one_of(st.none(), st.integers(0, 300)), st.one_of(st.none(), st.integers(0, 300))).map(
    lambda t: t if t[0] is None or t[1] is None or t[0] <= t[1] else (t[1], t[0]))


@given(intervals, intervals)
def test_interval_compatibility_is_symmetric_and_severity_zero_exactly_when_compatible(a, b):
    assert compatible(a, b) == compatible(b, a)
    assert gap_severity(a, b) == gap_severity(b, a)
    assert (gap_severity(a, b) == 0) == compatible(a, b)


@given(intervals)
def test_an_interval_is_compatible_with_itself(a):
    assert compatible(a, a)


def test_desk_flags_the_boast_and_records_the_revision(db):  # noqa: F811
    local = claim("herald", "A bomb at the Imam Zaman mosque in Pul-e-Khumri on Friday killed seven worshippers.",
                  low=7, high=7, victims="worshippers", place="Pul-e-Khumri", admin1="Baghlan", country="Afghanistan",
                  event_date="2023-10-13", date_precision="day", event_type="bombing", claimant="police",
                  claimant_role="official")
    boast = claim("herald", "In a statement, the group said its bomber had killed about 50 Shias.", low=45, high=55,
                  victims="worshippers", claimant="ISKP", claimant_role="perpetrator", event_date="2023-10-13",
                  date_precision="day")
    write(db, "herald", "2023-10-14", [[local], [boast]], publisher="Baghlan Herald")
    first = claim("wire1", "A blast in Pul-e-Khumri on Friday killed seven people, police said.", low=7, high=7,
                  place="Pul-e-Khumri", admin1="Baghlan", country="Afghanistan", event_date="2023-10-13",
                  date_precision="day", event_type="bombing")
    write(db, "wire1", "2023-10-13", [[first]], publisher="Meridian Wire")
    later = claim("wire2", "The toll from Friday's blast in Pul-e-Khumri rose to 17, police said on Saturday.",
                  low=17, high=17, place="Pul-e-Khumri", admin1="Baghlan", country="Afghanistan",
                  event_date="2023-10-13", date_precision="day", event_type="bombing")
    write(db, "wire2", "2023-10-14", [[later]], publisher="Meridian Wire")
    with db.atomic():
        pipeline.refresh(db, None)
    events = {db.execute("select event_id from claims where id = ?", [x["id"]]).fetchone()[0]
              for x in (local, boast, first, later)}
    assert len(events) == 1
    rows = {frozenset((r["claim_a"], r["claim_b"])): r for r in db.query("select * from conflicts")}
    assert frozenset((local["id"], boast["id"])) in rows
    assert "perpetrator" in rows[frozenset((local["id"], boast["id"]))]["note"]
    assert frozenset((first["id"], later["id"])) not in rows, "one outlet raising its toll is a revision"
    rev = list(db.query("select earlier_claim, later_claim from revisions"))
    assert {"earlier_claim": first["id"], "later_claim": later["id"]} in rev


def test_totals_over_periods_not_stated_alike_are_a_series_not_a_conflict():
    since = c("since", 429, 429, victims="civilians", event_date="2021", scope=None)
    nine_months = c("nine", 2640, 2640, victims="civilians", event_date="2021-10", scope=None)
    assert pairs(conflicts.find([since, nine_months], subject="Afghanistan/killed-total")) == set()
    same_period = c("again", 3000, 3000, victims="civilians", event_date="2021-10", scope=None)
    assert pairs(conflicts.find([nine_months, same_period], subject="Afghanistan/killed-total")) == {
        frozenset(("nine", "again"))}
