"""Substring gates derived from a compiled pattern: a cheap test that says when a pattern
cannot match a sentence, so the scan can be skipped (speed only: never a different result).

``required(rx)`` reads the pattern's parse tree (Python's own ``re._parser``) and returns a
few literal strings, one of which every match of ``rx`` contains, or None when it cannot
tell. ``may_match(gate, low)`` is then a necessary condition for ``rx.search`` finding a
match in an ASCII text whose lower-cased form is ``low``: the strings are compared in lower
case, which is exact for ASCII text whatever the pattern's case flags (a case-sensitive
literal that occurs in the text occurs lower-cased in ``low``). Text with other characters
always passes (``re.IGNORECASE`` folds a few of them onto ASCII letters, and ``str.lower``
may change the length).

Only what a match consumes is read: look-arounds and word boundaries count for nothing, an
optional or repeated-from-zero part for nothing, a character class for nothing; a branch
requires what every one of its alternatives requires (one of their strings). Derived from
the pattern itself, a gate follows any edit of the pattern.
"""

from __future__ import annotations

import re
import sys

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: More alternatives than this make the gate slower than the scan: no gate.
MAX_STRINGS = 32


def required(rx: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings one of which occurs in every match of ``rx`` (None: no gate)."""
    try:
        got = _sequence(list(_p.parse(rx.pattern, rx.flags)))
    except Exception:  # noqa: BLE001 - a parse tree this module does not know (another Python): no gate
        return None
    if not got or any(not s for s in got):
        return None
    return tuple(sorted(got, key=len))


def may_match(gate: tuple[str, ...] | None, low: str) -> bool:
    """False only when a pattern with this gate cannot match the text ``low`` is the lower case of."""
    return gate is None or not low.isascii() or any(map(low.__contains__, gate))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (fewer, longer strings)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run = ""  # consecutive literal characters: one string
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            best = _better(best, frozenset([run]))
            run = ""
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset([run]))
    return best


def _item(op, av) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _sequence(list(alt))
            if not got:
                return None
            out |= got
            if len(out) > MAX_STRINGS:
                return None
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, _hi, body = av
        return _sequence(list(body)) if lo >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None  # a class, any character, a look-around, a boundary, a back-reference: nothing required


class GatedSearch:
    """``rx`` whose ``search(s)`` on a short string (the words before a place) first asks the gate: an ASCII
    ``s`` holding none of the strings every match of ``rx`` holds gets None without the scan (a pattern ending
    in ``$`` is otherwise tried at every position). Anything else is ``rx``'s own."""

    __slots__ = ("rx", "gate")

    def __init__(self, rx: re.Pattern):
        self.rx, self.gate = rx, required(rx)

    def search(self, s: str) -> re.Match | None:
        if self.gate is not None and s.isascii() and not any(map(s.lower().__contains__, self.gate)):
            return None
        return self.rx.search(s)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


class TailGated:
    """``rx``, a pattern made of an expensive opening (a count phrase and its noun phrase, tried at every position
    of a sentence) and a selective rest (an auxiliary and a verb): ``search`` and ``finditer`` first search the
    rest alone, and a sentence where the rest matches nowhere gets no match without the scan. Exact: every match
    of ``rx`` holds a match of its rest where its opening ends (the rest is a whole pattern of its own that
    follows the opening at the top level, and reads no group of it). ``match``, ``fullmatch`` and anything
    else are ``rx``'s own."""

    __slots__ = ("rx", "rest", "match", "fullmatch", "pattern", "flags", "groupindex", "groups")

    def __init__(self, rx: re.Pattern, opening: str):
        rest = rx.pattern[len(opening) :]
        if not rx.pattern.startswith(opening) or not _whole_items(rx.pattern, opening, rest):
            raise ValueError(f"not an opening of the pattern, followed by a rest of its own: {opening[:60]!r}")
        self.rx, self.rest = rx, re.compile(rest, rx.flags)
        self.match, self.fullmatch = rx.match, rx.fullmatch
        self.pattern, self.flags, self.groupindex, self.groups = rx.pattern, rx.flags, rx.groupindex, rx.groups

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self.rest.search(text, pos, endpos) is None:
            return None
        return self.rx.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self.rest.search(text, pos, endpos) is None:
            return iter(())
        return self.rx.finditer(text, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def _whole_items(pattern: str, opening: str, rest: str) -> bool:
    """``pattern`` is ``opening`` then ``rest``, two sequences of whole items at its top level: no alternation at
    the top, the opening's parentheses closed, no quantifier at the rest's start, no group of the opening read
    again in the rest (a back-reference or a conditional)."""
    from .fastrx import structure, top_alternatives

    if len(top_alternatives(pattern)) != 1 or not rest or rest[:1] in ("?", "*", "+", "{"):
        return False
    depths = [depth for _k, _ch, depth in structure(opening)]
    if any(depth < 0 for depth in depths) or depths and depths[-1] != 0:
        return False
    if re.search(r"\(\?P=|\(\?\(|\\[1-9]", rest):
        return False
    try:
        _p.parse(opening)
        _p.parse(rest)
    except Exception:  # noqa: BLE001 - the opening cut inside a class or an escape
        return False
    return True


#: The characters ``re.IGNORECASE`` matches with an ASCII letter that ``str.lower`` does not lower to it
#: (the long s, the dotless and the dotted i; the Kelvin sign lowers to "k" already, and the dotted capital I
#: lowers to two characters): mapped to that letter first, so that a folded text has one character per
#: character of the text and holds an ASCII literal wherever the pattern could match one
#: (tests/test_speed11_docgate.py checks every code point).
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i"})
#: the last texts folded: id -> (text, folded text or None); a few entries (a report's text and its slices)
_FOLDED: dict[int, tuple[str, str | None]] = {}


def folded(text: str) -> str | None:
    """``text`` in lower case, one character per character (None when that cannot be had), computed once for the
    last few texts asked about (the report's text is searched at many offsets)."""
    hit = _FOLDED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    low: str | None = text.lower() if text.isascii() else text.translate(_FOLD).lower()
    if len(low) != len(text):
        low = None
    if len(_FOLDED) >= 8:
        _FOLDED.clear()
    _FOLDED[id(text)] = (text, low)
    return low


class DocGated:
    """``rx``, whose ``search``, ``finditer`` and ``findall`` over ``text[pos:endpos]`` first ask the gate
    (:func:`required`) of the text's folded form: a stretch holding none of the strings every match holds
    gets no match without the scan. Any text, ASCII or not (see :func:`folded`); exact. ``match``,
    ``fullmatch`` and anything else are ``rx``'s own. Made by :func:`doc_gated`."""

    __slots__ = ("rx", "gate", "match", "fullmatch", "pattern", "flags", "groupindex", "groups")

    def __init__(self, rx: re.Pattern, gate: tuple[str, ...]):
        self.rx, self.gate = rx, gate
        self.match, self.fullmatch = rx.match, rx.fullmatch
        self.pattern, self.flags, self.groupindex, self.groups = rx.pattern, rx.flags, rx.groupindex, rx.groups

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        low = folded(text)
        if low is None:
            return False
        pos = pos if pos > 0 else 0  # (re reads a negative pos as 0; str.find would count it from the end)
        for g in self.gate:
            if low.find(g, pos, endpos) >= 0:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self._absent(text, pos, endpos):
            return None
        return self.rx.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self._absent(text, pos, endpos):
            return iter(())
        return self.rx.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self._absent(text, pos, endpos):
            return []
        return self.rx.findall(text, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def doc_gated(rx: re.Pattern) -> re.Pattern:
    """``rx`` behind its gate (:class:`DocGated`), or ``rx`` itself when it has none (or a gate string that is
    not ASCII, which case folding may match otherwise)."""
    gate = required(rx)
    if gate is None or not all(g.isascii() for g in gate):
        return rx
    return DocGated(rx, gate)  # type: ignore[return-value]
