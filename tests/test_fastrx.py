"""The fast word-start patterns (reconcile.extract.fastrx) find exactly what their plain
patterns find: same match positions, spans and groups, on report text and on random text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.extract  # noqa: F401 - builds every pattern
from reconcile.extract import fastrx

CORPUS = Path(__file__).parent / "corpus"
PAIRS = [(fast, fastrx.plain(parts, digit=digit, ignorecase=ic)) for fast, (parts, digit, ic) in fastrx.BUILT]


def _same(text: str, pos: int = 0) -> None:
    for fast, plain in PAIRS:
        got = [(m.span(), m.groups()) for m in fast.finditer(text, pos)]
        want = [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
        assert got == want, (fast.pattern[:80], text)
        a, b = fast.search(text, pos), plain.search(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_patterns_were_built():
    assert len(PAIRS) >= 4


def test_same_matches_on_the_corpus():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    for t in texts:
        _same(t)
        _same(t, len(t) // 3)


# the letters the patterns turn on, their case variants and folds, digits, word joiners and spaces
_ALPHABET = st.sampled_from(list("abcdefghiklmnoprstuwyABDFIJKLMNOSTW0129 _-'.,\n\u0130\u0131\u017f\u212a\u00e9"))
_WORDS = st.sampled_from(["killed", "dead", "toll", "Casualties", "claimed", "carried out", "behind", "Monday",
                          "May", "last week", "this  year", "2021", "1999", "twenty", "dozens", "a hundred",
                          "was killed", "has been wounded", "responsibility", "spring", "led", "head"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, _WORDS), max_size=40))
def test_same_matches_on_random_text(pieces):
    text = "".join(pieces)
    _same(text)
    if len(text) > 2:
        _same(text, 1)
