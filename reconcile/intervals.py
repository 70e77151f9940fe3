"""Counts as intervals: compatibility, gaps, and how to write them.

``None`` as a low bound means 0; ``None`` as a high bound means open ("at least 13").
"""

from __future__ import annotations

import math

Interval = tuple[int | None, int | None]


def bounds(iv: Interval) -> tuple[float, float]:
    lo, hi = iv
    return (0 if lo is None else lo, math.inf if hi is None else hi)


def compatible(a: Interval, b: Interval) -> bool:
    """Both can be true at once: the intervals overlap ("at least 13" and 13 do)."""
    (la, ha), (lb, hb) = bounds(a), bounds(b)
    return max(la, lb) <= min(ha, hb)


def gap_severity(a: Interval, b: Interval) -> float:
    """How far apart two incompatible intervals are: (higher low - lower high) / higher low."""
    (la, ha), (lb, hb) = bounds(a), bounds(b)
    if la < lb or (la == lb and ha > hb):
        la, ha, lb, hb = lb, hb, la, ha
    # now (la, ha) is the higher interval
    gap = la - hb
    if gap <= 0 or la <= 0:
        return 0.0
    return min(1.0, gap / la)


def total_below_part(total: Interval, part: Interval) -> bool:
    """A total that cannot hold a subgroup: its upper bound is below the subgroup's lower bound."""
    return total[1] is not None and part[0] is not None and total[1] < part[0]


def intersection(items: list[Interval]) -> Interval | None:
    """The common part of compatible intervals, or None when they do not all overlap."""
    if not items:
        return None
    lo = max(bounds(i)[0] for i in items)
    hi = min(bounds(i)[1] for i in items)
    if lo > hi:
        return None
    return int(lo), (None if hi == math.inf else int(hi))


def envelope(items: list[Interval]) -> Interval:
    lo = min(bounds(i)[0] for i in items)
    hi = max(bounds(i)[1] for i in items)
    return int(lo), (None if hi == math.inf else int(hi))


def point(iv: Interval) -> float:
    """One number standing for an interval: its low end when open, else its middle."""
    lo, hi = bounds(iv)
    return lo if hi == math.inf else (lo + hi) / 2


def describe(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return "?"
    if hi is None:
        return f"{lo}+"
    if lo is None or lo == 0 and hi > 0:
        return f"up to {hi}" if lo is None else f"0-{hi}"
    if lo == hi:
        return str(lo)
    return f"{lo}-{hi}"
