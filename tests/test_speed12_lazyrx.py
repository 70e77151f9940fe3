"""lazyrx.Lazy: a pattern compiled on first use and held; the same matches as the pattern itself."""

import re

from reconcile.extract import casualties, tollgroups
from reconcile.extract.lazyrx import Lazy


def test_not_compiled_until_used_then_held():
    lazy = Lazy(r"(\d+)\s+dead", re.IGNORECASE)
    assert lazy._rx is None
    assert lazy.search("x 12 DEAD").group(1) == "12"
    held = lazy._rx
    assert lazy.match("7 dead").group(1) == "7"
    assert lazy._rx is held  # compiled once


def test_same_answers_as_the_compiled_pattern():
    plain = re.compile(r"(\d+)\s+(?:dead|hurt)\b", re.IGNORECASE)
    lazy = Lazy(plain.pattern, plain.flags)
    for s in ["9 dead and 4 hurt", "none here", "12 Hurt.", "dead 5"]:
        assert [m.span() for m in lazy.finditer(s)] == [m.span() for m in plain.finditer(s)]
        a, b = lazy.search(s), plain.search(s)
        assert (a and a.span()) == (b and b.span())
    assert lazy.groups == plain.groups


def test_rule_patterns_are_those_they_replace():
    # the patterns the rules built per call, now held: the same pattern text and flags
    assert tollgroups._TOLD_COUNT.pattern == rf"{tollgroups.NUM}{tollgroups.NP}[^.;\d]{{0,40}}$"
    assert casualties._VICTIM_HEAD.pattern == rf"({casualties.VICTIM_NOUN}|member)\b"
    assert casualties._VICTIM_HEAD.flags == re.IGNORECASE
