"""gates.DocGated: a pattern searched over a stretch of a report's text is skipped where the stretch holds none
of the strings every match holds, with the same answers as the pattern alone: on any text (ASCII or not, with
the characters case folding matches with ASCII letters), at any pos and endpos, and on the project's reports."""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path

import pytest

from reconcile.extract import gates

CORPUS = Path(__file__).parent / "corpus"
_MODULES = [importlib.import_module(f"reconcile.extract.{m}") for m in (
    "segment", "context", "notoll", "placerefs", "tollclauses", "casualtywords", "fallback", "earlier", "groups")]
GATED = [(f"{m.__name__}.{n}", v) for m in _MODULES for n, v in vars(m).items() if isinstance(v, gates.DocGated)]


def test_the_speed_patterns_are_gated():
    names = {n.rsplit(".", 1)[1] for n, _ in GATED}
    assert {"_RUN_IN", "_HOURS_BEFORE", "_FOCUS_CLAIM", "_KARBALA", "TRAILING_AFTER", "_WITHDRAWN"} <= names


def test_folding_keeps_every_character_an_ascii_literal_may_match():
    # every code point that re.IGNORECASE matches with an ASCII letter folds to that letter (and keeps its place)
    letters = re.compile("[a-z]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if cp >= 128 and letters.fullmatch(c):
            low = gates.folded("x" + c + "y")
            assert low is not None and re.fullmatch(low[1], c, re.IGNORECASE), hex(cp)
    assert gates.folded("Ca\u017fe \u0130stanbul \u212a") == "case istanbul k"


def test_a_text_that_lower_would_lengthen_is_never_gated():
    # (no such character is left after the fold today; the guard stands for another Python's tables)
    for text in ("KILLED in Kabul", "killed \u201cin\u201d Kabul", "\u0130ki killed"):
        low = gates.folded(text)
        assert low is None or len(low) == len(text)


def test_a_pattern_without_an_ascii_gate_is_left_as_it_is():
    rx = re.compile(r"\d+\s+\w+")
    assert gates.doc_gated(rx) is rx
    dash = re.compile("(?:\u2014|--)\\s*\\d")
    assert gates.doc_gated(dash) is dash


_WORDS = ["killed", "KILLED", "Ki\u017f\u017fed", "dead", "died", " ", "  ", ", ", "At least", "More than", "overnight",
          "early", "hours", "in the early hours", "since", "Karbala", "Kerbela", "K\u0131rbala", "after", ", two days after",
          "withdrew", "denied", "not", "never", "of the", "out of", "toll", "previous toll of 12", "claimed", "behind",
          "\u201c", "\u2019", "\u0130", "12", "seven", "\n", "x", "the", "province of"]


@pytest.mark.parametrize("seed", range(6))
def test_the_gated_patterns_answer_as_their_patterns_on_random_text(seed):
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(_WORDS) + rng.choice(["", " ", " ", ", "]) for _ in range(rng.randint(0, 30)))
        pos, endpos = rng.randint(-5, len(text) + 2), rng.choice([sys.maxsize, rng.randint(-3, len(text) + 3)])
        for name, g in GATED:
            rx = g.rx
            assert _m(g.search(text, pos, endpos)) == _m(rx.search(text, pos, endpos)), (name, text, pos, endpos)
            assert [_m(m) for m in g.finditer(text, pos, endpos)] == [_m(m) for m in rx.finditer(text, pos, endpos)]
            assert g.findall(text, pos, endpos) == rx.findall(text, pos, endpos)
            assert _m(g.search(text)) == _m(rx.search(text))


def test_the_gated_patterns_answer_as_their_patterns_on_the_reports():
    for path in sorted(CORPUS.glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        starts = [0, *(m.end() for m in re.finditer(r"[.\n]\s*", text))]
        for a, b in zip(starts, starts[1:]):
            for name, g in GATED:
                assert _m(g.search(text, a, b)) == _m(g.rx.search(text, a, b)), (name, path.name, a)
                assert _m(g.search(text, max(0, b - 40), b)) == _m(g.rx.search(text, max(0, b - 40), b)), (name, path.name, b)


def test_match_and_fullmatch_are_the_patterns_own():
    g = next(g for n, g in GATED if n.endswith("_HOURS_BEFORE"))
    assert g.match("overnight raid").group(0) == "overnight"
    assert g.fullmatch("before dawn") is not None
    assert g.pattern == g.rx.pattern and g.flags == g.rx.flags


def _m(m: re.Match | None):
    return None if m is None else (m.span(), m.groups())
