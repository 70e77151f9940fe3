"""Consensus per event, kind and victim group: the rule named, copies not independent."""

from __future__ import annotations

from test_cluster import claim, db, write  # noqa: F401

from reconcile import consensus, pipeline


def c(id_, low, high, source, role="reporter", publisher=None, published=None, victims="people", kind="killed",
      **kw):
    return {"id": id_, "source_id": source, "kind": kind, "value_low": low, "value_high": high, "victims": victims,
            "claimant_role": role, "publisher": publisher or f"outlet {source}", "published": published,
            "claimant": kw.pop("claimant", None), "status": kw.pop("status", "normal"), "span_start": 0,
            "entity": kw.pop("entity", None), **kw}


def one(rows, kind="killed", victims="people"):
    [row] = [r for r in rows if r["kind"] == kind and r["victims"] == victims]
    return row


def test_perpetrator_figures_are_excluded_and_named():
    rows = consensus.compute([c("a", 7, 7, "s1"), c("b", 7, None, "s2"), c("boast", 50, 50, "s3", role="perpetrator")],
                             {}, event_id="e1")
    row = one(rows)
    assert (row["low"], row["high"], row["best"]) == (7, 7, 7)
    assert row["grade"] == "corroborated" and row["n_independent"] == 2
    assert "perpetrator figures excluded" in row["rule"]
    assert (row["perpetrator_low"], row["perpetrator_high"]) == (50, 50)


def test_incompatible_figures_are_contested_with_the_envelope_and_the_median():
    row = one(consensus.compute([c("a", 5, 5, "s1"), c("b", 20, 20, "s2"), c("c", 12, 14, "s3")], {}, event_id="e"))
    assert row["grade"] == "contested"
    assert (row["low"], row["high"], row["best"]) == (5, 20, 13)
    assert "envelope" in row["rule"]


def test_one_source_is_a_single_source_and_an_outlet_counts_with_its_latest_figure():
    row = one(consensus.compute([c("a", 13, None, "s1")], {}, event_id="e"))
    assert row["grade"] == "single source" and (row["low"], row["high"]) == (13, None)
    row = one(consensus.compute([
        c("old", 7, 7, "s1", publisher="Kabul Post", published="2021-08-26"),
        c("new", 20, 20, "s2", publisher="Kabul Post", published="2021-08-28"),
        c("other", 18, 25, "s3", publisher="Wire", published="2021-08-28"),
    ], {}, event_id="e"))
    assert (row["low"], row["high"]) == (20, 20) and row["grade"] == "corroborated"
    assert "superseded" in row["rule"] and row["n_independent"] == 2


def test_copies_are_not_independent():
    claims = [c("orig", 46, 46, "s1"), c("copy", 46, 46, "s2")]
    assert one(consensus.compute(claims, {}, event_id="e"))["grade"] == "corroborated"
    row = one(consensus.compute(claims, {"s2": "s1"}, event_id="e"))
    assert row["n_sources"] == 2 and row["n_independent"] == 1 and row["grade"] == "single source"
    assert "copied" in row["rule"]


def test_deprecated_claims_are_left_out_and_groups_are_separate():
    rows = consensus.compute([
        c("a", 13, 13, "s1", victims="us_troops"), c("b", 170, 170, "s2"), c("bad", 1000, 1000, "s3", status="deprecated"),
    ], {}, event_id="e")
    assert one(rows)["low"] == 170 and one(rows)["grade"] == "single source"
    assert one(rows, victims="us_troops")["best"] == 13


def test_attribution_consensus_names_the_group_most_sources_give():
    row = one(consensus.compute([
        c("x", None, None, "s1", kind="attribution", entity="ISKP", victims=None),
        c("y", None, None, "s2", kind="attribution", entity="ISIS-K", victims=None),
        c("z", None, None, "s3", kind="attribution", entity="Taliban", victims=None),
    ], {}, event_id="e"), kind="attribution", victims=None)
    assert row["grade"] == "contested" and row["note"].startswith("ISKP (2 source(s))")


def test_subject_consensus_uses_the_latest_estimates():
    rows = consensus.compute([
        c("old", 8000, 8500, "s1", kind="strength", victims=None, event_date="2016"),
        c("new", 1500, 2200, "s2", kind="strength", victims=None, event_date="2021"),
    ], {}, subject="ISKP/strength")
    row = one(rows, kind="strength", victims=None)
    assert (row["low"], row["high"]) == (1500, 2200)


def test_desk_consensus_rows(db):  # noqa: F811
    ctx = dict(place="Kabul", admin1="Kabul", country="Afghanistan", event_date="2021-08-26", date_precision="day",
               event_type="suicide bombing")
    a = claim("a", "A suicide bombing at Kabul airport on Thursday killed 13 U.S. troops.", low=13, high=13,
              victims="us_troops", **ctx)
    b = claim("b", "Thirteen U.S. troops died in Thursday's bombing at the Kabul airport.", low=13, high=13,
              victims="us_troops", **ctx)
    write(db, "a", "2021-08-27", [[a]], publisher="Wire A")
    write(db, "b", "2021-08-27", [[b]], publisher="Daily B")
    with db.atomic():
        pipeline.refresh(db, None)
    row = next(db.query("select * from consensus where kind = 'killed'"))
    assert (row["low"], row["high"], row["best"], row["grade"], row["n_independent"]) == (13, 13, 13, "corroborated", 2)
    assert row["event_id"] == db.execute("select event_id from claims where id = ?", [a["id"]]).fetchone()[0]


def test_strength_estimates_of_other_scopes_are_a_series_not_a_contest():
    rows = consensus.compute([
        c("un", 500, 5000, "s1", kind="strength", victims=None, event_date="2021",
          scope="northern and eastern Afghanistan"),
        c("east", 1500, 2200, "s2", kind="strength", victims=None, event_date="2021", scope="eastern Afghanistan"),
        c("east2", 2000, 2000, "s3", kind="strength", victims=None, event_date="2021", scope="eastern Afghanistan"),
        c("old", 8000, 8500, "s4", kind="strength", victims=None, event_date="2016"),
    ], {}, subject="ISKP/strength")
    row = one(rows, kind="strength", victims=None)
    assert (row["low"], row["high"], row["grade"]) == (2000, 2000, "corroborated")
    assert "series" in row["rule"]


def test_a_figure_its_own_report_updates_is_left_out():
    # "The toll has risen to 31 ... officials initially said about a dozen": the consensus is 31, not 11-31
    rows = consensus.compute([
        c("new", 31, 31, "s1", claimant="the provincial administration", span_start=0,
          quote="The number of people killed has risen to 31."),
        c("old", 11, 13, "s1", claimant="officials in Balkh", span_start=50,
          quote="Officials in Balkh initially said about a dozen people had died."),
        c("other", 24, 99, "s2", quote="Dozens were killed."),
    ], {}, event_id="e1")
    row = one(rows)
    assert (row["low"], row["high"], row["grade"]) == (31, 31, "corroborated")
    assert "own report updates excluded" in row["rule"]
    # two claimants of one report with no word of an update both count
    two = one(consensus.compute([
        c("police", 5, 5, "s1", claimant="police", quote="Police said five people were killed."),
        c("hosp", 20, 20, "s1", claimant="a hospital", span_start=40, quote="A hospital said it received 20 bodies."),
    ], {}, event_id="e1"))
    assert two["grade"] == "contested"
