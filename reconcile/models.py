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
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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

    low: Optional[int] = Field(default=None, ge=0, description="lowest value the words allow")
    high: Optional[int] = Field(default=None, ge=0, description="highest value, None when open")

    @model_validator(mode="after")
    def _ordered(self) -> "Interval":
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"inverted interval: low {self.low} > high {self.high}")
        return self

    def overlaps(self, other: "Interval") -> bool:
        lo = max(self.low or 0, other.low or 0)
        his = [h for h in (self.high, other.high) if h is not None]
        return not his or lo <= min(his)


class Source(Strict):
    id: str = Field(description="stable id, derived from the text's sha256")
    origin: str = Field(description="the path or URL as given at ingest")
    title: Optional[str] = None
    publisher: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = Field(default=None, description="YYYY-MM-DD")
    text: str = Field(description="exact text that claim spans index into")
    sha256: str
    ingested_at: Optional[str] = None
    copy_of: Optional[str] = Field(default=None, description="id of the source this one repeats")
    format: str = Field(default="text", description="text, markdown, html or claim-file")

    @field_validator("published")
    @classmethod
    def _published_iso(cls, v: Optional[str]) -> Optional[str]:
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
    kind: str = Field(description="killed, injured, strength, attacks, attribution, founded, leader")
    value_low: Optional[int] = Field(default=None, ge=0)
    value_high: Optional[int] = Field(default=None, ge=0)
    qualifier: Optional[str] = Field(
        default=None, description="exact, at_least, more_than, about, at_most, range or vague"
    )
    value_text: Optional[str] = Field(default=None, description="the words as written")
    victims: Optional[str] = Field(default=None, description="victim group, normalized")
    entity: Optional[str] = Field(default=None, description="canonical group or person")
    entity_text: Optional[str] = Field(default=None, description="the name as written")
    quote: str = Field(description="the sentence the claim comes from")
    span_start: int = Field(ge=0)
    span_end: int = Field(ge=0)
    claimant: Optional[str] = None
    claimant_role: ClaimantRole = "reporter"
    event_date: Optional[str] = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    date_precision: Optional[DatePrecision] = None
    place: Optional[str] = Field(default=None, description="gazetteer name")
    admin1: Optional[str] = None
    country: Optional[str] = None
    event_type: Optional[str] = None
    perpetrator: Optional[str] = Field(default=None, description="group named as doing it, canonical")
    aggregate: bool = Field(default=False, description="a total over many incidents, not one event")
    scope: Optional[str] = Field(default=None, description="what a subject claim covers")
    event_id: Optional[str] = None
    subject: Optional[str] = None
    extractor: str = Field(description="the rule that produced the claim, or 'manual'")
    status: Status = "normal"
    warning: Optional[str] = None

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        if v not in KINDS:
            raise ValueError(f"unknown kind {v!r} (known: {', '.join(KINDS)})")
        return v

    @field_validator("event_date")
    @classmethod
    def _iso_date(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not _ISO_PARTIAL.match(v):
            raise ValueError(f"event_date must be YYYY, YYYY-MM or YYYY-MM-DD, got {v!r}")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "Claim":
        Interval(low=self.value_low, high=self.value_high)
        if self.span_end < self.span_start:
            raise ValueError(f"span_end {self.span_end} before span_start {self.span_start}")
        return self

    @property
    def interval(self) -> Interval:
        return Interval(low=self.value_low, high=self.value_high)


class Event(Strict):
    id: str
    label: Optional[str] = None
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    place: Optional[str] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    event_type: Optional[str] = None
    perpetrator: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None


class Conflict(Strict):
    id: str
    event_id: Optional[str] = None
    subject: Optional[str] = None
    kind: str
    claim_a: str
    claim_b: str
    severity: float = Field(ge=0, description="grows with the gap between the two claims")
    note: Optional[str] = None


class Decision(Strict):
    """An editor's choice. Append-only: the latest decision for a target wins."""

    id: Optional[int] = None
    target: str = Field(description="what is decided: event:ID, claim:ID, conflict:ID or subject:NAME")
    kind: Optional[str] = Field(default=None, description="the claim kind decided on")
    action: str = Field(default="prefer", description="prefer, value, deprecate, resolve, ...")
    victims: Optional[str] = None
    preferred_claim_id: Optional[str] = None
    value_low: Optional[int] = Field(default=None, ge=0)
    value_high: Optional[int] = Field(default=None, ge=0)
    detail: Optional[str] = Field(default=None, description="JSON parameters: merge {from}, split {claims}")
    rationale: str = Field(min_length=1)
    actor: str = Field(min_length=1)
    decided_at: str

    @model_validator(mode="after")
    def _ordered(self) -> "Decision":
        Interval(low=self.value_low, high=self.value_high)
        return self
