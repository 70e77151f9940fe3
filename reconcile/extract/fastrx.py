"""Word-start patterns that Python's regex engine can scan quickly.

A pattern such as ``\\b(?:kill\\w*|dead|toll)\\b`` starts with ``\\b``, so the engine tries
the whole alternation at every position of the text. :func:`word_start` builds an
equivalent pattern that starts with a character class (the first letters of the
alternatives), which the engine skips to with a fast scan; a look-behind then rejects
positions inside a word, and a look-behind on the first letter picks that letter's
alternatives. It matches at the same positions, with the same spans and groups, as the
plain pattern (``tests/test_fastrx.py`` checks this on random text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Characters other than the two ASCII cases that match an ASCII letter under re.IGNORECASE
#: (Python's Unicode simple case folding): the dotted and dotless i, the long s, the Kelvin sign.
_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _letter_class(ch: str, ignorecase: bool) -> str:
    if not ignorecase or not ch.isalpha():
        return re.escape(ch)
    lo = ch.lower()
    return re.escape(lo) + re.escape(lo.upper()) + _FOLDS.get(lo, "")


def _first(alt: str) -> tuple[str, str]:
    """The literal first character of an alternative and the rest of it."""
    ch, rest = alt[:1], alt[1:]
    if not (ch.isascii() and ch.isalnum()) or rest[:1] in ("?", "*", "+", "{"):
        raise ValueError(f"alternative must start with a literal letter or digit: {alt!r}")
    return ch, rest


def word_start(parts: Sequence[tuple], *, digit: str | None = None, ignorecase: bool = True) -> re.Pattern:
    """A compiled pattern equivalent to ``DIGIT|\\b(?:A1)T1|\\b(?:A2)T2|...``.

    ``parts`` is a list of ``(alternatives, tail)`` or ``(alternatives, tail, words)``: the
    alternatives, each starting with a literal ASCII letter or digit, are regexes tried in
    order, or (``words`` true) literal words with ``\\s+`` between words, factored as
    :func:`rules.word_alternation` factors them; the tail follows them (``r"\\b"`` or ``""``).
    ``digit`` (optional) is an alternative tried first that starts with ``\\d``, given without
    that ``\\d`` (``""`` for ``\\d``, ``r"\\d*"`` for ``\\d+``). ``ignorecase`` applies to the
    alternatives and tails."""
    firsts = branches(parts, ignorecase=ignorecase)
    flag = "(?i:" if ignorecase else "(?:"
    dispatch = "|".join(
        f"(?<=[{_letter_class(k, ignorecase)}]){flag}{'|'.join(branches)})" for k, branches in firsts.items()
    )
    cls = "".join(_letter_class(k, ignorecase) for k in firsts)
    if digit is None:
        fast = re.compile(rf"[{cls}](?<!\w.)(?:{dispatch})")
    else:
        fast = re.compile(rf"[\d{cls}](?:(?<=\d){digit}|(?<!\w.)(?:{dispatch}))")
    BUILT.append((fast, (tuple(parts), digit, ignorecase)))
    return fast


def branches(parts: Sequence[tuple], *, ignorecase: bool) -> dict[str, list[str]]:
    """The alternatives of ``parts`` (as :func:`word_start` takes them) by their first letter (lower
    case under ``ignorecase``): letter -> its branches in order, each the rest of one part's
    alternatives of that letter, then the part's tail.  :func:`word_start` and ``rules.letter_first``
    lay their patterns out from these."""
    from .rules import word_alternation  # here: rules builds its own cues with this module

    firsts: dict[str, list[str]] = {}  # first letter (lower case) -> its branches, in order
    for part in parts:
        alts, tail, words = (*part, False)[:3]
        by_first: dict[str, list[str]] = {}
        for a in alts:
            ch, rest = _first(a)
            key = ch.lower() if ignorecase else ch
            by_first.setdefault(key, []).append(rest)
        for key, rests in by_first.items():
            body = word_alternation(rests) if words else "(?:" + "|".join(rests) + ")"
            if body == "(?:)":
                body = ""
            firsts.setdefault(key, []).append(body + tail)
    return firsts


def plain(parts: Sequence[tuple], *, digit: str | None = None, ignorecase: bool = True) -> re.Pattern:
    """The plain pattern :func:`word_start` stands for (the reference the tests compare with)."""
    from .rules import word_alternation

    alts = [] if digit is None else [r"\d" + digit]
    for part in parts:
        words, tail, is_words = (*part, False)[:3]
        body = word_alternation(list(words)) if is_words else "(?:" + "|".join(words) + ")"
        alts.append(r"\b" + body + tail)
    return re.compile("|".join(alts), re.IGNORECASE if ignorecase else 0)


#: every pattern built here, with what it was built from: (pattern, (parts, digit, ignorecase))
BUILT: list[tuple[re.Pattern, tuple]] = []


def structure(rx: str, start: int = 0):
    """(index, character, depth after it) of each character of ``rx`` from ``start`` that is
    structure: outside a character class and not escaped (escapes and classes are skipped; in
    "[]..." and "[^]..." that first "]" is a member)."""
    depth, k, cls = 0, start, False
    while k < len(rx):
        ch = rx[k]
        if ch == "\\":
            k += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
            k += 1 + (rx[k + 1 : k + 2] == "^")
            k += rx[k : k + 1] == "]"
            continue
        else:
            depth += (ch == "(") - (ch == ")")
            yield k, ch, depth
        k += 1


def top_alternatives(body: str) -> list[str]:
    """The alternatives of the regex ``body`` at its top level (``a|(b|c)`` -> ``a``, ``(b|c)``)."""
    cuts = [k for k, ch, depth in structure(body) if ch == "|" and depth == 0]
    return [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


def factored(alts: Sequence[str]) -> str:
    """``(?:A1|A2|...)``, the alternatives that start with the same literal letter joined under it, recursively
    (``(?:soldiers|sailors|police)`` -> ``(?:s(?:oldiers|ailors)|police)``): Python's engine enters every
    alternative of a branch under re.IGNORECASE, and a few hundred victim nouns were tried at every position.

    The same matches in the same backtracking order: only alternatives that start with different letters
    are moved past each other, and at any one position at most one of them can match its first letter (an
    alternative that does not start with a plain letter, or one that starts with the other case of a letter
    already taken, keeps its place: the letters before it are joined apart from those after it)."""
    out: list[str] = []
    run: dict[str, tuple[str, list[str]]] = {}  # lower-case letter -> (its letter, the rests), in first-seen order

    def flush() -> None:
        for ch, rests in run.values():
            out.append(ch + (rests[0] if len(rests) == 1 else factored(rests)))
        run.clear()

    for a in alts:
        if a.startswith("\\b") and a[2:3] not in ("?", "*", "+", "{"):
            # a word boundary: consecutive alternatives that open with one share it (none moves)
            if len(run) != 1 or "\\b" not in run:
                flush()
            run.setdefault("\\b", ("\\b", []))[1].append(a[2:])
            continue
        ch = a[:1]
        if not (ch.isascii() and ch.isalpha()) or a[1:2] in ("?", "*", "+", "{") or "\\b" in run:
            flush()
        if not (ch.isascii() and ch.isalpha()) or a[1:2] in ("?", "*", "+", "{"):
            out.append(a)
            continue
        key = ch.lower()
        if key in run and run[key][0] != ch:
            flush()
        run.setdefault(key, (ch, []))[1].append(a[1:])
    flush()
    return "(?:" + "|".join(out) + ")"
