import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from reconcile.models import KINDS, Claim, Decision, Interval, Source, claim_id


def make_claim(**over):
    data = dict(id="c1", source_id="s1", kind="killed", value_low=7, value_high=7, quote="Seven died.",
                span_start=0, span_end=5, extractor="manual")
    data.update(over)
    return Claim(**data)


def test_claim_accepts_an_open_interval():
    claim = make_claim(value_low=13, value_high=None)
    assert claim.interval == Interval(low=13, high=None)


@pytest.mark.parametrize("over, message", [
    ({"value_low": 50, "value_high": 7}, "inverted interval"),
    ({"value_low": -1}, "greater than or equal to 0"),
    ({"kind": "wounded-ish"}, "unknown kind"),
    ({"colour": "red"}, "Extra inputs are not permitted"),
    ({"claimant_role": "journalist"}, "claimant_role"),
    ({"event_date": "27/08/2021"}, "YYYY"),
    ({"span_start": 9, "span_end": 2}, "span_end"),
])
def test_claim_rejects_bad_values(over, message):
    with pytest.raises(ValidationError, match=message):
        make_claim(**over)


def test_source_published_must_be_iso():
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        Source(id="s", origin="a.txt", text="x", sha256="0", published="Aug 27 2021")


def test_decision_needs_rationale_and_actor():
    with pytest.raises(ValidationError):
        Decision(target="event:e1", rationale="", actor="ed", decided_at="2026-01-01T00:00:00Z")
    with pytest.raises(ValidationError, match="inverted"):
        Decision(target="event:e1", rationale="r", actor="ed", decided_at="t", value_low=9, value_high=3)


def test_claim_id_is_stable_and_depends_on_span_kind_and_victims():
    a = claim_id("s1", "killed", 10, 20, "civilians")
    assert a == claim_id("s1", "killed", 10, 20, "civilians")
    assert len({a, claim_id("s1", "killed", 10, 21, "civilians"), claim_id("s1", "injured", 10, 20, "civilians"),
                claim_id("s1", "killed", 10, 20, "soldiers"), claim_id("s2", "killed", 10, 20, "civilians")}) == 5


def test_every_kind_is_documented():
    assert all(v.get("help") for v in KINDS.values())


bounds = st.one_of(st.none(), st.integers(min_value=0, max_value=10_000))


@given(bounds, bounds, bounds, bounds)
def test_interval_overlap_is_symmetric_and_matches_a_plain_reference(a_lo, a_hi, b_lo, b_hi):
    if a_lo is not None and a_hi is not None and a_lo > a_hi:
        a_lo, a_hi = a_hi, a_lo
    if b_lo is not None and b_hi is not None and b_lo > b_hi:
        b_lo, b_hi = b_hi, b_lo
    a, b = Interval(low=a_lo, high=a_hi), Interval(low=b_lo, high=b_hi)
    # reference: some integer up to 20,001 lies in both intervals
    inside = lambda iv, n: (iv.low or 0) <= n and (iv.high is None or n <= iv.high)
    candidates = {0, 20_001} | {x for x in (a_lo, a_hi, b_lo, b_hi) if x is not None}
    expected = any(inside(a, n) and inside(b, n) for n in candidates)
    assert a.overlaps(b) == b.overlaps(a) == expected
