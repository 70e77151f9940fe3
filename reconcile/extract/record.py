"""Claim records built fast: ``new_claim`` is ``Claim(**fields)`` without validating twice, and
``fast_claim_id`` is ``models.claim_id`` without its generator of str() calls, for the values the rules
give (tests/test_claim_fast.py compares both with the model's own)."""

from __future__ import annotations

from hashlib import sha256 as _sha256

from ..models import _ISO_PARTIAL, CLAIMANT_ROLES, KINDS, Claim, DatePrecision, claim_id

_ROLES = frozenset(CLAIMANT_ROLES)
_PRECISIONS = frozenset(DatePrecision.__args__)  # type: ignore[attr-defined]
_STR_OR_NONE = (str, type(None))
#: every field of a claim in the model's order, with its default (a required field's value is always given)
_TEMPLATE = {k: (None if f.is_required() else f.get_default(call_default_factory=True)) for k, f in Claim.model_fields.items()}
_new, _set = object.__new__, object.__setattr__


def new_claim(**f) -> Claim:
    """``Claim(**f)``. When every field is already what validation would accept unchanged (the
    exact type, every constraint of the model met: the claims the rules build), the record is
    built as ``Claim.model_construct`` builds it (its dict in the model's order, its set fields),
    without validating again nor that method's own cost; anything else (a value to coerce, a
    constraint broken) goes through ``Claim(**f)``, which coerces or raises as before.
    (speed: pydantic's validation was about a third of the cost of building a claim)"""
    lo, hi, s0, s1 = f["value_low"], f["value_high"], f["span_start"], f["span_end"]
    date, prec, role, kind = f["event_date"], f["date_precision"], f["claimant_role"], f["kind"]
    if not (type(s0) is int and type(s1) is int and 0 <= s0 <= s1
            and (lo is None or type(lo) is int and lo >= 0)
            and (hi is None or type(hi) is int and hi >= 0 and (lo is None or lo <= hi))
            and type(kind) is str and kind in KINDS and type(role) is str and role in _ROLES
            and (prec is None or type(prec) is str and prec in _PRECISIONS)
            and (date is None or type(date) is str and _ISO_PARTIAL.match(date) is not None)
            and type(f["aggregate"]) is bool and type(f["id"]) is str and type(f["source_id"]) is str
            and type(f["quote"]) is str and type(f["extractor"]) is str
            and type(f["qualifier"]) in _STR_OR_NONE and type(f["value_text"]) in _STR_OR_NONE
            and type(f["victims"]) in _STR_OR_NONE and type(f["entity"]) in _STR_OR_NONE
            and type(f["entity_text"]) in _STR_OR_NONE and type(f["claimant"]) in _STR_OR_NONE
            and type(f["place"]) in _STR_OR_NONE and type(f["admin1"]) in _STR_OR_NONE
            and type(f["country"]) in _STR_OR_NONE and type(f["event_type"]) in _STR_OR_NONE
            and type(f["perpetrator"]) in _STR_OR_NONE and type(f["scope"]) in _STR_OR_NONE
            and type(f["warning"]) in _STR_OR_NONE and len(f) == _GIVEN):
        return Claim(**f)
    d = _TEMPLATE.copy()
    d.update(f)
    claim = _new(Claim)
    _set(claim, "__dict__", d)
    _set(claim, "__pydantic_fields_set__", set(f))
    _set(claim, "__pydantic_extra__", None)
    _set(claim, "__pydantic_private__", None)
    return claim


def fast_claim_id(source_id: str, kind: str, span_start: int, span_end: int, victims: str | None) -> str:
    """``models.claim_id`` (the same string, tests/test_claim_fast.py compares them), its parts
    joined by one f-string instead of a generator of str() calls when they have the types the rules give."""
    if type(source_id) is str and type(kind) is str and type(span_start) is int and type(span_end) is int and \
            type(victims) in _STR_OR_NONE:
        return "c" + _sha256(f"{source_id}\x1f{kind}\x1f{span_start}\x1f{span_end}\x1f{victims or ''}"
                             .encode()).hexdigest()[:16]
    return claim_id(source_id, kind, span_start, span_end, victims)


#: how many fields extract._claim gives (those new_claim checks): with any other, Claim(**f) decides
_GIVEN = 26
