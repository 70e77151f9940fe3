"""The records that cross the desk's boundaries, validated with pydantic.

Every model forbids unknown fields, so a claim file with a typo in a column name
fails loudly instead of losing the value.  Names follow the public schema in
DESIGN.md: a *source* is a report, a *claim* one assertion in it, an *event* one
incident, a *conflict* two claims that cannot both be true, a *decision* an
editor's choice.
"""

from __future__ import annotations

import hashlib
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

#: Claim kinds the desk knows. ``numeric`` kinds carry an interval of counts;
#: the others name something (``entity``) or a year (``founded``).
KINDS: dict[str, dict] = {
    "killed": {"numeric": True, "help": "people killed"},
    "injured": {"numeric": True, "help": "people injured or wounded"},
    "strength": {"numeric": True, "help": "fighters or members of an armed group"},
    "attacks": {"numeric": True, "help": "number of attacks or incidents"},
    "attribution": {"numeric": False, "help": "which group carried out an event"},
    "founded": {"numeric": True, "help": "year an armed group was formed"},
    "leader": {"numeric": False, "help": "a named leader of a group"},
}
NUMERIC_KINDS = frozenset(k for k, v in KINDS.items() if v["numeric"])

ClaimantRole = Literal[
    "reporter", "official", "perpetrator", "researcher", "international_org", "unknown"
]
CLAIMANT_ROLES: tuple[str, ...] = ClaimantRole.__args__  # type: ignore[attr-defined]

DatePrecision = Literal["day", "week", "month", "season", "year", "decade"]

#: Review ranks in the manner of Wikidata; ``status`` of a claim.
Status = Literal["normal", "preferred", "deprecated"]

_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_kind(v: str) -> str:
    if v not in KINDS:
        raise ValueError(f"unknown kind {v!r} (known: {', '.join(KINDS)})")
    return v


def check_partial_date(v: str | None) -> str | None:
    if v is not None and not _ISO_PARTIAL.match(v):
        raise ValueError(f"must be YYYY, YYYY-MM or YYYY-MM-DD, got {v!r}")
    return v


#: A claim kind from :data:`KINDS`.
Kind = Annotated[str, AfterValidator(check_kind)]
#: A date as precise as the report allows: YYYY, YYYY-MM or YYYY-MM-DD.
PartialDate = Annotated[str | None, AfterValidator(check_partial_date)]


def short_hash(*parts: object, prefix: str = "", length: int = 16) -> str:
    """A stable id from its parts: ``prefix`` + the first ``length`` hex of sha256."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return prefix + h.hexdigest()[:length]


def claim_id(source_id: str, kind: str, span_start: int, span_end: int, victims: str | None = None) -> str:
    """A claim's id derives from its source and its span, so re-ingesting changes nothing."""
    return short_hash(source_id, kind, span_start, span_end, victims or "", prefix="c")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Interval(Strict):
    """A count as an interval: ``high=None`` is open above, ``low=None`` open below."""

    low: int | None = Field(default=None, ge=0, description="lowest value the words allow")
    high: int | None = Field(default=None, ge=0, description="highest value, None when open")

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"inverted interval: low {self.low} > high {self.high}")
        return self

    def overlaps(self, other: Interval) -> bool:
        lo = max(self.low or 0, other.low or 0)
        his = [h for h in (self.high, other.high) if h is not None]
        return not his or lo <= min(his)


class Source(Strict):
    id: str = Field(description="stable id, derived from the text's sha256")
    origin: str = Field(description="the path or URL as given at ingest")
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    text: str = Field(description="exact text that claim spans index into")
    sha256: str
    ingested_at: str | None = None
    copy_of: str | None = Field(default=None, description="id of the source this one repeats")
    format: str = Field(default="text", description="text, markdown, html or claim-file")

    @field_validator("published")
    @classmethod
    def _published_iso(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        v = str(v).strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            raise ValueError(f"published must be YYYY-MM-DD, got {v!r}")
        return v


class Claim(Strict):
    """One assertion in one source, with its evidence span."""

    id: str
    source_id: str
    kind: Kind = Field(description="killed, injured, strength, attacks, attribution, founded, leader")
    value_low: int | None = Field(default=None, ge=0)
    value_high: int | None = Field(default=None, ge=0)
    qualifier: str | None = Field(
        default=None, description="exact, at_least, more_than, about, at_most, range or vague"
    )
    value_text: str | None = Field(default=None, description="the words as written")
    victims: str | None = Field(default=None, description="victim group, normalized")
    entity: str | None = Field(default=None, description="canonical group or person")
    entity_text: str | None = Field(default=None, description="the name as written")
    quote: str = Field(description="the sentence the claim comes from")
    span_start: int = Field(ge=0)
    span_end: int = Field(ge=0)
    claimant: str | None = None
    claimant_role: ClaimantRole = "reporter"
    event_date: PartialDate = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    date_precision: DatePrecision | None = None
    place: str | None = Field(default=None, description="gazetteer name")
    admin1: str | None = None
    country: str | None = None
    event_type: str | None = None
    perpetrator: str | None = Field(default=None, description="group named as doing it, canonical")
    aggregate: bool = Field(default=False, description="a total over many incidents, not one event")
    recalled: bool = Field(default=False, description="its clause tells of another incident than its report's own")
    scope: str | None = Field(default=None, description="what a subject claim covers")
    event_id: str | None = None
    subject: str | None = None
    extractor: str = Field(description="the rule that produced the claim, or 'manual'")
    status: Status = "normal"
    warning: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Claim:
        Interval(low=self.value_low, high=self.value_high)
        if self.span_end < self.span_start:
            raise ValueError(f"span_end {self.span_end} before span_start {self.span_start}")
        return self

    @property
    def interval(self) -> Interval:
        return Interval(low=self.value_low, high=self.value_high)


class Event(Strict):
    id: str
    label: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    event_type: str | None = None
    perpetrator: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class Conflict(Strict):
    id: str
    event_id: str | None = None
    subject: str | None = None
    kind: str
    claim_a: str
    claim_b: str
    severity: float = Field(ge=0, description="grows with the gap between the two claims")
    note: str | None = None


class Decision(Strict):
    """An editor's choice. Append-only: the latest decision for a target wins."""

    id: int | None = None
    target: str = Field(description="what is decided: event:ID, claim:ID, conflict:ID or subject:NAME")
    kind: str | None = Field(default=None, description="the claim kind decided on")
    action: str = Field(default="prefer", description="prefer, value, deprecate, resolve, ...")
    victims: str | None = None
    preferred_claim_id: str | None = None
    value_low: int | None = Field(default=None, ge=0)
    value_high: int | None = Field(default=None, ge=0)
    detail: str | None = Field(default=None, description="JSON parameters: merge {from}, split {claims}")
    rationale: str = Field(min_length=1)
    actor: str = Field(min_length=1)
    decided_at: str

    @model_validator(mode="after")
    def _ordered(self) -> Decision:
        Interval(low=self.value_low, high=self.value_high)
        return self
