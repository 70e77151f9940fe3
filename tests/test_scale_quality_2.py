"""Clustering on a crowded desk, part 2: the signals a report carries besides place and day.

The matcher's real code on claims built in memory: a claim of responsibility names its
perpetrator as its entity; the means of attack two claims of one family name ("a roadside bomb",
"a suicide bomber") count against a link when they share nothing, the words for the victims
("worshippers") for it; different tolls count nothing either way, near or far (near ones are as
common between two attacks as within one; far ones are the conflicts the desk shows); an undated report weeks after a dated
incident counts less.  Each behaviour has a near miss that must not change.
"""

from __future__ import annotations

import numpy as np
import pytest

from reconcile.matching import build_batch, cluster_batch
from reconcile.matching.batch import type_words
from reconcile.matching.scoring import score_pairs


def _row(k, source, quote, **kw):
    return {"id": f"r{k}", "source_id": source, "kind": "killed", "quote": quote, "paragraph": 0,
            "published": "2021-03-10", "event_date": "2021-03-08", "date_precision": "day", **kw}


def _score(a, b, part="score"):
    s = score_pairs(build_batch([a, b]), np.array([0]), np.array([1]), threshold=0.0)
    return float(getattr(s, part)[0])


def _labels(rows):
    batch = build_batch(rows)
    labels = cluster_batch(batch).labels.tolist()
    return {cid: labels[k] for k, cid in enumerate(batch.ids)}


@pytest.mark.parametrize("entity", ["ISKP", "Islamic State Khorasan Province", "IS-K"])
def test_a_claim_of_responsibility_names_its_perpetrator_as_its_entity(entity):
    claim = _row(0, "a", f"{entity} said it carried out the attack on the checkpoint.", kind="attribution",
                 entity=entity, place="Jalalabad", admin1="Nangarhar", country="Afghanistan")
    toll = _row(1, "b", "Nine guards were killed at the Jalalabad checkpoint on Monday.", value_low=9, value_high=9,
                perpetrator="ISKP", place="Jalalabad", admin1="Nangarhar", country="Afghanistan")
    batch = build_batch([claim, toll])
    assert batch.perp[0] != 0 and batch.perp[0] == batch.perp[1]
    assert _score(claim, toll, "perpetrator") == 1.0
    # near miss: a toll's entity (the group it counts, say) is no perpetrator
    other = dict(toll, id="r2", kind="killed", entity="ISKP", perpetrator=None, value_low=4, value_high=4)
    assert build_batch([other]).perp[0] == 0
    # and a claim of responsibility by another movement disagrees
    rival = dict(claim, entity="Tehrik-i-Taliban Pakistan")
    assert _score(rival, toll, "perpetrator") == 0.0


@pytest.mark.parametrize("sentence, words", [
    ("The roadside bomb on Monday left five dead.", "roadside bomb"),
    ("Five died when roadside bombs struck two vehicles.", "roadside bomb"),
    ("A suicide bombing at the gate killed five.", "suicide bombing"),
    ("Gunmen staged an ambush on the convoy.", "ambush"),
    ("Drone strikes hit the compound overnight.", "drone strike"),
    ("The car bomb exploded near the market.", "car bomb"),
])
def test_the_words_a_sentence_uses_for_the_attack(sentence, words):
    assert type_words(sentence.lower()) == words


def test_a_bare_attack_or_strike_names_no_kind_of_attack():
    for sentence in ("Officials blamed the group for the attack.", "The strike was condemned.",
                     "Five people were killed, police said."):
        assert type_words(sentence.lower()) == ""


def _town(k, source, quote, etype=None, toll=6, **kw):
    return _row(k, source, quote, place="Pul-e-Khumri", admin1="Baghlan", country="Afghanistan",
                event_type=etype, value_low=toll, value_high=toll, **kw)


