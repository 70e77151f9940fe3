"""The sentence cues (rules._Stems) answer as plain substring tests do: one scan of the joined stems
marks every cue of every stem found, overlapping stems and stems inside longer ones included."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extract import rules

CORPUS = Path(__file__).parent / "corpus"
CUES = list(rules._Stems.ALL)


def _plain(cue: rules._Stems, low: str) -> bool:
    return any(stem in low for stem in cue.stems)


def _same(low: str) -> None:
    for cue in CUES:
        assert cue.search(low) == _plain(cue, low), (cue.stems[:3], low)
    # asked again of another string object with the same text: the same answers
    copy = "".join(list(low))
    for cue in reversed(CUES):
        assert cue.search(copy) == _plain(cue, copy)


def test_the_cues_are_registered():
    assert rules.CASUALTY_CUE in CUES and rules.ATTR_CUE in CUES and len(CUES) >= 6


def test_overlapping_and_nested_stems():
    # "led " inside "killed ", "head" inside "headed", "founded" in two cues, "die " and " die" around one word
    for low in ("they killed two", "headed by x", "was founded in", "ready to die in", "led by", "kill",
                "the total stood at", "staged", "a", ""):
        _same(low)


def test_same_answers_on_the_corpus():
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    for t in texts:
        for line in t.split("\n"):
            _same(line)


_PIECES = sorted({s for cue in CUES for s in cue.stems} | {s[:-1] for cue in CUES for s in cue.stems if len(s) > 2})


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES + ["x", " ", "ed", "s ", "ing"]), st.sampled_from(["", " ", "s", "e"])),
                max_size=8))
def test_same_answers_on_random_text(pieces):
    _same("".join(a + b for a, b in pieces))
