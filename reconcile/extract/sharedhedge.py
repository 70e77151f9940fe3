"""A hedge that governs two coordinated tolls: "At least 9 people were killed and 30 injured".

The second figure stands in a clause with its verb left out (gapping: "and 30 injured", "and 30 others
wounded"), so the first clause's floor ("at least", "more than", "no fewer than") is read over it too:
30 is a lower bound, not an exact count, and a later "at least 34 injured" does not contradict it.
A second clause with a verb of its own keeps its own figure ("... and 25 others were injured",
"killed at least 14 people and wounded 30"): there the reporter counted the 30 as told.
"""

from __future__ import annotations

import re

from .numbers import _PARSE_RX, Count, parse_count

#: The qualifiers of a floor: the figures above it are not ruled out.
_FLOORS = ("at_least", "more_than")
_TOLLS = ("killed", "injured")
#: Between the first figure and the second: the first clause's own verb, then "and" (no second subject,
#: no "while" that opens a clause of another voice): " people were killed and ", " dead and ".
_BETWEEN = re.compile(
    r"\s+(?:[\w\-]+\s+){0,3}?(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|died|slain|injured|wounded|hurt)\s*,?\s+and\s+$", re.IGNORECASE)
#: After the second figure: its verb gapped, a participle alone ("30 injured", "30 others wounded"),
#: not "25 were injured" nor "25 others have been hurt".
_GAPPED_AFTER = re.compile(r"(?:\s+others?|\s+more)?\s+(?:injured|wounded|hurt|dead|killed)\b(?!\s+(?:were|was)\b)",
                           re.IGNORECASE)


def share_hedges(text: str, found: list) -> None:
    """Read a floor of a sentence's first toll over a gapped second toll just after it, in place."""
    tolls = sorted((f for f in found if f.kind in _TOLLS and f.count is not None and f.num_start >= 0),
                   key=lambda f: f.num_start)
    for a, b in zip(tolls, tolls[1:]):
        if a.count.qualifier not in _FLOORS or b.count.qualifier != "exact" or b.num_start <= a.num_end:
            continue
        if not _BETWEEN.match(text[a.num_end:b.num_start]) or not _GAPPED_AFTER.match(text, b.num_end):
            continue
        m = _PARSE_RX.match(" ".join(text[a.num_start:a.num_end].split()))
        hedge = m.group("hedge") if m is not None else None
        if not hedge:
            continue
        shared = parse_count(f"{hedge} {text[b.num_start:b.num_end]}")
        if isinstance(shared, Count) and shared.qualifier in _FLOORS:
            b.count = shared
            b.rule += "+shared_hedge"  # (the extractor column names it: the words alone say "25")
