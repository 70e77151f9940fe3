"""Numbers as intervals: digits, number words, hedges, ranges and vague quantities.

``NUMBER_EXPR`` is a regular expression (a string, for embedding in the kind rules)
that matches a whole count phrase such as "at least 13", "more than a dozen",
"between 1,500 and 2,200", "dozens", "between 500 and a few thousand", "twenty-one";
``parse_count(text)`` turns such a phrase into a :class:`Count`.

Intervals follow DESIGN.md: "13" -> 13..13; "at least 13" -> 13..open;
"more than 100" -> 101..open; "between X and Y" -> X..Y; "nearly 100" -> 90..99;
"about 60" -> 54..66 (10 % either side); "up to 50" and "as many as 50" -> 50..50 (the figure,
stressed; qualifier at_most); "at most 50" -> 0..50; vague quantities
get the fixed intervals of ``VAGUE`` and name their rule (``vague:dozens``).
Number words are read with text2num.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from .fastrx import factored

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_NUMWORD = factored(sorted(_UNITS + _TENS + list(_SCALES), key=len, reverse=True))  # (fastrx) "(?:" + "|".join(...) + ")"
# "twenty-one", "two hundred and fifty", "three thousand"; bounded so it cannot run away
# "and" joins a number's words only after a scale word ("two hundred and fifty"): "between five and seven"
# is two numbers, not one unreadable word-number "five and seven"
# (a number word may open a sentence that a scrape glued to the word before it, the space lost: "after this
# advertisementOne soldier was killed", "Boko HaramFifteen people were killed": a capital after a small letter)
_GLUED_START = r"(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))"
WORDS = (rf"(?:{_GLUED_START}{_NUMWORD}\b(?:(?:[ \-]|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+)"
         rf"{_NUMWORD}\b){{0,7}})")
# 1,500 / 2200 / 1.5 million / 340 000 (a space, a no-break or a thin space between groups of three, as many outlets
# outside the US print thousands; a day of a date before it is refused by rules._count_ok, "May 3 200"); a group of
# three after such a space is never a number of its own ("000" of "340 000")
# (speed: each alternative opens with its digit, the look-behind after it ("(?<![\d.,]\d)": no digit, point or
# comma before that digit), so that the engine rejects any other character at once: a count phrase is tried at every
# position of a sentence by the patterns that embed it (SCALED 100 -> 7 us a 220-character sentence; the same matches
# as the plain "(?<![\d.,])\d{1,3}..." form, tests/test_numbers_fast.py)
# (not the second group of "340 000": three digits after one to three digits and a space; "in 2015 500 people" reads 500)
_NOT_GROUP = r"(?!(?:(?<=\D\d[ \u00a0\u202f]\d)|(?<=\D\d\d[ \u00a0\u202f]\d)|(?<=\D\d\d\d[ \u00a0\u202f]\d))\d\d(?!\d))"
DIGITS = (r"(?:\d(?<![\d.,]\d)" + _NOT_GROUP + r"\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)|"
          r"\d(?<![\d.,]\d)" + _NOT_GROUP + r"\d{0,2}(?:,\d{3})+(?![\d,]\d)|"
          r"\d(?<![\d.,]\d)" + _NOT_GROUP + r"\d*(?:\.\d+)?(?![\d]|,\d|\.\d))")
# "58K", "5k", "2m" (glued: a thousand or a million) before the plain digits, which would stop at "58"
SCALED = rf"(?:{DIGITS}[mkMK]\b|{DIGITS}(?:\s+(?:million|thousand|hundred)s?\b)?|{DIGITS}\s*[mk]\b)"

# Vague quantities: (low, high); high None means open above.
VAGUE: dict[str, tuple[int, int | None]] = {
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "several thousand": (3000, 9999),
    "a few thousand": (2000, 5000),
    "thousands": (2000, 9999),
    "several hundred": (300, 999),
    "a few hundred": (200, 500),
    "hundreds": (200, 999),
    "several dozen": (36, 99),
    "a few dozen": (24, 60),
    "dozens": (24, 99),
    # "scores" (rule vague:scores): at least two score, and in casualty reporting it reaches well into the
    # hundreds ("injured scores" of a blast whose tally was 214), so the interval stays wide
    "scores": (40, 399),
    # "tens were killed" (a translation's or a UN body's word): read like "dozens", from 20
    "tens": (20, 99),
    "a dozen or so": (10, 15),
    # "two dozen" counts 24 (as "a dozen" counts 12), "a couple of dozen" about that
    "two dozen": (24, 24),
    "three dozen": (36, 36),
    "four dozen": (48, 48),
    "a couple of dozen": (20, 30),
    "a couple dozen": (20, 30),
    "half a dozen": (6, 6),
    "a dozen": (12, 12),
    "one dozen": (12, 12),
    "dozen": (12, 12),  # a headline's "Blast Leaves Dozen Dead" drops the article
    "a hundred": (100, 100),
    "a thousand": (1000, 1000),
    "a couple of thousand": (1500, 3000),
    "a couple thousand": (1500, 3000),
    "a couple of hundred": (150, 300),
    "a couple hundred": (150, 300),
    "a couple of": (2, 2),
    "a handful of": (2, 5),
    "several": (3, 9),
    "a few": (2, 5),
}
_VAGUE_RX = {  # "two-dozen", "half-a-dozen": a hyphen joins the words as a space does
    k: r"(?:\s+|\s*-\s*)".join(re.escape(w) for w in k.split()) for k in VAGUE
}
_VAGUE_RX["a handful of"] = r"a\s+handful(?:\s+of)?"  # "a handful were hurt", "injuring a handful"
for _k in ("several thousand", "a few thousand", "several hundred", "a few hundred"):
    _VAGUE_RX[_k] += "s?"  # "several thousands", "a few hundreds": a translation's plural, the same quantity
_VAGUE_RX["tens"] = r"tens(?!\s+of\s+(?:millions|billions|thousands|hundreds)\b)"  # not "tens of millions"
VAGUE_EXPR = factored([  # (fastrx) "(?:" + "|".join(...) + ")"
    rf"\b{_VAGUE_RX[k]}\b" for k in sorted(VAGUE, key=len, reverse=True)
])
# one number: digits or words or a vague quantity ("dozens of" keeps its "of" outside)
_DOZENS = r"\b(?:two|three|four|a\s+couple\s+of|a\s+couple)(?:\s+|\s*-\s*)dozen\b"  # before the words read "two" alone
# "40-odd", "twenty-odd", "1,500-odd": a round number and some more (41..49, 1501..1599)
_ODD = r"(?:\s*[-\u2013]\s*odd\b)"
ONE = rf"(?:{SCALED}(?:{_ODD})?|{_DOZENS}|{WORDS}(?:{_ODD})?|{VAGUE_EXPR})"

_HEDGES: list[tuple[str, str]] = [
    # (regex, qualifier)
    (r"somewhere\s+between", "range"),
    (r"(?:approximately|roughly|about|around)\s+between", "range"),  # "approximately between 8,000 and 10,000"
    (r"between", "range"),
    (r"from", "range"),
    (r"at\s*least", "at_least"),  # "atleast": one word in hurried copy
    (r"at\s+the\s+least", "at_least"),  # a machine paraphrase of "at least"
    (r"no\s+(?:less|fewer)\s+than", "at_least"),
    (r"not\s+(?:less|fewer)\s+than", "at_least"),
    (r"a\s+minimum\s+of", "at_least"),
    (r"(?:well|far|much|many|slightly|just|a\s+little)\s+(?:more|over|greater)\s+than", "more_than"),
    (r"more\s+than", "more_than"),
    (r"greater\s+than", "more_than"),
    (r"(?:well|just)\s+over", "more_than"),
    (r"(?:well\s+)?above", "more_than"),
    (r"over", "more_than"),
    (r"upwards\s+of", "more_than"),
    (r"in\s+excess\s+of", "more_than"),
    (r"nearly", "nearly"),
    (r"almost", "nearly"),
    (r"close\s+to", "nearly"),
    (r"approaching", "nearly"),
    (r"nearing", "nearly"),
    (r"just\s+(?:under|shy\s+of|below)", "nearly"),
    (r"about", "about"),
    (r"around", "about"),
    (r"approximately", "about"),
    (r"approx\.?", "about"),  # "approx. 40"
    (r"roughly", "about"),
    (r"some", "about"),
    (r"an\s+estimated", "about"),
    (r"estimated", "about"),
    (r"up\s*to", "at_most"),  # "upto": one word, as "atleast"
    (r"as\s+(?:high|many)\s+as", "at_most"),
    (r"as\s+many\s+as", "at_most"),
    (r"at\s+most", "at_most"),
    (r"no\s+more\s+than", "at_most"),
    (r"not\s+more\s+than", "at_most"),
    (r"fewer\s+than", "less_than"),
    (r"less\s+than", "less_than"),
    (r"under", "less_than"),
    (r"below", "less_than"),
]
HEDGE = factored([h for h, _ in _HEDGES])  # (fastrx) "(?:" + "|".join(...) + ")"
_HEDGE_QUAL = [(re.compile(h + r"$", re.IGNORECASE), q) for h, q in _HEDGES]
# ("from 20,000 up to 40,000": a range, as "from 20,000 to 40,000")
_CONJ = r"(?:\s*(?:-|\u2013|\u2014)\s*|\s+(?:to|and|or|up\s+to)\s+)"
_RANGE_CONJ = r"(?:\s*(?:-|\u2013)\s*|\s+(?:to|or|up\s+to)\s+)"
#: a possible upper bound after a figure: "at least nine and perhaps 10", "12, possibly as many as 15",
#: "three or maybe four" (the first figure the floor, the second the most told)
_MAYBE_WORD = r"(?:perhaps|possibly|maybe|probably|likely)"
_MAYBE = rf"{_MAYBE_WORD}\s+(?:(?:up\s+to|as\s+many\s+as)\s+)?"  # ("12 and up to 30 were wounded": two clauses)
_MAYBE_CONJ = rf"(?:(?:\s*,?\s+(?:and|or|but)\s+|\s*,\s*){_MAYBE})"
_MAYBE_RX = re.compile(_MAYBE_WORD, re.IGNORECASE)

#: A reference marker of a wiki page glued to a number: "500[5]\u20131,000[6]", "25,000[a]",
#: "300[citation needed]" (skipped when the count is read)
REF = (r"(?:\[(?:\d{1,3}|[a-zA-Z]|note\s+\d{1,3}|nb\s*\d{1,2}|citation\s+needed|clarification\s+needed|"
       r"better\s+source\s+needed|verification\s+needed)\]){1,3}")
_REF_RX = re.compile(REF, re.IGNORECASE)


def strip_refs(text: str) -> str:
    """``text`` without the reference markers glued to its numbers ("2014[5]" -> "2014")."""
    return _REF_RX.sub("", text) if "[" in text else text

#: A whole count phrase, hedge and range included.
NUMBER_EXPR = (
    rf"(?:(?:(?:somewhere|approximately|roughly|about|around)\s+)?between\s+{ONE}(?:{REF})?\s+and\s+{ONE}(?:{REF})?"
    rf"|(?:(?:{HEDGE})\s+(?:a\s+(?=\d))?[\"\u201c]?)?{ONE}(?:{REF})?(?:(?:{_RANGE_CONJ}|{_MAYBE_CONJ}){ONE}(?:{REF})?)?)"  # 'at least "three men"'
)
NUMBER_RX = re.compile(NUMBER_EXPR, re.IGNORECASE)
_PARSE_RX = re.compile(
    rf"^(?:(?P<hedge>{HEDGE})\s+(?:a\s+(?=\d))?[\"\u201c]?)?(?P<a>{ONE})(?:(?P<conj>{_CONJ}|{_MAYBE_CONJ})(?P<b>{ONE}))?$", re.IGNORECASE
)

#: The largest number the desk takes as a plausible count of people.
MAX_PLAUSIBLE = 5_000_000


@dataclass(frozen=True)
class Count:
    low: int | None
    high: int | None
    qualifier: str  # exact, at_least, more_than, about, at_most, range, vague
    vague: str | None = None  # the vague-quantity rule, e.g. "dozens"
    warning: str | None = None


@lru_cache(maxsize=4096)
def parse_one(text: str) -> tuple[int, int, str | None] | None:
    """One number (no hedge): (low, high, vague rule or None), or None if unreadable."""
    t = " ".join(text.lower().split())
    if not t:
        return None
    if "-" in t and (words := re.sub(r"\s*-\s*", " ", t)) in VAGUE:  # "two-dozen"
        t = words
    if t.endswith("odd") and (odd := re.fullmatch(r"(.+?)\s*[-\u2013]\s*odd", t)):
        base = parse_one(odd.group(1))
        if base is None or base[2] is not None or base[0] < 10:
            return None
        n = base[0]
        zeros = len(str(n)) - len(str(n).rstrip("0"))
        return n + 1, n + (10 ** min(zeros, 3) if zeros else 5) - 1, "odd"
    if t == "a handful":
        t = "a handful of"
    if t.endswith("s") and t[:-1] in ("several thousand", "a few thousand", "several hundred", "a few hundred"):
        t = t[:-1]
    if t in VAGUE:
        lo, hi = VAGUE[t]
        return lo, (hi if hi is not None else lo), (None if t in _EXACT_WORDS else t.replace(" ", "_"))
    if " " in t and re.fullmatch(r"\d{1,3}(?: \d{3})+", t):
        return int(t.replace(" ", "")), int(t.replace(" ", "")), None  # "340 000"
    m = re.fullmatch(r"([\d.,]+)\s*(million|thousand|hundred|m|k)?s?", t)
    if m:
        digits, scale = m.group(1), m.group(2)
        try:
            if "," in digits:
                value = float(digits.replace(",", ""))
            else:
                value = float(digits)
        except ValueError:
            return None
        mult = {"million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "hundred": 100}.get(scale or "", 1)
        v = value * mult
        if not math.isfinite(v) or v != int(v):
            return None
        return int(v), int(v), None
    try:
        v = text2num(t.replace(" and ", " "), "en")
    except (ValueError, TypeError, IndexError):
        try:
            v = text2num(t, "en")
        except (ValueError, TypeError, IndexError):
            return None
    return int(v), int(v), None


_SCALE_END = re.compile(r"\b(hundred|thousand|million)s?\s*$", re.IGNORECASE)
_EXACT_WORDS = {"a dozen", "one dozen", "dozen", "half a dozen", "a hundred", "a thousand", "a couple of"}


@lru_cache(maxsize=8192)
def parse_count(text: str) -> Count | None:
    """A count phrase as an interval, or None when it is not one."""
    text = strip_refs(text)
    m = _PARSE_RX.match(" ".join(text.split()))
    if not m:
        return None
    a = parse_one(m.group("a"))
    if a is None:
        return None
    hedge = (m.group("hedge") or "").lower()
    b = parse_one(m.group("b")) if m.group("b") else None
    odd = a[2] == "odd" and b is None  # "40-odd": an interval of its own, no vague quantity
    vague = None if odd else next((v for v in (a[2], b[2] if b else None) if v and v != "odd"), None)
    if b is not None and _MAYBE_RX.search(m.group("conj")):
        # "at least nine and perhaps 10": the floor told, the second figure the most told
        lo = a[1] + 1 if not a[2] and _hedge_qualifier(hedge) == "more_than" else a[0]
        if b[1] < lo:
            return None
        return _checked(Count(lo, b[1], "range", vague))
    if b is not None:
        conj = m.group("conj").strip().lower()
        if conj == "and" and not hedge.endswith("between"):
            # "six and 11" is two numbers, not a range: read the first only
            b = None
    if b is not None:
        lo, hi = a[0], b[1]
        sb = re.fullmatch(r"([\d.]+)\s+(million|thousand|hundred)s?", " ".join(m.group("b").lower().split()))
        if sb and re.fullmatch(r"[\d.]+", m.group("a")) and float(m.group("a")) < float(sb.group(1)):
            lo = parse_one(m.group("a") + " " + sb.group(2))[0]  # "12-14 thousand": both in thousands
        elif (sw := _SCALE_END.search(m.group("b"))) and not _SCALE_END.search(m.group("a")):
            mult = _SCALES[sw.group(1).lower()]
            if lo < mult and lo * mult <= hi:
                lo *= mult  # "between two and three thousand": both in thousands
        if lo > hi:
            return None
        if hedge in ("", "from") or hedge.endswith("between"):
            return _checked(Count(lo, hi, "range", vague))
        # "more than 10 to 20": keep it as a range of its own words
        return _checked(Count(lo, hi, "range", vague))
    lo, hi = a[0], a[1]
    if hedge.endswith("between") or hedge == "from":
        return None  # "between 500" without a second number is no count
    qual = "exact" if not vague else "vague"
    if hedge:
        for rx, q in _HEDGE_QUAL:
            if rx.match(hedge):
                qual = q
                break
    if odd and qual in ("exact", "about"):
        return _checked(Count(lo, hi, "about"))  # "40-odd", "some 40-odd": 41..49
    if qual == "at_least":
        return _checked(Count(lo, None, "at_least", vague))
    if qual == "more_than":
        return _checked(Count(hi + 1 if not vague else lo, None, "more_than", vague))
    if qual == "nearly":
        if vague and lo != hi:  # "nearly two dozen" is nearly 24
            return _checked(Count(lo, hi, "vague", vague))
        return _checked(Count(max(0, math.floor(hi * 0.9)), max(0, hi - 1), "about", vague))
    if qual == "about":
        if vague and lo != hi:
            return _checked(Count(lo, hi, "vague", vague))
        d = max(1, round(lo * 0.1)) if lo >= 10 else 1 if lo > 2 else 0
        return _checked(Count(max(0, lo - d), hi + d, "about", vague))
    if qual == "at_most":
        if re.match(r"(?:as\s|up)", hedge) and (not vague or lo == hi):  # "as many as two dozen" is 24
            # "as many as 15", "as high as 80", "up to 90": reporters use it for the figure itself, stressed
            # (not "anywhere from none", nor a bound below it): the figure, its qualifier kept; "at most"
            # and "no more than" are bounds (0..N)
            return _checked(Count(lo, hi, "at_most", vague))
        return _checked(Count(0, hi, "at_most", vague))
    if qual == "less_than":
        return _checked(Count(0, max(0, lo - 1), "at_most", vague))
    return _checked(Count(lo, hi, qual, vague))


def _hedge_qualifier(hedge: str) -> str | None:
    for rx, q in _HEDGE_QUAL:
        if rx.match(hedge):
            return q
    return None


def _checked(c: Count) -> Count:
    top = c.high if c.high is not None else c.low
    if top is not None and top > MAX_PLAUSIBLE:
        return Count(c.low, c.high, c.qualifier, c.vague, f"implausibly large count ({top:,})")
    return c


def find_counts(text: str, start: int = 0, end: int | None = None):
    """(start, end, Count) for every count phrase in ``text[start:end]``."""
    end = len(text) if end is None else end
    for m in NUMBER_RX.finditer(text, start, end):
        c = parse_count(m.group(0))
        if c is not None:
            yield m.start(), m.end(), c