@pytest.mark.parametrize("sentence, means", [
    ("A suicide bomber blew himself up at the gate, killing five.", {"suicide"}),
    ("Five died when a bomb planted by the roadside hit their van.", {"planted"}),
    ("An improvised explosive device went off under a police pickup.", {"planted"}),
    ("Militants detonated an explosives-laden truck outside the base.", {"vehicle"}),
    ("A car packed with explosives was rammed into the convoy by an attacker.", {"vehicle"}),
    ("The bomb had been fixed to a motorbike parked by the shops.", {"motorcycle"}),
    ("A magnetic bomb stuck to a minibus killed five.", {"sticky"}),
    ("Gunmen opened fire on worshippers leaving the mosque.", {"gun"}),
    ("Fighters ambushed a patrol on the highway.", {"ambush"}),
    ("A suicide car bomber struck the compound.", {"suicide", "vehicle"}),
    # near misses: a bare bombing, a blast or an explosion names no means, nor does a target
    ("The bombing killed five at the mosque on Friday.", set()),
    ("A powerful blast ripped through the market.", set()),
    ("Five people died in an explosion in the city, police said.", set()),
])
def test_the_means_of_attack_a_sentence_names(sentence, means):
    from reconcile.matching.batch import attack_means

    names = ["suicide", "planted", "vehicle", "motorcycle", "sticky", "grenade", "gun", "ambush", "drone"]
    assert {n for k, n in enumerate(names) if attack_means(sentence.lower()) & (1 << k)} == means


def test_different_means_of_one_family_of_attack_count_against_a_link():
    a = _town(0, "a", "A roadside bomb killed 6 people in Pul-e-Khumri on Monday.", "roadside bomb", toll=6)
    blast = "The blast on Monday left 9 dead in Pul-e-Khumri."  # one sentence, the extractor's types differ
    suicide = _town(1, "b", blast, "suicide bombing", toll=9)
    assert _score(a, suicide, "type") == 0.5
    assert _score(a, suicide) < _score(a, _town(1, "b", blast, "ied blast", toll=9))
    # the means may come from the sentence alone (the extractor's type says only "bombing"), in any words
    for quote in ("A suicide bomber on Monday left 9 dead in Pul-e-Khumri.",
                  "Nine died in Pul-e-Khumri on Monday when an attacker detonated a suicide vest.",
                  "In Pul-e-Khumri, a magnetic bomb stuck to a bus killed nine on Monday.",
                  "Nine were killed by a hand grenade thrown into a shop in Pul-e-Khumri on Monday."):
        assert _score(a, _town(1, "b", quote, "bombing", toll=9), "type") == 0.5, quote
    # near misses: a bare "bombing" or "explosion" names no means; a car or motorcycle bomb may be a suicide
    # bomber's; the same means; means of another family (the family decides, as before)
    for etype in ("bombing", "explosion", "roadside bomb", "landmine"):
        other = _town(1, "b", blast, etype, toll=9)
        assert _score(a, other, "type") == 1.0, etype
        assert _score(a, other) > _score(a, suicide), etype
    for etype in ("car bomb", "motorcycle bomb", "suicide car bombing"):
        assert _score(_town(0, "a", blast, etype, toll=6), suicide, "type") == 1.0, etype
    shooting = _town(1, "b", blast, "shooting", toll=9)
    assert _score(a, shooting, "type") == 0.0
    # in another family the same: gunmen and an ambush fit, gunmen and a grenade (an explosion) do not
    gunmen = _town(0, "a", "Gunmen killed 6 people in Pul-e-Khumri on Monday.", "gun attack", toll=6)
    assert _score(gunmen, _town(1, "b", "Militants ambushed a patrol in Pul-e-Khumri.", "ambush", toll=9),
                  "type") == 1.0
    assert _score(a, shooting) < _score(a, suicide)


def test_the_same_words_for_the_victims_count_for_a_link():
    a = _town(0, "a", "A bomb killed 6 worshippers in Pul-e-Khumri on Monday.", toll=6, victims="worshippers")
    same = _town(1, "b", "Nine worshippers died in the Pul-e-Khumri blast on Monday.", toll=9, victims="worshippers")
    other = _town(1, "b", "Nine civilians died in the Pul-e-Khumri blast on Monday.", toll=9, victims="civilians")
    assert _score(a, same) > _score(a, other)
    # near miss: "people", the word for everyone, says nothing
    people_a = dict(a, victims="people")
    people_b = dict(other, victims="people")
    assert _score(people_a, people_b) == pytest.approx(_score(people_a, other))


