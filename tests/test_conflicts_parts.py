"""Conflicts: what is no contradiction although the figures differ.

Attackers killed against a toll of the dead, parts of one report's toll (figures that add up, "N more",
"including N" of the same group), one voice listing several things in one sentence, groups such as
passengers or teachers against everyone, a faction against its movement.  And what still conflicts.
All sentences are written for these tests.
"""

from __future__ import annotations

from test_conflicts import c, pairs

from reconcile import conflicts
from reconcile.extract.victims import victim_label


def at(id_, low, high, victims, quote, value_text, source_id, span_start, **kw):
    """A claim whose figure stands in its sentence as in a report."""
    return c(id_, low, high, victims, quote=quote, value_text=value_text, source_id=source_id,
             span_start=span_start, **kw)


# --- attackers killed ---------------------------------------------------------------------------

def test_attackers_killed_are_not_weighed_against_the_toll_of_the_dead():
    found = conflicts.find([
        c("dead", 28, 28, "people", claimant="the army"),  # "28 people died, among them guards and travellers"
        c("gunmen", 35, 35, "militants", claimant="the army"),  # "troops shot dead all 35 gunmen"
        c("few", 2, 2, "people", claimant="a witness", source_id="s9"),  # the dead, against 28: a conflict
    ], event_id="e1")
    assert pairs(found) == {frozenset(("dead", "few"))}


def test_two_counts_of_attackers_killed_still_conflict():
    found = conflicts.find([c("army", 16, 16, "militants", claimant="the army"),
                            c("police", 6, 6, "militants", claimant="police")], event_id="e1")
    assert pairs(found) == {frozenset(("army", "police"))}


def test_fighters_a_perpetrator_says_it_killed_are_its_victims_and_a_total_below_them_conflicts():
    found = conflicts.find([c("boast", 40, None, "militants", claimant="the group", claimant_role="perpetrator"),
                            c("toll", 6, 6, "people", claimant="officials")], event_id="e1")
    assert pairs(found) == {frozenset(("boast", "toll"))}
    assert "perpetrator's own figure" in found.conflicts[0]["note"]


# --- parts of one report's toll -----------------------------------------------------------------

HEAD = "A truck bomb at the depot killed at least 11 people on Monday, the district chief said."
HOMES = "Six residents of nearby homes also died, neighbours said."
RUBBLE = "Five more bodies were pulled from the rubble of a shop."


def test_figures_of_one_report_that_add_up_to_its_toll_are_parts_not_contradictions():
    found = conflicts.find([
        at("head", 11, None, "people", HEAD, "at least 11", "s1", 0, claimant="the district chief"),
        at("homes", 6, 6, "people", HOMES, "Six", "s1", 100, claimant="neighbours"),
        at("rubble", 5, 5, "people", RUBBLE, "Five", "s1", 160),
        at("wire", 11, None, "people", "At least 11 died in the blast.", "At least 11", "s2", 0),
    ], event_id="e1")
    assert found.conflicts == [] and found.revisions == []


def test_a_figure_told_as_more_after_one_of_its_kind_is_a_part():
    found = conflicts.find([
        at("head", 9, 9, "people", "The blast killed nine people.", "nine", "s1", 0),
        at("more", 3, 3, "people", "Three more victims died in hospital overnight.", "Three", "s1", 40),
        at("other", 12, 12, "people", "Twelve people were killed in the blast.", "Twelve", "s2", 0),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("head", "other"))}, "only the two tolls are compared"


