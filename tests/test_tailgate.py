"""gates.TailGated: a pattern whose rest (after the count and its noun phrase) is looked for first finds exactly
what the pattern finds."""

import random
import re

import pytest

from reconcile.benchmarks.extract import corpus
from reconcile.extract import tollclauses
from reconcile.extract.gates import TailGated
from reconcile.extract.rules import NP_GEN, NUM

# our own sentences: later predicates of the count's subject, and near misses that must not change
SENTENCES = [
    "At least 14 passengers were pulled off a bus near the border and shot dead, police said.",
    "Six men were abducted on Monday and later killed by the militants.",
    "Nine labourers had been kidnapped from a brick kiln before being executed in the hills.",
    "Three guards were taken hostage, then brutally beaten to death.",
    "Twenty-one students were lined up outside the school and then wounded by gunfire.",
    "Dozens of villagers were evacuated and the road was closed after the blast.",
    "Five soldiers were killed and seven were wounded in the ambush.",
    "Eleven people were detained; two others were later released and one was shot dead.",
    "More than 100 worshippers were trapped inside, and some were injured.",
    "The four men, who were arrested in May, were later killed in custody.",
]


def _texts() -> list[str]:
    out = list(SENTENCES)
    out += corpus(0.05, 3)
    rng = random.Random(7)
    words = " ".join(SENTENCES).split()
    out += [" ".join(rng.choice(words) for _ in range(rng.randint(3, 40))) for _ in range(400)]
    return out


def _found(rx, text):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)], (rx.search(text) or re.match("", "")).span()


def test_later_predicate_pattern_finds_what_the_plain_pattern_finds():
    gated = tollclauses._RX_LATER
    assert isinstance(gated, TailGated)
    hits = 0
    for text in _texts():
        got, want = _found(gated, text), _found(gated.rx, text)
        assert got == want, text
        hits += bool(want[0])
    assert hits >= 5  # the sentences that tell a later predicate are read by both


def test_a_pattern_with_an_alternation_at_its_top_gets_no_gate():
    with pytest.raises(ValueError):
        TailGated(re.compile(rf"{NUM}{NP_GEN}\s+were\s+killed|wounded", re.IGNORECASE), f"{NUM}{NP_GEN}")
    with pytest.raises(ValueError):
        TailGated(re.compile(rf"{NUM}{NP_GEN}+\s+were", re.IGNORECASE), f"{NUM}{NP_GEN}")
    with pytest.raises(ValueError):
        TailGated(re.compile(rf"{NUM}\s+(?P=num)", re.IGNORECASE), NUM)
