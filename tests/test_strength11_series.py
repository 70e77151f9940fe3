"""Strength estimates of one group told for different years or as figures of the past form a series, not a
conflict (issue 4). Sentences written for these tests; the groups are real.
"""

from __future__ import annotations

from phenomena_helpers import desk, extracted


def strength_of(text: str, published: str = "2012-05-02"):
    return extracted(text, "strength", published, "Wire", "w.txt")


def test_each_figure_of_a_yearly_series_takes_its_own_year():
    got = strength_of("Army statements put the TTP's strength at 5,100 in 2009 and 4,300 in 2010.")
    assert sorted((c.value_low, c.event_date) for c in got) == [(4300, "2010"), (5100, "2009")]


def test_a_figure_of_the_past_is_marked_earlier():
    cases = [
        ("The ministry says the TTP has fewer than 3,000 men, though it once had some 8,000 fighters.", 7200),
        ("US officials now count 4,000 ISKP fighters, well above the previous estimate of 1,500.", 1500),
        ("ISKP has perhaps 2,000 members, down from a peak of 8,500 fighters.", 8500),
        ("At its height the Taliban fielded 20,000 fighters, and it still has about 12,000 fighters.", 20000),
    ]
    for text, past in cases:
        got = {c.value_low: c for c in strength_of(text)}
        assert past in got and any(w in (got[past].scope or "") for w in ("earlier", "peak")), (text, got)
        others = [c for v, c in got.items() if v != past]
        assert others and all("earlier" not in (c.scope or "") and "peak" not in (c.scope or "") for c in others), text


def test_a_turn_to_the_present_is_not_the_past():
    got = strength_of("The group once held whole districts but now has some 3,000 fighters, the TTP commander said.")
    assert len(got) == 1 and "earlier" not in (got[0].scope or "")


def test_series_and_earlier_figures_raise_no_conflict(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Wire", "2012-05-02", "Army statements put the TTP's strength at 5,100 in 2009 and 4,300 in 2010."),
        ("b.txt", "Daily", "2012-05-03",
         "The ministry says the TTP has fewer than 3,000 men, though it once had some 8,000 fighters."),
    ])
    rows = con.execute("select * from conflicts where kind = 'strength'").fetchall()
    assert rows == []


def test_two_estimates_of_one_year_and_scope_still_conflict(tmp_path):
    con = desk(tmp_path, [
        ("a.txt", "Wire", "2012-05-02", "The TTP has about 3,000 fighters, officials said."),
        ("b.txt", "Daily", "2012-05-03", "The TTP has some 9,000 fighters, a researcher said."),
    ])
    rows = con.execute("select * from conflicts where kind = 'strength'").fetchall()
    assert len(rows) == 1
