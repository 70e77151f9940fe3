"""The extractor builds its claims without validating them again (``record.new_claim``) and hashes their
ids itself (``record.fast_claim_id``): the same records, ids and errors as ``Claim(...)`` and ``models.claim_id``."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pydantic import ValidationError

import reconcile.extract as extract
import reconcile.extract.record as record
from reconcile.models import Claim, Source, claim_id

CORPUS = Path(__file__).parent / "corpus"

GOOD = dict(id="c1", source_id="s1", kind="killed", value_low=13, value_high=13, qualifier="exact", value_text="13",
            victims="people", entity=None, entity_text=None, quote="A bomb killed 13 people.", span_start=2,
            span_end=24, claimant="officials", claimant_role="official", event_date="2021-10-08",
            date_precision="day", place="Kabul", admin1="Kabul", country="Afghanistan", event_type="bombing",
            perpetrator=None, aggregate=False, scope=None, extractor="killed.verb_object", warning=None)


def _same(a: Claim, b: Claim) -> None:
    assert a == b
    assert a.model_dump_json() == b.model_dump_json()
    assert a.model_fields_set == b.model_fields_set
    assert repr(a) == repr(b)
    assert list(a.__dict__) == list(b.__dict__)


def test_a_valid_claim_is_the_validated_record():
    assert len(GOOD) == record._GIVEN  # the fields _claim gives
    fast = record.new_claim(**GOOD)
    _same(Claim(**GOOD), fast)
    fast.recalled = True  # still validated on assignment
    assert fast.recalled is True
    with pytest.raises(ValidationError):
        fast.value_low = -1


@pytest.mark.parametrize("bad", [
    dict(value_low=5, value_high=3), dict(span_end=1), dict(event_date="2021/10/08"), dict(claimant_role="someone"),
    dict(kind="rumour"), dict(value_low=-1), dict(date_precision="hour"), dict(place=3), dict(span_start=-2),
])
def test_what_validation_rejects_is_rejected(bad):
    with pytest.raises(ValidationError):
        Claim(**{**GOOD, **bad})
    with pytest.raises(ValidationError):
        record.new_claim(**{**GOOD, **bad})


@pytest.mark.parametrize("coerced", [dict(value_low=3.0, value_high=None), dict(aggregate=0), dict(span_start=True)])
def test_what_validation_coerces_is_coerced(coerced):
    _same(Claim(**{**GOOD, **coerced}), record.new_claim(**{**GOOD, **coerced}))


@pytest.mark.parametrize("parts", [("s1", "killed", 0, 5, None), ("sab", "injured", 10, 20, "people"),
                                   ("s\u00e9", "strength", 1, 2, ""), ("s2", "founded", True, 4, None),
                                   ("s3", "leader", 1.0, 4, None)])
def test_claim_ids_are_the_models(parts):
    assert record.fast_claim_id(*parts) == claim_id(*parts)


def test_extracted_claims_are_valid_records():
    for path in sorted(CORPUS.glob("*.txt"))[:15]:
        text = path.read_text(encoding="utf-8")
        sha = hashlib.sha256(text.encode()).hexdigest()
        src = Source(id="s" + sha[:12], origin=path.name, published="2022-05-01", text=text, sha256=sha)
        for c in extract.extract_claims(src):
            again = Claim(**c.model_dump())  # validated: the same values
            assert again == c and again.model_dump_json() == c.model_dump_json()
            assert c.id == claim_id(c.source_id, c.kind, c.span_start, c.span_end, c.victims)