def test_a_further_number_wounded_after_the_dead_is_all_the_wounded():
    found = conflicts.find([
        at("dead", 40, 40, "people", "The attack killed 40 people.", "40", "s1", 0),
        at("hurt", 300, 300, "people", "A further 300 were wounded.", "300", "s1", 30, kind="injured"),
        at("few", 20, 20, "people", "Twenty people were wounded.", "Twenty", "s2", 0, kind="injured"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("hurt", "few"))}


def test_more_in_a_list_of_one_sentence_is_no_addition_to_an_earlier_toll():
    listed = "Two embassy guards and 10 more local people were killed, the ministry said."
    found = conflicts.find([
        at("toll", 4, 4, "people", "The bombing killed four people.", "four", "s1", 0),
        at("guards", 2, 2, "security_forces", listed, "Two", "s2", 0, claimant="the ministry"),
        at("rest", 10, 10, "people", listed, "10", "s2", 23, claimant="the ministry"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("toll", "rest"))}, "ten besides the guards cannot be among four dead"


def test_a_part_named_with_including_of_the_same_group_is_not_a_count_of_that_group():
    q = "Troops killed 15 militants, including three would-be bombers, the army said."
    found = conflicts.find([
        at("all", 15, 15, "militants", q, "15", "s1", 0, claimant="the army"),
        at("sub", 3, 3, "militants", q, "three", "s1", 38, claimant="the army"),
        at("local", 7, 7, "militants", "Seven attackers were shot dead, police said.", "Seven", "s2", 0,
           claimant="police"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("all", "local"))}


def test_a_group_named_with_including_keeps_its_group():
    q = "The blast killed 30 people, including 20 civilians."
    found = conflicts.find([
        at("all", 30, 30, "people", q, "30", "s1", 0),
        at("civ", 20, 20, "civilians", q, "20", "s1", 28),
        at("civ2", 8, 8, "civilians", "Eight civilians were among the dead.", "Eight", "s2", 0),
    ], event_id="e1")
    assert frozenset(("civ", "civ2")) in pairs(found)
    assert frozenset(("all", "civ")) not in pairs(found)


# --- one voice, one sentence --------------------------------------------------------------------

def test_one_voice_listing_several_things_in_one_sentence_does_not_contradict_itself():
    listed = ("Its worst attacks include a bombing in 2019 that killed 40 at a wedding and a raid in 2021 "
              "that killed 12 at a school.")
    found = conflicts.find([at("a", 40, 40, "people", listed, "40", "s1", 0, claimant="the site"),
                            at("b", 12, 12, "people", listed, "12", "s1", 80, claimant="the site")], event_id="e1")
    assert found.conflicts == []
    told = '"Three men opened fire and 17 people died," the elder said.'
    found = conflicts.find([at("a", 3, 3, "people", told, "Three", "s1", 0, claimant="the elder"),
                            at("b", 17, 17, "people", told, "17", "s1", 25, claimant="the elder")], event_id="e1")
    assert found.conflicts == []


def test_two_estimates_set_against_each_other_in_one_sentence_still_conflict():
    q = "Counts of the wounded ranged from 90 to 110, while a ministry spokesman cited 25 killed and 30 wounded."
    found = conflicts.find([
        at("range", 90, 110, "people", q, "90 to 110", "s1", 30, kind="injured", claimant="the spokesman"),
        at("cited", 30, 30, "people", q, "30", "s1", 90, kind="injured", claimant="the spokesman"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("range", "cited"))}


# --- victim groups ------------------------------------------------------------------------------

def test_passengers_teachers_and_staff_members_are_groups_not_everyone():
    assert victim_label("19 passengers") == "passengers"
    assert victim_label("several teachers") == "teachers"
    assert victim_label("about 10 staff members") == "workers"
    assert victim_label("an Afghan citizen") == "afghans"
    assert victim_label("12 people") == "people"


def test_counts_of_groups_do_not_contradict_the_toll_or_each_other_but_one_group_twice_does():
    found = conflicts.find([
        c("toll", 30, 30, "people", claimant="the army"),
        c("troops", 22, 22, "soldiers", source_id="s1"), c("pass", 6, 6, "passengers", source_id="s1"),
        c("pass2", 18, 18, "passengers", source_id="s2"), c("troops2", 5, 5, "soldiers", source_id="s2"),
        c("teach", 3, 9, "teachers", source_id="s3"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("pass", "pass2")), frozenset(("troops", "troops2"))}


def test_perpetrator_figure_against_the_official_toll_is_flagged_among_group_counts():
    found = conflicts.find([
        c("toll", 30, 30, "people", claimant="the army", claimant_role="official"),
        c("fighters", 33, 33, "militants", claimant="the army", claimant_role="official"),
        c("pass", 6, 6, "passengers"),
        c("boast", 60, 60, "people", claimant="the separatists", claimant_role="perpetrator"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("toll", "boast"))}
    assert "perpetrator's own figure" in found.conflicts[0]["note"]


# --- attributions -------------------------------------------------------------------------------

def test_a_faction_of_a_movement_does_not_contradict_the_movement():
    faction = "A commander's faction of the Taliban said it had carried out the raid."
    found = conflicts.find([
        c("fac", None, kind="attribution", entity="Taliban", entity_text="the Taliban", quote=faction),
        c("ttp", None, kind="attribution", entity="TTP", entity_text="Pakistani Taliban",
          quote="The Pakistani Taliban claimed the raid."),
    ], event_id="e1")
    assert found.conflicts == []
    other = conflicts.find([
        c("fac", None, kind="attribution", entity="Taliban", entity_text="the Taliban", quote=faction),
        c("is", None, kind="attribution", entity="ISKP", entity_text="Islamic State Khorasan",
          quote="Islamic State Khorasan claimed the raid."),
    ], event_id="e1")
    assert pairs(other) == {frozenset(("fac", "is"))}
    plain = conflicts.find([
        c("tal", None, kind="attribution", entity="Taliban", entity_text="the Taliban",
          quote="Officials blamed the Taliban."),
        c("ttp", None, kind="attribution", entity="TTP", entity_text="Pakistani Taliban",
          quote="The Pakistani Taliban claimed the raid."),
    ], event_id="e1")
    assert len(plain.conflicts) == 1, "without the word faction, two movements named are two attributions"


# --- through the real desk ----------------------------------------------------------------------

def test_desk_flags_only_the_perpetrators_figure_on_a_siege_with_group_counts_and_attackers(tmp_path):
    from phenomena_helpers import conflicting, desk, one_row, rows

    con = desk(tmp_path, [
        ("w1.txt", "Frontier Wire", "2025-06-03",
         "QUETTA, June 3 - Gunmen who seized a passenger train near Sibi in Balochistan on Tuesday killed "
         "19 passengers and six soldiers before troops stormed it, the army said.\n\n"
         "Security forces killed 28 attackers during the operation to free the hostages, a military "
         "spokesman said.\n"),
        ("d2.txt", "Quetta Daily", "2025-06-04",
         "The death toll from Tuesday's train siege near Sibi in Balochistan stood at 25, officials said "
         "on Wednesday.\n\n"
         "The Balochistan Liberation Army, which claimed the attack, said in a statement that its fighters "
         "had killed 70 people.\n"),
    ])
    w1, d2 = rows(con, "w1.txt", "killed"), rows(con, "d2.txt", "killed")
    passengers, attackers = one_row(w1, 19), one_row(w1, 28)
    toll, boast = one_row(d2, 25), one_row(d2, 70)
    assert passengers["victims"] == "passengers" and attackers["victims"] == "militants"
    assert len({r["event_id"] for r in w1 + d2}) == 1
    assert conflicting(con, toll, boast)
    note = con.execute("select note from conflicts where ? in (claim_a, claim_b)", [boast["id"]]).fetchone()[0]
    assert "perpetrator's own figure" in note
    assert con.execute("select count(*) from conflicts").fetchone()[0] == 1, "19 passengers and 28 attackers fit 25"


def test_a_vague_count_with_no_ceiling_is_a_lower_bound_but_a_few_stays_small():
    lead = at("lead", 3, 9, "civilians", "Several civilians were killed when gunmen opened fire.", "Several", "s1", 0)
    later = at("later", 14, 14, "people", "A local official put the toll at 14.", "14", "s1", 60, claimant="an official")
    assert conflicts.find([lead, later], event_id="e1").conflicts == []
    early = at("early", 24, 99, "people", "Dozens of people were killed, witnesses said.", "Dozens", "s2", 0)
    final = at("final", 170, 170, "people", "Health officials said 170 people had died.", "170", "s3", 0)
    assert conflicts.find([early, final], event_id="e1").conflicts == []
    seven = at("seven", 7, 7, "people", "Police said seven people were killed.", "seven", "s4", 0)
    assert pairs(conflicts.find([early, seven], event_id="e1")) == {frozenset(("early", "seven"))}
    few = at("few", 2, 9, "police", "Only a few policemen were among the dead.", "a few", "s5", 0)
    boast = at("boast", 40, None, "police", "The group said it had killed at least 40 policemen.", "at least 40", "s6", 0,
               claimant_role="perpetrator")
    assert pairs(conflicts.find([few, boast], event_id="e1")) == {frozenset(("few", "boast"))}


def test_a_figure_of_no_group_told_as_among_the_dead_is_some_of_the_victims():
    named = "Among the dead was the district governor and one of his bodyguards."
    found = conflicts.find([
        at("toll", 60, None, "people", "The bombing killed at least 60 people.", "at least 60", "s1", 0),
        at("one", 1, 1, "people", named, "one", "s2", 0),
        at("troops", 20, 20, "soldiers", "Twenty soldiers were killed, the army said.", "Twenty", "s4", 0,
           claimant="the army"),
    ], event_id="e1")
    assert found.conflicts == [] and found.revisions == []
    # a named group among the dead is a count of that group
    listed = "Police said about a dozen soldiers and four clerks were among the victims."
    group = conflicts.find([
        at("dozen", 11, 13, "soldiers", listed, "about a dozen", "s3", 0, claimant="police"),
        at("troops", 20, 20, "soldiers", "Twenty soldiers were killed, the army said.", "Twenty", "s4", 0,
           claimant="the army"),
    ], event_id="e1")
    assert pairs(group) == {frozenset(("dozen", "troops"))}
    # a toll told before "among the dead" in another clause stays a toll
    head = "Twelve people died; among the dead were three children."
    stays = conflicts.find([
        at("twelve", 12, 12, "people", head, "Twelve", "s1", 0),
        at("five", 5, 5, "people", "Five people were killed.", "Five", "s2", 0),
    ], event_id="e1")
    assert pairs(stays) == {frozenset(("twelve", "five"))}


def test_an_agency_lowering_its_own_toll_is_a_revision_and_another_outlets_higher_figure_a_conflict():
    found = conflicts.find([
        at("first", 41, None, "people", "A news agency first reported that at least 41 people had died.",
           "at least 41", "s1", 0),
        at("lowered", 27, 27, "people", "The agency later lowered the toll to 27.", "27", "s1", 70),
        at("channel", 41, 41, "people", "Forty-one people died, a television channel said.", "Forty-one", "s2", 0,
           claimant="a television channel"),
        at("guards", 27, 27, "people", "The bombing killed 27 people.", "27", "s3", 0),
    ], event_id="e1")
    assert [(r["earlier_claim"], r["later_claim"], r["direction"]) for r in found.revisions] == [
        ("first", "lowered", "down")]
    assert pairs(found) == {frozenset(("channel", "lowered")), frozenset(("channel", "guards"))}


def test_a_later_sentence_set_against_an_earlier_rise_is_a_conflict_not_a_live_blog_update():
    rise = "The health department said on Tuesday that the toll had increased to 61."
    against = "However, police said on Friday that the confirmed number of dead stood at 52."
    found = conflicts.find([
        at("rise", 61, 61, "people", rise, "61", "s1", 0, claimant="The health department", claimant_role="official"),
        at("police", 52, 52, "people", against, "52", "s1", 80, claimant="police", claimant_role="official"),
    ], event_id="e1")
    assert pairs(found) == {frozenset(("rise", "police"))} and found.revisions == []
    # newest first without a word against it: the earlier figure is the newer one
    blog = conflicts.find([
        at("new", 44, None, "people", "11:40 PM - Health officials now say at least 44 people were killed.",
           "at least 44", "s1", 0, claimant="Health officials", claimant_role="official"),
        at("old", 35, 35, "people", "7:30 PM - The police chief has confirmed that 35 people died.", "35", "s1", 80,
           claimant="The police chief", claimant_role="official"),
    ], event_id="e1")
    assert blog.conflicts == [] and [(r["earlier_claim"], r["later_claim"]) for r in blog.revisions] == [("old", "new")]


def test_one_faction_named_under_two_parents_is_one_perpetrator():
    found = conflicts.find([
        c("a", None, kind="attribution", entity="TTP", entity_text="TTP",
          quote="Saif ul Haq Brigade, a little-known faction linked to the TTP, said it staged the raid."),
        c("b", None, kind="attribution", entity="Hafiz Gul Bahadur group", entity_text="Hafiz Gul Bahadur group",
          quote="A source said the Saif-ul-Haq Brigade Muhammad, a faction of the outlawed Hafiz Gul Bahadur group, "
                "was behind it."),
    ], event_id="e1")
    assert found.conflicts == []
    # two different factions under two parents are two attributions
    other = conflicts.find([
        c("a", None, kind="attribution", entity="TTP", entity_text="TTP",
          quote="Saif ul Haq Brigade, a little-known faction linked to the TTP, said it staged the raid."),
        c("b", None, kind="attribution", entity="Hafiz Gul Bahadur group", entity_text="Hafiz Gul Bahadur group",
          quote="Police blamed Lashkar Omar, a faction of the Hafiz Gul Bahadur group."),
    ], event_id="e1")
    assert len(other.conflicts) == 1


def test_an_organisations_own_people_are_a_group_not_everyone():
    own = "The traders' union said about 30 of its members had been killed."
    found = conflicts.find([
        at("union", 27, 33, "people", own, "about 30", "s1", 0, claimant="The traders' union"),
        at("all", 45, None, "people", "At least 45 people died in the market fire.", "At least 45", "s2", 0),
    ], event_id="e1")
    assert found.conflicts == []
    below = conflicts.find([
        at("union", 27, 33, "people", own, "about 30", "s1", 0, claimant="The traders' union"),
        at("few", 12, 12, "people", "Twelve people died in the market fire.", "Twelve", "s2", 0),
    ], event_id="e1")
    assert pairs(below) == {frozenset(("union", "few"))}, "everyone killed cannot be fewer than the union's dead"


def test_a_figure_told_as_the_previous_estimate_is_superseded_by_its_own_sentence():
    q = "Revised figures showed 20 soldiers and six guards were killed, an increase from the previous estimate of 22."
    found = conflicts.find([
        at("total", 26, 26, "people", "The toll climbed to 26, the army said.", "26", "s1", 0, claimant="the army"),
        at("sold", 20, 20, "soldiers", q, "20", "s1", 60),
        at("guards", 6, 6, "security_forces", q, "six", "s1", 80),
        at("prev", 22, 22, "people", q, "22", "s1", 150),
        at("other", 26, 26, "people", "Twenty-six people died in the attack.", "Twenty-six", "s2", 0),
    ], event_id="e1")
    assert found.conflicts == [], "the previous estimate contradicts no other report"
    assert [(r["earlier_claim"], r["later_claim"], r["direction"]) for r in found.revisions] == [("prev", "total", "up")]
