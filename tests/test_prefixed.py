"""The rule patterns built with ``rules.word_prefixed`` (a fast word-start scan in front of the
rest of the pattern) find exactly what their plain patterns ``\\b(?:ALTERNATIVES)REST`` find:
same positions, spans and groups, on report text and on random text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.extract  # noqa: F401 - builds every pattern
from reconcile.extract import rules

CORPUS = Path(__file__).parent / "corpus"


def _same(text: str, pos: int = 0) -> None:
    for fast, plain in rules.PREFIXED:
        got = [(m.span(), m.groups()) for m in fast.finditer(text, pos)]
        want = [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
        assert got == want, (plain.pattern[:80], text)
        a, b = fast.match(text, pos), plain.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_patterns_were_built():
    assert len(rules.PREFIXED) >= 5
    assert all(fast.pattern != plain.pattern for fast, plain in rules.PREFIXED)


def test_alternatives_are_spelled_out_in_order():
    assert rules.alternatives(r"(?:kill|shot\s+dead|(?:took|cost)\s+the\s+lives|eliminat(?:e|ed))") == [
        "kill", r"shot\s+dead", r"took\s+the\s+lives", r"cost\s+the\s+lives", "eliminat(?:e|ed)"]
    assert rules.alternatives(r"a|b[|)]c|(?:x|y)?z") == ["a", "b[|)]c", "(?:x|y)?z"]


def test_same_matches_on_the_corpus():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    for t in texts:
        _same(t)
        _same(t, len(t) // 3)


def test_same_matches_glued_to_a_word():
    """What each plain pattern finds in the corpus and in phrases of its own words, glued to the end of
    another word ("xwas killed") or after a space: the word-start check is the fast pattern's own."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    phrases = ["was killed", "has been wounded", "killing a man", "wounded an officer", "one", "two dozen", "led by",
               "headed", "claimed", "said", "according to police", "in a statement,", "killed 5 people",
               "previous toll of 12", "injuring of 5 people", "claimed 12 civilian lives",
               "appointed Abu Omar Khorasani as its new leader", "figures are those of the UN team: 40"]
    for _, plain in rules.PREFIXED:
        found = {m.group(0) for t in texts for m in plain.finditer(t)}
        for ph in sorted(found)[:200] + phrases:
            for text in (ph, "x" + ph, "x " + ph, "X" + ph, "5" + ph, "_" + ph, "-" + ph):
                _same(text)


#: non-ASCII characters that re.IGNORECASE matches with an ASCII letter
_UNICODE_FOLDS = "\u0130\u0131\u017f\u212a"


def _vocabulary() -> list[str]:
    """Words of the patterns' alternatives (near misses, case variants and folds included)."""
    words = set()
    for _, plain in rules.PREFIXED:
        for w in re.findall(r"[a-z]{2,}", re.sub(r"\\[swbdSWBD]", " ", plain.pattern[:3000])):
            words.update((w, w[:-1], w.title(), w.upper()))
            for ch in _UNICODE_FOLDS:
                if re.fullmatch(w[0], ch, re.IGNORECASE):
                    words.add(ch + w[1:])
    return sorted(words)


_TOKENS = st.sampled_from(_vocabulary() + list("aksiAKSI0129 _-'.,;:()\n") + [
    " ", "  ", "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "\u2014", "13", "2,000", "the", "people", "civilians",
    "soldiers", "others", "at least", "more than"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(_TOKENS, st.sampled_from(["", " ", " ", "  ", ", "])), max_size=14))
def test_same_matches_on_random_text(pieces):
    text = "".join(a + b for a, b in pieces)
    _same(text)
    if len(text) > 2:
        _same(text, 1)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["Rs.", "No.", "no", "number", "aged", "ages", "per", "one of", "out of", "three of the",
                                 "top", "page", "Section", "article", "flight", "route", "highway", "grade", "class",
                                 "chapter", "$", "\u00a3", "\u20ac", "\u017f", "\u0130", "of", "the", "RS", " ", "  ",
                                 "x", "killed", "resolution"]), max_size=6))
def test_bad_before_is_the_pattern(words):
    """rules._bad_before (a substring test first) answers as _BEFORE_BAD.search does."""
    for w in ("".join(words), " ".join(words), " ".join(words) + " "):
        assert rules._bad_before(w) == (rules._BEFORE_BAD.search(w) is not None), w
