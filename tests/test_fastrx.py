"""The fast word-start patterns (reconcile.extract.fastrx) find exactly what their plain
patterns find: same match positions, spans and groups, on report text and on random text."""

from __future__ import annotations

import re
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
    assert len(PAIRS) >= 10


def test_same_matches_on_the_corpus():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    for t in texts:
        _same(t)
        _same(t, len(t) // 3)


#: non-ASCII characters that re.IGNORECASE matches with an ASCII letter
_UNICODE_FOLDS = "\u0130\u0131\u017f\u212a"


def _vocabulary() -> list[str]:
    """Words of the patterns themselves (near misses included), and their neighbours."""
    words = set()
    for _, (parts, _digit, _ic) in fastrx.BUILT:
        for alts, tail, *_ in parts:
            for a in [*alts, tail]:
                for w in re.findall(r"[a-z]{2,}", re.sub(r"\\[swbd]", " ", a)):
                    words.update((w, w[:-1], w.title(), w.upper()))
                    for ch in _UNICODE_FOLDS:  # "\u017fince" is "since" to re.IGNORECASE
                        if re.fullmatch(w[0], ch, re.IGNORECASE):
                            words.add(ch + w[1:])
    return sorted(words)


def test_same_matches_on_every_word_of_the_patterns():
    """Each word of each pattern (and its near misses and case variants) alone, at the end
    or start of a phrase, inside a word, and after a word: a deterministic sweep."""
    for w in _vocabulary():
        for text in (w, f"x {w}", f"{w} to the", f"a{w}", f"{w}s of", f"the {w} in Kabul", f"({w}", f"2021 {w}"):
            _same(text)


# words of the patterns, their case variants and folds, digits, word joiners, spaces, punctuation
_TOKENS = st.sampled_from(_vocabulary() + list("aksiAKSI0129 _-'.,;:()\n") + [
    " ", " ", "  ", "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "\u2014", "2021", "1999", "the", "was killed"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(_TOKENS, st.sampled_from(["", " ", " ", "  ", ", "])), max_size=14))
def test_same_matches_on_random_text(pieces):
    text = "".join(a + b for a, b in pieces)
    _same(text)
    if len(text) > 2:
        _same(text, 1)
