"""A pattern compiled on first use and then held (speed only: the same pattern, the same matches).

A rare rule that builds a large pattern inside a function (``re.search(rf"{NUM}{NP}...$", s)``) pays, on
every call, for formatting and hashing a string of some 90,000 characters to find the compiled pattern in
``re``'s cache, and that cache holds 512 patterns, dropping the oldest: on a long run, other patterns built
per report (a name, a title) push the large one out and it is compiled again (half a second). A ``Lazy``
held by the module compiles it once, when first used (not at import: most runs never need it).
"""

from __future__ import annotations

import re


class Lazy:
    """``re.compile(pattern, flags)``, compiled on the first call of one of its methods and kept."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._rx = pattern, flags, None

    @property
    def rx(self) -> re.Pattern:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    def search(self, *args) -> re.Match | None:
        return self.rx.search(*args)

    def match(self, *args) -> re.Match | None:
        return self.rx.match(*args)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)
