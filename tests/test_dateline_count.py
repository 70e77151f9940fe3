"""A dateline's day or year never starts a count, nor swallows the count after its dash (issue 3)."""

from __future__ import annotations

import hashlib

import pytest

from reconcile.extract import extract_claims
from reconcile.models import Source


def _tolls(text: str) -> list[tuple[str, int | None, int | None, str]]:
    src = Source(id="s1", text=text, published="2021-05-04", publisher="Desk", origin="t.txt",
                 sha256=hashlib.sha256(text.encode()).hexdigest())
    return [(c.kind, c.value_low, c.value_high, text[c.span_start:c.span_end]) for c in extract_claims(src)
            if c.kind in ("killed", "injured")]


@pytest.mark.parametrize("text, value", [
    ("QUETTA, May 3 - Nine people were killed when a bomb went off near a bus stop.", (9, 9)),
    ("Quetta, Pakistan, May 3, 2021 -- Nine people were killed when a bomb went off near a bus stop.", (9, 9)),
    ("QUETTA, Pakistan, May 3, 2021 - 9 people were killed when a bomb went off near a bus stop.", (9, 9)),
    ("Quetta, 3 May 2021 \u2014 At least nine people were killed when a bomb went off.", (9, None)),
    ("KHOST, Afghanistan, May 3, 2021 \u2013 Eleven soldiers were killed in an ambush on a convoy.", (11, 11)),
])
def test_a_dateline_date_is_no_count_and_the_toll_after_it_is_read(text, value):
    tolls = _tolls(text)
    assert [(lo, hi) for _, lo, hi, _ in tolls] == [value]
    assert tolls[0][0] == "killed"


@pytest.mark.parametrize("text, value", [
    ("Between 8 - 10 people were killed when a bomb went off near a bus stop.", (8, 10)),
    ("Police said 12-15 people were killed when a bomb went off near a bus stop.", (12, 15)),
])
def test_a_range_with_a_dash_stays_one_count(text, value):
    assert [(lo, hi) for _, lo, hi, _ in _tolls(text)] == [value]
