"""extract_claims on short reports written for these tests (our own words)."""

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.extract import extract_claims
from reconcile.models import Source


def src(text: str, published: str | None = "2021-10-10", publisher: str | None = "Test Wire") -> Source:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Source(id="s" + sha[:12], origin="test.txt", publisher=publisher, published=published, text=text, sha256=sha)


def claims_of(text, kind=None, **kw):
    out = extract_claims(src(text, **kw))
    return [c for c in out if kind is None or c.kind == kind]


def test_spans_index_the_text_and_quote_is_the_sentence():
    text = "Intro line.\n\nA car bomb killed at least 12 people in Kandahar on Tuesday. Police said 30 were wounded."
    s = src(text)
    out = extract_claims(s)
    assert {c.kind for c in out} >= {"killed", "injured"}
    for c in out:
        assert c.quote in text
        assert text[c.span_start : c.span_end] in c.quote


def test_two_victim_groups_in_one_sentence():
    text = "A suicide bombing at the gate killed more than 90 Afghans and 11 American soldiers in Kabul."
    killed = claims_of(text, "killed")
    got = sorted((c.value_low, c.value_high, c.victims) for c in killed)
    assert got == [(11, 11, "us_troops"), (91, None, "afghans")]


def test_us_troops_label_is_shared():
    a = claims_of("The blast killed 9 U.S. servicemembers near the airport.", "killed")
    b = claims_of("The blast killed 9 American troops near the airport.", "killed")
    assert a[0].victims == b[0].victims == "us_troops"


def test_killed_and_injured_in_one_sentence():
    out = claims_of("Gunmen stormed a clinic in Jalalabad, killing six and injuring at least 11.")
    got = sorted((c.kind, c.value_low, c.value_high) for c in out if c.kind in ("killed", "injured"))
    assert got == [("injured", 11, None), ("killed", 6, 6)]


def test_vague_quantity_names_rule_and_interval():
    (c,) = claims_of("An explosion ripped through a Shiite mosque, killing dozens of worshippers.", "killed")
    assert (c.value_low, c.value_high, c.qualifier) == (24, 99, "vague")
    assert c.extractor.endswith("+vague:dozens")
    assert c.victims == "worshippers"
    assert c.value_text == "dozens"


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan government received hundreds of billions of dollars in aid.",
        "The jailbreak freed hundreds of additional fighters loyal to the group.",
        "The group lost thousands of fighters to its rival over the years.",
        "Police detained dozens after the protest.",
        "In 2019, three men conspired to attack a stadium.",
        "Officers arrested a cell of four Tajik nationals in 2020.",
        "Such bombings kill a large number of civilians.",
        "The war lasted nearly 20 years.",
    ],
)
def test_no_casualty_or_strength_claim_from_noise(text):
    assert [c for c in claims_of(text) if c.kind in ("killed", "injured", "strength")] == []


def test_strength_with_scope_and_entity():
    text = "According to UN estimates, IS-K has between 1,000 and a few thousand fighters in eastern Afghanistan."
    (c,) = claims_of(text, "strength")
    assert (c.value_low, c.value_high) == (1000, 5000)
    assert c.entity == "ISKP" and c.entity_text == "IS-K"
    assert c.scope == "eastern Afghanistan"
    assert c.claimant_role == "international_org"


def test_perpetrator_own_statement():
    text = ("A bomber struck a Sufi shrine in Sehwan on Thursday. In a statement, the group claimed that "
            "its bomber killed 50 apostates, while hospital officials said 7 people died.")
    out = claims_of(text, "killed", published="2023-03-04")
    roles = {c.value_low: c.claimant_role for c in out}
    assert roles[50] == "perpetrator"


def test_official_claimant_and_date_resolution():
    text = "At least 14 people were killed on Friday in a blast in Mazar-e Sharif, officials said."
    (c,) = claims_of(text, "killed", published="2022-04-24")
    assert c.claimant_role == "official" and c.claimant == "officials"
    assert (c.event_date, c.date_precision) == ("2022-04-22", "day")
    assert (c.place, c.admin1, c.country) == ("Mazar-i-Sharif", "Balkh", "Afghanistan")


def test_month_without_year_resolves_to_the_last_such_month():
    (c,) = claims_of("A rocket attack in August killed 5 people in Kabul.", "killed", published="2022-02-01")
    assert (c.event_date, c.date_precision) == ("2021-08", "month")


def test_aggregate_totals_are_marked():
    text = "The UN mission recorded 429 people killed in 73 incidents since 2021."
    (c,) = claims_of(text, "killed")
    assert c.aggregate is True


def test_founded_and_leader():
    text = ("The branch was formed in 2015 by defectors. Since 2020, the ISKP has been led by Shahab al-Mujahir.")
    f = claims_of(text, "founded")
    assert [(c.value_low, c.value_high) for c in f] == [(2015, 2015)]
    (leader,) = claims_of(text, "leader")
    assert leader.entity == "Shahab al-Muhajir" and leader.entity_text == "Shahab al-Mujahir"


def test_attribution_gives_perpetrator_to_the_event():
    text = ("Twenty-one people were killed when a bomb exploded in a mosque in Pul-i-Khumri on Friday.\n"
            "Islamic State Khorasan Province claimed responsibility for the attack.")
    out = claims_of(text)
    k = [c for c in out if c.kind == "killed"][0]
    a = [c for c in out if c.kind == "attribution"][0]
    assert a.entity == "ISKP" and a.claimant_role == "perpetrator"
    assert k.perpetrator == "ISKP"
    assert k.place == "Pul-e-Khumri" and k.value_low == 21


def test_boilerplate_yields_no_claims():
    text = ("Three people were killed in Herat on Monday, police said.\n"
            "3 mins read\n"
            "Relatives mourn 40 people killed in a blast in Kabul SOME PHOTOGRAPHER AFP\n"
            "Share this article\nSubscribe to our newsletter: 10 people killed daily\nSource link\n")
    out = claims_of(text)
    assert [(c.kind, c.value_low) for c in out] == [("killed", 3)]


def test_implausible_tolls_do_not_become_claims():
    out = claims_of("A typo says 1,000,000,000 people were killed in the blast.", "killed")
    assert out == [] or all(c.warning for c in out)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises_and_spans_hold(text):
    s = src(text)
    for c in extract_claims(s):
        assert 0 <= c.span_start <= c.span_end <= len(text)
        assert c.quote in text


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=50_000), st.sampled_from(["killed", "wounded"]))
def test_any_number_in_a_plain_sentence_is_read(n, verb):
    text = f"The attack {verb} {n:,} people in Quetta."
    kind = "killed" if verb == "killed" else "injured"
    got = [(c.value_low, c.value_high) for c in claims_of(text, kind)]
    assert got == [(n, n)]


def test_hostile_input_does_not_crash():
    for text in ["\x00\x01killed 5\x02", "\u201ckilled 12 people", "\u202e killed \u0663 people", "killed " * 5000,
                 "قتل ۱۳ نفر در کابل", "1" * 10000, ""]:
        extract_claims(src(text))