def test_different_tolls_count_nothing_near_or_far():
    a = _town(0, "a", "A bomb killed 12 people in Pul-e-Khumri on Monday.", toll=12)
    text = "The Pul-e-Khumri blast on Monday killed {}."  # one sentence: only the toll differs
    near, apart = _town(1, "b", text.format(15), toll=15), _town(1, "b", text.format(15), toll=22)
    far = _town(1, "b", text.format(15), toll=53)
    # near figures (41 and 27 wounded) are as common between two attacks of one city a week apart as
    # between two counts of one attack; far ones (7 against 50) are the conflict the desk must show
    assert _score(a, near) == pytest.approx(_score(a, apart))
    assert _score(a, far) == pytest.approx(_score(a, apart))
    # the same toll still counts for a link
    assert _score(a, _town(1, "b", text.format(12), toll=12)) > _score(a, near)
    # a lower bound the other toll meets is compatible, however far ("at least 5" and 53)
    at_least = dict(a, value_low=5, value_high=None)
    assert _score(at_least, far, "toll") == 0.6


def _event(k, town, province, etype, victims, toll):
    return _row(k, f"s{k}", f"A {etype} killed {toll} {victims} in {town} on Monday.", value_low=toll, value_high=toll,
                place=town, admin1=province, country="Afghanistan", event_type=etype, victims=victims)


def test_a_placeless_report_joins_the_attack_its_sentence_names_in_its_own_words():
    car = _event(0, "Matun", "Khost", "car bomb", "people", 7)
    roadside = _event(1, "Gardez", "Paktia", "roadside bomb", "people", 7)
    # no place, no type from the extractor: only the sentence says which bomb it was
    vague = _row(2, "v", "The car bomb on Monday left 7 people dead, officials said.", value_low=7, value_high=7)
    labels = _labels([car, roadside, vague])
    assert labels["r2"] == labels["r0"] != labels["r1"]
    # near miss: a sentence that says only "a bomb" fits both as well and stays on its own
    bare = dict(vague, quote="The bomb on Monday left 7 people dead, officials said.")
    labels = _labels([car, roadside, bare])
    assert labels["r2"] not in (labels["r0"], labels["r1"])


def test_an_undated_report_weeks_after_a_dated_incident_counts_less_than_one_days_after():
    dated = _town(0, "a", "A roadside bomb killed 6 people in Pul-e-Khumri on Monday.", "roadside bomb", toll=6,
                  event_date="2021-03-08", published="2021-03-08")
    undated = _town(1, "b", "A roadside bomb in Pul-e-Khumri killed 4 people, officials said.", "roadside bomb", toll=4,
                    event_date=None, date_precision=None, published="2021-03-10")
    late = dict(undated, published="2021-04-20")
    assert _score(dated, undated) > _score(dated, late)
    # near miss: within its own report an undated figure keeps its paragraph's event, however late the report
    same_report = dict(late, source_id="a", quote="Another 4 were wounded.", kind="injured")
    recap = dict(dated, published="2021-04-20")
    assert _score(recap, same_report) == _score(dict(recap, published="2021-03-10"), dict(same_report, published="2021-03-10"))


def test_the_benchmark_splits_lost_and_false_pairs_by_report_type():
    from reconcile.benchmarks.cluster import DATES, PLACES, split_errors

    town_day = PLACES.index("town") * 8 + DATES.index("day")
    none_day = PLACES.index("no place") * 8 + DATES.index("day")
    # event A: three town reports together and a placeless one apart; event B's placeless report joined A's cluster
    labels = np.array([0, 0, 0, 1, 0, 2, 2])
    truth = ["A", "A", "A", "A", "B", "B", "B"]
    types = np.array([town_day, town_day, town_day, none_day, none_day, town_day, town_day])
    rows = {(r["place"], r["date"]): r for r in split_errors(labels, truth, types)}
    placeless = rows[("no place", "day")]
    assert placeless["claims"] == 2 and placeless["stranded"] == 2
    assert placeless["lost_pairs"] == 3 + 2  # A's stray against A's three; B's stray against B's other two
    assert placeless["false_pairs"] == 3  # B's claim inside A's cluster of three
    assert rows[("town", "day")]["stranded"] == 0 and rows[("town", "day")]["false_pairs"] == 0
