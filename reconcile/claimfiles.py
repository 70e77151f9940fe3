"""Hand-entered claim files (YAML, JSON, CSV) for sources that are not text.

A broadcast, a PDF table, a phone call: the fact-checker transcribes the words that
carry each claim as its ``quote``. The source's text is then the transcript given
(``source.text``) or, without one, the quotes themselves joined by blank lines, so
``sources.text[span_start:span_end]`` is the evidence here too.

YAML / JSON::

    source: {origin: tv/evening-news-2021-10-09, title: ..., publisher: ..., published: 2021-10-09}
    claims:
      - {kind: killed, value_low: 46, value_high: 46, quote: "...", claimant_role: official}

A ``source`` that gives only the ``origin`` of a report already on the desk (or in the
same run) attaches the claims to that report; each quote must then occur in its text.

CSV: one claim per row, the claim columns plus ``source_origin``, ``source_title``,
``source_publisher``, ``source_author``, ``source_url``, ``source_published``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, model_validator

from .models import KINDS, NUMERIC_KINDS, ClaimantRole, DatePrecision, Interval, Kind, PartialDate, Strict
from .reading import InputError, _yaml_reason, check_metadata, decode, read_bytes, validation_reason

SOURCE_FIELDS = ("origin", "title", "publisher", "author", "url", "published", "text")


class SourceEntry(Strict):
    origin: str = Field(min_length=1, description="a stable identifier of the source (path, URL or label)")
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    text: str | None = Field(default=None, description="a transcript the quotes are found in")

    @property
    def is_reference(self) -> bool:
        """Only an origin: the claims belong to a report already ingested."""
        return all(getattr(self, f) in (None, "") for f in SOURCE_FIELDS if f != "origin")


class ClaimEntry(Strict):
    kind: Kind = Field(description=", ".join(KINDS))
    value_low: int | None = Field(default=None, ge=0)
    value_high: int | None = Field(default=None, ge=0)
    qualifier: str | None = None
    value_text: str | None = None
    victims: str | None = None
    entity: str | None = None
    entity_text: str | None = None
    quote: str = Field(min_length=1, description="the transcribed words that carry the claim")
    claimant: str | None = None
    claimant_role: ClaimantRole = "reporter"
    event_date: PartialDate = None
    date_precision: DatePrecision | None = None
    place: str | None = None
    event_type: str | None = None
    perpetrator: str | None = None
    aggregate: bool = False
    scope: str | None = None
    subject: str | None = None

    @model_validator(mode="after")
    def _values(self) -> ClaimEntry:
        Interval(low=self.value_low, high=self.value_high)
        if self.kind in NUMERIC_KINDS and self.value_low is None and self.value_high is None:
            raise ValueError(f"a {self.kind} claim needs value_low or value_high")
        if self.kind in ("attribution", "leader") and not (self.entity or self.entity_text):
            raise ValueError(f"a {self.kind} claim needs entity")
        return self


@dataclass
class ClaimFile:
    path: Path
    source: SourceEntry
    claims: list[tuple[str, ClaimEntry]]  # (where in the file, entry)


def read_claim_file(path: Path, max_bytes: int) -> list[ClaimFile]:
    text = decode(path, read_bytes(path, max_bytes))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _from_csv(path, text)
    try:
        data = json.loads(text) if suffix == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as e:
        raise InputError(path, f"not valid JSON: {e.msg} (line {e.lineno})") from None
    except yaml.YAMLError as e:
        raise InputError(path, f"not valid YAML: {_yaml_reason(e)}") from None
    blocks = data if isinstance(data, list) else [data]
    return [_from_mapping(path, block, n if len(blocks) > 1 else None) for n, block in enumerate(blocks, 1)]


def _from_mapping(path: Path, data: Any, block: int | None) -> ClaimFile:
    where = f"block {block}: " if block else ""
    if not isinstance(data, dict) or "claims" not in data:
        raise InputError(path, f"{where}a claim file needs 'source' and 'claims' keys")
    unknown = sorted(set(data) - {"source", "claims"})
    if unknown:
        raise InputError(path, f"{where}unknown key(s) {', '.join(map(str, unknown))} (known: source, claims)")
    if not data.get("source"):
        raise InputError(path, f"{where}missing source: say where the claims come from (source.origin)")
    source = _source(path, data["source"], where)
    rows = data["claims"]
    if not isinstance(rows, list) or not rows:
        raise InputError(path, f"{where}'claims' must be a non-empty list")
    claims = [(f"{where}claim {n}", _claim(path, row, f"{where}claim {n}")) for n, row in enumerate(rows, 1)]
    return ClaimFile(path, source, claims)


def _from_csv(path: Path, text: str) -> list[ClaimFile]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise InputError(path, "CSV has no header")
    groups: dict[str, ClaimFile] = {}
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise InputError(path, f"row {number}: more values than header columns")
        row = {k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items()}
        if not any(row.values()):
            continue
        src = {k.removeprefix("source_"): v for k, v in row.items() if k.startswith("source_") and v}
        if not src.get("origin"):
            raise InputError(path, f"row {number}: missing source (source_origin is empty)")
        claim = {k: v for k, v in row.items() if not k.startswith("source_") and v not in ("", None)}
        where = f"row {number}"
        entry = _claim(path, claim, where)
        if src["origin"] not in groups:
            groups[src["origin"]] = ClaimFile(path, _source(path, src, f"{where}: "), [])
        groups[src["origin"]].claims.append((where, entry))
    if not groups:
        raise InputError(path, "CSV has no claim rows")
    return list(groups.values())


def _source(path: Path, data: Any, where: str) -> SourceEntry:
    if isinstance(data, str):
        data = {"origin": data}
    if not isinstance(data, dict):
        raise InputError(path, f"{where}source must be a mapping with an origin")
    data = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}
    try:
        entry = SourceEntry.model_validate(data)
    except ValidationError as e:
        raise InputError(path, f"{where}source: {validation_reason(e)}") from None
    check_metadata(f"{path}: {where}source", {"published": entry.published} if entry.published else {})
    return entry


def _claim(path: Path, row: Any, where: str) -> ClaimEntry:
    if not isinstance(row, dict):
        raise InputError(path, f"{where}: a claim must be a mapping of fields")
    row = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    try:
        return ClaimEntry.model_validate(row)
    except ValidationError as e:
        raise InputError(path, f"{where}: {validation_reason(e)}") from None
