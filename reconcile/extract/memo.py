"""Per-report memos: a pure function of one report's text asked the same question twice
(a sentence's dates by its own context and by its claims' context, a sentence's places by
the place ranking and by the several-places test) computes it once.

``per_report(func)`` memoizes ``func`` on its positional arguments (hashable: the report's
text, offsets, a date); :func:`clear` empties every memo, and ``extract_claims`` calls it
before each report, so a memo holds one report's answers only (no gain from one report to
another; bounded by MAX_ENTRIES all the same). A list result is copied on each hit: a caller may not change what
another caller gets. Speed only: every answer is the function's own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

#: A memo holding more answers than this is emptied first (one report asks far fewer questions).
MAX_ENTRIES = 4096
#: every memo, emptied by clear()
_MEMOS: list[dict] = []


def per_report(func: F) -> F:
    cache: dict = {}
    _MEMOS.append(cache)

    @functools.wraps(func)
    def memo(*args):
        try:
            hit = cache[args]
        except KeyError:
            if len(cache) >= MAX_ENTRIES:  # (called outside extract_claims, on many texts: bounded all the same)
                cache.clear()
            hit = cache[args] = func(*args)
        except TypeError:  # an unhashable argument: not memoized
            return func(*args)
        return list(hit) if type(hit) is list else hit

    memo.uncached = func  # type: ignore[attr-defined]
    return memo  # type: ignore[return-value]


def clear() -> None:
    """Forget every answer (before each report)."""
    for cache in _MEMOS:
        cache.clear()
