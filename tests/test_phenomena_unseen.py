"""Phenomena found on an unseen annotated set (sentences written by us, in the shape of the reports).

Each test pins one phrasing through the real extractor (``extract_claims`` on a ``Source``).
"""

from __future__ import annotations

import hashlib

from reconcile.extract import extract_claims
from reconcile.models import Source


def claims_of(text: str, kind: str | None = None, published: str | None = "2021-03-10"):
    sha = hashlib.sha256(text.encode()).hexdigest()
    src = Source(id="s" + sha[:12], origin="unseen.txt", publisher="Unseen Wire", published=published, text=text,
                 sha256=sha)
    return [c for c in extract_claims(src) if kind is None or c.kind == kind]


def values(claims):
    return sorted((c.value_low, c.value_high) for c in claims)


def test_were_harmed_is_an_injured_figure():
    got = claims_of("A suicide bomber struck a bus in Kabul on Monday, killing 9 people. Officials said 63 were "
                    "harmed in the blast.", "injured")
    assert values(got) == [(63, 63)]


def test_no_one_was_harmed_gives_no_figure():
    assert not claims_of("A rocket landed near the airport in Kabul on Monday, but no one was harmed, police said.",
                         "injured")


def test_execution_of_prisoners_is_no_attack_toll():
    # conservative: an execution (by a court, by captors) is not a casualty figure of an attack
    got = claims_of("The Taliban publicly executed two men convicted of murder at a stadium in Ghazni on Thursday.")
    assert not [c for c in got if c.kind in ("killed", "injured")]
    got = claims_of("Four prisoners were executed in the provincial jail in Kandahar, the court said.")
    assert not [c for c in got if c.kind in ("killed", "injured")]


def test_object_of_killed_is_no_subject_of_were_wounded():
    # "killed three Afghans and four other people were wounded" gave a wrong "3 injured"
    got = claims_of("The car bomb in Jalalabad killed five Afghans and six other people were wounded, officials said.")
    assert values([c for c in got if c.kind == "killed"]) == [(5, 5)]
    assert values([c for c in got if c.kind == "injured"]) == [(6, 6)]
    got = claims_of("The car bomb in Jalalabad killed five Afghans, and six other people were wounded.")
    assert values([c for c in got if c.kind == "injured"]) == [(6, 6)]


def test_coordinated_subjects_of_a_passive_still_count():
    # guard: "N X and M Y were killed" still gives both groups
    got = claims_of("Eight soldiers and two civilians were killed in the blast in Khost.", "killed")
    assert values(got) == [(2, 2), (8, 8)]


def test_strength_numbered_and_a_figure_of_a_later_year_with_the_noun_elided():
    got = claims_of("By one estimate the branch numbered about 2,500 fighters in 2017 and perhaps 1,200 by 2021.",
                    "strength")
    assert [c for c in got if c.value_low is not None and 2200 <= c.value_low <= 2500]
    assert [c for c in got if c.value_low == 1200]


def test_gunmen_storm_keeps_the_toll_but_a_storm_still_is_weather():
    got = claims_of("Militants storm hotel in Kabul\n\nAt least 14 people were killed in the siege, officials said.",
                    "killed", published="2018-01-21")
    assert [c for c in got if c.value_low == 14]
    assert not claims_of("A storm swept through the valley in Badakhshan, and at least 14 people were killed.",
                         "killed")


def test_only_before_the_object_count_of_a_casualty_verb():
    got = claims_of("The raid on the checkpoint in Kunduz killed only a few policemen, the district chief said.",
                    "killed")
    assert values(got) == [(2, 5)] and got[0].victims == "police"
