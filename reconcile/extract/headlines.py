"""A page title's toll, when the body does not give it.

Headings (titles, bylines, section heads) yield no claims: a title mostly repeats the toll of the body,
and a second claim of the same figure adds nothing (the gold files treat such repeats as optional).
But a title is sometimes the only toll of a scraped page ("Gunmen attack a temple in Kabul, killing 4"
above an excerpt that never gives one), or a figure the body does not give ("A Dozen Lives Lost" over a
body that says "at least 50"). So the title block (the headings before the first prose paragraph) is
read for killed and injured figures, and a figure is kept only when no claim of the body, nor an earlier
title line, gives a compatible figure of the same kind.
"""

from __future__ import annotations

import dataclasses

from ..models import Claim
from .segment import Sentence

#: Headline kinds: a title's figure of any other kind (a group, a founding year) is left to the body.
KINDS = ("killed", "injured")
#: The title block lies within the first paragraphs of a page (not a list of other stories further down).
MAX_PARAS = 8


def title_block(sentences: list[Sentence]) -> frozenset[int]:
    """Indexes of the heading sentences before the first prose paragraph (the title, a deck, a
    byline or a date line), if that paragraph is near the top of the page."""
    first = next((s.para for s in sentences if not s.heading and not s.boilerplate), None)
    if first is None:
        return frozenset()
    return frozenset(s.index for s in sentences if s.heading and not s.boilerplate and s.para < min(first, MAX_PARAS))


def title_figures(found: list) -> list:
    """The killed and injured figures (``rules.Found``) of a title line, their rule named ``...headline``."""
    return [dataclasses.replace(f, rule=f.rule + ".headline") for f in found if f.kind in KINDS]


def _overlap(a: Claim, b: Claim) -> bool:
    inf = float("inf")
    alo, ahi = a.value_low or 0, inf if a.value_high is None else a.value_high
    blo, bhi = b.value_low or 0, inf if b.value_high is None else b.value_high
    return alo <= bhi and blo <= ahi


def _same(a: Claim, b: Claim) -> bool:
    return (a.value_low, a.value_high) == (b.value_low, b.value_high)


def without_repeats(claims: list[Claim], title_ids: set[str]) -> list[Claim]:
    """``claims`` less the title's figures that the body (or an earlier title line) repeats: a figure
    of the same kind whose interval meets the title's ("55 killed" over "at least 55 people")."""
    if not title_ids:
        return claims
    body = [c for c in claims if c.id not in title_ids]
    kept: list[Claim] = []
    told: list[Claim] = []
    for c in claims:
        if c.id in title_ids and c.kind in KINDS:  # (a profile field's claim of another kind stays)
            # an infobox field ("Fatalities: Up to 200") is the page's own figure: a repeat only if the same
            same = _same if c.extractor.endswith(".field") else _overlap
            if any(x.kind == c.kind and same(x, c) for x in body + told):
                continue
            told.append(c)
        kept.append(c)
    return kept
